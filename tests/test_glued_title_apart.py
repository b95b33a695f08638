"""A glued dump's title cut from the standfirst glued after it, over the writer's name and job and the dateline."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glued_header import header_apart
from cleaner.header_words import load_header_words

WORDS = load_header_words()
TITLE = "Flood defences: harbour town braces as storm surge nears across Cornwall"
STANDFIRST = "Residents of low-lying streets told to move valuables upstairs, with some roads already closed"
WRITER = "Priya Malhotra Coastal correspondent"
DATELINE = "Tue 5 Mar 2024 09.40 GMT"
BODY = (
    "Flood barriers went up along the harbour front on Tuesday as forecasters warned of a surge of up to two metres.",
    "The council said emergency shelters would open in three schools from six o'clock in the evening.",
)


def test_the_title_is_cut_from_its_standfirst_over_a_writers_piece() -> None:
    """The headline ends with the name its preposition governs ("across Cornwall"); the capitalised word after it
    opens the standfirst, even with the writer's name and job a piece of its own before the dateline."""
    pieces = header_apart([f"{TITLE} {STANDFIRST}", WRITER, DATELINE], WORDS)
    assert pieces[0] == [TITLE, STANDFIRST]
    result = clean(" ".join((TITLE, STANDFIRST, WRITER, DATELINE, *BODY)), name="made-up.txt")
    assert result.metadata["title"] == TITLE
    assert result.metadata["author"] == "Priya Malhotra"
    assert all(line in result.text for line in BODY)


@pytest.mark.parametrize(
    "head",
    [
        # a name after a preposition with a lower-case word after it, but a title-case headline: no sentence case
        "Storm Surge Nears Across Cornwall Residents Told To Move Valuables Upstairs As Roads Close In The Town",
        # two capitalised words after the preposition: the headline may go on with them
        "Harbour town braces as storm surge nears across New England Residents of low-lying streets told to move",
    ],
)
def test_no_cut_where_the_headline_may_go_on(head: str) -> None:
    pieces = header_apart([head, WRITER, DATELINE], WORDS)
    assert pieces[0] == [head]


def test_a_name_after_a_preposition_is_no_standfirst_start() -> None:
    """ "... across Cornwall with ..." goes on with the headline; the standfirst starts at the one capitalised word
    after a lower-case word that is no preposition ("... NO ferries Residents of ...")."""
    head = "Storm chaos as surge nears across Cornwall with some towns running NO ferries"
    standfirst = "Residents of the low-lying streets have been told to move valuables upstairs before the tide"
    pieces = header_apart([f"{head} {standfirst}", "By Priya Malhotra", DATELINE], WORDS)
    assert pieces[0] == [head, standfirst]


def test_a_relative_time_buttons_and_a_lone_credit_around_the_writer_are_cut_apart() -> None:
    """The BBC's header glued: title, "2 hours ago", "Share Save", the writer and the outlet, a photo's credit.
    The relative time is a dateline piece, the writer is read past the buttons, the credit is no job of theirs."""
    head = f"{TITLE} 2 hours ago Share Save Priya Malhotra Coastal News, Devon Getty Images {BODY[0]}"
    pieces = header_apart([head], WORDS)[0]
    assert pieces[:3] == [TITLE, "2 hours ago", "Share Save"]
    assert pieces[3:5] == ["Priya Malhotra", "Coastal News, Devon"]
    assert pieces[5].startswith("Getty Images")
    result = clean(" ".join((TITLE, "2 hours ago", "Share", "Save", "Priya Malhotra Coastal News", *BODY)), name="g")
    assert result.metadata["author"] == "Priya Malhotra"
    assert all(line in result.text for line in BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The barriers went up 2 hours ago and the water has already reached the harbour steps in several places.",
        "Forecasters said the surge peaked 2 hours ago. Priya Malhotra said the town was lucky this time around.",
    ],
)
def test_a_relative_time_inside_a_sentence_is_no_dateline(sentence: str) -> None:
    pieces = header_apart([f"{TITLE} {sentence}"], WORDS)[0]
    assert not any(piece == "2 hours ago" for piece in pieces)
    assert clean(f"{TITLE} {sentence} {BODY[0]} {BODY[1]}", name="g").text.count("2 hours ago") == 1


