"""Quality on publishers cleaner has never seen: the snippets that must stay and must go on 82 real pages.

Each page in bench/data/unseen/ is cleaned three ways: as HTML, as its plain-text dump (bench/make_unseen_dumps.py)
and as that dump glued into one line. Beside cleaner, in the same run: trafilatura (HTML: `extract`; dumps: the
dump wrapped one <p> per line) and the C4 line filter (HTML: on the page's rendered text).

- loss: a 'with' snippet the input holds that is missing from the output (whitespace-normalized, case-sensitive).
- leak: a 'without' snippet that the input holds and the output still holds.

    .venv/bin/python bench/bench_unseen.py              # totals, then cleaner's failures
    .venv/bin/python bench/bench_unseen.py --cleaner-only --details
"""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from lxml import html as lxml_html

from bench.make_unseen_dumps import UNSEEN, dump_name, load_snippets, normalize, read_page, render
from cleaner import clean
from cleaner.baselines import c4_filter

Method = Callable[[str], str]
PATHS = ("html", "dump", "glued")


@dataclass
class Score:
    """One method on one path of one page."""

    kept: int = 0
    wanted: int = 0
    leaked: int = 0
    present: int = 0
    losses: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)


def score(output: str, source: str, entry: dict[str, Any]) -> Score:
    """Losses and leaks of one output against the snippets its input (source) holds."""
    out, src = normalize(output), normalize(source)
    result = Score()
    for snippet in entry["with"]:
        wanted = normalize(snippet)
        if wanted not in src:
            continue  # not on the cached page: nobody can keep it
        result.wanted += 1
        if wanted in out:
            result.kept += 1
        else:
            result.losses.append(snippet)
    for snippet in entry["without"]:
        junk = normalize(snippet)
        if junk and junk in src:
            result.present += 1
            if junk in out:
                result.leaked += 1
                result.leaks.append(snippet)
    return result


def wrap_paragraphs(text: str) -> str:
    """A text dump as HTML, one <p> per line (how trafilatura is run on dumps)."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def trafilatura_text(page: str) -> str:
    """trafilatura as the Zyte benchmark calls it."""
    from trafilatura import extract

    return str(extract(page, include_comments=False) or "")


def cleaner_text(name: str) -> Method:
    """cleaner.clean on a str, named like the input file (the name tells HTML from text)."""
    return lambda data: clean(data, name=name).text


def inputs(entry: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Per path: (what the method is given, the text snippets are looked for in)."""
    name = str(entry["file"])
    page = read_page(name)
    body = lxml_html.document_fromstring(page).find("body")
    page_text = render(body) if body is not None else ""
    dump = (UNSEEN / "dumps" / dump_name(name)).read_text(encoding="utf-8")
    glued = " ".join(dump.split("\n")).strip() + "\n"
    return {"html": (page, page_text), "dump": (dump, dump), "glued": (glued, glued)}


def methods(path: str, name: str, *, cleaner_only: bool) -> dict[str, Method]:
    """The methods run on one path of one page."""
    found: dict[str, Method] = {"cleaner": cleaner_text(name if path == "html" else dump_name(name))}
    if cleaner_only:
        return found
    if path == "html":
        found["trafilatura"] = trafilatura_text
        found["c4"] = lambda page: c4_filter(render(lxml_html.document_fromstring(page)))
    else:
        found["trafilatura"] = lambda dump: trafilatura_text(wrap_paragraphs(dump))
        found["c4"] = c4_filter
    return found


def run(entries: Sequence[dict[str, Any]], *, cleaner_only: bool) -> dict[tuple[str, str, str], Score]:
    """(path, method, file) → Score for every page."""
    scores: dict[tuple[str, str, str], Score] = {}
    for entry in entries:
        name = str(entry["file"])
        for path, (given, source) in inputs(entry).items():
            for method, work in methods(path, name, cleaner_only=cleaner_only).items():
                scores[(path, method, name)] = score(work(given), source, entry)
    return scores


def totals(scores: dict[tuple[str, str, str], Score]) -> list[dict[str, Any]]:
    """One row per (path, method): losses, leaks and the macro keep and leak rates."""
    rows = []
    for path in PATHS:
        for method in sorted({m for p, m, _f in scores if p == path}):
            mine = [s for (p, m, _f), s in scores.items() if p == path and m == method]
            keep = [s.kept / s.wanted for s in mine if s.wanted]
            leak = [s.leaked / s.present for s in mine if s.present]
            rows.append(
                {
                    "path": path,
                    "method": method,
                    "pages": len(mine),
                    "wanted": sum(s.wanted for s in mine),
                    "losses": sum(len(s.losses) for s in mine),
                    "present": sum(s.present for s in mine),
                    "leaks": sum(s.leaked for s in mine),
                    "pages_with_loss": sum(1 for s in mine if s.losses),
                    "keep_rate": sum(keep) / len(keep) if keep else 1.0,
                    "leak_rate": sum(leak) / len(leak) if leak else 0.0,
                }
            )
    return rows


def print_report(scores: dict[tuple[str, str, str], Score], *, details: bool) -> None:
    """Totals table, then every page where cleaner loses or leaks."""
    print("| path | method | losses / wanted | pages with a loss | leaks / present | macro keep | macro leak |")
    print("|---|---|---|---|---|---|---|")
    for row in totals(scores):
        print(
            f"| {row['path']} | {row['method']} | {row['losses']} / {row['wanted']} | {row['pages_with_loss']} | "
            f"{row['leaks']} / {row['present']} | {row['keep_rate']:.3f} | {row['leak_rate']:.3f} |"
        )
    if not details:
        return
    print("\ncleaner's failures (L = lost 'with' snippet, K = leaked 'without' snippet):")
    print_failures(scores)


class _Failures(Protocol):
    losses: list[str]
    leaks: list[str]


def print_failures(scores: Mapping[tuple[str, str, str], _Failures], *, width: int | None = None) -> None:
    """cleaner's losses (L) and leaks (K), page by page and path by path (each cut to width characters)."""
    for (path, method, name), found in sorted(scores.items()):
        if method != "cleaner":
            continue
        for mark, lines in (("L", found.losses), ("K", found.leaks)):
            for line in lines:
                print(f"  {path:5} {name}: {mark} {line[:width]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Score every page on every path; print the table (and the failures with --details)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cleaner-only", action="store_true", help="skip trafilatura and C4")
    parser.add_argument("--details", action="store_true", help="list cleaner's losses and leaks per page")
    parser.add_argument("--only", help="only pages whose file name contains this")
    parser.add_argument("--json", help="write the totals and per-page failures to this file")
    args = parser.parse_args(argv)
    entries = [e for e in load_snippets() if not args.only or args.only in str(e["file"])]
    scores = run(entries, cleaner_only=args.cleaner_only)
    print_report(scores, details=args.details)
    if args.json:
        failures = {f"{p}/{m}/{f}": {"losses": s.losses, "leaks": s.leaks} for (p, m, f), s in scores.items()}
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"totals": totals(scores), "failures": failures}, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
