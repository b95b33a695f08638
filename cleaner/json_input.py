"""Dumps that are one JSON record (news-please, newspaper, a Scrapy item): the article field and metadata fields."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleaner.field_header import FieldNames, field_key, hints_from_fields
from cleaner.header_words import HeaderWords, metadata_tables


@dataclass(frozen=True, slots=True)
class ContentKeys:
    """metadata.toml [json_input]: the fields that may hold the article, the page's HTML ones first."""

    html: tuple[str, ...]
    text: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class JsonRecord:
    """The article a JSON dump holds and the metadata hints its other fields give."""

    content: str
    hints: dict[str, Any]
    rejected: str = ""  # why the input is refused as a whole (JSON Lines: many records in one file)


@lru_cache(maxsize=8)
def load_content_keys(config_dir: Path | None = None) -> ContentKeys:
    """The [json_input] table of config_dir/metadata.toml, else of the bundled config (cached per folder)."""
    table = metadata_tables(config_dir)[1].get("json_input", {})
    return ContentKeys(
        tuple(field_key(key) for key in table.get("html", [])), tuple(field_key(key) for key in table.get("text", []))
    )


def _as_text(value: Any) -> str:
    """A field's value as text: strings as they are, lists joined ("; " for names), a person's "name"."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("@value") or "")
    if isinstance(value, list):
        return "; ".join(text for text in map(_as_text, value) if text)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _content(value: Any) -> str:
    """The article text of a content field: a string, or a list of paragraphs one a line."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n".join(value)
    return ""


def read_json_record(text: str, names: FieldNames, keys: ContentKeys, words: HeaderWords) -> JsonRecord | None:
    """The record when text is one JSON object: its article field (content "" when it has none: a JSON-LD block,
    an item without text); None when text is not one JSON object (a dump that opens with a brace)."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return _json_lines(text) if error.msg == "Extra data" else None
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    fields = {field_key(key): value for key, value in data.items() if isinstance(key, str)}
    content = next(
        (found for key in keys.html + keys.text if key in fields and (found := _content(fields[key])).strip()), ""
    )
    if not content:
        return JsonRecord("", {})
    pairs = [(names.fields[key], _as_text(value)) for key, value in fields.items() if key in names.fields]
    return JsonRecord(content, hints_from_fields(pairs, words))


def _json_lines(text: str) -> JsonRecord | None:
    """A refusal when text is JSON Lines (a feed of records, every line one object: Scrapy's and news-please's
    .jsonl), which one output pair cannot hold; None when any line is not a JSON object (a dump whose script
    residue left JSON objects above the article)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    for line in lines:  # stops at a dump's first line of prose
        try:
            if not isinstance(json.loads(line), dict):
                return None
        except (ValueError, RecursionError):
            return None
    return JsonRecord("", {}, rejected=f"JSON Lines with {len(lines)} records: one record a file is read (split it)")


__all__ = ["ContentKeys", "JsonRecord", "load_content_keys", "read_json_record"]
