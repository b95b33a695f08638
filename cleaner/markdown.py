"""Markdown dumps as candidate lines and metadata hints, read from markdown-it-py's CommonMark token stream."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cleaner.jina_reader import jina_hints, split_jina_header
from cleaner.markdown_links import (
    IMAGE_RULE,
    LINK_LINE_RULE,
    LINK_SECTION_RULE,
    REPEATED_RULE,
    Entry,
    decide,
    letters_in,
)
from cleaner.markdown_spans import block_links
from cleaner.model import Removal
from cleaner.normalize import normalize_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# a Markdown dump whose blocks are not kept apart by blank lines (one paragraph per line, as a text dump) has
# fewer blank lines than this share of its other lines: there a softbreak ends a paragraph, not a wrapped line
_MIN_BLANK_LINE_SHARE = 0.1
# html2text wraps a long link's address too ("](https://example.com/2019/11/video-shows-\nrescue/)"), which
# CommonMark then reads as text: the line break inside the address is taken out before the run is read again
_WRAPPED_DESTINATION = re.compile(r"(\]\(<?(?:https?://|/)[^\s()<>]*)\n(?=[^\s()<>]*\))")
# it breaks an address after a hyphen wherever the link stands, a heading's or a title's too, and a line break
# inside an address leaves CommonMark no link: such breaks are taken out of the whole document before it is read
_HYPHEN_WRAPPED_DESTINATION = re.compile(r'(\]\(<?(?:[^\s<>"()]|\([^\s()<>]*\))*-)\n[ \t]*(?=[^\s<>"()])')
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.I)
_MAX_ADDRESS_WRAPS = 8
_MAX_REREAD_DEPTH = 4  # code blocks read again as Markdown inside one another (a line of 4,000 spaces: no deeper)
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_MAX_TABLE_CELL_CHARS = 300  # a cell longer than this holds prose: the table lays out a page, it holds no data


@dataclass(frozen=True, slots=True)
class MarkdownLines:
    """What a Markdown dump gives the pipeline: its lines, which of them are code, the images dropped, hints."""

    lines: tuple[str, ...]
    code_lines: frozenset[int] = frozenset()  # 1-based numbers of lines from fenced or indented code blocks
    removed: tuple[Removal, ...] = ()
    hints: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark with GFM tables and strikethrough; imported on first use (a text-only run never pays for it).
    Every address is a link's: markdown-it refuses javascript: and data: ones (unsafe to render), which leaves a
    share button's "[print](javascript:window.print())" or a lazy image's placeholder as text, but nothing here
    is rendered."""
    from markdown_it import MarkdownIt

    class AnyAddress(MarkdownIt):
        def validateLink(self, url: str) -> bool:
            return True

    return AnyAddress("commonmark").enable(["table", "strikethrough"])


def joins_softbreaks(text: str) -> bool:
    """Whether a softbreak is a wrapped line inside a paragraph (html2text wraps at 78 columns), as CommonMark
    reads it: when the document keeps its blocks apart by blank lines. A dump with one paragraph per line and no
    blank lines between them would otherwise come out as one paragraph."""
    lines = text.strip().split("\n")  # the blank lines before and after the document keep nothing apart
    blank = sum(1 for line in lines if not line.strip())
    return blank >= 1 and blank >= _MIN_BLANK_LINE_SHARE * (len(lines) - blank)


