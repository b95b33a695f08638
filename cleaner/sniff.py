"""Tell HTML from plain text by content; the file suffix is only a tie-breaker."""

from __future__ import annotations

import re

from cleaner.model import InputKind

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|article|section|img|figure|table|script)\b[^>]*>", re.I)
_SNIFF_CHARS = 20000
_MIN_TAGS = 3
_TAG_DENSITY = 0.002  # tags per character of the sniffed head


def sniff_kind(text: str, *, suffix: str = "") -> InputKind:
    """Return "html" when the content is markup, else "text"."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    tags = len(_TAG.findall(head))
    if tags >= _MIN_TAGS and tags / max(len(head), 1) >= _TAG_DENSITY:
        return "html"
    if suffix.lower() in {".html", ".htm", ".xhtml"} and tags >= 1:
        return "html"
    return "text"
