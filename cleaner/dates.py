"""Dates in header lines: find date (and time) expressions in several languages, as ISO 8601 local time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from cleaner.header_words import HeaderWords

YEAR = r"(?P<y>(?:199|20[0-3])\d)"  # htmldate's year range: no stamp before 1990 or after 2039
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_WORD_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
_TIMES = (
    re.compile(
        r"(?<![\d:.,])(?P<H>[0-2]?\d)(?::|h|\.(?=[0-5]\d(?!\d)))(?P<M>[0-5]\d)(?::[0-5]\d)?"
        r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?(?!\d)",
        re.I,
    ),
    re.compile(r"(?<![\d:.,])(?P<H>1[0-2]|0?[1-9])\s*(?P<ap>[ap])\.?\s?m\b\.?", re.I),
)
_PM_BEFORE = re.compile(r"(?:오후|午後|下午)\s*$")
_GAP_PUNCTUATION = re.compile(r"^[\s,،;\-–—/()|·•]*$")
_MAX_GAP_CHARS = 24
_UTC_OFFSET = re.compile(r"(?<=[A-Za-z])[+-][01]?\d(?::?[0-5]\d)?\b")
MonthFirst = bool | Callable[[], bool]  # or asked only when an ambiguous numeric date turns up
_ANY_YEAR = re.compile(r"(?:199|20[0-3])\d")  # every date pattern holds a YEAR: without one, no pattern can match
_NUMERIC_DATE = re.compile(rf"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){YEAR}(?![\d/])")
# a numeric date with a two-digit year, read only with the clock time after it ("by Jane Doe - 11/02/23 10:02 AM
# ET", The Hill's): alone, "11/02/23" is as often a fraction, a score or a reference number
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>/)(?P<b>[0-3]?\d)/(?P<yy>[0-3]\d)(?![\d/])(?=,?\s+[0-2]?\d[:.][0-5]\d)"
)
_SHORT_YEAR_CENTURY = 2000
_MAX_MONTH = 12
_YEAR_FIRST_DATETIME = re.compile(rf"{YEAR}[-/.][01]?\d[-/.][0-3]?\d(?:[T ][0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?")
_MAX_TIME_ALONE_CHARS = 30  # "- 10:02", "at 10:02 am GMT": a clock time alone on its line, under its date


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date (and maybe a time) found in a line, with the span it covers."""

    year: int
    month: int
    day: int
    start: int
    end: int
    hour: int | None = None
    minute: int | None = None

    def iso(self) -> str:
        """ISO 8601 at the precision the text gives: "2022-02-23" or "2022-02-23T00:17"."""
        date = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return date if self.hour is None else f"{date}T{self.hour:02d}:{self.minute or 0:02d}"

    def at(self, clock: tuple[int, int]) -> Stamp:
        """The same date at clock (hour, minute): a time printed apart from its date."""
        return replace(self, hour=clock[0], minute=clock[1])


def untimed_last(stamps: Sequence[tuple[Stamp, str]]) -> tuple[Stamp, str] | None:
    """The last (date, role) read when it told no clock time: the one a time printed under it belongs to."""
    return stamps[-1] if stamps and stamps[-1][0].hour is None else None


