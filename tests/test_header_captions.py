"""Header shapes with more between or over the title: a photo's caption between headline and byline, a dateline
over the headline, a site's tagline or an aggregator's menu over it."""

from __future__ import annotations

import pytest

from cleaner.bylines import read_byline
from cleaner.datelines import read_header_line
from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.titles import is_label

WORDS = load_header_words()
TITLE = "Harbour board approves $2.1 billion plan to rebuild the old sea wall"
BODY = (
    "The harbour board approved a $2.1 billion plan early Wednesday after more than five hours of debate on costs.",
    "The vote was 9-4, and work on the first section of the wall is to begin in the spring, officials said.",
    "Residents who live along the front had pressed for the rebuild since the storms of last winter.",
)


BUTTONS = frozenset({"Show Caption", "Hide Caption", "Share", "Top stories", "Local", "Open in app", "5h"})


def _take(*lines: str) -> tuple[tuple[str, ...], list[tuple[str, str]], dict[str, object]]:
    kept, removed, hints = take_header(tuple(lines), language="en", words=WORDS, is_junk=BUTTONS.__contains__)
    return kept, [(r.rule, r.text) for r in removed], hints


def test_a_caption_under_a_caption_button_goes_and_the_writer_over_the_paper_is_the_author() -> None:
    """Gannett's header: the caption under "Hide Caption", the writer's name, the paper's, then the dateline."""
    caption = "Board members debated into the early hours of Wednesday."
    kept, removed, hints = _take(
        TITLE,
        "Show Caption",
        "Hide Caption",
        caption,
        "Marta Lindqvist",
        "Lakeview Daily Sentinel",
        "Published 6:02 a.m. ET June 11, 2024",
        *BODY,
    )
    assert ("caption_under_title", caption) in removed
    assert hints["author"] == "Marta Lindqvist"
    assert hints["date"] == "2024-06-11T06:02"
    assert kept[-3:] == BODY


def test_a_sentence_between_title_and_the_writer_with_no_caption_sign_stays_and_the_writer_is_read() -> None:
    """Without a caption's button or credit the sentence may be a standfirst: it stays; the byline is read."""
    standfirst = "Board members debated into the early hours of Wednesday."
    kept, removed, hints = _take(
        TITLE, standfirst, "Marta Lindqvist", "Lakeview Daily Sentinel", "Published 6:02 a.m. ET June 11, 2024", *BODY
    )
    assert standfirst in kept
    assert hints["author"] == "Marta Lindqvist"
    assert ("byline_affiliation", "Lakeview Daily Sentinel") in removed


def test_a_caption_closed_by_its_photo_credit_between_title_and_byline_stays_and_the_byline_is_read() -> None:
    """Golds of whole pages keep such a caption as the article's: it stays; the header is read past it."""
    caption = "The old sea wall at Lakeview after the storms of January. (Ola Berg/AFP/Getty Images)"
    kept, _, hints = _take(TITLE, caption, "By Marta Lindqvist", *BODY)
    assert hints["title"] == TITLE
    assert hints["author"] == "Marta Lindqvist"
    assert kept == (caption, *BODY)


def test_a_lead_or_a_sentence_with_a_credit_over_the_article_stays() -> None:
    """Two sentences are the lead, not a caption; a credited sentence with no byline under it is the article's."""
    lead = "The board met at 6 p.m. It voted at 1 a.m. (Reuters)"
    kept, _, _ = _take(TITLE, lead, "By Marta Lindqvist", *BODY)
    assert lead in kept
    video = "The board approved the plan after a long debate. (Reuters)"
    kept, _, _ = _take(TITLE, video, *BODY)
    assert video in kept


def test_a_dateline_with_a_section_over_the_title_and_the_writer_under_it() -> None:
    """Axios' header: a menu, the date with its section, the title, the writer's name alone under it. The menu's
    last item over the date is no writer ("Harbor Local")."""
    kept, removed, hints = _take(
        "Harbor", "Top stories", "Harbor Local", "Jun 11, 2024 - Economy", TITLE, "Marta Lindqvist", *BODY
    )
    assert hints["title"] == TITLE
    assert hints["author"] == "Marta Lindqvist"
    assert hints["date"] == "2024-06-11"
    assert kept == BODY
    assert ("title_label", "Harbor Local") in removed


