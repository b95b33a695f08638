"""Tell HTML, Markdown and plain text apart by content; the file suffix is only a tie-breaker."""

from __future__ import annotations

import re

from cleaner.jina_reader import split_jina_header
from cleaner.model import InputKind

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|article|section|img|figure|table|script)\b[^>]*>", re.I)
_SNIFF_CHARS = 20000
_MIN_TAGS = 3
_TAG_DENSITY = 0.002  # tags per character of the sniffed head
_MIN_TAGGED_LINE_SHARE = 0.5  # in markup most lines carry a tag; a text dump with leftover tags has few
_FEW_LINES = 3  # a head of fewer lines (markup or a dump glued into one line) says nothing by tagged lines
_ANY_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_MIN_MARKUP_SHARE = 0.3  # of a page's characters, tags hold this much or more; of a glued dump's, far less

# Markdown's own marks, each a construct no plain dump writes by accident: an inline link or image with an
# address ("[text](https://…)", "](/path)"), an ATX heading standing apart ("## Subhead" between blank lines: a
# code comment "# note" sits among code lines, a "#hashtag" has no space), a setext underline of "===", a table's
# delimiter row, a code fence. A bullet, a "[1]" or a "**" alone are no evidence.
_MD_LINK = re.compile(r"\]\((?:<?https?://|/|\.{1,2}/|#|mailto:)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+[^\s#][^\n]*(?:\n[ \t]*\n|\n?\Z)")  # matched where a line opens with "#"
_MD_SETEXT = re.compile(r"^[^\s=][^\n]*\n={3,}[ \t]*$", re.M)
_MD_TABLE_RULE = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
_MD_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~)", re.M)
_MIN_MD_LINKS = 3  # this many links alone make Markdown; one or two with a heading, table or fence
_MIN_MD_BLOCKS = 3  # headings, tables and code fences without links
_MD_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def _tagged_line_share(head: str) -> float:
    """Share of the non-empty lines that contain at least one tag."""
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines:
        return 0.0
    return sum(1 for line in lines if _TAG.search(line)) / len(lines)


def sniff_kind(text: str, *, suffix: str = "") -> InputKind:
    """Return "html" when the content is markup, "markdown" when it is Markdown, else "text".

    A text dump keeps its kind when a scraper left some tags in it (`<li>`, `<div class=...>`): markup needs
    a tag on most lines, not just a few tags. Markdown needs its own constructs (is_markdown), not a bullet.
    """
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    kind = _html_or_text(head, suffix.lower())
    if kind == "text" and is_markdown(head, suffix=suffix.lower()):
        return "markdown"
    return kind


def is_markdown(head: str, *, suffix: str = "") -> bool:
    """True when the head of a document is Markdown: a Jina Reader header, three links with addresses, a link
    and a heading, table or fence, or three of those blocks; with a Markdown suffix, one of them is enough."""
    if split_jina_header(head) is not None:
        return True
    links = len(_MD_LINK.findall(head)) if "]" in head and "](" in head else 0
    if links >= _MIN_MD_LINKS:
        return True
    blocks = _markdown_blocks(head)
    if suffix in _MD_SUFFIXES:
        return links + blocks >= 1
    return (links >= 1 and blocks >= 1) or blocks >= _MIN_MD_BLOCKS


def _markdown_blocks(head: str) -> int:
    """Headings standing apart, "===" underlines, table delimiter rows and code fences in the head (each count
    searched only when its mark is there at all: most dumps have none; a mark is looked for by one of its
    characters first, some 20 times faster than a search for several)."""
    blocks = _headings_apart(head) if "#" in head and "# " in head else 0
    if "=" in head and "\n===" in head:
        blocks += len(_MD_SETEXT.findall(head))
    if "|" in head and "---" in head:
        blocks += len(_MD_TABLE_RULE.findall(head))
    if ("`" in head and "```" in head) or ("~" in head and "~~~" in head):
        blocks += len(_MD_FENCE.findall(head)) // 2  # a block opens and closes
    return blocks


def _headings_apart(head: str) -> int:
    """ATX headings with a blank line (or the document's edge) before and after them. Tried only where a line
    opens with "#" after a blank one: a regex without a literal start costs a try at every character."""
    count = 1 if _MD_HEADING.match(head) else 0
    at = head.find("\n\n#")
    while at >= 0:
        count += _MD_HEADING.match(head, at + 2) is not None
        at = head.find("\n\n#", at + 2)
    return count


def _html_or_text(head: str, suffix: str) -> InputKind:
    """Return "html" when the head is markup by its tags, else "text"."""
    tags = len(_TAG.findall(head)) if "<" in head else 0
    if tags == 0:
        return "text"
    if suffix in {".html", ".htm", ".xhtml"}:
        return "html"
    dense = tags >= _MIN_TAGS and tags / max(len(head), 1) >= _TAG_DENSITY
    if not dense:
        return "text"
    if head.count("\n", 0, len(head.rstrip())) + 1 < _FEW_LINES:
        return "html" if _markup_on_one_line(head) else "text"
    return "html" if _tagged_line_share(head) >= _MIN_TAGGED_LINE_SHARE else "text"


def _markup_on_one_line(head: str) -> bool:
    """True when a head of a line or two is markup: it opens with a tag (a fragment, "<p>…</p><p>…</p>"), or tags
    hold much of its text (a page). A dump glued into one line opens with its headline and holds a few stray tags
    far into its text (inline script, a gallery template)."""
    if _TAG.match(head.lstrip()):
        return True
    return sum(map(len, _ANY_TAG.findall(head))) >= _MIN_MARKUP_SHARE * len(head)
