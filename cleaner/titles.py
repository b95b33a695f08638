"""The article's title: a headline-shaped first line with the article after it, or the line the page declares."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cleaner.bylines import without_closing_credit
from cleaner.datelines import MAX_HEADER_LINE_CHARS, read_header_line, read_split_byline, relative_time_alone
from cleaner.glued_nav import MAX_BUTTON_WORDS, is_button
from cleaner.header_words import HeaderWords
from cleaner.heuristics import hard_rule
from cleaner.line_shape import CLOSERS, NO_SPACE_SCRIPT, count_words, ends_sentence, reads_like_body, sentence_cased

MAX_TITLE_WORDS = 20  # headlines run 5-15 words; longer unpunctuated lines are summary bullets
MAX_TITLE_CHARS = 220
LEAD_SEARCH_LINES = 200  # where a first line repeated inside a sentence makes it the lead, not a headline
TITLE_SEARCH_LINES = 3  # the title is the first line, after at most two junk lines ...
LABEL_SEARCH_LINES = 8  # ... or after short labels over it (a section, a kicker, a menu, the site's name)
MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 80  # a label is short: longer lines are never one, whatever their words
MAX_LABEL_SCRIPT_LETTERS = 12  # ... and holds at most this many letters of a script written without spaces
SHOUTED_MIN_CAPITALS = 10  # a line in capitals with more than this many is shouted, no headline
# A tabloid headline's kicker in capitals before it ("STORM HAVOC Storm Ciarán leaves …"), which the caption rules
# take for a caption's label
_KICKER_OPENED = re.compile(r"^(?P<kicker>(?:[A-Z][A-Z'’-]+ ){1,4})[A-Z][a-z]")
FOLLOW_SEARCH_LINES = 4  # the article's start follows the title within this many lines
MAX_SKIPPED_FOLLOW_LINES = 16  # ... not counting scripts' and junk lines between them (a share bar's buttons)
LATE_SEARCH_LINES = 1000  # how far down a header under a long menu or a page's scripts is looked for
MIN_STANDFIRST_WORDS = 4  # a standfirst between a headline and its byline: a phrase or one sentence of this many
MAX_STANDFIRST_WORDS = 45  # ... words at most (a longer line is the article's first paragraph)
MAX_STANDFIRST_LINES = 2  # ... on two lines at most: a glued dump sets each of its sentences on a line
_INITIALS_CLOSING = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.": initials, no sentence's end
_NOT_TITLE_START = "(,;:/&.-–—•·"  # a line opening with these continues another ("(Image: …)", ", Justus …")
_BULLETS = "*>»►▶■□▪◦‣"  # ... and, far down the dump, with these it is an item of a list in the article
_HAS_LETTER = re.compile(r"[^\W\d_]")  # a line without one ("0", "—") is a counter or a rule, not a list item
_ASK_OR_EXCLAIM = "?!？！"
_QUOTES = frozenset("\"'“”‘’«»„")  # one of these right before a copy of the title: the copy is quoted
_NOT_IN_TITLE = re.compile(r"[|<>{}\[\]=@#]|https?:|www\.", re.I)
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’)]? +[\"'“‘(]?[A-Z]")  # a sentence ends and another begins inside a line

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
    if sum(map(str.isupper, line)) > SHOUTED_MIN_CAPITALS and in_capitals(line):
        return False  # shouted: a section's or a widget's heading
    return ":" not in line or count_words(line.rsplit(":", 1)[1]) >= 3


def is_standfirst(line: str) -> bool:
    """Whether the line may be a standfirst (the summary printed between a headline and its byline): one sentence
    or phrase of MIN_STANDFIRST_WORDS to MAX_STANDFIRST_WORDS words, no markup or address, no second sentence
    inside ("… at all. The union said …" is a paragraph)."""
    if len(line) > MAX_HEADER_LINE_CHARS or _NOT_IN_TITLE.search(line) or line[:1] in _NOT_TITLE_START:
        return False
    if not MIN_STANDFIRST_WORDS <= count_words(line, at_most=MAX_STANDFIRST_WORDS) <= MAX_STANDFIRST_WORDS:
        return False
    return _SENTENCE_INSIDE.search(line.rstrip().rstrip(CLOSERS)[:-1]) is None


def _repeated_in_body(line: str, lines: tuple[str, ...]) -> bool:
    """True when a longer line near the top holds the candidate with more words after it: then it is the lead, not
    a headline. Not where the candidate stands in quotes (a script's or a share button's copy of the headline,
    "'title':'…',") or at the line's end (a breadcrumb's last item, "HomeLatest NewsNollywood Actress, …")."""
    key = title_key(line)
    for other in lines[:LEAD_SEARCH_LINES]:
        if len(other) > len(line) + 10 and key in (other_key := title_key(other)):
            at = other_key.index(key)
            if other_key[at - 1 : at] not in _QUOTES and other_key[at + len(key) :].strip():
                return True
    return False


def without_kicker(line: str, is_junk: JunkTest) -> str:
    """The headline without the kicker in capitals that opens it, when the rules drop the whole line as a caption
    for it ("STORM HAVOC Storm Ciarán leaves …" is "Storm Ciarán leaves …"); else the line."""
    kicker = _KICKER_OPENED.match(line)
    return line[kicker.end("kicker") :] if kicker is not None and is_junk(line) else line


def is_label(line: str) -> bool:
    """A short label over a headline: a section or kicker ("Politics", "EXCLUSIVE", "UK News"), a menu item."""
    if (ends_sentence(line) and _INITIALS_CLOSING.search(line) is None) or _NOT_IN_TITLE.search(line):
        return False  # (a menu's "U.S." ends no sentence)
    if NO_SPACE_SCRIPT.search(line) and len(NO_SPACE_SCRIPT.findall(line)) > MAX_LABEL_SCRIPT_LETTERS:
        return False  # "短缺药品保供稳价 全力保障临床用药需求": a headline of two phrases, not two words
    size = count_words(line, at_most=6)
    if size > MAX_LABEL_WORDS and len(line) <= MAX_LABEL_CHARS:
        size = len(_TOKEN_WITH_ALNUM.findall(line))  # words, not the "&" or "—" between them: "Biz & IT —"
    return size <= MAX_LABEL_WORDS or (size <= 5 and in_capitals(line))


def in_capitals(line: str) -> bool:
    """Whether the line is written in capitals: its cased letters all capitals, and most of its letters cased (in
    "ผล DNA ยืนยัน …" only "DNA" is: Thai has no capitals)."""
    letters = [c for c in line if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return 2 * len(cased) > len(letters) and all(c.isupper() for c in cased)


@dataclass(frozen=True, slots=True)
class TitleFound:
    """Where the title is; late: found further down, right over its byline or dateline (the dump opens with a menu
    or a page's scripts), so the header starts there and nothing above it is header."""

    index: int
    late: bool = False


def find_title(lines: tuple[str, ...], end: int, is_junk: JunkTest, words: HeaderWords) -> TitleFound | None:
    """The title among the dump's first lines (_first_title); when none is found there, or one only an article
    follows, the first headline further down that a byline or dateline follows, before the article begins (a
    teaser's headline at the top, "Drake Assaulted in Dubai Nightclub", is no title over the article's own)."""
    first, over_header = _first_title(lines, end, is_junk, words)
    if first is not None and over_header == _UNDER_MENU:
        return TitleFound(first, late=True)  # nothing above it is header: a menu's run, its buttons glued in
    if first is not None and over_header:
        return TitleFound(first)
    if first is not None and (again := _repeat_over_header(lines, first, is_junk, words)) is not None:
        return TitleFound(again, late=True)  # the title again further down, over its byline or dateline
    # under a first line taken for the title, only among more lines of its kind, before any sentence: a list of
    # teasers' headlines over the article's
    late = _late_title(lines, 0 if first is None else first + 1, is_junk, words, before_sentences=first is not None)
    if late is not None:
        return TitleFound(late, late=True)
    return None if first is None else TitleFound(first)


_UNDER_MENU = 2  # _first_title's second value when the title stands under a menu's run (truthy: over a header)


def _first_title(lines: tuple[str, ...], end: int, is_junk: JunkTest, words: HeaderWords) -> tuple[int | None, int]:
    """The index of the title among the first lines before end, and whether a byline or dateline follows it: the
    first line that is neither junk nor a short label, if it looks like a headline, is no lead repeated below, no
    dateline or byline, and an article follows it. The first two lines may be junk; under labels the title may be
    as far as the eighth line. A headline of three words over a longer one is the site's name or a kicker ("The
    Northern Echo")."""
    window = lines[: min(end, LABEL_SEARCH_LINES)]
    headline = [looks_like_headline(line, may_ask=True) for line in window]
    labels_seen = False  # the wider search is only for a title under labels
    for index, line in enumerate(window):
        if len(line) > MAX_HEADER_LINE_CHARS:
            return None, False
        if not any(headline[index:]):  # no title here or after, junk or not: spare the costly junk test
            return None, False
        if index >= TITLE_SEARCH_LINES and not labels_seen:
            return None, False
        label = is_label(line)
        if label and not (headline[index] and not _longer_headline_next(window, index, headline)):
            labels_seen = True
            continue
        if hard_rule(line) is not None:  # a script's or markup's line over the title widens the search as labels do
            labels_seen = True
            continue
        if is_junk(line):
            if (
                index == 0
                and _KICKER_OPENED.match(line)
                and headline[index]
                and _header_follows(lines, index, is_junk, words, named=True)
            ):
                return index, True  # a tabloid's headline under a kicker in capitals reads like a caption
            continue
        over_title = read_header_line(line, words)
        if over_title is not None and over_title.stamps and not over_title.names:
            # a dateline over the title: "Nov 7, 2023 2:00 AM", "Jun 11, 2024 - Economy" (shaped like a headline)
            labels_seen = True
            continue
        if headline[index] and (under := _headline_under_menu(window, index, is_junk, words)) is not None:
            return under, _UNDER_MENU  # "RTÉ News Ireland Watch Listen" over the headline: a glued dump's menu
        if headline[index] and not _repeated_in_body(line, lines) and over_title is None:
            # a question or exclamation is a headline only over a byline that names its writer (a date alone may be
            # a teaser's, under an article that opens with a question); any headline over a byline or dateline is
            if asks_or_exclaims(line):
                named = _header_follows(lines, index, is_junk, words, named=True)
                return (index, True) if named else (None, False)
            if _header_follows(lines, index, is_junk, words, named=False):
                return index, True
            return (index, False) if _article_follows(lines, index, is_junk, words) else (None, False)
        return None, False
    return None, False


def _menu_edged(line: str, is_junk: JunkTest) -> bool:
    """True when the line opens or ends with a button the rules drop alone ("ABC News Skip to main content", "RTÉ
    News Ireland Watch Listen"), words left beside it: a menu's run, glued into one piece. A button is words of
    letters, the first capitalised (not a date or an address the rules drop alone: "… for March 26, 2015")."""
    tokens = line.split()
    sizes = range(1, min(MAX_BUTTON_WORDS, len(tokens) - 1) + 1)
    return any(is_button(button, is_junk) for size in sizes for button in (tokens[:size], tokens[-size:]))


def _headline_under_menu(window: tuple[str, ...], index: int, is_junk: JunkTest, words: HeaderWords) -> int | None:
    """When the line is a menu run with a button at its edge (_menu_edged), and the next line that is no junk
    and no label is a headline in sentence case right over a byline or dateline, that headline's index: the
    title. (A line of a few capitalised words alone is no menu: it may be a headline in title case, "Fed Holds
    Rates Steady", over an unpunctuated standfirst.)"""
    for following in range(index + 1, len(window)):
        line = window[following]
        if is_junk(line) or is_label(line):
            continue
        found = (
            looks_like_headline(line)
            and sentence_cased(line.split())
            and _header_follows(window, following, is_junk, words, named=False)
            and _menu_edged(window[index], is_junk)
        )
        return following if found else None
    return None


def _repeat_over_header(lines: tuple[str, ...], title: int, is_junk: JunkTest, words: HeaderWords) -> int | None:
    """The first repeat of the title line further down that a byline or dateline follows: the article's header
    under the page's title and a summary (a lead before its header, "外国专家：…" then "来源：中国日报网", a date)."""
    key = title_key(lines[title])
    for index in range(title + 1, min(len(lines), LATE_SEARCH_LINES)):
        if repeats_title(lines[index], key) and _header_follows(
            lines, index, is_junk, words, named=asks_or_exclaims(lines[index]), bare=False
        ):
            return index
    return None


def _late_title(
    lines: tuple[str, ...], start: int, is_junk: JunkTest, words: HeaderWords, *, before_sentences: bool
) -> int | None:
    """The first headline from start on that a byline or dateline follows (_header_follows), before the article
    has begun: the header under a long menu or a page's scripts, past the first lines. The article has begun at
    a sentence under another sentence or under a headline (a teaser's headline and lead, or the article's own
    under a header the first lines had). A line under a sentence is none: it goes on with a standfirst ("Die
    Strecken gibt es längst." then "Warum ist das Angebot bisher keine Konkurrenz zum Fliegen?"), nor a list item
    ("* Calendário sujeito a alterações"). before_sentences: the search ends at the first sentence."""
    opens_article = False  # whether a sentence on the line would open the article
    under_sentence = False  # whether the line before ends a sentence: a line under it continues a paragraph
    for index in range(start, min(len(lines), LATE_SEARCH_LINES)):
        line = lines[index]
        body = reads_like_body(line)
        if body and (opens_article or before_sentences):
            return None
        headline = (
            not body and not under_sentence and line[:1] not in _BULLETS and looks_like_headline(line, may_ask=True)
        )
        opens_article = body or headline
        under_sentence = ends_sentence(line)
        if not headline or is_label(line) or hard_rule(line) is not None or is_junk(line):
            under_sentence = under_sentence and hard_rule(line) is None  # "});" closes a script, no sentence
            continue
        if read_header_line(line, words, bare=True) is not None:
            continue  # names alone are no late title: a byline's, over its writers' outlet
        over = _header_follows(lines, index, is_junk, words, named=asks_or_exclaims(line), bare=False)
        if over and not _repeated_in_body(line, lines):
            return index
    return None


def _longer_headline_next(window: tuple[str, ...], index: int, headline: list[bool]) -> bool:
    """True when the next line is a headline with more words than this one."""
    following = index + 1
    return (
        following < len(window)
        and headline[following]
        and count_words(window[following], at_most=MAX_TITLE_WORDS) > count_words(window[index], at_most=6)
    )


def _header_follows(
    lines: tuple[str, ...], title: int, is_junk: JunkTest, words: HeaderWords, *, named: bool, bare: bool = True
) -> bool:
    """True when a byline or dateline comes after the line before any body text: the next line, or a later one
    past a standfirst, opening with a byline prefix or holding a date ("By Jane Doe", "Published 27 July 2017"),
    or a byline prefix alone with the names on the line after it ("By" then "Jane Doe", the Daily Star's);
    only the next line may be names alone ("Lisa Kaczke and Trevor J. Mitchell"), and not when the rules drop it
    whole ("Top Stories"). Lines of scripts and junk between them are passed over without counting (a page's
    share buttons and their script under the headline). named: only a byline counts (maybe a desk's); bare: names
    alone count at all (under a teaser's headline in a list they name its writer, not the article's)."""
    counted = standfirst_lines = standfirst_words = 0
    start = title + 1
    for offset, line in enumerate(lines[start : start + FOLLOW_SEARCH_LINES + MAX_SKIPPED_FOLLOW_LINES]):
        if reads_like_body(line):
            standfirst_words += count_words(line, at_most=MAX_STANDFIRST_WORDS + 1)
            if (
                counted == standfirst_lines < MAX_STANDFIRST_LINES
                and standfirst_words <= MAX_STANDFIRST_WORDS
                and is_standfirst(without_closing_credit(line, words) or line)
            ):
                # the standfirst under the headline ("… with some firms running none.", or its sentences on lines
                # of their own, as a glued dump sets them), or the photo's caption there, its credit closing it
                # ("… on March 18. (Jane Roe/AFP/Getty Images)")
                counted += 1
                standfirst_lines += 1
                continue
            return False
        if offset == 0 and not named and relative_time_alone(line, words):
            return True  # "2 hours ago" right under the headline: its dateline, telling no date (the BBC's)
        following = lines[start + offset + 1] if start + offset + 1 < len(lines) else ""
        read = read_split_byline(line, following, words) or read_header_line(line, words, bare=bare and offset == 0)
        if read is not None and not read.stamps and words.byline_prefix.match(line) is None and is_junk(line):
            continue  # "Top Stories": names in shape only, junk the rules know
        if read is not None and (read.bylined or not named):
            return True
        if offset - counted >= MAX_SKIPPED_FOLLOW_LINES or (hard_rule(line) is None and not is_junk(line)):
            if len(line) > MAX_HEADER_LINE_CHARS:
                return False
            counted += 1
            if counted == FOLLOW_SEARCH_LINES:
                return False
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
    "TitleFound",
    "find_title",
    "in_capitals",
    "is_label",
    "is_standfirst",
    "known_title_line",
    "looks_like_headline",
    "repeats_title",
    "title_key",
    "without_kicker",
]
