"""The byline and dateline an HTML page prints under its headline, read from the text after the <h1>."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement

from cleaner.datelines import MAX_HEADER_LINE_CHARS, read_header_line
from cleaner.header_words import HeaderWords
from cleaner.line_shape import reads_like_body

MAX_TEXTS = 40  # text pieces read after the headline: the header is never further down than this
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option"})


def _texts(element: HtmlElement) -> Iterator[str]:
    """The element's text pieces in document order (its tail last), without scripts, styles or comments."""
    if isinstance(element.tag, str) and element.tag not in _SKIPPED:
        yield element.text or ""
        for child in element:
            yield from _texts(child)
    yield element.tail or ""


def _after(headline: HtmlElement) -> Iterator[str]:
    """The text pieces after the headline element in document order, whitespace collapsed, empty ones left out."""
    node: HtmlElement | None = headline
    while node is not None:
        for piece in _texts_after(node):
            text = " ".join(piece.split())
            if text:
                yield text
        node = node.getparent()


def _texts_after(node: HtmlElement) -> Iterator[str]:
    yield node.tail or ""
    for sibling in node.itersiblings():
        yield from _texts(sibling)


def header_under(headline: HtmlElement, words: HeaderWords) -> dict[str, str]:
    """The published date (ISO 8601, as printed: no offset), the updated one, and the byline's names ("; "-joined)
    that the text after the headline gives before the article's first sentence: "By Jane Doe", "Thu, 14 May 2020
    17:55 UTC", "Submitted on Mon, 2019-01-21 13:49", "Updated" then "10:15, 7 Dec 2023" (a label in a piece of its
    own is said of the next). Only lines read whole as bylines or datelines count (no bare names). A page that
    prints only its update is dated by it."""
    found: dict[str, str] = {}
    names: list[str] = []
    label = ""  # a dateline's label in a piece of its own ("Updated", then "10:15, 7 Dec 2023"): said of the next
    for text in islice(_after(headline), MAX_TEXTS):
        if len(text) > MAX_HEADER_LINE_CHARS or reads_like_body(text):
            break
        if words.updated_label.match(text) or words.published_label.match(text):
            label = text
            continue
        read = read_header_line(f"{label} {text}" if label else text, words)
        label = ""
        if read is None:
            continue
        for stamp, role in read.stamps:
            found.setdefault(role, stamp.iso())
        names.extend(read.names)
    if names:
        found["author"] = "; ".join(dict.fromkeys(names))
    if "date_modified" in found:  # a page that prints only when it was updated is dated by that (as in the record)
        found.setdefault("date", found["date_modified"])
    return found


__all__ = ["header_under"]
