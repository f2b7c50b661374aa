"""Bylines in the forms the paper prints."""
import pytest

from newskg.extract.bylines import parse_credit_text, parse_credits
from newskg.extract.layout import split_page
from newskg.extract.pipeline import extract_article


@pytest.mark.parametrize("text, expected", [
    ("记者 任洁 通讯员 许秀菊 刘鹏 刘晶", [("任洁", "记者"), ("许秀菊", "通讯员"), ("刘鹏", "通讯员"), ("刘晶", "通讯员")]),
    ("记者张晶", [("张晶", "记者")]),
    ("记者陈曦 实习记者曹立栋", [("陈曦", "记者"), ("曹立栋", "实习记者")]),
    ("记者 陈曦 宗晓畅 通讯员 王远霞", [("陈曦", "记者"), ("宗晓畅", "记者"), ("王远霞", "通讯员")]),
    ("記者 任潔 通訊員 許秀菊", [("任潔", "記者"), ("許秀菊", "通訊員")]),  # roles as printed, as names are
    ("本報記者 任潔", [("任潔", "記者")]),
    ("首席記者 任潔 實習生 王明", [("任潔", "首席記者"), ("王明", "實習生")]),
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


@pytest.mark.parametrize("paragraphs, expected", [
    (["中工网讯（记者 马东 通讯员 吴立）近日，某公司工会启动劳动竞赛。"], [("马东", "记者"), ("吴立", "通讯员")]),
    (["本报北京10月24日电 （记者王平）今天，市总工会召开会议。"], [("王平", "记者")]),
    (["工人日报客户端1月16日讯（记者 林松 通讯员 海生）1月13日晚，联谊会举行。"],
     [("林松", "记者"), ("海生", "通讯员")]),
    (["本报讯 通讯员周明、郑远报道 “我们要发挥工会职能。”"], [("周明", "通讯员"), ("郑远", "通讯员")]),
    (["本报讯 见习记者任杰 通讯员邱萌翘报道 近日，某区总工会举办了活动。"], [("任杰", "见习记者"), ("邱萌翘", "通讯员")]),
    (["中工网讯（工人日报—中工网记者张芮 通讯员李安）近日，某地举行比赛。"], [("张芮", "记者"), ("李安", "通讯员")]),
    (["近日，某县总工会赴西藏考察。", "双方签订了协议。（特约记者赵远）"], [("赵远", "特约记者")]),
    (["工人日報客戶端記者 陳某 通訊員 焦某 3月17日15時，來自各單位的職工參加儀式。"], [("陳某", "記者"), ("焦某", "通訊員")]),
])
def test_other_datelines_and_credits_at_the_end(paragraphs, expected):
    assert [(c.person, c.role) for c in parse_credits(paragraphs)] == expected


def test_a_bracket_without_a_role_after_a_place_is_no_dateline():
    assert parse_credits(["国网北京电力（北京）公司开展活动。"]) == []


@pytest.mark.parametrize("paragraphs, expected", [
    (["本报讯 （钱立平 孙晓雯）连日来，某区总工会走访企业。"], [("钱立平", ""), ("孙晓雯", "")]),
    (["近日，某街道工会举办趣味活动。", "活动将持续到月底。（周海燕 吴凡）"], [("周海燕", ""), ("吴凡", "")]),
    (["图为比赛现场。", "黄明远、郑雪 摄影报道"], [("黄明远", ""), ("郑雪", "")]),
])
def test_credits_without_a_printed_role_name_the_persons(paragraphs, expected):
    assert [(c.person, c.role) for c in parse_credits(paragraphs)] == expected


def test_a_bracket_of_words_at_a_paragraph_end_is_no_credit():
    assert parse_credits(["近日，某公司举办活动。", "大家很满意。（供图）"]) == []


def test_a_credit_without_a_role_gives_a_person_but_no_byline():
    page = split_page("标题\n\n本报讯 （钱立平 孙晓雯）连日来，某区总工会走访企业。\n\n黄明远、郑雪 摄影报道\n\n第二篇的标题\n\n本报讯（记者 任洁）近日，某公司举办活动。\n", "t.txt")
    facts = extract_article(page.articles[0])
    assert {"钱立平", "孙晓雯", "黄明远", "郑雪"} <= {e.name for e in facts.entities if e.type == "Person"}
    assert not [r for r in facts.relations if r.type == "byline"]
    assert [a.title for a in page.articles] == ["标题", "第二篇的标题"]


def test_a_credit_line_with_its_outlet_names_the_reporters_and_no_outlet_body():
    page = split_page("某区总工会启动慰问\n\n华北日报-华北网记者张明远 通讯员李秀英\n\n近日，某区总工会走访企业。\n\n"
                      "第二篇的标题\n\n近日，某公司举办活动。\n\n文/北方青年报记者 王斌\n", "t.txt")
    first, second = (extract_article(a) for a in page.articles)
    assert [(r.args["person"], r.role) for r in first.relations if r.type == "byline"] == \
        [("张明远", "记者"), ("李秀英", "通讯员")]
    assert not any("日报" in e.name for e in first.entities)
    assert [(r.args["person"], r.role) for r in second.relations if r.type == "byline"] == [("王斌", "记者")]


def test_an_outlets_app_credit_names_every_reporter_after_the_role():
    page = split_page("标题\n\n北京日报客户端 | 记者 张某某 方某 8月27日，陶然亭街道驿站揭牌成立。\n", "t.txt")
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("张某某", "记者"), ("方某", "记者")]


def test_a_source_and_reporter_in_brackets_closing_the_text():
    credits = parse_credits(["二锅头酒的泰斗一生倾注白酒事业。（来源：北京日报 记者：潘某某）"])
    assert [(c.person, c.role) for c in credits] == [("潘某某", "记者")]


def test_a_word_after_the_reporters_of_an_app_credit_is_no_reporter():
    page = split_page("标题\n\n北京日报客户端 | 记者 张某某 方某 近日 ，陶然亭街道工会驿站揭牌成立。\n", "t.txt")
    assert [c.person for c in page.articles[0].credits] == ["张某某", "方某"]


def test_an_author_line_keeps_the_rank_before_the_role():
    page = split_page("标题\n\n作者:首席记者 阎某 来源:劳动午报 近日，全国职工歌手大赛决赛在什刹海剧院举行。\n", "t.txt")
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("阎某", "首席记者")]


def test_a_closing_line_naming_several_authors_credits_each():
    page = split_page("标题\n\n日前，石景山区八角街道一处暖心互助站投用。\n\n作者:孙某某 赵某\n", "t.txt")
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("孙某某", "作者"), ("赵某", "作者")]


def test_a_photographers_line_under_the_text_credits_them_and_opens_no_article():
    page = split_page("标题\n\n近日，安贞街道总工会开展活动。\n\n摄影/史某某\n\n文/北京青年报记者 赵某某\n", "t.txt")
    assert len(page.articles) == 1
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("史某某", "摄影"), ("赵某某", "记者")]
