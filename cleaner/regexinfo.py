"""Read what a rule's regex needs to match, so that lines can be skipped without running it.

Two facts are read from a regex's text, conservatively (None when unsure, and the caller then runs the
regex on every line):
- first_chars: the characters a match anchored at the line start can begin with;
- required_literals: strings of which every match contains at least one.
Only the common regex syntax is understood; anything else makes the answer None, never a wrong answer.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from cleaner.regex_parts import closing_bracket, closing_paren, split_alternatives

_WHITESPACE = frozenset(" \t\n\r\f\v\xa0")
_CLASS_ESCAPES = {"d": frozenset(string.digits), "s": _WHITESPACE}
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_UNKNOWN_ESCAPES = frozenset("wWDSpPuUxN0123456789")
_QUANTIFIER = re.compile(r"\?|\*|\+|\{(\d*)(,?)(\d*)\}")
_MIN_LITERAL = 3
_MAX_END_CHARS = 4
_RARE = frozenset("<>{}[]|\\=$@#%^~*_;/©")


@dataclass(frozen=True, slots=True)
class Atom:
    """One element of a regex sequence: a literal char, a group's branches, a char set, or something else."""

    kind: str  # "lit", "group", "set", "zero" (zero-width), "end" ($), "other"
    chars: frozenset[str] = frozenset()  # lit: the char (both cases when case-insensitive); set: its members
    branches: tuple[str, ...] = ()
    ignore_case: bool = False
    min_count: int = 1
    single: bool = True  # matches exactly once (no quantifier that may repeat)


def _class_members(body: str) -> frozenset[str] | None:
    """Members of a simple positive character class body; None for negated or complex ones."""
    if body.startswith("^"):
        return None
    members: set[str] = set()
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            escaped = body[index + 1 : index + 2]
            if escaped in _CLASS_ESCAPES:
                members |= _CLASS_ESCAPES[escaped]
            elif not escaped or escaped.isalnum():
                return None
            else:
                members.add(escaped)
            index += 2
        elif body[index + 1 : index + 2] == "-" and index + 2 < len(body):
            low, high = char, body[index + 2]
            if ord(high) - ord(low) > 256:
                return None
            members |= {chr(code) for code in range(ord(low), ord(high) + 1)}
            index += 3
        else:
            members.add(char)
            index += 1
    return frozenset(members)


def _cased(chars: frozenset[str], ignore_case: bool) -> frozenset[str]:
    if not ignore_case:
        return chars
    return frozenset(c for char in chars for c in (char, char.lower(), char.upper()))


def parse_sequence(pattern: str, *, ignore_case: bool = False) -> list[Atom] | None:
    """The top-level atoms of a regex without top-level alternation; None for syntax not understood."""
    atoms: list[Atom] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        end = index + 1
        if char == "\\":
            escaped = pattern[index + 1 : index + 2]
            end = index + 2
            if escaped in _ZERO_WIDTH_ESCAPES:
                atom = Atom("zero")
            elif escaped in _CLASS_ESCAPES:
                atom = Atom("set", _CLASS_ESCAPES[escaped])
            elif escaped in _UNKNOWN_ESCAPES or escaped.isalpha():
                atom = Atom("other")
            else:
                atom = Atom("lit", _cased(frozenset(escaped), ignore_case))
        elif char == "[":
            end = closing_bracket(pattern, index) + 1
            members = _class_members(pattern[index + 1 : end - 1])
            atom = Atom("set", _cased(members, ignore_case)) if members is not None else Atom("other")
        elif char == "(":
            end = closing_paren(pattern, index) + 1
            inner = pattern[index + 1 : end - 1]
            flags = re.match(r"\?([imsx]*):", inner)
            if inner.startswith("?="):  # zero-width, but what it needs follows the match in the same line
                atom = Atom("zero", branches=tuple(split_alternatives(inner[2:])), ignore_case=ignore_case)
            elif inner.startswith(("?!", "?<=", "?<!")):
                atom = Atom("zero")
            elif flags or not inner.startswith("?"):
                body = inner[flags.end() :] if flags else inner
                case = ignore_case or (flags is not None and "i" in flags.group(1))
                atom = Atom("group", branches=tuple(split_alternatives(body)), ignore_case=case)
            else:
                return None
        elif char == "^":
            atom = Atom("zero")
        elif char == "$":
            atom = Atom("end")
        elif char == ".":
            atom = Atom("other")
        elif char in "|)":
            return None
        else:
            atom = Atom("lit", _cased(frozenset(char), ignore_case))
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier:
            text = quantifier.group(0)
            low = 0 if text in "?*" else 1 if text == "+" else int(quantifier.group(1) or 0)
            single = text not in "*+" and not (
                quantifier.group(2) or (quantifier.group(3) and quantifier.group(3) != "1")
            )
            atom = Atom(atom.kind, atom.chars, atom.branches, atom.ignore_case, low, single and low == 1)
            end = quantifier.end()
            if pattern[end : end + 1] == "?":
                end += 1
        atoms.append(atom)
        index = end
    return atoms


