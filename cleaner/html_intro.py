"""The article's intro (standfirst) that trafilatura leaves out when it takes the body element after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from cleaner.html_blocks import INLINE_TAGS, link_dense, words_key
from cleaner.html_meta import element_text

INTRO_MIN_CHARS = 80  # an intro is a sentence or two of prose; a kicker, a byline or a date line is shorter
FIRST_PARAGRAPH_MIN_CHARS = 80  # the extracted line taken as the body's first paragraph (not a headline)
SPACER_MAX_CHARS = 30  # a line this short between the intro and the body (a byline, a date, "Advertisement")
ANCHOR_TOKENS = 12  # the paragraph's text node is searched by the longest of its first tokens
ANCHOR_MIN_CHARS = 15  # a text node this long (its words) is specific enough to anchor the paragraph on
_BLOCK_TAGS = frozenset(("p", "div", "li", "blockquote", "td", "section", "article", "main", "dd"))
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
# a class or id that names a picture's caption or credit: such a block under a picture reads like an intro
_CAPTION_HINT = re.compile(r"caption|credit|figure|photo|image|media|legend|bildunterschrift|legende", re.I)


def with_intro(tree: HtmlElement, text: str, title: str = "") -> str:
    """trafilatura's text with the article's intro put back, when trafilatura left it out.

    trafilatura takes one element as the article body (the one whose class says "article-body", "text"…) and
    drops what sits beside it. A page that sets its intro (standfirst, "chapo", summary, deck) in a paragraph
    right before that element, or under the headline in the article's header block, lost the intro's sentences.
    The intro is put back, right before the body's first paragraph, when it is the nearest block holding text
    before the element that holds that paragraph (or before one of its ancestors), or sits under the <h1> of
    that nearest block when that <h1> is the article's title (see _intro_under_headline). It must come after
    the page's first <h1>, read as prose (80 characters or more ending a sentence, not mostly link text) and be
    set as one paragraph (a <p>, a <div> of inline content, or a <div> holding only that paragraph). Only short
    lines (a byline, a date, an ad's label) may sit between the intro and the body; anything else (a share row,
    a picture, another paragraph) stops the search.
    """
    heading = next(tree.iter("h1"), None)
    headline = words_key(element_text(heading)) if heading is not None else ""
    lines = text.split("\n")
    found = next(
        (
            (number, key)
            for number, key in enumerate(map(words_key, lines))
            if len(key) >= FIRST_PARAGRAPH_MIN_CHARS and key != headline
        ),
        None,
    )
    if found is None:
        return text
    number, key = found
    block = _block_holding(tree, lines[number], key)
    intro = _intro_before(block, words_key(title)) if block is not None else None
    if intro is None or not _after_headline(tree, heading, intro):
        return text
    intro_text = " ".join("".join(intro.itertext()).split())  # inline elements' text runs on, as in the body's
    if words_key(intro_text) in words_key(text):
        return text  # trafilatura kept it elsewhere
    return "\n".join([*lines[:number], intro_text, *lines[number:]])


def _block_holding(tree: HtmlElement, line: str, key: str) -> HtmlElement | None:
    """The nearest block element around the first text node of the page that is a part of the line (by its
    words). Text nodes are found by the line's longest tokens, read in document order until one is found (the
    article's first paragraph comes early: cheaper than an XPath that tests every text node of the page)."""
    tokens = sorted(set(line.split()[:ANCHOR_TOKENS]), key=len, reverse=True)[:3]
    for token in tokens:
        for text, owner in _body_texts_with(tree, token):
            words = words_key(text)
            if len(words) < ANCHOR_MIN_CHARS or words not in key:
                continue
            block: HtmlElement | None = owner
            while block is not None and block.tag not in _BLOCK_TAGS:
                block = block.getparent()
            return block
    return None


def _body_texts_with(tree: HtmlElement, token: str) -> Iterator[tuple[str, HtmlElement]]:
    """The text nodes under <body> that hold token, in document order (a tail after its element's content),
    each with the element it is set in. A comment's text is none of the page's; its tail is."""
    for body in tree.iter("body"):
        # A comment or processing instruction comes as one event, after which its tail follows.
        for event, element in etree.iterwalk(body, events=("start", "end", "comment", "pi")):
            if event == "start":
                if token in (element.text or ""):
                    yield element.text or "", element
            elif element is not body and token in (element.tail or ""):
                parent = element.getparent()
                if parent is not None:
                    yield element.tail or "", parent


