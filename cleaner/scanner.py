"""Find the lines that many line patterns may match, cheaply: mostly C-level string search, not regex per line.

A text dump has thousands of lines and the rules are dozens of regexes; testing each rule on each line costs
far more than the speed budget allows. Each pattern is split into its top-level alternatives, and each
alternative is indexed by what it needs (cleaner/regexinfo.py):
- anchored at the line start with known first characters: run only on lines starting with one of them;
- containing a required literal: the lines whose lower-cased text contains it (str.find over the joined text);
- otherwise: one combined regex over the joined text (anchored ones behind a literal newline).
A hit makes its line a candidate; the caller applies the exact rule to that line alone, so a candidate that
is no real match costs a little time and nothing else.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import add, itemgetter
from typing import Any, TypeVar

from cleaner import warm_cache
from cleaner.literals import LiteralLines, Utf8Lines, caseless_text, hyperscan_available
from cleaner.regex_parts import line_bound, split_alternatives, without_leading_lookarounds
from cleaner.regexinfo import (
    first_chars,
    leading_branches,
    literal_weight,
    parse_sequence,
    required_literals,
)

_FLAG_LETTERS = ((re.I, "i"), (re.S, "s"), (re.X, "x"))
_FIRST_CHARACTER = itemgetter(slice(None, 1))  # line[:1], as a C-level function
_TIERS = (12, 40)
_MIN_ALTERNATION_LITERALS = 20  # what only rules of short lines need is searched in those lines only


def _alternatives(pattern: str, *, verbose: bool) -> list[tuple[bool, str]]:
    """The pattern's alternatives to index, each as (anchored at the line start, body without the "^"). For
    candidates the bodies may match more than the pattern: leading lookarounds are dropped (the rule checks
    them later, and a leading "(?!.*[.!?]$)" costs a scan of the whole line at every try); an anchored one
    starting with a group of alternatives is split into them (fewer tried per line, by its first characters)."""
    if verbose:
        return [(False, pattern)]
    found: list[tuple[bool, str]] = []
    for alternative in split_alternatives(pattern):
        if alternative.startswith("^"):
            found.extend((True, branch) for branch in leading_branches(_without_leading_lookarounds(alternative[1:])))
        else:
            found.append((False, _without_leading_lookarounds(alternative)))
    return found


_STRONG_LITERAL = 5  # with one-pass literal search, literals this selective beat a line-start regex


def _literal_index(
    body: str, chars: frozenset[str] | None, *, ignore_case: bool, prefer_literals: bool
) -> tuple[str, frozenset[str] | None]:
    """How an alternative is indexed: by the literals every match holds ("exact": as written, "lowered": in
    the lower-cased line), or by regex ("regex": its first characters when chars is given). An anchored one
    is indexed by its first characters unless literals are found in one pass and they are selective."""
    if chars is not None and not prefer_literals:
        return "regex", None
    exact = None if ignore_case else required_literals(body, exact=True)
    found = required_literals(body, ignore_case=ignore_case)
    kind, needed = "regex", None
    if exact is not None and (found is None or min(map(len, exact)) >= min(map(len, found))):
        kind, needed = "exact", exact
    elif found is not None:
        kind, needed = "lowered", found
    if chars is not None and needed is not None and min(map(literal_weight, needed)) < _STRONG_LITERAL:
        return "regex", None
    return kind, needed


# Symbols that prose seldom holds: a floating alternative that needs one of a few of them ("[|·•] ") is searched
# by those characters as literals (one Hyperscan pass) instead of by a regex that stops at every capital letter.
_RARE_SYMBOLS = frozenset("|<>{}[]\\=$@#%^~*_/©®™·•►▶▸")
_MAX_RARE_SYMBOLS = 4


def _rare_symbols(body: str, *, ignore_case: bool) -> frozenset[str] | None:
    """A few rare symbols one of which every match of the alternative holds (a top-level character or class that
    must occur), or None."""
    atoms = parse_sequence(body, ignore_case=ignore_case)
    for atom in atoms or ():
        if (
            atom.kind in ("lit", "set")
            and atom.min_count >= 1
            and 0 < len(atom.chars) <= _MAX_RARE_SYMBOLS
            and atom.chars <= _RARE_SYMBOLS
        ):
            return atom.chars
    return None


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _without_leading_lookarounds(body: str) -> str:
    """The alternative without the lookarounds it starts with: a candidate needs only a superset of the matches,
    and a leading "(?!.*[.!?]$)" costs a scan of the whole line at every try (the rule itself checks it later)."""
    return without_leading_lookarounds(body, _LOOKAROUNDS)


def _scoped(body: str, flags: int) -> str:
    letters = "".join(letter for bit, letter in _FLAG_LETTERS if flags & bit)
    return f"(?{letters}:{body}{chr(10) if flags & re.X else ''})" if letters else f"(?:{body})"


class _LazyRegex:
    """A regex compiled on its first use: the first-character slots hold hundreds of alternations (over a second
    to compile at start-up), and a run meets only some of them; with Hyperscan installed, the literal
    alternations are never searched (compiling them cost each process's first dump some 20 ms). match and search
    are the compiled pattern's own methods once compiled (no Python-level call per line after the first)."""

    __slots__ = ("_source", "match", "search")

    def __init__(self, source: str) -> None:
        self._source = source
        self.match: Callable[..., re.Match[str] | None] = self._compile_and_match
        self.search: Callable[..., re.Match[str] | None] = self._compile_and_search

    def _compile_and_match(self, text: str, *position: int) -> re.Match[str] | None:
        self.compile()
        return self.match(text, *position)

    def _compile_and_search(self, text: str, *position: int) -> re.Match[str] | None:
        self.compile()
        return self.search(text, *position)

    @property
    def compiled(self) -> bool:
        """True once the regex is compiled."""
        return self.match != self._compile_and_match

    def compile(self) -> None:
        """Compile now (once): what the first match or search would do."""
        if self.compiled:
            return
        try:
            pattern = re.compile(self._source)
        except re.error:  # alternatives that do not stand alone: every line is a candidate, the rules decide
            pattern = re.compile("")
        self.match, self.search = pattern.match, pattern.search


# How one alternative of a pattern is indexed: anchored at the line start, its body, its first characters (anchored
# ones, when known), and its index kind ("exact", "lowered", "regex") with the literals or symbols it needs.
_Analysis = tuple[bool, str, frozenset[str] | None, str, frozenset[str] | None]


def _analyse(source: str, flags: int, *, prefer_literals: bool) -> tuple[_Analysis, ...]:
    """How each alternative of a pattern is indexed (the regexinfo reading of its text: the slow part of building
    a scanner, some 3,600 alternatives for the bundled rules)."""
    ignore_case = bool(flags & re.I)
    verbose = bool(flags & re.X)
    found: list[_Analysis] = []
    for is_anchored, body in _alternatives(source, verbose=verbose):
        chars = first_chars(body, ignore_case=ignore_case) if is_anchored else None
        kind, needed = (
            ("regex", None)
            if verbose
            else _literal_index(body, chars, ignore_case=ignore_case, prefer_literals=prefer_literals)
        )
        if kind == "regex" and chars is None and not verbose:
            symbols = _rare_symbols(body, ignore_case=ignore_case)
            if symbols is not None:
                kind, needed = "exact", symbols
        found.append((is_anchored, body, chars, kind, needed))
    return tuple(found)


def _analysed(source: str, flags: int, *, prefer_literals: bool) -> tuple[_Analysis, ...]:
    """_analyse, remembered in the process and on disk (cleaner/warm_cache.py): a fresh process reads the
    analyses instead of parsing every rule's regex again (about 0.3 s of each process's first dump)."""
    key = (source, flags, prefer_literals)
    found: tuple[_Analysis, ...] | None = _ANALYSES.get(key)
    if found is None:
        found = _analyse(source, flags, prefer_literals=prefer_literals)
        _ANALYSES.put(key, found)
    return found


# the modules whose code decides an analysis: a cached one is read only by the same code
_ANALYSIS_CODE = ("scanner", "regexinfo", "regex_parts")


def _analyses_entry() -> str:
    """The cache entry's name for analyses made by this code ("" when its source cannot be read)."""
    source = warm_cache.source_of(
        getattr(sys.modules.get(f"cleaner.{name}"), "__file__", None) for name in _ANALYSIS_CODE
    )
    return f"scanner-analyses-{warm_cache.entry_key(source)}.marshal" if source else ""


_ANALYSES = warm_cache.Store(_analyses_entry)


class LineScanner:
    """Candidate lines for a list of patterns: for each line that some pattern may match, the indices of the
    patterns that may match it (a superset of the exact matches)."""

    def __init__(
        self,
        patterns: Iterable[re.Pattern[str]],
        *,
        word_ranges: Sequence[tuple[int, int | None]] = (),
        use_hyperscan: bool = True,
    ) -> None:
        """word_ranges: per pattern, the (min, max) word counts of the lines it may match (max None: any).
        use_hyperscan: find the literals in one Hyperscan pass when it is installed (False: one by one)."""
        patterns = tuple(patterns)
        ranges = tuple(word_ranges) or tuple((0, None) for _ in patterns)
        self._cuts = tuple(
            sorted({high + 1 for _low, high in ranges if high is not None} | {r[0] for r in ranges} - {0})
        )
        bands = [0, *self._cuts]
        prefer_literals = use_hyperscan and hyperscan_available()
        by_first: dict[tuple[str, int], list[tuple[int, str]]] = {}
        literals: dict[str, set[int]] = {}
        exact_literals: dict[str, set[int]] = {}
        anchored: list[tuple[int, str]] = []
        floating: list[tuple[int, str]] = []
        for key, (pattern, (low, high)) in enumerate(zip(patterns, ranges, strict=True)):
            in_bands = [
                band
                for band, start in enumerate(bands)
                if (high is None or start <= high) and (band + 1 >= len(bands) or bands[band + 1] > low)
            ]
            for is_anchored, body, chars, kind, needed in _analysed(
                pattern.pattern, pattern.flags, prefer_literals=prefer_literals
            ):
                prefilter = _scoped(body, pattern.flags)
                if kind == "exact":
                    for literal in needed or ():
                        exact_literals.setdefault(literal, set()).add(key)
                elif kind == "lowered":
                    for literal in needed or ():
                        literals.setdefault(literal, set()).add(key)
                elif chars is not None:
                    for char in chars:
                        for band in in_bands:
                            by_first.setdefault((char, band), []).append((key, prefilter))
                else:
                    (anchored if is_anchored else floating).append((key, prefilter))
        compiled: dict[tuple[tuple[int, str], ...], tuple[_LazyRegex, frozenset[int]]] = {}
        self._first = {
            slot: compiled.setdefault(
                tuple(alts), (_LazyRegex("|".join(a for _k, a in alts)), frozenset(k for k, _a in alts))
            )
            for slot, alts in by_first.items()
        }
        limits = [high for _low, high in ranges]
        self._literals = _tiered(literals, limits, _literal_group)
        self._exact_literals = _tiered(exact_literals, limits, _literal_group)
        self._exact_engine = _engine(self._exact_literals) if use_hyperscan else None
        self._lowered_engine = _engine(self._literals, caseless=True) if use_hyperscan else None
        self._anchored = _tiered(
            {i: {k} for i, (k, _a) in enumerate(anchored)},
            limits,
            lambda found: _combined([anchored[i] for i in sorted(found)], prefix="\\n"),
        )
        self._floating = _tiered(
            {i: {k} for i, (k, _a) in enumerate(floating)},
            limits,
            lambda found: _combined([floating[i] for i in sorted(found)], prefix=""),
        )
        self.empty = not (by_first or literals or exact_literals or anchored or floating)
        # alternatives with neither a literal nor a first character to index them by: each is searched for over
        # the whole dump, the dearest path (a scoped flag such as (?-i:...) hides a pattern's literals)
        self.unindexed = len(anchored) + len(floating)

    def compile_all(self) -> None:
        """Compile every first-character slot now instead of on first use (a long-running service pays the
        second or so at start-up, not on its first dumps)."""
        for pattern, _keys in self._first.values():
            pattern.compile()

    @property
    def compiled(self) -> bool:
        """True when every first-character slot's regex is compiled (no line will pay for one)."""
        return all(pattern.compiled for pattern, _keys in self._first.values())

    def hits(self, lines: Sequence[str], joined: JoinedLines | None = None) -> dict[int, set[int]]:
        """For each line some pattern may match, the indices of those patterns (lines are whitespace-normalized:
        single spaces, no leading or trailing space). joined: the same lines' JoinedLines, when another scan of
        them built it already."""
        if len(lines) == 1:  # the header asks about single lines: no joined texts, no regex per literal
            keys = self._line_hits(lines[0])
            return {0: keys} if keys else {}
        found: dict[int, set[int]] = {}
        texts = joined if joined is not None and joined.lines is lines else JoinedLines(lines)
        words = texts.words
        first = self._first
        if first:
            # each line's slot (first character, word-count band) looked up by C-level loops; Python only for a match
            slots = zip(map(_FIRST_CHARACTER, lines), map(partial(bisect_right, self._cuts), words), strict=True)
            for index, entry in enumerate(map(first.get, slots)):
                if entry is not None and entry[0].match(lines[index]):
                    found.setdefault(index, set()).update(entry[1])
        if self._exact_engine is not None:
            self._exact_engine.add_hits(texts.utf8(lowered=False), words, found)
        else:
            for tier, literals in self._exact_literals:
                _find_all(literals, *texts.joined(tier), found)
        if self._lowered_engine is not None:
            self._lowered_engine.add_hits(texts.caseless_utf8(), words, found)
        else:
            for tier, literals in self._literals:
                _find_all(literals, *texts.lowered(tier), found)
        for tier, combined in self._anchored:
            if combined is not None:
                _collect_regex(combined, *texts.joined(tier), found, shift=1)
        for tier, combined in self._floating:
            if combined is not None:  # searched in all lines: a search skips through text faster than a join
                _collect_regex(combined, *texts.joined(None), found, shift=0, tier=tier, words=words)
        return found

    def _line_hits(self, line: str) -> set[int]:
        """hits() of one line: what the joined-text searches find, asked of the line directly."""
        words = line.count(" ") + 1
        keys: set[int] = set()
        entry = self._first.get((line[:1], bisect_right(self._cuts, words)))
        if entry is not None and entry[0].match(line):
            keys.update(entry[1])
        segment = line + "\n"  # a literal may end with the line's newline
        if self._exact_engine is not None:  # one scan instead of an `in` per literal (hundreds)
            self._exact_engine.add_line_hits(segment, words, keys)
        else:
            for tier, (_search, literals) in self._exact_literals:
                if tier is None or words <= tier:
                    keys.update(*(literal_keys for literal, literal_keys in literals if literal in segment))
        if self._lowered_engine is not None:
            self._lowered_engine.add_line_hits(caseless_text(segment), words, keys)
        else:
            lowered = _same_length_lower(line) + "\n"
            for tier, (_search, literals) in self._literals:
                if tier is None or words <= tier:
                    keys.update(*(literal_keys for literal, literal_keys in literals if literal in lowered))
        joined = "\n" + segment
        for tier, combined in self._anchored:
            if combined is not None and (tier is None or words <= tier) and combined[0].match(joined):
                keys.update(combined[1])
        for tier, combined in self._floating:
            if combined is not None and (tier is None or words <= tier):
                match = combined[0].search(joined)
                if match is not None and match.start() < len(joined):
                    keys.update(combined[1])
        return keys


_T = TypeVar("_T")


def _tiered(
    entries: dict[Any, set[int]], limits: Sequence[int | None], build: Callable[[dict[Any, set[int]]], _T]
) -> tuple[tuple[int | None, _T], ...]:
    """Entries grouped by the word-count tier their patterns need (the widest max_words of their keys):
    what only short-line rules need is searched in the short lines only."""
    tiers: dict[int | None, dict[Any, set[int]]] = {}
    for entry, keys in entries.items():
        widest = None if any(limits[k] is None for k in keys) else max(limits[k] or 0 for k in keys)
        tier = next((t for t in _TIERS if widest is not None and widest <= t), None)
        tiers.setdefault(tier, {})[entry] = keys
    return tuple((tier, build(found)) for tier, found in tiers.items())


class JoinedLines:
    """The lines of one scan joined by newlines, per word-count tier, as they are and lower-cased (built once,
    on demand, and shared by the scans of the same lines), and each line's word count."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.words = list(map(add, map(str.count, lines, repeat(" ")), repeat(1)))  # C-level loops
        self._utf8: dict[bool, Utf8Lines] = {}
        self._joined: dict[int | None, tuple[str, list[int], Sequence[int]]] = {}
        self._lowered: dict[int | None, tuple[str, list[int], Sequence[int]]] = {}

    def joined(self, tier: int | None) -> tuple[str, list[int], Sequence[int]]:
        if tier not in self._joined:
            members: Sequence[int] = (
                range(len(self.lines))
                if tier is None
                else list(compress(range(len(self.words)), map(tier.__ge__, self.words)))
            )
            text, starts = _joined(list(map(self.lines.__getitem__, members)) if tier is not None else self.lines)
            self._joined[tier] = (text, starts, members)
        return self._joined[tier]

    def utf8(self, *, lowered: bool) -> Utf8Lines:
        """All the lines joined, as they are or lower-cased, as UTF-8 for the Hyperscan literal search."""
        if lowered not in self._utf8:
            self._utf8[lowered] = Utf8Lines((self.lowered if lowered else self.joined)(None)[0])
        return self._utf8[lowered]

    def caseless_utf8(self) -> Utf8Lines:
        """All the lines joined as UTF-8 for a caseless Hyperscan search (LiteralLines(caseless=True)): as they
        are, the same bytes as utf8(lowered=False), unless a KELVIN SIGN needs replacing."""
        text = self.joined(None)[0]
        caseless = caseless_text(text)
        return self.utf8(lowered=False) if caseless is text else Utf8Lines(caseless)

    def lowered(self, tier: int | None) -> tuple[str, list[int], Sequence[int]]:
        if tier not in self._lowered:
            text, starts, members = self.joined(tier)
            lowered = text.lower()
            if len(lowered) != len(text):  # İ and a few more grow when lower-cased: lower line by line
                lowered = "\n" + "\n".join(_same_length_lower(self.lines[i]) for i in members) + "\n"
            self._lowered[tier] = (lowered, starts, members)
        return self._lowered[tier]


def _same_length_lower(line: str) -> str:
    """The line lower-cased character by character, keeping a character whose lower case is longer."""
    lowered = line.lower()
    return lowered if len(lowered) == len(line) else "".join(c if len(c.lower()) != 1 else c.lower() for c in line)


def _joined(lines: Sequence[str]) -> tuple[str, list[int]]:
    """The lines joined by newlines (with one before and after), and where each line starts in it."""
    starts = list(map(add, accumulate(map(len, lines), initial=0), range(1, len(lines) + 2)))
    return "\n" + "\n".join(lines) + "\n", starts


def _find_all(
    group: _LiteralGroup, text: str, starts: list[int], members: Sequence[int], found: dict[int, set[int]]
) -> None:
    """Add the line of every occurrence of each literal in the joined text (one hit per line is enough).

    One alternation of all the literals finds the next line holding any of them (one pass over the text instead
    of one per literal); that line alone is then checked for each literal with `in`."""
    finder, literals = group
    if finder is None:
        _find_each(literals, text, starts, members, found)
        return
    count = len(starts) - 1
    match = finder.search(text)
    while match is not None:
        line = bisect_right(starts, match.start()) - 1
        if line >= count:
            break
        segment = text[starts[line] : starts[line + 1]]  # the line and its newline (a literal may end with one)
        keys = found.setdefault(members[line], set())
        for literal, literal_keys in literals:
            if literal in segment:
                keys.update(literal_keys)
        match = finder.search(text, starts[line + 1] - 1) if line + 1 < count else None


def _find_each(
    literals: tuple[tuple[str, frozenset[int]], ...],
    text: str,
    starts: list[int],
    members: Sequence[int],
    found: dict[int, set[int]],
) -> None:
    """_find_all literal by literal (a compiled literal regex searches faster than str.find on wide strings)."""
    count = len(starts) - 1
    for literal, keys in literals:
        search = _literal_pattern(literal).search
        match = search(text)
        while match is not None:
            line = bisect_right(starts, match.start()) - 1
            if line >= count:
                break
            found.setdefault(members[line], set()).update(keys)
            match = search(text, starts[line + 1] - 1) if line + 1 < count else None


@lru_cache(maxsize=4096)
def _literal_pattern(literal: str) -> re.Pattern[str]:
    return re.compile(re.escape(literal))


_Literals = tuple[tuple[str, frozenset[int]], ...]
# A search for any of the literals (None: search them one by one), and the literals with their pattern keys.
_LiteralGroup = tuple[_LazyRegex | None, _Literals]


def _literal_group(literals: dict[str, set[int]]) -> _LiteralGroup:
    """The minimal literals and, for many of them, one alternation that finds any of them: a literal regex
    skips through text at about 1 ns a character, an alternation at 5-15 (it stops at every character a
    literal starts with), so one search per literal is cheaper below some 20 literals, or when lower-case
    initials (most characters of prose) stop the alternation everywhere. A literal with a newline other than a
    final one could start in one line and be found in another's segment: such groups are searched one by one."""
    minimal = _minimal_literals(literals)
    prose_initials = sum(1 for literal, _keys in minimal if literal[:1].islower() or literal[:1].isspace())
    inner_newline = any("\n" in literal[:-1] for literal, _keys in minimal)
    if len(minimal) - prose_initials < _MIN_ALTERNATION_LITERALS or inner_newline:
        return None, minimal
    by_length = sorted((literal for literal, _keys in minimal), key=len, reverse=True)
    return _LazyRegex("|".join(map(re.escape, by_length))), minimal


def _minimal_literals(literals: dict[str, set[int]]) -> _Literals:
    """Drop literals that contain a shorter one (a line holding "cookies" holds "cookie"), merging their keys."""
    merged: dict[str, set[int]] = {}
    for literal in sorted(literals, key=len):
        shorter = next((kept for kept in merged if kept in literal), None)
        merged.setdefault(shorter or literal, set()).update(literals[literal])
    return tuple((literal, frozenset(keys)) for literal, keys in sorted(merged.items()))


def _engine(groups: tuple[tuple[int | None, _LiteralGroup], ...], *, caseless: bool = False) -> LiteralLines | None:
    """All the tiers' literals in one Hyperscan scan (None without Hyperscan, or without literals). caseless: the
    lower-case literals are found in the lines as if lower-cased (without lower-casing them)."""
    return LiteralLines.build(
        ((literal, tier, keys) for tier, (_search, literals) in groups for literal, keys in literals), caseless=caseless
    )


_Combined = tuple[re.Pattern[str], frozenset[int]]  # one regex for some alternatives, and their pattern keys


def _combined(alternatives: list[tuple[int, str]], *, prefix: str) -> _Combined | None:
    """One regex over the joined text for alternatives that have no cheaper index."""
    if not alternatives:
        return None
    body = "|".join(line_bound(alternative) for _key, alternative in alternatives)
    return re.compile(f"{prefix}(?:{body})", re.M), frozenset(key for key, _a in alternatives)


def _collect_regex(
    combined: _Combined,
    text: str,
    starts: list[int],
    members: Sequence[int],
    found: dict[int, set[int]],
    *,
    shift: int,
    tier: int | None = None,
    words: Sequence[int] = (),
) -> None:
    """Add the line of every match, with all the combined patterns' keys (a match shows only the first
    alternative that matched there). After a hit, search on from the next line: a match that ran over a
    line end must not hide the next line's own match. tier: only lines of at most this many words count."""
    pattern, keys = combined
    count = len(starts) - 1
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        line = bisect_right(starts, match.start() + shift) - 1
        if line >= count:
            return
        if tier is None or words[members[line]] <= tier:
            found.setdefault(members[line], set()).update(keys)
        if line + 1 >= count:
            return
        position = starts[line + 1] - shift


__all__ = ["JoinedLines", "LineScanner"]
