"""Turn a site's learned counts into reviewable templates, and write them as a site profile TOML for config/sites/."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.linekeys import family_pattern_tokens, is_sentence_like, key_regex, line_key, prefix_ids
from cleaner.linestats import LearnedRow, LineStats
from cleaner.repetition import CATEGORY, FAMILY_MAX_WORDS, Thresholds, load_repetition_thresholds

_LABEL_SEPARATOR = r"\s*(?::|\||»|›|•|\s[-–—]\s)"
_FINGERPRINTS = 3
_FINGERPRINT_SHARE = 0.8
_FINGERPRINT_MIN_TOKENS = 4


@dataclass(frozen=True, slots=True)
class LearnedTemplate:
    """One learned template line or line family, with the evidence for it."""

    sample: str
    df: int
    n_docs: int
    family: str = ""  # "label:read more" / "head:ap photo" for a family, "" for a whole line
    anywhere: bool = True  # template even between body lines; else only at the document's edges

    @property
    def pattern(self) -> str:
        """A regex matching the line (or the family's lines), case-insensitive, in config rule syntax."""
        if not self.family:
            return rf"^[\W_]*{key_regex(tuple(line_key(self.sample).split()))}[\W_]*$"
        kind, tokens = family_pattern_tokens(self.family)
        tail = _LABEL_SEPARATOR if kind == "label" else r"[\W_]+\w"
        return rf"^[\W_]*{key_regex(tokens)}{tail}"

    @property
    def evidence(self) -> str:
        """ "seen in 17 of 20 documents", plus where it is template."""
        where = "" if self.anywhere else " (template at the edges only: review)"
        return f"seen in {self.df} of {self.n_docs} documents{where}"


def _template(row: LearnedRow, n_docs: int, limits: Thresholds) -> LearnedTemplate | None:
    n = limits.effective_docs(n_docs, row.first_n)
    if row.prefix:
        if not limits.is_family(df=row.df, variants=row.variants, plain_df=row.plain_df, top_df=row.top_df):
            return None
        if row.df < limits.required_family_df(n, embedded=False):
            return None
        anywhere = row.df >= limits.required_family_df(n, embedded=True)
        return LearnedTemplate(row.sample, row.df, n, row.prefix, anywhere)
    sentence = is_sentence_like(row.sample)
    if row.df < limits.required_df(n, sentence=sentence, embedded=False):
        return None
    anywhere = row.df >= limits.required_df(n, sentence=sentence, embedded=True)
    return LearnedTemplate(row.sample, row.df, n, "", anywhere)


def learned_templates(stats: LineStats, site: str, *, thresholds: Thresholds | None = None) -> list[LearnedTemplate]:
    """The site's template lines and families, most frequent first (empty below the minimum documents;
    thresholds None: the bundled config/repetition.toml's)."""
    limits = thresholds or load_repetition_thresholds()
    n_docs = dict(stats.site_names()).get(site, 0)
    if n_docs < limits.min_docs:
        return []
    found = [t for t in (_template(row, n_docs, limits) for row in stats.rows(site, min_df=limits.min_df)) if t]
    families = {t.family for t in found if t.family}
    kept = [t for t in found if t.family or not families.intersection(_families_of(t.sample))]
    return sorted(kept, key=lambda t: (-t.df, t.family, t.sample))


def _families_of(line: str) -> tuple[str, ...]:
    return prefix_ids(line, sentence=is_sentence_like(line))


def _toml(value: str) -> str:
    """A TOML string: literal ('…', no escapes, readable regexes) when it can be, else basic."""
    if "'" not in value and value.isprintable():
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _fingerprints(templates: Iterable[LearnedTemplate]) -> list[str]:
    candidates = [
        t
        for t in templates
        if not t.family and t.df >= _FINGERPRINT_SHARE * t.n_docs
        if len(line_key(t.sample).split()) >= _FINGERPRINT_MIN_TOKENS
    ]
    candidates.sort(key=lambda t: (-len(line_key(t.sample).split()), t.sample))
    return ["(?m)" + t.pattern for t in candidates[:_FINGERPRINTS]]


def profile_toml(site: str, templates: list[LearnedTemplate]) -> str:
    """A site profile (the format of config/generic.toml) with one rule per learned template, for review."""
    out = [
        f"# Learned by `cleaner learn` from repetition across dumps of {site}: review before use.",
        "# Each rule drops a line seen in many of the site's dumps; delete any that is article text.",
        "",
        "[site]",
        f"name = {_toml(site)}",
    ]
    if "." in site and " " not in site:
        out.append(f"hostnames = [{_toml(site)}]")
    prints = _fingerprints(templates)
    if prints:
        out.append("# Lines that tell this site's text dumps apart; each must be specific to the site.")
        out.append("fingerprints = [" + ", ".join(_toml(p) for p in prints) + "]")
    for t in templates:
        words = len(t.sample.split()) + 2  # slack for spacing that the key ignores ("£ 1" / "£1")
        out += [
            "",
            f"# {t.evidence}: {t.sample}".replace("\n", " "),
            "[[rules]]",
            f"name = {_toml('learned_family' if t.family else 'learned_line')}",
            f"category = {_toml(CATEGORY)}",
            f"pattern = {_toml(t.pattern)}",
            'flags = "i"',
            f"max_words = {FAMILY_MAX_WORDS if t.family else words}",
        ]
    return "\n".join(out) + "\n"


__all__ = ["LearnedTemplate", "learned_templates", "profile_toml"]