_MAX_BRANCHES = 256
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def leading_branches(pattern: str) -> list[str]:
    """The pattern as alternatives with the same matches, when it starts (after at most one other atom) with a
    plain group of alternatives: "x?(?:a|b)c" is "x?ac" or "x?bc". Each alternative has narrower first
    characters and literals than the whole, so a line is tried against fewer of them. Else [pattern]."""
    if _BACKREFERENCE.search(pattern):  # copies of groups would renumber them
        return [pattern]
    index = 0
    for _atom in range(2):
        if index >= len(pattern):
            break
        char = pattern[index]
        if char == "\\":
            end = index + 2
        elif char == "[":
            end = closing_bracket(pattern, index) + 1
        elif char == "(":
            end = closing_paren(pattern, index) + 1
            quantified = _QUANTIFIER.match(pattern, end) is not None
            if pattern.startswith("(?:", index) and not quantified and end <= len(pattern):
                branches = _split_top(pattern[index + 3 : end - 1])
                if 1 < len(branches) <= _MAX_BRANCHES:
                    return [pattern[:index] + branch + pattern[end:] for branch in branches]
            return [pattern]
        elif char in "|)":
            return [pattern]
        else:
            end = index + 1
        quantifier = _QUANTIFIER.match(pattern, end)
        index = quantifier.end() + (pattern[quantifier.end() : quantifier.end() + 1] == "?") if quantifier else end
    return [pattern]


def _split_top(pattern: str) -> list[str]:
    return split_alternatives(pattern)


@lru_cache(maxsize=8192)  # each profile combination's scanner asks again about the generic rules
def first_chars(pattern: str, *, ignore_case: bool = False) -> frozenset[str] | None:
    """The characters a match of the pattern (anchored at its start) can begin with; None when unsure."""
    atoms = parse_sequence(pattern, ignore_case=ignore_case)
    if atoms is None:
        return None
    found: set[str] = set()
    for atom in atoms:
        if atom.kind in ("zero", "end"):
            continue
        if atom.kind in ("lit", "set"):
            found |= atom.chars
        elif atom.kind == "group":
            for branch in atom.branches:
                chars = first_chars(branch, ignore_case=atom.ignore_case)
                if chars is None:
                    return None
                found |= chars
        else:
            return None
        if atom.min_count >= 1:
            return frozenset(found)
    return None  # the pattern may match an empty string


