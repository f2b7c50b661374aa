"""Entities and relations on the sample pages, checked against the gold annotations."""
import pytest

from conftest import gold
from newskg.extract.goldformat import page_to_json
from newskg.extract.layout import split_page
from newskg.extract.pipeline import extract_article
from newskg.extract.model import RELATION_FIELDS
from scoring import reference


def _correct_relations(seed_facts, relation_type):
    """System relations of one type that the reference scorer matches to a gold relation."""
    hits = []
    for stem, facts in seed_facts.items():
        system = reference.Page(page_to_json(facts))
        expected = reference.Page(gold(stem))
        for rel in system.relations:
            if rel["type"] == relation_type and any(reference.rel_matches(rel, g, system, expected)
                                                    for g in expected.relations):
                hits.append(rel)
    return hits


@pytest.mark.parametrize("relation_type", sorted(RELATION_FIELDS))
def test_at_least_one_correct_relation_of_each_type(seed_facts, relation_type):
    assert _correct_relations(seed_facts, relation_type), f"no correct {relation_type} relation"


def _facts(text):
    page = split_page(text, "t.txt")
    return extract_article(page.articles[0])


def _rels(facts, relation_type):
    return [dict(r.args, role=r.role) if r.role else dict(r.args) for r in facts.relations if r.type == relation_type]


def test_compound_title_gives_one_relation_per_post():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，北京市总工会党组书记、副主席潘建新带队赴北京大学肿瘤医院慰问。\n")
    assert {"person": "潘建新", "org": "北京市总工会", "role": "党组书记"} in _rels(facts, "holds_role")
    assert {"person": "潘建新", "org": "北京市总工会", "role": "副主席"} in _rels(facts, "holds_role")
    assert {"subject": "潘建新", "object": "北京大学肿瘤医院"} in _rels(facts, "visited")
    assert {"subject": "北京市总工会", "object": "北京大学肿瘤医院"} in _rels(facts, "visited")
    assert not any(r["subject"] == "任洁" for r in _rels(facts, "visited")), "the reporter is no visitor"


def test_union_post_and_reference_to_the_hospital():
    facts = _facts("标题\n\n本报讯（记者 任洁）北京大学肿瘤医院工会开展活动。"
                   "该医院党委副书记、工会主席许秀菊介绍，活动很受欢迎。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "许秀菊", "org": "北京大学肿瘤医院", "role": "党委副书记"} in roles
    assert {"person": "许秀菊", "org": "北京大学肿瘤医院工会", "role": "主席"} in roles
    assert {"part": "北京大学肿瘤医院工会", "whole": "北京大学肿瘤医院"} in _rels(facts, "part_of")


def test_district_short_form_expands_in_a_district_article():
    facts = _facts("标题\n\n本报讯（记者 王路曼）近日，密云区人大常委会党组副书记、副主任，区总工会主席赵秦岭率队，"
                   "先后前往密云区交通支队、区环卫中心慰问。密云区总工会将持续送去慰问品。\n")
    union = facts.entity("区总工会")
    assert union is not None and union.name == "密云区总工会"
    assert {"person": "赵秦岭", "org": "密云区总工会", "role": "主席"} in _rels(facts, "holds_role")


def test_abbreviation_joins_full_name():
    facts = _facts("标题\n\n本报讯（记者 任洁）北京大学肿瘤医院现有职工2570人。北大肿瘤医院党委书记朱军参加活动。"
                   "北大肿瘤医院工会开展活动。\n")
    hospital = facts.entity("北大肿瘤医院")
    assert hospital is not None and hospital.name == "北京大学肿瘤医院"
    assert {"part": "北京大学肿瘤医院工会", "whole": "北京大学肿瘤医院"} in _rels(facts, "part_of")
    assert {"person": "朱军", "org": "北京大学肿瘤医院", "role": "党委书记"} in _rels(facts, "holds_role")


def test_declared_short_form():
    facts = _facts("标题\n\n本报讯（记者 刘欣欣）北京首都创业集团有限公司（以下简称“首创集团”）近日召开大会。首创集团工会表示。\n")
    company = facts.entity("首创集团")
    assert company is not None and company.name == "北京首都创业集团有限公司"


def test_generic_bodies_are_not_entities():
    facts = _facts("标题\n\n近日，各级工会和基层工会积极响应，医院工会也参与其中。\n")
    names = {e.name for e in facts.entities}
    assert not names & {"各级工会", "基层工会", "医院工会", "工会"}


def test_kinds_of_union_and_association_are_not_entities():
    facts = _facts("标题\n\n本报讯（记者 任洁）首创集团工会打造“学习型工会”，成立网球协会，关注新时代工会干部成长，"
                   "在发展中贡献工会力量。区级工会率先行动，明恩健康体检服务队和北京公交客三分公司第十八车队工会参加。\n")
    names = _entities(facts, "Organization")
    assert {"首创集团工会", "明恩健康体检服务队", "北京公交客三分公司第十八车队工会"} <= names
    assert not {n for n in names if n.endswith(("学习型工会", "网球协会", "时代工会", "贡献工会", "区级工会"))}, names


def test_company_with_its_seat_in_brackets_and_party_and_government_split():
    facts = _facts("标题\n\n本报讯（记者 任洁）在朝阳区委区政府支持下，星河光电（北京）有限公司举办比赛，"
                   "星河光电、和利达、蓝星机电等企业参加。该公司财务部、施工管理部的职工也来了。\n")
    names = _entities(facts, "Organization")
    assert {"星河光电（北京）有限公司", "朝阳区委", "朝阳区政府", "和利达", "蓝星机电", "财务部", "施工管理部"} <= names, names
    assert "星河光电" in facts.entity("星河光电（北京）有限公司").aliases


def test_a_centre_is_typed_by_what_it_does_and_the_event_by_its_places():
    facts = _facts("标题\n\n本报讯（记者 任洁）由大兴区总工会主办，大兴区职工文化活动中心承办的“活力大兴”篮球联赛"
                   "在大兴区体育中心闭幕。本届联赛将赛场设在旧宫镇、黄村镇等地。\n")
    types = {e.name: e.type for e in facts.entities}
    assert types["大兴区职工文化活动中心"] == "Organization"
    assert types["大兴区体育中心"] == "Location"
    located = _rels(facts, "located_in")
    for place in ("大兴区体育中心", "旧宫镇", "黄村镇"):
        assert {"entity": "活力大兴", "location": place} in located, located
    assert {"org": "大兴区职工文化活动中心", "event": "活力大兴"} in _rels(facts, "organized")


def test_a_site_is_named_by_its_project_and_lies_in_the_village_it_starts_with():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，房山区总工会来到青龙湖镇石门村灾后重建配套道路工程项目工地慰问职工。"
                   "此前，区总工会还慰问了石门村配套道路项目的职工。\n")
    site = facts.entity("石门村灾后重建配套道路工程项目")
    assert site is not None and site.type == "Location"
    assert "石门村配套道路项目" in site.aliases
    assert {"subject": "房山区总工会", "object": site.name} in _rels(facts, "visited")


def test_figures_of_speech_and_bus_lines_are_not_places():
    facts = _facts("标题\n\n本报讯（记者 任洁）乘车通学9路的学生点亮青春之路，这一地区的工作得到肯定。\n")
    assert not [e.name for e in facts.entities if e.type == "Location"]


def test_bodies_listed_before_deng_qiye_take_part_even_when_named_like_places():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，怀柔区雁栖镇总工会组织雁栖湖景区、北京红螺精密机械厂、"
                   "北京雁栖饮品有限公司等多家企业职工开展企业职工拔河比赛。\n")
    types = {e.name: e.type for e in facts.entities}
    assert types.get("雁栖湖景区") == "Organization" and types.get("北京红螺精密机械厂") == "Organization", types
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"雁栖湖景区", "北京红螺精密机械厂", "北京雁栖饮品有限公司"} <= taking_part, taking_part


def test_a_headline_kind_of_event_joins_the_quoted_event():
    facts = _facts("某大学工会开展亲子沟通活动\n\n本报讯（记者 任洁）某大学工会近日举办“花开有时”亲子沟通团体活动。\n")
    event = next(e for e in facts.entities if e.type == "Event")
    assert event.name == "花开有时" and "亲子沟通活动" in event.aliases, facts.entities


def test_visits_to_a_list_before_the_verb_and_companies_in_towns():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，延庆区总工会副主席李明先后到延庆区环卫中心、延庆区市政管理处对一线职工进行慰问。"
                   "随后，区总工会来到康庄镇北京华远精工机械有限公司、张山营镇延庆开关厂走访。\n")
    visited = {r["object"] for r in _rels(facts, "visited") if r["subject"] == "延庆区总工会"}
    assert {"延庆区环卫中心", "延庆区市政管理处", "北京华远精工机械有限公司", "延庆开关厂"} <= visited, visited
    located = _rels(facts, "located_in")
    assert {"entity": "北京华远精工机械有限公司", "location": "康庄镇"} in located
    assert {"entity": "延庆开关厂", "location": "张山营镇"} in located
    assert {"entity": "延庆开关厂", "location": "康庄镇"} not in located


def test_titles_sectors_and_one_event_printed_twice():
    facts = _facts("标题\n\n本报讯（记者 任洁）会上学习了《奋进新时代首都工会报告》。来自公安、交警、环卫等单位的职工参加"
                   "“微笑回家”公益活动。本次“微笑回家”大型公益活动持续一周，鼓励更多的人了解工会。\n")
    names = [e.name for e in facts.entities]
    assert not {n for n in names if "工会" in n}, names
    assert not {"公安", "交警", "环卫"} & set(names)
    assert names.count("微笑回家") == 1


def test_planned_or_habitual_activities_are_not_events():
    facts = _facts("标题\n\n本报讯（记者 任洁）东城区总工会开展“书香职工”读书活动。今后将继续开展职工心理关爱活动，"
                   "并定期开展法律知识培训。\n")
    events = _entities(facts, "Event")
    assert events == {"书香职工"}, events


def test_venues_by_branch_and_lane_names_jieba_misreads():
    facts = _facts("标题\n\n本报讯（记者 任洁）东城区总工会走进南锣鼓巷胡同，又来到首都电影院王府井店，"
                   "并邀请区法院法官讲课。\n")
    types = {e.name: e.type for e in facts.entities}
    assert types.get("南锣鼓巷胡同") == "Location" and types.get("首都电影院王府井店") == "Location", types
    assert types.get("东城区法院") == "Organization", types


def test_goods_brought_to_listed_units_with_a_helper_who_does_not_act():
    facts = _facts("东城区龙潭街道总工会送清凉\n\n本报讯（记者 任洁）东城区龙潭街道总工会开展慰问。在龙潭街道工会服务站工作人员的协助下，"
                   "饮料送到了闪送、达达快送、大华物业等辖区单位的职工手中。来自该区各医院、社区卫生服务中心等单位的职工也参加。"
                   "会上学习了中国工会十八大精神。\n")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    assert {("东城区龙潭街道总工会", x) for x in ("闪送", "达达快送", "大华物业")} <= visited, visited
    assert not {s for s, _ in visited if "服务站" in s}
    names = {e.name for e in facts.entities}
    assert not names & {"该区各医院", "区各医院", "社区卫生服务中心", "中国工会"}, names


def test_an_organiser_before_an_unnamed_course_stays_in_its_name():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，安贞街道基层工会干部培训班开班。医院组织职工展开学习活动。\n")
    events = _entities(facts, "Event")
    assert events == {"安贞街道基层工会干部培训班"}, events


def test_a_received_visit_and_a_numbered_team():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，怀柔区医院改扩建项目迎来了怀柔区总工会慰问组。"
                   "区总工会主席王强带队来到区环卫中心三队慰问。合唱队也来了。\n")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    assert ("怀柔区总工会", "怀柔区医院改扩建项目") in visited, visited
    assert ("怀柔区总工会", "怀柔区环卫中心三队") in visited, visited
    assert not [e for e in facts.entities if e.name == "合唱队"]


def test_general_rules_do_not_eat_real_names():
    """Cases a review found by probing, none from the pages: names that look like the
    patterns the rules remove."""
    facts = _facts("标题\n\n本报讯（记者 任洁）北京市总工会十五届三次全委会议召开。北京银行、北京城乡商业股份有限公司参会。"
                   "北京工业大学、首都师范大学、和北京科技大学的代表发言。区总工会组织向日葵传媒、美团、京东方等企业参加。"
                   "北京继续教育学院开展法律知识培训。在达到北京市总工会考核要求后，区总工会对环卫职工进行慰问。\n")
    types = {e.name: e.type for e in facts.entities}
    for body in ("北京市总工会", "北京银行", "北京城乡商业股份有限公司", "北京科技大学", "向日葵传媒", "京东方"):
        assert types.get(body) == "Organization", (body, types)
    assert not {n for n in types if n.startswith(("和北京", "日葵")) or n == "北京城乡"}, types
    assert any(n.endswith("法律知识培训") for n, t in types.items() if t == "Event"), types  # 继续 is inside a name
    assert not [r for r in _rels(facts, "visited") if r["object"] == "北京市总工会"]


def test_places_in_sequence_give_located_in():
    facts = _facts("标题\n\n本报讯（记者 余翠平）近日，房山区总工会来到青龙湖镇北车营村慰问职工。\n")
    assert {"entity": "北车营村", "location": "青龙湖镇"} in _rels(facts, "located_in")
    assert {"subject": "房山区总工会", "object": "北车营村"} in _rels(facts, "visited")


