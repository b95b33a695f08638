"""Tests for cleaner.scanner and cleaner.regexinfo: finding candidate lines without running every regex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.regex_parts import line_bound, split_alternatives
from cleaner.regexinfo import first_chars, required_literals
from cleaner.scanner import LineScanner


def test_alternatives_split_only_at_top_level() -> None:
    """Bars inside groups, character classes or escaped are not alternatives."""
    assert split_alternatives(r"^a(?:b|c)|[|x]\||d") == [r"^a(?:b|c)", r"[|x]\|", "d"]


def test_first_chars_of_anchored_patterns() -> None:
    """The characters a match can start with, through optional prefixes, groups and case-insensitivity."""
    assert first_chars(r"\[?(?:read|more)\s*:", ignore_case=True) == frozenset("[rRmM")
    assert first_chars(r"\d{1,2} of") == frozenset("0123456789")
    assert first_chars(r"\W*date") is None
    assert first_chars(r"(?:a|)") is None


def test_required_literals() -> None:
    """Strings every match holds: the longest literal run, a group's options, a line end as a newline."""
    assert required_literals(r"\b(?:accept|allow) (?:all )?cookies\b") == frozenset({"cookies"})
    assert required_literals(r"\((?:image|photo)s?:") == frozenset({"image", "photo"})
    assert required_literals(r"(?:\.\.\.|…)\s*more$") == frozenset({"more\n"})
    assert required_literals(r"[\w$)]\s*[({]\s*$") == frozenset({"(\n", "{\n"})
    assert required_literals(r"\w+ \d+") is None
    # two capitals are rare enough in a case-sensitive search (agency credits), not case-insensitively
    assert required_literals(r"\s(?:AP|Reuters)\b", exact=True) == frozenset({"AP", "Reuters"})
    assert required_literals(r"\s(?:AP|Reuters)\b", ignore_case=True) is None


def test_a_lookahead_gives_the_literals_the_line_must_hold() -> None:
    """What a lookahead needs follows the match in the same line: its literals index the pattern (a byline
    before a date is then no regex searched over the whole dump); a negative lookahead gives none."""
    byline = r"[A-Z][a-z]+ [A-Z][a-z]+(?= (?:Published|Updated):? \d| \d{1,2} (?:Jan|Feb)\w* \d{4})"
    assert required_literals(byline, exact=True) == frozenset({"Published", "Updated", "Jan", "Feb"})
    assert required_literals(r"[A-Z][a-z]+ [A-Z][a-z]+(?! Updated)", exact=True) is None
    assert required_literals(r"[A-Z][a-z]+(?=\s+[A-Z])", exact=True) is None
    compiled = re.compile(byline)
    lines = [
        "Jane Smith Published: 3 March 2024",
        "By Mark Brown 12 February 2024",
        "Anna Lee 4 Jan 2023 The council met on Monday.",
        "The Mayor Said nothing at all.",
        "Tom Hardy updated the story on 4 March.",
    ]
    scanner = LineScanner([compiled])
    assert scanner.unindexed == 0
    hits = scanner.hits(lines)
    assert {index for index, line in enumerate(lines) if compiled.search(line)} == {0, 1, 2}
    assert set(hits) == {0, 1, 2}


def test_line_bound_patterns_cannot_cross_lines() -> None:
    """Negated classes and \\s no longer match a newline, so a match on joined lines stays in one line."""
    bound = re.compile(line_bound(r"^[^!?]{0,80}\sAP$"), re.M)
    assert bound.search("Photo by someone\nAP") is None
    assert bound.search("Photo by someone AP") is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?!.*[.!?]$)[^!?]{0,80}(?:^|[/,|]\s*|\s)(?:AP|AFP|Reuters)\b[^!?]{0,40}$",
        r"^\W*(?:jan|feb|nov)[a-z]*\.?\s+\d{1,2},?\s+\d{4}",
        r"\b(?:sign up|subscribe)\b[^.!?]{0,80}\bnewsletters?\b",
        r"(?:\.\.\.|…)\s*more$",
    ],
)
def test_scanner_hits_every_line_the_pattern_matches(pattern: str) -> None:
    """Whatever index a pattern gets, every line it matches alone is a candidate when scanned with others."""
    compiled = re.compile(pattern, re.I)
    lines = [
        "The minister said the plan would work.",
        "if(e.div === 'x'){",
        "You may also like...",
        "Photo by Michael Conroy, AP",
        "November 20, 2019 - 11:28 AMT",
        "Sign up for our free newsletter today",
        "The Islanders ... more",
        "Reuters",
    ]
    hits = LineScanner([compiled]).hits(lines)
    expected = {index for index, line in enumerate(lines) if compiled.search(line)}
    assert expected
    assert expected <= set(hits)


