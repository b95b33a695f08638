"""The word lists bylines and datelines are read with (config/metadata.toml), loaded once per config folder."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleaner.errors import ConfigError
from cleaner.line_shape import LATIN_CAPITALS
from cleaner.rules import default_config_dir

METADATA_FILE = "metadata.toml"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, each phrase's spaces matching any whitespace."""
    unique = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in unique)


@dataclass(frozen=True, slots=True)
class HeaderWords:
    """Month names, dateline labels and byline words in several languages, with the regexes built from them."""

    months: dict[str, int]
    filler: frozenset[str]
    section_labels: frozenset[str]
    agencies: frozenset[str]
    credit_names: frozenset[str]  # agencies and picture agencies ("Getty Images", "Alamy": they credit photos,
    # never writers), case-folded: the names a photo's credit holds
    role_words: frozenset[str]
    name_role_words: frozenset[str]  # one of these after a name, capitalised like it: "Emma Parker Reporter"
    desk_words: frozenset[str]  # name an outlet or a beat: "Daily Mail Reporter" is a desk, not a "Daily Mail"
    outlet_words: frozenset[str]  # end a newspaper's name: "The Times", "Irish Examiner" (beside a date, no byline)
    particles: frozenset[str]
    articles: frozenset[str]  # open titles, never names ("Ein Albtraum" is no bare byline)
    headline_prepositions: frozenset[str]  # "across" in "... walk out across England": the name after it ends it
    sentence_date_words: frozenset[str]  # "until" in "... lasts until 3 November 2023 ...": the sentence's own date
    affiliation_words: frozenset[str]  # "Lecturer", "University": a part after the name that is where one works
    header_buttons: frozenset[str]  # "share", "save": buttons between a glued dump's dateline and its writer
    credit_label: re.Pattern[str]  # "Photograph: ", "Pic: ": a photo's credit opens with it
    caption_toggles: frozenset[str]  # "Show Caption": a button over the photo's caption (case-folded)
    bio_verbs: frozenset[str]  # "Jane Smith is a reporter …": the author's bio after the article
    beat_verbs: frozenset[str]  # "Jane Smith covers aviation.": the author's beat, under the byline or at the end
    third_party_hosts: tuple[str, ...]
    month_first_languages: frozenset[str]  # numeric dates read month first (05/10/2018 = May 10)
    day_first_tlds: frozenset[str]  # ... except on hostnames under these top-level domains
    day_first_zones: frozenset[str]  # time zones of countries that write the day first ("gmt", "cet", "aest")
    month_first_zones: frozenset[str]  # ... and of those that write the month first ("est", "pt")
    cut_wire_datelines: bool  # "WASHINGTON (AP) —" leaves the first sentence's line (else it is only read)
    month_pattern: str  # regex alternation of month names
    published_label: re.Pattern[str]  # a whole segment that only labels the date after it as published
    updated_label: re.Pattern[str]  # ... as updated (date_modified)
    relative_time: re.Pattern[str]  # "2 hours ago", "há 2 horas": a time no date can be told from
    relative_days: frozenset[str]  # "today", "gestern": a day no date can be told from ("Today at 10:02")
    glued_label: re.Pattern[str]  # where a capitalised dateline label is glued to what is before it ("GMTUpdated")
    glued_byline_prefix: re.Pattern[str]  # a byline's prefix glued to the name after it ("ByTom Walker", Reach's)
    reading_time: re.Pattern[str]  # "4 min read", "Lesezeit: 3 Minuten": header, and no date
    byline_prefix: re.Pattern[str]  # "By ", "Von ", "Publicado por: " at the start of a segment
    byline_prefix_alone: re.Pattern[str]  # "By" alone on its line, the names on the next (the Daily Star's)
    byline_prefix_lines: re.Pattern[str]  # the same after any newline of "\n" + a text (one C-level search that
    # only tries where a newline is: a ^ in MULTILINE mode is tried at every position)
    joiner: re.Pattern[str]  # what separates several names in one byline
    reporting_from: re.Pattern[str]  # "Reporting from " before the place a writer files from, under the byline
    cjk_byline: re.Pattern[str]  # a role and names in a script without spaces: "編集委員 中沢克二", "홍길동 기자"