def test_prize_winner_and_invited_speaker_take_part():
    facts = _facts("标题\n\n本报讯（记者 张晶）近日，门头沟区总工会举办职工广播操比赛。东辛房街道代表队荣获一等奖。"
                   "活动邀请首都职工志愿讲师团成员授课。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"东辛房街道代表队"} <= taking_part
    assert "门头沟区总工会" not in taking_part, "the organiser does not take part in its own event"
    assert {"org": "门头沟区总工会", "event": "职工广播操比赛"} in _rels(facts, "organized")


def test_organiser_list_after_you():
    facts = _facts("标题\n\n本报讯（记者 何静姝）近日，由大兴区总工会、大兴区体育局联合主办的“活力大兴”篮球联赛开幕。\n")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert organisers == {"大兴区总工会", "大兴区体育局"}


def _page_articles(tmp_path, text):
    """The facts of each article of a page written to a file (page-level rules run too)."""
    from newskg.extract.pipeline import extract_page
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    return extract_page(page).articles


def test_campaign_quoted_in_a_headline_is_known_from_the_page(tmp_path):
    first, second = _page_articles(
        tmp_path, "横幅\n\n栏目\n\n市总工会为医护人员“送清凉”\n\n本报讯（记者 任洁）近日，北京市总工会慰问医护人员。\n\n"
                  "某公司开展“送清凉”活动\n\n本报讯（记者 陈曦）近日，北京北辰实业股份有限公司开展了“送清凉”系列活动。\n")
    assert "送清凉" in {e.name for e in first.entities if e.type == "Event"}
    assert "送清凉" in {e.name for e in second.entities if e.type == "Event"}


@pytest.mark.parametrize("sentence, expected", [
    # a list of places after 的
    ("工会走访慰问北京城市副中心的北京艺术中心、北京城市图书馆等单位干部职工。",
     [("北京艺术中心", "北京城市副中心"), ("北京城市图书馆", "北京城市副中心")]),
    # the street of an address, itself in a town
    ("位于朝阳镇文华路12号的朝阳工人俱乐部，是区总工会下属单位。",
     [("文华路", "朝阳镇"), ("朝阳工人俱乐部", "文华路")]),
])
def test_places_named_before_what_lies_in_them(sentence, expected):
    located = _rels(_facts("标题\n\n本报讯（记者 宗晓畅）" + sentence + "\n"), "located_in")
    for entity, location in expected:
        assert {"entity": entity, "location": location} in located, located


def test_counts_and_terms_are_not_bodies():
    facts = _facts("标题\n\n本报讯（记者 任洁）海淀区总工会联系全区27个街镇总工会、4个行业工会。"
                   "大会选举产生了北京发行集团工会第二届委员会。\n")
    names = _entities(facts, "Organization")
    assert "海淀区总工会" in names
    assert not {n for n in names if "27个" in n or "4个" in n or "第二届" in n}


def test_user_lexicon_adds_names(tmp_path):
    from newskg.extract.lexicon import default_lexicon, read_user_lexicon, with_user_entries
    lexicon_file = tmp_path / "names.txt"
    lexicon_file.write_text("美团 Organization\n欧阳娜娜 5 nr\n# a comment\n", encoding="utf-8")
    lexicon = with_user_entries(default_lexicon(), read_user_lexicon(lexicon_file))
    page = split_page("标题\n\n本报讯（记者 边磊）工会来到美团站点，欧阳娜娜参加活动。\n", "t.txt")
    facts = extract_article(page.articles[0], lexicon)
    kinds = {e.name: e.type for e in facts.entities}
    assert kinds.get("美团") == "Organization" and kinds.get("欧阳娜娜") == "Person"


def test_bad_user_lexicon_line_names_file_and_line(tmp_path):
    from newskg.extract.lexicon import LexiconError, read_user_lexicon
    bad = tmp_path / "bad.txt"
    bad.write_text("美团 Organization\n没有类型\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.txt:2"):
        read_user_lexicon(bad)


def test_traditional_characters_are_read_and_reported_as_printed():
    facts = _facts("標題\n\n本報訊（記者 任潔 通訊員 許秀菊）近日，北京市總工會黨組書記、副主席潘建新帶隊赴北京大學腫瘤醫院。\n")
    assert {("任潔", "記者"), ("許秀菊", "通訊員")} <= {(r["person"], r["role"]) for r in _rels(facts, "byline")}
    assert {"person": "潘建新", "org": "北京市總工會", "role": "副主席"} in _rels(facts, "holds_role")
    assert {"person": "潘建新", "org": "北京市總工會", "role": "黨組書記"} in _rels(facts, "holds_role")
    assert {"subject": "北京市總工會", "object": "北京大學腫瘤醫院"} in _rels(facts, "visited")


def test_traditional_page_keeps_its_verb_relations():
    # verbs written differently in the two scripts (舉辦/举办, 參加/参加) must still act
    facts = _facts("標題\n\n本報訊（記者 陳曦）近日，朝陽區總工會舉辦“送溫暖”活動，市總工會副主席李強參加。\n")
    assert {"org": "朝陽區總工會", "event": "送溫暖"} in _rels(facts, "organized")
    assert {"subject": "李強", "event": "送溫暖"} in _rels(facts, "participated_in")
    assert {"person": "李強", "org": "北京市總工會", "role": "副主席"} in _rels(facts, "holds_role")


def test_names_after_a_post_with_any_verb_and_dictionary_name_tags():
    # 陪同 is a verb no word list names; 李强 is a name in jieba's dictionary (tag nrfg)
    facts = _facts("标题\n\n本报讯（记者 宗晓畅）近日，通州区总工会主席张伟陪同副区长李强出席活动。\n")
    persons = _entities(facts, "Person")
    assert {"张伟", "李强"} <= persons
    assert {"person": "张伟", "org": "通州区总工会", "role": "主席"} in _rels(facts, "holds_role")
    assert not [r for r in _rels(facts, "holds_role") if r["person"] == "李强"], "副区长 of no body named"


@pytest.mark.parametrize("sentence, expected", [
    # a chain after a comma continues the body before
    ("近日，北京发行集团有限责任公司召开大会，集团党委书记、董事长李湛军，党委副书记、总经理龙晓雯出席。",
     [("龙晓雯", "北京发行集团有限责任公司", "总经理"), ("李湛军", "北京发行集团有限责任公司", "董事长")]),
    # a company post after a union post is the company's
    ("北京远达电力投资中心（以下简称“远达中心”）举办比赛。远达中心工会主席、副总经理齐明讲话。",
     [("齐明", "北京远达电力投资中心工会", "主席"), ("齐明", "北京远达电力投资中心", "副总经理")]),
    # the union after a party committee's post is the township's or the company's
    ("石门街道党工委副书记、工会主席苏敏来到驿站慰问。", [("苏敏", "石门街道总工会", "主席")]),
    ("区总工会副主席王岩，顺义区北石镇党委副书记、总工会主席郭亮陪同调研。", [("郭亮", "北石镇总工会", "主席")]),
    ("远达电气有限公司党委书记兼工会主席赵明作为代表发言。", [("赵明", "远达电气有限公司工会", "主席")]),
    # a party committee's department named bare after the committee's post
    ("延庆区委常委、组织部部长张明出席。", [("张明", "延庆区委", "常委"), ("张明", "延庆区委组织部", "部长")]),
    ("朝阳区委副书记、工会主席刘建国出席。", [("刘建国", "朝阳区总工会", "主席")]),
    # a company post after the post of a union that names no company stays with the union
    ("京华物流公司工会委员会主席、副总经理王明出席。", [("王明", "京华物流公司工会委员会", "主席")]),
    ("金隅集团党委副书记、执行董事吴东出席。", [("吴东", "金隅集团", "执行董事")]),
])
def test_a_title_chain_gives_each_post_to_its_body(sentence, expected):
    roles = _rels(_facts("标题\n\n本报讯（记者 苗雨晴）" + sentence + "\n"), "holds_role")
    for person, org, role in expected:
        assert {"person": person, "org": org, "role": role} in roles, roles


def test_names_inside_a_quoted_name_are_not_entities():
    facts = _facts("标题\n\n本报讯（记者 张晶）北京市工会干部学院开展“宣传贯彻落实中国工会十八大精神”主题宣讲活动。"
                   "学院还组织“两新”组织工会干部专场培训。\n")
    names = {e.name: e.type for e in facts.entities}
    assert "中国工会" not in names
    assert names.get("宣传贯彻落实中国工会十八大精神") == "Event"
    events = _entities(facts, "Event")
    assert "两新" not in events and "两新组织工会干部专场培训" in events


def _entities(facts, entity_type):
    return {e.name for e in facts.entities if e.type == entity_type}


def test_party_committee_short_form_is_the_districts_and_a_group_union_is_added():
    facts = _facts("标题\n\n本报讯（记者 周美玉）近日，昌平区总工会走进工地。昌平区委常委、区委组织部部长王东出席。"
                   "京泰集团党委副书记、集团工会主席李红介绍情况。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "王东", "org": "昌平区委", "role": "常委"} in roles
    assert {"person": "李红", "org": "京泰集团", "role": "党委副书记"} in roles
    assert {"person": "李红", "org": "京泰集团工会", "role": "主席"} in roles
    assert {"part": "京泰集团工会", "whole": "京泰集团"} in _rels(facts, "part_of")
    union = next(e for e in facts.entities if e.name == "京泰集团工会")
    assert "集团工会" in union.aliases


def test_youth_league_committee_police_branch_and_part_time_posts():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，顺义区总工会开展慰问。中铁六局团委书记赵敏，"
                   "区人社局副局长、区总工会兼职副主席钱进，区公安分局大队长孙立参加。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "赵敏", "org": "中铁六局团委", "role": "书记"} in roles
    assert {"person": "钱进", "org": "顺义区总工会", "role": "兼职副主席"} in roles
    assert {"person": "钱进", "org": "顺义区人社局", "role": "副局长"} in roles
    assert "顺义区公安分局" in _entities(facts, "Organization")


def test_a_person_met_again_visits_for_the_body_of_their_post_and_everywhere():
    facts = _facts("标题\n\n本报讯（记者 赖志凯）近日，大兴区总工会开展慰问。区总工会主席刘军参加。"
                   "刘军一行来到北京恒远机械有限公司，看望一线职工。区总工会副主席何平，区总工会副主席沈兰每到一处都叮嘱职工注意安全。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "大兴区总工会", "object": "北京恒远机械有限公司"} in visits
    assert {"subject": "刘军", "object": "北京恒远机械有限公司"} in visits
    assert {"subject": "何平", "object": "北京恒远机械有限公司"} in visits
    assert {"subject": "沈兰", "object": "北京恒远机械有限公司"} in visits


def test_a_delegation_listed_before_yi_xing_visits_together():
    facts = _facts("标题\n\n本报讯（记者 边磊）近日，河北省涞水县委常委、宣传部部长韩明，"
                   "涞水县总工会党组书记、主席宋江等一行来到丰台区总工会调研。\n")
    visits = _rels(facts, "visited")
    for visitor in ("韩明", "宋江", "涞水县总工会"):
        assert {"subject": visitor, "object": "丰台区总工会"} in visits


def test_a_common_word_after_a_post_and_before_a_comma_is_a_name():
    facts = _facts("标题\n\n本报讯（记者 任洁）会上，区总工会党组书记、副主席关平，副主席徐兰出席。\n")
    assert "关平" in _entities(facts, "Person")


def test_district_town_company_split_and_listed_sites_after_a_visit():
    facts = _facts("标题\n\n本报讯（记者 马超）近日，通州区总工会慰问团来到通州区马驹桥镇北京恒信仪器有限公司。"
                   "随后先后来到环城绿道建筑工地、宋庄文化三大建筑项目部建筑工地，慰问一线职工。\n")
    located = _rels(facts, "located_in")
    assert {"entity": "马驹桥镇", "location": "通州区"} in located
    assert {"entity": "北京恒信仪器有限公司", "location": "马驹桥镇"} in located
    places = _entities(facts, "Location")
    assert {"环城绿道建筑工地", "宋庄文化三大建筑项目部建筑工地"} <= places


def test_an_event_after_a_one_character_verb_and_a_list_after_a_finished_verb():
    facts = _facts("标题\n\n本报讯（记者 韦家宁）园区工会联合企业共办职工摄影展览。"
                   "此次活动得到了延庆区委宣传部、延庆区文旅局等单位的支持。\n")
    events = _entities(facts, "Event")
    assert "职工摄影展览" in events and "办职工摄影展览" not in events
    orgs = _entities(facts, "Organization")
    assert "延庆区委宣传部" in orgs
    assert not any(name.startswith("此次") for name in orgs)


def test_an_honour_between_post_and_name_and_a_post_after_the_name():
    facts = _facts("标题\n\n本报讯（记者 岳千帆）近日，京通公司召开职工创新工作推进会。"
                   "京通公司星火创新工作室领衔人、全国劳动模范周立强介绍经验。会议选举，张明当选为京通公司工会主席。\n")
    roles = _rels(facts, "holds_role")
    # the studio is a unit of its company, named on its own (as the practice gold's 美莲创新工作室)
    assert {"person": "周立强", "org": "星火创新工作室", "role": "领衔人"} in roles
    assert {"part": "星火创新工作室", "whole": "京通公司"} in _rels(facts, "part_of")
    assert {"person": "张明", "org": "京通公司工会", "role": "主席"} in roles
    assert {"org": "京通公司", "event": "职工创新工作推进会"} in _rels(facts, "organized")


@pytest.mark.parametrize("sentence, person, owner, first_post, department, post", [
    ("慰问中，房山区委副书记、政法委书记李刚讲话。", "李刚", "房山区委", "副书记", "政法委", "书记"),
    ("华远集团工会副主席、女职工委员会主任陈静出席活动。", "陈静", "华远集团工会", "副主席", "女职工委员会", "主任"),
])
def test_a_bare_department_after_its_owners_post_belongs_to_the_owner(sentence, person, owner, first_post,
                                                                       department, post):
    facts = _facts("标题\n\n本报讯（记者 陈曦）" + sentence + "\n")
    roles = _rels(facts, "holds_role")
    assert {"person": person, "org": owner, "role": first_post} in roles
    assert {"person": person, "org": owner + department, "role": post} in roles
    assert {"part": owner + department, "whole": owner} in _rels(facts, "part_of")


def test_the_site_a_visit_goes_to_after_its_builder():
    facts = _facts("标题\n\n本报讯（记者 岳千帆）近日，北京市建筑工会主席王强一行来到中国建筑二局（集团）有限公司"
                   "（以下简称“中建二局”）所属华兴公司承建的北京东站综合交通枢纽工程05标段项目部，看望建设者。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "北京市建筑工会", "object": "北京东站综合交通枢纽工程05标段项目部"} in visits
    assert not any(v["object"].startswith("中国建筑二局") for v in visits)


def test_town_lists_quarters_and_district_short_forms():
    facts = _facts("标题\n\n本报讯（记者 边磊）本届联赛将赛场设在旧宫镇、安定镇等地。"
                   "服务队走进通州临河里街道，服务通州区职工。北京亦城合作发展基金会协办。\n")
    places = {e.name: e for e in facts.entities if e.type == "Location"}
    assert {"旧宫镇", "安定镇", "临河里街道", "通州区"} <= set(places)
    assert "通州" in places["通州区"].aliases
    assert "北京亦城合作发展基金会" in _entities(facts, "Organization")


def test_two_activities_joined_by_ji_and_one_league_named_twice():
    facts = _facts("标题\n\n本报讯（记者 何静姝）近日，由朝阳区总工会主办的“春风杯”职工健步走活动暨全民健身嘉年华活动"
                   "在朝阳公园启动。由顺义区总工会主办的2025年顺义区篮球联赛暨顺义区职工篮球联赛闭幕。\n")
    events = _entities(facts, "Event")
    assert "全民健身嘉年华活动" in events
    assert {"org": "朝阳区总工会", "event": "全民健身嘉年华活动"} in _rels(facts, "organized")
    assert "顺义区职工篮球联赛" not in events, "X联赛暨Y联赛 names one competition"


def test_a_body_and_a_district_short_form_before_a_town():
    facts = _facts("标题\n\n本报讯（记者 边磊）近日，来自中建一局门头沟斋堂镇的职工领到了年货。\n")
    places = _entities(facts, "Location")
    assert "斋堂镇" in places and not any(p.startswith("中建一局") for p in places)


def test_a_sentence_through_a_verb_is_not_one_name():
    facts = _facts("标题\n\n本报讯（记者 王燕飞）近日，俱乐部周边居民联名写信给丰台区委表示感谢。"
                   "丰台区总工会领导认为工人俱乐部操场很适合健身。这体现了工人阶级顾全大局的品格。\n")
    orgs = _entities(facts, "Organization")
    assert "丰台区委" in orgs
    assert not any("写信" in o or "认为" in o or "顾全大局" in o for o in orgs), orgs


def test_a_company_with_its_group_form_in_ascii_brackets():
    facts = _facts("标题\n\n本报讯（记者 白莹）北京城建控股(集团)有限公司承办了比赛，"
                   "北京城建控股(集团)有限公司代表队获得冠军。\n")
    orgs = _entities(facts, "Organization")
    assert "北京城建控股(集团)有限公司" in orgs
    assert "北京城建控股(集团)有限公司代表队" in orgs  # a team is named with its company, as 万寿公园代表队


def test_an_event_after_the_units_an_organiser_sends():
    facts = _facts("标题\n\n本报讯（记者 马超）工会组织北京现代、北汽动力三个企业参加比赛。\n")
    assert not any("参加" in e for e in _entities(facts, "Event"))


@pytest.mark.parametrize("sentence, forbidden", [
    ("北京华远公司工会主席与职工代表张华座谈。", ("holds_role", "张华")),
    ("北京华远公司总经理，高级工程师张华发言。", ("holds_role", "张华")),
    ("区总工会副主席关心，职工要注意安全。", ("person", "关心")),
    ("据北京华远公司总经理张华介绍，朝阳区总工会主席刘军等一行近日来到北京华远公司调研。", ("visited", "张华")),
    ("朝阳区总工会来到北京华远公司。获奖职工代表张华说，每到一处都能感受到温暖。", ("visited", "张华")),
    ("大兴区总工会开展慰问。县委书记王立讲话。", ("org", "县委")),
    ("活动在北京市举行，北京市区两级工会参加。", ("alias", "北京市")),
    ("朝阳区总工会来到朝阳医院慰问。朝阳医院的医护人员表示，感谢工会的关心。随后，还开展了“夏送清凉”活动。",
     ("organized", "朝阳医院")),
    ("北京环卫集团是全市最大的环卫企业。此外，还组织开展了“清凉一夏”系列活动。", ("organized", "北京环卫集团")),
    ("北京工业大学工会组织教职工到北京市第八中学开展志愿服务。校党委副书记王华带队。", ("holds_role", "北京市第八中学")),
    ("北京市劳模协会理事单位代表张伟发言。", ("person", "单位")),
    ("朝阳区总工会慰问了公交场站职工。", ("location", "公交场站")),
    ("北大荒集团工会开展活动。", ("org", "北京大学荒集团工会")),
])
def test_misreadings_found_in_review(sentence, forbidden):
    facts = _facts(f"标题\n\n本报讯（记者 任洁）{sentence}\n")
    kind, name = forbidden
    if kind == "person":
        assert name not in _entities(facts, "Person")
    elif kind == "org":
        assert name not in _entities(facts, "Organization")
    elif kind == "location":
        assert name not in _entities(facts, "Location")
    elif kind == "alias":
        assert not any(name in e.aliases for e in facts.entities)
    else:
        assert not any(name in r.values() for r in _rels(facts, kind)), _rels(facts, kind)


def test_a_leader_met_again_does_not_replace_the_units_that_take_part():
    facts = _facts("标题\n\n本报讯（记者 任洁）大兴区总工会主席刘军出席。"
                   "刘军介绍，北京华远公司等10家单位参加了“迎春杯”职工篮球联赛。\n")
    assert {"subject": "北京华远公司", "event": "迎春杯"} in _rels(facts, "participated_in")


def test_a_visit_list_keeps_its_bodies_before_a_site_not_built_by_them():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，朝阳区总工会走访北京华远公司、北京恒远机械有限公司和企业的丽泽项目部工地。\n")
    objects = {r["object"] for r in _rels(facts, "visited")}
    assert {"北京华远公司", "北京恒远机械有限公司"} <= objects


def test_a_name_after_de_before_a_speaking_verb_is_a_person():
    facts = _facts("标题\n\n参加供电系统技能竞赛的钟立星感慨道：“收获很大。”来自某建设集团公司的程远群夺得桂冠。\n")
    persons = _entities(facts, "Person")
    assert {"钟立星", "程远群"} <= persons and "立星" not in persons


def test_frequent_words_jieba_tags_as_names_are_no_persons():
    facts = _facts("标题\n\n我们和同行司机师傅们切磋球技，卫星感慨万千。志愿者和居民一起包饺子。\n")
    assert not [e.name for e in facts.entities if e.type == "Person"]


def test_a_secretariat_post_stays_one_role_of_the_union():
    facts = _facts("标题\n\n昨天，中华全国总工会副主席、书记处书记章立河率慰问团来到工地。\n")
    assert {"person": "章立河", "org": "中华全国总工会", "role": "书记处书记"} in _rels(facts, "holds_role")
    assert "书记处" not in {e.name for e in facts.entities}


def test_a_longer_name_ending_at_a_following_word_wins_over_a_verb_reading():
    facts = _facts("标题\n\n“做职工的后盾。”西园街道总工会主席谢焕明说。\n")
    assert {"person": "谢焕明", "org": "西园街道总工会", "role": "主席"} in _rels(facts, "holds_role")


def test_a_district_union_is_not_a_short_form_of_a_street_union_in_it():
    facts = _facts("标题\n\n近日，丰台区卢沟桥街道总工会主席魏晓娟代表丰台区总工会慰问职工。\n")
    names = {e.name: e.aliases for e in facts.entities if e.type == "Organization"}
    assert "丰台区总工会" in names and "丰台区总工会" not in names["丰台区卢沟桥街道总工会"]


def test_bodies_joined_with_lianhe_organise_together():
    facts = _facts("标题\n\n近日，西园街道总工会联合辖区金台商务楼宇党建服务站、华远物业公司开展了垃圾分类宣传活动。\n")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert {"西园街道总工会", "金台商务楼宇党建服务站", "华远物业公司"} <= organisers


def test_a_competitor_takes_part_in_the_articles_event():
    facts = _facts("“金梭杯”羽毛球友谊赛举行\n\n近日，“金梭杯”羽毛球友谊赛举行。“很开心能参加。”参赛选手付青松说。\n")
    assert {"subject": "付青松", "event": "金梭杯"} in _rels(facts, "participated_in")


def test_a_counted_event_drops_its_count():
    facts = _facts("标题\n\n近日，来自该市7支代表队的28名选手在工地上举行了一场手工木工职业技能竞赛。\n")
    assert "手工木工职业技能竞赛" in _entities(facts, "Event")


def test_lishu_makes_the_body_before_part_of_the_body_after():
    facts = _facts("标题\n\n据了解，金台环境服务中心隶属于北京环卫集团机扫公司。\n")
    assert {"part": "金台环境服务中心", "whole": "北京环卫集团机扫公司"} in _rels(facts, "part_of")


def test_a_meeting_joined_with_ji_to_a_commendation_is_two_events():
    facts = _facts("标题\n\n近日，朝阳区电子信息产业工会召开2021年度工作会议暨先进个人表彰会。\n")
    events = _entities(facts, "Event")
    assert {"2021年度工作会议", "先进个人表彰会"} <= events


def test_dao_after_a_body_before_a_place_is_a_visit():
    facts = _facts("标题\n\n近日，房山区总工会到长沟镇对先进职工之家进行了授牌。从东城区到西城区。\n")
    assert _rels(facts, "visited") == [{"subject": "房山区总工会", "object": "长沟镇"}]


def test_the_reporter_going_somewhere_is_no_visit_of_the_headline_body():
    facts = _facts("南窖乡总工会办好职工之家\n\n1月25日，记者来到房山区南窖乡，看到了新建的职工之家。\n")
    assert not _rels(facts, "visited")


def test_goods_sent_to_hotels_visit_them():
    facts = _facts("标题\n\n近日，石景山区总工会将慰问品送至景园假日酒店、秀池宾馆等保障单位。\n")
    visited = {r["object"] for r in _rels(facts, "visited")}
    assert {"景园假日酒店", "秀池宾馆"} <= visited


def test_places_as_boundaries_and_as_descriptors():
    facts = _facts("标题\n\n棚户区范围北起阜石路、西起北辛安路。部分北京市劳动模范代表也参加了活动。\n")
    places = _entities(facts, "Location")
    assert {"阜石路", "北辛安路"} <= places and "北京市" not in places


def test_a_quoted_sentence_before_a_place_head_is_no_place():
    facts = _facts("标题\n\n近日，丰台区花乡地区总工会开展活动。“入会后可以享受各种福利。”地区总工会主席张春生回答。\n")
    assert not [e for e in facts.entities if e.type == "Location"]
    assert {"person": "张春生", "org": "丰台区花乡地区总工会", "role": "主席"} in _rels(facts, "holds_role")


def test_seasonal_campaigns_are_events_unquoted_but_a_bare_verb_phrase_is_not():
    facts = _facts("标题\n\n一年来，密云区总工会开展夏送清凉、冬送温暖等活动，还为一线职工送温暖。\n")
    events = _entities(facts, "Event")
    assert {"夏送清凉", "冬送温暖"} <= events and "送温暖" not in events


def test_kinds_listed_before_a_head_are_no_event_and_counts_are_dropped():
    facts = _facts("标题\n\n街道总工会开展文化类、体育类、科普类等系列培训。今年举办了5场职工读书分享会。\n")
    events = _entities(facts, "Event")
    assert not any("等" in e for e in events) and "职工读书分享会" in events


def test_festival_and_ball_game_heads_name_events():
    facts = _facts("标题\n\n近日，第十一届首都职工文化艺术节开幕，地区总工会还举办了芳菲杯乒乓球赛。\n")
    events = _entities(facts, "Event")
    assert {"第十一届首都职工文化艺术节", "芳菲杯乒乓球赛"} <= events


def test_a_unions_own_chair_makes_no_union_of_the_union():
    facts = _facts("标题\n\n据怀柔水库执法大队工会委员会工会主席张卫平介绍，工作很好。\n")
    assert {"person": "张卫平", "org": "怀柔水库执法大队工会委员会", "role": "主席"} in _rels(facts, "holds_role")
    assert not [e for e in facts.entities if e.name.endswith("委员会工会")]


def test_the_centre_of_a_district_is_no_body():
    facts = _facts("标题\n\n企业大部分位于区中心的魏善庄、庞各庄等乡镇。\n")
    assert not [e for e in facts.entities if e.type == "Organization"]


def test_titled_attendees_and_a_represented_body_take_part():
    facts = _facts("标题\n\n近日，西园街道总工会开展“冬日暖心”慰问活动。丰华集团党委副书记、集团工会主席王立新，"
                   "东方物业公司工会主席李春华以及宏达建设公司相关负责人参加活动。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"王立新", "李春华", "宏达建设公司"} <= taking_part
    assert "丰华集团" not in taking_part, "a body that only names a post stands for no one"


def test_the_officer_of_a_co_organisers_union_does_not_take_part():
    facts = _facts("标题\n\n此次“冬日暖心”活动由西园街道总工会与区住建委联合开展。区住建委工会主席赵红梅、"
                   "丰华集团工会主席王立新参加活动。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert "王立新" in taking_part and "赵红梅" not in taking_part


@pytest.mark.parametrize("text, subject, event, not_subject", [
    ("“书香满园”读书分享会举行\n\n近日，西园街道总工会举办“书香满园”读书分享会。"
     "分享会上，高级工程师刘明远讲述了自己的读书经历。会后，大家合影留念。\n", "刘明远", "书香满园", None),
    # a courtesy title after the name, the audience before the speech, a book title in it
    ("标题\n\n本报讯（记者 任洁）在日前举行的首场工会知识进党校讲座现场，河南省总工会干校周铸生教授"
     "向在场的200多名党校学员作了一场《工会基本理论》的专题讲座。\n", "周铸生", "首场工会知识进党校讲座", None),
    # the invited person, not the body that only describes them
    ("标题\n\n本报讯（记者 任洁）园区工会举办了职工读书沙龙活动。"
     "园区工会邀请到中国社科院博士孟书强老师和大家一起畅谈怎样读书。\n", "孟书强", "职工读书沙龙活动", "中国社科院"),
    # who teaches at a lecture, after a phrase of manner; the people of the lecture's story take no part
    ("西园街道总工会举行工运史讲座\n\n本报讯（记者 任洁）6月17日，西园街道总工会举行工运史讲座。"
     "区委党校副主任张丽华结合历史资料，生动讲述了劳模李春生的奋斗足迹。\n", "张丽华", "工运史讲座", "李春生"),
])
def test_speakers_on_the_stage_of_an_event_take_part(text, subject, event, not_subject):
    taking_part = _rels(_facts(text), "participated_in")
    assert {"subject": subject, "event": event} in taking_part
    assert not any(r["subject"] == not_subject for r in taking_part)


def test_the_person_taking_part_in_a_named_contest_and_a_contests_quoted_voice():
    facts = _facts("标题\n\n“没想到考得这么细。”正在参加西园街道职工技能大赛的王小军感慨道。"
                   "“明年还来。”刚领完奖品的东方物业公司职工周海涛告诉记者。\n")
    taking_part = _rels(facts, "participated_in")
    assert {"subject": "王小军", "event": "西园街道职工技能大赛"} in taking_part
    assert {"subject": "周海涛", "event": "西园街道职工技能大赛"} in taking_part


def test_a_voice_quoted_after_a_visit_is_no_participant():
    facts = _facts("西园街道总工会“冬日暖心”慰问一线职工\n\n近日，西园街道总工会开展“冬日暖心”慰问活动。"
                   "“感谢工会的关心。”东方物业公司职工周海涛说。\n")
    assert not any(r["subject"] == "周海涛" for r in _rels(facts, "participated_in"))


def test_a_street_union_named_by_a_plain_noun_and_a_council_before_its_sector():
    facts = _facts("标题\n\n近日，椿树街道总工会启动慰问活动。朝阳区政协工会界别委员走访企业。\n")
    orgs = _entities(facts, "Organization")
    assert {"椿树街道总工会", "朝阳区政协"} <= orgs


def test_a_union_of_two_sectors_in_brackets_is_one_body():
    facts = _facts("标题\n\n近日，北京市机械(冶金)工会举办职工创新成果交流活动。\n")
    assert "北京市机械(冶金)工会" in _entities(facts, "Organization")


def test_event_names_keep_their_words_and_drop_counts():
    facts = _facts("标题\n\n西园街道总工会开展对口帮扶精准对接活动，召开了在职职工心理关爱工作启动会，"
                   "还以优秀青年教师先进事迹报告会取代演出。双方签订了12个合作项目。\n")
    events = _entities(facts, "Event")
    assert {"对口帮扶精准对接活动", "在职职工心理关爱工作启动会", "优秀青年教师先进事迹报告会"} <= events
    assert not any("合作项目" in e for e in events)


def test_elected_by_a_meeting_and_convener_posts():
    facts = _facts("标题\n\n近日，西城区总工会召开全委会，会议选举王建平为西城区总工会主席。王建平表示，责任重大。"
                   "西城区政协工会界别召集人李红梅表示赞同。\n")
    assert {"person": "王建平", "org": "西城区总工会", "role": "主席"} in _rels(facts, "holds_role")
    assert {"person": "李红梅", "org": "西城区政协", "role": "召集人"} in _rels(facts, "holds_role")


def test_titled_visitors_listed_together_all_visit_with_their_union():
    facts = _facts("标题\n\n近日，丰台区委政法委副书记赵建国、钱立新，丰台区总工会副主席孙玉梅，"
                   "共同前往丰台区消防救援支队慰问。\n")
    visitors = {r["subject"] for r in _rels(facts, "visited")}
    assert {"赵建国", "钱立新", "孙玉梅", "丰台区总工会"} <= visitors


def test_quoted_teams_win_and_senders_after_laizi_do_not_organise():
    facts = _facts("“金帆杯”龙舟大赛举行\n\n近日，来自西城区园林绿化局、西城区体育局等单位的6支代表队展开了首届“金帆杯”龙舟大赛。"
                   "最终，“浪花队”荣膺冠军。\n")
    assert "浪花队" in _entities(facts, "Organization")
    assert not any(r["org"] == "西城区园林绿化局" for r in _rels(facts, "organized"))
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"浪花队", "西城区园林绿化局"} <= taking_part


def test_short_names_of_commissions_are_bodies():
    facts = _facts("标题\n\n今年海淀区教委与区住建委共同举办教师节活动。\n")
    assert "海淀区教委" in _entities(facts, "Organization")


def test_names_found_after_honours_before_descriptions_and_with_rarer_surnames():
    facts = _facts("标题\n\n在施工现场，全国劳模张建明笑得很灿烂。“我很满意。”钱学军是一名钢筋工。"
                   "长治市政协副主席阎立新出席活动。劳模宣讲团讲述了故事。\n")
    persons = _entities(facts, "Person")
    assert {"张建明", "钱学军", "阎立新"} <= persons and "宣讲团" not in persons


def test_childcare_classes_are_events_and_a_conjunction_starts_a_clause():
    facts = _facts("标题\n\n西园街道总工会开办职工子女暑期托管班。二队虽止步八强但比赛热情不减。\n")
    events = _entities(facts, "Event")
    assert "职工子女暑期托管班" in events and not any("但" in e for e in events)


def test_what_a_body_has_is_named_on_its_own():
    facts = _facts("标题\n\n公司现有东坝垃圾分选转运站、高安屯垃圾转运站等2座转运站。\n")
    names = {e.name for e in facts.entities}
    assert "东坝垃圾分选转运站" in names and not any(n.startswith("公司现有") for n in names)


def test_scenes_quoted_words_and_kinds_of_unions_make_nothing():
    facts = _facts("“书香满园”读书分享会举行\n\n近日，西园街道总工会举办“书香满园”读书分享会。在施工现场，高级工程师刘明远讲述了经历。"
                   "职工看病不再“排队”。全市16个区（产业）工会负责人参加。农村社区工会积极参与。\n")
    assert not any(r["subject"] == "刘明远" for r in _rels(facts, "participated_in"))
    orgs = _entities(facts, "Organization")
    assert not {"排队", "16个区（产业）工会", "农村社区工会"} & orgs


def test_two_titled_officers_launching_an_event_leave_their_union_the_organiser():
    facts = _facts("标题\n\n丰台区总工会副主席赵建国、钱立新，共同启动“暖心驿站”建设活动。\n")
    assert any(r["org"] == "丰台区总工会" for r in _rels(facts, "organized"))


def test_an_officer_of_a_member_union_still_takes_part():
    facts = _facts("标题\n\n朝阳区总工会举办“书香朝阳”读书分享会。朝阳区总工会所属东方物业公司工会参加活动。"
                   "东方物业公司工会主席李春华参加活动。\n")
    assert any(r["subject"] == "李春华" for r in _rels(facts, "participated_in"))


def test_units_listed_after_a_union_belong_to_its_group():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，光华集团工会召开会议。此次集团工会选取了下属的东方公司、"
                   "西山公司作为试点单位。光华集团每年组织测评。\n")
    parts = _rels(facts, "part_of")
    assert {"part": "东方公司", "whole": "光华集团"} in parts
    assert {"part": "西山公司", "whole": "光华集团"} in parts


def test_units_listed_after_xiashu_belong_to_the_nearest_body_not_a_visitor():
    facts = _facts("标题\n\n北京市总工会来到光华集团，慰问了其下属的东方公司、西山公司。"
                   "在丰台区总工会指导下，光华集团工会选取了下属的南山公司作为试点。\n")
    parts = _rels(facts, "part_of")
    assert {"part": "东方公司", "whole": "光华集团"} in parts
    assert {"part": "南山公司", "whole": "光华集团"} in parts
    assert not any(r["whole"].endswith("总工会") for r in parts)


def test_words_for_a_kind_of_body_right_after_the_seat_stay_in_a_company_name():
    facts = _facts("标题\n\n北京商户通科技有限公司开展活动。北京机构养老服务有限公司组织职工体检。\n")
    assert {"北京商户通科技有限公司", "北京机构养老服务有限公司"} <= _entities(facts, "Organization")


def test_a_federation_of_grass_roots_unions_is_a_body_and_a_social_workers_association_too():
    facts = _facts("标题\n\n海淀区基层工会联合会主席赵军致辞。北京市社会工作者协会会长张强讲话。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "赵军", "org": "海淀区基层工会联合会", "role": "主席"} in roles
    assert {"person": "张强", "org": "北京市社会工作者协会", "role": "会长"} in roles


def test_a_campaign_named_for_what_it_brings_keeps_its_verb():
    facts = _facts("标题\n\n近日，八角街道总工会开展了送健康进楼宇活动。\n")
    assert "送健康进楼宇活动" in _entities(facts, "Event")


def test_a_district_holding_an_event_today_is_where_it_lies():
    facts = _facts("标题\n\n本报讯（记者 王明）东城区今天举办庆祝五一劳动节表彰大会，30名先进个人获表彰。\n")
    assert {"entity": "庆祝五一劳动节表彰大会", "location": "东城区"} in _rels(facts, "located_in")


def test_an_event_launched_in_full_at_a_site_lies_there():
    facts = _facts("标题\n\n9月3日，区职工运动会暨健步走比赛在朝阳公园全面启动。\n")
    assert {"entity": "健步走比赛", "location": "朝阳公园"} in _rels(facts, "located_in")


def test_a_body_opening_a_sentence_acts_on_in_the_next_of_its_paragraph():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，全国总工会举办读书月启动仪式。\n\n"
                   "多年来，光华园工会将实体阅读与在线阅读相结合。线下积极协助企业筹建职工书屋，"
                   "并组织开展了“周末书香”“名家讲堂”等读书活动。\n")
    organisers = _rels(facts, "organized")
    assert {"org": "光华园工会", "event": "周末书香"} in organisers
    assert {"org": "全国总工会", "event": "周末书香"} not in organisers


def test_a_work_joined_with_another_is_not_organised_by_the_actor():
    facts = _facts("标题\n\n本报讯 近日，莱阳市总工会启动安全生产活动。市总工会要求各级工会将这次活动与开展“安康杯”劳动竞赛活动结合起来。\n")
    assert not any(r["event"] == "安康杯" for r in _rels(facts, "organized"))


def test_a_name_may_open_with_a_date_character_but_a_date_is_no_name():
    facts = _facts("标题\n\n日前，月河街道总工会在浮星桥社区、月河社区开展活动。今年5月河北省总工会来京。\n")
    assert "月河社区" in _entities(facts, "Location")
    assert "月河街道总工会" in _entities(facts, "Organization")
    assert "河北省总工会" in _entities(facts, "Organization")


def test_professional_titles_in_a_chain_are_posts_and_a_school_of_technicians_stays_whole():
    facts = _facts("标题\n\n光明中心小学校长、高级教师叶芳，京西果蔬专业合作社理事、高级农技师冯才作报告。"
                   "北京市高级技师学院院长李明讲话。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "叶芳", "org": "光明中心小学", "role": "高级教师"} in roles
    assert {"person": "冯才", "org": "京西果蔬专业合作社", "role": "理事"} in roles
    assert {"person": "李明", "org": "北京市高级技师学院", "role": "院长"} in roles


def test_yuan_or_xiao_before_a_post_is_the_hospital_or_school_named_last():
    facts = _facts("标题\n\n6月1日，北京友谊医院举办职工健步走活动。院党委书记张国君，党委副书记、院长倪鑫参加。"
                   "北京工业大学举行长跑比赛。校党委副书记、副校长白峰鸣枪。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "张国君", "org": "北京友谊医院", "role": "党委书记"} in roles
    assert {"person": "倪鑫", "org": "北京友谊医院", "role": "院长"} in roles
    assert {"person": "白峰", "org": "北京工业大学", "role": "副校长"} in roles


def test_a_name_printed_in_full_is_not_expanded_again():
    facts = _facts("标题\n\n清华大学举行长跑比赛。清华工会主席李明讲话。\n")
    assert "清华大学" in _entities(facts, "Organization")
    assert not any("大学大学" in name for name in _entities(facts, "Organization"))


def test_names_after_a_title_may_end_before_jiang_or_ye_and_a_pupil_is_a_title():
    facts = _facts("标题\n\n143路驾驶员苏利华将车辆停靠至站台。他的徒弟刘飞飞也完成了操作。\n")
    assert {"苏利华", "刘飞飞"} <= _entities(facts, "Person")


def test_winners_listed_each_after_their_body_are_people():
    facts = _facts("标题\n\n最终，设计发展集团田茂培、五公司师永胜分别获得亚军。疾控中心赵明强、滕淑凤分获男子组冠军。"
                   "中建八局北京公司李兆祥、中电四公司安松召两位劳模作了宣讲。\n")
    assert {"田茂培", "师永胜", "赵明强", "滕淑凤", "李兆祥", "安松召"} <= _entities(facts, "Person")


def test_railway_stations_are_places():
    facts = _facts("标题\n\n大家参观了长辛店火车站。\n")
    assert "长辛店火车站" in _entities(facts, "Location")


def test_a_hotel_is_a_place_unless_it_has_a_union_of_its_own():
    facts = _facts("标题\n\n慰问品陆续送至景园假日酒店、秀池酒店等保障酒店。\n")
    assert {"景园假日酒店", "秀池酒店"} <= _entities(facts, "Location")
    facts = _facts("毅华温泉酒店举行职工拔河赛\n\n本报讯 12月2日，毅华温泉酒店工会在酒店球场举办了一场拔河比赛。\n")
    assert "毅华温泉酒店" in _entities(facts, "Organization")


def test_bodies_some_of_whose_leaders_attend_take_part():
    facts = _facts("标题\n\n9月15日上午，朝阳医院2018年秋季职工运动会在北京工业大学体育场开幕。"
                   "北京市医院管理局、北京工业大学部分领导及友谊平谷医院领导出席了开幕式。\n")
    subjects = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"北京市医院管理局", "北京工业大学", "友谊平谷医院"} <= subjects


def test_bodies_named_with_a_post_or_grade_inside_stay_whole():
    facts = _facts("标题\n\n北京建工集团项目经理部经理张强讲话。朝阳区特级教师工作室主持人王红发言。\n")
    assert {"北京建工集团项目经理部", "朝阳区特级教师工作室"} <= _entities(facts, "Organization")


def test_a_hotel_that_acts_is_a_body_and_a_venue_hosting_is_a_place():
    facts = _facts("标题\n\n北京饭店开展职工技能比武活动。首都体育馆工会组织职工在首都体育馆开展冰雪体验活动。\n")
    assert "北京饭店" in _entities(facts, "Organization")
    assert "首都体育馆" in _entities(facts, "Location")


def test_a_name_opening_with_a_date_character_after_he():
    facts = _facts("标题\n\n日坛中学和月河街道开展共建活动。\n")
    assert "月河街道" in _entities(facts, "Location")


def test_a_body_ends_before_an_adverb_of_its_act():
    facts = _facts("标题\n\n不仅如此，京能集团工会主动融入集团新发展要求，广泛开展“京能杯”劳动竞赛活动。\n")
    assert "京能集团工会" in _entities(facts, "Organization")
    assert {"org": "京能集团工会", "event": "京能杯"} in _rels(facts, "organized")


def test_a_model_workers_studio_named_after_a_person_is_a_body():
    facts = _facts("标题\n\n春节来临，史某齐劳模工作室携手安贞街道总工会开展包饺子活动。\n\n摄影/史某齐\n")
    assert "史某齐劳模工作室" in _entities(facts, "Organization")


def test_a_registered_company_starts_after_a_word_for_a_kind_of_body():
    facts = _facts("标题\n\n中关村昌平园入驻企业锐驰科技股份有限公司开展读书活动。\n")
    assert "锐驰科技股份有限公司" in _entities(facts, "Organization")


def test_a_district_zone_of_a_science_park_is_a_place_not_the_owner_of_its_union():
    facts = _facts("读书月在延庆园启动\n\n本报讯 中关村科技园区延庆园工会承办的读书月在中关村延庆园启动。"
                   "延庆园工会还开展了“周末书香”活动。\n")
    assert "延庆园" not in _entities(facts, "Organization")
    assert "中关村延庆园" in _entities(facts, "Location")


def test_an_organiser_named_by_a_noun_launches_no_event():
    facts = _facts("标题\n\n竞赛主办单位领导、北京市登山协会领导、东区工程指挥部和参建单位领导200余人参加誓师会。"
                   "竞赛主办方嘉宾、北京城建职工、东区工程建设者200余人参加。\n")
    assert not any("领导" in name or "嘉宾" in name for name in _entities(facts, "Event"))


def test_posts_listed_before_a_course_say_whom_it_is_for():
    facts = _facts("标题\n\n近日，区总工会举办了丰台区班组长、工会主席培训班。\n")
    assert any(name.endswith("班组长、工会主席培训班") for name in _entities(facts, "Event"))


def test_a_union_social_worker_is_a_post_not_part_of_the_union():
    facts = _facts("标题\n\n八角街道总工会专职工会社会工作者李明做了报告。\n")
    assert {"person": "李明", "org": "八角街道总工会", "role": "专职工会社会工作者"} in _rels(facts, "holds_role")


def test_the_grass_roots_unions_of_a_district_are_a_kind_not_a_body():
    facts = _facts("标题\n\n来自怀柔区基层工会的40名主席参加培训。\n")
    assert not any(name.endswith("基层工会") for name in _entities(facts, "Organization"))


def test_a_site_named_after_a_quoted_campaign_is_a_place_gone_to_not_an_event():
    facts = _facts("标题\n\n北京市总工会党组书记王明带队来到北京城市副中心“两大工程”运河公园项目部，送去清凉。\n")
    assert "运河公园项目部" in _entities(facts, "Location")
    assert not any("两大工程" in name for name in _entities(facts, "Event"))
    assert {"subject": "北京市总工会", "object": "运河公园项目部"} in _rels(facts, "visited")


def test_sports_and_arts_words_stay_in_an_event_name_and_its_venue_is_found():
    facts = _facts("标题\n\n本报讯（记者 王明）由怀柔区总工会主办的2024年职工围棋比赛在区体育馆拉开帷幕。"
                   "象棋赛在镇总工会多功能厅举行。\n")
    events = _entities(facts, "Event")
    assert "2024年职工围棋比赛" in events, "围棋 (tagged a verb) is part of the contest's name"
    assert {"entity": "2024年职工围棋比赛", "location": "区体育馆"} in _rels(facts, "located_in")
    assert "镇总工会多功能厅" in _entities(facts, "Location"), "a hall is a venue, not a body"


def test_a_theatre_hosting_a_final_is_a_place():
    facts = _facts("标题\n\n本报讯（记者 王明）首届职工歌手大赛决赛在北京长安大剧场举行，复赛在北京红星剧院举行。\n")
    assert {"北京长安大剧场", "北京红星剧院"} <= _entities(facts, "Location")


def test_places_jieba_knows_after_a_word_of_going_or_coming_from():
    facts = _facts("标题\n\n本报讯（记者 王明）老李今年50岁，来自涪陵，在工地干了十年。"
                   "该市地处大别山腹地。他一定要在确保安全的前提下干活。\n")
    places = _entities(facts, "Location")
    assert {"涪陵", "大别山"} <= set(places)
    assert "确保安全" not in places


def test_villages_in_a_list_and_a_quarter_jieba_splits():
    facts = _facts("标题\n\n本报讯（记者 王明）工会先后在柳树村、刘家村、周营村举办沟通会。"
                   "工作人员下沉到辖区鑫福里社区值守，沿运河西大街宣传。美丽乡村建设、驻村干部都来了。\n")
    places = _entities(facts, "Location")
    assert {"刘家村", "周营村", "鑫福里社区", "运河西大街"} <= set(places)
    assert not {"美丽乡村", "驻村"} & set(places)


def test_a_title_without_its_body_refers_to_the_body_named_just_before():
    facts = _facts("标题\n\n本报讯（记者 王明）该项目由朝阳区总工会宣传教育部承担，部长刘京介绍了进展。"
                   "通州区消防救援支队工会委员会日前成立，新当选的工会主席王沛表态发言。"
                   "和平医院的工会主席高明说，职工很满意。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "刘京", "org": "朝阳区总工会宣传教育部", "role": "部长"} in roles
    assert {"person": "王沛", "org": "通州区消防救援支队工会委员会", "role": "主席"} in roles
    assert not any(r["person"] == "高明" for r in roles), "某医院的工会主席: that hospital's union, never named"


def test_street_and_province_short_forms_take_the_article_s_place():
    facts = _facts("标题\n\n本报讯（记者 王明）海淀区学院路街道总工会开展活动，街道工委书记刘海东、"
                   "街道总工会副主席张红参加。福建省人大常委会副主任、省总工会主席陈明也来了。"
                   "各街道总工会要抓好落实。市建筑工会主席王强、市直机关工委书记李刚也来了。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "王强", "org": "北京市建筑工会", "role": "主席"} in roles, "市X in a paper of the home city"
    assert "市直机关工委" in _entities(facts, "Organization"), "市直 is a word of its own, no short form"
    assert {"person": "刘海东", "org": "学院路街道工委", "role": "书记"} in roles
    assert {"person": "张红", "org": "海淀区学院路街道总工会", "role": "副主席"} in roles
    assert {"person": "陈明", "org": "福建省总工会", "role": "主席"} in roles
    assert "街道总工会" not in _entities(facts, "Organization")


def test_a_commission_named_with_he_is_one_body_and_its_ranks_are_posts():
    facts = _facts("标题\n\n本报讯（记者 王明）北京市发展和改革委员会二级巡视员周健出席活动。"
                   "在区委区政府坚强领导和朝阳区总工会指导下，活动顺利开展。\n")
    orgs = _entities(facts, "Organization")
    assert "北京市发展和改革委员会" in orgs
    assert {"person": "周健", "org": "北京市发展和改革委员会", "role": "二级巡视员"} in _rels(facts, "holds_role")
    assert "朝阳区总工会" in orgs and not any("领导和" in o for o in orgs)


def test_a_registered_company_name_keeps_its_trade_name_and_a_body_acting_ends_its_name():
    facts = _facts("标题\n\n本报讯（记者 王明）据介绍，北京卓越混凝土有限公司此前没有工会。"
                   "北京建工集团安装分公司工会也来了。"
                   "东城区检察院设立工会后，西城区总工会发布倡议，动员机关干部和全区工会会员参与。\n")
    orgs = _entities(facts, "Organization")
    assert "北京卓越混凝土有限公司" in orgs and "北京" not in _entities(facts, "Location")
    assert "北京建工集团安装分公司工会" in orgs  # a branch after the group, no body acting
    assert {"东城区检察院", "西城区总工会"} <= orgs
    assert not any("设立" in o or "发布" in o or "和全区" in o for o in orgs)


def test_names_after_a_noun_describing_a_person_and_in_a_counted_list():
    facts = _facts("标题\n\n本报讯（记者 王明）全国五一劳动奖章获得者邵建斌，外来务工人员贾海庆，"
                   "先进个体工商户钟秋林，都来到现场。大会表彰了郑元、任振华等8人。"
                   "各科室负责人任成员，各成员单位参加，职工展风采。\n")
    persons = _entities(facts, "Person")
    assert {"邵建斌", "贾海庆", "钟秋林", "郑元", "任振华"} <= persons
    assert not {"任成员", "单位", "展风采"} & persons


def test_bodies_addressed_by_a_visit_and_a_commission_standing_alone():
    facts = _facts("延庆区总工会慰问一线职工\n\n本报讯（记者 王明）近日，按照市总工会要求，"
                   "对奋战在一线的卫健委、疾控中心等单位进行了专项慰问。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "延庆区总工会", "object": "卫健委"} in visits
    assert {"subject": "延庆区总工会", "object": "疾控中心"} in visits
    assert not any(v["subject"] == "北京市总工会" for v in visits)


def test_games_are_the_setting_and_not_a_part_of_a_longer_name():
    setting = _facts("标题\n\n本报讯（记者 王明）北京冬奥会期间朝阳区总工会组织开展慰问活动。"
                     "朝阳区总工会还参加了北京冬奥会。\n")
    assert "北京冬奥会" in _entities(setting, "Event") and "北京" not in _entities(setting, "Location")
    assert not any(r["event"] == "北京冬奥会" for t in ("organized", "participated_in") for r in _rels(setting, t))
    facts = _facts("标题\n\n本报讯（记者 王明）职工们阅读了冬奥会知识手册，又参加了迎接冬奥会冬残奥会倒计时系列活动。"
                   "一行人还走进世园会。\n")
    events = _entities(facts, "Event")
    assert not {"冬奥会", "冬残奥会"} & events and "世园会" in events


def test_speakers_a_meeting_held_at_a_hall_and_a_site_named_with_its_builder():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，海淀区总工会举办“劳动最光荣”先进事迹报告会。"
                   "全国劳动模范、环卫中心职工赵永刚，北京市劳动模范、公交公司司机钱立新分别做了事迹报告。"
                   "座谈会在海淀工人俱乐部举行。"
                   "“匠心筑梦”诗歌朗诵会在海淀区文化活动中心（梦想剧场）举行。"
                   "“同心向党”活动启动仪式在中铁六局北京城市副中心三期建设工地举行。\n")
    taking_part = _rels(facts, "participated_in")
    assert {"subject": "赵永刚", "event": "劳动最光荣"} in taking_part
    assert {"subject": "钱立新", "event": "劳动最光荣"} in taking_part
    located = _rels(facts, "located_in")
    assert {"entity": "匠心筑梦", "location": "海淀区文化活动中心"} in located
    assert {"entity": "同心向党", "location": "中铁六局北京城市副中心三期建设工地"} in located
    assert "海淀工人俱乐部" in _entities(facts, "Location")


def test_a_bare_head_after_ji_keeps_one_event_and_a_quoted_name_with_its_head_stands_alone():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，朝阳区召开职工创新工作室成果展暨表彰会。"
                   "朝阳区职工服务中心“职工心理关爱服务开放日”开展今年首次活动。"
                   "丰台区花乡地区总工会在各村举办“凝心工程、聚力工程”宣传。\n")
    events = _entities(facts, "Event")
    assert "职工创新工作室成果展暨表彰会" in events and "职工创新工作室成果展" not in events
    assert "职工心理关爱服务开放日" in events and not any("今年" in e for e in events)
    assert not any("、" in e for e in events)
    assert "丰台区花乡地区总工会" in _entities(facts, "Organization")


def test_a_township_party_committee_and_studios_named_after_their_leaders_belong_to_their_company():
    facts = _facts("标题\n\n本报讯（记者 王明）通州区永乐店镇党委书记贾文明陪同调研。"
                   "通州区表彰了北京华通电子有限公司的韩立新创新工作室和通州区环境卫生服务中心的赵五劳模创新工作室，"
                   "还有各单位的全员创新工作室。\n")
    assert {"person": "贾文明", "org": "通州区永乐店镇党委", "role": "书记"} in _rels(facts, "holds_role")
    parts = _rels(facts, "part_of")
    assert {"part": "韩立新创新工作室", "whole": "北京华通电子有限公司"} in parts
    assert {"part": "赵五劳模创新工作室", "whole": "通州区环境卫生服务中心"} in parts
    assert not any("全员" in o for o in _entities(facts, "Organization"))


def test_a_post_with_its_charge_and_counties_named_with_their_province():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，延庆区总工会党组书记、分管日常工作副主席孙立华带队走访企业。"
                   "来自河北丰宁、内蒙古兴和的农民工和甘肃职工参加活动，河北代表团也到场。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "孙立华", "org": "延庆区总工会", "role": "分管日常工作副主席"} in roles
    assert {"person": "孙立华", "org": "延庆区总工会", "role": "党组书记"} in roles
    places = _entities(facts, "Location")
    assert {"河北丰宁", "内蒙古兴和", "甘肃"} <= places
    assert not any("代表团" in p for p in places)


def test_a_visiting_party_stands_for_the_latest_visitors():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，市总工会副主席陈明一行到平谷区总工会调研。"
                   "调研组先后来到平谷区滨河街道职工服务站、北京平谷科技园，看望一线职工。"
                   "区总工会慰问组还来到北京京东物流有限公司。\n")
    visits = _rels(facts, "visited")
    for subject in ("北京市总工会", "陈明"):
        assert {"subject": subject, "object": "平谷区滨河街道职工服务站"} in visits
        assert {"subject": subject, "object": "北京平谷科技园"} in visits
        assert {"subject": subject, "object": "北京京东物流有限公司"} not in visits
    assert {"subject": "平谷区总工会", "object": "北京京东物流有限公司"} in visits


def test_a_chain_of_posts_in_three_bodies_and_a_deputy_mayor_is_no_officer_of_the_congress():
    facts = _facts("标题\n\n本报讯（记者 王明）北京市交通委党委委员、市运输办常务副主任、市出租协会党委书记、会长李明，"
                   "中国农林水利工会全国委员会主席、分党组书记王强出席。镇人大主席张振忠、副镇长贾武毅出席活动。"
                   "他主要办主任交办的事。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "李明", "org": "北京市交通委", "role": "党委委员"} in roles
    assert {"person": "李明", "org": "北京市运输办", "role": "常务副主任"} in roles
    assert {"person": "李明", "org": "北京市出租协会", "role": "会长"} in roles
    assert {"person": "王强", "org": "中国农林水利工会全国委员会", "role": "分党组书记"} in roles
    assert not any(r["person"] == "贾武毅" for r in roles)
    assert not any(o.startswith("主要") for o in _entities(facts, "Organization"))


def test_quoted_lists_years_and_places_of_events():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，在美丽的朝阳公园，石景山区总工会组织了2026年职工趣味运动会。"
                   "区总工会还开展了“午间读书会”“匠心讲堂”等系列读书活动，并把开展健步走作为一项长期活动。"
                   "与会人员参观了中铁三局项目部职工生活区和城建集团项目部职工小家。\n")
    events = _entities(facts, "Event")
    assert {"2026年职工趣味运动会", "午间读书会", "匠心讲堂"} <= events
    assert not any("作为" in e or "”“" in e for e in events)
    organized = _rels(facts, "organized")
    assert {"org": "石景山区总工会", "event": "匠心讲堂"} in organized
    assert {"entity": "2026年职工趣味运动会", "location": "朝阳公园"} in _rels(facts, "located_in")
    assert {"中铁三局项目部职工生活区", "城建集团项目部职工小家"} <= _entities(facts, "Location")


def test_a_union_congress_its_short_form_and_who_speaks_at_it():
    facts = _facts("标题\n\n本报讯（记者 王明）天津市工会第十五次代表大会在天津会议中心隆重开幕，天津市委书记张立，"
                   "全总党组书记、副主席王海等领导出席大会开幕式并讲话，天津市总工会主席刘强向大会作报告。"
                   "“我参加了天津工会十四大，这次又来到天津工会十五大。”大家学习中国工会十八大精神。\n")
    congress = next(e for e in facts.entities if e.type == "Event" and "天津工会十五大" in [e.name, *e.aliases])
    assert "天津市工会第十五次代表大会" in [congress.name, *congress.aliases]
    events = _entities(facts, "Event")
    assert not any("十四大" in e or "十八大" in e for e in events), "no full form printed: a set phrase"
    assert {"entity": congress.name, "location": "天津会议中心"} in _rels(facts, "located_in")
    taking_part = _rels(facts, "participated_in")
    for person in ("张立", "王海", "刘强"):
        assert {"subject": person, "event": congress.name} in taking_part
    assert {"person": "王海", "org": "中华全国总工会", "role": "副主席"} in _rels(facts, "holds_role")


def test_companies_counted_after_a_list_and_an_event_echoed_from_the_headline():
    facts = _facts("平谷区某镇职工趣味全民运动会\n\n本报讯（记者 王明）近日，平谷区某镇总工会在某公园举办全民运动会。"
                   "镇总工会组织京西现代、京西奔驰、燕山动力三个企业参加，为举办2030年世界休闲大会营造氛围。"
                   "赛前开展了岗位练兵、赛前培训。来自燕山股份的选手李强获胜，劳动午报记者到场。\n")
    bodies = _entities(facts, "Organization")
    assert {"京西现代", "京西奔驰", "燕山动力", "燕山股份", "劳动午报"} <= bodies
    event = next(e for e in facts.entities if e.type == "Event" and e.name == "全民运动会")
    assert "平谷区某镇职工趣味全民运动会" in event.aliases
    taking_part = _rels(facts, "participated_in")
    assert {"subject": "京西奔驰", "event": "全民运动会"} in taking_part
    assert not any("休闲大会" in r["event"] for r in _rels(facts, "organized"))
    assert not any("练兵" in e for e in _entities(facts, "Event"))


def test_abbreviations_inside_names_counted_teams_and_new_unions_are_no_bodies():
    facts = _facts("标题\n\n本报讯（记者 王明）参观北大红楼后，全总党组书记王海讲话。"
                   "今年全区新建工会12家，各乡镇的30只代表队参加比赛。\n")
    bodies = _entities(facts, "Organization")
    assert "中华全国总工会" in bodies and "北京大学" not in bodies
    assert not any("新建" in b or "代表队" in b for b in bodies)


def test_a_visit_by_a_titled_person_to_a_list_and_a_village_party_branch():
    facts = _facts("标题\n\n本报讯（记者 王明）门头沟区总工会开展专项慰问，该区总工会党组成员、副主席郭燕带队到区公安分局、"
                   "区卫健委等单位慰问。区总工会副主席李红到北京同仁医院慰问。李红一行还调研了雁翅镇村史馆，"
                   "雁翅镇太子墓村党支部书记胡凤才介绍情况。劳模们感谢区委区政府的关心。\n")
    visits = _rels(facts, "visited")
    for place in ("门头沟区公安分局", "门头沟区卫健委"):
        assert {"subject": "门头沟区总工会", "object": place} in visits
        assert {"subject": "郭燕", "object": place} in visits
    assert {"subject": "李红", "object": "北京同仁医院"} in visits
    assert not any(v["object"].endswith("党支部") for v in visits)
    assert {"person": "胡凤才", "org": "雁翅镇太子墓村党支部", "role": "书记"} in _rels(facts, "holds_role")
    bodies = _entities(facts, "Organization")
    assert {"门头沟区委", "门头沟区政府"} <= bodies and not any("党组成员" in b for b in bodies)


def test_a_bare_company_head_names_the_company_of_its_union_and_a_vice_chair_follows_the_union_chair():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，北京住总集团公司工会开展“送温暖”活动。集团公司党委常委、工会主席徐明，"
                   "副主席刘冬一行来到冬奥村第三标段项目部。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "徐明", "org": "北京住总集团公司", "role": "党委常委"} in roles
    assert {"person": "徐明", "org": "北京住总集团公司工会", "role": "主席"} in roles
    assert {"person": "刘冬", "org": "北京住总集团公司工会", "role": "副主席"} in roles
    visits = _rels(facts, "visited")
    for subject in ("北京住总集团公司工会", "徐明", "刘冬"):
        assert {"subject": subject, "object": "冬奥村第三标段项目部"} in visits


def test_the_actor_is_named_in_the_nearest_clause_and_never_after_a_preposition():
    facts = _facts("标题\n\n作为南城区总工会“送温暖”系列活动之一，1月17日上午，南城区温暖基金会联合南城区交通工会，"
                   "来到南城公交集团慰问职工。南城区工会干部学院围绕南城区总工会重点工作安排，组织实施了“匠心筑梦”专场培训。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "南城区温暖基金会", "object": "南城公交集团"} in visits
    assert not any(v["subject"] == "南城区总工会" for v in visits)
    organized = _rels(facts, "organized")
    assert {"org": "南城区工会干部学院", "event": "匠心筑梦"} in organized
    assert {"org": "南城区总工会", "event": "匠心筑梦"} not in organized


def test_places_between_zai_and_a_verb_of_taking_place_or_after_a_visit_whatever_jieba_reads():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，某镇总工会在李庄休闲健身公园举办职工趣味运动会。"
                   "职工们骑行来到漕运遗址，参观了某公司总部一层展厅，又于琉璃庙镇白河湾栈道举行健步走活动。\n")
    places = _entities(facts, "Location")
    assert {"李庄休闲健身公园", "漕运遗址"} <= places
    assert not any("展厅" in p or p == "琉璃庙镇白河湾栈道" for p in places)
    assert {"entity": "职工趣味运动会", "location": "李庄休闲健身公园"} in _rels(facts, "located_in")


def test_the_development_zone_short_form_a_phase_in_brackets_and_a_company_headquarters():
    facts = _facts("标题\n\n本报讯（记者 王明）经开区总工会举办职工健步走活动，职工从南海子公园(二期)出发。"
                   "区总工会一行还来到新浪公司总部走访调研。\n")
    assert {"北京经济技术开发区总工会", "新浪公司"} <= _entities(facts, "Organization")
    assert "南海子公园(二期)" in _entities(facts, "Location")


def test_a_party_that_goes_to_a_list_of_places_and_a_construction_site():
    facts = _facts("标题\n\n本报讯（记者 王明）海淀区总工会副主席林志军等一行先后到中关村软件园、北京理工大学和新浪公司总部走访调研。"
                   "市总工会副主席尚祖国一行来到中铁六局丰台站改建工程施工现场，看望一线职工。\n")
    visits = _rels(facts, "visited")
    for place in ("中关村软件园", "北京理工大学", "新浪公司"):
        assert {"subject": "林志军", "object": place} in visits
    assert any(v["subject"] == "尚祖国" and v["object"].endswith("丰台站改建工程施工现场") for v in visits)


@pytest.mark.parametrize("text, absent", [
    ("区总工会走访了困难职工所在的小区，又来到了附近的公园，送去慰问品。", ("小区", "公园")),
    ("来自河北宏达的选手获得冠军。", ("河北宏达",)),
    ("中建一局2个项目部获评先进。", ()),
])
def test_phrases_trade_names_and_counted_units_are_no_places(text, absent):
    facts = _facts(f"标题\n\n本报讯（记者 王明）{text}\n")
    places = _entities(facts, "Location")
    assert not any(a in p for p in places for a in absent)
    if "中建一局" in text:
        assert "中建一局" in _entities(facts, "Organization")


def test_activities_named_with_he_a_reporters_party_and_two_unions_of_companies():
    facts = _facts("标题\n\n本报讯（记者 王明）近日，市总工会副主席陈明一行到平谷区总工会调研。"
                   "记者一行来到北京京东物流有限公司。区总工会开展了和谐劳动关系创建活动。"
                   "北京城建集团公司工会和北京住总集团公司工会慰问职工，集团公司党委常委徐明出席。"
                   "区人大常委会主任张伟，副主任李强出席。天津市工会第十五次代表大会开幕，北京工会十五大代表也来了。\n")
    assert not any(v["object"] == "北京京东物流有限公司" for v in _rels(facts, "visited"))
    assert "和谐劳动关系创建活动" in _entities(facts, "Event")
    assert not any(r["person"] == "徐明" and r["org"].startswith("北京") for r in _rels(facts, "holds_role"))
    assert {"person": "李强", "org": "平谷区人大常委会", "role": "副主任"} in _rels(facts, "holds_role")
    assert not any("北京工会十五大" in e for e in _entities(facts, "Event"))


def test_a_short_insert_in_brackets_or_a_hyphen_stays_inside_a_name():
    facts = _facts("标题\n\n本报讯（记者 张欣）昨天，东城区职工服务(援助)中心和华联-汇丰商贸有限公司联合举办了"
                   "第五届委员会第三次全体(扩大)会议。会上，中心主任张伟(左)向劳模李强颁奖。\n")
    orgs = _entities(facts, "Organization")
    assert "东城区职工服务(援助)中心" in orgs
    assert "华联-汇丰商贸有限公司" in orgs
    assert any(e.endswith("全体(扩大)会议") for e in _entities(facts, "Event"))
    assert "张伟" in _entities(facts, "Person")
    assert not any("(左)" in name for e in facts.entities for name in [e.name, *e.aliases])


def test_departments_of_the_city_union_named_in_short():
    facts = _facts("标题\n\n本报讯（记者 张欣）北京市总工会举办培训，市总宣教部部长王海涛介绍了情况。\n")
    assert {"person": "王海涛", "org": "北京市总工会宣教部", "role": "部长"} in _rels(facts, "holds_role")
    assert {"part": "北京市总工会宣教部", "whole": "北京市总工会"} in _rels(facts, "part_of")


def test_a_district_gone_to_for_an_errand_is_visited_but_not_one_that_locates_a_place():
    facts = _facts("市总工会赴怀柔区开展调研\n\n本报讯（记者 张欣）3月5日，北京市总工会副主席王强带队，"
                   "由市总权益部部长李军、市总法律服务中心主任赵敏等组成调研组，到怀柔区开展职工服务工作调研。"
                   "随后，王强一行到怀柔区雁栖镇北京鸿雁科技有限公司慰问职工。\n")
    visits = _rels(facts, "visited")
    for visitor in ("北京市总工会", "王强", "李军", "赵敏"):
        assert {"subject": visitor, "object": "怀柔区"} in visits
    assert not any(v["subject"].endswith("权益部") for v in visits), "the members' departments do not visit"
    assert sum(v["object"] == "怀柔区" for v in visits) == 4, "the second visit names a place inside the district"
    assert {"subject": "王强", "object": "北京鸿雁科技有限公司"} in visits


def test_a_headline_district_is_no_visit():
    facts = _facts("区总工会赴平谷开展结对慰问\n\n本报讯（记者 张欣）近日，海淀区总工会主席李伟一行前往平谷区金海湖镇上宅村，开展结对帮扶。\n")
    assert not any(v["object"] in ("平谷", "平谷区") for v in _rels(facts, "visited"))


def test_ceremonies_and_founding_meetings_are_events():
    facts = _facts("标题\n\n本报讯（记者 张欣）近日，在位于顺义区的北京绿源物业有限公司职工书画社成立大会上，"
                   "会员们共同宣誓。中建二局某项目举行农民工集中入会仪式。\n")
    events = _entities(facts, "Event")
    assert "职工书画社成立大会" in events
    assert "农民工集中入会仪式" in events
    assert {"org": "北京绿源物业有限公司", "event": "职工书画社成立大会"} in _rels(facts, "organized")


def test_a_party_going_to_sites_listed_with_an_epithet_visits_each():
    facts = _facts("标题\n\n本报讯（记者 张欣）平谷区总工会主席王兰、副主席刘杰一行先后到大桃产业园建设工地、"
                   "“京平通道”——京平高速改建工地和金海湖水厂，慰问一线职工。\n")
    visits = _rels(facts, "visited")
    for site in ("大桃产业园建设工地", "京平高速改建工地"):
        for visitor in ("平谷区总工会", "王兰", "刘杰"):
            assert {"subject": visitor, "object": site} in visits


def test_a_declared_short_form_stays_whole_and_names_the_union_and_its_event():
    facts = _facts("标题\n\n本报讯（记者 张欣）近日，北京燃气集团有限责任公司(以下简称“燃气集团”)工会在朝阳体育中心"
                   "举办了燃气集团工会第三届职工乒乓球比赛。燃气集团工会主席刘明致辞，第三届职工乒乓球赛随即开赛。\n")
    union = facts.entity("燃气集团工会")
    assert union is not None and union.name == "北京燃气集团有限责任公司工会"
    assert {"person": "刘明", "org": "北京燃气集团有限责任公司工会", "role": "主席"} in _rels(facts, "holds_role")
    contest = facts.entity("第三届职工乒乓球比赛")
    assert contest is not None and "燃气集团工会第三届职工乒乓球比赛" in contest.forms, "the organiser's form is an alias"
    assert facts.entity("第三届职工乒乓球赛") is contest, "比赛 written short as 赛 is the same contest"


def test_a_party_from_two_bodies_brings_both_bodies():
    facts = _facts("标题\n\n本报讯（记者 张欣）1月20日，北京市总工会副主席李刚，北京市商贸工会副主席王芳、"
                   "赵亮一行到北京首农集团承建的京南物流园二期工程现场开展慰问。\n")
    visits = _rels(facts, "visited")
    for visitor in ("北京市总工会", "北京市商贸工会", "李刚", "王芳", "赵亮"):
        assert {"subject": visitor, "object": "京南物流园二期工程"} in visits
    assert not any(v["object"] == "北京首农集团" for v in visits), "the builder is not what they went to"


def test_a_unit_printed_after_its_company_is_a_body_of_its_own():
    facts = _facts("标题\n\n本报讯（记者 张欣）北京公交集团第三客运分公司望京站区党支部副书记、站区长孙丽介绍，"
                   "全总文工团副团长刘洋和西城区总工会办公室主任郑华参加。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "孙丽", "org": "望京站区", "role": "站区长"} in roles
    assert {"person": "孙丽", "org": "望京站区", "role": "党支部副书记"} in roles
    assert {"part": "望京站区", "whole": "北京公交集团第三客运分公司"} in _rels(facts, "part_of")
    assert {"person": "刘洋", "org": "中华全国总工会文工团", "role": "副团长"} in roles
    assert {"person": "郑华", "org": "西城区总工会办公室", "role": "主任"} in roles


def test_a_quoted_event_echoed_by_its_last_words_is_one_event_with_its_organisers():
    facts = _facts("“骑游京郊，乐享生活”自行车骑行活动举行\n\n本报讯（记者 张欣）4月20日，“骑游京郊，乐享生活”自行车骑行活动"
                   "在顺义区奥林匹克水上公园举行。本次骑行活动由顺义区总工会主办，顺义区体育局协办。\n")
    events = [e for e in facts.entities if e.type == "Event"]
    assert len(events) == 1, [e.name for e in events]
    organized = _rels(facts, "organized")
    assert {"org": "顺义区总工会", "event": events[0].name} in organized
    assert {"org": "顺义区体育局", "event": events[0].name} in organized


def test_a_bare_chair_in_a_later_sentence_is_an_officer_of_the_union_named_before():
    facts = _facts("标题\n\n本报讯（记者 张欣）怀柔区雁栖镇总工会积极行动。3月2日，副主席李红带队慰问辖区部分企业工会。\n")
    assert {"person": "李红", "org": "怀柔区雁栖镇总工会", "role": "副主席"} in _rels(facts, "holds_role")
    assert not any("部分" in e.name for e in facts.entities), "some of the unions name no body"


def test_credits_closing_the_text_with_their_outlet():
    facts = _facts("标题\n\n近日，区总工会开展慰问活动，送去节日祝福。（劳动午报记者 赖明）\n")
    assert {"person": "赖明"} in [dict(r.args) for r in facts.relations if r.type == "byline"]
    facts = _facts("标题\n\n近日，区总工会开展慰问活动，送去节日祝福。（工人日报客户端记者 傅强 萧琳）\n")
    bylines = [r.args["person"] for r in facts.relations if r.type == "byline"]
    assert "傅强" in bylines and "萧琳" in bylines


def test_a_titled_person_then_a_comma_then_the_visit():
    facts = _facts("标题\n\n本报讯（记者 张欣）近日，顺义区政协副主席、区总工会主席刘红，来到仁和镇临河村，看望慰问防疫人员。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "刘红", "object": "临河村"} in visits
    assert {"subject": "顺义区总工会", "object": "临河村"} in visits
    assert not any(v["subject"] == "顺义区政协" for v in visits)


def test_gardens_and_forest_farms_are_places():
    facts = _facts("标题\n\n本报讯（记者 张欣）3月6日，北京城建集团工会组织女职工80余人来到北京植物园开展插花活动。"
                   "健步走活动在通州区西集林场举行。\n")
    places = _entities(facts, "Location")
    assert "北京植物园" in places and "通州区西集林场" in places
    assert {"subject": "北京城建集团工会", "object": "北京植物园"} in _rels(facts, "visited")


def test_a_name_goes_on_after_its_declared_short_form():
    facts = _facts("标题\n\n本报讯（记者 张欣）北京城市排水集团有限责任公司（以下简称“排水集团”）工会在集团礼堂召开会员大会。\n")
    assert "北京城市排水集团有限责任公司工会" in _entities(facts, "Organization")
    assert {"part": "北京城市排水集团有限责任公司工会", "whole": "北京城市排水集团有限责任公司"} in _rels(facts, "part_of")


def test_a_leader_and_companions_from_another_company_visit_a_company_described_before_its_name():
    facts = _facts("标题\n\n本报讯（记者 张欣）近日，杨镇总工会主席刘军带队，与镇域内未建会企业北京恒达包装有限公司"
                   "总经理陈亮、副总经理孙悦等一行6人，到区内建会示范企业北京博瑞电子有限公司参观学习。\n")
    visits = _rels(facts, "visited")
    for visitor in ("杨镇总工会", "刘军", "北京恒达包装有限公司", "陈亮", "孙悦"):
        assert {"subject": visitor, "object": "北京博瑞电子有限公司"} in visits


def test_a_known_place_ends_a_run_of_words_jieba_misreads():
    facts = _facts("标题\n\n本报讯（记者 张欣）职工们沿着绿道骑行，领略当下北京城市副中心的美丽。"
                   "各区要大力加强职工书屋建设，全市示范性职工书屋达到200家。北京电力公司职工书屋正式开放。\n")
    places = _entities(facts, "Location")
    assert "北京城市副中心" in places
    assert not any(p.startswith(("领略", "大力", "示范性")) for p in places), places
    assert "北京电力公司职工书屋" in places, "a reading room named by its body is a place"


def test_courts_and_regions_are_places():
    facts = _facts("标题\n\n本报讯（记者 张欣）比赛在望京南区室外篮球场举行，来自京津冀三地的职工参赛。\n")
    places = _entities(facts, "Location")
    assert "望京南区室外篮球场" in places and "京津冀" in places


def test_attendees_listed_with_unnamed_groups_among_them_take_part():
    facts = _facts("标题\n\n本报讯（记者 张欣）5月8日，首届通州工匠表彰大会在通州区文化馆举行。通州区总工会主席赵明，"
                   "通州区人社局局长孙伟，30名通州工匠，以及各省区市总工会代表、区产改小组成员单位负责同志等出席大会。\n")
    takers = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"赵明", "孙伟"} <= takers
    assert not any("省区市" in e.name for e in facts.entities), "unions of every province are no one body"


def test_a_character_of_both_scripts_is_converted_only_in_a_traditional_text():
    from newskg.extract.script import simplified
    assert simplified("乾元电子公司工会") == "乾元电子公司工会"  # 乾 of 乾坤 is a simplified character too
    assert simplified("位於乾元電子公司") == "位于干元电子公司"  # in a traditional text it is 干


def test_the_new_rules_keep_off_what_they_do_not_mean():
    def names(text):
        facts = _facts("标题\n\n本报讯（记者 张欣）" + text + "\n")
        return {e.name for e in facts.entities}, facts
    found, facts = names("海淀区总工会开展慰问。区政协召开会议，副主席李红出席。")
    assert not any(r["person"] == "李红" for r in _rels(facts, "holds_role")), "a nearer body may be meant"
    found, _ = names("北京祥龙公交客运有限公司（以下简称“公司”）举办活动，北京汽车集团有限公司工会也参加。")
    assert "北京汽车集团有限公司工会" in found, "a generic short form cuts no other name"
    found, _ = names("北京水务投资中心（以下简称“水投中心”）工会工作成效显著。")
    assert "北京水务投资中心工会" not in found, "工会工作 is the work, no body"
    found, _ = names("区总工会主席李强一行先后到达京南物流园二期工程工地慰问。")
    assert not any(n.startswith("达") for n in found)
    found, facts = names("区总工会主席李强来到朝阳区为民服务中心看望职工。")
    assert not any(v["object"] == "朝阳区" for v in _rels(facts, "visited"))
    found, _ = names("海淀区总工会-中关村科技园区工会联合会举办活动。")
    assert {"海淀区总工会", "中关村科技园区工会联合会"} <= found, "a hyphen between two bodies joins nothing"


def _article(text):
    return _facts("标题\n\n本报讯（记者 张欣）" + text + "\n")


def test_a_set_phrase_of_two_nouns_stays_inside_a_body_name():
    facts = _article("天津市冬季运动训练中心主任王明介绍，中心有百余名运动员。")
    assert {"person": "王明", "org": "天津市冬季运动训练中心", "role": "主任"} in _rels(facts, "holds_role")


@pytest.mark.parametrize("sentence, found, not_found", [
    # a verb that ends a clause starts the name after it
    ("新成立的母婴关爱室位于金海湖镇政府后楼三层。", {"金海湖镇政府"}, {"母婴关爱室位于金海湖镇政府"}),
    ("北京建成大学工会举办活动。", {"北京建成大学工会"}, set()),  # (a name with such a word in it)
    ("虽然条件有限，但中心仍然开辟出一片空间。", set(), {"但中心"}),  # a conjunction
    ("走进这处职工之家，一部新电视摆在墙边。", set(), {"处职工之家", "一部"}),  # measure words
    ("会员来得多了。", set(), {"来得多"}),  # a particle in no given name
    ("获得北京市优秀工会工作者荣誉的职工受表彰。", set(), {"荣誉"}),  # a frequent word after a description
    ("会上，公司向主席介绍了情况。全体党员向书记表示感谢。", set(), {"公司向", "党员向"}),  # no body before the name
    # words after a title that are no names: a preposition, an adverb, words jieba's dictionary tags as names
    ("落实总书记关于新就业形态的论述。干部陆续到岗。选手晋级决赛。送去对劳模关怀和祝福。", set(),
     {"关于新", "陆续", "晋级", "关怀", "祝福"}),
    # a teacher after the name, a cadre or a worker in need before it
    ("科研团成员张立老师授课。工会干部刘明出席。区领导慰问困难职工王芳。", {"张立", "刘明", "王芳"}, set()),
    ("平谷区委党校教职工参加比赛。远航公司工会组织进行了乒乓球比赛。", {"平谷区委党校", "乒乓球比赛"},
     {"进行了乒乓球比赛"}),
    ("记者来到永乐园户外劳动者之家。", {"永乐园户外劳动者之家"}, set()),
    # a common word that ends in a head, a common noun before a given name, a count before an event
    ("建立工会给企业带来的益处很多。参观了劳模文化墙、书画室。它是全市10家市级职工沟通会教学点之一。",
     {"市级职工沟通会"}, {"益处", "文化墙", "10家市级职工沟通会"}),
])
def test_what_starts_or_ends_a_name(sentence, found, not_found):
    names = {e.name for e in _article(sentence).entities}
    assert found <= names and not not_found & names, names


def test_persons_leading_a_party_with_others_visit():
    facts = _article("市总工会女职工部部长刘芳，华远集团工会副主席、女职工委员会主任陈静与各企业女工负责人"
                     "一行20人来到京华物流公司参观。")
    visitors = {v["subject"] for v in _rels(facts, "visited") if v["object"] == "京华物流公司"}
    assert {"刘芳", "陈静"} <= visitors, visitors


@pytest.mark.parametrize("sentence, expected", [
    ("市总工会副主席李明一行走访环卫企业。在新华印刷公司的职工之家，李明详细询问了职工的收入。",
     {("李明", "新华印刷公司")}),
    ("春节前夕，工会开展慰问。在京华物流公司，海淀区总工会为职工送来了慰问品。", {("海淀区总工会", "京华物流公司")}),
    # a host explains, the place's own manager inspects it, a helper helps: nobody went there
    ("春节前夕，工会开展慰问。在京华物流公司，公司经理王强介绍了企业概况。", set()),
    ("春节前夕，工会开展慰问。在京华物流公司，总经理刘建国检查了安全生产工作。", set()),
    ("春节前夕，工会开展慰问。在京华物流公司的帮助下，海淀区总工会为职工送来了慰问品。", set()),
    ("春节前夕，工会开展慰问。在京华物流公司，京华物流公司工会为职工送来了慰问品。", set()),
])
def test_a_sentence_opening_at_a_place_tells_who_went_there(sentence, expected):
    visits = {(v["subject"], v["object"]) for v in _rels(_article(sentence), "visited")}
    assert visits == expected


def test_a_name_printed_between_its_body_and_its_post_holds_the_post():
    facts = _article("开幕式上，北京印刷工会薛琳副主席表示，工会将继续办好活动。")
    assert {"person": "薛琳", "org": "北京印刷工会", "role": "副主席"} in _rels(facts, "holds_role")


def test_courts_halls_and_bases_are_places_and_a_debut_is_no_event_name():
    facts = _article("比赛在远航科技篮球馆举行，位于延庆的北京市冰雪训练基地也将投入使用。"
                     "三分之一的队伍是首次亮相首都职工拔河比赛。")
    places = _entities(facts, "Location")
    assert {"远航科技篮球馆", "北京市冰雪训练基地"} <= places, places
    assert not any(e.name.startswith("亮相") for e in facts.entities)


def test_a_body_named_without_its_district_is_the_one_the_page_names_with_it(tmp_path):
    _, second = _page_articles(tmp_path, "丰台区新村街道总工会慰问职工\n\n本报讯（记者 张欣）近日，丰台区新村街道总工会开展慰问。"
                                         "\n\n送清凉进工地\n\n新村街道总工会为建筑工人送去防暑用品。\n")
    union = next(e for e in second.entities if e.name.endswith("新村街道总工会"))
    assert union.name == "丰台区新村街道总工会" and "新村街道总工会" in union.aliases


def test_an_honour_or_a_kind_of_room_is_no_place():
    facts = _article("这里被评为北京市模范职工之家，是北京市级示范点，设有棋牌室和多功能厅。")
    places = _entities(facts, "Location")
    assert not {"北京市模范职工之家", "模范职工之家", "多功能厅", "北京市"} & places, places


@pytest.mark.parametrize("sentence, event, place", [
    ("“墨韵”职工书画作品展开幕式在北京劳动人民文化宫东配殿展厅开幕。", "墨韵", "东配殿展厅"),
    ("龙山街道总工会在南华园五区小区内开展职工健步走活动。", "职工健步走活动", "南华园五区"),
    ("阎村镇总工会在阎村科技园举办职工沟通现场会。", "职工沟通现场会", "阎村科技园"),
])
def test_an_event_takes_place_at_the_innermost_place_named(sentence, event, place):
    facts = _article(sentence)
    located = _rels(facts, "located_in")
    assert any(event in r["entity"] and r["location"] == place for r in located), located


def test_a_venue_whose_word_after_it_only_starts_like_a_post_stays_a_place():
    facts = _article("大会在京华体育馆举行，领导在京华体育馆主席台就座。")
    assert "京华体育馆" in _entities(facts, "Location"), "主席台 is a platform, not a chair of the venue"


def test_officers_make_a_body_of_a_venue_and_of_a_unions_owner():
    facts = _article("东城区职工文化宫主任王怀远介绍了情况。全总艺术团副团长(挂职)王忠出席。"
                     "京控置业工会服务职工。京控置业党委书记、工会主席赵建国陪同。")
    roles = _rels(facts, "holds_role")
    assert {"person": "王怀远", "org": "东城区职工文化宫", "role": "主任"} in roles
    assert any(r["person"] == "王忠" and r["role"] == "副团长" for r in roles), roles
    assert {"person": "赵建国", "org": "京控置业", "role": "党委书记"} in roles
    assert {"part": "京控置业工会", "whole": "京控置业"} in _rels(facts, "part_of")


def test_a_union_before_one_of_its_terms_and_a_full_name_after_its_short_form():
    facts = _article("远达发行集团有限责任公司（以下简称“远达发行集团”）召开大会。大会审议了远达发行集团工会"
                     "第二届委员会工作报告。远达发行集团有限责任公司董事长李强讲话。")
    names = {e.name for e in facts.entities}
    assert "远达发行集团工会" in names or any("远达发行集团工会" in e.aliases for e in facts.entities), names
    assert not any("有限责任公司有限责任公司" in n for n in names), names


def test_a_list_of_places_gone_to_names_each_and_the_party_goes_on():
    facts = _article("海淀区总工会副主席林志军等一行先后到软件园工会服务站、远航大厦和京华科技公司总部走访调研。"
                     "随后，来到京华物流公司，送上慰问品。")
    visits = _rels(facts, "visited")
    for place in ("软件园工会服务站", "京华科技公司", "京华物流公司"):
        assert {"subject": "林志军", "object": place} in visits, visits


def test_a_date_character_jieba_splits_off_stays_in_the_name():
    facts = _article("5日下午，区总工会来到张家湾镇乾日安全科技公司慰问职工。")
    assert "乾日安全科技公司" in _entities(facts, "Organization")
    assert not any(e.name.startswith("日") for e in facts.entities)




@pytest.mark.parametrize("sentence, not_found", [
    ("区总工会主席李明一行来到了三个项目部、五家企业和两所学校调研。", {"三个项目部", "两所学校"}),
    ("区总工会主席李明一行来到新建成的职工服务站、职工书屋和母婴室参观。", {"新建成的职工服务站", "职工书屋"}),
    ("京华物流工会开展活动。京华物流园区职工参加。", {"京华物流"}),  # the owner inside a longer word
    ("城市轨道交通工会开展活动。城市轨道交通建设很快。", {"城市轨道交通"}),  # a trade's union
])
def test_lists_of_places_and_owners_of_unions_make_no_kinds_counts_or_trades(sentence, not_found):
    names = {e.name for e in _article(sentence).entities}
    assert not not_found & names, names


def test_a_township_listed_among_units_stays_a_place():
    facts = _article("活动已在光明街道、顺丰快递、马坡镇等5家单位开展。")
    places = _entities(facts, "Location")
    assert {"光明街道", "马坡镇"} <= places, places


def test_full_time_and_resident_union_posts_keep_their_qualifier():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，和平里街道总工会开展慰问。街道总工会专职副主席"
                   "林小雨带领工作人员来到驿站，区总工会驻会副主席高志强参加。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "林小雨", "org": "和平里街道总工会", "role": "专职副主席"} in roles
    assert any(r["person"] == "高志强" and r["role"] == "驻会副主席" for r in roles)


def test_official_names_joined_by_he_stay_one_body():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，艺术节由市总工会、市文化和旅游局联合主办。"
                   "市规划和自然资源委员会、区人力资源和社会保障局派员参加。\n")
    bodies = _entities(facts, "Organization")
    assert {"北京市文化和旅游局", "北京市规划和自然资源委员会"} <= bodies
    assert not {"旅游局", "北京市旅游局", "自然资源委员会"} & bodies


def test_a_preposition_before_a_body_is_no_surname():
    facts = _facts("标题\n\n本报讯（记者 陈曦）由德胜街道总工会主办的“和谐德胜”职工羽毛球比赛近日落幕。\n")
    assert "德胜街道总工会" in _entities(facts, "Organization")
    assert {"org": "德胜街道总工会", "event": "和谐德胜"} in _rels(facts, "organized")


def test_a_count_of_several_events_or_kinds_names_none():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，朝阳区总工会举办“快乐工间”职工健身比赛。该工会已经成功举办了"
                   "三届职工乒乓球比赛，今年还面向全区开展了6大类市级示范项目。区总工会将持续开展带有“工”字特征的职工文体活动。\n")
    events = _entities(facts, "Event")
    assert "快乐工间" in events
    assert not any(e.startswith(("三届", "6大类")) or e.endswith(("示范项目", "乒乓球比赛")) or e == "职工文体活动"
                   for e in events), events
    edition = _facts("标题\n\n本报讯（记者 陈曦）近日，十四届“和谐杯”职工运动会在朝阳区开幕。\n")
    assert "和谐杯" in _entities(edition, "Event"), "an edition number after a pause is the edition"


def test_an_event_printed_with_and_without_its_quoted_theme_is_one():
    facts = _facts("2025年延庆职工工间操比赛举行\n\n本报讯（记者 马超）近日，延庆区总工会举办2025年“奋进新时代 劳动创未来”"
                   "延庆职工工间操比赛，15支代表队参赛。\n")
    events = [e for e in facts.entities if e.type == "Event"]
    assert len(events) == 1, [(e.name, e.aliases) for e in events]
    assert {"org": "延庆区总工会", "event": events[0].name} in _rels(facts, "organized")


def test_a_district_union_said_short_without_zong_is_the_district_union():
    facts = _facts("标题\n\n本报讯（记者 白莹）海淀区总工会近日举办摄影展。区工会将继续为职工搭建文化平台。\n")
    bodies = [e for e in facts.entities if e.type == "Organization"]
    assert [(e.name, e.aliases) for e in bodies] == [("海淀区总工会", ["区工会"])]


def test_village_names_in_ge_zhuang_and_short_forms_of_associations():
    facts = _facts("标题\n\n本报讯（记者 马超）近日，平谷区总工会举办运动会，靠山集村代表队和东马各庄村代表队分别获得"
                   "冠军。比赛采用中国羽协审定的规则。\n")
    bodies = _entities(facts, "Organization")
    assert {"东马各庄村代表队", "靠山集村代表队", "中国羽协"} <= bodies


def test_a_body_that_opens_a_clause_and_wins_a_place_competed():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，经开区总工会举办“博大杯”职工足球联赛。经过激烈的角逐，北汽李尔捧得"
                   "联赛冠军奖杯，中芯京城荣获季军，选手王大明获得最佳射手，该队获得亚军。\n")
    bodies = _entities(facts, "Organization")
    assert {"北汽李尔", "中芯京城"} <= bodies
    assert not {"该队", "选手王大明", "王大明"} & bodies
    assert {"subject": "北汽李尔", "event": "博大杯"} in _rels(facts, "participated_in")


def test_attendees_with_party_posts_a_name_before_an_adverb_and_leaders_listed_with_deng():
    facts = _facts("标题\n\n本报讯（记者 陈曦）北京朝阳医院工会召开第八届会员代表大会第三次全体会议。北京朝阳医院党委书记"
                   "张国强、党委专职副书记徐海鸥、纪委书记徐小征出席本次会议。新当选的工会主席葛文彤郑重表态。"
                   "会议传达了蔡奇、李玉赋、陈吉宁等领导的讲话精神。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "徐海鸥", "org": "北京朝阳医院", "role": "党委专职副书记"} in roles
    assert {"person": "徐小征", "org": "北京朝阳医院", "role": "纪委书记"} in roles
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"张国强", "徐海鸥", "徐小征"} <= taking_part
    assert {"葛文彤", "蔡奇", "李玉赋", "陈吉宁"} <= _entities(facts, "Person")


def test_a_post_with_a_note_and_a_list_of_names_that_goes_on_with_a_body():
    facts = _facts("标题\n\n本报讯（记者 陈曦）全总文工团副团长(挂职)王忠，设计总院工会主席孟欣、党群工作部负责人"
                   "张晓翠出席。她希望青岛分公司工会要全面履行工会的各项职能。\n")
    persons = _entities(facts, "Person")
    assert {"王忠", "孟欣", "张晓翠"} <= persons and "党群工" not in persons
    assert any(r["person"] == "王忠" and r["role"] == "副团长" for r in _rels(facts, "holds_role"))
    assert not any("履行" in name for name in _entities(facts, "Organization"))


def test_verbs_before_an_edition_and_a_complement_after_the_verb_are_not_in_the_event():
    facts = _facts("标题\n\n本报讯（记者 陈曦）6月21日，北师大召开教代会执委会会议，研究部署第七届教代会暨第十五次工代会"
                   "第二次会议筹备工作。会议要求扎实开展好“能力提升年”主题活动。\n")
    events = _entities(facts, "Event")
    assert "第七届教代会暨第十五次工代会第二次会议" in events
    assert "能力提升年" in events and not any(e.startswith(("研究", "好")) for e in events), events


def test_bodies_named_after_dui_and_a_count_of_units_are_visited():
    facts = _facts("标题\n\n本报讯（记者 马超）会上，市建筑工会对中建一局、住总集团等8家参建单位进行了集中慰问，送去了慰问金。\n")
    visits = _rels(facts, "visited")
    assert {"subject": "北京市建筑工会", "object": "中建一局"} in visits
    assert {"subject": "北京市建筑工会", "object": "住总集团"} in visits


def test_the_bare_city_committee_is_the_home_citys_and_a_mayor_is_not_its_officer():
    facts = _facts("标题\n\n本报讯（记者 陈曦）市委书记刘淇，市委副书记、市长郭金龙视察了职工创新工作室，"
                   "要求发挥示范作用建高水平职工之家。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "刘淇", "org": "北京市委", "role": "书记"} in roles
    assert {"person": "郭金龙", "org": "北京市委", "role": "副书记"} in roles
    assert not any(r["role"] == "市长" for r in roles)
    assert not _entities(facts, "Location"), "高水平 is no name and a kind of home is no place"


def test_streets_and_towns_of_the_home_city_are_whole_words():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，东四街道总工会和月坛街道总工会联合举办培训。\n")
    assert {"东四街道总工会", "月坛街道总工会"} <= _entities(facts, "Organization")


def test_a_community_after_its_district_lies_in_it():
    facts = _facts("标题\n\n本报讯（记者 陈曦）志愿者来到朝阳区团结湖社区慰问。\n")
    assert {"entity": "团结湖社区", "location": "朝阳区"} in _rels(facts, "located_in")


def test_a_places_union_printed_without_zong_or_with_more_places_is_its_general_union():
    facts = _facts("北京顺义区马坡镇工会指导企业协商\n\n本报讯 顺义区马坡镇总工会加大指导力度。两名区总工会指导员参加。\n")
    bodies = {e.name: e.aliases for e in facts.entities if e.type == "Organization"}
    assert "北京顺义区马坡镇工会" in bodies.get("顺义区马坡镇总工会", [])
    assert "顺义区总工会" in bodies


def test_a_union_and_its_centre_with_a_proper_name_are_two_bodies():
    facts = _facts("标题\n\n本报讯（记者 陈曦）市总工会首都职工志愿服务运行中心号召职工参与。北京市总工会职工服务中心开展活动。\n")
    bodies = {e.name: e.aliases for e in facts.entities if e.type == "Organization"}
    assert "首都职工志愿服务运行中心" in bodies
    assert {"part": "首都职工志愿服务运行中心", "whole": "北京市总工会"} in _rels(facts, "part_of")
    assert "市总工会" not in bodies.get("北京市总工会职工服务中心", []), "a short form of the union is no alias of its centre"


def test_an_author_line_credits_and_closes_a_paragraph_and_a_headline_may_exclaim():
    page = ("第一篇标题\n\n作者:记者 边磊 通讯员 刘程芳 近日，东花市街道总工会举办插花活动，30名职工参加。\n\n作者:北京东城官方发布\n\n"
            "东四街道总工会入选创新案例!\n\n近日，东四街道总工会制定的清单入选案例。讲座由艺术插花老师刘丽莎主讲，刘老师首先作了介绍。\n")
    articles = split_page(page, "t.txt").articles
    assert [a.title for a in articles] == ["第一篇标题", "东四街道总工会入选创新案例!"]
    first, second = (extract_article(a) for a in articles)
    assert {"person": "边磊", "role": "记者"} in _rels(first, "byline")
    assert {"person": "刘程芳", "role": "通讯员"} in _rels(first, "byline")
    assert "刘老师" not in _entities(second, "Person") and "刘丽莎" in _entities(second, "Person")


def test_an_issue_number_starts_no_body_and_a_verb_ends_the_words_before_a_list():
    facts = _facts("标题\n\n本报讯（记者 陈曦）劳动午报发布第5期北京工会重点工作创新案例。他们特意派出骨科、眼科、中医科等科室的医护人员。\n")
    bodies = _entities(facts, "Organization")
    assert not any(b.startswith("第5期") or "派出" in b for b in bodies), bodies
    assert {"骨科", "眼科", "中医科"} <= bodies


def test_a_campaign_of_bringing_named_where_a_body_visits_is_its_own(seed_facts):
    article = seed_facts["001_970aa545423f6c45"].articles[0]  # 市总工会到北大肿瘤医院为医护人员“送清凉”
    organized = _rels(article, "organized")
    assert {"org": "北京市总工会", "event": "送清凉"} in organized
    assert not any(r["subject"] == "北京市总工会" for r in _rels(article, "participated_in"))


def test_the_body_of_a_relative_clause_organises_and_who_attends_takes_part():
    facts = _facts("标题\n\n本报讯（记者 岳千帆）近日，市建筑工会主席莫剑彬一行来到项目部，出席中建一局华江公司在此开展的"
                   "“送清凉”慰问活动。\n")
    assert {"org": "中建一局华江公司", "event": "送清凉"} in _rels(facts, "organized")
    assert {"org": "北京市建筑工会", "event": "送清凉"} not in _rels(facts, "organized")
    assert {"subject": "北京市建筑工会", "event": "送清凉"} in _rels(facts, "participated_in")


def test_the_first_stop_of_a_tour_is_no_station():
    facts = _facts("标题\n\n本报讯（记者 陈曦）这是今年“送清凉”活动的第一站。丰台站是第二站。\n")
    assert not {"第一站", "第二站"} & _entities(facts, "Organization")


def test_an_intern_credited_and_winners_and_readers_are_no_names_of_verbs():
    facts = _facts("标题\n\n本报讯（记者李国 实习生孙欣）4月27日，九龙坡区举办颁奖活动。北京大学口腔医院马莲教授荣获称号。"
                   "全国劳动模范陶建伟代表职工匠师宣读了倡议书。何祖国等6名来自各行各业的劳动者受表彰。\n")
    assert {"person": "孙欣", "role": "实习生"} in _rels(facts, "byline")
    persons = _entities(facts, "Person")
    assert {"孙欣", "马莲", "陶建伟", "何祖国"} <= persons
    assert not {"荣获", "师宣读", "实习生孙欣"} & persons


def test_leading_groups_and_adverb_verb_phrases_and_every_body_of_a_kind():
    facts = _facts("标题\n\n本报讯（记者 陈曦）区劳动竞赛领导小组、区总工会共同颁奖。受市总工会委托，北京市总工会积极探索"
                   "工匠学院建设。来自各县区总工会、自九龙坡区赶来的代表参加。\n")
    bodies = _entities(facts, "Organization")
    assert any(b.endswith("劳动竞赛领导小组") for b in bodies), bodies
    assert not any(b.startswith(("受", "各")) or "探索" in b for b in bodies), bodies
    assert not any(p.startswith(("自", "各")) for p in _entities(facts, "Location"))


def test_adverbs_of_manner_jieba_reads_as_nouns_start_no_name():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，区总工会发动职工大力开展技术比武，精心组织“匠心杯”技能比赛。\n")
    events = _entities(facts, "Event")
    assert "匠心杯" in events
    assert not any("大力" in e or "发动" in e or "精心" in e for e in events), events


def test_a_district_name_before_a_town_makes_no_district_head_post():
    facts = _facts("标题\n\n本报讯（记者 曹海英）由北京建工六建集团承施的房山区长阳镇棚改项目封顶。朝阳区区长王大明出席。\n")
    persons = _entities(facts, "Person")
    assert "阳镇棚" not in persons and "王大明" in persons
    assert {"房山区", "长阳镇"} <= _entities(facts, "Location")


def test_a_credited_name_padded_with_a_space():
    facts = _facts("标题\n\n中工网讯(记者 马　超)今年安全生产月期间，平谷区总工会组织安全培训。\n")
    assert {"person": "马超", "role": "记者"} in _rels(facts, "byline")
    assert "马超" in _entities(facts, "Person")


def test_what_a_body_built_is_no_place_of_its_name_and_a_district_short_form_takes_the_printed_form():
    facts = _facts("顺义燃气公司工会建职工流动书屋\n\n本报讯（记者 张江艳）记者从顺义区总工会获悉，区燃气公司工会在下属分公司设立了书屋。\n")
    bodies = {e.name: e.aliases for e in facts.entities if e.type == "Organization"}
    assert "区燃气公司工会" in bodies.get("顺义燃气公司工会", []), bodies
    assert not any("书屋" in p for p in _entities(facts, "Location"))


def test_an_outlet_in_brackets_before_the_credits_and_ministries_named_with_he():
    facts = _facts("标题\n\n(长江日报)(记者车莉 通讯员周勤)昨日，人力资源和社会保障部副部长邱小平来汉。国庆节期间，"
                   "市总工会第一时间响应省总工会要求，开展走访慰问活动。\n")
    assert {"person": "车莉", "role": "记者"} in _rels(facts, "byline")
    assert {"person": "周勤", "role": "通讯员"} in _rels(facts, "byline")
    assert {"person": "邱小平", "org": "人力资源和社会保障部", "role": "副部长"} in _rels(facts, "holds_role")
    assert not any("第一时间" in b for b in _entities(facts, "Organization"))


def test_a_home_named_by_the_body_of_its_owner_is_no_visit_to_the_body():
    facts = _facts("标题\n\n中工网讯（实习记者 赵思远）20日，中国海员建设工会分党组成员张景义来到北京燃气集团特困退休劳模"
                   "米国强家中，送去新春祝福和慰问。\n")
    assert not any(r["object"] == "北京燃气集团" for r in _rels(facts, "visited"))


def test_winners_that_are_people_pronouns_or_kinds_are_no_bodies():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，区总工会举办“匠心杯”技能比赛。经过角逐，技术能手张大伟获得一等奖，"
                   "参赛选手刘某获得二等奖，职工代表队获得冠军，该单位荣获亚军，全体队员荣获季军。\n")
    bodies = _entities(facts, "Organization")
    assert not {"技术能手张大伟", "职工代表队", "该单位", "全体队员"} & bodies, bodies


def test_a_verb_after_a_name_word_stays_in_the_first_listed_body():
    facts = _facts("标题\n\n本报讯（记者 陈曦）中关村发展集团、北京银行等单位参加了活动。\n")
    assert "中关村发展集团" in _entities(facts, "Organization")


def test_an_event_named_where_a_body_visits_is_its_own_only_when_it_brings_something():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，海淀区总工会走进北京建工集团，为“匠心杯”技能比赛获奖职工颁奖。\n")
    assert {"subject": "海淀区总工会", "object": "北京建工集团"} in _rels(facts, "visited")
    assert not any(r["event"] == "匠心杯" for r in _rels(facts, "organized") if r["org"] == "海淀区总工会")


def test_credits_of_an_outlet_or_an_author_opening_the_text():
    outlet = _facts("标题\n\n工人日报-中工网记者赖志凯 5月6日，来自海淀区各行各业的职工代表欢聚一堂。\n")
    assert {"person": "赖志凯", "role": "记者"} in _rels(outlet, "byline")
    author = _facts("标题\n\n来源: 院工会 作者: 吕明 5月12日，机电学院工会组织教职工春游。\n")
    assert {"person": "吕明", "role": "作者"} in _rels(author, "byline")
    account = _facts("标题\n\n作者:北京东城官方发布 近日，东四街道总工会举办活动。\n")
    assert not _rels(account, "byline")


def test_a_nominee_listed_among_attendees_keeps_the_list_going():
    facts = _facts("标题\n\n本报讯（记者 陈曦）北京朝阳医院工会召开第八届会员代表大会第三次全体会议。北京朝阳医院党委书记"
                   "张国强、工会主席建议人选葛文彤、党委委员钱素云出席本次会议。新当选的工会主席葛文彤郑重表态。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"张国强", "钱素云"} <= taking_part, "the list goes on over the nominee"
    assert "葛文彤" not in taking_part, "the union's new chair is an officer of the organising body"


def test_nothing_is_said_to_lie_in_the_papers_own_city():
    facts = _facts("标题\n\n本报讯（记者 陈曦）北京朝阳的职工参加了活动。志愿者来到青龙湖镇北车营村慰问。\n")
    located = _rels(facts, "located_in")
    assert not any(r["location"] in ("北京", "北京市") for r in located)
    assert {"entity": "北车营村", "location": "青龙湖镇"} in located


def test_outlets_listed_before_deng_meiti_are_bodies():
    facts = _facts("标题\n\n本报讯（记者 陈曦）活动引发广泛关注，新华网、光明网、央广网等多家媒体发布相关稿件。\n")
    assert {"新华网", "光明网", "央广网"} <= _entities(facts, "Organization")


def test_an_event_only_the_headline_names_is_the_texts_event_of_the_same_kind():
    facts = _facts("金海湖镇职工乐享趣味运动会\n\n本报讯（记者 阎义）近日，金海湖镇总工会举办职工趣味运动会。"
                   "机械工业自动化研究院、中航规划设计院等单位参加了比赛。\n")
    events = [e for e in facts.entities if e.type == "Event"]
    assert len(events) == 1 and "金海湖镇职工乐享趣味运动会" in events[0].forms
    assert {"subject": "中航规划设计院", "event": events[0].name} in _rels(facts, "participated_in")


def test_a_headline_event_joins_no_text_event_of_another_name():
    two = _facts("区总工会举办工会干部培训班\n\n本报讯（记者 阎义）近日，区总工会举办工会主席培训班和财务干部培训班。\n")
    assert {"工会干部培训班", "工会主席培训班", "财务干部培训班"} <= _entities(two, "Event")
    other = _facts("区总工会举办工会财务干部培训班\n\n本报讯（记者 陈曦）近日，区总工会举办2023年基层工会主席培训班。\n")
    assert {"工会财务干部培训班", "2023年基层工会主席培训班"} <= _entities(other, "Event")
    sport = _facts("朝阳区职工篮球赛开赛\n\n本报讯（记者 陈曦）近日，朝阳区总工会举办的职工足球比赛在奥体中心落幕。\n")
    assert len([e for e in sport.entities if e.type == "Event"]) == 2


def test_a_nominee_after_a_post_is_a_person():
    facts = _facts("标题\n\n本报讯（记者 陈曦）北京朝阳医院工会召开会员代表大会。工会主席候选人林某某、党委委员钱素云出席会议。\n")
    assert "林某某" in _entities(facts, "Person")
    assert not any(r["person"] == "林某某" for r in _rels(facts, "holds_role")), "a nominee holds no post yet"


def test_attendees_listed_before_a_group_named_without_names():
    facts = _facts("标题\n\n本报讯（记者 陈曦）近日，市总工会召开全体工会小组长会议。医院党委副书记赵某某、"
                   "区总工会主席黄某某及全院各部门工会小组长参加了会议。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"赵某某", "黄某某"} <= taking_part


def test_a_school_union_printed_short():
    facts = _facts("北京体育大学举办教职工健步走\n\n12月31日，由校工会主办，教育学院田径教研室承办的教职工健步走"
                   "活动在英东田径场举办。\n")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert {"北京体育大学工会", "教育学院田径教研室"} <= organisers
    union = next(e for e in facts.entities if e.name == "北京体育大学工会")
    assert "校工会" in union.forms


def test_a_street_named_with_an_everyday_word_is_a_place_with_its_level_word():
    facts = _facts("标题\n\n本报讯（记者 武某某）近日，在顺义区胜利街道“暖新驿站”，志愿者为小哥送饺子。\n")
    assert "胜利街道" in _entities(facts, "Location")


def test_brands_listed_before_a_count_of_a_trades_companies_are_bodies():
    facts = _facts("标题\n\n本报讯（记者 陈曦）来自中通、圆通、德邦和优速等四家快递企业的快递点搬进驿站。"
                   "美团、饿了么等平台企业也设立了服务点。\n")
    assert {"中通", "圆通", "德邦", "优速", "美团", "饿了么"} <= _entities(facts, "Organization")


def test_where_bodies_come_from_is_no_part_in_the_event_unless_the_clause_says_so():
    stay = _facts("标题\n\n本报讯（记者 陈曦）近日，街道总工会开展“暖心驿站”服务活动。"
                  "来自中通、圆通等四家快递企业的快递点搬进驿站，方便快递员参加活动。\n")
    assert {"中通", "圆通"} <= _entities(stay, "Organization")
    assert not _rels(stay, "participated_in")
    watching = _facts("标题\n\n本报讯（记者 陈曦）近日，区总工会举办职工篮球比赛。来自中通、圆通等企业的职工观看了比赛。\n")
    assert not _rels(watching, "participated_in")
    contest = _facts("标题\n\n本报讯（记者 陈曦）近日，区总工会举办职工篮球比赛。"
                     "来自中通、圆通等企业的选手展开角逐。\n")
    assert {r["subject"] for r in _rels(contest, "participated_in")} >= {"中通", "圆通"}


def test_places_listed_before_a_verb_and_a_noun_of_companies_stay_places():
    facts = _facts("标题\n\n本报讯（记者 陈曦）开发区、延庆等新增企业不少于10家。海淀、朝阳等重点企业代表参加了论坛。\n")
    assert not {"延庆", "海淀", "朝阳"} & _entities(facts, "Organization")
    assert {"延庆", "海淀", "朝阳"} <= _entities(facts, "Location")
    listed = _facts("标题\n\n本报讯（记者 陈曦）近日，记者走访了物流和快递等多家企业。中芯国际、北京和利时等企业参加了比赛。\n")
    assert not {"物流", "快递", "利时"} & _entities(listed, "Organization")


def test_the_home_city_glued_to_a_name_is_no_place_but_a_city_spoken_of_is():
    glued = _facts("北京平谷三万职工践行安全生产\n\n本报讯（记者 马超）近日，平谷区总工会组织安全生产培训。\n")
    assert "北京" not in _entities(glued, "Location")
    spoken = _facts("标题\n\n本报讯（记者 陈曦）连日来，北京气温持续攀升。\n")
    assert "北京" in _entities(spoken, "Location")


def test_a_short_form_of_a_unions_body_names_that_body():
    facts = _facts("标题\n\n慰问现场，北京高某科技开发有限公司工会主席卫某表示，高某科技公司是区工商联执委企业。\n")
    company = next(e for e in facts.entities if e.name == "北京高某科技开发有限公司")
    assert "高某科技公司" in company.forms
    assert {"part": "北京高某科技开发有限公司工会", "whole": "北京高某科技开发有限公司"} in _rels(facts, "part_of")


def test_a_verb_or_preposition_before_the_city_union_is_no_part_of_its_name():
    facts = _facts("集团职工技术创新项目获市总工会助推资金支持\n\n日前，北京市总工会办公室发布通报，"
                   "经市总工会审核，四川自贡市总工会的项目也获支持。\n")
    orgs = _entities(facts, "Organization")
    assert not any(name.startswith(("项目获", "经")) for name in orgs)
    assert "四川自贡市总工会" in orgs


def test_a_post_inside_an_events_name_and_an_award_before_ji():
    facts = _facts("标题\n\n本报讯（记者 李国）近日，女职工委员培训会在北京现代举办。"
                   "4月27日，丰台区总工会举办金牌工人颁奖暨庆“五一”文艺演出。\n")
    events = _entities(facts, "Event")
    assert "女职工委员培训会" in events
    assert {"金牌工人颁奖", "庆五一文艺演出"} <= events


def test_an_event_held_where_the_actor_went_lies_there():
    facts = _facts("标题\n\n1月30日，北京市总工会副主席于某一行到北京建工市政集团承建的轨道交通M101线02标工程现场"
                   "开展“送温暖”慰问活动。机电学院工会组织教职工赴延庆开展教职工春游活动。\n")
    located = _rels(facts, "located_in")
    assert {"entity": "送温暖", "location": "轨道交通M101线02标工程"} in located
    assert {"entity": "教职工春游活动", "location": "延庆"} in located
    chain = _facts("标题\n\n机电学院工会组织教职工赴延庆区张山营镇开展教职工春游活动。\n")
    assert {"entity": "教职工春游活动", "location": "张山营镇"} in _rels(chain, "located_in")
    went = _facts("标题\n\n近日，区总工会到延庆区文化馆调研，随后在区总工会开展了职工书画比赛。\n")
    assert not any(r["entity"] == "职工书画比赛" for r in _rels(went, "located_in")), "held elsewhere, said after a pause"


def test_a_city_union_said_short_after_the_citys_name():
    facts = _facts("北京市总召开职工创新工作室建设推进会\n\n4月30日，职工创新工作室建设推进会召开。"
                   "盘锦市总联合市供电公司开展观摩。在城市总体规划中留出空间。\n")
    orgs = {e.name: e for e in facts.entities if e.type == "Organization"}
    assert "北京市总" in orgs["北京市总工会"].forms and "盘锦市总工会" in orgs
    assert not any(name.startswith("城市总") for name in orgs)


def test_names_after_a_visitor_title_and_after_each_listed_body():
    facts = _facts("标题\n\n来自辽宁的观众许某参观展厅后表示，很受启发。京能建设集团公司孙某某、太阳宫热电公司吴某某、"
                   "北京源深节能技术有限公司赵某某等5名职工的发明专利均获得支持。\n")
    persons = _entities(facts, "Person")
    assert {"许某", "孙某某", "吴某某", "赵某某"} <= persons and "许某参" not in persons


def test_getting_support_is_no_place_in_a_contest_but_a_prize_is():
    funded = _facts("标题\n\n本报讯（记者 陈曦）近日，市总工会开展职工技术创新活动。太阳宫热电公司的3个项目均获得创新助推资金支持。\n")
    assert not any(r["subject"] == "太阳宫热电公司" for r in _rels(funded, "participated_in"))
    won = _facts("标题\n\n本报讯（记者 陈曦）近日，区总工会举办职工篮球比赛。最终，太阳宫热电公司获得冠军。\n")
    assert any(r["subject"] == "太阳宫热电公司" for r in _rels(won, "participated_in"))


def test_a_hospital_or_school_union_is_the_union_of_the_body_last_named_when_it_is_one():
    court = _facts("标题\n\n近日，区总工会走访慰问了区中医医院的医护人员。随后来到区人民法院，院工会主席王某某介绍了情况。\n")
    assert {"person": "王某某", "org": "区人民法院工会", "role": "主席"} in _rels(court, "holds_role")
    school = _facts("标题\n\n近日，区总工会走访了北京联合大学。随后来到区委党校，校工会主席王某某介绍了情况。\n")
    assert {"person": "王某某", "org": "区委党校工会", "role": "主席"} in _rels(school, "holds_role")
    company = _facts("标题\n\n近日，区总工会走访了某某科技公司。院工会主席王某某介绍了情况。\n")
    assert not any("科技公司" in r["org"] for r in _rels(company, "holds_role")), "a company is no 院"


def test_a_branch_is_not_named_by_its_parents_short_form():
    facts = _facts("标题\n\n近日，北京公交集团第一客运分公司工会主席王某某表示，北京公交公司高度重视职工关爱工作。\n")
    assert "北京公交公司" in _entities(facts, "Organization")
    assert not _rels(facts, "part_of")


def test_an_event_after_ji_does_not_start_with_ji():
    facts = _facts("标题\n\n4月27日，丰台区总工会举办金牌工人颁奖暨劳动模范事迹报告会。\n")
    assert {"金牌工人颁奖", "劳动模范事迹报告会"} <= _entities(facts, "Event")
    assert not any(e.startswith("暨") for e in _entities(facts, "Event"))


def test_the_home_city_before_a_count_is_the_city():
    facts = _facts("标题\n\n目前，北京2万多名快递员已加入工会。\n")
    assert "北京" in _entities(facts, "Location")


def test_a_district_name_that_starts_with_a_surname_is_no_person():
    facts = _facts("标题\n\n北京市园林绿化局工会主席侯某某一行冒雨来到石景山慰问一线职工。石景山区总工会常务副主席蒋某某参加。\n")
    assert "石景山" not in _entities(facts, "Person")
    assert {"person": "蒋某某", "org": "石景山区总工会", "role": "常务副主席"} in _rels(facts, "holds_role")


def test_party_branches_are_bodies():
    facts = _facts("标题\n\n经过激烈的角逐，影像支部获得跳绳比赛一等奖，内科支部获得拔河比赛一等奖。\n")
    assert {"影像支部", "内科支部"} <= _entities(facts, "Organization")


def test_a_community_named_at_a_clause_start_or_after_he_but_not_a_visit_or_a_count():
    facts = _facts("标题\n\n浮星桥社区举办簪花活动。东湖家园社区和一二条社区开展活动。工会慰问社区工作者，"
                   "辖区八个社区参加。\n")
    places = _entities(facts, "Location")
    assert {"浮星桥社区", "东湖家园社区", "一二条社区"} <= places
    assert not {"慰问社区", "八个社区"} & places


def test_a_quoted_station_after_its_street_is_a_place_in_it_but_not_a_kind_of_place():
    facts = _facts("标题\n\n12月19日，在顺义区胜利街道“暖新驿站”，志愿者包饺子。陶然亭街道“职工之家”建设完成，"
                   "街道一处“工会驿站”也已开放。\n")
    assert {"entity": "暖新驿站", "location": "胜利街道"} in _rels(facts, "located_in")
    assert not {"职工之家", "工会驿站"} & _entities(facts, "Location")


def test_the_subject_of_a_clause_held_somewhere_is_an_event():
    facts = _facts("标题\n\n近日，海淀区总工会推动和谐劳动关系企业共同行动工作座谈会在海淀工人俱乐部举行。"
                   "8月4日，书法大赛获奖作品展于区文化馆开幕。\n")
    events = _entities(facts, "Event")
    assert {"推动和谐劳动关系企业共同行动工作座谈会", "书法大赛获奖作品展"} <= events
    assert {"entity": "推动和谐劳动关系企业共同行动工作座谈会", "location": "海淀工人俱乐部"} in _rels(facts, "located_in")
    assert {"org": "海淀区总工会", "event": "推动和谐劳动关系企业共同行动工作座谈会"} in _rels(facts, "organized")
    second_body = _facts("标题\n\n近日，某镇总工会首家企业某某物业服务中心工资集体协商会议在镇政府召开。\n")
    assert not any("服务中心工资" in e for e in _entities(second_body, "Event")), "a second body inside is no name"


def test_a_player_is_named_after_his_title_and_shops_are_bodies():
    facts = _facts("标题\n\n前北京国安球员杨某领衔的名宿队进行了表演赛。同乐食品店负责人王某某表示满意。毅华温泉酒店工会举办拔河比赛。\n")
    assert "杨某" in _entities(facts, "Person")
    assert {"同乐食品店", "毅华温泉酒店工会"} <= _entities(facts, "Organization")


def test_attendees_listed_before_related_officers_of_other_bodies():
    facts = _facts("标题\n\n近日，丰台区总工会集体协商工作座谈会在丰台工人俱乐部举行。"
                   "市总工会、市人社局相关领导及相关北京建工集团代表参加座谈。\n")
    subjects = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"北京市总工会", "北京市人社局", "北京建工集团"} <= subjects


def test_a_sport_names_its_contest_but_a_bare_game_is_a_kind():
    facts = _facts("标题\n\n运动会设置了拔河比赛、跳绳比赛等项目。最终，影像支部获得拔河比赛一等奖。"
                   "除了职工喜闻乐见的棋牌赛、健步走等活动以外，还组织了篮球赛。\n")
    events = _entities(facts, "Event")
    assert {"拔河比赛", "跳绳比赛"} <= events and not {"棋牌赛", "篮球赛"} & events
    assert {"subject": "影像支部", "event": "拔河比赛"} in _rels(facts, "participated_in")


def test_an_event_launched_at_a_place_lies_there_and_a_compass_word_starts_a_name():
    facts = _facts("标题\n\n5月4日，北方长福工会在香山公园组织青年团员登山比赛，有三十多名员工报名参加。\n")
    assert {"org": "北方长福工会", "event": "青年团员登山比赛"} in _rels(facts, "organized")
    assert {"entity": "青年团员登山比赛", "location": "香山公园"} in _rels(facts, "located_in")


def test_an_event_held_after_a_pause_where_the_actor_went_lies_there():
    facts = _facts("标题\n\n1月14日，北京市建筑工会来到城市副中心站综合交通枢纽工程建设者之家，开展“在京过大年”慰问活动。\n")
    assert {"entity": "在京过大年", "location": "城市副中心站综合交通枢纽工程建设者之家"} in _rels(facts, "located_in")


def test_a_cup_named_in_quotes_keeps_its_cup_and_in_beijing_is_no_break():
    facts = _facts("标题\n\n由中车产业投资有限公司工会主办的“大自然”杯新中车10周年在京企业足球邀请赛日前在中车北京二七机车体育场举行。\n")
    assert {"entity": "大自然杯", "location": "中车北京二七机车体育场"} in _rels(facts, "located_in")
    dated = _facts("标题\n\n在上周五职工读书大赛决赛上，该校邀请刘某担任评委。\n")
    assert "职工读书大赛" in _entities(dated, "Event"), "a time word is no part of a name"


def test_teams_societies_branches_arbitration_courts_and_tripartite_committees_are_bodies():
    facts = _facts("标题\n\n市总工会、市协调劳动关系三方委员会参加。中国纺织职工思想政治工作研究会、中国贸促会纺织行业分会联合主办。"
                   "通州区劳动人事争议仲裁院负责。东城区环卫服务中心篮球队成立了。\n")
    assert {"北京市协调劳动关系三方委员会", "中国纺织职工思想政治工作研究会", "中国贸促会纺织行业分会",
            "通州区劳动人事争议仲裁院", "东城区环卫服务中心篮球队"} <= _entities(facts, "Organization")


def test_a_body_after_yu_opening_a_clause_is_a_partner_not_the_visitor():
    facts = _facts("标题\n\n顺义区总工会加强筹划，积极与顺义区人力社保局联系沟通，"
                   "并深入北京顺丰速运有限公司调研。\n")
    assert {"subject": "顺义区总工会", "object": "北京顺丰速运有限公司"} in _rels(facts, "visited")
    assert not any("人力社保局" in r["subject"] for r in _rels(facts, "visited"))


def test_campaign_goals_and_misread_words_are_no_places():
    facts = _facts("标题\n\n服务惠及地区广大环卫工人。开售时间均在午休期间。向他们致以新春祝福。"
                   "激发了职工建设美丽副中心的斗志。为创建国家森林城市贡献力量。北京城市副中心站综合交通枢纽工程开工。\n")
    places = _entities(facts, "Location")
    assert not {"惠及地区", "午休", "新春", "美丽副中心", "国家森林城市"} & places
    assert "北京城市副中心" in places


def test_the_owner_of_a_union_is_a_body_where_a_verb_or_its_staff_follow():
    facts = _facts("标题\n\n近日，北汽集团母婴关爱室建设推进会在北京现代举办。北京现代工会为员工们营造了家文化氛围。"
                   "激励了北京邮政全体员工。北京邮政工会进行了表彰。\n")
    assert {"北京现代", "北京邮政"} <= _entities(facts, "Organization")
    assert {"part": "北京现代工会", "whole": "北京现代"} in _rels(facts, "part_of")
    assert "北京" not in _entities(facts, "Location"), "the city inside the owner's name is no place of the story"


def test_a_union_committee_after_its_union_and_those_who_act_on_behalf_of_a_body():
    facts = _facts("标题\n\n1月27日下午，市总工会经费审查委员会主任张某某，宣传教育部部长王某某代表市总工会领导班子"
                   "到卫东区开展2021年春节送温暖活动。\n")
    assert {"person": "张某某", "org": "北京市总工会经费审查委员会", "role": "主任"} in _rels(facts, "holds_role")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert organisers == {"北京市总工会"}, "the body they stand for organises, not the department of the last one"


def test_attendees_after_descriptions_that_end_in_a_title():
    facts = _facts("标题\n\n近日，区总工会组织召开了物业行业工资集体协商会议。区工资集体协商指导老师张某某、"
                   "住建房管行业工会联合会副主席胥某某、物业行业协会会长王某某及企业方协商代表共计30余人参加了会议。\n")
    subjects = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"张某某", "胥某某", "王某某"} <= subjects


def test_those_who_address_or_award_at_the_event_take_part():
    facts = _facts("标题\n\n6月18日下午，第30届“五月的鲜花”职工文艺汇演在丰台区文化馆举行。"
                   "图为北京市总工会副主席李某为第30届“五月的鲜花”文艺汇演致辞。"
                   "图为北京市总工会宣教部部长刘某、丰台区总工会主席王某某为获奖节目颁奖。\n")
    subjects = {r["subject"] for r in _rels(facts, "participated_in") if r["event"] == "五月的鲜花"}
    assert {"李某", "刘某", "王某某"} <= subjects


def test_events_held_somewhere_with_a_plain_head_a_bracket_or_two_joined_by_ji():
    facts = _facts("标题\n\n近日，北京市海淀区新就业群体系列服务项目发布活动在中关村展示中心举办。"
                   "近日，北京市工业(国防)工会职工创新工作室联盟建设交流活动举行。"
                   "近日，北汽集团母婴关爱室建设推进会及女职工委员培训会在北京现代举办。"
                   "北控集团工会联合下属企业工会就此项活动开展调研。\n")
    events = _entities(facts, "Event")
    assert {"北京市海淀区新就业群体系列服务项目发布活动", "母婴关爱室建设推进会", "女职工委员培训会"} <= events
    assert any(e.endswith("联盟建设交流活动") for e in events)
    assert not any("此项活动" in e for e in events)



def test_an_organiser_and_a_contest_inside_a_longer_event_name_do_not_cut_it():
    facts = _facts("标题\n\n近日，海淀区总工会摄影大赛获奖作品展在区政府举办。\n")
    assert {"org": "海淀区总工会", "event": "摄影大赛获奖作品展"} in _rels(facts, "organized")


def test_those_who_accompany_or_start_the_event_take_part():
    facts = _facts("标题\n\n1月27日下午，市总工会副主席张某某到卫东区开展春节送温暖活动。"
                   "卫东区总工会主席李某华、副主席司某伟一起陪同慰问。\n")
    assert {"李某华", "司某伟"} <= {r["subject"] for r in _rels(facts, "participated_in")}
    started = _facts("标题\n\n近日，由校工会主办的迎新年教职工健步走在英东田径场举办。北京市体育局副局长郑某勋鸣枪启动全场活动。\n")
    assert "郑某勋" in {r["subject"] for r in _rels(started, "participated_in")}


def test_a_quoted_name_with_a_subtitle_an_edition_or_a_de_inside_it():
    facts = _facts("标题\n\n近日，市总工会女职工部联合开展“亲亲我的宝贝”——北京市女职工家庭亲子教育培训。"
                   "北京市丰台区举办第30届“五月的鲜花”职工文艺汇演。\n")
    events = _entities(facts, "Event")
    assert {"亲亲我的宝贝", "五月的鲜花"} <= events
    assert not any(e.startswith("宝贝") or e == "文艺汇演" for e in events)


def test_the_bodies_an_event_is_set_in_host_it():
    facts = _facts("标题\n\n近日，丰台区总工会举办职工子女暑期托管班。职工子女暑期托管班分别设在北京汽车博物馆工会、"
                   "右安门街道总工会、丰台法院工会。\n")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert {"丰台区总工会", "北京汽车博物馆工会", "右安门街道总工会", "丰台法院工会"} <= organisers


def test_a_place_that_holds_an_event_in_the_text_is_where_it_lies_but_not_in_a_headline():
    facts = _facts("顺义举办职工歌咏比赛\n\n3月6日，北京经开区举办2026年国际劳动妇女节风采展示活动。\n")
    assert {"entity": "2026年国际劳动妇女节风采展示活动", "location": "北京经开区"} in _rels(facts, "located_in")
    assert not any(r["location"] == "顺义" for r in _rels(facts, "located_in")), "a headline's place stands for its union"


def test_contests_of_two_districts_stay_two_and_an_edition_is_the_same_event():
    facts = _facts("标题\n\n5月，朝阳区总工会举办朝阳区职工乒乓球比赛。6月，海淀区总工会举办海淀区职工乒乓球比赛。"
                   "职工乒乓球比赛共有200人参加。\n")
    contests = [e for e in facts.entities if e.type == "Event" and e.name.endswith("乒乓球比赛")]
    assert len(contests) == 2, [(e.name, e.aliases) for e in contests]
    edition = _facts("标题\n\n近日，德胜街道举办第四届职工羽毛球比赛。职工羽毛球比赛共有20支队伍参加。\n")
    assert len([e for e in edition.entities if e.type == "Event"]) == 1


def test_held_events_are_not_cut_by_words_that_only_start_like_stop_words():
    facts = _facts("标题\n\n据了解，“暖心驿站”在京举办职工技能大赛。近日，该区第三届职工运动会在区体育馆开幕。"
                   "近日，各界人士新春座谈会在区政协礼堂举行。海淀区新就业群体服务项目及成果发布活动在中关村展示中心举办。\n")
    events = _entities(facts, "Event")
    assert {"职工技能大赛", "第三届职工运动会", "各界人士新春座谈会", "海淀区新就业群体服务项目及成果发布活动"} <= events
    assert not {"暖心驿站", "界人士新春座谈会", "成果发布活动"} & events


def test_no_stage_act_or_accompanying_without_an_event_and_no_list_over_a_clause():
    facts = _facts("标题\n\n近日，顺义区第五届职工运动会在区体育馆开幕。区总工会主席李某华为大家介绍了去年颁奖情况。"
                   "据区总工会副主席王某伟介绍，他曾陪同母亲到医院就诊。\n")
    assert not {"李某华", "王某伟"} & {r["subject"] for r in _rels(facts, "participated_in")}
    listed = _facts("标题\n\n近日，职工技能大赛在顺义区举行。工会主席张某华，平时最敬佩的老师李某兰参加了比赛。\n")
    assert "张某华" not in {r["subject"] for r in _rels(listed, "participated_in")}


def test_a_partner_who_goes_jointly_visits_too_and_a_delegate_after_a_pause_acts():
    facts = _facts("标题\n\n顺义区总工会加强筹划，与顺义区人力社保局共同深入北京顺丰速运有限公司调研。\n")
    visitors = {r["subject"] for r in _rels(facts, "visited")}
    assert {"顺义区总工会", "顺义区人力社保局"} <= visitors, "共同: the partner goes too"
    sent = _facts("标题\n\n1月27日，市总工会副主席张某伟代表市总工会，前往顺义区开展春节送温暖活动。\n")
    assert {"org": "北京市总工会", "event": "春节送温暖活动"} in _rels(sent, "organized")


def test_a_sport_contest_for_staff_and_a_campaign_goal_said_in_full():
    facts = _facts("标题\n\n运动会设置了职工拔河比赛、篮球赛等项目。为创建国家森林城市贡献力量。\n")
    assert "职工拔河比赛" in {n for e in facts.entities if e.type == "Event" for n in e.forms}
    assert "篮球赛" not in _entities(facts, "Event")
    assert not any("森林城市" in p for p in _entities(facts, "Location"))


def test_what_stands_before_weiyu_lies_in_the_place_after_it():
    facts = _facts("标题\n\n北京汽车博物馆位于丰台区南四环西路126号。\n")
    assert {"entity": "北京汽车博物馆", "location": "丰台区南四环西路"} in _rels(facts, "located_in")


def test_a_short_city_body_belongs_to_the_city_the_article_is_about():
    # another city's: its own union printed in full, and the city named more often than 北京 by two
    facts = _facts("太原市总工会走访慰问一线农民工\n\n本报讯 近日，太原市总工会、市人社局组成的慰问组"
                   "走进太原市一家企业开展慰问。\n")
    assert "太原市人社局" in _entities(facts, "Organization")


@pytest.mark.parametrize("text", [
    "市总工会党组书记、副主席潘建新来到朝阳区，与朝阳区总工会负责同志一起走访朝阳区望京街道。朝阳区总工会主席王红介绍情况。",
    "市总工会党组书记、副主席潘建新带队来到张家口赛区。张家口赛区共有建设者三千人，市总工会为他们送去慰问品。",
    "上海国际港务集团工会一行来京，与市总工会座谈。上海国际港务集团工会主席介绍了经验。",
    "承德市工会考察团一行来京，市总工会副主席王建国介绍了情况，考察团表示将把经验带回承德。",
])
def test_the_home_citys_union_stays_in_articles_naming_other_places(text):
    facts = _facts(f"标题\n\n本报讯（记者 任洁）{text}\n")
    assert "北京市总工会" in _entities(facts, "Organization")


@pytest.mark.parametrize("sentence, kind, name", [
    ("朝阳区望京商圈联合工会组织开展了观影活动。", "Organization", "朝阳区望京商圈联合工会"),
    ("三元街美食街联合工会、房产中介联合工会共同举办了包粽子活动。", "Organization", "房产中介联合工会"),
    ("东城工人文化宫举办了职工摄影展。", "Organization", "东城工人文化宫"),
    ("龙马潭区委党校教务室副主任王亚兰作了讲解。", "Organization", "龙马潭区委党校教务室"),
    ("河南省总工会干校周铸生教授作了专题讲座。", "Organization", "河南省总工会干校"),
    ("东城区劳模讲师团成员走进社区开展宣讲。", "Organization", "东城区劳模讲师团"),
    ("东城区总工会法律顾问张明为职工解答了问题。", "Organization", "东城区总工会"),
    ("朝阳区总工会法治宣传月活动启动。", "Organization", "朝阳区总工会"),
    ("东城区总工会党组书记、常务副主席向东，副主席向红出席。", "Person", "向红"),
    ("全国劳模向海洋表示，将继续努力。", "Person", "向海洋"),
    ("万州区总工会在柱山乡举办2025年首场“春风送法律 平安万里行”普法宣传活动。", "Event", "春风送法律 平安万里行"),
    ("鄂州市总工会宣讲团赴雷山社区，开展党的二十大精神宣讲活动。", "Event", "党的二十大精神宣讲活动"),
])
def test_names_found_on_new_pages(sentence, kind, name):
    # heads of bodies (联合工会, 文化宫, 讲师团), a union's legal work (not 工会法), a surname that is
    # also a preposition, an event named by its quotation after an edition or after 党的
    assert name in _entities(_facts(f"标题\n\n本报讯（记者 任洁）{sentence}\n"), kind)


def test_a_lecturer_holds_a_post():
    facts = _facts("标题\n\n本报讯（记者 任洁）廊坊师范学院马克思主义学院讲师王海文一行走进企业宣讲党史。\n")
    assert {"person": "王海文", "org": "廊坊师范学院马克思主义学院", "role": "讲师"} in _rels(facts, "holds_role")


@pytest.mark.parametrize("sentence, forbidden", [
    ("八里庄街道总工会表示，这是对快递员辛勤付出的认可。", ("person", "辛勤")),
    ("活动最后，工作人员向现场的农民工发放了宣传品。", ("person", "向现场")),
    ("周铸生教授向在场的学员作了讲座。", ("person", "向在场")),
    ("区总工会将继续最大限度地向全区农民工普及工会法律知识。", ("org", "农民工普及工会")),
    ("市总工会宣讲团深入企业、车间班组开展宣讲活动。", ("org", "车间班组")),
    ("北京城建集团团委联合工会举办了青年联谊活动。", ("org", "北京城建集团团委联合工会")),
    ("2024年首都职工乒乓球比赛在北京市工人文化宫举行，来自各区的200余名职工参赛。", ("participated_in", "北京市工人文化宫")),
])
def test_misreadings_found_on_new_pages(sentence, forbidden):
    test_misreadings_found_in_review(sentence, forbidden)



def test_people_a_speech_tells_of_are_named_but_take_no_part():
    facts = _facts("标题\n\n本报讯（记者 任洁）鄂州市总工会宣讲团赴雷山社区，开展党的二十大精神宣讲活动。"
                   "宣讲活动中，宣讲员王明结合劳模事迹，讲述了柯昌全、曹伊灵、肖军等身边人的身边事。\n")
    assert {"柯昌全", "曹伊灵", "肖军"} <= _entities(facts, "Person")
    assert not any(r["subject"] in ("柯昌全", "曹伊灵", "肖军") for r in _rels(facts, "participated_in"))


def test_a_body_an_event_is_held_in_is_its_venue_when_the_organisers_are_named():
    facts = _facts("标题\n\n本报讯（实习记者 闫长禄）近日，由北京市总工会、北京市体育局主办，北京市职工体育协会承办的"
                   "第七届北京职工象棋围棋比赛在北京华远电力有限公司举办。\n")
    organisers = {r["org"] for r in _rels(facts, "organized")}
    assert {"北京市总工会", "北京市体育局", "北京市职工体育协会"} <= organisers
    assert "北京华远电力有限公司" not in organisers


def test_invitations_and_origins_of_participants():
    facts = _facts("标题\n\n本报讯（记者 任洁）西园街道总工会举办职工读书分享会，邀请北京城建集团和全国劳模李红作报告。"
                   "来自中建一局的选手王强参加了分享会。\n")
    subjects = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"北京城建集团", "李红", "中建一局"} <= subjects


def test_platform_companies_named_without_a_head():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，街道总工会为美团、饿了么骑手和顺丰速运、德邦、韵达等快递员送上慰问品。"
                   "京东方科技集团工会也开展了活动。\n")
    bodies = _entities(facts, "Organization")
    assert {"美团", "饿了么", "顺丰速运", "德邦", "韵达"} <= bodies
    assert "京东" not in bodies, "京东 in 京东方 is no body"
    facts = _facts("标题\n\n本报讯（记者 任洁）八里庄街道总工会举办户外劳动者恳谈会。"
                   "辖区中通快递员、美团外卖骑手等60余名户外劳动者参加。\n")
    assert {"中通", "美团"} <= _entities(facts, "Organization")
    assert "户外劳动者恳谈会" in _entities(facts, "Event")
    assert not any(r["subject"] in ("中通", "美团") for r in _rels(facts, "participated_in")), "the riders attend"


@pytest.mark.parametrize("sentence, event, place", [
    ("由北京市总工会主办的2025年首都职工拔河比赛在北京工人体育馆精彩上演。", "2025年首都职工拔河比赛", "北京工人体育馆"),
    ("7月3日，在八里庄街道党群服务中心一层，举办户外劳动者恳谈会。", "户外劳动者恳谈会", "八里庄街道党群服务中心"),
    # the address and the building between the place and whose event it is
    ("12月21日，在朝阳区建国路59号餐饮店内，朝阳区总工会举办的“冬至饺子宴”活动温暖了环卫工人。", "冬至饺子宴", "朝阳区建国路"),
])
def test_the_place_an_event_is_held_in(sentence, event, place):
    facts = _facts(f"标题\n\n本报讯（记者 任洁）{sentence}\n")
    assert {"entity": event, "location": place} in _rels(facts, "located_in")


def test_a_round_of_visits_with_a_bare_to():
    facts = _facts("标题\n\n本报讯（记者 孙艳）连日来，各级工会开展活动。\n\n魏善庄镇总工会开展“情系新业态·工会送温暖”主题慰问活动。"
                   "工会服务站工作人员先后到辖区顺丰、德邦、韵达等7个站点，为快递小哥送去慰问品。\n")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    assert {("魏善庄镇总工会", x) for x in ("顺丰", "德邦", "韵达")} <= visited, visited


def test_the_second_reviews_cases():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，区总工会举办“劳模进校园”活动。活动中，区总工会副主席刘强介绍了活动安排，"
                   "全国劳模张伟、北京市劳模李娜与师生互动交流。\n")
    assert {"subject": "张伟", "event": "劳模进校园"} in _rels(facts, "participated_in"), "a later clause speaks again"
    facts = _facts("标题\n\n本报讯（记者 任洁）由顺义区总工会主办的“健康顺义”职工运动会在顺义体育中心开幕，"
                   "顺义区体育局、顺义区教委共同承办。\n")
    assert {"顺义区总工会", "顺义区体育局", "顺义区教委"} <= {r["org"] for r in _rels(facts, "organized")}
    facts = _facts("标题\n\n本报讯（记者 任洁）北京温州企业商会联合工会成立。中关村西区管委会联合工会举办了职工趣味运动会。\n")
    assert {"北京温州企业商会联合工会", "中关村西区管委会联合工会"} <= _entities(facts, "Organization")
    facts = _facts("标题\n\n本报讯（记者 任洁）他从一名技术“菜鸟”成长为车间骨干，脸上挂着滴滴汗水。"
                   "职工到京东大峡谷开展疗休养活动。区总工会走访了中通客车北京分公司。\n")
    assert not {"菜鸟", "滴滴", "京东", "中通"} & _entities(facts, "Organization")
    facts = _facts("标题\n\n本报讯（记者 任洁）区总工会举办“迎春杯”职工运动会，北京公交集团员工参加了比赛。\n")
    assert {"subject": "北京公交集团", "event": "迎春杯"} in _rels(facts, "participated_in"), "员工 is no trade's worker"
    facts = _facts("西安市总工会开展送温暖活动\n\n本报讯 西安市总工会开展送温暖活动，市委常委、市总工会主席王强带队慰问。\n")
    assert {"person": "王强", "org": "西安市委", "role": "常委"} in _rels(facts, "holds_role")
    facts = _facts("标题\n\n本报讯（记者 任洁）区总工会举办“劳模进企业”活动。活动中，全国劳模向大家展示了绝活。"
                   "辖区企业、商户等党员志愿者参加了“学雷锋”志愿服务活动。\n")
    assert not {"向大家", "区企业"} & _entities(facts, "Person")


