"""Apply the profiles' explicit rules to lines, in the order given; every removal is named, article ends marked."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from itertools import pairwise
from operator import itemgetter
from typing import TypeVar

from cleaner.heuristics import Thresholds, hard_rule, load_thresholds
from cleaner.linefeatures import ends_sentence, look_alike
from cleaner.model import Removal
from cleaner.rules import Profile, Rule
from cleaner.ruleset import LineTest, RuleSet, compile_rules, word_count
from cleaner.scanner import JoinedLines
from cleaner.teaser_cards import teaser_cards

_CAPTION_WORDS = (3, 30)  # a caption above its credit line: a few words, no full stop
# a person's name alone on its line, over the author box's bio: two or three capitalised words
_PERSON_NAME = re.compile(r"(?:(?:Dr|Prof)\. )?[A-ZÄÖÜ][\w'’-]+(?: (?:von |van |de |da |di )?[A-ZÄÖÜ][\w'’-]+){1,2}")
_SUMMARY_MAX_WORDS = 45  # a teaser's summary under its headline: a sentence or two
_HEADLINE_START = re.compile(r"[\"'“‘«]?[^\W\d_][\w'’-]*(?: \S+){2}")  # a headline: three words or more, from a word
_CODE_CHARS = re.compile(r"[{}();=<>|]")
_OPENING_QUOTES = "\"'“‘«„"
_SENTENCE_END = re.compile(r"(?:[.!…]|\?!)[\"'”’»)]*\s*$")  # headlines may ask ("Is X over?"), not exclaim
# Rule categories that mistake code for junk: a line the page itself sets as code (<pre>, <code>) is code it shows
# the reader on purpose, not script or markup residue, and its "@classmethod" or "@Override" is no social handle.
_CODE_SPARED_CATEGORIES = frozenset(("script", "markup", "social"))
_Candidate = TypeVar("_Candidate")  # a rule, or a (rule, line test) pair


def line_rule_match(line: str, rules: Iterable[Rule]) -> tuple[Rule, re.Match[str]] | None:
    """The first whole-line rule (line, block or tail scope) that drops this line, with its match, if any."""
    words = word_count(line)
    for rule in rules:
        if rule.scope not in ("span", "cut") and rule.guards_pass(words) and (match := rule.pattern.search(line)):
            return rule, match
    return None


def line_rule(line: str, rules: Iterable[Rule]) -> Rule | None:
    """The first whole-line rule that drops this line, if any."""
    found = line_rule_match(line, rules)
    return found[0] if found else None


def _dropping_rule(line: str, candidates: tuple[tuple[Rule, LineTest], ...]) -> Rule | None:
    """line_rule by the rule set's line tests (RuleSet.line_candidate_tests): the same rule, without its match."""
    words = word_count(line)
    for rule, test in candidates:
        if rule.guards_pass(words) and test(line):
            return rule
    return None


def strip_spans(line: str, rules: Iterable[Rule]) -> tuple[str, list[Removal]]:
    """Cut span-scoped matches out of a line (junk glued inside a paragraph)."""
    removed: list[Removal] = []
    for rule in rules:
        if rule.scope != "span":
            continue

        def _cut(match: re.Match[str], rule: Rule = rule) -> str:
            removed.append(Removal(text=match.group(0).strip(), rule=rule.name, category=rule.category, line_no=0))
            return " "

        line = rule.pattern.sub(_cut, line)
    return " ".join(line.split()), removed


