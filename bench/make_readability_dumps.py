"""Make plain-text dumps of Mozilla Readability's test pages the way a scraper that copies the article's container does.

For each page in bench/data/readability/NAME/: take expected.html's paragraphs (the article Readability keeps), find
the smallest element of source.html whose text holds most of them, go up one or two levels (chosen from the page
name, so the run is deterministic) so that the share bars, captions, related links and inline scripts around the
article come along, and write the element's text with block elements on their own lines and script text left in
(the rendering of bench/make_unseen_dumps.py).

    .venv/bin/python bench/make_readability_dumps.py   # writes bench/data/readability/dumps/NAME.txt
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html
from lxml.etree import _Element

from bench.make_unseen_dumps import SKIPPED_TAGS, climb, levels_up, normalize, render
from cleaner.decode import detect_and_decode
from cleaner.scoring import tokens

READABILITY = Path(__file__).resolve().parent / "data" / "readability"
# Blocks of expected.html that count as one paragraph each; a block holding another such block is left to its parts
# (a <blockquote> of <p>s counts as its <p>s).
UNIT_TAGS = frozenset({"p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt", "figcaption", "td"})
MIN_UNIT_TOKENS = 3
# The container must hold this share of the paragraphs the page holds at all (a few are rewritten by Readability,
# or sit in a sidebar of their own, and would otherwise push the container up to <body>).
CONTAINER_MIN_SHARE = 0.8
# Text whose line breaks are its own (code, scripts); elsewhere a line break in the markup is a space, as a browser
# shows it, so that a hard-wrapped <p> stays one line of the dump.
KEEP_BREAKS = frozenset({"pre", "script", "textarea", "code", "listing", "plaintext"})


def pages() -> list[str]:
    """Names of the pages in the folder (each a directory with expected.html and source.html or source.html.gz)."""
    return sorted(p.parent.name for p in READABILITY.glob("*/expected.html") if any(p.parent.glob("source.html*")))


def decode_page(raw: bytes, name: str) -> str:
    """Page bytes decoded the way cleaner decodes them."""
    decoded = detect_and_decode(raw)
    if decoded is None:
        raise ValueError(f"{name}: undecodable")
    return decoded[0]


def read_source(name: str) -> str:
    """source.html (or source.html.gz) of one page, decoded."""
    folder = READABILITY / name
    plain = folder / "source.html"
    raw = plain.read_bytes() if plain.exists() else gzip.decompress((folder / "source.html.gz").read_bytes())
    return decode_page(raw, name)


def read_expected(name: str) -> str:
    """expected.html of one page."""
    return (READABILITY / name / "expected.html").read_text(encoding="utf-8")


def _units(root: _Element) -> Iterator[_Element]:
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in UNIT_TAGS:
            continue
        if any(isinstance(d.tag, str) and d.tag in UNIT_TAGS for d in element.iterdescendants()):
            continue  # counted through its parts
        yield element


def paragraphs(expected_html: str) -> list[str]:
    """expected.html's paragraphs of 3+ word tokens, whitespace-normalized, in order, without repeats."""
    root = lxml_html.fragment_fromstring(expected_html, create_parent="div")
    found: list[str] = []
    for element in _units(root):
        text = normalize(element.text_content())
        if len(tokens(text)) >= MIN_UNIT_TOKENS and text not in found:
            found.append(text)
    return found


def token_text(text: str) -> str:
    """Lower-cased word tokens joined by single spaces, padded (for whole-token substring tests)."""
    return " " + " ".join(tokens(text)) + " "


def held(paragraph_keys: Sequence[str], text: str) -> int:
    """How many paragraphs (as token_text keys) the text holds."""
    haystack = token_text(text)
    return sum(1 for key in paragraph_keys if key in haystack)


def container(top: _Element, paragraph_keys: Sequence[str]) -> _Element:
    """The smallest element whose rendered text holds CONTAINER_MIN_SHARE of the paragraphs the top element holds."""
    wanted = held(paragraph_keys, render(top))
    need = max(1, int(wanted * CONTAINER_MIN_SHARE + 0.999)) if wanted else 0
    best, best_size = top, len(render(top))
    if not need:
        return best
    for element in top.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
            continue
        text = render(element)
        if len(text) < best_size and held(paragraph_keys, text) >= need:
            best, best_size = element, len(text)
    return best


def unwrap(root: _Element) -> None:
    """Line breaks in text and tails become spaces, except inside KEEP_BREAKS elements (the tree is changed)."""
    for element in root.iter():
        inside = any(isinstance(a.tag, str) and a.tag in KEEP_BREAKS for a in element.iterancestors())
        if not inside and element.tail:
            element.tail = element.tail.replace("\n", " ")
        if isinstance(element.tag, str) and element.tag not in KEEP_BREAKS and not inside and element.text:
            element.text = element.text.replace("\n", " ")


def page_text(source_html: str) -> str:
    """The page's <body> rendered as a dump (one block a line, hard wraps joined)."""
    root = lxml_html.document_fromstring(source_html)
    unwrap(root)
    body = root.find("body")
    return render(body if body is not None else root)


def dump_from(source_html: str, expected_html: str, name: str) -> str:
    """The page's dump: the container of expected.html's paragraphs, one or two levels up, as text lines."""
    root = lxml_html.document_fromstring(source_html)
    unwrap(root)
    body = root.find("body")
    top = body if body is not None else root
    keys = [token_text(p) for p in paragraphs(expected_html)]
    return render(climb(container(top, keys), levels_up(name), top))


def main(argv: Sequence[str] | None = None) -> int:
    """Write every dump; print one line per page (lines, characters, paragraphs held)."""
    out = READABILITY / "dumps"
    out.mkdir(exist_ok=True)
    for name in pages():
        expected = read_expected(name)
        text = dump_from(read_source(name), expected, name)
        (out / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        keys = [token_text(p) for p in paragraphs(expected)]
        lines, share = text.count("\n") + 1, f"{held(keys, text)}/{len(keys)}"
        print(f"{name}.txt: {lines} lines, {len(text)} chars, {share} paragraphs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