def _strings(data: dict[str, Any], section: str, key: str, where: Path) -> list[str]:
    value = data.get(section, {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{section}.{key} must be a list of strings", path=where)
    return value


def _flag(data: dict[str, Any], section: str, key: str, where: Path) -> bool:
    value = data.get(section, {}).get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{section}.{key} must be true or false", path=where)
    return value


def _months(data: dict[str, Any], where: Path) -> dict[str, int]:
    months: dict[str, int] = {}
    for number, names in data.get("months", {}).items():
        if not number.isdigit() or not 1 <= int(number) <= 12 or not isinstance(names, list):
            raise ConfigError(f"months.{number} must be a month number (1-12) with a list of names", path=where)
        months.update({str(name).lower(): int(number) for name in names})
    return months


def parse_header_words(data: dict[str, Any], where: Path) -> HeaderWords:
    """Build HeaderWords from the parsed metadata.toml; ConfigError names the file and key."""
    months = _months(data, where)
    label_end = r"\s*[:\-–]?\s*(?:on|at|le|el|em|il|am|op)?\s*$"
    prefixes = _alternation(_strings(data, "byline", "prefixes", where))
    reading = _alternation(_strings(data, "dateline", "reading_time", where))
    joiners = [j for j in _strings(data, "byline", "joiners", where) if j.strip()]
    # how many units ago: a number or a word for one ("an hour ago", "il y a une heure", "vor einer Stunde")
    count = rf"(?:\d+|(?:{_alternation(_strings(data, 'dateline', 'relative_counts', where)) or '(?!)'})(?=\s))"
    return HeaderWords(
        months=months,
        filler=frozenset(w.lower() for w in _strings(data, "dateline", "filler", where)),
        section_labels=frozenset(w.lower() for w in _strings(data, "dateline", "section_labels", where)),
        agencies=frozenset(_strings(data, "byline", "agencies", where)),
        credit_names=frozenset(
            w.casefold() for key in ("agencies", "picture_agencies") for w in _strings(data, "byline", key, where)
        ),
        role_words=frozenset(w.lower() for w in _strings(data, "byline", "role_words", where)),
        name_role_words=frozenset(w.lower() for w in _strings(data, "byline", "name_role_words", where)),
        desk_words=frozenset(w.lower() for w in _strings(data, "byline", "desk_words", where)),
        outlet_words=frozenset(w.lower() for w in _strings(data, "byline", "outlet_words", where)),
        particles=frozenset(w.lower() for w in _strings(data, "byline", "particles", where)),
        articles=frozenset(w.lower() for w in _strings(data, "byline", "articles", where)),
        headline_prepositions=frozenset(w.lower() for w in _strings(data, "byline", "headline_prepositions", where)),
        sentence_date_words=frozenset(w.lower() for w in _strings(data, "byline", "sentence_date_words", where)),
        affiliation_words=frozenset(w.lower() for w in _strings(data, "byline", "affiliation_words", where)),
        header_buttons=frozenset(w.lower() for w in _strings(data, "byline", "header_buttons", where)),
        credit_label=re.compile(
            rf"^\s*(?:{_alternation(_strings(data, 'byline', 'credit_labels', where)) or '(?!)'})s?\s*:\s*\S", re.I
        ),
        caption_toggles=frozenset(w.casefold() for w in _strings(data, "byline", "caption_toggles", where)),
        bio_verbs=frozenset(w.lower() for w in _strings(data, "byline", "bio_verbs", where)),
        beat_verbs=frozenset(w.lower() for w in _strings(data, "byline", "beat_verbs", where)),
        third_party_hosts=tuple(h.lower() for h in _strings(data, "hosts", "third_party", where)),
        month_first_languages=frozenset(w.lower() for w in _strings(data, "dates", "month_first_languages", where)),
        day_first_tlds=frozenset(w.lower().lstrip(".") for w in _strings(data, "dates", "day_first_tlds", where)),
        day_first_zones=frozenset(w.lower() for w in _strings(data, "dates", "day_first_zones", where)),
        month_first_zones=frozenset(w.lower() for w in _strings(data, "dates", "month_first_zones", where)),
        cut_wire_datelines=_flag(data, "dateline", "cut_wire_datelines", where),
        month_pattern=_alternation(months),
        published_label=re.compile(
            rf"^\s*(?:{_alternation(_strings(data, 'dateline', 'published', where))}){label_end}", re.I
        ),
        updated_label=re.compile(
            rf"^\s*(?:{_alternation(_strings(data, 'dateline', 'updated', where))}){label_end}", re.I
        ),
        relative_time=re.compile(
            rf"(?:^|\s)(?:(?:{_alternation(_strings(data, 'dateline', 'relative_before', where))})\s+{count}\s*\w+"
            rf"|{count}\s*\w+\s+(?:{_alternation(_strings(data, 'dateline', 'relative_after', where))}))(?:\W|$)",
            re.I,
        ),
        relative_days=frozenset(w.lower() for w in _strings(data, "dateline", "relative_days", where)),
        glued_label=_glued_label(
            _strings(data, "dateline", "published", where) + _strings(data, "dateline", "updated", where)
        ),
        glued_byline_prefix=_glued_byline_prefix(_strings(data, "byline", "glued_prefixes", where)),
        reading_time=re.compile(
            rf"^\W*(?:\d+\s*-?\s*(?:{reading})|(?:{reading})\s*:?\s*(?:ca\.?\s*)?\d+\s*[^\W\d]*)\.?\W*$", re.I
        ),
        byline_prefix=re.compile(rf"^\s*(?:{prefixes})(?:\s*:\s*|\s+)(?=\S)", re.I),
        byline_prefix_alone=re.compile(rf"^\s*(?:{prefixes})\s*:?\s*$", re.I),
        byline_prefix_lines=re.compile(rf"\n[ \t]*(?:{prefixes})(?:[ \t]*:[ \t]*|[ \t]+)(?=\S)", re.I),
        # ", and" too: "Chien-Ming Wang, and Tom Watkins" (the serial comma)
        reporting_from=re.compile(
            rf"^\s*(?:{_alternation(_strings(data, 'byline', 'reporting_from', where)) or '(?!)'})\s+(?=\S)", re.I
        ),
        joiner=re.compile(rf"\s*[,;]\s*(?:(?:{_alternation(joiners)})\s+)?|\s+(?:{_alternation(joiners)})\s+", re.I),
        cjk_byline=_cjk_byline(
            _strings(data, "byline", "cjk_roles_before", where), _strings(data, "byline", "cjk_roles_after", where)
        ),
    )


def _glued_byline_prefix(prefixes: list[str]) -> re.Pattern[str]:
    """Where a byline's prefix, capitalised as written, is glued to a name of two capitalised words or more
    ("ByTom Walker", "VonAnna Schmidt"): spans of a page's byline run together in its text. The match is the
    prefix: a blank goes after it."""
    if not prefixes:
        return re.compile(r"(?!)")
    name = rf"[{LATIN_CAPITALS}][a-zß-ÿ]+(?:['’-][{LATIN_CAPITALS}]?[a-zß-ÿ]+)* [{LATIN_CAPITALS}]"
    written = "|".join(sorted({re.escape(p.strip()) for p in prefixes if p.strip()}, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{written})(?={name})")


def _glued_label(labels: list[str]) -> re.Pattern[str]:
    """Where a dateline label, capitalised, follows a letter or digit with no space ("2:02 PM GMTUpdated an hour
    ago", "11:15amPublished"): spans of a page's header run together in its text."""
    firsts = {label.strip().split()[0] for label in labels if label.strip()}
    firsts = {word for word in firsts if word[:1].upper() != word[:1].lower()}  # a script with capitals only
    if not firsts:
        return re.compile(r"(?!)")
    ordered = sorted(firsts, key=len, reverse=True)
    alternation = "|".join(re.escape(word[:1].upper()) + f"(?i:{re.escape(word[1:])})" for word in ordered)
    return re.compile(rf"(?<=[^\W_])(?=(?:{alternation})(?![^\W_]))")


_CJK_NAME = r"[\u4e00-\u9fff\uac00-\ud7af]{2,4}"  # a name of two to four Han or Hangul characters


def _cjk_byline(before: list[str], after: list[str]) -> re.Pattern[str]:
    """A whole line of names with a role before them ("記者 山田太郎", "作者：张三") or a name with one after it
    ("홍길동 기자"); group names holds the names, separated by blanks or commas. A blank or a colon always stands
    between role and name: "记者会见" (a press conference) and "新聞記者" (a newspaper reporter) name nobody."""
    names = rf"{_CJK_NAME}(?:\s*[、，,/／\s]\s*{_CJK_NAME}){{0,3}}"
    return re.compile(
        rf"^\s*(?:(?:{_alternation(before) or '(?!)'})(?:\s*[:：/／|]\s*|\s+)(?P<names>{names})"
        rf"|(?P<name>{_CJK_NAME})\s+(?:{_alternation(after) or '(?!)'}))\s*$"
    )


def load_header_words(config_dir: Path | None = None) -> HeaderWords:
    """The header words of config_dir/metadata.toml, else of the bundled config (cached per folder)."""
    return _cached(config_dir)


def reload_header_words() -> None:
    """Forget cached header words so the next use reads metadata.toml again (with reload_rulebooks, on SIGHUP)."""
    metadata_tables.cache_clear()
    _cached.cache_clear()


@lru_cache(maxsize=8)
def metadata_tables(config_dir: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """The path and parsed tables of config_dir/metadata.toml, else of the bundled config (cached per folder):
    the one reader of the file for the header words, the field header's names and the JSON record's keys."""
    path = (config_dir or default_config_dir()) / METADATA_FILE
    if not path.is_file():
        path = default_config_dir() / METADATA_FILE
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read metadata words: {exc}", path=path) from exc


@lru_cache(maxsize=8)
def _cached(config_dir: Path | None) -> HeaderWords:
    path, data = metadata_tables(config_dir)
    return parse_header_words(data, path)


__all__ = ["HeaderWords", "load_header_words", "metadata_tables", "parse_header_words", "reload_header_words"]