@lru_cache(maxsize=8)
def _date_patterns(month_pattern: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, order) pairs; order says how to read groups a/b of numeric dates, or "named" for y/m/d groups."""
    # a month may be named twice, in two calendars' names: "28 آب/اغسطس 2013" (Levantine and Egyptian Arabic)
    month = rf"(?P<mon>{month_pattern})\.?(?:\s?/\s?(?:{month_pattern})(?!\w))?"
    return (
        (
            re.compile(
                rf"(?<![\d/.-]){YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?(?!\d)"
            ),
            "named",
        ),
        (re.compile(rf"{YEAR}\s*[년年]\s*(?P<m>[01]?\d)\s*[월月]\s*(?P<d>[0-3]?\d)\s*[일日]"), "named"),
        (re.compile(rf"(?<![\d/.-]){YEAR}[./](?P<m>[01]?\d)[./](?P<d>[0-3]?\d)\.?(?![\d/])"), "named"),
        (_NUMERIC_DATE, "numeric"),
        (
            re.compile(rf"(?<!\w){_DAY}\s*(?:de\s+|of\s+)?{month}(?!\w)[,،]?\s*(?:de\s+|del\s+)?{YEAR}(?!\d)", re.I),
            "named",
        ),
        (re.compile(rf"(?<!\w){month}(?!\w)\s*{_DAY},?\s+{YEAR}(?!\d)", re.I), "named"),
    )


def _numeric_day_month(match: re.Match[str], *, month_first: MonthFirst) -> tuple[int, int]:
    """Day and month of a numeric date such as 05/10/2018, by the order the language uses."""
    a, b = int(match["a"]), int(match["b"])
    if a > 12 or (match["sep"] == "." and b <= 12):
        return a, b
    if b > 12:
        return b, a
    return (b, a) if (month_first() if callable(month_first) else month_first) else (a, b)


def _stamp(match: re.Match[str], order: str, words: HeaderWords, *, month_first: MonthFirst) -> Stamp | None:
    groups = match.groupdict()
    if order == "numeric":
        day, month = _numeric_day_month(match, month_first=month_first)
    else:
        day = int(groups["d"])
        month = words.months[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    year = int(groups["y"]) if groups.get("y") else _SHORT_YEAR_CENTURY + int(groups["yy"])
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    hour = int(groups["H"]) if groups.get("H") else None
    minute = int(groups["M"]) if groups.get("M") else None
    return Stamp(year, month, day, match.start(), match.end(), hour, minute)


def _dates(text: str, words: HeaderWords, *, month_first: MonthFirst) -> list[Stamp]:
    """Every date in text, without overlaps (earliest, then longest, wins)."""
    if _ANY_YEAR.search(text) is None:  # most header lines: skips six scans, two of them over all month names
        if "/" not in text or not (short := _SHORT_YEAR_DATE.search(text)):
            return []
        stamp = _stamp(short, "numeric", words, month_first=month_first)
        return [stamp] if stamp is not None else []
    found: list[Stamp] = []
    for pattern, order in _date_patterns(words.month_pattern):
        for match in pattern.finditer(text):
            stamp = _stamp(match, order, words, month_first=month_first)
            if stamp is not None:
                found.append(stamp)
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Stamp] = []
    for stamp in found:
        if not kept or stamp.start >= kept[-1].end:
            kept.append(stamp)
    return kept


def _clock_times(text: str) -> Iterator[tuple[int, int, int, int, bool]]:
    """(start, end, hour, minute, twelve_hour) of every clock time in text; twelve_hour: written with am/pm."""
    for pattern in _TIMES:
        for match in pattern.finditer(text):
            hour, minute = int(match["H"]), int(match.groupdict().get("M") or 0)
            pm = (match["ap"] or "").lower() == "p" or bool(_PM_BEFORE.search(text[: match.start()]))
            if match["ap"] and not 1 <= hour <= 12:
                continue
            twelve_hour = bool(match["ap"]) or pm
            hour = (hour % 12) + (12 if pm else 0) if twelve_hour else hour
            if hour <= 23:
                yield match.start(), match.end(), hour, minute, twelve_hour


def _times(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of every clock time in text."""
    for start, end, hour, minute, _twelve_hour in _clock_times(text):
        yield start, end, hour, minute


def clock_time(text: str) -> tuple[int, int] | None:
    """(hour, minute) of the one clock time in text, None when it holds none or several."""
    times = list(_times(text))
    return (times[0][2], times[0][3]) if len(times) == 1 else None


def time_alone(text: str, words: HeaderWords) -> tuple[int, int] | None:
    """(hour, minute) when the text is one clock time and nothing else but the words and marks that join a time
    to its date ("- 10:02", "at 10:02 am GMT"): a dateline's time printed on the line under its date."""
    if len(text) > _MAX_TIME_ALONE_CHARS:
        return None
    times = list(_times(text))
    if len(times) != 1:
        return None
    start, end, hour, minute = times[0]
    return (hour, minute) if _is_gap(text[:start] + " " + text[end:], words) else None


def written_orders(text: str) -> Iterator[bool]:
    """For each numeric date in text whose order shows (one of its first two numbers is over 12, so it is the
    day): True when it is written month first (10/25/2023), False when day first (25/10/2023)."""
    if _ANY_YEAR.search(text) is None:
        return
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if 1 <= a <= _MAX_MONTH < b:
            yield True
        elif 1 <= b <= _MAX_MONTH < a:
            yield False


def clock_notations(text: str) -> Iterator[bool]:
    """For each clock time in text, whether it is written on a 12-hour clock (with am/pm: "10:02am") or not
    ("10:02", "22:15": a 24-hour clock, which the countries that write the day first use). Not the time of a date
    written year first ("2013-12-30T14:42:01-0700"): a machine's timestamp, on a 24-hour clock everywhere."""
    for *_span, twelve_hour in _clock_times(_YEAR_FIRST_DATETIME.sub(" ", text)):
        yield twelve_hour


