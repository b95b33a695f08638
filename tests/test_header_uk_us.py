"""Header shapes of UK and US publishers cleaner has no profile for: Reach's split labels, job titles under names."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaner import clean
from cleaner.datelines import read_header_line
from cleaner.dates import unglued
from cleaner.header import take_header
from cleaner.header_next import role_line
from cleaner.header_words import load_header_words
from cleaner.html_header import header_under

WORDS = load_header_words()
BODY = (
    "The council approved the plan on Friday after months of talks with residents and the harbour trust.",
    "Work on the wall is expected to begin in the spring and to last about two years, officials said.",
)
TITLE = "Council approves plan to rebuild the old harbour wall after winter storms"


def test_a_dateline_label_alone_over_its_date_says_which_date_that_is() -> None:
    """Reach (Mirror, Manchester Evening News, WalesOnline): "Updated" alone on its line, the date on the next.
    The date under it is the modified date, and both lines leave the body."""
    lines = (
        TITLE,
        "By",
        "Hannah Osei",
        "Local Democracy Reporter",
        "07:30, 5 Mar 2024",
        "Updated",
        "12:10, 5 Mar 2024",
        *BODY,
    )
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == BODY
    assert (hints["date"], hints["date_modified"]) == ("2024-03-05T07:30", "2024-03-05T12:10")
    assert ("Updated", "dateline_label") in {(r.text, r.rule) for r in removed}
    published = ("Published:" if line == "Updated" else line for line in lines)
    assert take_header(tuple(published), words=WORDS)[2]["date"] == "2024-03-05T07:30"


def test_a_dateline_label_alone_over_anything_but_a_date_is_left_to_the_rules() -> None:
    lines = (TITLE, "By Hannah Osei", "5 Mar 2024", "Updated", *BODY)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert "Updated" in kept and "date_modified" not in hints
    assert "Updated" not in {r.text for r in removed}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Transport Correspondent", True),
        ("Local Democracy Reporter", True),
        ("Reporter", True),
        ("BBC Wales", True),
        ("BBC Wales Investigates Today", False),
        ("reporter", False),
        ("News reporter @HannahOseiNews", True),
        ("BBC News, Cardiff", True),
        ("Aled Jones, Cardiff", False),
        ("Hannah Osei", False),
        ("The council met on Friday.", False),
        ("5 Mar 2024", False),
    ],
)
def test_a_role_line_is_a_job_or_outlet_that_names_nobody(line: str, expected: bool) -> None:
    assert role_line(line, WORDS) is expected


@pytest.mark.parametrize(
    "header",
    [
        ("Hannah Osei", "Local Democracy Reporter", "Tuesday 5 March 2024 07:30, UK"),  # Sky News, the Telegraph
        ("Hannah Osei", "News reporter @HannahOseiNews", "05 March 2024 7:30am GMT"),
        ("5 March 2024", "Share", "Hannah Osei", "BBC News, Cardiff"),  # the BBC: the date over the name
    ],
)
def test_a_writers_name_over_a_job_title_is_the_author(header: tuple[str, ...]) -> None:
    """A writer's name alone, then the job title or outlet (maybe with a place), over the dateline or under the
    date the header already told: the name is the author and neither line stays in the body."""
    result = clean("\n".join((TITLE, *header, *BODY)), name="news.txt")
    assert result.metadata["author"] == "Hannah Osei"
    assert result.metadata["date"].startswith("2024-03-05")
    assert result.text.startswith(BODY[0])
    assert "Hannah Osei" not in result.text and "Reporter" not in result.text and "Cardiff" not in result.text


def test_a_name_over_a_line_that_is_no_job_is_not_read_as_a_byline() -> None:
    """Two names stacked under the standfirst over the body, no date anywhere: nothing says they are a byline."""
    lines = (TITLE, "Residents had asked for the work for a decade", "Hannah Osei", "Aled Jones", *BODY)
    assert take_header(lines, words=WORDS)[2].get("author") is None


@pytest.mark.parametrize(
    ("line", "date", "modified"),
    [
        ("March 5, 2024 7:30 am(Updated 12:10 pm)", "2024-03-05T07:30", "2024-03-05T12:10"),  # iNews
        ("Tuesday March 05 2024, 7.30am GMT, The Times", "2024-03-05T07:30", None),
        ("5 Mar 2024 07:30 | Irish Examiner", "2024-03-05T07:30", None),
        ("March 5, 20247:30 AM GMTUpdated an hour ago", "2024-03-05T07:30", None),  # Reuters, spans run together
        ("March 5, 2024 7:30 AM GMT Updated 3 hours ago", "2024-03-05T07:30", None),
    ],
)
def test_datelines_of_uk_and_us_papers(line: str, date: str, modified: str | None) -> None:
    read = read_header_line(line, WORDS)
    assert read is not None and not read.names
    roles = {role: stamp.iso() for stamp, role in read.stamps}
    assert roles.get("date") == date and roles.get("date_modified") == modified


@pytest.mark.parametrize(
    "line",
    [
        "On 5 March 2024 the harbour trust told The Times it would not object",
        "5 Mar 2024 07:30 | Hannah Osei Smith Jones Williams Post",
        "The vote on March 5, 2024 was updated an hour ago by the clerk",
    ],
)
def test_sentences_with_a_date_and_an_outlet_stay_body(line: str) -> None:
    assert read_header_line(line, WORDS) is None


def test_unglued_splits_only_a_year_from_its_time_and_a_capitalised_label() -> None:
    assert unglued("March 5, 20247:30 AM GMTUpdated", WORDS) == "March 5, 2024 7:30 AM GMT Updated"
    assert unglued("Candidate Date: 5 March 2024", WORDS) == "Candidate Date: 5 March 2024"
    assert unglued("outdated 2024", WORDS) == "outdated 2024"
    assert unglued("room 20247:30", WORDS) == "room 2024 7:30"  # only read as a date where a date is written


def test_writers_stacked_with_their_job_titles_and_an_and_alone_between_are_all_authors() -> None:
    """Reach prints each writer with a job title under "By", "and" alone between them: both are the authors and
    the whole block leaves the body. An "and" alone under a byline over something else than a name stays."""
    lines = (
        TITLE,
        "By",
        "Hannah Osei",
        "Local Democracy Reporter",
        "and",
        "Aled Jones",
        "Reporter",
        "07:30, 5 Mar 2024",
        *BODY,
    )
    kept, _removed, hints = take_header(lines, words=WORDS)
    assert hints["author"] == "Hannah Osei; Aled Jones" and kept == BODY
    unnamed = (TITLE, "By Hannah Osei", "and", "the harbour trust said the wall would be rebuilt.", *BODY)
    kept, _removed, hints = take_header(unnamed, words=WORDS)
    assert hints["author"] == "Hannah Osei" and kept[:2] == unnamed[2:4]


def test_a_save_button_beside_share_leaves_the_body_and_sentences_about_saving_stay() -> None:
    dump = "\n".join((TITLE, "5 March 2024", "Share", "Save", "Hannah Osei", "BBC Wales", *BODY, "Save the date."))
    result = clean(dump, name="news.txt")
    assert result.text.split("\n")[:2] == list(BODY)
    assert "Save the date." in result.text


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("by Hannah Osei - 03/05/24 7:30 AM ET", "2024-03-05T07:30"),  # The Hill: a two-digit year, then the time
        ("05/03/2024 7:30am GMT | Updated March 5, 2024", "2024-03-05T07:30"),  # HuffPost UK: GMT, the day first
        ("03/05/2024 7:30 AM EST", "2024-03-05T07:30"),  # an American zone: the month first
    ],
)
def test_numeric_dates_read_with_a_short_year_or_in_the_order_their_zone_writes(dateline: str, date: str) -> None:
    result = clean("\n".join((TITLE, dateline, *BODY)), name="news.txt")
    assert result.metadata["date"] == date
    assert result.text.startswith(BODY[0])


@pytest.mark.parametrize("line", ["Won 3/05/24 against the visitors", "Score 11/02/23", "Room 3/05/24, floor 7 and 8"])
def test_a_two_digit_year_without_a_clock_time_after_it_is_no_date(line: str) -> None:
    read = read_header_line(line, WORDS)
    assert read is None or not read.stamps


def test_an_update_time_under_a_day_is_that_days_modified_time_and_reporting_from_is_the_bylines() -> None:
    """The New York Times: "By …", "Reporting from …", the day alone, then "Updated 12:10 p.m. ET" under it."""
    lines = (TITLE, "By Hannah Osei", "Reporting from Cardiff, Wales", "March 5, 2024", "Updated 12:10 p.m. ET")
    kept, _removed, hints = take_header((*lines, *BODY), words=WORDS)
    assert kept == BODY
    assert (hints["date"], hints["date_modified"]) == ("2024-03-05", "2024-03-05T12:10")
    assert not role_line("Reporting from the council chamber, where members met", WORDS)


@pytest.mark.parametrize("line", ["Today at 07:30", "Yesterday, 6:15 pm", "Heute, 14:02 Uhr"])
def test_a_relative_day_with_a_time_is_a_dateline_that_tells_no_date(line: str) -> None:
    kept, removed, hints = take_header((TITLE, "Hannah Osei", line, *BODY), words=WORDS)
    assert kept == BODY and hints["author"] == "Hannah Osei" and "date" not in hints
    assert ("relative_dateline", line) in {(r.rule, r.text) for r in removed}


def test_sentences_about_today_stay() -> None:
    lines = (TITLE, "By Hannah Osei", "Today at 7:30 the council will vote on the plan for the harbour wall.", *BODY)
    kept, _removed, _hints = take_header(lines, words=WORDS)
    assert kept[0] == lines[2]


def test_html_update_label_in_its_own_element_dates_the_update_and_dates_the_page_when_alone() -> None:
    """Reach's markup: "Updated" in a <span> of its own, the time in the next element. The published date stays
    the page's; a page that prints only the update is dated by it."""
    page = (
        "<article><h1>{title}</h1><div>By Hannah Osei</div><div>{published}<span>Updated</span>"
        "<time>12:10, 5 Mar 2024</time></div><p>{body}</p></article>"
    )
    both = lxml_html.fromstring(page.format(title=TITLE, published="<time>07:30, 5 Mar 2024</time>", body=BODY[0]))
    found = header_under(both.find(".//h1"), WORDS)
    assert (found["date"], found["date_modified"]) == ("2024-03-05T07:30", "2024-03-05T12:10")
    alone = lxml_html.fromstring(page.format(title=TITLE, published="", body=BODY[0]))
    assert header_under(alone.find(".//h1"), WORDS)["date"] == "2024-03-05T12:10"


