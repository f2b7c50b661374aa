"""Pages -> articles: banner, headlines, kickers, photo items, layout repair."""
import pytest

from conftest import EXTRA_GOLD, EXTRA_PAGES, SEEDS, gold
from newskg.extract.layout import breaks_mid_word, read_page, split_page

SAMPLE_STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("stem", SAMPLE_STEMS)
def test_sample_page_articles_and_titles_match_gold(stem):
    page = read_page(SEEDS / f"{stem}.txt")
    expected = gold(stem)["articles"]
    assert len(page.articles) == len(expected)
    for article, want in zip(page.articles, expected):
        acceptable = {want["title"], *want.get("headlines", [])}
        assert article.title in acceptable, (article.title, acceptable)


@pytest.mark.parametrize("stem", ["e01", "e02", "e03"])
def test_practice_page_articles_match_gold(stem):
    page = read_page(EXTRA_PAGES / f"{stem}.txt")
    expected = gold(stem, EXTRA_GOLD)["articles"]
    assert [a.title in {w["title"], *w.get("headlines", [])} for a, w in zip(page.articles, expected)] \
        == [True] * len(expected)
    assert len(page.articles) == len(expected)


def test_banner_and_column_label_are_not_articles():
    page = read_page(SEEDS / "004_944333601107a089.txt")
    titles = [a.title for a in page.articles]
    assert not any("奋力开拓首都工会工作新局面" in t for t in titles)
    assert "贯彻落实工会十八大精神" not in titles
    assert "贯彻落实工会十八大精神" in page.articles[1].headlines  # kept as a headline line only


def test_markdown_rank_outranks_length():
    page = split_page("横幅一行\n\n## 较长的栏目标题文字在这里出现\n\n# 主标题\n\n本报讯（记者 张三）正文。\n", "x.txt")
    assert page.articles[0].title == "主标题"


def test_mid_word_break_is_repaired():
    # 000: "今年，北大肿瘤医院工会组" / blank line / "织开展“屈原…"
    page = read_page(SEEDS / "000_a712a3a270775270.txt")
    text = page.articles[0].text
    assert "北大肿瘤医院工会组织开展“屈原《离骚》" in text
    assert "工会组\n" not in text


def test_fragment_without_comma_that_looks_like_a_headline_is_repaired():
    # 004: "首创集团工会始终把服务职" / "工、暖心帮扶工作放在心上…" is one paragraph, not an article
    page = read_page(SEEDS / "004_944333601107a089.txt")
    assert len(page.articles) == 4
    assert "首创集团工会始终把服务职工、暖心帮扶工作放在心上" in page.articles[3].text


def test_a_list_cut_by_the_layout_is_no_headline():
    # "…下属的甲公司、国家会议" / "中心、乙公司…": the tail of a list item opens no paragraph
    page = split_page("第一个标题\n\n本报讯（记者 王明）近日，集团工会召开会议。\n\n"
                      "此次集团工会选取了下属的光华公司、国家会议\n\n中心、东方公司作为试点单位。\n", "t.txt")
    assert len(page.articles) == 1
    assert "光华公司、国家会议中心、东方公司" in page.articles[0].text


def test_a_longer_list_tail_is_joined_too():
    page = split_page("第一个标题\n\n本报讯 近日，集团工会召开会议。\n\n"
                      "此次集团工会选取了下属的光华公司、北京城建\n\n设计研究院、东方公司作为试点单位。\n", "t.txt")
    assert len(page.articles) == 1


def test_a_paragraph_opening_with_a_list_of_its_own_follows_its_headline():
    page = split_page("第一个标题\n\n本报讯 近日，集团工会召开会议。\n\n丰台区总工会走访慰问一线职工\n\n"
                      "春节、元宵节期间，丰台区总工会主席李华带队走访。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一个标题", "丰台区总工会走访慰问一线职工"]


def test_an_enumerated_paragraph_still_follows_a_headline():
    page = split_page("第一个标题\n\n本报讯 近日，集团工会召开会议。\n\n第二个标题\n\n一、加强职工服务。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一个标题", "第二个标题"]


