"""The header of a dump glued into one line, cut apart before the header stage (cleaner/glued_header.py,
cleaner/glued_bylines.py): title, standfirst, byline and dateline of several publishers' shapes are read into
metadata and leave the body, which starts at its first sentence with every sentence whole; dates and names in
body sentences never cut them."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glued_header import header_apart
from cleaner.header_words import load_header_words

TITLE = "Flood defences fail as river bursts its banks in market town"
STANDFIRST = "Residents were moved to a leisure centre as water rose through the night"
BODY = (
    "Emergency crews evacuated more than two hundred homes after the river rose above its defences overnight.",
    "The council said pumps had been brought in from neighbouring counties to clear the worst affected streets.",
    "Forecasters warned that more heavy rain was expected before the weekend across the region.",
    "Insurers said claims were likely to run into millions once the damage had been counted.",
)
AUTHOR = "Priya Sharma"


def _cleaned(header: str, body: tuple[str, ...] = BODY) -> tuple[list[str], dict[str, object]]:
    result = clean(" ".join((header, *body)), name="glued.txt")
    return result.text.splitlines(), dict(result.metadata)


@pytest.mark.parametrize(
    ("header", "date", "modified"),
    [
        (  # a writer with a job, a day-first dateline and its modification (the Guardian's shape)
            f"{TITLE} {STANDFIRST} Priya Sharma Environment correspondent Fri 8 Mar 2024 07.45 GMT Last modified on "
            "Fri 8 Mar 2024 09.30 GMT",
            "2024-03-08T07:45",
            "2024-03-08T09:30",
        ),
        (f"{TITLE} by Priya Sharma Mar 8, 2024, 7:45am EST", "2024-03-08T07:45", None),  # "by" in lower case
        (f"{TITLE} Priya Sharma Fri Mar 08 2024 - 07:45", "2024-03-08T07:45", None),  # a name right before a date
        (f"{TITLE} BY PRIYA SHARMA MARCH 8, 2024 7:45 AM EST", "2024-03-08T07:45", None),  # all in capitals
        (  # a dateline and an update, the byline after them
            f"{TITLE} Mar. 8, 2024, 7:45 AM EST / Updated Mar. 8, 2024, 9:30 AM EST By Priya Sharma",
            "2024-03-08T07:45",
            "2024-03-08T09:30",
        ),
        (  # labelled datelines, the writer's name and handle after them
            f"{TITLE} Published Fri, Mar 8 2024 7:45 AM EST Updated Fri, Mar 8 2024 9:30 AM EST Priya Sharma "
            "@PriyaSharmaNews",
            "2024-03-08T07:45",
            "2024-03-08T09:30",
        ),
        (f"{TITLE} Priya Sharma Thu, March 7, 2024 at 7:45 AM EST ·3 min read", "2024-03-07T07:45", None),
        (f"{TITLE} {STANDFIRST} By Priya Sharma Published On 8 Mar 2024", "2024-03-08", None),
        (
            f"{TITLE} By Priya Sharma Senior Reporter 07:45, 8 Mar 2024 Updated09:30, 8 Mar 2024",
            "2024-03-08T07:45",
            "2024-03-08T09:30",
        ),
    ],
)
def test_a_glued_header_is_read_and_the_body_starts_at_its_first_sentence(
    header: str, date: str, modified: str | None
) -> None:
    lines, metadata = _cleaned(header)
    assert metadata.get("title") == TITLE
    assert metadata.get("author") == AUTHOR
    assert metadata.get("date") == date
    assert metadata.get("date_modified") == modified
    body = lines[1:] if lines and lines[0] == STANDFIRST else lines  # the standfirst may stay
    assert body == list(BODY)


def test_a_writers_handle_and_a_button_before_the_dateline_leave_the_name_readable() -> None:
    header = f"{TITLE} {STANDFIRST} Priya Sharma Science Reporter @PriyaSharmaNews Share 8 March 2024, 07:45 GMT"
    lines, metadata = _cleaned(header)
    assert (metadata.get("author"), metadata.get("date")) == (AUTHOR, "2024-03-08T07:45")
    assert lines[-len(BODY) :] == list(BODY)


def test_two_writers_each_with_a_job_are_both_read() -> None:
    header = f"{TITLE} By Priya Sharma Environment Correspondent and Owen Hartley Reporter 07:45, 8 Mar 2024"
    lines, metadata = _cleaned(header)
    assert metadata.get("author") == "Priya Sharma; Owen Hartley"
    assert lines == list(BODY)


def test_a_writer_glued_after_a_title_ending_in_a_place_keeps_the_place_in_the_title() -> None:
    title = "Storm leaves thousands without power across northern Scotland"
    lines, metadata = _cleaned(f"{title} Priya Sharma Published Mar 8, 2024, 7:45am")
    assert (metadata.get("title"), metadata.get("author")) == (title, AUTHOR)
    assert lines == list(BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 8 March 2024 Priya Sharma has led the recovery effort for the county council.",
        "On Friday 8 March 2024, the council said the defences had been checked the week before.",
        "Residents said on Friday 8 March 2024 that they had been given no warning at all.",
        "The river peaked at 7:45 on March 8, 2024 in the town centre, the agency said.",
        "Priya Sharma, the council leader, said the town would recover within a month.",
    ],
)
def test_a_date_or_a_name_in_the_first_body_sentence_stays_in_it(sentence: str) -> None:
    lines, _metadata = _cleaned(f"{TITLE} By Priya Sharma Published 8 March 2024 07:45 GMT", (sentence, *BODY))
    assert lines == [sentence, *BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 8 March 2024 Priya Sharma has led the recovery effort for the county council.",
        "On Friday 8 March 2024, the council said the defences had been checked the week before.",
        "Crews worked through the night of Friday, March 8, 2024, in the worst affected streets.",
    ],
)
def test_a_dump_without_a_header_keeps_its_dated_first_sentence_whole(sentence: str) -> None:
    lines, metadata = _cleaned(sentence)
    assert lines == [sentence, *BODY]
    assert metadata.get("author") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The closure lasts until Friday 8 March 2024 Network Rail warned passengers in a statement on Monday.",
        "A letter to residents dated 8 March 2024 Priya Sharma signed said the defences had been checked.",
        "In a statement released Friday, March 8, 2024 the council said the pumps would stay all week.",
    ],
)
def test_a_date_a_sentence_word_governs_is_no_dateline_and_no_word_goes(sentence: str) -> None:
    """A date after "until", "dated" or "released" (metadata.toml sentence_date_words) is the first sentence's own:
    no title is taken from the words before it, and every word stays (the line may break at the date, as a
    caption's date does)."""
    lines, metadata = _cleaned(sentence)
    assert " ".join(lines[:2]) == sentence or lines[0] == sentence
    assert lines[-len(BODY) :] == list(BODY)
    assert metadata.get("title") is None and metadata.get("date") is None


def test_header_apart_cuts_only_the_head_and_keeps_later_pieces() -> None:
    words = load_header_words()
    pieces = [
        f"{TITLE} Priya Sharma Fri 8 Mar 2024 07.45 GMT {BODY[0]}",
        "Priya Sharma said on Friday 8 March 2024 that the river had risen again.",
    ]
    assert header_apart(pieces, words) == [
        [TITLE, "Priya Sharma", "Fri 8 Mar 2024 07.45 GMT", BODY[0]],
        [pieces[1]],
    ]


def test_a_caption_with_a_date_after_a_comma_is_not_cut() -> None:
    words = load_header_words()
    caption = "Volunteers fill sandbags outside the town hall, Friday, March 8, 2024, in Lowmoor."
    assert header_apart([caption], words) == [[caption]]
