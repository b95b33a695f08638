"""The article's title: a headline-shaped first line with the article after it, or the line the page declares."""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.datelines import MAX_HEADER_LINE_CHARS, read_header_line
from cleaner.header_words import HeaderWords
from cleaner.heuristics import hard_rule
from cleaner.line_shape import CLOSERS, NO_SPACE_SCRIPT, count_words, ends_sentence, reads_like_body

MAX_TITLE_WORDS = 20  # headlines run 5-15 words; longer unpunctuated lines are summary bullets
MAX_TITLE_CHARS = 220
LEAD_SEARCH_LINES = 200  # where a first line repeated inside a sentence makes it the lead, not a headline
TITLE_SEARCH_LINES = 3  # the title is the first line, after at most two junk lines ...
LABEL_SEARCH_LINES = 8  # ... or after short labels over it (a section, a kicker, a menu, the site's name)
MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 80  # a label is short: longer lines are never one, whatever their words
FOLLOW_SEARCH_LINES = 4  # the article's start follows the title within this many lines
_NOT_TITLE_START = "(,;:/&.-–—•·"  # a line opening with these continues another ("(Image: …)", ", Justus …")
_HAS_LETTER = re.compile(r"[^\W\d_]")  # a line without one ("0", "—") is a counter or a rule, not a list item
_ASK_OR_EXCLAIM = "?!？！"
_NOT_IN_TITLE = re.compile(r"[|<>{}\[\]=@#]|https?:|www\.", re.I)

JunkTest = Callable[[str], bool]
_TOKEN_WITH_ALNUM = re.compile(r"\S*[^\W_]\S*")  # [^\W_] is str.isalnum; a match never leaves its token


def title_key(line: str) -> str:
    """The line's words case-folded and single-spaced: what a repeat of the title has in common with it."""
    return " ".join(line.casefold().split())


def repeats_title(line: str, key: str) -> bool:
    """Whether the line is the title again: the same title_key (a cheap length test first: title_key casefolds)."""
    return len(key) <= len(line) <= 2 * len(key) + 10 and title_key(line) == key


def asks_or_exclaims(line: str) -> bool:
    """Whether the line ends in "?" or "!" (closing quotes or brackets after it): a headline may, so may a sentence."""
    return line.rstrip().rstrip(CLOSERS)[-1:] in _ASK_OR_EXCLAIM


def looks_like_headline(line: str, *, may_ask: bool = False) -> bool:
    """Short, no terminal punctuation, no markup or URL, not shouted, not a "Label: value" line. may_ask: a line
    ending in "?" or "!" may be one ("Who is Julian Assange?", "… champion!")."""
    if len(line) > MAX_TITLE_CHARS:
        return False  # before counting words character by character: most lines of a dump's top are paragraphs
    words = len(_TOKEN_WITH_ALNUM.findall(line))  # tokens holding a letter or digit: "Cory Doctorow /" has two
    short_script = words < 3 and NO_SPACE_SCRIPT.search(line) is not None and len(line) >= 6
    if not (3 <= words <= MAX_TITLE_WORDS or short_script):
        return False
    if (
        (ends_sentence(line) and not (may_ask and asks_or_exclaims(line)))
        or _NOT_IN_TITLE.search(line)
        or line[:1].islower()
        or line[:1] in _NOT_TITLE_START
    ):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) > 10 and all(c.isupper() for c in letters if c.isascii()) and any(c.isascii() for c in letters):
        return False
    return ":" not in line or count_words(line.rsplit(":", 1)[1]) >= 3


def _repeated_in_body(line: str, lines: tuple[str, ...]) -> bool:
    """True when a longer line near the top holds the candidate: then it is the lead, not a headline."""
    key = title_key(line)
    return any(len(other) > len(line) + 10 and key in title_key(other) for other in lines[:LEAD_SEARCH_LINES])


def is_label(line: str) -> bool:
    """A short label over a headline: a section or kicker ("Politics", "EXCLUSIVE", "UK News"), a menu item."""
    if ends_sentence(line) or _NOT_IN_TITLE.search(line):
        return False
    size = count_words(line, at_most=6)
    if size > MAX_LABEL_WORDS and len(line) <= MAX_LABEL_CHARS:
        size = len(_TOKEN_WITH_ALNUM.findall(line))  # words, not the "&" or "—" between them: "Biz & IT —"
    return size <= MAX_LABEL_WORDS or (size <= 5 and line.isupper())


