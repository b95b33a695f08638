"""Tell HTML from plain text by content; the file suffix is only a tie-breaker."""

from __future__ import annotations

import re

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


def _tagged_line_share(head: str) -> float:
    """Share of the non-empty lines that contain at least one tag."""
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines:
        return 0.0
    return sum(1 for line in lines if _TAG.search(line)) / len(lines)


def sniff_kind(text: str, *, suffix: str = "") -> InputKind:
    """Return "html" when the content is markup, else "text".

    A text dump keeps its kind when a scraper left some tags in it (`<li>`, `<div class=...>`): markup needs
    a tag on most lines, not just a few tags.
    """
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    tags = len(_TAG.findall(head))
    if tags == 0:
        return "text"
    if suffix.lower() in {".html", ".htm", ".xhtml"}:
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
