"""HTML to article text: parse once, prune boilerplate, narrow to the article's container, extract with trafilatura.

trafilatura's precision passes are XPath regex tests over the whole tree, so their cost grows with the page.
Handing it only the article's container (plus the path to the page's <h1>, which some of its rules look for)
makes it about twice as fast, and leaves less boilerplate for it to let through.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import HtmlElement

from cleaner.decode import utf8_bytes
from cleaner.html_blocks import (
    INLINE_TAGS,
    WORD,
    delete_element,
    drop_link_blocks,
    join_source_lines,
    promote_text_divs,
    words_key,
)
from cleaner.html_intro import with_intro

if TYPE_CHECKING:  # trafilatura is imported on the first page: a text dump never needs it (0.15 s to import)
    from trafilatura.settings import Extractor

# Deleted with their content (their tail text stays) before anything else looks at the tree: trafilatura drops
# them too, and they carry no article prose (figure holds captions and credits, which the article body excludes).
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "embed",
    "object",
    "applet",
    "video",
    "audio",
    "picture",
    "figure",
    "map",
    "nav",
    "menu",
    "aside",
    "footer",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "label",
    "dialog",
    "fieldset",
    "link",
)
# Reader-comment threads: never part of the article, and a long one would outweigh the article's own prose.
_COMMENT_CONTAINER_TAGS = ("div", "section", "ol", "ul", "aside", "article")
# From <body> (the parser makes one): the same text nodes as "//body//text()[...]", for a tenth less.
_PROSE_TEXTS = etree.XPath("descendant::text()[string-length(normalize-space(.)) >= $min_chars]")
PROSE_MIN_CHARS = 40  # a text node this long reads as prose, not as a label or a menu entry
CONTAINER_SHARE = 0.8  # the container is the deepest element holding this share of the page's prose
MIN_NARROWED_CHARS = 250  # a shorter extraction from the container is retried on the whole page
FAST_SHARE = 0.15  # fast mode giving less than this share of the container's prose is retried in full mode

_CHUNK_TAGS = ("div", "section", "article")
_LAYOUT_TABLE_TAGS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_TEXT_BLOCKS = ("p", "div", "h2", "h3", "h4", "span", "strong", "em", "header")
_local = threading.local()


def _parser() -> etree.HTMLParser:
    """One lxml parser per thread (parsers are not thread-safe); every element is a plain HtmlElement."""
    parser: etree.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
        )
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
        _local.parser = parser
    return parser


def parse_html(markup: str) -> HtmlElement | None:
    """Parse a page or fragment; None when there is no element tree to be had."""
    try:
        root = etree.fromstring(utf8_bytes(markup), _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root if isinstance(root, HtmlElement) else None


def code_blocks(tree: HtmlElement) -> tuple[str, ...]:
    """The texts the page sets as code blocks: each <pre>, and each <code> that is a block of its own (several
    lines, or the whole text of its parent); inline code inside a sentence is not one."""
    blocks: list[str] = []
    for element in tree.iter("pre", "code"):
        if element.tag == "code" and (
            next(element.iterancestors("pre"), None) is not None or not _block_of_its_own(element)
        ):
            continue
        text = "".join(element.itertext())
        if text.strip():
            blocks.append(text)
    return tuple(blocks)


def _block_of_its_own(code: HtmlElement) -> bool:
    """Whether a <code> element is set apart: it spans several lines, or its parent holds no other text."""
    text = "".join(code.itertext())
    if "\n" in text.strip():
        return True
    parent = code.getparent()
    return parent is not None and "".join(parent.itertext()).strip() == text.strip()


def prune(tree: HtmlElement) -> None:
    """Delete elements that never hold article text: scripts, media, navigation, forms' widgets, comment threads."""
    _keep_headline_aside(tree)
    etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    for element in comment_containers(tree):
        delete_element(element)


def _keep_headline_aside(tree: HtmlElement) -> None:
    """Turn an <aside> that holds the page's <h1> into a <div>, so that pruning keeps it.

    The headline is the article's, never a side box's: some templates wrap the whole article in an <aside>
    (a "direct content" panel), and deleting every aside would delete the article. Asides nested inside it
    (the related stories beside the text) still go.
    """
    heading = next(tree.iter("h1"), None)
    if heading is not None:
        for ancestor in heading.iterancestors("aside"):
            ancestor.tag = "div"
            break


def comment_containers(tree: HtmlElement) -> list[HtmlElement]:
    """Elements of the body that hold reader comments, by their id or class ("comments", "disqus", "respond"),
    in document order. (A walk in Python over the candidate tags costs a third of the equivalent XPath.)"""
    found: list[HtmlElement] = []
    for body in tree.iter("body"):
        for element in body.iter(*_COMMENT_CONTAINER_TAGS):
            ident, kind = element.get("id") or "", element.get("class") or ""
            if (
                (ident.startswith("comment") and not ident.startswith("commentary"))
                or (kind.startswith("comment") and not kind.startswith("commentary"))
                or "comments" in kind
                or "comments" in ident
                or "comment-list" in kind
                or "disqus" in ident
                or ident == "respond"
            ):
                found.append(element)
    return found