def test_real_paragraph_ends_stay_ends():
    page = read_page(SEEDS / "001_970aa545423f6c45.txt")
    article = page.articles[0]
    paragraphs = article.text.split("\n")[1:]  # after the headline line
    assert len(paragraphs) == 5
    assert all(p.endswith(("。", "”")) for p in paragraphs)


def test_breaks_mid_word():
    assert breaks_mid_word("首创集团工会始终把服务职", "工、暖心帮扶")
    assert not breaks_mid_word("工会关爱职工健康", "近日，朝外街道")


def test_photo_item_is_an_article_with_its_credit():
    page = read_page(SEEDS / "002_d2de7f8a755e4a77.txt")
    item = next(a for a in page.articles if a.title == "开学日喜收工会礼包")
    assert [(c.person, c.role) for c in item.credits] == [("葛然", "通讯员")]
    after = page.articles[page.articles.index(item) + 1]
    assert after.title == "朝外职工队伍素质提升实践录展览开展"


def test_sentences_keep_offsets():
    page = read_page(SEEDS / "001_970aa545423f6c45.txt")
    article = page.articles[0]
    assert len(article.sentences) > 5
    for s in article.sentences:
        assert article.text[s.start:s.end] == s.text
    assert article.sentences[1].text.startswith("本报讯")


def test_a_kicker_ending_in_a_colon_joins_the_headline_below_it():
    page = split_page("横幅一行字\n\n第一篇标题\n\n正文第一段。\n\n某某街道总工会：\n\n做职工的贴心人\n\n"
                      "本报讯（记者 王明）近日，某某街道总工会开展活动。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一篇标题", "做职工的贴心人"]
    assert page.articles[1].headlines == ["某某街道总工会：", "做职工的贴心人"]


def test_a_headline_of_two_matching_halves_starts_an_article_but_a_cut_paragraph_goes_on():
    page = split_page("横幅一行字\n\n第一篇标题\n\n正文第一段。\n\n技能竞赛展风采，百年匠心重传承\n\n"
                      "本市职工技能竞赛近日举行。\n\n近年来，远航公司工会\n\n每年组织培训。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一篇标题", "技能竞赛展风采，百年匠心重传承"]
    assert "近年来，远航公司工会每年组织培训。" in page.articles[1].text


def test_a_photo_caption_with_positions_is_no_headline_and_ends_its_paragraph():
    page = split_page("横幅一行字\n\n第一篇标题\n\n正文第一段。\n\n街道工会主席张明(右)慰问患病职工李强\n\n"
                      "第二篇标题\n\n副标题说明，涉及多个方面\n\n本报讯 （记者 孙华）近日，某区总工会开展活动。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一篇标题", "第二篇标题"]
    assert "张明(右)慰问患病职工李强" in page.articles[0].text
    assert [(c.person, c.role) for c in page.articles[1].credits] == [("孙华", "记者")]


def test_a_credit_line_after_the_text_is_no_headline():
    page = split_page("横幅一行字\n\n第一篇标题\n\n正文第一段。\n\n□本报记者 李然\n\n第二篇标题\n\n正文。\n", "t.txt")
    assert [a.title for a in page.articles] == ["第一篇标题", "第二篇标题"]
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("李然", "记者")]


def test_a_photo_credit_closing_a_paragraph_ends_the_article_before_the_next_headline():
    page = split_page("版面标题\n\n第一条新闻的标题\n\n本报讯（记者 张晶）近日，西园街道总工会开展活动。\n\n"
                      "活动很受欢迎，职工纷纷点赞。张晶 摄\n\n第二条新闻的标题\n\n本报讯（记者 盛丽）近日，东坝街道总工会举办培训。\n",
                      "p.txt")
    assert [a.title for a in page.articles] == ["第一条新闻的标题", "第二条新闻的标题"]
    assert [(c.person, c.role) for c in page.articles[0].credits] == [("张晶", "记者")]


def test_a_page_that_opens_with_a_title_and_its_dash_subtitle_has_no_banner():
    page = split_page("盛会振奋人心 使命催人奋进\n\n——某区工会第五次代表大会开幕侧记\n\n"
                      "5月6日上午，某区工会第五次代表大会开幕。\n", "t.txt")
    assert [a.title for a in page.articles] == ["盛会振奋人心 使命催人奋进"]
    with_banner = split_page("奋力谱写新时代首都工会工作新篇章\n\n某区总工会慰问环卫职工\n\n"
                             "本报讯（记者 王明）近日，某区总工会走访环卫职工。\n", "t.txt")
    assert [a.title for a in with_banner.articles] == ["某区总工会慰问环卫职工"]


