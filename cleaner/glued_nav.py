"""Where the page's navigation glued before a headline ends: "Microsoft Start Feedback Teachers union votes ...".

A dump glued into one line runs the menu over the headline into one piece ("Forbes Subscribe 10 Things To Know",
"Biz & IT — Just-released Minecraft exploit ...", "RTÉ News Watch Listen Hospital trolley numbers ..."). Case
alone cannot tell a menu's last word from a headline's first ("Express Vladimir Putin's threat" reads as "Prime
Minister Boris Johnson warns"), so the menu is cut off only where it ends in a sure sign: a separator a
breadcrumb ends with ("—", "›", "|"), or a button the whole-line rules drop ("Subscribe", "Listen", "Feedback").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SEPARATORS = frozenset({"—", "–", "-", "|", "›", "»", ">", "/", "•", "·"})
MAX_NAV_WORDS = 8  # a menu run before the headline is no longer
_MAX_BUTTON_WORDS = 4  # a button's words ("Upgrade to Premium", "Show Search")
_MIN_HEADLINE_WORDS = 4
_SENTENCE_CASE_REACH = 5  # a lower-case word of _MIN_LOWER_CHARS within the headline's first words: sentence case
_MIN_LOWER_CHARS = 4
_WORD = re.compile(r"\S+")


def _sentence_case(words: list[str]) -> bool:
    """True when a word after the first, among the first few, is lower case and no small word ("to", "of")."""
    return any(w[:1].islower() and len(w) >= _MIN_LOWER_CHARS for w in words[1:_SENTENCE_CASE_REACH])


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
            if last > 0 and _sentence_case(rest):
                best = tokens[last + 1][0]
            continue
        for first in range(max(0, last - _MAX_BUTTON_WORDS + 1), last + 1):
            if (first == 0 and not _sentence_case(rest)) or not text[tokens[first][0]].isupper():
                continue  # a button is capitalised words: "Listen", "Sign In", not a stray "of" a rule drops alone
            button = text[tokens[first][0] : tokens[last][1]]
            if all(map(str.isalpha, button.split())) and is_junk(button):
                best = tokens[last + 1][0]
                break
    return best


def button_start(text: str, start: int, end: int, is_junk: Callable[[str], bool]) -> int:
    """Where a button the whole-line rules drop ends text[start:end] ("... after late-night debate Show Caption"),
    a headline's words before it; end when none does."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    for size in range(min(_MAX_BUTTON_WORDS, len(tokens) - _MIN_HEADLINE_WORDS), 0, -1):
        button = [text[a:b] for a, b in tokens[-size:]]
        if button[0][:1].isupper() and all(map(str.isalpha, button)) and is_junk(" ".join(button)):
            return tokens[-size][0]
    return end


__all__ = ["MAX_NAV_WORDS", "button_start", "nav_end"]
