"""Make text dumps of the metadata benchmark's pages: the smallest element holding the headline and the article.

A scraper that copies an article's container gets the headline, the byline and the dateline as the site prints
them, above the body. For each page of bench/bench_metadata.py: take the page's headline element (the <h1> that
shares most words with the titles the page declares in <title>, og:title and twitter:title; the first on a tie)
and go up from it to the first ancestor whose text holds CONTAINER_MIN_SHARE of the article's paragraphs (those
of Readability's expected.html, or of newspaper4k's extracted text). That element is written with block elements
on their own lines, hard-wrapped text joined and script text left in (bench/make_readability_dumps.py's
rendering). A page without an <h1> gets the smallest element holding the paragraphs. Deterministic: no choice
depends on anything but the page.

    .venv/bin/python bench/make_metadata_dumps.py   # writes bench/data/metadata/dumps/NAME.txt
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html
from lxml.etree import _Element

from bench import make_readability_dumps as readability
from bench.make_readability_dumps import decode_page, held, token_text, unwrap
from bench.make_unseen_dumps import normalize, render
from cleaner.scoring import tokens

DATA = Path(__file__).resolve().parent / "data"
NEWSPAPER = DATA / "newspaper4k"
METADATA = DATA / "metadata"
CONTAINER_MIN_SHARE = 0.8
MIN_PARAGRAPH_TOKENS = 3
_TITLE_KEYS = ("og:title", "twitter:title")


@dataclass(frozen=True)
class Page:
    """One benchmark page: its name (SOURCE-NAME), decoded HTML and the article's paragraphs."""

    name: str
    html: str
    paragraphs: tuple[str, ...]


def newspaper_names() -> list[str]:
    """newspaper4k's pages that have a metadata record."""
    return sorted(p.name.removesuffix(".html.gz") for p in (NEWSPAPER / "html").glob("*.html.gz"))


def newspaper_page(name: str) -> Page:
    """One newspaper4k page with the paragraphs of the text newspaper4k extracted from it."""
    raw = gzip.decompress((NEWSPAPER / "html" / f"{name}.html.gz").read_bytes())
    text = (NEWSPAPER / "txt" / f"{name}.txt").read_text(encoding="utf-8")
    found = [normalize(line) for line in text.splitlines()]
    units = tuple(dict.fromkeys(p for p in found if len(tokens(p)) >= MIN_PARAGRAPH_TOKENS))
    return Page(f"newspaper4k-{name}", decode_page(raw, name), units)


def readability_page(name: str) -> Page:
    """One Readability test page with the paragraphs of its expected article."""
    paragraphs = tuple(readability.paragraphs(readability.read_expected(name)))
    return Page(f"readability-{name}", readability.read_source(name), paragraphs)


def all_pages() -> list[Page]:
    """Every page of the benchmark, Readability's first."""
    return [readability_page(n) for n in readability.pages()] + [newspaper_page(n) for n in newspaper_names()]


def _words(text: str) -> set[str]:
    return set(tokens(text))


def declared_titles(root: _Element) -> list[str]:
    """The titles the page declares: <title>, og:title, twitter:title."""
    found = [normalize(t.text_content()) for t in root.iter("title")][:1]
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in _TITLE_KEYS and meta.get("content"):
            found.append(normalize(str(meta.get("content"))))
    return [t for t in found if t]


def headline(root: _Element) -> _Element | None:
    """The <h1> sharing most words with the declared titles (the first on a tie); None without an <h1>."""
    titles = [_words(t) for t in declared_titles(root)]
    best: _Element | None = None
    best_shared = -1
    for element in root.iter("h1"):
        words = _words(element.text_content())
        shared = max((len(words & t) for t in titles), default=0)
        if words and shared > best_shared:
            best, best_shared = element, shared
    return best


def container(top: _Element, keys: Sequence[str]) -> _Element:
    """The headline's first ancestor holding CONTAINER_MIN_SHARE of the paragraphs the page holds (else the
    smallest element holding them, as make_readability_dumps finds it)."""
    start = headline(top)
    if start is None:
        return readability.container(top, keys)
    need = max(1, int(held(keys, render(top)) * CONTAINER_MIN_SHARE + 0.999))
    element: _Element | None = start
    while element is not None and element is not top:
        if held(keys, render(element)) >= need:
            return element
        element = element.getparent()
    return top


def make_dump(page: Page) -> str:
    """The page's dump: its headline's container as text lines."""
    root = lxml_html.document_fromstring(page.html)
    unwrap(root)
    body = root.find("body")
    top = body if body is not None else root
    return render(container(top, [token_text(p) for p in page.paragraphs]))


def dump_path(name: str) -> Path:
    """Where the dump of page name is written."""
    return METADATA / "dumps" / f"{name}.txt"


def main(argv: Sequence[str] | None = None) -> int:
    """Write every dump; print one line per page (lines, characters, paragraphs held, headline found)."""
    only = argv[0] if argv else ""
    (METADATA / "dumps").mkdir(parents=True, exist_ok=True)
    for page in all_pages():
        if only not in page.name:
            continue
        text = make_dump(page)
        dump_path(page.name).write_text(text + "\n", encoding="utf-8")
        keys = [token_text(p) for p in page.paragraphs]
        lines = text.count("\n") + 1
        print(f"{page.name}: {lines} lines, {len(text)} chars, {held(keys, text)}/{len(keys)} paragraphs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
