"""CleanConfig: the one immutable value that configures the core, and where its rulebook comes from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from cleaner.rules import RuleBook, load_rulebook

if TYPE_CHECKING:
    from cleaner.repetition import LearnedLines

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_HTML_ELEMENTS = 50_000  # news pages hold 500-10,000; extraction costs about 80 µs an element


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Settings of the cleaning core; field names match the stages they steer."""

    config_dir: Path | None = None  # rules and site profiles; None = the bundled config/
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs are rejected, not read
    max_html_elements: int = DEFAULT_MAX_HTML_ELEMENTS  # pages with more elements are rejected, not extracted
    learned_path: Path | None = None  # repetition counts (SQLite) to apply, if any
    learned: LearnedLines | None = None  # or a snapshot of them already in memory (the service); wins
    site_key: str | None = None  # count and look up every dump under this site (--site); else its hostname
    review_drop_share: float = 0.6  # flag a document that loses more than this share of its words
    explain: bool = False  # keep every removed line's text in the metadata record

    def rulebook(self) -> RuleBook:
        """The compiled rules for this config (loaded once per process and folder)."""
        return _cached_rulebook(self.config_dir)


@lru_cache(maxsize=8)
def _cached_rulebook(config_dir: Path | None) -> RuleBook:
    return load_rulebook(config_dir)


def reload_config_files() -> None:
    """Forget every cached read of config/ (rules and profiles, header words, heuristic, split and repetition
    settings), so the next document reads the files again (the service's SIGHUP)."""
    from cleaner.field_header import load_field_names
    from cleaner.header_words import reload_header_words
    from cleaner.heuristics import load_thresholds
    from cleaner.json_input import load_content_keys
    from cleaner.link_refs import load_link_list_settings
    from cleaner.reflow import load_reflow_settings
    from cleaner.repetition import load_repetition_thresholds
    from cleaner.split import forget_labellers, load_split_settings

    reload_rulebooks()
    load_repetition_thresholds.cache_clear()
    reload_header_words()
    load_thresholds.cache_clear()
    load_split_settings.cache_clear()
    load_reflow_settings.cache_clear()
    load_link_list_settings.cache_clear()
    load_field_names.cache_clear()
    load_content_keys.cache_clear()
    forget_labellers()


def reload_rulebooks() -> None:
    """Forget cached rulebooks so the next use reads config/ again (SIGHUP)."""
    _cached_rulebook.cache_clear()
