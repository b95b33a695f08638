"""Learn each site's template lines from repetition across its dumps, and drop every copy of them.

Counting (per site, by document frequency) lives in linestats.py; this module is the pure part: what one
document contributes to the counts (`make_observation`, `observation_of`), the in-memory snapshot of the
counts (`LearnedLines`), and the decision (`drop_repeated`), which follows research notes G Layer 3:

- a line is template when its key was seen in ≥ max(3, ρ·N) of the site's N documents (N ≥ 5), where ρ
  grows with the risk of dropping body text: short lines at the document's edges need 10 %, short lines
  between two body lines 25 %, sentence-like lines (quotes, wire copy) 50 % and 70 % between body lines;
- a family of lines sharing a label or first tokens ("Read more: …") is template when its tail varies and it
  was seen in ≥ 25 % of documents (40 % between body lines);
- a document in which repeated prose lines would take more than half its words is a near-duplicate of
  another dump (a re-scrape), not a page of template: its sentence-like lines are kept, unless they are
  in 80 % of the site's documents.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cleaner.errors import ConfigError
from cleaner.linekeys import (
    family_pattern_tokens,
    is_sentence_like,
    key_hash,
    key_regex,
    line_hashes,
    prefix_ids,
    word_units,
)
from cleaner.model import Removal, Result

UNKNOWN_SITE = "unknown"
RULE_NAME = "repeated_line"
CATEGORY = "template"
FAMILY_MAX_WORDS = 30  # longer lines never belong to a family
SAMPLE_MAX_CHARS = 500


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a repeated key counts as template; the shares are of the site's documents (ρ in the notes).
    The numbers are read from config/repetition.toml (load_repetition_thresholds); the defaults here mirror it."""

    min_docs: int = 5  # a site with fewer counted documents has no template yet
    min_df: int = 3  # never template below 3 documents (trafilatura keeps the first 3 copies)
    edge_share: float = 0.1  # short lines not between body lines (G Layer 3: ρ 0.05–0.2)
    embedded_share: float = 0.25  # short lines between two body lines
    embedded_min_df: int = 4
    sentence_share: float = 0.5  # sentence-like lines: quotes and wire copy recur across a story's articles
    sentence_embedded_share: float = 0.7
    sentence_min_df: int = 5
    family_share: float = 0.25  # line families ("Read more: …")
    family_embedded_share: float = 0.4
    family_min_df: int = 4
    family_top_share: float = 0.5  # its most frequent line is in at most this share of its documents
    family_plain_share: float = 0.5  # documents where the family's line is not sentence-like ("He said: …" is)
    duplicate_body_share: float = 0.5  # near-duplicate guard: most of a document's words are repeated prose
    certain_share: float = 0.8  # lines in this share of documents are template even in a near-duplicate
    window_docs: int = 1000  # a key first seen late is judged against at least this many recent documents

    def effective_docs(self, n_docs: int, first_n: int) -> int:
        """N for a key first counted at the site's first_n-th document: the documents since, at least the
        window (so a new template after a redesign is learned without waiting for ρ of all history)."""
        return min(n_docs, max(n_docs - first_n + 1, self.window_docs))

    def required_df(self, n_docs: int, *, sentence: bool, embedded: bool) -> int:
        """Documents a whole line must have been seen in to be template, by its kind and place."""
        if sentence:
            share = self.sentence_embedded_share if embedded else self.sentence_share
            return max(self.sentence_min_df, math.ceil(share * n_docs))
        if embedded:
            return max(self.embedded_min_df, math.ceil(self.embedded_share * n_docs))
        return max(self.min_df, math.ceil(self.edge_share * n_docs))

    def required_family_df(self, n_docs: int, *, embedded: bool) -> int:
        """Documents a line family must have been seen in to be template."""
        share = self.family_embedded_share if embedded else self.family_share
        return max(self.family_min_df, math.ceil(share * n_docs))

    def is_certain(self, hit: Hit) -> bool:
        """True for a count so high (most of the site's documents) that no guard keeps the line."""
        return hit.df >= self.certain_share * hit.n_docs

    def is_family(self, *, df: int, variants: int, plain_df: int, top_df: int) -> bool:
        """True for a counted prefix whose tail varies (3+ distinct lines, none in most of its documents)
        and whose lines are mostly not prose."""
        return (
            df >= self.family_min_df
            and variants >= 3
            and top_df <= self.family_top_share * df
            and plain_df >= self.family_plain_share * df
        )


