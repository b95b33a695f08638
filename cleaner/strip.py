"""Apply the explicit rules (generic profile, then the site's) to lines; every removal is named."""

from __future__ import annotations

from collections.abc import Iterable

from cleaner.model import Removal
from cleaner.rules import Profile, Rule


def _word_count(line: str) -> int:
    return len(line.split())


def _line_rule(line: str, rules: Iterable[Rule]) -> Rule | None:
    """The first line- or block-scoped rule that drops this line, if any."""
    for rule in rules:
        if rule.scope not in ("line", "block", "tail"):
            continue
        if rule.max_words is not None and _word_count(line) > rule.max_words:
            continue
        if rule.pattern.search(line):
            return rule
    return None


def strip_spans(line: str, rules: Iterable[Rule]) -> tuple[str, list[Removal]]:
    """Cut span-scoped matches out of a line (junk glued inside a paragraph)."""
    removed: list[Removal] = []
    for rule in rules:
        if rule.scope != "span":
            continue

        def _cut(match: object, rule: Rule = rule) -> str:
            text = match.group(0)  # type: ignore[attr-defined]
            removed.append(Removal(text=text.strip(), rule=rule.name, category=rule.category, line_no=0))
            return " "

        line = rule.pattern.sub(_cut, line)
    return " ".join(line.split()), removed


def apply_rules(lines: tuple[str, ...], profiles: Iterable[Profile]) -> tuple[list[tuple[int, str]], list[Removal]]:
    """Split lines into kept (with their 1-based numbers) and removed, by the profiles' rules."""
    rules = [rule for profile in profiles for rule in profile.rules]
    kept: list[tuple[int, str]] = []
    removed: list[Removal] = []
    block: Rule | None = None
    for number, line in enumerate(lines, start=1):
        if block is not None and block.follow is not None:
            if _word_count(line) <= block.follow_max_words and block.follow.search(line):
                removed.append(Removal(line, block.name, block.category, number))
                continue
            block = None
        rule = _line_rule(line, rules)
        if rule is not None:
            removed.append(Removal(line, rule.name, rule.category, number))
            if rule.scope == "block":
                block = rule
            elif rule.scope == "tail":
                removed.extend(
                    Removal(rest, rule.name, rule.category, n)
                    for n, rest in enumerate(lines[number:], start=number + 1)
                )
                break
            continue
        text, spans = strip_spans(line, rules)
        removed.extend(Removal(s.text, s.rule, s.category, number) for s in spans)
        if text:
            kept.append((number, text))
    return kept, removed
