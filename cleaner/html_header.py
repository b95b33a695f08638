"""The byline and dateline an HTML page prints under its headline, read from the text after the <h1>."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from lxml.html import HtmlElement

from cleaner.datelines import MAX_HEADER_LINE_CHARS, names_alone, read_header_line
from cleaner.dates import Stamp, time_alone, untimed_last
from cleaner.header_next import dateline_alone, writer_name
from cleaner.header_words import HeaderWords
from cleaner.line_shape import reads_like_body

MAX_TEXTS = 40  # text pieces read after the headline: the header is never further down than this
MAX_BETWEEN_WORDS = 4  # what may stand between a writer's name and the dateline: "The Grayzone", "Staff Writer"
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
    17:55 UTC", "Submitted on Mon, 2019-01-21 13:49". A label in a piece of its own is said of the next ("Updated"
    then "10:15, 7 Dec 2023", "by:" then "Jane Doe"), a clock time alone is the untimed date's before it ("March 13,
    2015" then "9:00PM"). Names alone count only as the first thing under the headline over a dateline (a
    writer's name, maybe with their outlet between, or a news agency). A page that prints only its update is
    dated by it."""
    pieces: list[str] = []
    for text in islice(_after(headline), MAX_TEXTS):
        if len(text) > MAX_HEADER_LINE_CHARS or reads_like_body(text):
            break
        pieces.append(text)
    reader = _PieceReader(words)
    for index, text in enumerate(pieces):
        if not reader.take(text) and index == 0:
            reader.names.extend(_writer_over_dateline(pieces, words))
    return reader.found()


class _PieceReader:
    """Reads the text pieces under a headline one by one, as the dump's header reads its lines."""

    def __init__(self, words: HeaderWords) -> None:
        self.words = words
        self.dates: dict[str, str] = {}
        self.names: list[str] = []
        self.label = ""  # a label in a piece of its own ("Updated", "by:", ","): said of the next piece
        self.untimed: tuple[Stamp, str] | None = None  # the last date read when it told no time

    def take(self, text: str) -> bool:
        """Read one piece; False when it is no part of a byline or dateline."""
        words, bare = self.words, text.strip("() ")
        if (
            words.updated_label.match(bare)
            or words.published_label.match(bare)
            or words.byline_prefix_alone.match(bare)
        ):
            self.label = bare
            return True
        if self._time_the_date(text):
            return True
        if self.names and words.joiner.fullmatch(f" {text} "):  # "By", "Matthew Digby", ",", "Minh Do": one byline
            self.label = text.strip()
            return True
        joined = bool(self.label) and words.joiner.fullmatch(f" {self.label} ") is not None
        read = read_header_line(text if joined else f"{self.label} {text}".strip(), words, bare=joined)
        self.label = ""
        if read is None or (joined and (read.stamps or not read.names)):  # after a joiner, only a writer's name
            return False
        for stamp, role in read.stamps:
            self.dates.setdefault(role, stamp.iso())
        self.names.extend(read.names)
        self.untimed = untimed_last(read.stamps)
        return True

    def _time_the_date(self, text: str) -> bool:
        clock = time_alone(text, self.words) if self.untimed is not None else None
        if self.untimed is None or clock is None:
            return False
        stamp, role = self.untimed
        if self.dates.get(role) == stamp.iso():
            self.dates[role] = stamp.at(clock).iso()
        self.untimed = None
        return True

    def found(self) -> dict[str, str]:
        found = dict(self.dates)
        if self.names:
            found["author"] = "; ".join(dict.fromkeys(self.names))
        if "date_modified" in found:  # a page printing only when it was updated is dated by that (as the record is)
            found.setdefault("date", found["date_modified"])
        return found


def _writer_over_dateline(pieces: list[str], words: HeaderWords) -> tuple[str, ...]:
    """The names of the first piece under the headline when it is a news agency alone ("AFP") or a writer's name
    alone ("Max Blumenthal") right over a dateline, or over one short piece (the outlet, the job) and then one."""
    first = pieces[0]
    under = [p for p in pieces[1:3] if any(char.isdigit() for char in p)][:1]
    if not under or not dateline_alone(under[0], words, month_first=False):
        return ()
    if pieces.index(under[0]) == 2 and len(pieces[1].split()) > MAX_BETWEEN_WORDS:
        return ()
    if first in words.agencies:
        return (first,)
    if not writer_name(first, words):
        return ()
    return names_alone(first, words)


__all__ = ["header_under"]
