"""A floating alternative that needs one of a few rare symbols is indexed by them, and still finds every match."""

from __future__ import annotations

import re

from cleaner.scanner import LineScanner

_BYLINE_STAMP = re.compile(r"(?<![\w'’])(?:[A-ZÄÖÜ][\w'’.-]+ ){1,3}[|·•] \d{1,2}\.\d{1,2}\.\d{4}(?![\w.:])")


def test_symbol_indexed_alternative_finds_its_lines_and_skips_prose() -> None:
    lines = [
        "Die Regierung hat am Montag neue Regeln beschlossen.",
        "Von Anna Schmidt | 03.04.2023",
        "Max Muster · 12.1.2024 um 10:00",
        "Ein Satz mit einem | Strich, aber ohne Datum.",
        "Noch Ein Langer Satz Mit Vielen Großen Wörtern ohne Zeichen.",
    ]
    for use_hyperscan in (True, False):
        scanner = LineScanner([_BYLINE_STAMP], use_hyperscan=use_hyperscan)
        assert scanner.unindexed == 0
        hits = scanner.hits(lines)
        assert {i for i, line in enumerate(lines) if _BYLINE_STAMP.search(line)} == {1, 2}
        assert {1, 2} <= set(hits)
        assert 0 not in hits and 4 not in hits