def test_many_literals_found_in_one_pass_give_every_line_all_its_patterns() -> None:
    """With enough literals to be searched as one alternation, a line still gets every pattern whose literal
    it holds: overlapping literals, a literal at the line's end, several in one line, repeats in later lines."""
    words = [f"W{n:02d}x" for n in range(22)]
    patterns = [re.compile(word) for word in words] + [re.compile("abc"), re.compile("bcd"), re.compile("end$")]
    lines = ["W01x and W02x", "no literal here", "xabcdx", "the end", "end not at the end", "W21x W01x W00x"]
    scanner = LineScanner(patterns)
    hits = scanner.hits(lines)
    expected = {i: {k for k, p in enumerate(patterns) if p.search(line)} for i, line in enumerate(lines)}
    assert {i: keys for i, keys in expected.items() if keys} == hits


def test_one_line_is_scanned_as_it_is_among_others() -> None:
    """A single line (the header asks about title candidates one by one) gets exactly the candidates it gets
    when scanned with other lines, for the generic rules and the hard-junk patterns."""
    from cleaner.config import CleanConfig
    from cleaner.extract import text_to_lines
    from cleaner.heuristics import _hard_scanner
    from cleaner.ruleset import compile_rules

    book = CleanConfig().rulebook()
    scanners = [compile_rules((book.generic,)).line_scanner, _hard_scanner()]
    data = Path(__file__).parent / "data"
    lines = [line for path in sorted(data.glob("*/*.txt"))[::25] for line in text_to_lines(path.read_text())]
    lines += ["İstanbul ©", "... more", "Photo: AP", "var x = 1;", "})();", "<div class='x'>", "1,234 shares"]
    for scanner in scanners:
        for line in lines:
            assert scanner.hits([line]).get(0, set()) == scanner.hits([line, "x"]).get(0, set()), line


def test_leading_group_is_split_into_alternatives_with_the_same_matches() -> None:
    """A plain leading group (after at most one atom) becomes one alternative per branch; quantified groups,
    lookarounds and backreferences are left whole."""
    from cleaner.regexinfo import leading_branches

    assert leading_branches(r"\[?(?:read more|more)\s*$") == [r"\[?read more\s*$", r"\[?more\s*$"]
    assert leading_branches(r"(?:a|b(?:c|d))x") == ["ax", "b(?:c|d)x"]
    for whole in (r"(?:a|b)?x", r"(a|b)\1", r"(?=x)(?:a|b)", "abc"):
        assert leading_branches(whole) == [whole]
    lines = ["read more:", "[More", "more news", "reading"]
    for pattern in (r"\[?(?:read more|more)\s*:?$", r"(?:a|b(?:c|d))x"):
        alternatives = [re.compile(branch, re.I) for branch in leading_branches(pattern)]
        whole = re.compile(pattern, re.I)
        for line in lines:
            assert bool(whole.match(line)) == any(branch.match(line) for branch in alternatives)


def test_warm_core_builds_every_rule_set_with_every_regex_compiled() -> None:
    """After warm_core no first dump of any site builds a rule set or compiles a first-character regex."""
    from cleaner.config import CleanConfig
    from cleaner.ruleset import _COMPILED, compile_rules
    from cleaner.warm import warm_core

    warm_core()
    book = CleanConfig().rulebook()
    sets = [compile_rules((book.generic,)), *(compile_rules((site, book.generic)) for site in book.sites)]
    assert all(ruleset.line_scanner.compiled and ruleset.span_scanner.compiled for ruleset in sets)
    built = len(_COMPILED)
    for seed in sorted((Path(__file__).parent / "data" / "seeds").glob("0*.txt")):
        if not seed.name.endswith(".gold.txt"):
            clean(seed.read_bytes())
    assert len(_COMPILED) == built
