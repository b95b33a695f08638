"""The scanner finds every match, and strip gives the same lines, with Hyperscan (when installed) or without."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.literals import hyperscan_available
from cleaner.scanner import LineScanner

needs_hyperscan = pytest.mark.skipif(not hyperscan_available(), reason="hyperscan is not installed")


def _scanner_inputs() -> list[tuple[list[re.Pattern[str]], list[tuple[int, int | None]]]]:
    """The pattern lists the pipeline scans with: each profile's line and span rules, the cut rules, hard junk."""
    from cleaner.config import CleanConfig
    from cleaner.linefeatures import hard_patterns

    book = CleanConfig().rulebook()
    found: list[tuple[list[re.Pattern[str]], list[tuple[int, int | None]]]] = []
    for profiles in [(book.generic,), *((site, book.generic) for site in book.sites)]:
        rules = [rule for profile in profiles for rule in profile.rules]
        for scopes in (("line", "block", "tail"), ("span",), ("cut",)):
            chosen = [rule for rule in rules if rule.scope in scopes]
            found.append(([r.pattern for r in chosen], [(r.min_words or 0, r.max_words) for r in chosen]))
    found.append(([pattern for _label, pattern in hard_patterns()], []))
    return found


def _documents() -> list[list[str]]:
    from cleaner.extract import text_to_lines

    data = Path(__file__).parent / "data"
    documents = [list(text_to_lines(path.read_text())) for path in sorted(data.glob("*/*.txt"))[::3]]
    odd = ["İstanbul ©", "The Islanders ... more", "ΣΟΦΙΑ less", "Photo: AP", "var x = 1;", "})();", "x"]
    return [*documents, odd, odd[::-1], []]


def _exact_hits(
    patterns: list[re.Pattern[str]], ranges: list[tuple[int, int | None]], lines: list[str]
) -> dict[int, set[int]]:
    """The patterns each line really matches, within their word ranges (what every scan must find)."""
    found: dict[int, set[int]] = {}
    for index, line in enumerate(lines):
        words = line.count(" ") + 1
        for key, pattern in enumerate(patterns):
            low, high = ranges[key] if ranges else (0, None)
            if low <= words and (high is None or words <= high) and pattern.search(line):
                found.setdefault(index, set()).add(key)
    return found


@needs_hyperscan
def test_hyperscan_and_python_search_both_find_every_match() -> None:
    """For every rule list of the bundled config and every test dump, both engines make each line a candidate
    for every pattern it matches (they may index some patterns differently, so their supersets differ)."""
    documents = _documents()
    for patterns, ranges in _scanner_inputs():
        fast = LineScanner(patterns, word_ranges=ranges)
        plain = LineScanner(patterns, word_ranges=ranges, use_hyperscan=False)
        for lines in documents:
            fast_hits, plain_hits = fast.hits(lines), plain.hits(lines)
            for index, keys in _exact_hits(patterns, ranges, lines).items():
                assert keys <= fast_hits.get(index, set()), lines[index]
                assert keys <= plain_hits.get(index, set()), lines[index]
                # a single line (the header's junk test) is searched by its own path
                assert keys <= fast.hits([lines[index]]).get(0, set()), lines[index]
                assert keys <= plain.hits([lines[index]]).get(0, set()), lines[index]


@needs_hyperscan
def test_hyperscan_and_python_search_strip_the_same() -> None:
    """The strip stage keeps and removes exactly the same lines with either engine."""
    from cleaner.config import CleanConfig
    from cleaner.ruleset import RuleSet, compile_rules
    from cleaner.strip import apply_ruleset

    book = CleanConfig().rulebook()
    documents = _documents()
    for profiles in [(book.generic,), *((site, book.generic) for site in book.sites)]:
        fast = compile_rules(profiles)
        plain = RuleSet(
            fast.line_rules,
            fast.span_rules,
            *(
                LineScanner(
                    [r.pattern for r in rules],
                    word_ranges=[(r.min_words or 0, r.max_words) for r in rules],
                    use_hyperscan=False,
                )
                for rules in (fast.line_rules, fast.span_rules)
            ),
        )
        for lines in documents:
            assert apply_ruleset(tuple(lines), fast) == apply_ruleset(tuple(lines), plain)


@needs_hyperscan
def test_hyperscan_literals_in_lines_of_any_width() -> None:
    """Literals after wide characters (UTF-8 bytes ≠ characters), at line ends, in tiers of word counts."""
    patterns = [re.compile("abc"), re.compile("end$"), re.compile("straße", re.I), re.compile("long literal", re.I)]
    ranges: list[tuple[int, int | None]] = [(0, None), (0, None), (0, 2), (0, None)]
    lines = ["ééé abc", "the end", "x", "STRASSE or Straße", "Straße", "€€ a LONG LITERAL", "end abc end"]
    fast = LineScanner(patterns, word_ranges=ranges)
    plain = LineScanner(patterns, word_ranges=ranges, use_hyperscan=False)
    assert fast.hits(lines) == plain.hits(lines)
    assert set(fast.hits(lines)) == {0, 1, 3, 4, 5, 6}  # tiers are coarse: 3 words is within the 12-word tier
    for line in lines:
        assert fast.hits([line]) == plain.hits([line]), line