def _intro_before(block: HtmlElement, title_key: str) -> HtmlElement | None:
    """The intro paragraph right before the block or one of its ancestors; None when the nearest text is another."""
    for element in (block, *block.iterancestors()):
        if element.tag in ("body", "html"):
            return None
        previous, blocked = _previous_with_text(element)
        if blocked:
            return None
        if previous is None:
            continue  # the first thing in its parent that holds text: look before the parent
        if _is_intro(previous):
            return previous
        if _wraps_intro(previous):
            return previous[0]
        heading = next(previous.iter("h1"), None)
        return _intro_under_headline(previous) if heading is not None and _names_article(heading, title_key) else None
    return None


def _wraps_intro(element: HtmlElement) -> bool:
    """Whether the element is a <div> holding one intro paragraph and nothing else ("entry-excerpt" > <p>)."""
    return (
        element.tag == "div"
        and len(element) == 1
        and not _has_text(element.text or "")
        and not _has_text(element[0].tail or "")
        and _is_intro(element[0])
    )


def _names_article(heading: HtmlElement, title_key: str) -> bool:
    """Whether the <h1> is the article's title (a listing's or a section's heading is not), when the page names
    its title at all."""
    if not title_key:
        return True
    heading_key = words_key(element_text(heading))
    return bool(heading_key) and (heading_key in title_key or title_key in heading_key)


def _intro_under_headline(header: HtmlElement) -> HtmlElement | None:
    """The intro after the <h1> in the article's header block (its headline, intro, byline, date): a deck set
    as the <h2> right under the headline (a subtitle needs no full stop), or the first paragraph of prose after
    it, with only short lines (a byline, a date) between."""
    seen_heading = False
    for element in header.iter():
        if element.tag == "h1":
            seen_heading = True
            deck = element.getnext()
            if deck is not None and deck.tag == "h2" and _reads_as_deck(deck):
                return deck
            continue
        if not seen_heading or element.tag not in ("p", "div"):
            continue
        if _is_intro(element):
            return element
        if len(element_text(element)) >= INTRO_MIN_CHARS and all(
            child.tag in INLINE_TAGS for child in element.iterdescendants()
        ):
            return None  # another paragraph comes first: the body's first paragraph is not the intro's neighbour
    return None


def _reads_as_deck(heading: HtmlElement) -> bool:
    """A subtitle long enough to be a sentence (a section label or a kicker is short), not a link."""
    return len(element_text(heading)) >= INTRO_MIN_CHARS and not link_dense(heading)


def _previous_with_text(element: HtmlElement) -> tuple[HtmlElement | None, bool]:
    """The nearest earlier sibling that holds more than a short line (empty ad slots, spacers, a byline, a date
    skipped), and whether loose text of the parent comes first (then there is no intro block to be had)."""
    sibling = element
    while True:
        previous = sibling.getprevious()
        if previous is None:
            parent = sibling.getparent()
            return None, parent is not None and _has_text(parent.text or "")
        if _has_text(previous.tail or ""):
            return None, True
        if _longer_than(previous, SPACER_MAX_CHARS):
            return previous, False
        sibling = previous


def _has_text(text: str) -> bool:
    """Whether the text holds more than blanks."""
    return bool(text.strip())


def _longer_than(element: HtmlElement, limit: int) -> bool:
    """Whether the element's text (its runs stripped) is longer than limit, read no further than that."""
    total = 0
    for text in element.itertext():
        total += len(text.strip())
        if total > limit:
            return True
    return False


def _is_intro(element: HtmlElement) -> bool:
    """A paragraph of prose: a <p> or a <div> of inline content, a sentence or more, not mostly link text."""
    if element.tag not in ("p", "div") or any(child.tag not in INLINE_TAGS for child in element.iterdescendants()):
        return False
    if any(
        _CAPTION_HINT.search(f"{node.get('class', '')} {node.get('id', '')}")
        for node in (element, element.getparent())
        if node is not None
    ):
        return False  # <div class="img-caption">: a caption under a picture, however long
    flat = element_text(element)
    return len(flat) >= INTRO_MIN_CHARS and _SENTENCE_END.search(flat) is not None and not link_dense(element)


def _after_headline(tree: HtmlElement, heading: HtmlElement | None, intro: HtmlElement) -> bool:
    """Whether the intro comes after the page's <h1> (or the page has none in the tree)."""
    if heading is None:
        return True
    for element in tree.iter():
        if element is heading:
            return True
        if element is intro:
            return False
    return False