def find_title(lines: tuple[str, ...], end: int, is_junk: JunkTest, words: HeaderWords) -> int | None:
    """The index of the title among the first lines before end: the first line that is neither junk nor a short
    label, if it looks like a headline, is no lead repeated below, no dateline or byline, and an article follows
    it. The first two lines may be junk; under labels the title may be as far as the eighth line. A headline of
    three words over a longer one is the site's name or a kicker ("The Northern Echo")."""
    window = lines[: min(end, LABEL_SEARCH_LINES)]
    headline = [looks_like_headline(line, may_ask=True) for line in window]
    labels_seen = False  # the wider search is only for a title under labels
    for index, line in enumerate(window):
        if len(line) > MAX_HEADER_LINE_CHARS:
            return None
        if not any(headline[index:]):  # no title here or after, junk or not: spare the costly junk test
            return None
        if index >= TITLE_SEARCH_LINES and not labels_seen:
            return None
        label = is_label(line)
        if label and not (headline[index] and not _longer_headline_next(window, index, headline)):
            labels_seen = True
            continue
        if hard_rule(line) is not None:  # a script's or markup's line over the title widens the search as labels do
            labels_seen = True
            continue
        if is_junk(line):
            continue
        if headline[index] and not _repeated_in_body(line, lines) and read_header_line(line, words) is None:
            # a question or exclamation is a headline only over a byline that names its writer (a date alone may be
            # a teaser's, under an article that opens with a question); any headline over a byline or dateline is
            if asks_or_exclaims(line):
                return index if _header_follows(lines, index, is_junk, words, named=True) else None
            if _header_follows(lines, index, is_junk, words, named=False):
                return index
            return index if _article_follows(lines, index, is_junk, words) else None
        return None
    return None


def _longer_headline_next(window: tuple[str, ...], index: int, headline: list[bool]) -> bool:
    """True when the next line is a headline with more words than this one."""
    following = index + 1
    return (
        following < len(window)
        and headline[following]
        and count_words(window[following], at_most=MAX_TITLE_WORDS) > count_words(window[index], at_most=6)
    )


def _header_follows(lines: tuple[str, ...], title: int, is_junk: JunkTest, words: HeaderWords, *, named: bool) -> bool:
    """True when a byline or dateline comes after the line before any body text: the next line, or a later one
    past junk lines and a standfirst, opening with a byline prefix or holding a date ("By Jane Doe", "Published
    27 July 2017"); only the next line may be names alone ("Lisa Kaczke and Trevor J. Mitchell"), and not when the
    rules drop it whole ("Top Stories"). named: only a line that names someone counts."""
    for offset, line in enumerate(lines[title + 1 : title + 1 + FOLLOW_SEARCH_LINES]):
        if len(line) > MAX_HEADER_LINE_CHARS or reads_like_body(line):
            return False
        read = read_header_line(line, words, bare=offset == 0)
        if read is not None and not read.stamps and words.byline_prefix.match(line) is None and is_junk(line):
            continue  # "Top Stories": names in shape only, junk the rules know
        if read is not None and (read.names or not named):
            return True
    return False


def _article_follows(lines: tuple[str, ...], title: int, is_junk: JunkTest, words: HeaderWords) -> bool:
    """True unless the headline-like line is a subhead over the article's own list or code listing (a dump that
    starts inside the article): the first line after it that is not junk, another headline (a video title, a
    summary) or a long standfirst is a short line of another kind, not a byline, a dateline or body text."""
    key = title_key(lines[title])
    for line in lines[title + 1 : title + 1 + FOLLOW_SEARCH_LINES]:
        if len(line) > MAX_HEADER_LINE_CHARS or reads_like_body(line) or title_key(line) == key:
            return True
        if read_header_line(line, words, bare=True) is not None:
            return True
        if words.published_label.match(line) or words.updated_label.match(line):
            continue  # "Published" on a line of its own, its date on the next
        if is_junk(line) or hard_rule(line) is not None or looks_like_headline(line) or not _HAS_LETTER.search(line):
            continue
        if count_words(line, at_most=MAX_TITLE_WORDS) < MAX_TITLE_WORDS:
            return False
    return True


def known_title_line(lines: tuple[str, ...], known: str, words: HeaderWords) -> int | None:
    """The first of the lines that is the known title (from the page's HTML metadata), or the title
    with its byline or dateline run on after it."""
    key = title_key(known)
    for index, line in enumerate(lines):
        line_key = title_key(line)
        if line_key == key:
            return index
        if key and line_key.startswith(key + " ") and read_header_line(line[len(known) :].strip(), words) is not None:
            return index
    return None


__all__ = [
    "JunkTest",
    "find_title",
    "is_label",
    "known_title_line",
    "looks_like_headline",
    "repeats_title",
    "title_key",
]