def test_a_body_named_again_without_its_country_is_the_same_body():
    facts = _facts("标题\n\n本报讯（记者 林晓岚）日前，越南河内市劳动者联合会主席范光青率团来京访问。"
                   "来访期间，河内市劳动者联合会代表团前往工人体育场、怀柔区总工会等地参访。\n")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    assert ("越南河内市劳动者联合会", "怀柔区总工会") in visited
    assert ("越南河内市劳动者联合会", "工人体育场") in visited


def test_a_roll_of_honour_keeps_each_entry_whole():
    facts = _facts("标题\n\n本报讯（记者 任洁）我市获奖者分别是：西山煤炭运销集团有限公司党委书记、执行董事，"
                   "高级政工师刘海峰；东方装备有限责任公司总经理，高级经济师陈丽。\n")
    roles = _rels(facts, "holds_role")
    for post in ("党委书记", "执行董事", "高级政工师"):
        assert {"person": "刘海峰", "org": "西山煤炭运销集团有限公司", "role": post} in roles
    assert {"person": "陈丽", "org": "东方装备有限责任公司", "role": "高级经济师"} in roles
    outside = _facts("标题\n\n本报讯（记者 任洁）东方装备有限责任公司总经理王强，高级工程师陈丽介绍了新设备。\n")
    assert not any(r["person"] == "陈丽" and r["role"] == "总经理" for r in _rels(outside, "holds_role"))


