"""Header shapes found on unseen publishers (bench/bench_metadata.py): bylines, datelines and HTML authors."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from bench.bench_metadata import author_names, date_verdicts
from cleaner import clean
from cleaner.bylines import read_byline
from cleaner.datelines import read_header_line, read_split_byline
from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.html_meta import page_metadata

WORDS = load_header_words()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ("Joan Biskupic",)),
        ("Opinion by Jane Doe", ("Jane Doe",)),
        (
            "By Dana A. Ford , James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            ("Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"),
        ),
        ('By Amanda "Tania Mae" Tan', ('Amanda "Tania Mae" Tan',)),
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", ("Meg Kinnard", "Errin Haines")),
        ("By DANICA KIRKA and JILL LAWLESS Associated Press", ("Danica Kirka", "Jill Lawless")),
        ("By Jill Disis, CNN Business", ("Jill Disis",)),
        ("By TOM KRISHER, AP Auto Writer", ("Tom Krisher",)),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Reuters", ("Reuters",)),
    ],
)
def test_byline_shapes_of_unseen_publishers(line: str, names: tuple[str, ...]) -> None:
    found = read_byline(line, WORDS)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the river had risen",
        "By the time the police arrived, the crowd had gone.",
        "Analysis of the data shows a rise in prices",
        "Opinion polls put the party ahead",
        "Submitted to the committee on March 3, 2015 were 40 amendments",
        "Source: the river had risen by 2 metres on March 3, 2015",
    ],
)
def test_body_lines_shaped_like_the_new_bylines_stay(line: str) -> None:
    assert read_header_line(line, WORDS) is None


@pytest.mark.parametrize(
    ("line", "date", "names"),
    [
        (
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
            "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            "2015-05-04T13:36",
            ("Martin Untersinger",),
        ),
        ("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "2015-04-30T07:19", ("AFP",)),
        ("Submitted on Mon, 2019-01-21 13:49", "2019-01-21T13:49", ()),
        ("2017-03-10 09:58 来源：网易科学人", "2017-03-10T09:58", ()),
        ("2023-11-17 20:52:15 来源： 新华网", "2023-11-17T20:52", ()),
        ('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm', "2023-11-19T19:18", ('Amanda "Tania Mae" Tan',)),
    ],
)
def test_dateline_shapes_of_unseen_publishers(line: str, date: str, names: tuple[str, ...]) -> None:
    read = read_header_line(line, WORDS)
    assert read is not None
    assert read.stamps[0][0].iso() == date and read.stamps[0][1] == "date"
    assert read.names == names


def test_a_caption_of_names_under_the_byline_and_date_is_no_byline() -> None:
    lines = (
        "'The American friends': New court files expose Sheldon Adelson's security team",
        "Max Blumenthal",
        "Thu, 14 May 2020 17:55 UTC",
        "(L-R) Mike Pompeo, Julian Assange, Sheldon Adelson",
        "An exclusive investigation reveals new details on the role a casino played in a spying operation.",
        "As the co-founder of a small security consulting firm, he spent years in the minor leagues.",
    )
    body, _removed, hints = take_header(lines, words=WORDS)
    assert hints["author"] == "Max Blumenthal" and hints["date"] == "2020-05-14T17:55"
    assert lines[3] in body


def test_a_teaser_byline_below_the_first_sentence_names_nobody() -> None:
    lines = (
        "Un troisième Français mort dans le séisme au Népal",
        "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
        "Laurent Fabius a accueilli jeudi matin à Roissy un premier avion spécial ramenant des rescapés.",
        "Sur le même sujet",
        "Par Sébastien Farcis",
        "Le bilan du séisme au Népal dépasse désormais les 6 000 morts, selon les autorités du pays.",
    )
    body, _removed, hints = take_header(lines, words=WORDS)
    assert hints["author"] == "AFP"
    assert lines[2] in body and lines[5] in body


def _page(head: str, body: str) -> dict[str, str]:
    return page_metadata(lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        (
            "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
            "Dana A. Ford; James S.A. Corey; Chien-Ming Wang; Tom Watkins",
        ),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Martin Untersinger"),
        ("Rachael Link, MS, RD", "Rachael Link"),
        ("Smith, John", "Smith, John"),  # surname first: not a byline of two names, left as written
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_html_author_meta_read_as_a_byline(author: str, expected: str) -> None:
    assert _page(f'<meta name="author" content="{author}">', "<p>Text.</p>")["author"] == expected


def test_html_title_is_the_h1_that_the_declared_title_holds() -> None:
    head = '<meta property="og:title" content="Asia-pacific - Third blogger hacked to death in Bangladesh">'
    body = "<h1>France 24 - International news 24/7</h1><h1>Third blogger hacked to death in Bangladesh</h1>"
    assert _page(head, body)["title"] == "Third blogger hacked to death in Bangladesh"
    site = (
        '<meta property="og:site_name" content="Kabar Dunia Islam"><title>Jangan Membenci | Kabar Dunia Islam</title>'
        '<meta property="og:title" content="Jangan Membenci">'
    )
    assert _page(site, "<h1>Kabar Dunia Islam</h1>")["title"] == "Jangan Membenci"  # one <h1>: the site's name


def test_bench_scoring_rules() -> None:
    assert author_names("Jeremy Herb; Lauren del Valle") == {"Lauren del Valle", "Jeremy Herb"}
    assert date_verdicts("2023-11-06T08:00-05:00", "2023-11-06T13:00+00:00") == (True, True)
    assert date_verdicts("2023-11-06T08:00-05:00", "2023-11-06T08:00") == (True, True)  # wall-clock time
    assert date_verdicts("2023-11-06T08:00-05:00", "2023-11-06") == (False, True)
    assert date_verdicts("2023-11-06", "2023-11-06T21:22") == (True, True)
    assert date_verdicts("2023-11-06", "2023-11-07") == (False, False)


def test_a_question_or_exclamation_is_the_title_over_a_byline_or_dateline() -> None:
    lines = (
        "How does the brain turn unconscious information into conscious thought?",
        "Published Thursday 27 July 2017",
        "By Ana Sandoiu",
        "Neuroscience tells us that most of the work done by our brains happens on an unconscious level.",
        "A new study investigates when the moment takes place in the brain, and how similar it is to others.",
    )
    body, _removed, hints = take_header(lines, words=WORDS)
    assert hints["title"] == lines[0] and hints["author"] == "Ana Sandoiu" and hints["date"] == "2017-07-27"
    assert body == lines[3:]
    exclaims = (
        "7-minute read",
        "Faker wins 4th title as T1 embody Heartsteel’s song to become your Worlds 2023 champion!",
        "Same tears, different emotions.",
        'By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm',
        "T1 are your Worlds 2023 champions! It is the organization’s fourth world championship, and Faker's too.",
    )
    assert take_header(exclaims, words=WORDS)[2]["title"] == exclaims[1]


@pytest.mark.parametrize(
    "lines",
    [
        (  # the article opens with a question: body, not a title
            "Remember New Jersey’s epic quest to find a state slogan?",
            "(We never did settle on one, unlike our 565 municipalities, which are packed with them.)",
            "Enter South Dakota to throw down the gauntlet with a slogan for an anti-drug campaign.",
        ),
        (
            "What’s new in 2.26 (September pack)?",
            "New tasks for the game!",
            "More “Questions” for your opponent",
            "Better Android support",
        ),
        (  # a date alone under a question may be a teaser's: no writer named, no title
            "Remember New Jersey’s epic quest to find a state slogan?",
            "Updated / Saturday, 4 Mar 2023 10:02",
            "Enter South Dakota to throw down the gauntlet with a slogan for an anti-drug campaign.",
        ),
        (
            "Nunca ouviu as sensacionais brinquedorias musicais do grupo Serelepe, de Belo Horizonte?",
            "O grupo lançou o seu primeiro disco em 2019 e desde então faz shows por todo o país.",
        ),
    ],
)
def test_a_question_that_opens_the_article_stays_body(lines: tuple[str, ...]) -> None:
    body, _removed, hints = take_header(lines, words=WORDS)
    assert "title" not in hints and lines[0] in body and lines[-1] in body


def test_junk_under_the_title_is_no_bare_byline() -> None:
    dump = "\n".join(
        (
            "Home",
            "Articles",
            "This API is so Fetching!",
            "Older Article",
            "Newer Article",
            "on March 10, 2015 by Nikhil Marathe",
            "For more than a decade the Web has used XMLHttpRequest to make asynchronous requests in JavaScript.",
            "The Fetch API intends to fix most of these problems, introducing the primitives HTTP itself uses.",
        )
    )
    record = clean(dump, name="post.txt").metadata
    assert record["title"] == "This API is so Fetching!"
    assert record["author"] == "Nikhil Marathe" and record["date"] == "2015-03-10"


def test_a_question_over_junk_shaped_like_names_stays_body() -> None:
    dump = "\n".join(
        (
            "What’s new in 2.26 (September pack)?",
            "Top Stories",
            "New tasks for the game!",
            "More “Questions” for your opponent, and challenges coming soon to every player of the game.",
            "Additional quizzes, surprises and bonuses, so that each game was unique and unforgettable.",
        )
    )
    result = clean(dump, name="news.txt")
    assert result.metadata["title"] is None and "What’s new in 2.26 (September pack)?" in result.text


@pytest.mark.parametrize(
    "lines",
    [
        (  # a kicker ending in a dash over the title, a standfirst and a dateline under it
            "Biz & IT —",
            "Just-released Minecraft exploit makes it easy to crash game servers",
            "Two-year-old bug exposes thousands of servers to crippling attack.",
            "Apr 16, 2015 8:02 pm UTC",
            "A flaw in the wildly popular online game makes it easy for just about anyone to crash the server.",
        ),
        (  # an ad slot's script over the title
            "//<![CDATA[",
            "googleAdSlotInfo.push({",
            "\"slotName\":'DLB1',",
            "\"slotContainer\":'dlb1_container' });",
            "//]]>",
            "How does the brain turn unconscious information into conscious thought?",
            "By Ana Sandoiu",
            "Neuroscience tells us that most of the work done by our brains happens on an unconscious level.",
        ),
        (  # a comment counter between the standfirst and the article
            "Una solución no violenta para la cuestión mapuche",
            "Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente",
            "0",
            "Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo.",
        ),
    ],
)
def test_titles_under_kickers_scripts_and_over_counters(lines: tuple[str, ...]) -> None:
    title = next(line for line in lines if line[:1].isupper() and len(line.split()) > 4)
    assert clean("\n".join(lines), name="news.txt").metadata["title"] == title


def test_html_byline_and_dateline_under_the_headline_fill_what_the_markup_lacks() -> None:
    body = (
        "<article><h1>Let me Google that for you: 2014's most popular food searches</h1>"
        '<div class="info"><div>By <a href="/u/jane">Jane Doe</a></div>'
        "<div>Thu, 14 May 2020 17:55 UTC</div><script>var published = '2001-01-01 10:00';</script></div>"
        "<p>Chia seeds and goji berries are the new kale and quinoa, according to the search giant.</p>"
        "<p>Related: By John Roe, March 3, 2011 8:00 AM</p></article>"
    )
    found = _page("<title>Let me Google that for you</title>", body)
    assert found["date"] == "2020-05-14T17:55"
    # the markup's date-only value takes the printed time of the same day, never another day's
    dated = _page('<meta property="article:published_time" content="2020-05-14">', body)
    assert dated["date"] == "2020-05-14T17:55"
    other_day = _page('<meta property="article:published_time" content="2020-05-13">', body)
    assert other_day["date"] == "2020-05-13"
    assert found["author"] == "Jane Doe"  # "By" and the linked name in two pieces: read as one byline
    signed = _page("", body.replace('By <a href="/u/jane">Jane Doe</a>', "Written by Jane Doe and John Roe"))
    assert signed["author"] == "Jane Doe; John Roe"


def test_html_header_stops_at_the_article_and_reads_no_bare_names() -> None:
    body = (
        "<h1>Intensified Surveillance Has Put the West Bank on Lockdown</h1><div>Tom Bennett</div>"
        "<p>On Sunday, October 29, Ahmed Azza was given permission to leave his neighborhood for the first time.</p>"
        "<div>By Jane Doe</div><div>Nov 7, 2023 2:00 AM</div>"
    )
    found = _page("", body)
    assert "author" not in found and "date" not in found


def test_a_dateline_with_a_hyphenated_reading_time_after_a_middle_dot_gives_its_date() -> None:
    """Yahoo's "Thu, 2 November 2023 at 10:02 am GMT·2-min read": the reading time is a segment of the dateline,
    hyphen or not, and the date and time are read; the line leaves the body."""
    dump = (
        "Storm Ciarán leaves thousands without power across southern England\n"
        "Jane Smith\n"
        "Thu, 2 November 2023 at 10:02 am GMT·2-min read\n"
        "Thousands of homes are without power after Storm Ciarán brought winds of up to 100mph to the coast.\n"
        "The Met Office issued an amber warning for wind across much of the region, which remains in place.\n"
    )
    result = clean(dump, name="yahoo.txt")
    assert result.metadata["date"] == "2023-11-02T10:02"
    assert result.metadata["author"] == "Jane Smith"
    assert result.text.startswith("Thousands of homes are without power")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Smith Fox News", ("Jane Smith",)),
        ("By Jane Smith CBS News", ("Jane Smith",)),
        ("By Mary Ann Smith Sky News", ("Mary Ann Smith",)),
        ("By Fox News Digital", ()),
        ("By Daily Mail Reporter", ()),
        ("By Mirror Online Reporter", ()),
    ],
)
def test_a_name_before_its_outlet_without_a_comma_is_the_author(byline: str, names: tuple[str, ...]) -> None:
    """ "By Jane Smith Fox News": the writer's name, then the outlet in two words with no comma between; an
    outlet's or desk's byline alone names no one."""
    found = read_byline(byline, load_header_words())
    assert found is not None
    assert found.names == names


def test_a_first_line_with_a_kicker_in_capitals_over_a_byline_is_the_title() -> None:
    """The Sun's "STORM HAVOC Storm Ciarán leaves thousands …" reads like a tabloid caption (a label in capitals),
    but as the dump's first line over a byline that names its writer it is the title and leaves the body."""
    dump = (
        "STORM HAVOC Storm Ciarán leaves thousands without power as 100mph winds batter coast\n"
        "Jane Smith\n"
        "Published: 10:02, 2 Nov 2023\n"
        "THOUSANDS of homes are without power after Storm Ciarán brought winds of up to 100mph to the coast.\n"
        "The Met Office issued an amber warning for wind across much of the region, which remains in place.\n"
        "ALL SMILES Jane with the bag she found on the beach\n"
        "Network Rail said trees had fallen on several lines and urged passengers not to travel.\n"
    )
    result = clean(dump, name="sun.txt")
    # the kicker is the headline's label, as the rules read it: the title is the headline under it
    assert result.metadata["title"] == "Storm Ciarán leaves thousands without power as 100mph winds batter coast"
    assert result.metadata["author"] == "Jane Smith"
    assert "ALL SMILES" not in result.text
    assert result.text.startswith("THOUSANDS of homes")
    label_first = "Sur le même sujet\n" + dump.split("\n", 1)[1].replace("THOUSANDS", "Thousands")
    assert clean(label_first, name="label.txt").metadata["title"] != "Sur le même sujet"


