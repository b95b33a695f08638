"""Dates in header lines: formats in several languages, times beside them, ISO output at the given precision."""

from __future__ import annotations

import pytest

from cleaner.datelines import numeric_order_shown
from cleaner.dates import clock_notations, find_stamps, month_first_reading, time_alone, written_orders
from cleaner.header_words import load_header_words

WORDS = load_header_words()


def _isos(text: str, *, month_first: bool = False) -> list[str]:
    return [s.iso() for s in find_stamps(text, WORDS, month_first=month_first)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 February 2022, 00:17", ["2022-02-23T00:17"]),
        ("Published 12:01, 23 Feb 2022", ["2022-02-23T12:01"]),
        ("Published 11:11 PM EST Nov 19, 2019", ["2019-11-19T23:11"]),
        ("November 20, 2019 - 11:28 AMT", ["2019-11-20T11:28"]),
        ("Monday, November 18, 2019", ["2019-11-18"]),
        ("20 Nov, 2019 05:47", ["2019-11-20T05:47"]),
        ("2022-02-23T07:23:00+00:00", ["2022-02-23T07:23"]),
        ("2022-02-23", ["2022-02-23"]),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", ["2018-01-22T00:13"]),
        ("23. Februar 2022, 10:15 Uhr", ["2022-02-23T10:15"]),
        ("23 février 2022 à 10h15", ["2022-02-23T10:15"]),
        ("23 de febrero de 2022", ["2022-02-23"]),
        ("23 февраля 2022 г.", ["2022-02-23"]),
        ("2013年04月09日", ["2013-04-09"]),
        ("2022.02.23 10:15", ["2022-02-23T10:15"]),
        ("Tuesday 15 February 2022 7pm", ["2022-02-15T19:00"]),
        ("23rd of February 2022", ["2022-02-23"]),
        ("Published: 23/02/2022 | 12:30", ["2022-02-23T12:30"]),
        ("Aktualisiert am 23.02.2022 um 10:15 Uhr", ["2022-02-23T10:15"]),
    ],
)
def test_reads_date_expressions_in_several_languages(text: str, expected: list[str]) -> None:
    """Each format gives the ISO date, with the time when the text writes one beside the date."""
    assert _isos(text) == expected


def test_numeric_dates_follow_the_language_order() -> None:
    """05/10/2018 is 5 October by default and May 10 for month-first languages; an impossible order is fixed."""
    assert _isos("05/10/2018") == ["2018-10-05"]
    assert _isos("05/10/2018", month_first=True) == ["2018-05-10"]
    assert _isos("10/25/2018") == ["2018-10-25"]
    assert _isos("23.02.2022") == ["2022-02-23"]


def test_two_dates_in_one_line_each_take_their_own_time() -> None:
    """An LBC dateline gives the published and the updated stamp, each with its own time."""
    assert _isos("23 February 2022, 00:17 | Updated: 23 February 2022, 07:23") == [
        "2022-02-23T00:17",
        "2022-02-23T07:23",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 12.30 per cent in 2022",
        "He paid £23 in May 2022",
        "31 February 2022",
        "23 February 1850",
        "Call 0800 123 4567",
        "version 2.26.1",
        "",
    ],
)
def test_ignores_things_that_are_not_full_dates(text: str) -> None:
    """Years alone, impossible days, years outside 1990-2039 and numbers give no stamp."""
    assert _isos(text) == []


def test_time_far_from_the_date_is_not_attached() -> None:
    """A clock time separated from the date by other words stays out of the stamp."""
    assert _isos("23 February 2022 the meeting ended at 10:15") == ["2022-02-23"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 10:02", (10, 2)),
        ("at 9:41 pm GMT", (21, 41)),
        ("13.05", (13, 5)),
        ("10:02 and 11:15", None),  # two times
        ("Trains resume at 10:02", None),  # a sentence's words around it
        ("2 Nov 2023", None),
    ],
)
def test_a_clock_time_alone_is_read(text: str, expected: tuple[int, int] | None) -> None:
    assert time_alone(text, WORDS) == expected


def test_written_orders_and_clock_notations_tell_what_they_show() -> None:
    assert list(written_orders("Published 25/10/2023 and 10/25/2023 and 05/10/2023")) == [False, True]
    assert list(clock_notations("10:02am, 22:15, 9.30")) == [True, False, False]


@pytest.mark.parametrize(
    ("lines", "shown"),
    [
        (("Published: 02/11/2023", "- 10:02"), False),  # a 24-hour clock under the date
        (("Published: 02/11/2023 10:02am",), None),  # a 12-hour clock shows nothing: both kinds of country use it
        (("Published: 02/11/2023", "Related", "Storm warning issued 28/10/2023"), False),  # a day over 12
        (("Published: 02/11/2023 14:05", "Comments", "10/28/2023"), True),  # the day over 12 wins over the clock
        (("Published: 02/11/2023 10:02", "Posted 2 Nov 2023 10:02 am"), None),  # clocks of both kinds
        (("Storm leaves thousands without power", "Published: 02/11/2023"), None),
        (("Prices rose by 2.45 per cent in 2023 as costs climbed",), None),  # no dateline: no clock read
        (("Posted at 2013-12-30T14:42:01-0700", "Published: 02/11/2023"), None),  # a machine's timestamp
        (("and last updated 2013-12-30 16:42:01-05", "Published: 02/11/2023"), None),
    ],
)
def test_the_documents_own_dates_and_clock_show_its_numeric_order(lines: tuple[str, ...], shown: bool | None) -> None:
    assert numeric_order_shown(lines, WORDS) is shown


def test_the_documents_order_decides_only_where_the_hostname_does_not() -> None:
    """A day-first country's domain reads day first whatever the document shows; elsewhere the document's own
    evidence decides, and without any an English document reads month first."""
    uk = month_first_reading("en", WORDS, lambda: "www.example.co.uk", lambda: True)
    assert callable(uk) and uk() is False
    shown = month_first_reading("en", WORDS, lambda: "www.example.com", lambda: False)
    assert callable(shown) and shown() is False
    silent = month_first_reading("en", WORDS, lambda: None, lambda: None)
    assert callable(silent) and silent() is True
    assert month_first_reading("de", WORDS, lambda: None, lambda: True) is False
