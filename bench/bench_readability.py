"""Quality on news publishers cleaner has never seen: Mozilla Readability's test pages and their expected articles.

Each page in bench/data/readability/ is cleaned three ways: as HTML (source.html), as its plain-text dump
(bench/make_readability_dumps.py) and as that dump glued into one line. Beside cleaner, in the same run:
trafilatura (HTML: `extract`; dumps: the dump wrapped one <p> per line) and the C4 line filter (HTML: on the page's
rendered text). Scored against expected.html, the article Readability's maintainers checked by hand:

- loss: a paragraph of expected.html (p, li, blockquote, h2-h6, ... of 3+ word tokens) with fewer than half of its
  tokens in the output (token multiset, as cleaner/scoring.py counts).
- leak: a line of the input (the dump; for HTML the page's rendered text) of 3+ tokens that shares under 20% of its
  tokens with expected.html (the rule that made scrapinghub-dumps' removed_lines) and is still in the output.
- P/R/F1: bag of words against expected.html's whole text.
- metadata (HTML path): title and author exact match (whitespace-normalized) with expected-metadata.json's title and
  byline; "loose" when one holds the other, case-insensitively (Readability's bylines read "by: Laurie Oakes").

    .venv/bin/python bench/bench_readability.py              # totals, then cleaner's failures
    .venv/bin/python bench/bench_readability.py --cleaner-only --details
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from lxml import html as lxml_html

from bench.bench_unseen import print_failures, trafilatura_text, wrap_paragraphs
from bench.make_readability_dumps import READABILITY, page_text, pages, paragraphs, read_expected, read_source
from bench.make_unseen_dumps import render
from cleaner import clean
from cleaner.baselines import c4_filter
from cleaner.scoring import GoldDoc, score_document, tokens

Method = Callable[[str], "Output"]
PATHS = ("html", "dump", "glued")
JUNK_SHARE = 0.2  # a line sharing under this share of its tokens with the expected article is junk
MIN_LINE_TOKENS = 3


@dataclass(frozen=True)
class Output:
    """What one method returned: the text, and the metadata record when the method makes one."""

    text: str
    metadata: dict[str, object] = field(default_factory=dict)


@dataclass
class Score:
    """One method on one path of one page."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    units: int = 0
    present: int = 0
    losses: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # field -> "exact" | "loose" | "miss" | "none"


def expected_lines(expected_html: str) -> list[str]:
    """expected.html's whole text as lines (the reference for P/R/F1)."""
    return render(lxml_html.fragment_fromstring(expected_html, create_parent="div")).splitlines()


def junk_lines(text: str, expected_tokens: Counter[str]) -> list[str]:
    """Lines of 3+ tokens sharing under 20% of their tokens with the expected article, without repeats."""
    found: list[str] = []
    for line in text.splitlines():
        have = Counter(tokens(line))
        size = sum(have.values())
        if size >= MIN_LINE_TOKENS and sum((have & expected_tokens).values()) < JUNK_SHARE * size and line not in found:
            found.append(line)
    return found