def test_a_writers_name_over_a_relative_time_is_the_author() -> None:
    """The Evening Standard's "Jane Smith" under the standfirst, over "2 minutes ago": a bare name over a
    relative time names the writer, as over a dateline (no date is given: the dump holds none)."""
    dump = (
        "Storm Ciarán leaves thousands without power across southern England\n"
        "Winds of up to 100mph hit the south coast\n"
        "Jane Smith\n"
        "2 minutes ago\n"
        "Thousands of homes are without power after Storm Ciarán brought winds of up to 100mph to the coast.\n"
        "The Met Office issued an amber warning for wind across much of the region, which remains in place.\n"
    )
    result = clean(dump, name="standard.txt")
    assert result.metadata["author"] == "Jane Smith"
    assert result.metadata["date"] is None
    assert result.text.startswith("Thousands of homes are without power")


def test_a_caption_and_its_lone_credit_over_the_byline_go_and_times_under_the_datelines_are_read() -> None:
    """GB News: a photo's caption and its credit alone ("PA") between the headline and the byline, then each
    date with its time on the line under it ("Published: 04/12/2023" / "- 09:41"). The caption and the credit
    leave the body, the times belong to the dates above them, and a 24-hour clock reads 04/12 day first."""
    dump = (
        "Rail strike called off as union accepts improved pay offer from train operators\n"
        "Passengers wait on the platform at Leeds station during an earlier walkout\n"
        "PA\n"
        "By Tom Walker\n"
        "Published: 04/12/2023\n"
        "- 09:41\n"
        "Updated: 04/12/2023\n"
        "- 13:05\n"
        "A planned rail strike has been called off after the union accepted an improved pay offer on Monday.\n"
        "The union said its members had voted by a large majority to accept the deal put to them last week.\n"
    )
    result = clean(dump, name="gbnews.txt")
    assert result.metadata["title"].startswith("Rail strike called off")
    assert result.metadata["author"] == "Tom Walker"
    assert result.metadata["date"] == "2023-12-04T09:41"
    assert result.metadata["date_modified"] == "2023-12-04T13:05"
    assert result.text.startswith("A planned rail strike has been called off")
    assert "PA" not in result.text.split() and "09:41" not in result.text
    bare_name = dump.replace(
        "By Tom Walker\nPublished: 04/12/2023\n- 09:41\n", "Tom Walker\nMon 4 Dec 2023 09.41 GMT\n"
    )
    unprefixed = clean(bare_name, name="news.txt")
    assert unprefixed.metadata["author"] == "Tom Walker"  # the writer's name alone over a dateline is a byline too
    assert unprefixed.text.startswith("A planned rail strike has been called off")
    uncaptioned = clean(
        dump.replace("Passengers wait on the platform at Leeds station during an earlier walkout\n", "")
    )
    assert uncaptioned.metadata["author"] == "Tom Walker"  # a credit alone over a byline that names someone
    assert uncaptioned.text.startswith("A planned rail strike has been called off")


