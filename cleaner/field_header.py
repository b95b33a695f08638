"""Read the block of "Key: value" fields (or YAML front matter) that opens a dump into metadata hints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleaner.dates import find_stamps
from cleaner.header_words import HeaderWords, metadata_tables
from cleaner.model import Removal

_FIELD = re.compile(r"([A-Za-z][A-Za-z _-]{0,29}?)[ \t]*:(?:[ \t]+(.*))?")
_FENCE = "---"
_URL = re.compile(r"https?://\S+")
_BY = re.compile(r"(?i)^by\s+")
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\||,|\band\b|&)\s*")
_QUOTED = re.compile(r"""^(["'])(.*)\1$""")


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Which keys name which metadata field (metadata.toml [field_header]), and how large a block must be."""

    fields: dict[str, str]  # normalized key -> hint name ("title", "url", ...; "other" keeps nothing)
    min_fields: int
    max_lines: int


def field_key(text: str) -> str:
    """A field's key as the config lists it: lower case, "_" and "-" read as spaces, spaces collapsed."""
    return " ".join(text.replace("_", " ").replace("-", " ").lower().split())


@lru_cache(maxsize=8)
def load_field_names(config_dir: Path | None = None) -> FieldNames:
    """The [field_header] table of config_dir/metadata.toml, else of the bundled config (cached per folder)."""
    table = metadata_tables(config_dir)[1].get("field_header", {})
    fields = {field_key(name): hint for hint, names in table.items() if isinstance(names, list) for name in names}
    return FieldNames(fields, int(table.get("min_fields", 2)), int(table.get("max_lines", 16)))


def split_field(line: str) -> tuple[str, str] | None:
    """A "Key: value" line's key (as field_key writes it) and its value ("" when none); None for any other line.
    Both field blocks are read by it: a scraper's (this module) and Jina Reader's (cleaner/jina_reader.py)."""
    match = _FIELD.fullmatch(line)
    return (field_key(match.group(1)), match.group(2) or "") if match else None


def _unquoted(value: str) -> str:
    match = _QUOTED.match(value.strip())
    return match.group(2) if match else value.strip()


def _block(lines: tuple[str, ...], names: FieldNames) -> tuple[int, list[tuple[str, str]]]:
    """(end, [(hint, value)]) of the field block opening lines (and its fences); end 0 when there is none."""
    start, limit = 0, min(len(lines), names.max_lines)
    fenced = bool(lines) and lines[0] == _FENCE
    if fenced:
        start, limit = 1, min(len(lines), names.max_lines + 2)
    found: list[tuple[str, str]] = []
    end = start
    for index in range(start, limit):
        line = lines[index]
        if fenced and line == _FENCE:
            end = index + 1
            break
        field = split_field(line)
        hint = names.fields.get(field[0]) if field else None
        if field is None or hint is None:
            if fenced:
                return 0, []  # not front matter of fields we know: leave it to the other stages
            break
        found.append((hint, _unquoted(field[1])))
        end = index + 1
    else:
        if fenced:
            return 0, []  # no closing fence within reach
    if len(found) < names.min_fields:
        return 0, []
    return end, found


def _authors(value: str) -> str:
    names = [part for part in _AUTHOR_SEPARATORS.split(_BY.sub("", value)) if part]
    return "; ".join(dict.fromkeys(names))


def hints_from_fields(found: list[tuple[str, str]], words: HeaderWords) -> dict[str, Any]:
    """The metadata hints that (field, value) pairs give: the first non-empty value of each field, read."""
    hints: dict[str, Any] = {}
    for hint, value in found:
        if not value or hint == "other" or hint in hints:
            continue
        if hint == "url":
            url = _URL.search(value)
            if url:
                hints["url"] = url.group()
        elif hint in ("date", "date_modified"):
            stamps = find_stamps(value, words)
            if stamps:
                hints[hint] = stamps[0].iso()
        elif hint == "author":
            hints["author"] = _authors(value)
        else:
            hints[hint] = value
    return hints


def take_field_header(
    lines: tuple[str, ...], names: FieldNames, words: HeaderWords
) -> tuple[tuple[str, ...], tuple[Removal, ...], dict[str, Any]]:
    """Body lines, the field block's lines removed (rule field_header), and the hints its fields give."""
    end, found = _block(lines, names)
    if not end:
        return lines, (), {}
    removed = tuple(Removal(line, "field_header", "header", number) for number, line in enumerate(lines[:end], 1))
    return lines[end:], removed, hints_from_fields(found, words)


__all__ = ["FieldNames", "field_key", "hints_from_fields", "load_field_names", "split_field", "take_field_header"]