class _LineWriter:
    """Walks the block tokens, writing one entry per heading, paragraph line, list item, table row and code line.

    A list item is written without its marker, as a text dump holds it: the line rules know "Share on Facebook",
    not "- Share on Facebook". Blockquotes are written as their paragraphs."""

    def __init__(
        self, *, join_softbreaks: bool, card_lines: frozenset[int] = frozenset(), source: Sequence[str] = ()
    ) -> None:
        self.join_softbreaks = join_softbreaks
        self.source = source  # the document's lines: a layout table's row is read again from its own line
        self.card_lines = card_lines  # 0-based source lines inside a link around whole blocks: all anchor text
        self.entries: list[Entry] = []
        self.section = 0
        self.levels = [0]  # each section's heading level (1-6); 0 for the lines before the first heading
        self._cells: list[tuple[str, int]] | None = None  # the cells of the table row being read, letters linked
        self._row_line = ""  # the source line of that row
        self._row_start = 0
        self._linked: list[int] = []  # per line of the inline run last rendered: letters inside links
        self._links: list[int] = []  # per line of that run: how many links it holds
        self._images: list[str] = []  # images of the inline run last rendered

    @property
    def title(self) -> str:
        return next((entry.text for entry in self.entries if entry.kind == "title"), "")

    def walk(self, tokens: Sequence[Token], *, depth: int = 0) -> None:
        heading = ""
        for token in _rejoin_wrapped_headings(tokens):
            kind = token.type
            if kind == "heading_open":
                heading = token.tag
                self.section += 1
                self.levels.append(int(token.tag[1:]))
            elif kind == "inline":
                in_card = depth == 0 and token.map is not None and token.map[0] in self.card_lines
                self._inline(token, heading=heading, in_card=in_card)
                heading = ""
            elif kind == "tr_open":
                self._cells = []
                in_source = depth == 0 and token.map is not None and token.map[0] < len(self.source)
                self._row_line = self.source[token.map[0]] if in_source and token.map else ""
                self._row_start = len(self.entries)  # the row's images: written again when it is read again
            elif kind == "tr_close" and self._cells is not None:
                cells = self._cells
                if any(len(text) > _MAX_TABLE_CELL_CHARS for text, _linked in cells) and self._row_line:
                    del self.entries[self._row_start :]
                    cells = self._raw_cells(self._row_line)
                self._cells = None
                self._table_row(cells)
            elif kind == "code_block" and depth < _MAX_REREAD_DEPTH and _holds_markdown(token.content):
                self.walk(_parser().parse(token.content), depth=depth + 1)  # a list html2text indented too far
            elif kind in ("fence", "code_block"):
                for line in token.content.split("\n"):
                    self._add(line, kind="code")
            elif kind == "html_block":  # raw markup: its lines go to the markup rules, as in a text dump
                for line in token.content.split("\n"):
                    self._add(line)

    def _inline(self, token: Token, *, heading: str, in_card: bool = False) -> None:
        children = token.children or []
        if "\n" in token.content and _WRAPPED_DESTINATION.search(token.content):
            children = _parser().parseInline(_unwrapped_destinations(token.content))[0].children or []
        lines = self._render(children)
        if in_card:
            self._linked = [letters_in(line) for line in lines]
        spans = any(map(normalize_line, lines))  # images beside words are spans; alone they are a line
        for image in self._images:
            self.entries.append(Entry(image, "image_span" if spans else "image", self.section))
        if self._cells is not None:
            self._cells.append((normalize_line(" ".join(lines)), sum(self._linked)))
            return
        for line, linked, links in zip(lines, self._linked, self._links, strict=True):
            is_title = heading == "h1" and not self.title
            self._add(line, kind="title" if is_title else "line", linked=linked, card=in_card, links=links)

    def _render(self, children: Iterable[Token]) -> list[str]:
        """An inline run as lines of text: link markup reduced to its anchor text, images dropped (self._images),
        emphasis marks gone, breaks as the document's policy says. self._linked: per line, the letters and digits
        of its anchor text."""
        lines: list[str] = []
        parts: list[str] = []
        linked, links = [0], [0]
        targets: list[str] = []  # the open links' addresses
        self._linked, self._links, self._images = linked, links, []
        for child in children:
            kind = child.type
            if kind in ("text", "code_inline"):
                parts.append(child.content)
                if targets and not _shows_its_address(child.content, targets[-1]):
                    linked[-1] += letters_in(child.content)
            elif kind == "link_open":
                targets.append(str(child.attrs.get("href") or ""))
                links[-1] += 1
            elif kind == "link_close" and targets:
                targets.pop()
            elif kind == "image":
                self._images.append(f"![{child.content}]({child.attrs.get('src') or ''})")
            elif kind == "softbreak" and self.join_softbreaks:
                parts.append(" ")
            elif kind in ("softbreak", "hardbreak") or (kind == "html_inline" and _BREAK_TAG.match(child.content)):
                lines.append("".join(parts))
                parts = []
                linked.append(0)
                links.append(0)
            elif kind == "html_inline":
                parts.append(child.content)
        lines.append("".join(parts))
        return lines

    def _raw_cells(self, row: str) -> list[tuple[str, int]]:
        """A layout row's cells read from its line, every one of them: a table keeps no more cells in a row than
        its header has columns, and markdownify writes a nested table into the cell that holds the article, so
        the article's later paragraphs would stand in cells past the last column and be lost."""
        cells: list[tuple[str, int]] = []
        for piece in _CELL_BORDER.split(row.strip().strip("|")):
            children = _parser().parseInline(piece.strip())[0].children or []
            lines = self._render(children)
            for image in self._images:
                self.entries.append(Entry(image, "image", self.section))
            cells.append((normalize_line(" ".join(lines)), sum(self._linked)))
        return cells

    def _table_row(self, cells: list[tuple[str, int]]) -> None:
        """A data row as its cells joined by " | ", as the HTML path writes one; a layout table's row (a page laid
        out in a table, the article in one cell) as a line per cell. Link letters count per cell."""
        filled = [(text, linked) for text, linked in cells if text]
        if any(len(text) > _MAX_TABLE_CELL_CHARS for text, _linked in filled):
            for text, linked in filled:
                self._add(text, linked=linked)
        else:
            self._add(" | ".join(text for text, _linked in filled), linked=sum(linked for _text, linked in filled))

    def _add(self, line: str, *, kind: str = "line", linked: int = 0, card: bool = False, links: int = 0) -> None:
        cleaned = normalize_line(line)
        if cleaned:
            self.entries.append(Entry(cleaned, kind, self.section, linked, letters_in(cleaned), card, links))


