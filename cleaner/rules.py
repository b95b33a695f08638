"""Rules and site profiles as data: load them from config/ TOML files and compile them once."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from cleaner.errors import ConfigError
from cleaner.literals import CaselessLiterals
from cleaner.regex_cache import compiled
from cleaner.regex_parts import split_alternatives
from cleaner.regexinfo import required_literals

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Scope = Literal["line", "block", "span", "tail", "cut"]
_SCOPES = {"line", "block", "span", "tail", "cut"}
Reach = Literal["match", "headline", "sentence"]
_REACHES = {"match", "headline", "sentence"}
_FLAG_BITS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X}


@dataclass(frozen=True, slots=True)
class Rule:
    """One named junk pattern: what it matches, where, and the guards that keep body text safe."""

    name: str
    category: str
    pattern: re.Pattern[str]
    scope: Scope = "line"
    max_words: int | None = None  # only lines with at most this many words are dropped
    min_words: int | None = None  # only lines with at least this many words are dropped
    follow: re.Pattern[str] | None = None  # block scope: later lines that belong to the block
    follow_max_words: int = 30
    follow_max_lines: int = 50  # block scope: at most this many following lines
    follow_summaries: bool = False  # block scope: a teaser's summary sentence between two followed headlines goes too
    cut_start: Reach = "match"  # cut scope: "sentence" also takes the sentence before the match (a caption)
    cut_end: Reach = "match"  # cut scope: "headline" also takes the teaser headline after the match
    glued_only: bool = False  # cut scope: only inside glued lines (a line of its own is the line rules' to judge)
    caption_above: bool = False  # a credit line: the unpunctuated line right above it is its picture's caption
    name_above: bool = False  # an author's bio or role: a person's name alone right above it is the box's name
    ends_article: bool = False  # the line closes the article (a copyright footer): what follows is page furniture

    def guards_pass(self, words: int) -> bool:
        """True when a line of this many words is within the rule's word-count guards."""
        if self.max_words is not None and words > self.max_words:
            return False
        return self.min_words is None or words >= self.min_words


@dataclass(frozen=True, slots=True)
class Profile:
    """A site profile: how to recognise the site from a dump, and its own rules."""

    name: str
    sitename: str = ""
    hostnames: tuple[str, ...] = ()
    fingerprints: tuple[re.Pattern[str], ...] = ()
    rules: tuple[Rule, ...] = ()
    closing_rules: frozenset[str] = frozenset()  # names of its rules that mark the end of the article


def _compile(source: str, flags: str, where: str) -> re.Pattern[str]:
    bits = 0
    for flag in flags:
        if flag not in _FLAG_BITS:
            raise ConfigError(f"{where}: unknown regex flag {flag!r}")
        bits |= _FLAG_BITS[flag]
    try:
        return compiled(source, bits)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regex: {exc}") from exc


def _reach(entry: dict[str, Any], key: str, where: str) -> Reach:
    value = entry.get(key, "match")
    if value not in _REACHES:
        raise ConfigError(f"{where}: rule {entry.get('name')!r}: {key} must be one of {sorted(_REACHES)}")
    return value  # type: ignore[no-any-return]


