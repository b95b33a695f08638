"""What a dump glued onto the headline: a site's name ("… la InfantaUltima Hora Mallorca"), a byline or dateline."""

from __future__ import annotations

import re

from cleaner.datelines import HeaderLineRead, read_header_line
from cleaner.dates import MonthFirst
from cleaner.header_words import HeaderWords
from cleaner.line_shape import sentence_cased

# a lower-case letter run straight into a capital, no blank between, then capitalised words to the line's end
_GLUED_TAIL = re.compile(r"(?<=[a-zß-öø-ÿ]{3})(?P<tail>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})\s*$")


def without_glued_site_name(title: str, lines: tuple[str, ...]) -> str:
    """The title without a name glued to its last word, when that name's first two words stand on their own
    elsewhere in the dump ("Suscríbete a Ultima Hora"): two page elements run together, a headline and the site's
    name. A brand spelt in camel case ("Sony shows its new PlayStation Portal") has no such words elsewhere."""
    glued = _GLUED_TAIL.search(title)
    if glued is None:
        return title
    first_words = glued["tail"].split()[:2]
    standing = re.compile(rf"(?<![\w-]){re.escape(first_words[0])}\s+{re.escape(first_words[1])}(?![\w-])")
    if any(line != title and standing.search(line) for line in lines):
        return title[: glued.start()].rstrip()
    return title


MIN_HEADLINE_WORDS = 4  # what stays of a title before a byline or dateline run onto it
_BLANK = re.compile(r"\s+")


def header_tail(title: str, words: HeaderWords, *, month_first: MonthFirst) -> tuple[str, HeaderLineRead | None]:
    """The headline and the byline or dateline a glued dump ran onto its end ("… across the country By TOM WALKER
    FOR MAILONLINE", "… the country Nov. 2, 2023, 10:02 AM EDT /"), read; the title and None when it has none. A
    tail counts only when it reads whole as a byline with its prefix that names someone, or as a dateline with a
    clock time or a label: a headline may end in a date ("… since November 2, 2023"), never in a time."""
    for blank in _BLANK.finditer(title):
        head, tail = title[: blank.start()].rstrip(" \t|-–—"), title[blank.end() :]
        if len(head.split()) < MIN_HEADLINE_WORDS or not tail:
            continue
        # a byline's prefix capitalised after a headline in sentence case: a page element run on, not the headline's
        # own "… written by Jane Austen" (nor a title-case headline's "… Inspired By Jane Austen")
        prefixed = words.byline_prefix.match(tail) is not None and tail[:1].isupper() and sentence_cased(head.split())
        if not prefixed and not tail[:1].isdigit() and tail.split()[0].lower().rstrip(".,") not in words.months:
            continue
        read = read_header_line(tail, words, month_first=month_first)
        if read is None or (read.names and not prefixed):
            continue
        if (prefixed and read.names) or any(stamp.hour is not None for stamp, _role in read.stamps):
            return head, read
    return title, None


__all__ = ["header_tail", "without_glued_site_name"]