def _shows_its_address(anchor: str, href: str) -> bool:
    """Whether a link's text is its own address ("www.openpetition.de", "help@example.org"): text a reader is
    meant to read, not a way elsewhere."""
    shown = anchor.strip().lower().removeprefix("mailto:")
    if not shown or " " in shown or not ("." in shown or "@" in shown):
        return False
    return href.lower().startswith("mailto:") or shown.removesuffix("/") in href.lower()


def _rejoin_wrapped_headings(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with each heading that html2text wrapped onto a second line made whole again: an ATX heading
    ends at its line, so "## [Disney says it needs no data to make great" leaves "shows](https://…)" to the
    paragraph after it. A heading with a "[" it never closes takes that paragraph's text back."""
    out = list(tokens)
    index = 0
    while index + 4 < len(out):
        heading, following = out[index + 1], out[index + 4]
        if (
            out[index].type == "heading_open"
            and heading.type == "inline"
            and heading.content.count("[") > heading.content.count("]")
            and out[index + 3].type == "paragraph_open"
            and following.type == "inline"
            and "](" in following.content
        ):
            heading.content = _unwrapped_destinations(f"{heading.content}\n{following.content}")
            heading.children = _parser().parseInline(heading.content)[0].children
            del out[index + 3 : index + 6]  # the paragraph's open, inline and close tokens
        index += 1
    return out


def _unwrapped_destinations(source: str, wrap: re.Pattern[str] = _WRAPPED_DESTINATION) -> str:
    """The inline source with the line breaks inside link addresses taken out (an address may wrap twice)."""
    for _ in range(_MAX_ADDRESS_WRAPS):
        joined = wrap.sub(r"\1", source)
        if joined == source:
            break
        source = joined
    return source


def _holds_markdown(code: str) -> bool:
    """Whether an indented code block is Markdown indented too far (html2text nests lists by four spaces a level):
    its lines read as Markdown hold a link or an image. Fenced code is code whatever it holds."""
    if "](" not in code:
        return False
    return any(
        child.type in ("link_open", "image")
        for token in _parser().parse(code)
        if token.type == "inline"
        for child in token.children or []
    )


def markdown_lines(text: str) -> MarkdownLines:
    """The candidate lines of a Markdown dump, the numbers of its code lines, the images dropped, and its hints:
    the first level-1 heading as title (else Jina Reader's Title); Jina's source URL and published time."""
    hints: dict[str, Any] = {}
    jina = split_jina_header(text)
    if jina is not None:
        fields, text = jina
        hints = jina_hints(fields)
    if "-\n" in text:
        text = _unwrapped_destinations(text, _HYPHEN_WRAPPED_DESTINATION)
    cards = block_links(text)
    writer = _LineWriter(
        join_softbreaks=joins_softbreaks(cards.text), card_lines=cards.linked_lines, source=cards.text.split("\n")
    )
    writer.walk(_parser().parse(cards.text))
    if writer.title:  # the article's own heading, before Jina's Title (the page's <title>, "… | Site" often)
        hints["title"] = writer.title
    lines, code, removed = decide(writer.entries, writer.levels)
    return MarkdownLines(tuple(lines), frozenset(code), tuple(removed), hints)


__all__ = [
    "IMAGE_RULE",
    "LINK_LINE_RULE",
    "LINK_SECTION_RULE",
    "REPEATED_RULE",
    "MarkdownLines",
    "joins_softbreaks",
    "markdown_lines",
    "split_jina_header",
]