def test_a_writer_over_the_date_over_the_title_is_still_the_author() -> None:
    """With no name under the title, the name over the date is the writer's ("Tom Bennett", "Business", date)."""
    _, _, hints = _take("Marta Lindqvist", "Business", "Nov 7, 2023 2:00 AM", TITLE, *BODY)
    assert hints["author"] == "Marta Lindqvist"
    assert hints["title"] == TITLE


def test_a_short_title_over_its_standfirst_stays_the_title() -> None:
    """A short headline under a section's label, over a standfirst sentence and the byline, is the title; so is one
    over a longer line that no byline or dateline follows at once."""
    standfirst = "Board members debated into the early hours of Wednesday before the vote."
    kept, _, hints = _take("News", "Harbour wall rebuild approved", standfirst, "By Marta Lindqvist", *BODY)
    assert hints["title"] == "Harbour wall rebuild approved"
    assert standfirst in kept
    second = "Board members debated into the early hours of Wednesday"
    kept, _, hints = _take("News", "Harbour wall rebuild approved", second, *BODY)
    assert hints["title"] == "Harbour wall rebuild approved"
    assert second in kept
    # a standfirst with no full stop, twice as long as the title, over the byline: still the standfirst
    unstopped = "Board members debated into the early hours of Wednesday before the vote on the new wall"
    kept, _, hints = _take("News", "Harbour wall rebuild approved", unstopped, "By Marta Lindqvist", *BODY)
    assert hints["title"] == "Harbour wall rebuild approved"
    assert unstopped in kept


def test_an_aggregators_title_under_its_menu_is_found_and_the_station_is_no_author() -> None:
    """SmartNews' shape: a short menu ("U.S." ends no sentence), the title, the source station, buttons."""
    kept, removed, hints = _take("Top", "U.S.", "Local", "Open in app", TITLE, "WHBR Lakeview", "5h", "Share", *BODY)
    assert hints["title"] == TITLE
    assert "author" not in hints
    assert ("title_label", "U.S.") in removed
    assert kept[-3:] == BODY


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("WHBR Lakeview", ()),
        ("KTLA Los Angeles", ()),
        ("TJ Holmes", ("TJ Holmes",)),  # two capitals: a name's initials
        ("AJ Willingham", ("AJ Willingham",)),
        ("MARTA LINDQVIST", ("Marta Lindqvist",)),
    ],
)
def test_a_stations_call_sign_and_place_names_no_one(line: str, names: tuple[str, ...]) -> None:
    byline = read_byline(line, WORDS, bare=True)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(("line", "label"), [("U.S.", True), ("U.K. News", True), ("It rained.", False)])
def test_initials_closing_a_short_line_end_no_sentence(line: str, label: bool) -> None:
    assert is_label(line) is label


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marta Lindqvist March 18 at 12:22 PM Follow @mlindqvist", ("Marta Lindqvist",)),
        ("By Marta Lindqvist Mar. 18, 9:05 am EDT", ("Marta Lindqvist",)),
        ("By the end of March 18 the board had voted", None),
        ("By March 18 at noon, the board will decide", None),
    ],
)
def test_a_byline_over_a_date_without_its_year_gives_the_names(line: str, names: tuple[str, ...] | None) -> None:
    read = read_header_line(line, WORDS)
    assert (read.names if read is not None else None) == names


SHARE_BAR = tuple(f"Share on {site}" for site in ("Facebook", "Twitter", "LinkedIn", "Pinterest", "Tumblr", "Reddit"))
MENU = tuple(f"Section {letter}" for letter in "ABCDEFGHIJKL")


def test_the_title_over_a_long_share_bar_and_a_credited_caption_is_found_under_a_menu() -> None:
    """The Washington Post's shape: a long menu, the title, a share bar of many buttons, the photo's caption closed
    by its credit, then the byline with a date that tells no year."""
    caption = "The old sea wall at Lakeview after the storms of January. (Ola Berg/AFP/Getty Images)"
    buttons = (*SHARE_BAR, *SHARE_BAR, "Print Article")
    kept, removed, hints = take_header(
        (*MENU, TITLE, *buttons, caption, "By Marta Lindqvist March 18 at 12:22 PM Follow @mlindqvist", *BODY),
        language="en",
        words=WORDS,
        is_junk=lambda line: line in buttons or line in MENU,
    )
    assert hints["title"] == TITLE
    assert hints["author"] == "Marta Lindqvist"
    assert caption in kept
    assert not [removal for removal in removed if removal.text in BODY]
    assert kept[-3:] == BODY


