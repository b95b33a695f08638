"""Headers further down a dump: under a long menu, a page's scripts or a list of teasers, over their byline/date."""

from __future__ import annotations

from cleaner.datelines import read_header_line
from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.titles import in_capitals, is_label, looks_like_headline

WORDS = load_header_words()
BODY = (
    "A blogger was hacked to death by assailants using machetes in Bangladesh on Tuesday, police said.",
    "Ananta Bijoy Das, a 33-year-old blogger who advocated secularism, was attacked by four assailants.",
    "After the attackers fled, Das was rushed to hospital but declared dead on arrival, police and medics said.",
)
MENU = (*(f"Section {name}" for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "Asia-pacific")
SCRIPT = ("function linkedInSuccess(data) {", "trackingSocial.li_tracker();", "}")


def _take(*lines: str, is_junk: object = None) -> tuple[tuple[str, ...], list[tuple[str, str]], dict[str, object]]:
    junk = is_junk if callable(is_junk) else None
    kept, removed, hints = take_header(tuple(lines), language="en", words=WORDS, is_junk=junk)
    return kept, [(r.rule, r.text) for r in removed], hints


def test_header_under_a_long_menu_is_found_over_its_byline_and_dateline() -> None:
    """Past the first 25 lines, a headline with a byline and a dateline under it (scripts and a caption between) is
    the title; the menu above it is left to the rules."""
    kept, removed, hints = _take(
        *MENU,
        "Third blogger hacked to death in Bangladesh",
        *SCRIPT,
        "© Munir uz Zaman, AFP | Police forensics investigate the scene",
        "Text by NEWS WIRES",
        "Published : 2015-05-12",
        *BODY,
    )
    assert hints["title"] == "Third blogger hacked to death in Bangladesh"
    assert hints["date"] == "2015-05-12" and "author" not in hints
    assert [rule for rule, _text in removed] == ["title_line", "byline", "dateline"]
    assert kept[: len(MENU)] == MENU and kept[-3:] == BODY


def test_title_behind_share_buttons_and_a_script_is_found_over_its_byline() -> None:
    """Share labels and a script's lines over the headline do not hide it when its byline follows."""
    _kept, _removed, hints = _take(
        "SHARE THIS",
        "Print",
        "Email",
        "More sharing",
        "Reddit",
        "StumbleUpon",
        "Delicious",
        "/* push in config for this share instance */",
        "cnn_shareconfig.push({",
        '"id" : "cnn_sharebar1",',
        '"title" : "After storm, forecasters see smooth sailing for Thanksgiving"',
        "});",
        "After storm, forecasters see smooth sailing for Thanksgiving",
        "By Dana A. Ford and Tom Watkins, CNN",
        *BODY,
    )
    assert hints["title"] == "After storm, forecasters see smooth sailing for Thanksgiving"
    assert hints["author"] == "Dana A. Ford; Tom Watkins"


def test_teaser_headlines_over_the_article_give_way_to_the_headline_over_its_dateline() -> None:
    """A list of teasers' headlines opens the dump: the title is the one over the dateline; a kicker's name between
    them is no author when the byline names a desk."""
    teasers = (
        "Drake Assaulted in Dubai Nightclub",
        "Tom Cruise, Katie Holmes -- No Love Lost ... NOT on Speaking Terms",
        "Adam Levine -- Unlucky Strike ... Nails Fan in Head With Mic",
        "Robert Durst Arrested with Latex Mask In Apparent Attempt to Change Identity",
        "Miley Cyrus -- She's Hung Out With Patrick's Cabo Girl",
    )
    kept, _removed, hints = _take(
        *teasers,
        "Home",
        "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
        "Lupita Nyong'o",
        "$150K Pearl Oscar Dress ... STOLEN!!!!",
        "2/26/2015 7:11 AM PST BY TMZ STAFF",
        *BODY,
    )
    assert hints["title"] == "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"
    assert hints["date"] == "2015-02-26T07:11" and "author" not in hints
    assert kept[:6] == (*teasers, "Home") and kept[-3:] == BODY


def test_title_repeated_over_its_dateline_gives_the_date() -> None:
    """The first line is the title; its repeat further down, over the source and the date, is the article's header."""
    title = "外国专家：中美合作共赢符合国际社会利益"
    lead = (
        "在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家告诉《中国日报》，中美合作共赢符合国际社会利益。"
    )
    kept, _removed, hints = _take(title, lead, *SCRIPT, title, "2023-11-17 15:13", lead, *BODY)
    assert hints["title"] == title and hints["date"] == "2023-11-17T15:13"
    assert kept[0] == lead and title not in kept


def test_no_late_title_from_the_article_itself() -> None:
    """Below a sentence, a question ends a standfirst; a bulleted line is a list item; a subhead under the article's
    first sentences is none: with a byline or a date under them they stay in the body."""
    standfirst = (
        "Zugverkehr: Mit Schnellzugtrassen durch Europa will die FDP zum Klimaschutz beitragen.",
        "Die Strecken gibt es längst.",
        "Warum ist das Angebot bisher keine Konkurrenz zum Fliegen?",
        "Eine Analyse von Caspar Schwietering",
        *BODY,
    )
    kept, _removed, hints = _take("x" * 400, *standfirst)
    assert "title" not in hints and hints["author"] == "Caspar Schwietering"
    assert kept == ("x" * 400, *standfirst[:3], *BODY)
    calendar = ("Calendário da Stock Car 2018", "1a etapa: 10 de março – Interlagos", "12a etapa: 9 de dezembro")
    listed = (*calendar, "* Calendário sujeito a alterações feitas pelo Organizador", "2017-03-10 09:58", *BODY)
    kept, _removed, hints = _take(*listed)
    assert hints.get("title") != listed[3] and listed[3] in kept
    subhead = (*BODY[:2], "Police say the attackers fled the scene", "March 3, 2020", *BODY[2:])
    kept, _removed, hints = _take(*MENU, *subhead)
    assert "title" not in hints and kept == (*MENU, *subhead)


def test_teaser_names_under_a_late_headline_are_no_header() -> None:
    """A headline over bare names only (a teaser's writer) is no late title."""
    lines = (*MENU, "30 Essential Home Repair Tools You Should Have", "Matt Jancer", *BODY)
    kept, removed, hints = _take(*lines)
    assert "title" not in hints and not removed and kept == lines


def test_headline_copied_into_a_script_is_no_lead() -> None:
    """A script's quoted copy of the headline ("'title':'…',") does not make the headline a lead sentence."""
    title = "Let me Google that for you: 2014's most popular food-related searches"
    _kept, _removed, hints = _take(
        "comments", title, "Print", "on December 27, 2014 at 12:06 PM", f"'title':'{title}',", *BODY
    )
    assert hints["title"] == title and hints["date"] == "2014-12-27T12:06"
    lead = "Chelsea have paid the world record fee"
    kept, _removed, hints = _take(lead, f"{lead} for their new keeper, sources said.", *BODY)
    assert "title" not in hints and kept[0] == lead
    crumb = "Digitalpolitische Jahrestagung 2015 der Heinrich-Böll-Stiftung Baden-Württemberg"
    _kept, _removed, hints = _take(f"> Blog > Aus den Ländern > {crumb}", crumb, "12.05.2015", *BODY)
    assert hints["title"] == crumb  # a breadcrumb ending in the headline makes it no lead


def test_scripts_without_spaces_and_without_capitals_are_no_labels_or_shouting() -> None:
    """A Chinese headline of two phrases is no two-word label; a Thai headline holding "DNA" is not in capitals."""
    assert not is_label("短缺药品保供稳价 全力保障临床用药需求")
    assert is_label("习政权ウォッチ") and is_label("Biz & IT —") and is_label("BREAKING NEWS TODAY NOW")
    thai = "ผล DNA ยืนยัน ศพลอยแม่น้ำโขงเป็นคนสนิท อ.สุรชัย"
    assert not in_capitals(thai) and not is_label(thai) and looks_like_headline(thai)
    assert in_capitals("EXCLUSIVE: THE ROYAL WEDDING PLANS REVEALED") and not looks_like_headline(
        "EXCLUSIVE THE ROYAL WEDDING PLANS REVEALED"
    )


def test_genre_before_the_byline() -> None:
    """ "Eine Analyse von …" is a byline; words after the genre that are no name keep the line from being one."""
    assert read_header_line("Eine Analyse von Caspar Schwietering", WORDS).names == ("Caspar Schwietering",)  # type: ignore[union-attr]
    assert read_header_line("Une chronique de Marie Dupont", WORDS).names == ("Marie Dupont",)  # type: ignore[union-attr]
    assert read_header_line("Kommentar von Europa bis Asien", WORDS) is None


def test_latest_update_labels_the_date_modified() -> None:
    """ "Latest update :" and its kin in other languages label the date modified."""
    for line in ("Latest update : 2015-05-12", "Dernière mise à jour : 12/05/2015", "Última actualización: 12/05/2015"):
        read = read_header_line(line, WORDS)
        assert read is not None and [(s.iso(), role) for s, role in read.stamps] == [("2015-05-12", "date_modified")]


def test_chinese_japanese_korean_bylines_name_the_writers() -> None:
    """A role with a blank or colon before the names ("編集委員 中沢克二", "作者：王五") or after a name
    ("홍길동 기자") is a byline; words that merely hold a role ("记者会见", "新聞記者") and a role alone name nobody."""
    for line, names in (
        ("編集委員 中沢克二", ("中沢克二",)),
        ("记者 张三 李四", ("张三", "李四")),
        ("作者：王五", ("王五",)),
        ("홍길동 기자", ("홍길동",)),
    ):
        read = read_header_line(line, WORDS, bare=True)
        assert read is not None and read.names == names
    for line in ("记者会见", "新聞記者", "本报记者", "文化部门", "習政権ウォッチ", "北朝鮮"):
        assert read_header_line(line, WORDS, bare=True) is None
    title = "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    _kept, _removed, hints = _take(title, "編集委員 中沢克二", "北朝鮮", "トランプ政権", "2018/6/19 5:50", *BODY)
    assert hints["title"] == title and hints["author"] == "中沢克二"


def test_dateline_with_the_place_it_was_filed_from() -> None:
    """ "発信地：" labels the place a story was filed from, brackets and all, beside its date."""
    read = read_header_line("2018年6月18日 10:01 発信地：カノ/ナイジェリア [ ナイジェリア アフリカ ]", WORDS)
    assert read is not None and [s.iso() for s, _role in read.stamps] == ["2018-06-18T10:01"]
    assert read_header_line("2018年6月18日 10:01 Source: a man who saw the attack from his shop", WORDS) is None


def test_arabic_dateline_with_two_month_names_and_its_update_time() -> None:
    """Arabic weekdays and months (Egyptian and Levantine names, both at once after a slash) make a dateline; an
    "Updated 14:00 GMT" after the date, a time of no other day, leaves the date to it and is when that day's story
    was modified; prose after a date does not."""
    read = read_header_line("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", WORDS)
    assert read is not None and [(s.iso(), role) for s, role in read.stamps] == [
        ("2013-08-28", "date"),
        ("2013-08-28T14:00", "date_modified"),
    ]
    read = read_header_line("12 تشرين الأول 2019", WORDS)
    assert read is not None and [s.iso() for s, _role in read.stamps] == ["2019-10-12"]
    read = read_header_line("5 March 2020 | Updated 14:00 GMT", WORDS)
    assert read is not None and [(s.iso(), role) for s, role in read.stamps] == [
        ("2020-03-05", "date"),
        ("2020-03-05T14:00", "date_modified"),
    ]
    assert read_header_line("5 March 2020, updated at the end of the talks", WORDS) is None
    assert read_header_line("28 آب 2013، قال مسؤولون إن الهجوم وقع في المساء", WORDS) is None


def test_writer_named_over_a_section_label_and_the_date_above_the_title() -> None:
    """A name alone over the date (a section's label maybe between) above the title is the writer's; a desk's
    name there, or a name over no date, is a label and names nobody."""
    title = "Intensified Israeli Surveillance Has Put the West Bank on Lockdown"
    kept, removed, hints = _take("Tom Bennett", "Business", "Nov 7, 2023 2:00 AM", title, *BODY)
    assert hints["author"] == "Tom Bennett" and hints["title"] == title and kept == BODY
    assert [rule for rule, _text in removed] == ["byline", "title_label", "dateline", "title_line"]
    _kept, _removed, hints = _take("Business News", "Nov 7, 2023 2:00 AM", title, *BODY)
    assert "author" not in hints
    _kept, _removed, hints = _take("Tom Bennett", "Business", "Politics", title, "Nov 7, 2023 2:00 AM", *BODY)
    assert "author" not in hints and hints["title"] == title


def test_the_writers_own_byline_below_gives_the_date_its_time() -> None:
    """A header date without a clock time takes it from a byline further down by the same writer on the same day;
    another writer's line (a comment's) or another day's gives none, and the lines stay."""
    header = ("This API is so Fetching!", "on March 10, 2015 by Nikhil Marathe", *BODY)
    signed = "Posted by Nikhil Marathe on March 10, 2015 at 08:05"
    kept, _removed, hints = _take(*header, signed)
    assert hints["date"] == "2015-03-10T08:05" and kept[-1] == signed
    others = ("Posted by Jane Roe on March 10, 2015 at 11:32", "Posted by Nikhil Marathe on March 12, 2015 at 08:05")
    for other in others:
        _kept, _removed, hints = _take(*header, other)
        assert hints["date"] == "2015-03-10"


def test_first_lines_are_still_read_when_the_title_is_found_further_down() -> None:
    """A byline among the dump's first lines is read as before; the labels between it and a late title are left to
    the rules, not taken as the title's."""
    kept, removed, hints = _take(
        "By Jane Doe", "12 comments", *MENU, "Third blogger hacked to death", "Published : 2015-05-12", *BODY
    )
    assert hints["author"] == "Jane Doe" and hints["title"] == "Third blogger hacked to death"
    assert [rule for rule, _text in removed] == ["byline", "title_line", "dateline"]
    assert kept == ("12 comments", *MENU, *BODY)
