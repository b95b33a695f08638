"""The page's furniture glued around a headline: a menu before it ("Microsoft Start Feedback Teachers union votes
...", its end found here), a button after it, the headline printed twice.

A dump glued into one line runs the menu over the headline into one piece ("Forbes Subscribe 10 Things To Know",
"World › Europe Kyiv hit by ...", "RTÉ News Watch Listen Hospital trolley numbers ..."). Case
alone cannot tell a menu's last word from a headline's first ("Express Vladimir Putin's threat" reads as "Prime
Minister Boris Johnson warns"), so the menu is cut off only where it ends in a sure sign: a separator a
breadcrumb ends with ("›", "|"; never a dash, which headlines hold), or a button the whole-line rules drop
("Subscribe", "Listen", "Feedback").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.line_shape import sentence_cased

# no dash: headlines hold one far more often than menus end in one ("Liverpool 3-1 Chelsea – Salah double sends
# Reds top", "Sunak: I will not resign – PM defiant ..." lost their first half to a menu reading)
_SEPARATORS = frozenset({"|", "›", "»", ">", "/", "•", "·"})
MAX_NAV_WORDS = 8  # a menu run before the headline is no longer
MAX_BUTTON_WORDS = 4  # a button's words ("Upgrade to Premium", "Show Search", "Skip to main content")
_MIN_HEADLINE_WORDS = 4
_SENTENCE_CASE_REACH = 5  # a lower-case word (sentence_cased) within the headline's first words: sentence case
_WORD = re.compile(r"\S+")


def _opens_headline(words: list[str]) -> bool:
    first = words[0].lstrip("\"“‘'")
    return len(words) >= _MIN_HEADLINE_WORDS and (first[:1].isupper() or first[:1].isdigit())


def nav_end(text: str, end: int, is_junk: Callable[[str], bool]) -> int:
    """Where the headline starts in text[:end] after a menu run glued before it (0 when none is seen): after the last
    separator or junk button among its first MAX_NAV_WORDS words that has a headline's words after it, capitalised.
    After a button that opens the text, or after a separator alone, the headline must be in sentence case ("Facebook
    Faces Fine Over Privacy" is a headline, "Facebook" no menu)."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text, 0, end)]
    best = 0
    for last in range(min(len(tokens), MAX_NAV_WORDS)):
        rest = [text[a:b] for a, b in tokens[last + 1 :]]
        if not rest or not _opens_headline(rest):
            continue
        word = text[tokens[last][0] : tokens[last][1]]
        if word in _SEPARATORS:
            if last > 0 and sentence_cased(rest[:_SENTENCE_CASE_REACH]):
                best = tokens[last + 1][0]
            continue
        for first in range(max(0, last - MAX_BUTTON_WORDS + 1), last + 1):
            if (first == 0 and not sentence_cased(rest[:_SENTENCE_CASE_REACH])) or not text[tokens[first][0]].isupper():
                continue  # a button is capitalised words: "Listen", "Sign In", not a stray "of" a rule drops alone
            button = text[tokens[first][0] : tokens[last][1]]
            if all(map(str.isalpha, button.split())) and is_junk(button):
                best = tokens[last + 1][0]
                break
    return best


def is_button(words: Sequence[str], is_junk: Callable[[str], bool]) -> bool:
    """True when the words are a button the whole-line rules drop alone ("Listen", "Sign In"): words of letters,
    the first capitalised (not a stray "of", nor a date or an address the rules drop alone)."""
    return words[0][:1].isupper() and all(map(str.isalpha, words)) and bool(is_junk(" ".join(words)))


def button_start(text: str, start: int, end: int, is_junk: Callable[[str], bool]) -> int:
    """Where a button the whole-line rules drop ends text[start:end] ("... after late-night debate Show Caption"),
    a headline's words before it; end when none does."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    for size in range(min(MAX_BUTTON_WORDS, len(tokens) - _MIN_HEADLINE_WORDS), 0, -1):
        if is_button([text[a:b] for a, b in tokens[-size:]], is_junk):
            return tokens[-size][0]
    return end


_MIN_ECHO_WORDS = 4  # a headline printed twice is this long at least ("The quiet collapse of local news")
_MAX_ECHO_WORDS = 20
_ECHO_END_MARKS = ".!?:;,"


def _stands_alone(words: list[str], start: int, end: int) -> bool:
    """True when words[start:end] may be a headline set apart in a run: capitalised, no mark at its end, and a
    capitalised word or nothing after it (not a sentence going on)."""
    return (
        words[start][:1].isupper()
        and words[end - 1][-1:] not in _ECHO_END_MARKS
        and (end == len(words) or words[end][:1].isupper())
    )


def echo_apart(pieces: list[str], reach: int) -> list[list[str]]:
    """Each piece, cut around a headline printed twice within the pieces' first reach characters (over the page,
    then over the standfirst: "… The Policy Desk The quiet collapse of local news Copy link …", "The quiet collapse
    of local news Three papers closed this month."): the second copy a piece of its own, where a line-shaped dump
    has the title on a line of its own. Both copies stand apart (a capitalised word or nothing after each), the
    second opens a piece (a sentence's end or a lost full stop before it: no name repeated inside a sentence, "the
    office of the New York State Attorney General"), and they are no longer than a headline (not a caption printed
    twice, truncated and whole)."""
    out = [[piece] for piece in pieces]
    located: list[tuple[int, int, int]] = []  # (piece, start, end) of each word
    chars = 0
    for number, piece in enumerate(pieces):
        if chars >= reach:
            break
        located += [(number, m.start(), m.end()) for m in _WORD.finditer(piece, 0, reach - chars)]
        chars += len(piece) + 1
    words = [pieces[number][a:b] for number, a, b in located]
    first: dict[tuple[str, ...], int] = {}
    for index in range(len(words) - _MIN_ECHO_WORDS + 1):
        earlier = first.setdefault(tuple(words[index : index + _MIN_ECHO_WORDS]), index)
        if earlier + _MIN_ECHO_WORDS > index:
            continue
        size = _MIN_ECHO_WORDS
        while (
            size < _MAX_ECHO_WORDS
            and earlier + size < index
            and index + size < len(words)
            and words[earlier + size] == words[index + size]
        ):
            size += 1
        number = located[index][0]
        if located[index + size - 1][0] != number or located[index][1] != 0 or size == _MAX_ECHO_WORDS:
            continue  # the copy runs over two pieces, stands inside one, or is longer than a headline
        if not sentence_cased(words[index : index + size]):
            continue  # a name in capitals repeated ("New York State Attorney"), no headline in sentence case
        if _stands_alone(words, earlier, earlier + size) and _stands_alone(words, index, index + size):
            piece, cut, end = pieces[number], located[index][1], located[index + size - 1][2]
            out[number] = [part for part in (piece[:cut].strip(), piece[cut:end], piece[end:].strip()) if part]
            break
    return out


__all__ = ["MAX_NAV_WORDS", "button_start", "echo_apart", "nav_end"]