@pytest.mark.parametrize("sentence, phrase", [
    ("在推动辽源经济社会发展过程中发出工会声音、展现工会元素。", "发出工会"),
    ("阎村镇总工会开展活动。镇总工会工作人员面向基层职工宣传工会知识。", "宣传工会"),
])
def test_a_union_that_only_describes_what_is_spread_is_no_body(sentence, phrase):
    bodies = _entities(_facts(f"标题\n\n本报讯（记者 任洁）{sentence}\n"), "Organization")
    assert not any(phrase in b for b in bodies)


def test_a_company_union_before_a_contest_of_knowledge_stays_a_body():
    assert "北京城建集团工会" in _entities(_facts("标题\n\n本报讯（记者 任洁）北京城建集团工会知识竞赛开赛。\n"), "Organization")


def test_a_leader_goes_with_a_party_to_a_district_and_the_party_visits_on():
    facts = _facts("标题\n\n本报讯（记者 任洁）6月19日，广元市总工会党组书记、常务副主席邓勇带队专程赴杭州市学习考察。\n\n"
                   "考察组先后参观了杭州市工运史资料陈列室、劳模工匠展示厅。\n")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    for visitor in ("广元市总工会", "邓勇"):
        assert {(visitor, "杭州市"), (visitor, "杭州市工运史资料陈列室"), (visitor, "劳模工匠展示厅")} <= visited
    assert "展示厅" not in _entities(facts, "Person")
    led = _facts("标题\n\n本报讯（通讯员 黄颖欣）10月30日，珠海市香洲区总工会主席肖小龙带队到白云区进行共建交流。\n")
    assert {"subject": "肖小龙", "object": "白云区"} in _rels(led, "visited")


