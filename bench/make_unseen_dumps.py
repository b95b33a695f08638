"""Make plain-text dumps of the unseen pages the way a scraper that copies the article's container does.

For each page in bench/data/unseen/snippets.json: find the smallest element whose text holds every 'with'
snippet the page has, go up one or two levels (chosen from the file name, so the run is deterministic) so that
the share bars, captions, related links, inline scripts and comments around the article come along, and write
the element's text with block elements on their own lines and inline script text left in.

    .venv/bin/python bench/make_unseen_dumps.py      # writes bench/data/unseen/dumps/NAME.txt
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from lxml import html as lxml_html
from lxml.etree import _Element

from cleaner.decode import detect_and_decode

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "noscript",
        "ol",
        "p",
        "pre",
        "script",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "iframe",
    ]
)
SKIPPED_TAGS = frozenset({"style", "head", "title", "meta", "link", "svg", "template"})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")  # soft hyphens and zero-width characters


def normalize(text: str) -> str:
    """Whitespace collapsed to single spaces, soft hyphens and zero-width characters removed (for matching)."""
    return " ".join(_INVISIBLE.sub("", text).split())


def load_snippets() -> list[dict[str, object]]:
    """The reference entries: url, file, with, without."""
    return list(json.loads((UNSEEN / "snippets.json").read_text(encoding="utf-8")))


def read_page(name: str) -> str:
    """One cached page, decoded the way cleaner decodes it."""
    raw = gzip.decompress((UNSEEN / "html" / f"{name}.gz").read_bytes())
    decoded = detect_and_decode(raw)
    if decoded is None:
        raise ValueError(f"{name}: undecodable")
    return decoded[0]


def _pieces(element: _Element) -> Iterator[str]:
    """The element's text in document order; "\n" marks a block boundary."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIPPED_TAGS:
        return
    block = tag in BLOCK_TAGS
    if block:
        yield "\n"
    if tag and element.text:  # comments and processing instructions have no tag name: their text is skipped
        yield element.text
    for child in element:
        yield from _pieces(child)
        if child.tail:
            yield child.tail
    if block:
        yield "\n"


def render(element: _Element) -> str:
    """The element as a dump: one block per line, inline whitespace collapsed, no blank lines."""
    lines = (" ".join(_INVISIBLE.sub("", line).split()) for line in "".join(_pieces(element)).split("\n"))
    return "\n".join(line for line in lines if line)


def attainable(page_text: str, snippets: Sequence[str]) -> list[str]:
    """The snippets that the page's own text holds (a few were edited after the page was cached)."""
    return [s for s in snippets if normalize(s) in page_text]


def container(root: _Element, snippets: Sequence[str]) -> _Element | None:
    """The smallest element whose rendered text holds every snippet."""
    best: _Element | None = None
    best_size = 0
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
            continue
        text = normalize(render(element))
        if all(normalize(s) in text for s in snippets) and (best is None or len(text) < best_size):
            best, best_size = element, len(text)
    return best


def levels_up(name: str) -> int:
    """One or two levels above the container, fixed per file name."""
    return 1 + zlib.crc32(name.encode("utf-8")) % 2


def climb(element: _Element, levels: int, top: _Element) -> _Element:
    """The element levels up from element, stopping below top (the body) and the html root."""
    for _ in range(levels):
        parent = element.getparent()
        if parent is None or parent is top or parent.tag == "html":
            break
        element = parent
    return element


def make_dump(name: str, wanted: Sequence[str]) -> str:
    """The page's dump: its article container, one or two levels up, rendered as text lines."""
    root = lxml_html.document_fromstring(read_page(name))
    body = root.find("body")
    top = body if body is not None else root
    page_text = normalize(render(top))
    keep = attainable(page_text, wanted)
    element = container(top, keep) if keep else None
    if element is None:
        return render(top)
    return render(climb(element, levels_up(name), top))


def dump_name(page: str) -> str:
    """x.html → x.txt."""
    return page.removesuffix(".html") + ".txt"


def main(argv: Sequence[str] | None = None) -> int:
    """Write every dump; print one line per page (lines, characters)."""
    out = UNSEEN / "dumps"
    out.mkdir(exist_ok=True)
    for entry in load_snippets():
        name = str(entry["file"])
        text = make_dump(name, [str(s) for s in entry["with"]])  # type: ignore[attr-defined]
        (out / dump_name(name)).write_text(text + "\n", encoding="utf-8")
        print(f"{dump_name(name)}: {text.count(chr(10)) + 1} lines, {len(text)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