def _rule(entry: dict[str, Any], where: str) -> Rule:
    for key in ("name", "category", "pattern"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise ConfigError(f"{where}: rules need a string {key!r}")
    name = entry["name"]
    scope = entry.get("scope", "line")
    if scope not in _SCOPES:
        raise ConfigError(f"{where}: rule {name!r}: scope must be one of {sorted(_SCOPES)}")
    flags = str(entry.get("flags", ""))
    follow = entry.get("follow")
    return Rule(
        name=name,
        category=entry["category"],
        pattern=_compile(entry["pattern"], flags, f"{where}: rule {name!r} pattern"),
        scope=scope,
        max_words=entry.get("max_words"),
        min_words=entry.get("min_words"),
        follow=_compile(follow, flags, f"{where}: rule {name!r} follow") if follow else None,
        follow_max_words=int(entry.get("follow_max_words", 30)),
        follow_max_lines=int(entry.get("follow_max_lines", 50)),
        follow_summaries=entry.get("follow_summaries") is True,
        cut_start=_reach(entry, "cut_start", where),
        cut_end=_reach(entry, "cut_end", where),
        glued_only=entry.get("glued_only") is True,
        ends_article=entry.get("ends_article") is True,
        caption_above=entry.get("caption_above") is True,
        name_above=entry.get("name_above") is True,
    )


def load_profile_file(path: Path) -> Profile:
    """Read one profile TOML file into a compiled Profile; ConfigError names the file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read profile: {exc}", path=path) from exc
    site = data.get("site", {})
    where = str(path.name)
    rules = tuple(_rule(entry, where) for entry in data.get("rules", ()))
    return Profile(
        name=str(site.get("name", path.stem)),
        sitename=str(site.get("sitename", "")),
        hostnames=tuple(site.get("hostnames", ())),
        fingerprints=tuple(_compile(fp, "i", f"{where}: site.fingerprints") for fp in site.get("fingerprints", ())),
        rules=rules,
        closing_rules=frozenset(rule.name for rule in rules if rule.ends_article),
    )


def default_config_dir() -> Path:
    """The config/ folder of a source checkout, else the copy installed with the package."""
    checkout = Path(__file__).resolve().parent.parent / "config"
    if (checkout / "generic.toml").is_file():
        return checkout
    spec = importlib.util.find_spec("cleaner_config")  # installed as a namespace package: no __init__.py
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("no bundled config found; pass --config-dir")
    return Path(next(iter(spec.submodule_search_locations)))


def read_settings_file(config_dir: Path | None, filename: str) -> tuple[Path, dict[str, Any]]:
    """The path and parsed tables of a settings file in the config folder ({} when the file is missing, so the
    code defaults hold); a file that cannot be read or parsed is a ConfigError naming it."""
    path = (config_dir or default_config_dir()) / filename
    if not path.is_file():
        return path, {}
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings: {exc}", path=path) from exc


def flat_settings(tables: dict[str, Any]) -> dict[str, Any]:
    """The keys of every table of a settings file in one mapping (the tables only group them for readers)."""
    return {key: value for table in tables.values() if isinstance(table, dict) for key, value in table.items()}


_Settings = TypeVar("_Settings", bound="DataclassInstance")


def settings_of(kind: type[_Settings], table: Mapping[str, Any], **given: Any) -> _Settings:
    """The settings dataclass kind with the fields table names set over its defaults (word lists as tuples), and
    given, which the caller works out itself."""
    known = {field.name: table[field.name] for field in fields(kind) if field.name in table and field.name not in given}
    known = {name: tuple(value) if isinstance(value, list) else value for name, value in known.items()}
    return kind(**known, **given)


@dataclass(frozen=True, slots=True)
class RuleBook:
    """The generic profile plus every site profile, loaded from one config folder."""

    generic: Profile
    sites: tuple[Profile, ...]

    def detect(self, text: str, *, hostname: str = "") -> Profile | None:
        """The site profile whose hostname or fingerprint matches the dump, if any (remembered for the last
        text asked about: the split and strip stages both ask)."""
        for book, seen, host, found in _last_detection:
            if book is self and seen is text and host == hostname:
                return found
        found = self._detect(text, hostname)
        _last_detection[:] = [(self, text, hostname, found)]
        return found

    def _detect(self, text: str, hostname: str) -> Profile | None:
        if hostname:
            for profile in self.sites:
                if any(hostname == h or hostname.endswith("." + h) for h in profile.hostnames):
                    return profile
        head = text[:200_000]
        prefilter = _fingerprint_prefilter(self)
        if prefilter is not None:
            engine, indices = prefilter
            hits = engine.found(head)
            if hits is not None:  # the regex runs only for fingerprints whose literals the one scan found
                for profile in self.sites:
                    for fingerprint in profile.fingerprints:
                        needed = indices[fingerprint]
                        if (needed is None or not hits.isdisjoint(needed)) and fingerprint.search(head):
                            return profile
                return None
        lowered = head.lower()
        for profile in self.sites:
            if any(_fingerprint_found(fp, head, lowered) for fp in profile.fingerprints):
                return profile
        return None


_last_detection: list[tuple[RuleBook, str, str, Profile | None]] = []  # at most one entry


@lru_cache(maxsize=256)
def _fingerprint_literals(fingerprint: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of the fingerprint holds (None: none known)."""
    alternatives = split_alternatives(fingerprint.pattern)
    found: list[str] = []
    for alternative in alternatives:
        literals = required_literals(alternative.lstrip("^"), ignore_case=True)
        if literals is None:
            return None
        found.extend(literal.rstrip("\n") for literal in literals)
    return tuple(found) if all(found) else None


_Prefilter = tuple[CaselessLiterals, dict[re.Pattern[str], frozenset[int] | None]]
_prefilters: list[tuple[RuleBook, _Prefilter | None]] = []  # the last rule book asked about


def _fingerprint_prefilter(book: RuleBook) -> _Prefilter | None:
    """All the site fingerprints' literals in one caseless Hyperscan database, with the literal indices of each
    fingerprint (None: no literal known, the regex always runs); None without Hyperscan (remembered per book)."""
    for known, prefilter in _prefilters:
        if known is book:
            return prefilter
    literals: dict[str, int] = {}
    indices: dict[re.Pattern[str], frozenset[int] | None] = {}
    for profile in book.sites:
        for fingerprint in profile.fingerprints:
            needed = _fingerprint_literals(fingerprint)
            indices[fingerprint] = (
                None if needed is None else frozenset(literals.setdefault(x, len(literals)) for x in needed)
            )
    engine = CaselessLiterals.build(list(literals))
    prefilter = (engine, indices) if engine is not None else None
    _prefilters[:] = [(book, prefilter)]
    return prefilter


def _fingerprint_found(fingerprint: re.Pattern[str], head: str, lowered: str) -> bool:
    """Search the head for the fingerprint, skipping the regex when a literal it needs is absent."""
    literals = _fingerprint_literals(fingerprint)
    if literals is not None and len(lowered) == len(head) and not any(lit in lowered for lit in literals):
        return False
    return fingerprint.search(head) is not None


def load_rulebook(config_dir: Path | None = None) -> RuleBook:
    """Load generic.toml and sites/*.toml from config_dir (default: the bundled config)."""
    folder = config_dir or default_config_dir()
    generic_path = folder / "generic.toml"
    if not generic_path.is_file():
        raise ConfigError("config folder has no generic.toml", path=folder)
    sites = tuple(load_profile_file(p) for p in sorted((folder / "sites").glob("*.toml")))
    return RuleBook(generic=load_profile_file(generic_path), sites=sites)