def _single_spaced(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def metadata_match(expected: object, got: object) -> str:
    """exact (whitespace-normalized), loose (one holds the other, ignoring case), miss, or none (nothing expected)."""
    want, have = _single_spaced(expected), _single_spaced(got)
    if not want:
        return "none"  # nothing to compare against
    if want == have:
        return "exact"
    if have and (have.lower() in want.lower() or want.lower() in have.lower()):
        return "loose"
    return "miss"


def score(output: Output, source_text: str, expected_html: str, meta: dict[str, object] | None) -> Score:
    """Losses, leaks, P/R/F1 (and metadata when asked) of one output."""
    lines = expected_lines(expected_html)
    whole = score_document(output.text, GoldDoc(tuple(lines), (), ()))
    units = paragraphs(expected_html)
    junk = junk_lines(source_text, Counter(t for line in lines for t in tokens(line)))
    per_unit = score_document(output.text, GoldDoc(tuple(units), (), tuple(junk)))
    result = Score(whole.precision, whole.recall, whole.f1, len(units), len(junk))
    result.losses = list(per_unit.losses)
    result.leaks = list(per_unit.leaks)
    if meta is not None:
        result.metadata = {
            "title": metadata_match(meta.get("title"), output.metadata.get("title")),
            "author": metadata_match(meta.get("byline"), output.metadata.get("author")),
        }
    return result


def cleaner_run(name: str) -> Method:
    """cleaner.clean on a str, named like the input file (the name tells HTML from text)."""

    def run(data: str) -> Output:
        result = clean(data, name=name)
        return Output(result.text, dict(result.metadata))

    return run


def methods(path: str, name: str, *, cleaner_only: bool) -> dict[str, Method]:
    """The methods run on one path of one page."""
    found: dict[str, Method] = {"cleaner": cleaner_run(f"{name}.html" if path == "html" else f"{name}.txt")}
    if cleaner_only:
        return found
    if path == "html":
        found["trafilatura"] = lambda page: Output(trafilatura_text(page))
        found["c4"] = lambda page: Output(c4_filter(page_text(page)))
    else:
        found["trafilatura"] = lambda dump: Output(trafilatura_text(wrap_paragraphs(dump)))
        found["c4"] = lambda dump: Output(c4_filter(dump))
    return found


def inputs(name: str) -> dict[str, tuple[str, str]]:
    """Per path: (what the method is given, the text whose lines junk is taken from)."""
    page = read_source(name)
    dump = (READABILITY / "dumps" / f"{name}.txt").read_text(encoding="utf-8")
    glued = " ".join(dump.split("\n")).strip() + "\n"
    return {"html": (page, page_text(page)), "dump": (dump, dump), "glued": (glued, dump)}


def read_metadata(name: str) -> dict[str, object]:
    """expected-metadata.json of one page."""
    return dict(json.loads((READABILITY / name / "expected-metadata.json").read_text(encoding="utf-8")))


def run(names: Sequence[str], *, cleaner_only: bool) -> dict[tuple[str, str, str], Score]:
    """(path, method, page) → Score for every page."""
    scores: dict[tuple[str, str, str], Score] = {}
    for name in names:
        expected = read_expected(name)
        meta = read_metadata(name)
        for path, (given, source_text) in inputs(name).items():
            for method, work in methods(path, name, cleaner_only=cleaner_only).items():
                wanted_meta = meta if path == "html" and method == "cleaner" else None
                scores[(path, method, name)] = score(work(given), source_text, expected, wanted_meta)
    return scores


def totals(scores: dict[tuple[str, str, str], Score]) -> list[dict[str, object]]:
    """One row per (path, method): losses, leaks, macro P/R/F1."""
    rows: list[dict[str, object]] = []
    for path in PATHS:
        for method in sorted({m for p, m, _n in scores if p == path}):
            mine = [s for (p, m, _n), s in scores.items() if p == path and m == method]
            n = len(mine) or 1
            rows.append(
                {
                    "path": path,
                    "method": method,
                    "pages": len(mine),
                    "units": sum(s.units for s in mine),
                    "losses": sum(len(s.losses) for s in mine),
                    "pages_with_loss": sum(1 for s in mine if s.losses),
                    "present": sum(s.present for s in mine),
                    "leaks": sum(len(s.leaks) for s in mine),
                    "precision": sum(s.precision for s in mine) / n,
                    "recall": sum(s.recall for s in mine) / n,
                    "f1": sum(s.f1 for s in mine) / n,
                }
            )
    return rows


def metadata_counts(scores: dict[tuple[str, str, str], Score]) -> dict[str, Counter[str]]:
    """Per field: how many pages matched exactly, loosely, missed (cleaner, HTML path)."""
    counts: dict[str, Counter[str]] = {"title": Counter(), "author": Counter()}
    for (path, method, _name), found in scores.items():
        if path == "html" and method == "cleaner":
            for key, verdict in found.metadata.items():
                counts[key][verdict] += 1
    return counts


def print_report(scores: dict[tuple[str, str, str], Score], *, details: bool) -> None:
    """Totals table, metadata counts, then (with details) every page where cleaner loses or leaks."""
    print("| path | method | losses / paragraphs | pages with a loss | leaks / junk lines | P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for row in totals(scores):
        print(
            f"| {row['path']} | {row['method']} | {row['losses']} / {row['units']} | {row['pages_with_loss']} | "
            f"{row['leaks']} / {row['present']} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |"
        )
    for key, counts in metadata_counts(scores).items():
        compared = counts["exact"] + counts["loose"] + counts["miss"]
        loose, none = counts["loose"], counts["none"]
        print(f"cleaner html {key}: exact {counts['exact']}/{compared}, loose {loose}, nothing expected {none}")
    if not details:
        return
    print("\ncleaner's failures (L = lost paragraph, K = leaked junk line):")
    print_failures(scores, width=160)


def main(argv: Sequence[str] | None = None) -> int:
    """Score every page on every path; print the table (and the failures with --details)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cleaner-only", action="store_true", help="skip trafilatura and C4")
    parser.add_argument("--details", action="store_true", help="list cleaner's losses and leaks per page")
    parser.add_argument("--only", help="only pages whose name contains this")
    parser.add_argument("--json", help="write the totals and per-page failures to this file")
    args = parser.parse_args(argv)
    names = [n for n in pages() if not args.only or args.only in n]
    scores = run(names, cleaner_only=args.cleaner_only)
    print_report(scores, details=args.details)
    if args.json:
        failures = {f"{p}/{m}/{n}": {"losses": s.losses, "leaks": s.leaks} for (p, m, n), s in scores.items()}
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"totals": totals(scores), "failures": failures}, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