class _Block:
    """An open block rule: the following lines it may still swallow."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.left = rule.follow_max_lines
        self.headlines = 0  # headlines taken in a row just now (a teaser list alternates one with its summary)

    def takes(self, line: str, following: str | None = None, *, junk: bool = False) -> bool:
        """True when the block swallows line; following (the next line) lets a teaser's summary go with it.
        junk: the line is dropped by a rule of its own (a label, a prompt): no headline of the list."""
        follow = self.rule.follow
        if follow is None or self.left <= 0:
            return False
        words = word_count(line)
        if words <= self.rule.follow_max_words:
            self.left -= 1
            if follow.search(line) is not None:
                # a line dropped by a rule of its own inside the list (an ad label, a prompt) counts as one of a
                # run of short lines: the headline after it is not alone, so no sentence after that goes as its
                # summary (a junk line must not make the body's next subhead and sentence look like a teaser)
                self.headlines = 2 if junk else self.headlines + 1
                return True
        if self.rule.follow_summaries and self._summary_between_headlines(words, line, following):
            self.headlines = 0
            return True
        return False

    def _summary_between_headlines(self, words: int, line: str, following: str | None) -> bool:
        """A related-stories list gives each headline a sentence or two of summary: such a line goes when it
        sits between two headlines of the block, the one just before it alone (after the list's label or the
        previous summary: menus and labels run several short lines in a row), and the next line. A quote that
        opens the line is the article's own speech."""
        follow = self.rule.follow
        return (
            self.headlines == 1
            and words <= _SUMMARY_MAX_WORDS
            and line[:1] not in _OPENING_QUOTES
            and following is not None
            and follow is not None
            and word_count(following) <= self.rule.follow_max_words
            and follow.search(following) is not None
            and _HEADLINE_START.match(following) is not None
            and _CODE_CHARS.search(following) is None
            and _SENTENCE_END.search(following) is None  # a body sentence ending "." or "?!" is no headline
        )


def _caption_above(kept: list[tuple[int, str]], number: int) -> bool:
    """Whether the line kept right above line number reads as a picture's caption: a few words from a capital,
    not shouted (a subhead), with no full stop and no colon (a lead-in to a list or a quote)."""
    if not kept or kept[-1][0] != number - 1:
        return False
    text = kept[-1][1]
    low, high = _CAPTION_WORDS
    return (
        low <= word_count(text) <= high
        and text[:1].isupper()
        and not text.isupper()
        and not ends_sentence(text)
        and text.rstrip()[-1:] not in ":;,"
    )


def _inside_a_list(rule: Rule, kept: list[tuple[int, str]], number: int, following: str | None, t: Thresholds) -> bool:
    """Whether a block rule's header (at line number) sits inside a list of the article: the two lines kept last,
    each at most t.list_insertion_max_lines above the next, and the line after the header would all pass as the
    block's headlines and have one shape (an "Elsewhere on the BBC" label between dates of a tour list). Then
    the header goes alone and takes nothing. A block that takes one line (a caption after its label) is no list."""
    if rule.follow is None or rule.follow_max_lines < 2 or following is None or len(kept) < 2:
        return False
    if rule.follow.search(following) is None:
        return False
    items = [*kept[-2:], (number + 1, following)]
    return all(
        later_number - number_before <= t.list_insertion_max_lines + 1
        and rule.follow.search(before) is not None
        and look_alike(before, later, min_overlap=t.item_shape_overlap)
        for (number_before, before), (later_number, later) in pairwise(items)
    )


