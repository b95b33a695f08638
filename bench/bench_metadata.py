"""Title, author and date on publishers cleaner has never seen: real pages with hand-checked metadata.

Each page of bench/data/metadata/gold.json (Mozilla Readability's test pages in bench/data/readability/ and
newspaper4k's in bench/data/newspaper4k/) is read three ways in one run: cleaner on the HTML page, cleaner on the
page's text dump (bench/make_metadata_dumps.py: the smallest element holding the headline and the article, so the
dump's header carries the byline and the dateline as the site prints them), and trafilatura's own metadata
(`bare_extraction(with_metadata=True)`) on the HTML page. Per field, how many pages match exactly:

- title: equal after whitespace is collapsed.
- author: the same set of names, each whitespace-collapsed, the output split at ";" (cleaner and trafilatura join
  several names with "; "). A gold author of "" means the page names no person (a desk such as "TMZ Staff"): the
  output must give none. A gold author of null is not scored (the page's byline is ambiguous; see its note).
- date: the gold is ISO 8601 at the precision the page prints, in the page's local time, with the UTC offset when
  the page states one. The day must match; when the gold has a clock time, the output's must match it too (as
  instants when both carry an offset, else as the wall-clock time written). "day" counts day matches alone
  (trafilatura gives days only). Seconds are ignored.

    .venv/bin/python bench/bench_metadata.py             # counts per field and method
    .venv/bin/python bench/bench_metadata.py --details   # ... and every miss
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.make_metadata_dumps import METADATA, Page, all_pages, dump_path
from cleaner import clean

FIELDS = ("title", "author", "date")
METHODS = ("cleaner-html", "cleaner-dump", "trafilatura-html")
_DATE = re.compile(
    r"^(?P<day>\d{4}-\d\d-\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::\d\d(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?$"
)


@dataclass(frozen=True)
class When:
    """A date as written: its day, its clock time (or None) and its UTC offset in minutes (or None)."""

    day: dt.date
    time: tuple[int, int] | None
    offset: int | None

    def moment(self) -> dt.datetime:
        """The instant (needs time and offset)."""
        hour, minute = self.time or (0, 0)
        zone = dt.timezone(dt.timedelta(minutes=self.offset or 0))
        return dt.datetime.combine(self.day, dt.time(hour, minute), tzinfo=zone)


def parse_when(value: object) -> When | None:
    """A When from an ISO 8601 string ("2023-11-06", "2023-11-06T08:00", "2023-11-06T13:00+00:00"), else None."""
    match = _DATE.match(" ".join(str(value or "").split()))
    if match is None:
        return None
    try:
        day = dt.date.fromisoformat(match["day"])
    except ValueError:
        return None
    time = (int(match["H"]), int(match["M"])) if match["H"] else None
    tz = match["tz"]
    offset = None
    if tz:
        offset = 0 if tz == "Z" else (1 if tz[0] == "+" else -1) * (int(tz[1:3]) * 60 + int(tz[-2:]))
    return When(day, time, offset)


def _in_offset(got: When, offset: int | None) -> When:
    """got moved to the given UTC offset, when both are known (else as written)."""
    if got.time is None or got.offset is None or offset is None or got.offset == offset:
        return got
    moved = got.moment().astimezone(dt.timezone(dt.timedelta(minutes=offset)))
    return When(moved.date(), (moved.hour, moved.minute), offset)


def date_verdicts(expected: object, got: object) -> tuple[bool, bool]:
    """(exact, same day) of an output date against the gold date (see the module's docstring)."""
    want, have = parse_when(expected), parse_when(got)
    if want is None or have is None:
        return False, False
    have = _in_offset(have, want.offset)
    same_day = have.day == want.day
    return same_day and (want.time is None or have.time == want.time), same_day


def _spaced(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def author_names(value: object) -> frozenset[str]:
    """The names of an author field ("A; B"), whitespace-collapsed."""
    return frozenset(name for name in (_spaced(part) for part in _spaced(value).split(";")) if name)


def verdicts(gold: dict[str, Any], found: dict[str, Any]) -> dict[str, str]:
    """field → "exact", "miss" or "" (not scored); "date-day" → "exact"/"miss" too."""
    result: dict[str, str] = {}
    if gold.get("title") is not None:
        result["title"] = "exact" if _spaced(gold["title"]) == _spaced(found.get("title")) else "miss"
    if gold.get("author") is not None:
        same = author_names(gold["author"]) == author_names(found.get("author"))
        result["author"] = "exact" if same else "miss"
    if gold.get("date") is not None:
        exact, day = date_verdicts(gold["date"], found.get("date"))
        result["date"], result["date-day"] = ("exact" if exact else "miss"), ("exact" if day else "miss")
    return result


def cleaner_metadata(data: str, name: str) -> dict[str, Any]:
    """cleaner's metadata record (name tells HTML from text)."""
    return dict(clean(data, name=name).metadata)


def trafilatura_metadata(page: str) -> dict[str, Any]:
    """trafilatura's metadata of an HTML page (its field names are cleaner's)."""
    from trafilatura import bare_extraction

    found = bare_extraction(page, with_metadata=True)
    if found is None:
        return {}
    return dict(found if isinstance(found, dict) else found.as_dict())


def runners(page: Page, *, cleaner_only: bool) -> dict[str, Callable[[], dict[str, Any]]]:
    """The methods run on one page."""
    dump = dump_path(page.name).read_text(encoding="utf-8")
    found: dict[str, Callable[[], dict[str, Any]]] = {
        "cleaner-html": lambda: cleaner_metadata(page.html, f"{page.name}.html"),
        "cleaner-dump": lambda: cleaner_metadata(dump, f"{page.name}.txt"),
    }
    if not cleaner_only:
        found["trafilatura-html"] = lambda: trafilatura_metadata(page.html)
    return found


def load_gold() -> dict[str, dict[str, Any]]:
    """bench/data/metadata/gold.json: page name → title, author, date (and a note)."""
    return dict(json.loads((METADATA / "gold.json").read_text(encoding="utf-8")))


Result = dict[tuple[str, str], tuple[dict[str, str], dict[str, Any]]]  # (method, page) → (verdicts, metadata)


def run(pages: Sequence[Page], gold: dict[str, dict[str, Any]], *, cleaner_only: bool) -> Result:
    """Every method's verdicts and metadata on every page."""
    results: Result = {}
    for page in pages:
        for method, work in runners(page, cleaner_only=cleaner_only).items():
            found = work()
            results[(method, page.name)] = (verdicts(gold[page.name], found), found)
    return results


def print_report(results: Result, gold: dict[str, dict[str, Any]], *, details: bool) -> None:
    """Exact matches per field and method; with details, every miss with what was expected and found."""
    methods = [m for m in METHODS if any(m == method for method, _ in results)]
    print("| field | " + " | ".join(methods) + " |")
    print("|---|" + "---|" * len(methods))
    for field in (*FIELDS, "date-day"):
        cells = []
        for method in methods:
            scored = [v[field] for (m, _), (v, _) in results.items() if m == method and field in v]
            cells.append(f"{scored.count('exact')}/{len(scored)}")
        print(f"| {field} | " + " | ".join(cells) + " |")
    if not details:
        return
    for method in methods:
        print(f"\n{method} misses:")
        for (m, name), (found_verdicts, found) in sorted(results.items()):
            if m != method:
                continue
            for field in FIELDS:
                if found_verdicts.get(field) == "miss":
                    print(f"  {name} {field}: expected {gold[name][field]!r}, got {found.get(field)!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Score every page; print the table (and the misses with --details)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cleaner-only", action="store_true", help="skip trafilatura")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--only", help="only pages whose name contains this")
    args = parser.parse_args(argv)
    gold = load_gold()
    pages = [p for p in all_pages() if p.name in gold and (not args.only or args.only in p.name)]
    print_report(run(pages, gold, cleaner_only=args.cleaner_only), gold, details=args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