def prose_mass(tree: HtmlElement) -> dict[HtmlElement, int]:
    """Characters of prose-length text (outside links) each element holds, its descendants' included."""
    mass: dict[HtmlElement, int] = defaultdict(int)
    for text in (text for body in tree.iter("body") for text in _PROSE_TEXTS(body, min_chars=PROSE_MIN_CHARS)):
        owner = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        if owner is None or owner.tag == "a":
            continue
        size = len(text)
        mass[owner] += size
        for ancestor in owner.iterancestors():
            mass[ancestor] += size
    return mass


def article_container(tree: HtmlElement, mass: dict[HtmlElement, int]) -> HtmlElement | None:
    """The deepest element that still holds most of the page's prose; None when the page has none."""
    body = tree.find("body")
    if body is None or not mass.get(body):
        return None
    floor = CONTAINER_SHARE * mass[body]
    current = body
    while True:
        heaviest = max((child for child in current if mass.get(child)), key=mass.__getitem__, default=None)
        if heaviest is None or mass[heaviest] < floor:
            return current
        current = heaviest


def merge_chunks(container: HtmlElement, mass: dict[HtmlElement, int], heading: HtmlElement | None = None) -> None:
    """Join an article body that the page splits into repeated chunks (same tag and class, ads between them).

    trafilatura takes the first element that looks like an article body; the later chunks would be lost.
    When the container has no such chunks but one child holds most of its prose and the headline (the page's
    wrapper around the article), the chunks are looked for in that child; a heavy child without the headline
    is more likely a teaser list, whose items must not be joined into one body.
    """
    headline_chain = set(heading.iterancestors()) if heading is not None else set()
    element = container
    while True:
        groups: dict[tuple[str, str], list[HtmlElement]] = defaultdict(list)
        for child in element:
            if mass.get(child) and child.tag in _CHUNK_TAGS and child.get("class") and _holds_blocks(child):
                groups[(child.tag, child.get("class", ""))].append(child)
        chunks = max(groups.values(), key=len, default=[])
        if len(chunks) < 2:
            bulk = max((child for child in element if mass.get(child)), key=mass.__getitem__, default=None)
            if bulk is None or bulk not in headline_chain or mass[bulk] < CONTAINER_SHARE * mass[element]:
                return
            element = bulk
            continue
        first = chunks[0]
        for chunk in chunks[1:]:
            if chunk.text and chunk.text.strip():
                last = first[-1] if len(first) else None
                if last is None:
                    first.text = (first.text or "") + chunk.text
                else:
                    last.tail = (last.tail or "") + chunk.text
            first.extend(list(chunk))
            mass[first] += mass[chunk]
            element.remove(chunk)
        element = first


def _holds_blocks(element: HtmlElement) -> bool:
    """Whether an element holds block elements (paragraphs, lists, headings), not only a run of text: a <div>
    of text alone is a paragraph or a subheading, and joining several of them glued their texts together."""
    return any(child.tag not in INLINE_TAGS for child in element)


def with_heading(tree: HtmlElement, container: HtmlElement) -> HtmlElement:
    """The container, widened to also hold the page's first <h1> when that sits outside it.

    A short article among many teasers can lose the prose vote to a teaser block; the headline tells.
    """
    heading = next(tree.iter("h1"), None)
    if heading is None:
        return container
    chain = {container, *container.iterancestors()}
    return next((element for element in heading.iterancestors() if element in chain), container)


def drop_standfirst(widened: HtmlElement, container: HtmlElement, standfirst_key: str) -> None:
    """Delete the standfirst from the headline's block: text equal to the page description outside the container.

    Inside the container the same text is usually the first paragraph (many pages use it as their description).
    """
    node = container
    while node is not widened and (parent := node.getparent()) is not None:
        for sibling in [child for child in parent if child is not node]:
            for element in _blocks_with_key(sibling, standfirst_key):
                delete_element(element)
        node = parent