def test_a_line_over_a_credit_is_no_caption_when_it_names_the_writer_or_the_credit_is_far_from_the_byline() -> None:
    """Only a caption between the headline and the byline goes with a credit alone under it: a writer's name
    with the agency they work for over a date is a byline, and a credit under the article's first lines is the
    rules' business, not the header's."""
    named = (
        "Rail strike called off as union accepts improved pay offer from train operators\n"
        "Tom Walker\n"
        "Associated Press\n"
        "Published 9:41 am EST Dec 4, 2023\n"
        "A planned rail strike has been called off after the union accepted an improved pay offer on Monday.\n"
        "The union said its members had voted by a large majority to accept the deal put to them last week.\n"
    )
    assert clean(named, name="news.txt").metadata["author"] == "Tom Walker"
    late = (
        "Rail strike called off as union accepts improved pay offer from train operators\n"
        "By Tom Walker\n"
        "A planned rail strike has been called off after the union accepted an improved pay offer on Monday.\n"
        "Passengers on the platform at Leeds station\n"
        "PA\n"
        "The union said its members had voted by a large majority to accept the deal put to them last week.\n"
    )
    kept = clean(late, name="news.txt").text
    assert "The union said its members had voted" in kept and "A planned rail strike" in kept


def test_a_byline_prefix_alone_over_the_writers_name_is_read_as_one_byline() -> None:
    """The Daily Star (Reach): headline, standfirst, a section label, "By" alone, the writer's name, the job
    title, then the datelines. The headline is the title, the name the author, and the header leaves the body;
    the standfirst is the header's only when the rules or the heuristics say so (here nothing does: it stays)."""
    dump = (
        "Pub landlord banned after serving pints to customers during power cut\n"
        "Drinkers were served by candlelight as the village lost power for six hours\n"
        "News\n"
        "By\n"
        "Priya Raman\n"
        "Senior Reporter\n"
        "16:45, 4 Dec 2023\n"
        "Updated 17:20, 4 Dec 2023\n"
        "A pub landlord has been banned from running licensed premises after a hearing on Monday morning.\n"
        "Magistrates heard that the pub had stayed open long after the fire service told staff to close it.\n"
    )
    result = clean(dump, name="star.txt")
    assert result.metadata["title"] == "Pub landlord banned after serving pints to customers during power cut"
    assert result.metadata["author"] == "Priya Raman"
    assert result.metadata["date"] == "2023-12-04T16:45"
    assert result.text.split("\n")[:2] == [
        "Drinkers were served by candlelight as the village lost power for six hours",
        "A pub landlord has been banned from running licensed premises after a hearing on Monday morning.",
    ]
    assert "Priya Raman" not in result.text and "Senior Reporter" not in result.text


