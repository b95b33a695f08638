"""Normalize kept lines into output text: one paragraph per line, collapsed whitespace, NFC."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPACE_CHARS = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(f"{_SPACE_CHARS}+")
# A run of spaces that is not already one plain space; it starts with a character class, so the regex engine
# skips to the next space at C speed and a text's ordinary single spaces cost no match.
_SPACES_TO_COLLAPSE = re.compile(f"{_SPACE_CHARS}(?:(?<! )|(?={_SPACE_CHARS})){_SPACE_CHARS}*")


def normalize_line(line: str) -> str:
    """Collapse whitespace runs to one space and trim the line."""
    return _SPACES.sub(" ", line).strip()


def normalized_lines(text: str) -> list[str]:
    """The non-empty lines of text (split at "\\n"), each as normalize_line gives it; one pass over the text."""
    return list(filter(None, map(str.strip, _SPACES_TO_COLLAPSE.sub(" ", text).split("\n"))))


_LINE_START_SPACE = re.compile("\n ")  # a regex finds a newline faster than `in` (which stops at every space)


def _already_normal(lines: tuple[str, ...] | list[str], joined: str) -> bool:
    """Whether normalizing would leave the joined lines as they are: no empty line, single spaces between
    words, no space at a line's ends, no other whitespace (str.isprintable() is False for every whitespace
    character but the space, the newline included). A few C-level passes; the collapsing regex is slower."""
    return (
        all(lines)
        and all(map(str.isprintable, lines))
        and "  " not in joined
        and " \n" not in joined
        and _LINE_START_SPACE.search(joined) is None
        and joined[:1] != " "
        and joined[-1:] != " "
    )


def join_paragraphs(lines: Iterable[str]) -> str:
    """The article text: non-empty normalized lines joined by newlines, NFC, with a final newline."""
    lines = lines if isinstance(lines, (tuple, list)) else tuple(lines)
    joined = "\n".join(lines)
    if _already_normal(lines, joined):
        body = joined
    elif joined.count("\n") + 1 == len(lines):  # no line holds a newline of its own: normalize all at once
        body = "\n".join(normalized_lines(joined))
    else:
        body = "\n".join(line for line in (normalize_line(x) for x in lines) if line)
    return unicodedata.normalize("NFC", body) + ("\n" if body else "")
