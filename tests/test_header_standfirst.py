"""Article headers whose parts the header once misread: a standfirst sentence between the headline and its byline,
a relative time and buttons under the headline, a lone picture credit over its caption, "By" glued to the name."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.dates import unglued
from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.titles import is_standfirst

WORDS = load_header_words()
TITLE = "Flood defences: Harbour town braces as storm surge nears the coast"
STANDFIRST = "Residents of the low-lying streets have been told to move valuables upstairs before the tide peaks."
BODY = (
    "Flood barriers went up along the harbour front on Tuesday as forecasters warned of a surge of up to two metres.",
    "The council said emergency shelters would open in three schools from six o'clock in the evening.",
    "Ferries to the islands have been cancelled until Thursday, the operator said in a statement.",
)
MENU = ("Skip to content", "Coastal News - back to home", "Watch Live", "Home", "Local", "Politics", "World")
MENU += ("Climate", "Business", "Sport", "Weather", "Travel", "Opinion", "More")


def _text(lines: tuple[str, ...]) -> tuple[list[str], dict[str, object]]:
    result = clean("\n".join(lines), name="made-up.txt")
    return result.text.splitlines(), result.metadata


def test_a_late_title_over_a_standfirst_sentence_is_found_under_the_menu() -> None:
    """The title under a site's menu, a standfirst that ends with a full stop, then the writer, the job and the
    date: the standfirst does not end the search for the title. It stays: golds of real pages hold it as the
    article's ("Blue Tomato präsentiert die dritte Auflage …" under its headline), and losing text is worse."""
    header = (TITLE, STANDFIRST, "Priya Malhotra", "Coastal reporter @priyam", "Tuesday 5 March 2024 09:40, UK")
    text, meta = _text((*MENU, *header, *BODY))
    assert meta["title"] == TITLE
    assert meta["author"] == "Priya Malhotra"
    assert meta["date"] == "2024-03-05T09:40"
    assert TITLE not in text and "Coastal News - back to home" not in text
    assert text[-len(BODY) - 1 :] == [STANDFIRST, *BODY]


def test_a_standfirst_over_a_byline_stays_and_the_byline_under_it_is_read() -> None:
    lines = (TITLE, STANDFIRST, "By Priya Malhotra", "5 March 2024", *BODY)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == (STANDFIRST, *BODY)
    assert {r.rule for r in removed} == {"title_line", "byline", "dateline"}
    assert hints["author"] == "Priya Malhotra"


def test_a_sentence_under_the_title_with_no_header_under_it_stays() -> None:
    """Title, then the article's first sentence, then the second: no byline or dateline follows, so no standfirst."""
    lines = (TITLE, STANDFIRST, *BODY)
    kept, _, _ = take_header(lines, words=WORDS)
    assert kept == (STANDFIRST, *BODY)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (STANDFIRST, True),
        ("Residents told to move valuables upstairs before the tide peaks", True),
        ("Residents were told to leave. The council opened three shelters on the hill.", False),  # two sentences
        ("Storm", False),
        ("See www.example.com for the latest updates on the flood warnings", False),
    ],
)
def test_standfirst_shape(line: str, expected: bool) -> None:
    assert is_standfirst(line) is expected


def test_a_relative_time_and_buttons_under_the_title_leave_the_writer_to_the_header() -> None:
    """The BBC's header: title, "2 hours ago", "Share", "Save", the writer's name alone, the outlet, then a lone
    picture credit over its caption. The writer is read; the credit and its caption leave the body."""
    header = (TITLE, "2 hours ago", "Share", "Save", "Priya Malhotra", "Coastal News, Devon", "Getty Images")
    caption = "Sandbags were stacked along the sea wall on Monday"
    text, meta = _text((*header, caption, *BODY))
    assert meta["title"] == TITLE
    assert meta["author"] == "Priya Malhotra"
    assert text == list(BODY)
    # the same under a menu whose last items are "Video" and "Live": the title is still found over its relative time
    text, meta = _text(("Skip to content", "Home", "News", "Sport", "Video", "Live", *header, caption, *BODY))
    assert meta["title"] == TITLE and meta["author"] == "Priya Malhotra"
    assert caption not in text and all(line in text for line in BODY)


def test_a_sentence_after_a_one_word_credit_under_the_byline_stays() -> None:
    lines = (TITLE, "By Priya Malhotra", "5 March 2024", "Reuters", *BODY)
    kept, removed, _ = take_header(lines, words=WORDS)
    assert all(line in kept for line in BODY)
    assert "caption_after_credit" not in {r.rule for r in removed}