def test_a_declared_short_form_does_not_break_a_list_of_places_visited():
    facts = _facts("标题\n\n本报讯（通讯员 匡蕾蕾）莱芜区总工会副主席刘燕一行到青岛西海岸新区调研。调研组来到山东兴华建设集团有限公司（以下简称“兴华集团”）、"
                   "青岛真情巴士集团有限公司参观考察。兴华集团工会负责人作了介绍。\n")
    objects = {r["object"] for r in _rels(facts, "visited")}
    assert {"山东兴华建设集团有限公司", "青岛真情巴士集团有限公司"} <= objects


def test_a_federation_comes_to_a_city_and_tours_an_exhibition_and_centres():
    facts = _facts("标题\n\n本报讯（通讯员 杨志）3月17日，台湾劳工联合总工会理事长林锡维一行4人来黄冈市参观考察。"
                   "会后，林锡维一行参观了黄冈市劳动者风采摄影展、黄冈市职工活动中心。\n")
    assert {"person": "林锡维", "org": "台湾劳工联合总工会", "role": "理事长"} in _rels(facts, "holds_role")
    visited = {(r["subject"], r["object"]) for r in _rels(facts, "visited")}
    assert {("林锡维", "黄冈市"), ("林锡维", "黄冈市职工活动中心")} <= visited
    came_from = _facts("标题\n\n本报讯（记者 任洁）来自西城区总工会的志愿者来到现场。\n")
    assert not _rels(came_from, "visited"), "来自 is where they come from"


