"""Tests for cleaner.ruleset.line_test: a rule's test of a whole line, truthy exactly where pattern.search is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.rules import load_rulebook
from cleaner.ruleset import line_test

_DATA = Path(__file__).parent / "data"

# mixed anchored and floating alternatives, with the shapes that could tell the split test from a search apart
_MIXED = [
    re.compile(r"^download the \w+ app\.?$|^stay updated with the latest news|\bis not responsible for\b", re.I),
    re.compile(r"^(?!.*[.!?]$)follow us|^like us on facebook|(?:^|\s)©\s?\d{4}|all rights reserved\W*$", re.I),
    re.compile(r"^a(?=b)|^c|(?<=x)y"),  # lookarounds at the start and in the floating part
    re.compile(r"(?i)^sign up|^register|^join|newsletter$"),  # a global flag, in the first (floating) part
    re.compile(r"^(\w+) said|^x|\1 again"),  # a group reference: kept as one search
]


@pytest.mark.parametrize("pattern", _MIXED)
@pytest.mark.parametrize(
    "line",
    [
        "Download the NDTV app",
        "Download the NDTV app now, he said, and it was downloaded a million times.",
        "Stay updated with the latest news on Times of India",
        "The agency is not responsible for the content of external sites.",
        "Follow us on Twitter",
        "Follow us on Twitter.",
        "Like us on Facebook",
        "Text © 2024 The Paper",
        "©2019 All rights reserved.",
        "The council said on Tuesday that the bridge would open.",
        "ab",
        "cb",
        "xy",
        "axy",
        "Sign up for our newsletter",
        "REGISTER",
        "Join us",
        "Please sign up",
        "He writes a newsletter",
        "Biden said it again",
        "x said x again",
        "",
    ],
)
def test_line_test_agrees_with_search(pattern: re.Pattern[str], line: str) -> None:
    """The split test finds a match on the same lines the whole pattern's search does."""
    assert bool(line_test(pattern)(line)) == bool(pattern.search(line))


def test_mixed_patterns_are_split_and_the_others_kept() -> None:
    """A pattern with anchored and floating alternatives gets its own test; one that cannot be split safely (a
    group reference), a multi-line one, an all-anchored one and one with a single anchored one keep their search."""
    for split in _MIXED[:4]:
        assert line_test(split) != split.search
    for kept in (_MIXED[4], re.compile(r"^a|^b|c", re.M), re.compile(r"^a|^b"), re.compile(r"^a|b|c")):
        assert line_test(kept) == kept.search


def test_bundled_rules_tests_agree_with_search_on_the_test_dumps() -> None:
    """Every bundled rule that is split finds exactly the lines of the test dumps its search finds."""
    book = load_rulebook()
    rules = [rule for profile in (book.generic, *book.sites) for rule in profile.rules]
    split = [rule for rule in rules if line_test(rule.pattern) != rule.pattern.search]
    assert split  # the bundled rules have such patterns (world_newsroom_promo, copyright_footer, ...)
    lines = {
        " ".join(line.split())
        for folder in ("seeds", "scrapinghub-dumps")
        for path in sorted((_DATA / folder).glob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    for rule in split:
        test = line_test(rule.pattern)
        assert [line for line in lines if bool(test(line)) != bool(rule.pattern.search(line))] == [], rule.name
