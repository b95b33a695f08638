"""Which cut rules may match a long line: one scan of the line for all their alternatives, then a regex or two."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from cleaner.regex_parts import branches, loose_alternatives, may_match, unguarded
from cleaner.rules import Rule
from cleaner.scanner import LineScanner

# from this long a line, and this many rules to ask, one scan of the line for all the rules beats searching each
# rule's alternatives over it (a line of its own is asked about the few rules the scanner found for it)
_SCAN_FROM_CHARS = 500
_SCAN_FROM_RULES = 8


def may_match_line(rules: Sequence[Rule], line: str, *, only: Collection[int] | None = None) -> list[Rule]:
    """The rules, in order, whose pattern may match the line (only: of these indices): exactly those
    regex_parts.may_match passes. A cut rule holds dozens of alternatives and a glued line is long, so searching
    each alternative over it costs milliseconds; for a long line the rule scanner finds in one pass which
    alternatives may match (a superset of those that do: it has no word-count tiers here, a cut rule is searched
    in a line of any length), and only those are searched. The scanner reads whitespace-normalized lines only:
    another line, a short one or a few rules are asked directly."""
    wanted = range(len(rules)) if only is None else sorted(only)
    if len(line) < _SCAN_FROM_CHARS or len(wanted) < _SCAN_FROM_RULES or not _is_normalized(line):
        return [rules[index] for index in wanted if may_match(rules[index].pattern, line)]
    ordered = rules if isinstance(rules, tuple) else tuple(rules)
    scanner, owners, unsplit = _alternatives_scanner(ordered)
    hits = scanner.hits([line]).get(0, set())
    passed = set(unsplit)  # may_match passes a rule it cannot split
    for key in sorted(hits):
        rule, branch = owners[key]
        if rule not in passed and branch.search(line) is not None:
            passed.add(rule)
    return [ordered[index] for index in wanted if index in passed]


_NOT_ONE_SPACE = re.compile(r"[^\S ]|  ")  # whitespace other than a plain space, or two spaces


def _is_normalized(line: str) -> bool:
    """True when the line is whitespace-normalized as the scanner reads lines: single plain spaces, none at its
    ends, no other whitespace (a zero-width joiner in an emoji is no whitespace)."""
    return line[:1] != " " and line[-1:] != " " and _NOT_ONE_SPACE.search(line) is None


# per scanned pattern (a branch of a rule's loose alternative): the index of its rule, and the branch to search
_Owners = tuple[tuple[int, re.Pattern[str]], ...]
# a scanner of the rules' branches, their owners, and the indices of the rules with no loose alternatives
_Scanned = tuple[LineScanner, _Owners, tuple[int, ...]]
_scanners: list[tuple[tuple[Rule, ...], _Scanned]] = []  # the last rules asked about


def _alternatives_scanner(rules: tuple[Rule, ...]) -> _Scanned:
    """The rules' scanner (remembered by identity first: a rule's hash costs more than the lookup, and the
    pipeline passes the same tuple for each dump of a rule book)."""
    for known, scanned in _scanners:
        if known is rules:
            return scanned
    scanned = _scanner_of(rules)
    _scanners[:] = [(rules, scanned)]
    return scanned


@lru_cache(maxsize=16)
def _scanner_of(rules: tuple[Rule, ...]) -> _Scanned:
    """The scanner for rules built anew each dump (a site's cut rules added to the generic ones)."""
    patterns: list[re.Pattern[str]] = []
    owners: list[tuple[int, re.Pattern[str]]] = []
    unsplit: list[int] = []
    for index, rule in enumerate(rules):
        loose = loose_alternatives(rule.pattern)
        if loose is None:
            unsplit.append(index)
            continue
        for alternative in loose:
            for branch in _branch_patterns(alternative):
                patterns.append(branch)
                owners.append((index, branch))
    return LineScanner(patterns), tuple(owners), tuple(unsplit)


def _branch_patterns(alternative: re.Pattern[str]) -> list[re.Pattern[str]]:
    """The alternative's branches (regex_parts.branches) compiled alone, each without the negative lookaheads it
    starts with: a line holds a match of the alternative only where it holds one of a branch, and a branch has
    literals of its own for the scanner to find."""
    try:
        return [re.compile(unguarded(branch), alternative.flags) for branch in branches(alternative.pattern)]
    except re.error:
        return [alternative]


__all__ = ["may_match_line"]