@pytest.mark.parametrize(
    ("header", "author"),
    [
        (("Hannah Osei in Cardiff", "Tue 5 Mar 2024 07.30 GMT"), "Hannah Osei"),  # the Guardian
        (("Hannah Osei in New York", "Published March 5 2024"), "Hannah Osei"),  # the FT
        (("Visitors in Cardiff", "Tue 5 Mar 2024 07.30 GMT"), None),  # not a name: one word before "in"
    ],
)
def test_a_writers_name_with_where_they_file_from_over_a_dateline_is_the_author(
    header: tuple[str, ...], author: str | None
) -> None:
    lines = (TITLE, "Residents had asked for the work for a decade", *header, *BODY)
    assert take_header(lines, words=WORDS)[2].get("author") == author


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Mar 5th 2024|CARDIFF", True),  # the Economist: the place in capitals after the date
        ("Madrid - 06 feb 2024", True),
        ("5 Mar 2024 | Cardiff", False),  # a capitalised word after the date may be anything: a name, a label
        ("5 Mar 2024 | THE HARBOUR WALL IS RISING", False),
    ],
)
def test_a_place_beside_the_date_opens_the_line_or_closes_it_in_capitals(line: str, read: bool) -> None:
    assert (read_header_line(line, WORDS) is not None) is read