def test_a_byline_prefix_alone_over_a_sentence_is_no_byline() -> None:
    """ "By" alone then a line that names nobody: nothing is read, and the line stays."""
    words = load_header_words()
    assert read_split_byline("By", "Priya Raman", words) is not None
    assert read_split_byline("By", "the time the fire service arrived, the pub was empty.", words) is None
    assert read_split_byline("Bystanders", "Priya Raman", words) is None


@pytest.mark.parametrize("label", ["Sign In", "Log In", "Read More", "Date Published", "Related Topics"])
def test_a_ui_label_over_a_dateline_is_no_writers_name(label: str) -> None:
    """A label the rules drop ("Sign In") right over a dateline is shaped like a name, but it is read bare only
    once and, like any bare read, not when the rules drop it whole; nor a label holding a word of the header's
    own labels (metadata.toml's dateline and section labels: "Published", "Topics"). A writer's name there is
    still the author."""
    lines = (
        "Council approves plan to rebuild the old harbour wall",
        "Share",
        label,
        "3 Nov 2023 14:20",
        "The council approved the plan on Friday after months of talks with residents and the harbour trust.",
        "Work on the wall is expected to begin in the spring and to last about two years, officials said.",
    )
    assert clean("\n".join(lines), name="news.txt").metadata["author"] is None
    under_title = "\n".join(line for line in lines if line != "Share")
    assert clean(under_title, name="news.txt").metadata["author"] is None
    named = "\n".join("Priya Raman" if line == label else line for line in lines)
    assert clean(named, name="news.txt").metadata["author"] == "Priya Raman"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Date Published", None),
        ("Last Updated", None),
        ("Related Topics", None),
        ("Marine Le Pen", ("Marine Le Pen",)),
        ("Dan Goodin", ("Dan Goodin",)),
        ("Emily Post", ("Emily Post",)),
    ],
)
def test_a_bare_name_holds_no_word_of_the_headers_labels(line: str, names: tuple[str, ...] | None) -> None:
    found = read_byline(line, load_header_words(), bare=True)
    assert (found.names if found is not None else None) == names


