"""Turn decoded text into candidate lines: HTML through cleaner.html (trafilatura), text dumps line by line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from cleaner.decode import repair
from cleaner.html import article_text, code_blocks, parse_html
from cleaner.html_blocks import words_key
from cleaner.html_meta import headlines, page_metadata
from cleaner.markdown import markdown_lines
from cleaner.model import Removal
from cleaner.normalize import _SPACE_CHARS, normalized_lines

# The space characters normalized_lines collapses, the plain space aside: a dump with none of them and no two
# spaces in a row has nothing to collapse (most have neither; the collapsing regex stops at every space). One
# str search per character is faster than a regex class over the text.
_ODD_SPACES = "".join(re.findall(_SPACE_CHARS, "".join(map(chr, range(0x3001))))).replace(" ", "")  # all below 0x3001
_COUNT_ELEMENTS = etree.XPath("count(//*)")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stage found in a page: candidate body lines, metadata hints, lines it already dropped."""

    lines: tuple[str, ...]
    hints: dict[str, Any] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()
    rejected: str | None = None
    code_lines: frozenset[int] = frozenset()  # 1-based numbers of the lines that come from the page's code blocks


def _drop_headline(lines: tuple[str, ...], titles: set[str]) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Drop the page's headline and its repeats: metadata, not body (trafilatura keeps it when it is near)."""
    title_keys = {words_key(title) for title in titles} - {""}
    # A line whose key is a title's holds each of that title's words in its lower-cased text (a key's words are
    # runs of word characters of the lower-cased text), so its longest one: a substring test on most lines costs
    # a fraction of the key's regex.
    longest_words = {max(key.split(" "), key=len) for key in title_keys}
    kept: list[str] = []
    removed: list[Removal] = []
    for number, line in enumerate(lines, start=1):
        lowered = line.lower()
        if any(word in lowered for word in longest_words) and words_key(line) in title_keys:
            removed.append(Removal(line, "html_title", "title", number))
        else:
            kept.append(line)
    return tuple(kept), tuple(removed)


def _table_row(line: str) -> str:
    """A table row as trafilatura writes it ("| a |  | b |") as its non-empty cells joined by " | "."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    return " | ".join(cell for cell in (part.strip() for part in line.split("|")) if cell)


def extract_html(html: str, *, url: str | None = None, max_elements: int | None = None) -> Extraction:
    """The article lines of an HTML page, its metadata (trafilatura's field names), and the header lines dropped.

    A page with more than max_elements elements is rejected before extraction, whose cost grows with the
    elements (an HTML bomb of a million <div>s would hold a worker for a minute)."""
    tree = parse_html(html)
    if tree is None:
        return Extraction(())
    if max_elements is not None and _may_have_more_elements(html, max_elements):
        elements = int(_COUNT_ELEMENTS(tree))
        if elements > max_elements:
            return Extraction((), rejected=f"HTML with {elements} elements, over max_html_elements ({max_elements})")
    hints: dict[str, Any] = page_metadata(tree, url=url)
    code = code_blocks(tree)  # before article_text prunes and narrows the tree
    text = article_text(
        html, tree=tree, standfirst=str(hints.get("description") or ""), title=str(hints.get("title") or "")
    )
    lines = tuple(row for row in map(_table_row, text_to_lines(repair(text))) if row)
    lines, removed = _drop_headline(lines, headlines(tree))
    return Extraction(lines, hints, removed, code_lines=code_lines(lines, code))


def extract_markdown(text: str) -> Extraction:
    """The lines of a Markdown dump (cleaner.markdown), its code lines, the images it dropped, and its hints."""
    found = markdown_lines(text)
    return Extraction(found.lines, found.hints, found.removed, code_lines=found.code_lines)


def code_lines(lines: tuple[str, ...], blocks: tuple[str, ...]) -> frozenset[int]:
    """1-based numbers of the lines that are one of the page's code blocks or one line of one (whitespace
    collapsed): trafilatura writes a block line by line, a block in a table cell or a list item on one line (an
    item behind the "- " it marks items with). Compared whole, by a set: no search through the code per line."""
    if not blocks:
        return frozenset()
    keys = {" ".join(text.split()) for block in blocks for text in (block, *block.split("\n"))} - {""}
    return frozenset(
        number
        for number, line in enumerate(lines, start=1)
        if (key := " ".join(line.split())) in keys or (key.startswith("- ") and key[2:] in keys)
    )


def _may_have_more_elements(html: str, limit: int) -> bool:
    """Whether the markup could hold more than limit elements (each takes a "<" and three characters at least);
    counting the parsed tree's elements costs more than these checks on ordinary pages."""
    return len(html) > 3 * limit and html.count("<") > limit


def text_to_lines(text: str) -> tuple[str, ...]:
    """The non-empty, whitespace-normalized lines of a text dump."""
    if "  " in text or any(map(text.__contains__, _ODD_SPACES)):
        return tuple(normalized_lines(text))
    return tuple(filter(None, map(str.strip, text.split("\n"))))