def test_performers_at_a_show_take_part_and_a_lecturer_at_a_show_does_not():
    facts = _facts("标题\n\n本报讯（记者 任洁）近日，西城区总工会在广安门体育馆举办“心连心”慰问演出。"
                   "男高音歌唱家王海涛与两位青年歌手献上一曲《大国工匠》；影视歌手刘春燕演唱了《心里有爱》。"
                   "区总工会主席张红讲述了活动的由来。\n")
    taking_part = {r["subject"] for r in _rels(facts, "participated_in")}
    assert {"王海涛", "刘春燕"} <= taking_part
    assert "张红" not in taking_part, "telling a story is no act of a show, and the organiser's officer takes no part"


def test_a_show_brought_on_a_visit_is_not_part_of_the_site_visited():
    facts = _facts("全总文工团慰问演出国家速滑馆施工现场\n\n本报讯（记者 任洁）近日，全总文工团来到国家速滑馆施工现场慰问建设者。\n")
    places = _entities(facts, "Location")
    assert "国家速滑馆施工现场" in places and not any(p.startswith("演出") for p in places)


def test_a_district_union_said_short_in_a_title_opened_by_another_districts_body():
    facts = _facts("标题\n\n本报讯（通讯员 黄颖欣）10月30日，珠海市香洲区总工会主席肖小龙带队到白云区进行共建交流，"
                   "白云区人大常委会副主任，区总工会党组书记、主席杨雄忠参加。\n")
    roles = _rels(facts, "holds_role")
    assert {"person": "杨雄忠", "org": "白云区总工会", "role": "主席"} in roles
    assert {"person": "肖小龙", "org": "珠海市香洲区总工会", "role": "主席"} in roles