def test_a_long_web_headline_opening_the_page_and_one_with_a_comma_over_a_dateline():
    page = split_page("北京市快递协会联合北京市总工会举办“我为职工办实事”2021年度关心关爱快递员公益健康体检启动仪式\n\n"
                      "3月27日，北京市快递协会联合北京市总工会举办体检启动仪式。\n\n"
                      "饺香迎冬至，寒冷天气多方温情护航新业态劳动者\n\n"
                      "北京日报客户端 | 记者 武某某 12月19日，志愿者为小哥送饺子。\n", "t.txt")
    assert [a.title for a in page.articles] == [
        "北京市快递协会联合北京市总工会举办“我为职工办实事”2021年度关心关爱快递员公益健康体检启动仪式",
        "饺香迎冬至，寒冷天气多方温情护航新业态劳动者"]


def test_a_closing_paragraph_without_its_stop_starts_no_article():
    page = split_page("南法信镇开展送清凉活动\n\n本报讯（记者 陈曦）近日，南法信镇总工会开展送清凉活动。\n\n"
                      "下一步南法信镇总工会将继续聚焦新就业形态劳动者急难愁盼问题推动暖心驿站提质增效为职工提供更加优质便捷的服务\n\n"
                      "活动现场气氛热烈。\n", "t.txt")
    assert [a.title for a in page.articles] == ["南法信镇开展送清凉活动"]


def test_a_long_headline_after_a_finished_paragraph_but_not_a_long_line_cut_in_mid_word():
    page = split_page("南法信镇开展送清凉活动\n\n本报讯（记者 陈曦）活动拉近了工会、企业、职工三方关系。\n\n"
                      "北京市快递协会携手北京市总工会开展 “温暖送给小蜜蜂、幸福传遍千万家” 2020年快递行业送温暖活动\n\n"
                      "2020年1月9日，北京市快递协会在丰台开展了送温暖活动。\n\n"
                      "本届友谊赛共吸引来自北京排水集团、通州区总工会、北京经济技术开发区总工会、中国原子能科学研\n\n"
                      "究院的5支职工代表队参赛。\n", "t.txt")
    assert [a.title for a in page.articles] == [
        "南法信镇开展送清凉活动",
        "北京市快递协会携手北京市总工会开展 “温暖送给小蜜蜂、幸福传遍千万家” 2020年快递行业送温暖活动"]


def test_a_web_headline_may_open_with_a_lead_in_and_a_colon():
    text = ("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n第一篇标题\n\n本报讯（记者 任洁）近日，职工们参加了活动。\n\n"
            "哈市香坊區總工會: 深入通天街道慰問堅守防疫一線職工\n\n1月10日下午,哈爾濱市香坊區總工會主席王芊帶隊慰問。\n")
    page = split_page(text, "t.txt")
    assert [a.title for a in page.articles] == ["第一篇标题", "哈市香坊區總工會: 深入通天街道慰問堅守防疫一線職工"]


@pytest.mark.parametrize("line", ["举措一：打造职工服务新阵地", "图为：职工们在进行拔河比赛"])
def test_a_crosshead_or_caption_with_a_colon_is_no_headline(line):
    text = ("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n丰台区总工会多措并举服务职工\n\n"
            f"本报讯（记者 任洁）近日，丰台区总工会推出多项举措。\n\n{line}\n\n今年以来，丰台区总工会开展技能提升培训。\n")
    assert [a.title for a in split_page(text, "t.txt").articles] == ["丰台区总工会多措并举服务职工"]


def test_a_web_headline_led_by_a_place():
    text = ("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n第一篇标题\n\n本报讯（记者 任洁）近日，职工们参加了活动。\n\n"
            "顺义：快递小哥吃上热乎年夜饭\n\n1月20日，顺义区总工会为快递小哥送去年夜饭。\n")
    assert [a.title for a in split_page(text, "t.txt").articles] == ["第一篇标题", "顺义：快递小哥吃上热乎年夜饭"]
