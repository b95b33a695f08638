"""What stands under a header line: a dateline alone, a writer's name alone, a byline (maybe split over two lines)."""

from __future__ import annotations

import re

from cleaner.bylines import is_outlet_initials
from cleaner.datelines import (
    is_place,
    names_alone,
    read_header_line,
    read_split_byline,
    relative_day_time,
    relative_time_alone,
)
from cleaner.dates import MonthFirst
from cleaner.header_words import HeaderWords
from cleaner.titles import JunkTest

# a writer's name alone, as bylines print it over the date: two or three capitalised words (not capitals only: a
# label, "Classificação NASCAR"; not four: an outlet, "Sioux Falls Argus Leader"), or with a role after it
# ("Denis Campbell Health policy editor")
_NAME_WORD = r"[A-Z][a-zà-ÿ]*(?:['’-][A-Z]?[a-zà-ÿ]+)*[a-zà-ÿ]"
PERSON_NAME = re.compile(rf"(?:{_NAME_WORD}|[A-Z]\.) (?:{_NAME_WORD} )?{_NAME_WORD}(?: [A-Z][a-z]+(?: [a-z]+){{1,3}})?")
SOCIAL_HANDLE = re.compile(r"@\w{2,30}")  # a writer's handle beside the byline: "@TomWalkerCNBC"
# where the writer files from, after the name: "Julian Borger in Washington", "Jane Doe in New York" (the Guardian's)
_IN_PLACE = re.compile(r" in [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$")
_MAX_OUTLET_WORDS = 3  # an outlet's initials and its desk or region: "BBC Wales", "ITV News Anglia"
_MAX_NAME_AND_JOB_WORDS = 6  # "Mary Ann Smith Senior Political Editor"


def byline_prefixed(line: str, words: HeaderWords) -> bool:
    """Whether the line opens with a byline prefix, maybe glued to the name ("By Jane Doe", "ByJane Doe")."""
    return bool(words.byline_prefix.match(line) or words.glued_byline_prefix.match(line))


def writer_name(line: str, words: HeaderWords) -> bool:
    """True when the line is a writer's name alone, maybe with where they file from ("Jane Doe in Kyiv") or with
    the job after it in title case ("Jane Doe Transport Correspondent", "Jane Doe Political Editor")."""
    if PERSON_NAME.fullmatch(line) is not None or PERSON_NAME.fullmatch(_IN_PLACE.sub("", line)) is not None:
        return True
    tokens = line.split()
    if not 2 < len(tokens) <= _MAX_NAME_AND_JOB_WORDS or tokens[-1].lower() not in words.role_words:
        return False
    return any(  # the name, then a job of capitalised words ending in a role word, naming no one
        PERSON_NAME.fullmatch(" ".join(tokens[:size])) is not None
        and all(token.istitle() for token in tokens[size:])
        and role_line(" ".join(tokens[size:]), words)
        for size in (2, 3)
    )


def dateline_alone(line: str, words: HeaderWords, *, month_first: MonthFirst) -> bool:
    """True when line is a dateline alone ("Thu 9 Feb 2023 00.01 GMT"), or a relative time alone ("2 minutes
    ago", "vor 3 Stunden": a date the dump no longer holds): the header's date, under its writer."""
    if not line or not any(char.isdigit() for char in line):
        return False
    if relative_time_alone(line, words):
        return True
    if relative_day_time(line, words):  # "Today at 10:02"
        return True
    read = read_header_line(line, words, month_first=month_first)
    return read is not None and bool(read.stamps) and not read.names


def role_line(line: str, words: HeaderWords) -> bool:
    """True when line is a writer's job or outlet alone, maybe with the place they write from, and names nobody:
    "Transport Correspondent", "News reporter @handle", "BBC News, Manchester", "Reporting from Kyiv, Ukraine"
    (what stands under a writer's name printed alone)."""
    reporting = words.reporting_from.match(line)
    if reporting is not None:  # "Reporting from Kyiv, Ukraine" (the New York Times'): where the writer is
        return all(is_place(part.strip(), words) for part in line[reporting.end() :].split(","))
    head, comma, place = line.rpartition(",")
    if comma and is_place(place.strip(), words):
        line = head
    if line.strip().lower() in words.role_words and line.strip().istitle():  # "Reporter", "Correspondent"
        return True
    tokens = line.split()
    if 1 < len(tokens) <= _MAX_OUTLET_WORDS and is_outlet_initials(tokens[0]):  # "BBC Wales", "ITV News Anglia"
        return all(token.istitle() for token in tokens[1:])
    read = read_header_line(line, words, bare=True) if line.strip() else None
    return read is not None and read.bylined and not read.stamps and not read.names


def outlet_alone(line: str, words: HeaderWords) -> bool:
    """True when the line is a paper's name or a second writer's alone, read as names ("Lakeview Daily Sentinel",
    "Nashville Tennessean"): under a writer's name and over a dateline, the byline block goes on (Gannett's)."""
    return bool(line.strip()) and bool(names_alone(line, words))


def header_next(
    lines: tuple[str, ...], index: int, words: HeaderWords, *, month_first: MonthFirst, is_junk: JunkTest
) -> str:
    """What the line after index is: "byline" when it is a byline with its prefix (maybe alone, the names on the
    line after: "By" then "Jane Smith") or a writer's name alone over a dateline ("Jane Smith" then "Thu 2 Nov
    2023 10.02 GMT"), maybe with the writer's job between them ("News reporter @janesmith"), "dateline" when it is
    a dateline alone; else ""."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    following = lines[index + 2] if index + 2 < len(lines) else ""
    if not after:
        return ""
    if byline_prefixed(after, words):  # "By Jane Smith", "ByJane Smith"
        # (not "By the time the police arrived, …")
        read = read_header_line(after, words, month_first=month_first)
        return "byline" if read is not None and read.bylined else ""
    if read_split_byline(after, following, words) is not None:
        return "byline"
    if writer_name(after, words) and dateline_alone(following, words, month_first=month_first):
        return "" if is_junk(after) else "byline"
    third = lines[index + 3] if index + 3 < len(lines) else ""
    if (  # the writer's job or outlet between name and date: "Jane Smith", "News reporter @janesmith", a date
        PERSON_NAME.fullmatch(after)
        and dateline_alone(third, words, month_first=month_first)  # first: at once on a line with no digit
        and (role_line(following, words) or outlet_alone(following, words))
    ):
        return "" if is_junk(after) else "byline"
    return "dateline" if dateline_alone(after, words, month_first=month_first) else ""


__all__ = [
    "PERSON_NAME",
    "SOCIAL_HANDLE",
    "byline_prefixed",
    "dateline_alone",
    "header_next",
    "outlet_alone",
    "role_line",
    "writer_name",
]