def test_a_subhead_after_a_credit_under_the_byline_stays() -> None:
    """A question (a subhead) under the credit, or a phrase with no sentence under it, is no caption."""
    subhead = "What happens to the ferries?"
    lines = (TITLE, "By Priya Malhotra", "5 March 2024", "Getty Images", subhead, *BODY)
    kept, _, _ = take_header(lines, words=WORDS)
    assert subhead in kept and all(line in kept for line in BODY)
    phrase = "Sandbags along the sea wall"
    lines = (TITLE, "By Priya Malhotra", "5 March 2024", "Getty Images", phrase, "Timeline of the storm", *BODY)
    assert phrase in take_header(lines, words=WORDS)[0]


def test_a_long_lead_that_lost_its_stop_after_a_credit_stays() -> None:
    """A line under a lone credit with no full stop is its caption only when it is short: a lead of more words
    that lost its stop ("... the organisation") is the article's."""
    lead = (
        "The harbour master told the inquiry on Tuesday that the ferry company had ignored three warnings about "
        "the sea wall in the weeks before the storm reached the town"
    )
    lines = (TITLE, "By Priya Malhotra", "5 March 2024", "Getty Images", lead, *BODY)
    kept, removed, _ = take_header(lines, words=WORDS)
    assert lead in kept and all(line in kept for line in BODY)
    assert "caption_after_credit" not in {r.rule for r in removed}


def test_an_agency_under_a_writer_is_the_writers_outlet_not_a_credit() -> None:
    lines = (TITLE, "Priya Malhotra", "Associated Press", "Published 9:40 AM EST Mar 5, 2024", *BODY)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == BODY
    assert hints["date"] == "2024-03-05T09:40"
    assert "caption_after_credit" not in {r.rule for r in removed}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ByPriya Malhotra", "By Priya Malhotra"),
        ("VonAnna Schmidt", "Von Anna Schmidt"),
        ("Bypass closed after crash", "Bypass closed after crash"),
        ("ByteDance Chief Executive", "ByteDance Chief Executive"),
        ("ByPriya", "ByPriya"),  # no name of two words after it
    ],
)
def test_a_byline_prefix_glued_to_the_name_gets_its_blank_back(line: str, expected: str) -> None:
    assert unglued(line, WORDS) == expected


def test_a_reach_byline_run_together_is_read_and_leaves_with_the_job() -> None:
    """Reach: the standfirst, "ByPriya Malhotra" (the prefix run into the name), "News Reporter", the dateline."""
    lines = (TITLE, "Residents told to move valuables upstairs before the tide peaks", "ByPriya Malhotra")
    lines += ("News Reporter", "09:40, 5 Mar 2024Updated12:10, 5 Mar 2024", *BODY)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == (lines[1], *BODY)
    assert hints["author"] == "Priya Malhotra"
    assert hints["date_modified"] == "2024-03-05T12:10"
    assert {"byline", "byline_affiliation"} <= {r.rule for r in removed}


def test_a_caption_over_its_labelled_credit_under_the_dateline_goes() -> None:
    """A glued dump cut "Sandbags on the sea wall on Monday. Photograph: Jane Smith/PA" at its full stop: the
    caption under the dateline, over the credit with its label, goes with it."""
    caption = "Sandbags on the sea wall on Monday."
    lines = (TITLE, "By Priya Malhotra", "Tue 5 Mar 2024 09.40 GMT", caption, "Photograph: Jane Smith/PA", *BODY)
    text, _ = _text(lines)
    assert text == list(BODY)


def test_a_paragraph_or_a_line_under_the_body_over_a_credit_stays() -> None:
    """A first paragraph longer than a caption stays over a credit; so does a short line past the header."""
    lines = (TITLE, "By Priya Malhotra", "Tue 5 Mar 2024 09.40 GMT", BODY[0], "Photograph: Jane Smith/PA", *BODY[1:])
    text, _ = _text(lines)
    assert all(line in text for line in BODY)
    short = "The harbour wall held on Monday."
    lines = (TITLE, "By Priya Malhotra", "Tue 5 Mar 2024 09.40 GMT", *BODY, short, "Photograph: Jane Smith/PA")
    text, _ = _text((*lines, "The ferries will sail again on Thursday, the operator said in a statement."))
    assert short in text


def test_a_caption_cut_after_its_label_and_first_word_goes_over_its_credit() -> None:
    """ "Image: Sandbags on the sea wall on Monday. Pic: PA" glued: the label and first word were cut apart as a
    label; the rest of the caption, under them and over the credit, goes too. A junk line there stays the rules'."""
    lines = (TITLE, "By Priya Malhotra", "Tue 5 Mar 2024 09.40 GMT", "Why you can trust Coastal News")
    lines += ("Image: Sandbags", "on the sea wall on Monday.", "Pic: PA", *BODY)
    kept, removed, _ = take_header(lines, words=WORDS, is_junk=lambda line: line in (lines[3], lines[6]))
    assert "on the sea wall on Monday." not in kept
    assert all(line in kept for line in BODY)
    assert ("Why you can trust Coastal News", "caption_before_credit") not in {(r.text, r.rule) for r in removed}
