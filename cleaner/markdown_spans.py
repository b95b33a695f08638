"""Links that HTML converters wrap around whole blocks (teaser cards), which CommonMark cannot read as links."""

from __future__ import annotations

import re
from dataclasses import dataclass

# markdownify and html2text write an <a> around a card's image, headline and summary as "[" before the first block
# and "](address)" after the last: CommonMark ends a link's text at its block, so the card would come out as text
# with stray brackets. The closer: a "](address)" or "](address "title")" whose "]" no "[" of its own block opens.
_CLOSER = re.compile(r"""\]\((?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)""")
# a card is an image, a kicker, a headline, a summary and a time at most: an opener further up opens no card
_MAX_BLOCKS_SPANNED = 6


@dataclass(frozen=True, slots=True)
class BlockLinks:
    """The text with the brackets of block-spanning links taken out, and the 0-based numbers of the lines inside
    such links (their letters are anchor text)."""

    text: str
    linked_lines: frozenset[int]


def block_links(text: str) -> BlockLinks:
    """Find each "](address)" whose "[" stands in an earlier block, at most a few blocks up; take both out."""
    if "](" not in text:
        return BlockLinks(text, frozenset())
    lines = text.split("\n")
    openers: list[tuple[int, int, int]] = []  # (block number, line, column) of "[" no "]" has closed yet
    linked: set[int] = set()
    block = 0
    for number, line in enumerate(lines):
        if not line.strip():
            block += 1
            continue
        column = 0
        while column < len(line):
            char = line[column]
            if char == "\\":
                column += 2
                continue
            if char == "[":
                openers.append((block, number, column))
            elif char == "]" and openers and openers[-1][0] == block:
                openers.pop()  # closed within its block: CommonMark reads it
            elif char == "]":
                closer = _CLOSER.match(line, column)
                opener = _open_card(openers, block)
                if closer and opener is not None:
                    start_line, start_column = opener
                    line = line[: closer.start()] + line[closer.end() :]
                    lines[number] = line
                    lines[start_line] = _without(lines[start_line], start_column)
                    linked.update(range(start_line, number + 1))
                    continue
            column += 1
    return BlockLinks("\n".join(lines), frozenset(linked))


def _open_card(openers: list[tuple[int, int, int]], block: int) -> tuple[int, int] | None:
    """The line and column of the nearest "[" left open in an earlier block, a few blocks up at most (taken off
    the stack); None when there is none."""
    while openers and openers[-1][0] >= block:
        openers.pop()  # never: a "[" of this block would have matched first
    if not openers or block - openers[-1][0] > _MAX_BLOCKS_SPANNED:
        return None
    _block, line, column = openers.pop()
    return line, column


def _without(line: str, column: int) -> str:
    return line[:column] + line[column + 1 :]


__all__ = ["BlockLinks", "block_links"]