def test_a_teasers_headline_over_its_lead_and_byline_is_no_title_over_the_article() -> None:
    """A headline, a lead of two sentences (one credited) and a byline under it: the lead is no caption."""
    lead = "The board met at 6 p.m. on Tuesday. It voted at 1 a.m. (Reuters)"
    kept, _, _ = _take(TITLE, lead, "By Marta Lindqvist", *BODY)
    assert lead in kept


def test_a_caption_over_a_credit_naming_a_picture_agency_under_the_dateline_goes() -> None:
    """Business Insider's and Forbes' shape: the dateline, buttons, the photo's caption, its credit alone."""
    caption = "The harbour board's offices in Lakeview."
    credit = "Ola Berg/Getty Images"
    kept, removed, _ = _take(TITLE, "By Marta Lindqvist", "Jun 11, 2024, 9:14 AM EDT", "Share", caption, credit, *BODY)
    assert ("caption_before_credit", caption) in removed
    assert caption not in kept


def test_a_sentence_over_a_news_agency_alone_under_the_dateline_stays() -> None:
    """ "Reuters" alone may sign the story: the line over it is no caption by that."""
    sentence = "The harbour board voted on Tuesday."
    kept, _, _ = _take(TITLE, "Jun 11, 2024, 9:14 AM EDT", sentence, "Reuters", *BODY)
    assert sentence in kept


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Marta Lindqvist, Senior Lecturer in Coastal Engineering, University of Lakeview", ("Marta Lindqvist",)),
        ("Marta Lindqvist, PhD Candidate, Lakeview Institute of Technology", ("Marta Lindqvist",)),
        ("Marta Lindqvist and Tom Reader", ("Marta Lindqvist", "Tom Reader")),  # a surname, no job
        ("Professor Marta Lindqvist", ("Professor Marta Lindqvist",)),
    ],
)
def test_an_academics_job_and_university_after_the_name_are_where_she_works(line: str, names: tuple[str, ...]) -> None:
    byline = read_byline(line, WORDS, bare=True)
    assert byline is not None
    assert byline.names == names


def test_an_author_label_alone_over_an_academics_byline_gives_the_author() -> None:
    """The Conversation's header: the dateline, "Author" alone, then the name with the job and the university."""
    byline = "Marta Lindqvist, Senior Lecturer in Coastal Engineering, University of Lakeview"
    kept, removed, hints = _take(TITLE, "Published: June 11, 2024 9:14pm EDT", "Author", byline, *BODY)
    assert hints["author"] == "Marta Lindqvist"
    assert ("byline", byline) in removed
    assert kept == BODY


def test_a_button_read_as_names_before_a_toggled_caption_does_not_keep_the_caption() -> None:
    """ "More Options" between the title and the caption reads as names; the caption under its button still goes.
    Once the header has dated the story, such a sentence is left to the rules."""
    caption = "Board members debated into the early hours of Wednesday."
    byline = "By Marta Lindqvist March 18 at 12:22 PM Follow @mlindqvist"
    kept, removed, hints = _take(TITLE, "More Options", "Hide Caption", caption, byline, *BODY)
    assert ("caption_under_title", caption) in removed
    assert hints["author"] == "Marta Lindqvist"
    assert kept == BODY  # ("More Options" goes as names the byline under it leaves out)
    kept, _, _ = _take(TITLE, "Jun 11, 2024", "Hide Caption", caption, "By Marta Lindqvist", *BODY)
    assert caption in kept


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marta Lindqvist and Professor Tomas Berg", ("Marta Lindqvist", "Professor Tomas Berg")),
        ("By Marta Lindqvist, Scientist Ana Ruiz", ("Marta Lindqvist", "Scientist Ana Ruiz")),
        ("By Marta Lindqvist, Senior Lecturer in Coastal Studies, University of Hull", ("Marta Lindqvist",)),
        ("By CHEN Jia", ("CHEN Jia",)),  # after "By", capitals first are a surname, not a station's call sign
    ],
)
def test_a_titled_second_writer_and_a_surname_in_capitals_are_writers(line: str, names: tuple[str, ...]) -> None:
    byline = read_byline(line, WORDS)
    assert byline is not None
    assert byline.names == names