def _literal_runs(atoms: list[Atom], *, exact: bool = False) -> list[str]:
    """Literal strings every match contains; a run that ends the line gets the newline that ends it in text
    joined by newlines (lines are whitespace-normalized, so trailing optional spaces before $ match nothing)."""
    trimmed = [
        atom
        for index, atom in enumerate(atoms)
        if not (
            atom.kind == "set"
            and atom.min_count == 0
            and atom.chars <= _WHITESPACE
            and index + 1 < len(atoms)
            and atoms[index + 1].kind == "end"
        )
    ]
    runs: list[str] = []
    current = ""
    for atom in trimmed:
        if atom.kind == "end" and current:
            runs.append(current + "\n")
            current = ""
            continue
        one_char = len(atom.chars) == 1 if exact else len({c.lower() for c in atom.chars}) == 1
        if atom.kind == "lit" and atom.min_count >= 1 and one_char:
            current += min(atom.chars) if exact else min(atom.chars).lower()
            if not atom.single:
                runs.append(current)
                current = ""
            continue
        if current:
            runs.append(current)
        current = ""
    return [*runs, current] if current else runs


@lru_cache(maxsize=8192)
def required_literals(pattern: str, *, ignore_case: bool = False, exact: bool = False) -> frozenset[str] | None:
    """Strings of which every match contains one; None when unsure. Lower-case (compare with a lower-cased
    line), or with exact=True for a case-sensitive pattern, as written (compare with the line itself)."""
    atoms = parse_sequence(pattern, ignore_case=ignore_case)
    if atoms is None:
        return None
    runs = [run for run in _literal_runs(atoms, exact=exact) if _selective(run, exact=exact)]
    candidates: list[frozenset[str]] = [frozenset({run}) for run in runs]
    ending = _line_end_chars(atoms, exact=exact)
    if ending is not None:
        candidates.append(ending)
    for atom in atoms:  # a group that must match, or a lookahead: one of its branches' literals is in the line
        if atom.kind not in ("group", "zero") or not atom.branches or atom.min_count < 1:
            continue
        options: set[str] = set()
        for branch in atom.branches:
            found = required_literals(branch, ignore_case=atom.ignore_case, exact=exact)
            if found is None:
                break
            options |= found
        else:
            candidates.append(frozenset(options))
    if not candidates:
        return None
    return max(candidates, key=lambda option: (min(map(literal_weight, option)), -len(option)))


def _line_end_chars(atoms: list[Atom], *, exact: bool = False) -> frozenset[str] | None:
    """A few characters one of which ends every match at the line end ("[({]\\s*$"), each with its newline."""
    core = [atom for atom in atoms if atom.kind != "zero"]
    while len(core) >= 2 and core[-2].kind == "set" and core[-2].min_count == 0 and core[-2].chars <= _WHITESPACE:
        del core[-2]
    if len(core) < 2 or core[-1].kind != "end":
        return None
    last = core[-2]
    if last.kind not in ("set", "lit") or last.min_count < 1 or len(last.chars) > _MAX_END_CHARS:
        return None
    if exact and len(last.chars) != len({char.lower() for char in last.chars}):
        return None
    return frozenset((char if exact else char.lower()) + "\n" for char in last.chars)


def literal_weight(literal: str) -> int:
    """How selective a literal is: its length, with rare characters counting extra."""
    return len(literal.strip()) + 2 * sum(1 for char in literal if char in _RARE)


def _selective(literal: str, *, exact: bool = False) -> bool:
    """Long enough to skip most lines: 3+ characters, or fewer when they are rare in prose (a capitalised
    word with its spaces, " By ", counts when case matters, and so do two capitals, "AP")."""
    core = literal.strip()
    if exact and len(literal) >= _MIN_LITERAL and len(core) >= 2 and any(char.isupper() for char in core):
        return True
    if exact and len(core) >= 2 and core.isascii() and core.isalpha() and core.isupper():
        return True
    if len(core) >= _MIN_LITERAL or (core and all(char in _RARE for char in core)):
        return True
    return len(core) >= 2 and not any(char.isalnum() or char.isspace() for char in core)


__all__ = ["first_chars", "leading_branches", "literal_weight", "required_literals"]