def _is_gap(text: str, words: HeaderWords) -> bool:
    """True when the text between a date and a time only joins them (", ", " at ", " às ", " - ", "EST")."""
    if len(text) > _MAX_GAP_CHARS:
        return False
    text = _UTC_OFFSET.sub("", text)  # "GMT+1", "UTC-05:00": the zone's offset joins like the zone
    leftover = [w for w in _WORD_TOKEN.findall(text) if w.lower() not in words.filler]
    return not leftover and bool(_GAP_PUNCTUATION.match(_WORD_TOKEN.sub(" ", text)))


def _attach_time(stamp: Stamp, text: str, times: list[tuple[int, int, int, int]], words: HeaderWords) -> Stamp:
    """The stamp with the clock time written right after (or else right before) it, if any."""
    after = [t for t in times if t[0] >= stamp.end and _is_gap(text[stamp.end : t[0]], words)]
    before = [t for t in times if t[1] <= stamp.start and _is_gap(text[t[1] : stamp.start], words)]
    if after:
        start, end, hour, minute = min(after)
        times.remove((start, end, hour, minute))
        return replace(stamp, end=end, hour=hour, minute=minute)
    if before:
        start, end, hour, minute = max(before)
        times.remove((start, end, hour, minute))
        return replace(stamp, start=start, hour=hour, minute=minute)
    return stamp


def without_times(text: str) -> str:
    """The text with its clock times and UTC offsets blanked out: "آخر تحديث 14:00 (GMT+0400)" → a label and a zone."""
    for pattern in _TIMES:
        text = pattern.sub(" ", text)
    return _UTC_OFFSET.sub(" ", text)


# a year run together with the clock time after it: "November 2, 20233:02 PM GMT" (Reuters' spans, glued)
_DIGIT = re.compile(r"\d")
_YEAR_GLUED_TO_TIME = re.compile(r"(?<=\s)((?:199|20[0-3])\d)(?=[0-2]?\d:[0-5]\d(?!\d))")


def unglued(text: str, words: HeaderWords) -> str:
    """The dateline with a space put back where a page's spans ran together: between a year and its clock time
    ("20233:02 PM"), after a byline's prefix glued to the name ("ByTom Walker"), and before a dateline label glued
    to the word before it ("GMTUpdated an hour ago")."""
    if _DIGIT.search(text) is not None:
        text = _YEAR_GLUED_TO_TIME.sub(r"\1 ", text)
    text = words.glued_byline_prefix.sub(r"\g<0> ", text)  # "ByTom Walker": a byline's spans run together
    return words.glued_label.sub(" ", text)


def find_stamps(text: str, words: HeaderWords, *, month_first: MonthFirst = False) -> list[Stamp]:
    """Every date in text with the clock time written beside it; month_first reads 05/10/2018 as May 10 (a
    callable is asked only when such an ambiguous date is found)."""
    stamps = _dates(text, words, month_first=month_first)
    if not stamps:
        return []
    times = [t for t in _times(text) if not any(s.start < t[1] and t[0] < s.end for s in stamps)]
    result = []
    for stamp in stamps:
        result.append(stamp if stamp.hour is not None else _attach_time(stamp, text, times, words))
    return result


def month_first_reading(
    language: str,
    words: HeaderWords,
    hostname: Callable[[], str | None],
    evidence: Callable[[], bool | None] = lambda: None,
) -> MonthFirst:
    """Whether an ambiguous numeric date (05/10/2018) reads month first: in a month-first language
    (metadata.toml [dates]) unless the publisher's hostname is under a day-first country's domain, or else the
    document itself shows its order (evidence: True month first, False day first, None when it tells nothing).
    Hostname and evidence are looked for only when such a date turns up."""
    if language not in words.month_first_languages:
        return False

    @cache
    def decide() -> bool:
        host = (hostname() or "").lower().rstrip(".")
        if host.rpartition(".")[2] in words.day_first_tlds:
            return False
        shown = evidence()
        return True if shown is None else shown

    return decide


__all__ = [
    "MonthFirst",
    "Stamp",
    "clock_notations",
    "clock_time",
    "find_stamps",
    "month_first_reading",
    "time_alone",
    "unglued",
    "without_times",
    "written_orders",
]