@lru_cache(maxsize=8)
def load_repetition_thresholds(config_dir: Path | None = None) -> Thresholds:
    """Read config/repetition.toml over the code defaults (a missing file means the defaults); an unknown key
    is a ConfigError, so a typo never silently leaves a threshold at its default."""
    from cleaner.rules import flat_settings, read_settings_file  # rules imports the model, as this module's users do

    path, tables = read_settings_file(config_dir, "repetition.toml")
    flat = flat_settings(tables)
    unknown = sorted(set(flat) - set(Thresholds.__dataclass_fields__))
    if unknown:
        raise ConfigError(f"unknown repetition threshold(s): {', '.join(unknown)}", path=path)
    defaults = Thresholds()
    for key, value in flat.items():
        wanted = type(getattr(defaults, key))
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if not numeric or (wanted is int and not isinstance(value, int)) or value < 0:
            raise ConfigError(f"repetition threshold {key} must be a non-negative {wanted.__name__}", path=path)
    return Thresholds(**flat)


@dataclass(frozen=True, slots=True)
class SiteLines:
    """One site's counts as the stage reads them: line hash → (documents seen in, effective N), and
    family id ("label:read more") → the same, for prefixes that passed Thresholds.is_family."""

    n_docs: int
    lines: Mapping[int, tuple[int, int]]
    families: Mapping[str, tuple[int, int]]
    family_start: re.Pattern[str] | None  # matches the start of every line of those families (and more)

    @classmethod
    def build(
        cls, n_docs: int, lines: Mapping[int, tuple[int, int]], families: Mapping[str, tuple[int, int]]
    ) -> SiteLines:
        """SiteLines with the family filter compiled: one regex match rules out most lines cheaply."""
        not_word = r"(?:[^\w\n]|_)*"  # never across a line end: the pattern runs over the joined document
        starts = sorted({key_regex(family_pattern_tokens(f)[1], separator=not_word) for f in families})
        pattern = re.compile(rf"^{not_word}(?:{'|'.join(starts)})", re.I | re.M) if starts else None
        return cls(n_docs=n_docs, lines=lines, families=families, family_start=pattern)


@dataclass(frozen=True, slots=True, eq=False)
class LearnedLines:
    """An immutable in-memory snapshot of learned counts, for every site (LineStats.snapshot makes one)."""

    sites: Mapping[str, SiteLines]
    thresholds: Thresholds = field(default_factory=Thresholds)

    @property
    def documents(self) -> int:
        """Documents counted over all sites when the snapshot was taken."""
        return sum(site.n_docs for site in self.sites.values())


@dataclass(frozen=True, slots=True)
class PrefixSeen:
    """A line family one document has lines of; plain when one of them is not sentence-like."""

    key: int
    prefix: str
    plain: bool
    sample: str


@dataclass(frozen=True, slots=True)
class Observation:
    """What one document adds to its site's counts: unique line keys (hash, sample, family hashes)."""

    site: str
    doc_id: str
    lines: tuple[tuple[int, str, tuple[int, ...]], ...]
    prefixes: tuple[PrefixSeen, ...]


def site_key(*, hostname: object = None, profile: object = None, forced: str | None = None) -> str:
    """The site a document's lines are counted under: forced (--site), else its hostname without
    "www.", else its detected site profile, else "unknown" (all such dumps are counted together)."""
    if forced:
        return forced
    host = str(hostname or "").strip().lower().rstrip(".")
    if host:
        return host.removeprefix("www.")
    if profile and profile != "generic":
        return str(profile)
    return UNKNOWN_SITE


