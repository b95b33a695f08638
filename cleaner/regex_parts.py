"""Regex source cut into parts: top-level alternatives, one-line-bound patterns, assertion-free prefilters."""

from __future__ import annotations

import re
from functools import lru_cache


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (escapes, character classes and groups respected)."""
    parts: list[str] = []
    depth = 0
    start = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":  # a "]" first in a class is a literal
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


_NO_NEWLINE_ESCAPES = {"s": r"[^\S\n]", "W": r"[^\w\n]", "D": r"[^\d\n]"}
_CLASS_SPACES = r" \t\r\f\v"


def line_bound(pattern: str) -> str:
    """The pattern with every construct that could match a newline made unable to: on text joined with
    newlines it then matches within one line exactly as it does on that line alone."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index : index + 2]
            out.append(_NO_NEWLINE_ESCAPES.get(escaped[1:], escaped))
            index += 2
        elif char == "[":
            end = index + 1
            negated = pattern[end : end + 1] == "^"
            end += negated
            end += pattern[end : end + 1] == "]"
            while end < len(pattern) and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            body = pattern[index + 1 : end]
            if negated:
                out.append("[" + body + "\\n]")
            else:
                out.append("[" + body.replace("\\s", _CLASS_SPACES) + "]")
            index = end + 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


# a back-reference or a conditional group; "(?(" after an even number of backslashes (none, or escaped ones), not
# an escaped "(" made optional ("\\(?(?:Reporting by ...)")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|(?:^|[^\\])(?:\\\\)*\(\?\(")


def _class_end(pattern: str, index: int) -> int:
    """The index after the character class that opens at index (a "]" first in it is a literal)."""
    end = index + 1
    end += pattern[end : end + 1] == "^"
    end += pattern[end : end + 1] == "]"
    while end < len(pattern) and pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    return end + 1


def _group_end(pattern: str, index: int) -> int:
    """The index after the group that opens at index (escapes and character classes respected)."""
    depth = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        depth += (char == "(") - (char == ")")
        index += 1
        if depth == 0:
            return index
    return index


def without_lookbehinds(pattern: str) -> str:
    """The pattern without its lookbehinds and word boundaries (\\b), except inside a negative lookahead: it then
    matches wherever the pattern does (an assertion only restricts; inside a negative lookahead dropping one would
    restrict instead, so those are kept whole). A regex whose every position must first pass a row of lookbehinds
    ("(?<!\\bon )(?<!\\bat )...") is slow over a long line: without them the engine tries its first character."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index : index + 2]
            out.append("" if escaped == "\\b" else escaped)
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            out.append(pattern[index:end])
            index = end
        elif pattern.startswith(("(?<=", "(?<!"), index):
            index = _group_end(pattern, index)
        elif pattern.startswith("(?!", index):
            end = _group_end(pattern, index)
            out.append(pattern[index:end])
            index = end
        else:
            out.append(char)
            index += 1
    return "".join(out)


def unguarded(alternative: str) -> str:
    """The alternative without the negative lookaheads it starts with ("(?!(?:The|By)\\b)[A-Z]..."): it then
    matches wherever the alternative does, and the regex engine can skip ahead to its first character (a
    negative lookahead in front rules out little, but makes the engine try every position)."""
    while alternative.startswith("(?!"):
        end = _group_end(alternative, 0)
        if alternative[end : end + 1] in ("?", "*", "+", "{"):
            break
        alternative = alternative[end:]
    return alternative


_AT_WORD_END = "(?![^ ])"  # before a space or at the text's end


def longer_words(pattern: str) -> str | None:
    """The pattern as it may match a text of single-spaced words from its start into a longer run of words that
    goes on after that text: "$" and "\\Z" become a word's end, and negative lookarounds go (the text's end stops
    what they see; without them the pattern only matches more). Wherever the pattern matches a text from its
    start, the result matches any longer text that begins with it and a space. None: a group reference or a
    conditional, not rewritten."""
    if _GROUP_REFERENCE.search(pattern):
        return None
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index : index + 2]
            out.append(_AT_WORD_END if escaped == "\\Z" else escaped)
            index += 2
        elif char == "[":
            end = _class_end(pattern, index)
            out.append(pattern[index:end])
            index = end
        elif pattern.startswith(("(?!", "(?<!"), index):
            index = _group_end(pattern, index)
        else:
            out.append(_AT_WORD_END if char == "$" else char)
            index += 1
    return "".join(out)


_MAX_BRANCHES = 400  # a pattern split into more branches than this is left as it is


def branches(alternative: str) -> list[str]:
    """The alternative with the alternatives of the non-capturing group it starts with distributed over the rest:
    "(?:A|B)C" gives "AC" and "BC" (again for a group each then starts with). A text holds a match of the
    alternative exactly where it holds one of a branch; each branch starts with its own literal text, which a
    literal scan can tell apart ("(?:Video Player is loading|The media could not be loaded)" is no hit for
    "immediate" once "media" alone is no longer its literal). An optional group ("(?:A)?C", "(?:A)??C") gives the
    rest alone too ("AC" and "C"); a group with another quantifier (a possessive "?+" too) or flags stays whole."""
    found: list[str] = []
    todo = [alternative]
    while todo and len(found) + len(todo) <= _MAX_BRANCHES:
        current = todo.pop()
        end = _group_end(current, 0) if current.startswith("(?:") else 0
        optional = current[end : end + 1] == "?" and current[end + 1 : end + 2] != "+"
        if end == 0 or (current[end : end + 1] in ("?", "*", "+", "{") and not optional):
            found.append(current)
            continue
        lazy = optional and current[end + 1 : end + 2] == "?"
        rest = current[end + optional + lazy :]
        options = [branch + rest for branch in split_alternatives(current[3 : end - 1])] + ([rest] if optional else [])
        todo.extend(reversed(options))  # popped in order
    return [alternative] if todo else found


@lru_cache(maxsize=64)
def loose_alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The pattern's alternatives, each compiled alone without its lookbehinds, its word boundaries and the negative
    lookaheads it starts with (None: a verbose pattern, or one with a group reference, not split). Together they
    match wherever the pattern does (an assertion only restricts), and much faster: without an assertion in front
    the regex engine skips ahead to the literal text or character class an alternative starts with, instead of
    trying each position."""
    if pattern.flags & re.X or _GROUP_REFERENCE.search(pattern.pattern):
        return None  # alternatives compiled alone renumber their groups: a reference could change meaning
    loose = []
    for alternative in split_alternatives(pattern.pattern):
        try:
            loose.append(re.compile(unguarded(without_lookbehinds(alternative)), pattern.flags))
        except re.error:
            return None
    return tuple(loose)


def may_match(pattern: re.Pattern[str], line: str) -> bool:
    """False only when the pattern cannot match the line (its loose alternatives find nothing)."""
    loose = loose_alternatives(pattern)
    return loose is None or any(alternative.search(line) for alternative in loose)


__all__ = [
    "branches",
    "line_bound",
    "longer_words",
    "loose_alternatives",
    "may_match",
    "split_alternatives",
    "unguarded",
    "without_lookbehinds",
]