def test_an_award_meeting_named_after_several_honours_and_a_speech_given_at_another_meeting():
    facts = _facts("标题\n\n本报讯（记者 马超）近日，延庆区总工会在延庆区文化馆小剧场举行“五月鲜花”文艺演出，"
                   "深入学习习近平总书记在全国劳动模范和先进工作者表彰大会上的重要讲话精神。\n")
    assert "全国劳动模范和先进工作者表彰大会" in _entities(facts, "Event")
    located = _rels(facts, "located_in")
    assert {"entity": "五月鲜花", "location": "延庆区文化馆小剧场"} in located
    assert not any(r["entity"] == "全国劳动模范和先进工作者表彰大会" for r in located), "held elsewhere"
    listed = _facts("标题\n\n本报讯（记者 马超）4月23日上午，大东区总工会召开先进集体和劳动模范表彰大会。\n")
    assert "先进集体和劳动模范表彰大会" in _entities(listed, "Event")


@pytest.mark.parametrize("sentence, relation_type, unwanted", [
    # a community's officer holds a part-time post in the district's own union
    ("朝阳区总工会召开会议。安华里社区党委书记、区总工会兼职副主席王强作交流发言。", "holds_role",
     {"person": "王强", "org": "安华里社区总工会", "role": "兼职副主席"}),
    # 各区 and another district's body of the same kind are not the city's body named again
    ("北京市劳动模范协会会长李华出席会议。会后，各区劳动模范协会组织劳模走进社区开展“劳模进社区”志愿服务活动。",
     "organized", {"org": "北京市劳动模范协会", "event": "劳模进社区"}),
    # a voice about the show and a sponsor's gifts are no acts on its stage
    ("北京市总工会举办“送文化进工地”慰问演出。北京城建集团工会主席王刚表示，演出为工友们带来了欢乐。",
     "participated_in", {"subject": "王刚", "event": "送文化进工地"}),
    ("由北京市总工会主办的首都职工新春联欢会日前举行。北京银行带来了丰厚的抽奖礼品。",
     "participated_in", {"subject": "北京银行", "event": "首都职工新春联欢会"}),
    # a visit welcomed or planned is not one made
    ("王强表示，欢迎河北省总工会来北京市总工会参观交流。", "visited", {"subject": "河北省总工会", "object": "北京市总工会"}),
    # after a short form's aside and a pause, the list of places visited has ended
    ("丰台区总工会主席李明来到北京城建集团有限公司（以下简称“城建集团”），与北京建工集团有限公司签署合作协议。",
     "visited", {"subject": "李明", "object": "北京建工集团有限公司"}),
    # the hall a congress meets in is no organiser, a short form's aside before the congress notwithstanding
    ("武昌区中南路街工会联合会（以下简称“工会联合会”）第三次代表大会在中南路街道办事处召开。",
     "organized", {"org": "中南路街道办事处", "event": "第三次代表大会"}),
])
def test_what_the_new_rules_of_stop_21_leave_alone(sentence, relation_type, unwanted):
    assert unwanted not in _rels(_facts(f"标题\n\n本报讯（记者 任洁）{sentence}\n"), relation_type)


def test_a_company_unions_brand_and_a_writers_memorial_hall():
    facts = _facts("标题\n\n本报讯（记者 任洁）京投公司工会开展活动，着力打造京投工会品牌。劳模们参观了诗人艾青故居。\n")
    assert "艾青" not in _entities(facts, "Person")
    assert any("京投" in f for e in facts.entities if e.type == "Organization" for f in e.forms)


def test_a_performer_brings_a_piece_and_a_district_union_in_a_traditional_title():
    show = _facts("标题\n\n本报讯（记者 任洁）西城区总工会举办“心连心”慰问演出。胡琴演奏家孟宪德与舞蹈演员共同带来《戏韵春华》。\n")
    assert {"subject": "孟宪德", "event": "心连心"} in _rels(show, "participated_in")
    printed = _facts("標題\n\n本報訊（記者 任潔）珠海市香洲區總工會主席肖小龍帶隊到白雲區交流，白雲區人大常委會副主任，區總工會主席楊雄忠參加。\n")
    assert {"person": "楊雄忠", "org": "白雲區總工會", "role": "主席"} in _rels(printed, "holds_role")