def apply_ruleset(
    lines: tuple[str, ...], ruleset: RuleSet, *, code: Container[int] = (), thresholds: Thresholds | None = None
) -> tuple[list[tuple[int, str]], list[Removal]]:
    """Split lines into kept (with their 1-based numbers) and removed, by a compiled rule set.
    code: indices of lines the page sets as code, which no script, markup or social rule drops.
    thresholds: heuristics.toml's, for telling the article's own lists (the bundled file's when not given)."""
    t = thresholds or load_thresholds()
    joined = JoinedLines(lines) if len(lines) > 1 else None  # one join and lower-casing for both scans
    candidates = ruleset.line_candidate_tests(lines, joined)
    span_candidates = ruleset.span_candidates(lines, joined)
    if code:
        _spare_code(candidates, code, rule_of=itemgetter(0))  # (rule, its line test) pairs
        _spare_code(span_candidates, code, rule_of=_itself)
    kept: list[tuple[int, str]] = []
    removed: list[Removal] = []
    block: _Block | None = None
    for index, line in enumerate(lines):
        number = index + 1
        following = lines[number] if number < len(lines) else None  # a block's teaser summary is told by it
        rule = _dropping_rule(line, candidates[index]) if index in candidates else None
        if rule is None and block is not None:
            if block.takes(line, following):
                removed.append(Removal(line, block.rule.name, block.rule.category, number))
                continue
            block = None
        if rule is not None:
            if rule.caption_above and _caption_above(kept, number):
                caption_number, caption = kept.pop()
                removed.append(Removal(caption, "caption_before_credit", "caption", caption_number))
            elif rule.name_above and kept and kept[-1][0] == number - 1 and _PERSON_NAME.fullmatch(kept[-1][1]):
                name_number, name = kept.pop()
                removed.append(Removal(name, "author_name_above_bio", "byline", name_number))
            removed.append(Removal(line, rule.name, rule.category, number))
            if rule.scope == "tail":
                removed.extend(
                    Removal(rest, rule.name, rule.category, n) for n, rest in enumerate(lines[number:], number + 1)
                )
                break
            if rule.scope == "block":
                opens = block is not None or not _inside_a_list(rule, kept, number, following, t)
                block = _Block(rule) if opens else None  # a header right after another block's list opens its own
            elif block is not None and not block.takes(line, following, junk=True):
                block = None
            continue
        if index in span_candidates:
            line, spans = strip_spans(line, span_candidates[index])
            removed.extend(Removal(s.text, s.rule, s.category, number) for s in spans)
        if line:
            kept.append((number, line))
    kept, cards = teaser_cards(kept, removed, is_junk=lambda text: hard_rule(text) is not None, shape=t.cards)
    return kept, sorted([*removed, *cards], key=lambda removal: removal.line_no) if cards else removed


def _spare_code(
    candidates: dict[int, tuple[_Candidate, ...]], code: Container[int], *, rule_of: Callable[[_Candidate], Rule]
) -> None:
    """Take the rules that mistake code for junk (script, markup, social) off the candidates of the code lines
    (rule_of: a candidate's rule)."""
    for index in [i for i in candidates if i in code]:
        candidates[index] = tuple(c for c in candidates[index] if rule_of(c).category not in _CODE_SPARED_CATEGORIES)


def _itself(rule: Rule) -> Rule:
    return rule


def apply_rules(
    lines: tuple[str, ...],
    profiles: Iterable[Profile],
    *,
    code: Container[int] = (),
    thresholds: Thresholds | None = None,
) -> tuple[list[tuple[int, str]], list[Removal]]:
    """Split lines into kept (with their 1-based numbers) and removed, by the profiles' rules (code, thresholds:
    see apply_ruleset)."""
    return apply_ruleset(lines, compile_rules(tuple(profiles)), code=code, thresholds=thresholds)


def gaps_of(kept: list[tuple[int, str]], total: int) -> dict[int, int]:
    """Indices into the kept lines where removed lines sat just before (len(kept) when the last lines went),
    each with how many lines were removed there."""
    gaps: dict[int, int] = {}
    previous = 0
    for index, (number, _text) in enumerate(kept):
        if number - 1 != previous:
            gaps[index] = number - 1 - previous
        previous = number
    if previous != total:
        gaps[len(kept)] = total - previous
    return gaps


def article_ends_of(
    kept: list[tuple[int, str]], removed: list[Removal], profiles: Iterable[Profile]
) -> tuple[int, ...]:
    """Indices into the kept lines right after each removed line that closes the article (a rule marked
    ends_article, such as a copyright footer), in order and without repeats."""
    if not removed:
        return ()
    closing = frozenset().union(*(profile.closing_rules for profile in profiles))
    if not closing:
        return ()
    numbers = [number for number, _text in kept]
    return tuple(sorted({bisect_left(numbers, r.line_no) for r in removed if r.rule in closing and r.line_no}))
