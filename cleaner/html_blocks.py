"""The article's container made ready for trafilatura: teaser link blocks out, text divs read, source lines joined."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

_LINK_BLOCKS = ("p", "li", "dd", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b")
LINK_BLOCK_SHARE = 0.8  # a block whose text is at least this share link text is a teaser, not prose
LINK_BLOCK_MAX_CHARS = 300  # longer blocks are prose that links a lot, kept
LABEL_MAX_CHARS = 40
CAPITALS_SHARE = 0.6  # a line with this share of its letters in capitals is display type (a promo), not prose
# An address spelled out: a URL, an e-mail address, an @handle.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|(?<!\w)@\w{2,}", re.IGNORECASE)
# Elements that sit inside a line of text: a <div> holding only these (and text) is one paragraph.
INLINE_TAGS = frozenset(
    (
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "span",
        "br",
        "sup",
        "sub",
        "small",
        "mark",
        "abbr",
        "q",
        "s",
        "cite",
        "time",
        "font",
    )
)
# Elements whose line breaks are the text's own: their source lines are kept as they are.
_PREFORMATTED_TAGS = frozenset(("pre", "code", "textarea", "xmp", "listing", "plaintext"))
_PARAGRAPH_TEXTS = etree.XPath("//p//text()")  # what trafilatura measures (from the root, whatever the frame)
_SOURCE_BREAK = re.compile(r"[ \t]*\n[ \t\n]*")  # the parser turned "\r\n" and "\r" into "\n"
_PREFORMATTED_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
WORD = re.compile(r"\w+")  # a word of words_key (of a lower-cased text)


def words_key(text: str) -> str:
    """Lower-cased words of a text, for comparing texts whatever their punctuation and spacing."""
    return " ".join(WORD.findall(text.lower()))


def join_source_lines(tree: HtmlElement) -> None:
    """Turn the line breaks of the page's source inside a run of text into spaces.

    In HTML a newline in the text is a space; only <br> and block elements break a line. trafilatura keeps a
    text node's newlines outside <p> (a <div> or <span> wrapping a hard-wrapped paragraph), and a sentence came
    out split over several lines, a short piece of it ("Photos") alone on one where a line rule took it. Only
    newlines with text on both sides in the same text node are joined: a newline between two elements (an
    author's name and a date each in a <span>) still parts them, as before, and a blank line is left.
    Preformatted text (<pre>, <code>, white-space: pre) keeps its lines.
    """
    # Every text node of the document, read off its elements (an XPath over the text nodes cost a third more):
    # each is judged alone, so the order they are met in does not matter. A comment's text is none of the page's.
    for element in tree.getroottree().getroot().iter():
        text = element.text
        wrapped = text and "\n" in text and isinstance(element.tag, str) and "\n" in text.strip()
        if wrapped and not _preformatted(element):
            element.text = _joined(text)
        tail = element.tail
        if tail and "\n" in tail and "\n" in tail.strip():
            holder = element.getparent()  # the element the tail is set in
            if holder is not None and not _preformatted(holder):
                element.tail = _joined(tail)


def _preformatted(element: HtmlElement) -> bool:
    """Whether the element or one of its ancestors keeps its text's line breaks (<pre>, white-space: pre)."""
    for node in (element, *element.iterancestors()):
        if node.tag in _PREFORMATTED_TAGS or _PREFORMATTED_STYLE.search(node.get("style") or ""):
            return True
    return False


def _joined(text: str) -> str:
    """The text with each line break inside it turned into a space, its leading and trailing space kept.

    A blank line stays (as one): the page may set the text with white-space: pre-line in its style sheet,
    where a blank line parts two paragraphs; a single newline there is more often a hard wrap of the source.
    """
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return text[:start] + _SOURCE_BREAK.sub(_space_or_paragraph, text[start:end]) + text[end:]


def _space_or_paragraph(match: re.Match[str]) -> str:
    return "\n\n" if match.group().count("\n") > 1 else " "


def delete_element(element: HtmlElement) -> None:
    """Remove an element and its content, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def text_chars(element: HtmlElement) -> int:
    """Characters of the element's text, each run stripped (map over the runs: no generator frame per run)."""
    return sum(map(len, map(str.strip, element.itertext())))


def holds_text(element: HtmlElement) -> bool:
    """Whether the element holds text other than blanks (text_chars above 0), read only up to its first such run:
    a neighbour may be a whole section."""
    return any(map(str.strip, element.itertext()))


def link_dense(block: HtmlElement) -> bool:
    """Whether a block is short and made mostly of link text (a teaser, a related link, a share or tag row)."""
    links = block.iter("a")  # (block.find(".//a") parses a path per call)
    first = next(links, None)
    if first is None:  # no link inside
        return False
    chars = text_chars(block)
    if not chars or chars > LINK_BLOCK_MAX_CHARS:
        return False
    return text_chars(first) + sum(map(text_chars, links)) >= LINK_BLOCK_SHARE * chars


def _flat(element: HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


def _prints_address(block: HtmlElement) -> bool:
    """Whether a block spells out an address (URL, e-mail, @handle) for the reader to read or copy.

    A teaser hides its target behind a headline; a link whose words are an address is a reference the article
    gives (a petition's URL, a contact e-mail, an account to follow), so link density says nothing about it.
    """
    flat = _flat(block)
    # Each address holds "://", "www." or "@": most blocks hold none, and the regex's e-mail branch tries every
    # word character of the text.
    return ("@" in flat or "://" in flat or "www." in flat.lower()) and _ADDRESS.search(flat) is not None


def _in_running_text(block: HtmlElement, dense: set[HtmlElement]) -> bool:
    """Whether a link paragraph sits in the article's running text: the only thing between two paragraphs.

    jusText's context rule: a short block between two good blocks is good. A teaser list or a share row comes
    in a run of link blocks or at the edge of the text; a single linked line inside the prose is the author's
    (a cited headline, a source, an invitation). Two shapes stay teasers even there: a line set in capitals
    (a promo, "CLICK HERE TO GET THE APP") and a link announced by a label ("Related: …", "Also: …").
    """
    if block.tag != "p" or (block.tail and block.tail.strip()):
        return False
    if not (_paragraph(_neighbour(block, before=True), dense) and _paragraph(_neighbour(block, before=False), dense)):
        return False
    letters = [char for char in _flat(block) if char.isalpha()]
    if letters and sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(letters):
        return False
    return not _label_before_link(block)


def _neighbour(element: HtmlElement, *, before: bool) -> HtmlElement | None:
    """The nearest sibling element that holds text, with no text between (empty ad slots and spacers skipped)."""
    sibling = element
    while True:
        if not before and (sibling.tail or "").strip():
            return None  # text after the element (or after a skipped sibling) comes first
        sibling = sibling.getprevious() if before else sibling.getnext()
        if sibling is None or (before and (sibling.tail or "").strip()):
            return None  # no sibling, or text between the sibling and the element
        if holds_text(sibling):
            return sibling


def _paragraph(element: HtmlElement | None, dense: set[HtmlElement]) -> bool:
    return element is not None and element.tag in ("p", "blockquote") and element not in dense


def _label_before_link(block: HtmlElement) -> bool:
    """Whether the text before the block's first link ends with a colon ("Related:", "Read also:")."""
    first = next(block.iter("a"))
    before = [block.text or ""]
    for element in block.iterdescendants():
        if element is first:
            break
        before.append((element.text or "") + (element.tail or ""))
    return "".join(before).strip().endswith(":")


def drop_link_blocks(container: HtmlElement) -> None:
    """Delete short blocks made mostly of link text: teaser links, related-story lists, share and tag rows.

    Kept all the same: a block that spells out an address, and a link paragraph inside the running text.
    A label that introduces a list of such blocks ("You may also like", "Most read") goes with the list.
    The blocks are all judged before any is deleted, so a block's neighbours are those the page has.
    """
    dense = [block for block in container.iter(_LINK_BLOCKS) if link_dense(block)]
    judged = set(dense)
    for block in [b for b in dense if not (_prints_address(b) or _in_running_text(b, judged))]:
        parent = block.getparent()
        delete_element(block)
        if parent is not None and parent.tag in ("ul", "ol") and not any(map(str.strip, parent.itertext())):
            _drop_label(parent)
            delete_element(parent)


def _drop_label(element: HtmlElement) -> None:
    """Delete a short heading right before an element (the list it introduced is going)."""
    label = element.getprevious()
    if label is not None and label.tag in _HEADINGS and text_chars(label) <= LABEL_MAX_CHARS:
        delete_element(label)


def promote_text_divs(tree: HtmlElement, container: HtmlElement, *, min_paragraph_chars: int) -> None:
    """Make a <div> of running text (inline content only, between two paragraphs) a <p>.

    trafilatura drops every <div> of a body that has enough <p> text (three times its minimum size, counted
    over the whole tree), so a subheading or a paragraph a page sets in a <div> among its <p>s was lost. Judged
    on the page's own neighbours, like a link paragraph in the text. A page with less <p> text is left alone:
    trafilatura keeps its <div>s' text already, and more <p> text would tip it into dropping them.
    """
    found = [
        div
        for div in container.iter("div")
        if all(child.tag in INLINE_TAGS for child in div.iterdescendants())  # first: most divs stop at a child
        and holds_text(div)  # empty slots stop here
        and _is_p(_neighbour(div, before=True))
        and _is_p(_neighbour(div, before=False))
        and not link_dense(div)  # a teaser link set in a <div>
    ]
    if not found or sum(len(text.strip()) for text in _PARAGRAPH_TEXTS(tree)) < min_paragraph_chars:
        return
    for div in found:  # judged first: a promoted <div> is no neighbour for the next
        div.tag = "p"


def _is_p(element: HtmlElement | None) -> bool:
    return element is not None and element.tag == "p"


__all__ = [
    "INLINE_TAGS",
    "WORD",
    "delete_element",
    "drop_link_blocks",
    "holds_text",
    "join_source_lines",
    "link_dense",
    "promote_text_divs",
    "text_chars",
    "words_key",
]