def test_a_section_label_goes_only_over_a_byline_prefix_alone() -> None:
    """The header takes a short label under the standfirst only right over "By" alone (the Reach byline block);
    over a whole byline or a date it leaves it to the rules (a name run together, a desk, a pager)."""
    body = (
        "A pub landlord has been banned from running licensed premises after a hearing on Monday morning.",
        "Magistrates heard that the pub had stayed open long after the fire service told staff to close it.",
    )
    title = "Pub landlord banned after serving pints to customers during power cut"
    split = (title, "Politics", "By", "Priya Raman", "4 Dec 2023 16:45", *body)
    kept, removed, hints = take_header(split, words=load_header_words())
    assert ("Politics", "title_label") in {(r.text, r.rule) for r in removed} and kept == body
    assert hints["author"] == "Priya Raman"
    whole = (title, "Politics", "By Priya Raman", "4 Dec 2023 16:45", *body)
    kept, _removed, _hints = take_header(whole, words=load_header_words())
    assert kept == ("Politics", *body)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("TAX MISERY Council tax bills to rise by five per cent across the county", "Council tax"),
        ("NHS England chief warns of winter crisis as flu cases rise in the north", "NHS England"),
        ("UK PM Rishi Sunak says the economy is turning the corner at last", "UK PM"),
        ("EU Commission fines Google over the way it runs its advertising business", "EU Commission"),
    ],
)
def test_a_tabloid_kicker_leaves_the_title_but_an_acronym_stays(title: str, expected: str) -> None:
    """A kicker in capitals the rules read as a caption's label ("TAX MISERY") is no part of the title; capitals the
    rules do not drop the line for ("NHS England", "UK PM") are the headline's own words."""
    dump = (
        f"{title}\n"
        "Priya Raman\n"
        "Published: 16:45, 4 Dec 2023\n"
        "Council tax bills will rise by five per cent from April, the county council confirmed on Monday.\n"
        "The council said the rise was needed to protect services for older people and children in care.\n"
    )
    assert clean(dump, name="news.txt").metadata["title"].startswith(expected)
