"""Wire datelines that open an article's first sentence ("WASHINGTON (AP) —", "LONDON, March 13 (Reuters) -")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from cleaner.header_words import HeaderWords
from cleaner.line_shape import LATIN_CAPITALS

MIN_REST_WORDS = 6  # what follows a dateline glued to the first sentence is that sentence, not a fragment
_UPPER = LATIN_CAPITALS
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’.-]{{2,}}"  # WASHINGTON, ST., N.Y.-style abbreviations need the region
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ /]{_CAPS_WORD}|[ /][{_UPPER}][{_UPPER}'’.-]+){{0,3}}"
_TITLE_WORD = rf"[{_UPPER}][a-zß-ÿ'’.-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:[ /-]{_TITLE_WORD}){{0,2}}"
_REGION_NAME = rf"[{_UPPER}][\w'’.-]*(?:\s+[{_UPPER}][\w'’.-]*){{0,2}}"
_REGION = rf"(?:,\s*{_REGION_NAME}|\s*\[{_REGION_NAME}\])"  # "KYIV, Ukraine", "Islamabad [Pakistan]"
_INITIALS = r"[A-Z]{2,6}"
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SENTENCE_START = rf"(?=[{_UPPER}0-9\"“‘'«¿¡])"
_OPENS_SENTENCE = re.compile(_SENTENCE_START)


@dataclass(frozen=True, slots=True)
class WireDateline:
    """A dateline read off a line: its text, the sentence after it ("" when alone), and its date if it has one."""

    text: str
    rest: str
    month: int | None = None
    day: int | None = None
    year: int | None = None


@lru_cache(maxsize=8)
def _patterns(month_pattern: str, agencies: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The dateline shapes, each anchored at the line start and ending where the sentence begins."""
    wire = "|".join(sorted((re.escape(a) for a in agencies), key=len, reverse=True))
    outlet = rf"(?:{wire}|{_INITIALS})"
    agency = rf"\((?:{outlet})(?:[/ -](?:{outlet}|[A-Z][a-z]+)){{0,2}}\)"
    date = (
        rf"(?:,\s*(?:(?P<mon>(?i:{month_pattern}))\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\.?\s+(?P<mon2>(?i:{month_pattern}))\.?)"
        r"(?:,?\s+(?P<year>(?:19|20)\d\d))?)"
    )
    place = rf"(?:{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}?"
    caps_place = rf"{_CAPS_PLACE}{_REGION}?"
    # Not "NEW DELHI: …": a label in capitals before a colon is as often a salutation or a warning ("DEAR ABBY:",
    # "ATENÇÃO:") as a place.
    return (
        # "WASHINGTON (AP) —", "Tokyo (AFP) –", "LONDON, March 13 (Reuters) -", "Madrid, 6 feb (EFE).-", "(CNN) —"
        re.compile(rf"^(?:{place}{date}?\s*)?{agency}\s*(?:[—–]|-{{1,2}}|\.-)\s*"),
        # "NEW YORK —", "KYIV, Ukraine —", "BERLIN, Feb 26 -": a place in capitals, a dash, then the sentence
        re.compile(rf"^{caps_place}{date}?(?:\s*[—–]|\s+-{{1,2}})\s+{_SENTENCE_START}"),
        # "New Delhi, Feb 23 (PTI) The …", "Islamabad [Pakistan], Feb 23 (ANI): The …", "Tokyo (CNN)The …": a known
        # wire's name in brackets (not any initials: "(UK)", "(AAPL)") with no dash after it: a date before it, a
        # colon after it or the sentence glued to it tells a dateline from a name and its initials ("Asian News
        # International (ANI) Editor Smita Prakash said …" is a sentence)
        re.compile(rf"^(?:{place}{date}\s*)?\((?:{wire}|CNN)\)(?::?\s*){_SENTENCE_START}"),
        re.compile(rf"^(?:{place}\s*)?\((?:{wire}|CNN)\)(?::\s*|){_SENTENCE_START}"),
        # "Washington CNN —" on a line of its own
        re.compile(rf"^{place}\s+{outlet}\s*[—–-]{{1,2}}\s*$"),
        # "Boston CNN — Thousands of homes …": a wire's or a broadcaster's name without brackets (CNN since 2023),
        # an em or en dash, then the first sentence
        re.compile(rf"^{place}\s+(?:{wire}|[A-Z]{{3,5}})\s*[—–]\s+{_SENTENCE_START}"),
    )


def _number(text: str | None) -> int | None:
    return int(text) if text else None


def read_wire_dateline(line: str, words: HeaderWords) -> WireDateline | None:
    """The wire dateline opening line, or None. A dateline glued to text must leave a sentence of at least
    MIN_REST_WORDS words after it; a dateline alone on its line must end in a dash (it opens what follows)."""
    head = line[:200]
    if not head[:1].isupper() and not head.startswith("("):
        return None
    for pattern in _patterns(words.month_pattern, words.agencies):
        match = pattern.match(head)
        if match is None:
            continue
        rest = line[match.end() :].strip()
        if rest and (len(rest.split()) < MIN_REST_WORDS or not _OPENS_SENTENCE.match(rest)):
            continue
        if not rest and not re.search(r"[—–-]\s*$", match.group()):
            continue
        month_name = match.groupdict().get("mon") or match.groupdict().get("mon2")
        return WireDateline(
            text=match.group().strip(),
            rest=rest,
            month=words.months.get(month_name.lower().rstrip(".")) if month_name else None,
            day=_number(match.groupdict().get("day") or match.groupdict().get("day2")),
            year=_number(match.groupdict().get("year")),
        )
    return None


def dated(wire: WireDateline, reference: str | None) -> str | None:
    """The dateline's date as ISO 8601. A wire dateline often names no year ("LONDON, March 13"): then the year
    is the reference date's (an ISO date from the same header), or the one before when the month and day come
    after the reference's; with no reference there is no date."""
    if wire.month is None or wire.day is None:
        return None
    year = wire.year
    if year is None and reference and _ISO_DAY.match(reference):
        ref_year, ref_month, ref_day = (int(part) for part in reference[:10].split("-"))
        year = ref_year - 1 if (wire.month, wire.day) > (ref_month, ref_day) else ref_year
    if year is None:
        return None
    try:
        return dt.date(year, wire.month, wire.day).isoformat()
    except ValueError:
        return None


__all__ = ["WireDateline", "dated", "read_wire_dateline"]