def _under_headline(pieces: str) -> dict[str, str]:
    page = lxml_html.fromstring(f"<article><h1>{TITLE}</h1>{pieces}<p>{BODY[0]}</p></article>")
    return header_under(page.find(".//h1"), WORDS)


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # the time in an element of its own under the day (the Herald Sun's "March 13, 2015" / "9:00PM")
        (
            "<span>by:</span><span>Hannah Osei</span><div>March 5, 2024</div><div>7:30PM</div>",
            {"author": "Hannah Osei", "date": "2024-03-05T19:30"},
        ),
        # a news agency alone over the dateline, the update's label in brackets (Libération)
        (
            "<div>AFP</div><time>5 mars 2024 à 07:30</time><span>(Mis à jour :</span><time>5 mars 2024 à 08:10</time>)",
            {"author": "AFP", "date": "2024-03-05T07:30", "date_modified": "2024-03-05T08:10"},
        ),
        # a writer's name, the outlet, the dateline; then "By", a linked name, ",", another (PolitiFact)
        (
            "<div>Hannah Osei</div><div>The Harbour Post</div><div>Tue, 5 Mar 2024 07:30 UTC</div>",
            {"author": "Hannah Osei", "date": "2024-03-05T07:30"},
        ),
        (
            "<div>By <a>Hannah Osei</a>, <a>Aled Jones</a> on Tuesday, March 5th, 2024 at 7:30 a.m.</div>",
            {"author": "Hannah Osei; Aled Jones", "date": "2024-03-05T07:30"},
        ),
    ],
)
def test_html_header_pieces_read_as_the_dump_reads_its_lines(pieces: str, expected: dict[str, str]) -> None:
    assert _under_headline(pieces) == expected


