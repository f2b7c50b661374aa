"""Bylines in the forms the paper prints."""
import pytest

from newskg.extract.bylines import parse_credit_text, parse_credits


@pytest.mark.parametrize("text, expected", [
    ("记者 任洁 通讯员 许秀菊 刘鹏 刘晶", [("任洁", "记者"), ("许秀菊", "通讯员"), ("刘鹏", "通讯员"), ("刘晶", "通讯员")]),
    ("记者张晶", [("张晶", "记者")]),
    ("记者陈曦 实习记者曹立栋", [("陈曦", "记者"), ("曹立栋", "实习记者")]),
    ("记者 陈曦 宗晓畅 通讯员 王远霞", [("陈曦", "记者"), ("宗晓畅", "记者"), ("王远霞", "通讯员")]),
    ("記者 任潔 通訊員 許秀菊", [("任潔", "记者"), ("許秀菊", "通讯员")]),
    ("记者 任洁、马特", [("任洁", "记者"), ("马特", "记者")]),
])
def test_credit_text(text, expected):
    assert [(c.person, c.role) for c in parse_credit_text(text)] == expected


def test_dateline_with_ascii_brackets():
    credits = parse_credits(["本报讯(记者 任洁 通讯员 马特)作为北京市教育工会汽车兴趣汇的承办单位，"])
    assert [(c.person, c.role) for c in credits] == [("任洁", "记者"), ("马特", "通讯员")]


def test_photo_credit_alone_and_after_text():
    assert [(c.person, c.role) for c in parse_credits(["近日，某活动举行。", "本报记者 周美玉 摄影报道"])] \
        == [("周美玉", "记者")]
    assert [(c.person, c.role) for c in parse_credits(["祝福学生“一路向阳”。通讯员 葛然 摄影报道"])] \
        == [("葛然", "通讯员")]


def test_no_byline():
    assert parse_credits(["近日，北京市药监局工会开展了拔河联谊活动。"]) == []