def _blocks_with_key(root: HtmlElement, key: str) -> list[HtmlElement]:
    """The text blocks in root (itself included), in document order, whose words_key(element_text()) is key.

    Each text run's words are read once, not once per block around it: a block's key is the words of its runs
    in order (element_text joins the runs with a space, and a space parts words as a run's end does; lower() and
    the word regex see nothing across it). Deleting a block found here changes no later block's text (its tail
    moves to an earlier sibling or to its parent, which come before it), so all are found before any goes.
    A block's words are a stretch of root's: root's not holding key's words in a row holds no such block.
    """
    if f" {key} " not in f" {words_key(' '.join(root.itertext()))} ":
        return []
    words: list[str] = []
    blocks: list[tuple[HtmlElement, int]] = []
    ends: dict[HtmlElement, int] = {}

    def read(text: str | None) -> None:
        if text:
            words.extend(WORD.findall(text.lower()))

    def open_element(element: HtmlElement) -> None:
        if element.tag in _TEXT_BLOCKS:
            blocks.append((element, len(words)))
        read(element.text)

    open_element(root)
    stack = [(root, iter(root))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            ends[element] = len(words)
            if stack:
                read(element.tail)
        elif isinstance(child.tag, str):
            open_element(child)
            stack.append((child, iter(child)))
        else:
            read(child.tail)  # a comment's or processing instruction's text is no text of the page's
    count = key.count(" ") + 1
    return [
        element
        for element, start in blocks
        if ends[element] - start == count and " ".join(words[start : ends[element]]) == key
    ]


def narrow(container: HtmlElement) -> None:
    """Keep only the container and the chain of elements leading to it; tables on that chain become <div>s."""
    node = container
    for ancestor in container.iterancestors():
        for child in list(ancestor):
            if child is not node:
                ancestor.remove(child)  # tail text between the containers goes too: it is layout, not prose
        node = ancestor
    _unwrap_layout_tables(container)


def _unwrap_layout_tables(container: HtmlElement) -> None:
    """Turn the table cells, rows and tables that hold the article's container into <div>s.

    A table holding most of the page's prose is the page's layout (old templates set columns in one), not data:
    trafilatura writes a table cell on one line, so the whole article came out as one line, and it drops tables
    nested in a cell (the article's own data tables). Tables inside the container are left as they are.
    """
    for element in (container, *container.iterancestors()):
        if element.tag in _LAYOUT_TABLE_TAGS:
            element.tag = "div"
            element.attrib.clear()  # colspan, align, width: a div has no use for them


@lru_cache(maxsize=2)
def _extractor(fast: bool = True) -> Extractor:
    """trafilatura's options, built once: fast mode (no fallback extractors) unless asked, no comments, tables.

    Built per call it costs about as much as extracting a short article (it reads trafilatura's config).
    trafilatura copies it before changing anything, so one instance serves every call.
    """
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=fast, comments=False, tables=True)


def trafilatura_text(tree: HtmlElement, *, fast: bool = True) -> str:
    """trafilatura's main text of a (pruned) tree, paragraphs on their own lines; "" when it finds none.

    trafilatura works on a copy: the tree is unchanged, so it can be extracted again."""
    from trafilatura import bare_extraction

    document = bare_extraction(tree, options=_extractor(fast))
    return str(getattr(document, "text", "") or "") if document is not None else ""


def _promote_min_chars() -> int:
    """The <p> text over which trafilatura drops a body's <div>s (three times its minimum extraction size)."""
    return 3 * _extractor().min_extracted_size


def checked_text(tree: HtmlElement, prose_chars: int) -> str:
    """trafilatura's text in fast mode, or in full mode when fast mode kept under 15% of the prose.

    Fast mode trusts its first candidate body; on some pages that is one block of many (a summary box, the
    first of several sections) and most of the prose is lost. Full mode compares its result with readability
    and jusText and takes theirs when it is much longer. Prose (text nodes of 40+ characters outside links)
    outweighing the fast result about seven to one is that case; on other pages fast mode keeps far more, so full
    mode (several times slower) runs on few pages.
    """
    text = trafilatura_text(tree)
    if len(text) >= FAST_SHARE * prose_chars:
        return text
    full = trafilatura_text(tree, fast=False)
    return full if len(full) > len(text) else text


def article_text(markup: str, *, tree: HtmlElement, standfirst: str = "", title: str = "") -> str:
    """The article body of a parsed page: pruned, narrowed to its container, extracted by trafilatura.

    The tree is changed in place. When the container gives too little text, the whole (pruned) page is
    parsed again and extracted without narrowing. standfirst (the page's description) is dropped from the
    headline's block; title (the page's) tells the article's <h1> from a section's when the intro trafilatura
    left out is put back (cleaner.html_intro).
    """
    prune(tree)
    mass = prose_mass(tree)
    prose = article_container(tree, mass)
    container = with_heading(tree, prose) if prose is not None else None
    if prose is None or container is None or container.tag in ("body", "html"):
        drop_link_blocks(tree)
        promote_text_divs(tree, tree, min_paragraph_chars=_promote_min_chars())
        join_source_lines(tree)
        return with_intro(tree, checked_text(tree, mass[prose] if prose is not None else 0), title)
    if container is not prose and words_key(standfirst):
        drop_standfirst(container, prose, words_key(standfirst))
    narrow(container)
    merge_chunks(prose, mass, next(tree.iter("h1"), None))
    drop_link_blocks(container)
    promote_text_divs(tree, container, min_paragraph_chars=_promote_min_chars())
    join_source_lines(tree)  # on the narrowed tree: the fewer text nodes, the cheaper
    text = with_intro(tree, checked_text(tree, mass[prose]), title)
    if len(text) >= MIN_NARROWED_CHARS:
        return text
    whole = parse_html(markup)
    if whole is None:
        return text
    prune(whole)
    drop_link_blocks(whole)
    join_source_lines(whole)
    retry = with_intro(whole, trafilatura_text(whole), title)
    return retry if len(retry) > len(text) else text
