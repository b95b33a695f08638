"""Rules of a profile combination compiled for speed: one scanner finds each line's candidate rules.

Most rules carry a max_words guard, and most of a dump's bytes sit in long body lines that no short-line
rule may touch: the scanner knows each rule's word range, so long lines are only tested against the rules
that may apply to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from cleaner.regex_parts import split_alternatives
from cleaner.rules import Profile, Rule, RuleBook
from cleaner.scanner import JoinedLines, LineScanner


def word_count(line: str) -> int:
    """Words of a whitespace-normalized line (the unit of max_words and min_words)."""
    return line.count(" ") + 1 if line else 0


LineTest = Callable[[str], object]  # truthy for the lines a rule's pattern.search finds a match in
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_MIN_ANCHORED_TO_SPLIT = 2  # one anchored alternative costs a search little; measured: splitting then may cost more


@cache  # the generic profile's patterns stand in each site's rule set too: one test each
def line_test(pattern: re.Pattern[str]) -> LineTest:
    """A test truthy for the same lines as pattern.search, faster for a pattern that mixes alternatives anchored at
    the line start ("^...") with floating ones. A search tries every alternative at every position of the line,
    though an anchored one can only match at the start, and the anchored ones keep the regex engine from skipping
    ahead to where a floating one can begin: some 60 µs on a 300-character line for 23 anchored and 2 floating
    alternatives. The anchored ones are then matched once at the start and the floating ones searched for alone.
    Not for multi-line or verbose patterns ("^" after a newline, "#" comments), nor for group references (the
    alternatives compiled apart renumber their groups), nor where the parts do not compile alone (a global flag
    inside the pattern): those keep pattern.search."""
    if pattern.flags & (re.M | re.X) or _GROUP_REFERENCE.search(pattern.pattern):
        return pattern.search
    alternatives = split_alternatives(pattern.pattern)
    anchored = [alternative[1:] for alternative in alternatives if alternative.startswith("^")]
    floating = [alternative for alternative in alternatives if not alternative.startswith("^")]
    if len(anchored) < _MIN_ANCHORED_TO_SPLIT or not floating:
        return pattern.search  # all anchored: the engine tries such a search at the start only
    try:
        at_start = re.compile("(?:" + "|".join(anchored) + ")", pattern.flags).match
        anywhere = re.compile("|".join(floating), pattern.flags).search
    except re.error:
        return pattern.search
    return lambda line: at_start(line) is not None or anywhere(line) is not None


def _scanner(rules: Sequence[Rule]) -> LineScanner:
    return LineScanner((r.pattern for r in rules), word_ranges=[(r.min_words or 0, r.max_words) for r in rules])


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules of some profiles, in order, with a scanner for the whole-line rules and one for span rules."""

    line_rules: tuple[Rule, ...]  # line, block and tail scope: they drop whole lines
    span_rules: tuple[Rule, ...]  # span scope: they cut matches out of lines
    line_scanner: LineScanner
    span_scanner: LineScanner
    line_tests: tuple[tuple[Rule, LineTest], ...] = field(init=False)  # each line rule with its line_test

    def __post_init__(self) -> None:
        object.__setattr__(self, "line_tests", tuple((rule, line_test(rule.pattern)) for rule in self.line_rules))

    def line_candidate_tests(
        self, lines: Sequence[str], joined: JoinedLines | None = None
    ) -> dict[int, tuple[tuple[Rule, LineTest], ...]]:
        """line_candidates, each rule with its line_test (for a caller that needs to know whether a rule drops the
        line, not its match)."""
        return _picked(self.line_tests, self.line_scanner, lines, joined) if self.line_rules else {}

    def line_candidates(self, lines: Sequence[str], joined: JoinedLines | None = None) -> dict[int, tuple[Rule, ...]]:
        """For each line some whole-line rule may drop, those rules in order (a superset of the exact matches).
        joined: the lines joined once for both this and span_candidates."""
        return _picked(self.line_rules, self.line_scanner, lines, joined) if self.line_rules else {}

    def span_candidates(self, lines: Sequence[str], joined: JoinedLines | None = None) -> dict[int, tuple[Rule, ...]]:
        """For each line where some span rule may cut text, those rules in order."""
        return _picked(self.span_rules, self.span_scanner, lines, joined) if self.span_rules else {}


_Picked = TypeVar("_Picked")


def _picked(
    items: tuple[_Picked, ...], scanner: LineScanner, lines: Sequence[str], joined: JoinedLines | None
) -> dict[int, tuple[_Picked, ...]]:
    """For each line the scanner finds candidates in, the items of those candidates, in order."""
    pick = items.__getitem__  # map() over it: a C-level loop, not a generator per candidate line
    return {index: tuple(map(pick, sorted(keys))) for index, keys in scanner.hits(lines, joined).items()}


_COMPILED: dict[tuple[int, ...], tuple[tuple[Profile, ...], RuleSet]] = {}
_MAX_COMPILED = 64


def compile_rules(profiles: tuple[Profile, ...]) -> RuleSet:
    """The RuleSet of the profiles' rules, in profile order (compiled once per combination of profile objects:
    looked up by identity, since hashing every rule of every profile on each call costs more than the lookup)."""
    key = tuple(map(id, profiles))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] == profiles:
        return cached[1]
    if len(_COMPILED) >= _MAX_COMPILED:
        _COMPILED.clear()
    ruleset = _compile(profiles)
    _COMPILED[key] = (profiles, ruleset)  # the profiles are kept alive, so their ids cannot be reused
    return ruleset


def _compile(profiles: tuple[Profile, ...]) -> RuleSet:
    rules = tuple(rule for profile in profiles for rule in profile.rules)
    line_rules = tuple(r for r in rules if r.scope not in ("span", "cut"))
    span_rules = tuple(r for r in rules if r.scope == "span")
    return RuleSet(line_rules, span_rules, _scanner(line_rules), _scanner(span_rules))


def warm_rulesets(book: RuleBook) -> None:
    """Build now, with every regex compiled, the rule sets the strip stage uses: the generic profile alone and each
    site's with it (otherwise the first dump of each site pays for its set, and each first-character slot for
    its regex)."""
    for profiles in [(book.generic,), *((site, book.generic) for site in book.sites)]:
        ruleset = compile_rules(profiles)
        ruleset.line_scanner.compile_all()
        ruleset.span_scanner.compile_all()


__all__ = ["LineTest", "RuleSet", "compile_rules", "line_test", "warm_rulesets", "word_count"]