def test_a_title_glued_to_a_standfirst_sentence_over_the_writer_and_date_is_found() -> None:
    """The standfirst ends with a full stop, so the title and it make one sentence piece of the glued line; the
    writer and the dateline right after it say it is the header, and the title is cut from it."""
    standfirst = "Residents of the low-lying streets have been told to move valuables upstairs before the tide peaks."
    glued = " ".join((TITLE, standfirst, "Priya Malhotra Coastal reporter", "Tuesday 5 March 2024 09:40, UK", *BODY))
    result = clean(glued, name="glued.txt")
    assert result.metadata["title"] == TITLE
    assert result.metadata["author"] == "Priya Malhotra"
    assert result.metadata["date"] == "2024-03-05T09:40"
    assert all(line in result.text for line in (standfirst, *BODY))


def test_a_first_sentence_over_a_byline_is_not_cut_into_a_title() -> None:
    """The article's first sentence (no headline and standfirst in it) before a byline stays whole."""
    first = "Flood barriers went up along the harbour front on Tuesday as forecasters warned of a storm surge."
    glued = " ".join((first, "By Priya Malhotra", "Tuesday 5 March 2024 09:40, UK", *BODY))
    result = clean(glued, name="glued.txt")
    assert first in result.text and result.metadata.get("title") is None


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        (  # an article and a name open the standfirst
            "Sydney mum's warning after toddler swallows button battery",
            "A Sydney mother has issued a warning to other parents after her son swallowed a button battery.",
        ),
        (  # an acronym opens it
            "Sudan's displaced face famine as fighting blocks aid convoys",
            "UN agencies say nearly five million people are one step away from famine as the siege goes on.",
        ),
    ],
)
def test_a_standfirst_opened_by_an_article_or_an_acronym_is_cut_from_the_title(title: str, standfirst: str) -> None:
    pieces = header_apart([f"{title} {standfirst} Chloe Ambrose June 11, 2024 - 9:14AM"], WORDS)
    assert pieces[0][:2] == [title, standfirst]


def test_a_capitalised_word_after_lower_case_opens_the_standfirst_before_an_acronym_does() -> None:
    """An acronym inside the headline ("... hit NHS waiting lists") is no standfirst's start when the usual one is
    there; with two usual ones the head stays whole."""
    title = "Strikes hit NHS waiting lists as doctors walk out again"
    standfirst = "Junior doctors began a three-day strike on Monday morning across England and Wales."
    pieces = header_apart([f"{title} {standfirst} Chloe Ambrose June 11, 2024 - 9:14AM"], WORDS)
    assert pieces[0][:2] == [title, standfirst]


def test_a_headline_length_head_that_ends_a_sentence_holds_a_standfirst() -> None:
    head = (
        "Senate deal on border funding collapses hours before vote Republicans said the text came too late to review."
    )
    pieces = header_apart([head, "Democrats said that was an excuse.", "By Darren Holt 06/11/2024 05:00 AM EDT"], WORDS)
    assert pieces[0] == [
        "Senate deal on border funding collapses hours before vote",
        "Republicans said the text came too late to review.",
    ]


def test_a_short_sentence_over_the_byline_is_not_cut() -> None:
    """A head of a headline's length with no full stop at its end is the title whole."""
    head = "Senate deal on border funding collapses hours before vote Republicans say"
    assert header_apart([head, "By Darren Holt 06/11/2024 05:00 AM EDT"], WORDS)[0] == [head]


@pytest.mark.parametrize(
    "head",
    [
        "Rail passengers faced long delays on Tuesday morning when Network engineers found a broken rail near the "
        "station.",
        "Commuters were stuck for hours on Tuesday morning and Network engineers found a broken rail near the station.",
    ],
)
def test_one_sentence_over_the_byline_with_a_name_after_a_clause_word_stays_whole(head: str) -> None:
    assert header_apart([head, "By Jane Doe 06/11/2024 05:00 AM EDT"], WORDS)[0] == [head]
