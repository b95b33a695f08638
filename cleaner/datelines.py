"""Header lines of dates and bylines ("By Jane Doe | Updated: 3 March 2024"): dates with roles, author names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cleaner.bylines import MIN_NAME_WORDS, Byline, is_outlet_initials, read_byline
from cleaner.dates import (
    MonthFirst,
    Stamp,
    clock_notations,
    clock_time,
    find_stamps,
    time_alone,
    unglued,
    without_times,
    written_orders,
)
from cleaner.header_words import HeaderWords
from cleaner.line_shape import LATIN_CAPITALS, count_words

MAX_HEADER_LINE_WORDS = 30
MAX_HEADER_LINE_CHARS = 300  # longer lines are body (or glued dumps): never header, never run through the rules
_SEGMENT_SPLIT = re.compile(r"\s*(?:\||•|·|\s[-–—/]\s)\s*")
_SECTION_LABEL = re.compile(r"^\s*(?P<key>[^\W\d_]+)\s*[:：]\s*(?P<value>[^:：]{1,60})$")  # "：": CJK colon
_PLACE_WORD = re.compile(rf"^[{LATIN_CAPITALS}][^\W\d_]+[.,]?$")
MAX_PLACE_WORDS = 3
MIN_OUTLET_WORDS = 2
# a segment's words, to tell one of filler words only; unlike dates._WORD_TOKEN it splits at apostrophes
# ("l'heure" is "l" and "heure"), so the two cannot merge without changing which segments are filler
_FILLER_TOKEN = re.compile(r"\w+(?:-\w+)*")
_ZONE_TOKEN = re.compile(r"\b[A-Z]{2,4}\b")  # a time zone's abbreviation, in capitals: "GMT", "EDT", "ET"
_WORDS = re.compile(r"\S*\w\S*")  # a label's value in words, not its brackets: "カノ/ナイジェリア [ アフリカ ]" has two
# a zone's offset after its name ("10:02 AM GMT+1", "UTC-04:00"): the zone, as far as a dateline's words go
_ZONE_OFFSET = re.compile(r"\b(GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?\b")
# a desk's or section's name after a date and a dash ("Jun 11, 2024 - Politics & Policy"): capitalised words
_SECTION_WORD = re.compile(rf"^(?:[{LATIN_CAPITALS}][^\W\d_]+|&)$")
_DASHES = ("-", "–", "—")
SECTION_PAIR_TOKENS = 3  # "Politics & Policy"


def _without_trailing_filler(text: str, words: HeaderWords) -> str:
    """The segment without the filler words that lead on to the date after it ("By Jane Doe on", "von … am")."""
    tokens = text.split()
    while len(tokens) > 1 and tokens[-1].lower() in words.filler:
        tokens.pop()
    return " ".join(tokens)


def is_place(segment: str, words: HeaderWords) -> bool:
    """Capitalised words and nothing else (a name particle between them): the place a dateline names
    ("Madrid - 06 feb 2024", "Rio de Janeiro, 5 July 2023")."""
    tokens = segment.split()
    return (
        0 < len(tokens) <= MAX_PLACE_WORDS
        and _PLACE_WORD.match(tokens[0]) is not None
        and all(_PLACE_WORD.match(t) or (t in words.particles and t != tokens[-1]) for t in tokens[1:])
    )


def _place_beside(segment: str, words: HeaderWords, *, first: bool, last: bool) -> bool:
    """True when the segment is where the story was filed: a place opening the line ("Madrid - 06 feb 2024"), or
    one in capitals closing it ("Nov 2nd 2023 | LONDON", the Economist's)."""
    return (first or (last and segment.strip().isupper())) and is_place(segment.strip(" \t,;:-–—"), words)


def _writer_before_desk(opening: str, words: HeaderWords) -> tuple[str, ...]:
    """The writer's names in the words opening a dateline when a desk that names nobody follows them ("Priya Shah ·
    CBC News · Posted: …"): a name of two or three words; one word is a place ("Toronto · CBC News")."""
    tokens = opening.split()
    if not MIN_NAME_WORDS <= len(tokens) <= MAX_PLACE_WORDS:
        return ()
    byline = read_byline(opening, words, bare=True)
    return byline.names if byline is not None else ()


def _section_after_date(piece: str, segment: str, *, after_date: bool, last: bool) -> bool:
    """True when the segment closing the line after its date and a dash is a section's name: one capitalised word,
    or two joined by "&" ("Jun 11, 2024 - Economy", "Jun 11, 2024 - Politics & Policy", Axios's). Two words
    without "&" may be a writer's name, and after a bar any capitalised word may be anything (a name, a label)."""
    tokens = segment.strip(" \t,;:-–—").split()
    return (
        after_date
        and last
        and piece.lstrip()[:1] in _DASHES
        and (len(tokens) == 1 or (len(tokens) == SECTION_PAIR_TOKENS and tokens[1] == "&"))
        and all(_SECTION_WORD.match(t) for t in tokens)
        and tokens[-1] != "&"
    )


def _outlet_name(text: str, words: HeaderWords) -> bool:
    """True when the text is a newspaper's name: capitalised words (an article maybe first) ending in a word that
    names an outlet ("The Times", "Irish Examiner", "The Washington Post"), printed beside the date."""
    tokens = text.split()
    if len(tokens) < MIN_OUTLET_WORDS:
        return False  # "News" alone may be a section's label: "other", as before
    if tokens[0].lower() in words.articles:
        tokens = tokens[1:]
    return (
        0 < len(tokens) <= MAX_PLACE_WORDS
        and tokens[-1].lower() in words.outlet_words
        and all(_PLACE_WORD.match(t) for t in tokens)
    )


def _outer_brackets_stripped(text: str) -> str:
    """The text without brackets at its ends that open or close nothing inside it: "(Mis à jour : 30 avril" loses
    its "(", "Par Jane Doe (avec John Roe)" keeps its ")", which bylines read as an aside."""
    while text[:1] == "(" and ")" not in text:
        text = text[1:].strip()
    while text[-1:] == ")" and text.count("(") < text.count(")"):
        text = text[:-1].strip()
    return text


def _segment_kind(segment: str, words: HeaderWords) -> tuple[str, tuple[str, ...]]:
    """How one piece of a dateline reads: "", "published", "updated", "updated_time" (a time the date before was
    updated at), "byline" (with names), or "other"."""
    text = _ZONE_OFFSET.sub(r"\1", _outer_brackets_stripped(segment.strip(" \t,،;:-–—")))
    if not text or all(w.lower() in words.filler for w in _FILLER_TOKEN.findall(text)):
        return "", ()
    label = " ".join(w for w in text.split() if w.strip(".,").lower() not in words.filler)  # "Updated: Tue.,"
    timeless = " ".join(w for w in without_times(text).split() if w.strip(".,()").lower() not in words.filler)
    timeless = timeless.strip(" ()")
    if timeless != label and words.updated_label.match(timeless):
        return "updated_time", ()  # "(Updated 11:15 am)" after the date: the time it was updated, that same day
    if timeless != label and words.published_label.match(timeless):
        return "", ()
    if words.updated_label.match(text) or words.updated_label.match(label):  # "mis à jour le": "à" is filler too
        return "updated", ()
    if words.published_label.match(text) or words.published_label.match(label):
        return "published", ()
    if text in words.agencies:  # the wire credited beside the date: "AFP 30 avril 2015 à 07:19"
        return "byline", (text,)
    byline = read_byline(_without_trailing_filler(text, words), words)
    if byline is None and any(w.lower() in words.role_words for w in text.split()):
        byline = read_byline(text, words, bare=True)  # a desk beside the date: "TOI City Desk / Updated: …"
    if byline is not None:
        return "byline", byline.names
    if words.reading_time.match(text):  # "Published 6:00 AM · 4 min read"
        return "", ()
    if words.relative_time.search(text) and len(text.split()) <= 5:  # "Atualizado há 2 horas": no date in it
        return "", ()
    if is_outlet_initials(text) or _outlet_name(text, words):  # "TNN / Updated: …", "…, The Times"
        return "", ()
    section = _SECTION_LABEL.match(text)
    if section and section["key"].lower() in words.section_labels and len(_WORDS.findall(section["value"])) <= 3:
        return "", ()
    return "other", ()


@dataclass(frozen=True, slots=True)
class HeaderLineRead:
    """A header line read: its dates with roles (date or date_modified) and its author names; bylined: it holds a
    byline, maybe of a desk that names nobody ("BY TMZ STAFF")."""

    stamps: tuple[tuple[Stamp, str], ...]
    names: tuple[str, ...]
    bylined: bool = False


def read_header_line(
    line: str, words: HeaderWords, *, month_first: MonthFirst = False, bare: bool = False
) -> HeaderLineRead | None:
    """Read a dateline and/or byline; None when any piece of the line is something else (a body sentence)."""
    if len(line) > MAX_HEADER_LINE_CHARS or count_words(line) > MAX_HEADER_LINE_WORDS:
        return None
    line = unglued(line, words)
    stamps = find_stamps(line, words, month_first=month_first)
    if not stamps:
        byline = read_byline(line, words, bare=bare) or _byline_over_yearless_date(line, words)
        return HeaderLineRead((), byline.names, bylined=True) if byline else None
    roles: list[tuple[Stamp, str]] = []
    names: list[str] = []
    bylined = False
    cursor = 0
    opening = ""  # capitalised words opening the line: a place, or the writer when a desk follows
    for stamp in [*stamps, None]:
        piece = line[cursor : stamp.start if stamp else len(line)]
        role = "date"
        for number, segment in enumerate(_SEGMENT_SPLIT.split(piece)):
            kind, found = _segment_kind(segment, words)
            if kind == "other" and _place_beside(segment, words, first=cursor == 0 and number == 0, last=stamp is None):
                if cursor == 0 and number == 0:
                    opening = segment
            elif kind == "other" and not _section_after_date(
                piece, segment, after_date=bool(roles), last=stamp is None
            ):
                return None
            if opening and cursor == 0 and number == 1 and kind == "byline" and not found:
                found = _writer_before_desk(opening, words)  # "Priya Shah · CBC News · Posted: …" (the CBC's)
            names.extend(found)
            bylined = bylined or kind == "byline"
            clock = clock_time(segment) if kind == "updated_time" and roles else None
            if clock is not None:  # "November 2, 2023 10:02 am(Updated 11:15 am)": updated the same day
                roles.append((roles[-1][0].at(clock), "date_modified"))
            role = "date_modified" if kind == "updated" else ("date" if kind else role)
        if stamp is not None:
            roles.append((stamp, role))
            cursor = stamp.end
    return HeaderLineRead(tuple(roles), tuple(names), bylined)


@lru_cache(maxsize=4)
def _yearless_date(month_pattern: str) -> re.Pattern[str]:
    """A day of a month with no year, maybe its clock time after it ("March 18 at 12:22 PM", "Mar. 18, 9:05 am
    EDT"), as a prefixed byline prints it after the names."""
    clock = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?"
    return re.compile(
        rf"\s+(?:on\s+)?(?:{month_pattern})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:at\s+)?{clock})?", re.I
    )


def _byline_over_yearless_date(line: str, words: HeaderWords) -> Byline | None:
    """The byline of a prefixed line that goes on with a date without its year and maybe the writer's buttons
    ("By Jane Doe March 18 at 12:22 PM Follow @janedoe"): the names are read, the date that tells no year is not."""
    if words.byline_prefix.match(line) is None:
        return None
    date = _yearless_date(words.month_pattern).search(line)
    if date is None:
        return None
    rest = line[date.end() :].split()
    if not all(token.lower().strip(",.·|") in words.header_buttons or token.startswith("@") for token in rest):
        return None  # "By the end of March 18 …": a sentence
    return read_byline(line[: date.start()], words)


MAX_UPDATED_TIME_CHARS = 40


def names_alone(line: str, words: HeaderWords, *, month_first: MonthFirst = False) -> tuple[str, ...]:
    """The writers' names the line gives when read as bare names and nothing else (no date); () otherwise."""
    read = read_header_line(line, words, month_first=month_first, bare=True)
    return read.names if read is not None and not read.stamps else ()


MAX_RELATIVE_TIME_WORDS = 4  # "2 minutes ago", "Updated 3 hours ago": a relative time alone on its line


def relative_time_alone(line: str, words: HeaderWords) -> bool:
    """True when the line is a relative time and nothing else ("2 hours ago", "vor 3 Stunden", "an hour ago"): a
    dateline whose date the dump no longer holds."""
    return count_words(line, at_most=MAX_RELATIVE_TIME_WORDS) <= MAX_RELATIVE_TIME_WORDS and bool(
        words.relative_time.search(line)
    )


def relative_day_time(line: str, words: HeaderWords) -> bool:
    """True when the line is a relative day and a clock time and nothing else ("Today at 10:02", "Updated
    yesterday at 6:15 pm", "Heute, 14:02 Uhr"): a dateline whose day the dump no longer tells."""
    if len(line) > MAX_UPDATED_TIME_CHARS:
        return False
    tokens = line.split()
    days = [i for i, token in enumerate(tokens) if token.strip(",.:").lower() in words.relative_days]
    if len(days) != 1 or days[0] > 1:
        return False
    rest = " ".join(tokens[: days[0]] + tokens[days[0] + 1 :])
    return time_alone(rest, words) is not None or updated_time(rest, words) is not None


def updated_time(line: str, words: HeaderWords) -> tuple[int, int] | None:
    """(hour, minute) when the line is an update's label and a clock time and nothing else ("Updated 11:15 a.m.
    ET", "Aktualisiert 14:02 Uhr"): the time the story was modified, on the day the dateline above told."""
    if len(line) > MAX_UPDATED_TIME_CHARS or _segment_kind(line, words)[0] != "updated_time":
        return None
    return clock_time(line)


def read_split_byline(line: str, following: str, words: HeaderWords) -> HeaderLineRead | None:
    """The byline of a prefix alone on its line and the names on the next ("By" then "Jane Smith"), read as one
    line; None when the line is no prefix alone or the next line names nobody."""
    if words.byline_prefix_alone.match(line) is None or not following:
        return None
    read = read_header_line(f"{line.strip()} {following.strip()}", words)
    return read if read is not None and read.bylined and not read.stamps else None


def numeric_order_shown(lines: tuple[str, ...], words: HeaderWords) -> bool | None:
    """Whether the document writes numeric dates month first (True) or day first (False), from its own lines:
    a numeric date whose day is over 12 anywhere in it, else the time zones its datelines name (GMT, EST), else the
    clock of its datelines and of the times printed
    alone under them (only times without am/pm: a 24-hour clock, which day-first countries use). None when
    it shows nothing, or both."""
    orders: set[bool] = set()
    clocks: set[bool] = set()
    zones: set[bool] = set()
    under_dateline = False
    for line in lines:
        if len(line) > MAX_HEADER_LINE_CHARS:
            under_dateline = False
            continue
        orders.update(written_orders(line))
        read = read_header_line(line, words) if any(char.isdigit() for char in line) else None
        dateline = read is not None and bool(read.stamps)
        if dateline or (under_dateline and time_alone(line, words) is not None):
            clocks.update(clock_notations(line))
        if dateline:
            zones.update(_zone_orders(line, words))
        under_dateline = dateline
    if len(orders) == 1:
        return orders.pop()
    if orders:
        return None
    if len(zones) == 1:  # "02/11/2023 10:02am GMT": a British zone, the day first
        return zones.pop()
    return False if clocks == {False} else None


def _zone_orders(line: str, words: HeaderWords) -> set[bool]:
    """For each time zone a dateline names: True when its country writes numeric dates month first (EST, PT: the
    United States), False when day first (GMT, BST, CET, AEST: [dates] day_first_zones in metadata.toml)."""
    tokens = {token.lower() for token in _ZONE_TOKEN.findall(line)}
    return {False for _ in tokens & words.day_first_zones} | {True for _ in tokens & words.month_first_zones}


__all__ = [
    "MAX_HEADER_LINE_CHARS",
    "HeaderLineRead",
    "is_place",
    "numeric_order_shown",
    "read_header_line",
    "read_split_byline",
    "relative_day_time",
    "relative_time_alone",
    "updated_time",
]