def make_observation(site: str, lines: Sequence[str], *, doc_id: str | None = None) -> Observation:
    """The observation of one document's lines (doc_id defaults to a hash of the lines)."""
    seen: dict[int, tuple[str, tuple[int, ...]]] = {}
    prefixes: dict[int, PrefixSeen] = {}
    for line, hashed in zip(lines, line_hashes(lines), strict=True):
        if hashed is None or hashed in seen:
            continue
        words = word_units(line)
        sentence = is_sentence_like(line, words=words)
        family_hashes: list[int] = []
        for prefix in prefix_ids(line, sentence=sentence) if words <= FAMILY_MAX_WORDS else ():
            prefix_hash = key_hash(prefix)
            family_hashes.append(prefix_hash)
            before = prefixes.get(prefix_hash)
            plain = not sentence or (before is not None and before.plain)
            sample = before.sample if before else line[:SAMPLE_MAX_CHARS]
            prefixes[prefix_hash] = PrefixSeen(prefix_hash, prefix, plain, sample)
        seen[hashed] = (line[:SAMPLE_MAX_CHARS], tuple(family_hashes))
    if doc_id is None:
        doc_id = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    rows = tuple((hashed, text, fams) for hashed, (text, fams) in seen.items())
    return Observation(site=site, doc_id=doc_id, lines=rows, prefixes=tuple(prefixes.values()))


def observation_of(result: Result, *, site: str | None = None) -> Observation | None:
    """What a cleaned document adds to the counts: all its lines, kept and removed (so counts do not
    depend on which rules ran), under its site key; None for input rejected before it had lines."""
    if not result.text and not result.removed:
        return None
    meta = result.metadata
    lines = [*result.text.splitlines(), *(r.text for r in result.removed)]
    key = site_key(hostname=meta.get("hostname"), profile=meta.get("profile"), forced=site)
    sha = meta.get("sha256_in")
    return make_observation(key, lines, doc_id=str(sha) if sha else None)


@dataclass(frozen=True, slots=True)
class Hit:
    """The count that makes a line template: documents seen in, of how many, and the family if by one."""

    df: int
    n_docs: int
    family: str = ""  # "label:read more" / "head:ap photo" for a family match, "" for the whole line

    @property
    def detail(self) -> str:
        """The Removal detail: "seen in 17 of 20 documents", naming the family if by one."""
        where = f"seen in {self.df} of {self.n_docs} documents"
        if not self.family:
            return where
        kind, _sep, tokens = self.family.partition(":")
        return f"lines {'starting' if kind == 'head' else 'labelled'} “{tokens}” {where}"


class _Lines:
    """The lines of one document with their word counts and sentence-likeness, computed on first use."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self._words: list[int | None] = [None] * len(lines)
        self._sentence: list[bool | None] = [None] * len(lines)

    def words(self, index: int) -> int:
        count = self._words[index]
        if count is None:
            count = self._words[index] = word_units(self.lines[index])
        return count

    def sentence(self, index: int) -> bool:
        known = self._sentence[index]
        if known is None:
            known = self._sentence[index] = is_sentence_like(self.lines[index], words=self.words(index))
        return known


def _family_hits(doc: _Lines, site: SiteLines) -> dict[int, Hit]:
    """Line index → the family hit of lines in one of the site's families (one regex pass finds them)."""
    if site.family_start is None:
        return {}
    text = "\n".join(doc.lines)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    found: dict[int, Hit] = {}
    for match in site.family_start.finditer(text):
        index = text.count("\n", 0, match.start())
        if index >= len(doc.lines) or doc.words(index) > FAMILY_MAX_WORDS:
            continue
        for prefix in prefix_ids(doc.lines[index], sentence=doc.sentence(index)):
            counted = site.families.get(prefix)
            if counted and (index not in found or counted[0] > found[index].df):
                found[index] = Hit(counted[0], counted[1], prefix)
    return found


def _passing(
    doc: _Lines, index: int, hits: tuple[Hit | None, Hit | None], limits: Thresholds, *, embedded: bool
) -> Hit | None:
    """The hit that makes this line template in this place, if any."""
    line_hit, family_hit = hits
    if line_hit:
        needed = limits.required_df(line_hit.n_docs, sentence=doc.sentence(index), embedded=embedded)
        if line_hit.df >= needed:
            return line_hit
    if family_hit and family_hit.df >= limits.required_family_df(family_hit.n_docs, embedded=embedded):
        return family_hit
    return None


