"""Whole-page text dumps: the text of a page's entire <body> (menus, consent walls, comments, footers and all).

A scraper that calls get_text() on the whole page writes this shape. The 32 news pages of bench_metadata.py
(Mozilla Readability's test pages in bench/data/readability/ and newspaper4k's in bench/data/newspaper4k/) are
rendered whole with bench/make_unseen_dumps.py's rendering (block elements on their own lines, inline script
text left in) and cleaned; the C4 line filter and keeping everything are scored on the same dumps.

- lost: a gold paragraph (Readability's expected article, or newspaper4k's extracted text) whose words are not
  all in the output, in order.
- leaked: an output line of 2 or more words that is not part of the gold text. The gold holds paragraphs of 3 or
  more words only, so a subheading the article prints counts as leaked too: the figure is an upper bound, to
  compare methods within one run.

    .venv/bin/python bench/bench_wholepage.py             # totals per method
    .venv/bin/python bench/bench_wholepage.py --details   # ... and every page's lost and leaked lines
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html

from bench.make_metadata_dumps import Page, all_pages
from bench.make_readability_dumps import token_text, unwrap
from bench.make_unseen_dumps import render
from cleaner import clean
from cleaner.baselines import c4_filter, keep_everything
from cleaner.scoring import tokens

METHODS: dict[str, Callable[[str], str]] = {
    "cleaner": lambda dump: clean(dump, name="page.txt").text,
    "c4_filter": c4_filter,
    "keep_everything": keep_everything,
}


@dataclass(frozen=True)
class Score:
    """One method on one page: the gold paragraphs it lost and the lines it leaked."""

    lost: tuple[str, ...]
    leaked: tuple[str, ...]


def whole_page_dump(page: Page) -> str:
    """The text of the page's whole <body>, one block element per line."""
    root = lxml_html.document_fromstring(page.html)
    unwrap(root)
    body = root.find("body")
    return render(body if body is not None else root)


def score(page: Page, output: str) -> Score:
    """What output lost of page's gold paragraphs and what it kept that is not in them."""
    kept = token_text(output)
    gold = [token_text(p) for p in page.paragraphs]
    lost = tuple(p for p, key in zip(page.paragraphs, gold, strict=True) if key not in kept)
    gold_text = " ".join(gold)
    leaked = tuple(line for line in output.splitlines() if len(tokens(line)) >= 2 and token_text(line) not in gold_text)
    return Score(lost, leaked)


def main(argv: Sequence[str] | None = None) -> int:
    """Print lost paragraphs and leaked lines per method, totals first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every page's lost and leaked lines")
    parser.add_argument("--only", default="", help="pages whose name holds this text")
    args = parser.parse_args(argv)
    pages = [p for p in all_pages() if args.only in p.name]
    dumps = {page.name: whole_page_dump(page) for page in pages}
    scores = {m: {p.name: score(p, run(dumps[p.name])) for p in pages} for m, run in METHODS.items()}
    wanted = sum(len(p.paragraphs) for p in pages)
    lines = sum(dump.count("\n") + 1 for dump in dumps.values())
    print(f"{len(pages)} whole-page dumps, {lines} lines, {wanted} gold paragraphs")
    print("| method | lost / gold paragraphs | pages with a loss | leaked lines |")
    print("|---|---|---|---|")
    for method, per_page in scores.items():
        lost = sum(len(s.lost) for s in per_page.values())
        pages_lost = sum(1 for s in per_page.values() if s.lost)
        leaked = sum(len(s.leaked) for s in per_page.values())
        print(f"| {method} | {lost} / {wanted} | {pages_lost} | {leaked} |")
    if args.details:
        for page in pages:
            mine = scores["cleaner"][page.name]
            print(f"\n{page.name}: lost {len(mine.lost)}, leaked {len(mine.leaked)}")
            for line in mine.lost:
                print(f"  L {line[:150]}")
            for line in mine.leaked:
                print(f"  K {line[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
