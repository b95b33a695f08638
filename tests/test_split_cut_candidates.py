"""Tests for cleaner/split_cut_candidates.py and the regex splitting it rests on (cleaner/regex_parts.py)."""

from __future__ import annotations

import re

import pytest

from cleaner.regex_parts import branches, may_match, unguarded
from cleaner.rules import Rule, load_rulebook
from cleaner.split_cut_candidates import may_match_line


def test_branches_distribute_a_leading_group_over_the_rest() -> None:
    """(?:A|B)C is AC or BC, again for a group each branch starts with; (?:A)?C is AC or C; a group with another
    quantifier, a possessive one or flags stays."""
    assert branches("(?:A|(?:B|C)D)E") == ["AE", "BDE", "CDE"]
    assert branches("(?:A|B)?C") == ["AC", "BC", "C"]
    assert branches("(?:A)??(?:B)?C") == ["A(?:B)?C", "BC", "C"]  # only a leading group is distributed
    assert branches("(?:A)?+C") == ["(?:A)?+C"]
    assert branches("(?:A)*C") == ["(?:A)*C"]
    assert branches("(?i:a|b)c") == ["(?i:a|b)c"]
    assert branches("x(?:a|b)") == ["x(?:a|b)"]


def test_unguarded_drops_only_leading_negative_lookaheads() -> None:
    """A negative lookahead in front goes; one after the start, or a quantified one, stays."""
    assert unguarded(r"(?!(?:The|By)\b)(?!x)[A-Z]\w+") == r"[A-Z]\w+"
    assert unguarded(r"[A-Z](?!x)\w+") == r"[A-Z](?!x)\w+"


_RULES = (
    Rule("a", "ad", re.compile(r"(?<!\bon )(?:Video Player is loading\.|The media could not be loaded\.)"), "cut"),
    Rule("b", "ad", re.compile(r"(?<![\w-])(?!(?:The|By)\b)[A-Z][a-z]+ [A-Z][a-z]+(?= Published \d)"), "cut"),
    Rule("c", "ad", re.compile(r"(a)\1"), "cut"),  # a back-reference: never split, the scanner hit decides
)


_FILLER = "The council met on Tuesday to discuss the plans."


@pytest.mark.parametrize(
    "line",
    [
        "An emoji \u2764\ufe0f\u200d\U0001f525 and The media could not be loaded. Then more.",
        "The immediate media reaction was calm and the council said nothing more about it.",
        "Read on. The media could not be loaded. Then the text goes on.",
        "on Video Player is loading. The rest.",
        "Nothing here Jane Doe Published 12 May",
        "The Doe Published 3 and aa and more text here",
        "two  spaces\tand a tab: Video Player is loading.",
    ],
)
def test_may_match_line_passes_exactly_the_rules_may_match_passes(line: str) -> None:
    """One scan of a long line and a search of the branches it hits give the same rules as may_match rule by rule
    (and so does a short line, asked directly)."""
    long_line = " ".join([_FILLER] * 12 + [line])
    assert len(long_line) > 500
    for text in (line, long_line):
        assert may_match_line(_RULES * 3, text) == [rule for rule in _RULES * 3 if may_match(rule.pattern, text)]


def test_may_match_line_on_the_bundled_cut_rules() -> None:
    """The bundled cut rules: a glued line with a dateline, a byline and a player's text passes the rules that
    match it, and the rules may_match passes (a superset of those, never fewer)."""
    rules = tuple(rule for rule in load_rulebook().generic.rules if rule.scope == "cut")
    line = _FILLER * 10 + (
        " Ministers warned of strikes Denis Campbell Health policy editor Thu 9 Feb 2023 00.01 GMT The health "
        "service faces its worst winter. Play Video Current Time 0:00 / Duration 0:00 Loaded: 0% Stream Type LIVE "
        "The immediate reaction of the unions was anger, a spokesperson said on Monday."
    )
    passed = may_match_line(rules, line)
    assert passed == [rule for rule in rules if may_match(rule.pattern, line)]
    assert {rule.name for rule in rules if rule.pattern.search(line)} <= {rule.name for rule in passed}
    assert {"cut_header_dateline", "cut_media_player_ui"} <= {rule.name for rule in passed}


def test_an_optional_escaped_bracket_is_no_conditional_group() -> None:
    """'\\(?(?:Reporting|Editing) by' is split into loose alternatives; a real conditional group is not."""
    from cleaner.regex_parts import loose_alternatives

    assert loose_alternatives(re.compile(r"\(?(?:Reporting|Editing) by [A-Z]\w+\)?|x")) is not None
    assert loose_alternatives(re.compile(r"(a)?(?(1)b|c)")) is None
    assert loose_alternatives(re.compile(r"\\(a)?(?(1)b|c)")) is None