@pytest.mark.parametrize(
    "pieces",
    [
        "<nav>Home</nav><div>Hannah Osei</div><div>Tue, 5 Mar 2024 07:30 UTC</div>",  # a name, but not first
        "<div>Hannah Osei</div><div>Aled Jones wrote about the harbour for years</div><div>5 Mar 2024</div>",
        "<div>Hannah Osei</div><div>Residents</div><div>Visitors</div><div>5 Mar 2024</div>",
    ],
)
def test_html_names_alone_elsewhere_are_no_byline(pieces: str) -> None:
    assert "author" not in _under_headline(pieces)


def test_a_writers_handle_and_buttons_may_stand_between_the_job_title_and_the_dateline() -> None:
    """The National: name, job, "@handle", "Share", then the date: the name is the author. A sentence there instead
    ends the search: the name over it is read as nothing."""
    header = ("Hannah Osei", "Local Democracy Reporter", "@HannahOseiNews", "Share", "5 March 2024, 07:30 GMT")
    standfirst = "Residents had asked for the work for a decade"
    result = clean("\n".join((TITLE, standfirst, *header, *BODY)), name="news.txt")
    assert result.metadata["author"] == "Hannah Osei" and result.text.split("\n")[:2] == list(BODY)
    assert "@HannahOseiNews" not in result.text
    interrupted = (*header[:2], BODY[1], header[4])
    assert "author" not in take_header((TITLE, standfirst, *interrupted, BODY[0]), words=WORDS)[2]


def test_a_glued_dumps_byline_run_onto_the_headline_leaves_the_title_and_names_the_author() -> None:
    """A dump glued into one line: the splitter leaves the byline on the headline's line (the Daily Mail's)."""
    more = (
        "The trust said the old wall had been patched many times since it was built in the nineteenth century.",
        "Engineers found that two sections had moved by several centimetres during the storms of the last winter.",
        "Residents said they had waited for years and hoped the new wall would protect the houses along the front.",
    )
    header = ("By HANNAH OSEI FOR MAILONLINE", "Published: 07:30 GMT, 5 March 2024 | Updated: 12:10 GMT, 5 March 2024")
    result = clean(" ".join((TITLE, *header, *BODY, *more)), name="glued.txt")
    assert result.metadata["title"] == TITLE and result.metadata["author"] == "Hannah Osei"
    assert result.metadata["date"] == "2024-03-05T07:30"
    assert result.text.startswith("\n".join(BODY))


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Hannah Osei Chief Reporter", "Hannah Osei"),  # name and job in title case on one line
        ("Aled Jones Political Editor", "Aled Jones"),
        ("Middle East Correspondent", None),  # a desk over the date names no one
        ("Harbour Trust Annual Report", None),
    ],
)
def test_a_writers_name_and_job_on_one_line_over_a_dateline(line: str, author: str | None) -> None:
    lines = (TITLE, "Residents had asked for the work for a decade", line, "Tue 5 Mar 2024 07.30 GMT", *BODY)
    kept, _removed, hints = take_header(lines, words=WORDS)
    assert hints.get("author") == author
    assert (line in kept) is (author is None)
