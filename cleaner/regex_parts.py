"""Regex source cut into parts: top-level alternatives, one-line-bound patterns, assertion-free prefilters."""

from __future__ import annotations

import re
from collections.abc import Iterator
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


def closing_bracket(pattern: str, start: int) -> int:
    """The index of the "]" closing the character class opened at start (a "]" first in it is a literal; len(pattern)
    when unclosed)."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def closing_paren(pattern: str, start: int) -> int:
    """The index of the parenthesis closing the group opened at start (len(pattern) when unclosed)."""
    depth, index = 0, start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = closing_bracket(pattern, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(pattern)


def lexemes(pattern: str, *, whole: tuple[str, ...] = ()) -> Iterator[str]:
    """The pattern's source in pieces, in order: an escape, a character class, a group opening with one of whole
    (taken whole, its inside unread), or a single character. Joined, they give the pattern back."""
    index = 0
    while index < len(pattern):
        if pattern[index] == "\\":
            end = index + 2
        elif pattern[index] == "[":
            end = closing_bracket(pattern, index) + 1
        elif whole and pattern.startswith(whole, index):
            end = closing_paren(pattern, index) + 1
        else:
            end = index + 1
        yield pattern[index:end]
        index = end


def without_lookbehinds(pattern: str) -> str:
    """The pattern without its lookbehinds and word boundaries (\\b), except inside a negative lookahead: it then
    matches wherever the pattern does (an assertion only restricts; inside a negative lookahead dropping one would
    restrict instead, so those are kept whole). A regex whose every position must first pass a row of lookbehinds
    ("(?<!\\bon )(?<!\\bat )...") is slow over a long line: without them the engine tries its first character."""
    lookbehinds = ("(?<=", "(?<!")
    return "".join(
        lexeme
        for lexeme in lexemes(pattern, whole=(*lookbehinds, "(?!"))
        if lexeme != "\\b" and not lexeme.startswith(lookbehinds)
    )


def without_leading_lookarounds(alternative: str, kinds: tuple[str, ...]) -> str:
    """The alternative without the lookarounds of kinds ("(?!", "(?<=", ...) it starts with; a quantified one is
    kept. It then matches wherever the alternative does (an assertion only restricts)."""
    while alternative.startswith(kinds):
        end = closing_paren(alternative, 0) + 1
        if end > len(alternative) or alternative[end : end + 1] in ("?", "*", "+", "{"):
            break
        alternative = alternative[end:]
    return alternative


def unguarded(alternative: str) -> str:
    """The alternative without the negative lookaheads it starts with ("(?!(?:The|By)\\b)[A-Z]..."): the regex
    engine can then skip ahead to its first character (a negative lookahead in front rules out little, but makes
    the engine try every position)."""
    return without_leading_lookarounds(alternative, ("(?!",))


_AT_WORD_END = "(?![^ ])"  # before a space or at the text's end


def longer_words(pattern: str) -> str | None:
    """The pattern as it may match a text of single-spaced words from its start into a longer run of words that
    goes on after that text: "$" and "\\Z" become a word's end, and negative lookarounds go (the text's end stops
    what they see; without them the pattern only matches more). Wherever the pattern matches a text from its
    start, the result matches any longer text that begins with it and a space. None: a group reference or a
    conditional, not rewritten."""
    if _GROUP_REFERENCE.search(pattern):
        return None
    negative = ("(?!", "(?<!")
    return "".join(
        _AT_WORD_END if lexeme in ("$", "\\Z") else lexeme
        for lexeme in lexemes(pattern, whole=negative)
        if not lexeme.startswith(negative)
    )


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
        end = closing_paren(current, 0) + 1 if current.startswith("(?:") else 0
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
    "closing_bracket",
    "closing_paren",
    "lexemes",
    "line_bound",
    "longer_words",
    "loose_alternatives",
    "may_match",
    "split_alternatives",
    "unguarded",
    "without_leading_lookarounds",
    "without_lookbehinds",
]