def _embedded(doc: _Lines, candidate: Sequence[bool], index: int) -> bool:
    """True when the nearest non-candidate lines on both sides are body prose (not an edge, not junk)."""
    before = next((j for j in range(index - 1, -1, -1) if not candidate[j]), None)
    after = next((j for j in range(index + 1, len(candidate)) if not candidate[j]), None)
    return before is not None and after is not None and doc.sentence(before) and doc.sentence(after)


def decide(lines: Sequence[str], site: SiteLines, limits: Thresholds) -> list[Hit | None]:
    """For each line, the count that makes it template in its place, or None to keep it."""
    doc = _Lines(lines)
    counted = site.lines
    line_hits = {i: Hit(*counted[h]) for i, h in enumerate(line_hashes(lines)) if h is not None and h in counted}
    family_hits = _family_hits(doc, site)
    found = {i: (line_hits.get(i), family_hits.get(i)) for i in sorted(line_hits.keys() | family_hits.keys())}
    candidate = [False] * len(lines)
    for i, pair in found.items():
        candidate[i] = _passing(doc, i, pair, limits, embedded=False) is not None
    hits: list[Hit | None] = [None] * len(lines)
    for i, pair in found.items():
        if candidate[i]:
            hits[i] = _passing(doc, i, pair, limits, embedded=_embedded(doc, candidate, i))
    doubtful = [i for i, hit in enumerate(hits) if hit and doc.sentence(i) and not limits.is_certain(hit)]
    dropped_prose = sum(doc.words(i) for i in doubtful)
    if dropped_prose and dropped_prose > limits.duplicate_body_share * _total_words(lines):
        for i in doubtful:  # most of the document is prose repeated elsewhere: a re-scrape, not template
            hits[i] = None
    return hits


def _total_words(lines: Sequence[str]) -> int:
    text = "\n".join(lines)
    return len(text.split()) if not text.isascii() else text.count(" ") + len(lines)


def drop_repeated(
    lines: tuple[str, ...],
    *,
    site: str,
    learned: LearnedLines | Path | str | None,
    config_dir: Path | None = None,
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Drop every line the learned counts mark as template for this site (no-op without counts).

    learned is a snapshot (judged by its own thresholds), or the path of a LineStats file (read once per
    process, again when it changes, and judged by config_dir's repetition.toml).
    """
    snapshot = _resolve(learned, config_dir)
    if snapshot is None:
        return lines, ()
    counts = snapshot.sites.get(site)
    if counts is None or counts.n_docs < snapshot.thresholds.min_docs:
        return lines, ()
    hits = decide(lines, counts, snapshot.thresholds)
    kept = tuple(line for line, hit in zip(lines, hits, strict=True) if hit is None)
    removed = tuple(
        Removal(text=line, rule=RULE_NAME, category=CATEGORY, line_no=number, detail=hit.detail)
        for number, (line, hit) in enumerate(zip(lines, hits, strict=True), start=1)
        if hit is not None
    )
    return kept, removed


_loaded: dict[tuple[str, Thresholds], tuple[tuple[int, ...], LearnedLines]] = {}


def _stamp(path: Path) -> tuple[int, ...]:
    stamp: list[int] = []
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            info = os.stat(part)
        except OSError:
            stamp += [0, 0]
        else:
            stamp += [info.st_mtime_ns, info.st_size]
    return tuple(stamp)


def _resolve(learned: LearnedLines | Path | str | None, config_dir: Path | None) -> LearnedLines | None:
    if learned is None or isinstance(learned, LearnedLines):
        return learned
    path = Path(learned)
    thresholds = load_repetition_thresholds(config_dir)
    key = (str(path), thresholds)
    cached = _loaded.get(key)
    if cached is not None and cached[0] == _stamp(path):
        return cached[1]
    from cleaner.linestats import load_snapshot  # linestats imports this module

    snapshot = load_snapshot(path, thresholds)
    _loaded[key] = (_stamp(path), snapshot)
    return snapshot


__all__ = [
    "CATEGORY",
    "RULE_NAME",
    "UNKNOWN_SITE",
    "Hit",
    "LearnedLines",
    "Observation",
    "PrefixSeen",
    "SiteLines",
    "Thresholds",
    "decide",
    "drop_repeated",
    "load_repetition_thresholds",
    "make_observation",
    "observation_of",
    "site_key",
]
