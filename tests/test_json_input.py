"""A dump that is one JSON record (news-please, newspaper, a Scrapy item) is cleaned from its article field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cleaner import CleanConfig, clean
from cleaner.cli import main
from cleaner.field_header import load_field_names
from cleaner.header_words import load_header_words
from cleaner.json_input import JsonRecord, load_content_keys, read_json_record
from cleaner.rules import default_config_dir

BODY = [
    "The council approved the scheme on Monday, and work on the new square will start in the spring.",
    "READ MORE: Town centre traders fear new parking charges",
    "Residents said they were pleased with the plan, which has been debated for three years.",
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
]
NEWS_PLEASE = {
    "authors": ["Tom Jones", "Amy Lee"],
    "date_download": "2024-03-06 10:00:00",
    "date_modify": None,
    "date_publish": "2024-03-05 10:30:00",
    "description": "The scheme will transform the high street.",
    "image_url": "https://www.example.co.uk/img.jpg",
    "language": "en",
    "maintext": "\n".join(BODY),
    "source_domain": "www.example.co.uk",
    "title": "Council approves plan for town centre",
    "url": "https://www.example.co.uk/news/council-plan-123",
}


def _read(text: str) -> JsonRecord | None:
    return read_json_record(text, load_field_names(), load_content_keys(), load_header_words())


def test_a_news_please_record_cleans_to_its_article_with_its_metadata() -> None:
    result = clean(json.dumps(NEWS_PLEASE), name="item.json")
    assert result.text.splitlines() == [BODY[0], BODY[2]]
    meta = result.metadata
    assert meta["title"] == "Council approves plan for town centre"
    assert meta["author"] == "Tom Jones; Amy Lee"
    assert meta["date"] == "2024-03-05T10:30"
    assert meta["date_modified"] is None
    assert meta["source"] == "https://www.example.co.uk/news/council-plan-123"
    assert meta["excerpt"] == "The scheme will transform the high street."
    assert meta["input_kind"] == "text"
    assert {r.rule for r in result.removed} == {"read_more_teaser", "newsletter_consent"}


def test_an_html_field_is_preferred_and_cleaned_as_a_page() -> None:
    page = (
        "<html><head><title>Council approves plan</title></head><body><article><h1>Council approves plan</h1>"
        + "".join(f"<p>{line}</p>" for line in (BODY[0], BODY[2]))
        + "</article></body></html>"
    )
    item = {
        "text": "a short teaser",
        "html": page,
        "url": "https://www.example.co.uk/a",
        "author": {"name": "Tom Jones"},
    }
    result = clean(json.dumps(item), name="item.json")
    assert result.metadata["input_kind"] == "html"
    assert result.text.splitlines() == [BODY[0], BODY[2]]
    assert result.metadata["author"] == "Tom Jones"


def test_paragraph_lists_and_camel_case_keys() -> None:
    record = _read(json.dumps({"headline": "A", "articleBody": [BODY[0], BODY[2]], "datePublished": "2024-03-05"}))
    assert record is not None
    assert record.content == f"{BODY[0]}\n{BODY[2]}"
    assert record.hints == {"title": "A", "date": "2024-03-05"}


def test_json_without_an_article_is_refused_and_other_text_is_not_json() -> None:
    result = clean('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}', name="ld.json")
    assert result.rejected is not None and "no article field" in result.rejected
    for text in ('{"a": 1} The council approved the scheme.', "[1, 2, 3]", "{not json at all", "Plain text."):
        assert _read(text) is None


def test_the_cli_cleans_a_json_file(tmp_path: Path) -> None:
    source = tmp_path / "item.json"
    source.write_text(json.dumps(NEWS_PLEASE), encoding="utf-8")
    assert main(["clean", str(source), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    assert (tmp_path / "out" / "item.txt").read_text(encoding="utf-8").splitlines() == [BODY[0], BODY[2]]
    assert json.loads((tmp_path / "out" / "item.json").read_text(encoding="utf-8"))["title"].startswith("Council")


def test_json_lines_are_refused_with_the_reason_and_braced_dumps_are_not() -> None:
    """A .jsonl feed (one record a line) is refused as a whole, with the record count, instead of being cleaned
    as a text dump of JSON; a dump whose first line is an object followed by prose is no feed."""
    feed = json.dumps(NEWS_PLEASE) + "\n" + json.dumps(NEWS_PLEASE) + "\n\n" + json.dumps(NEWS_PLEASE) + "\n"
    result = clean(feed, name="items.jsonl")
    assert result.rejected == "JSON Lines with 3 records: one record a file is read (split it)"
    assert _read('{"a": 1}\nThe council approved the scheme on Tuesday.\n') is None
    residue = '{"@type": "WebPage"}\n{"@type": "Organization"}\n'  # JSON-LD blocks left above the article
    dump = residue + "The council approved the scheme on Tuesday after a long debate about roads.\n"
    assert _read(dump) is None
    assert "The council approved the scheme" in clean(dump, name="dump.txt").text


def test_a_config_folder_without_metadata_toml_reads_the_bundled_keys(tmp_path: Path) -> None:
    """A config folder of rules with no metadata.toml of its own reads the bundled one for the JSON record's
    keys, as it does for the field header's names and the header words: the record is cleaned, not refused."""
    shutil.copytree(default_config_dir(), tmp_path / "config")
    (tmp_path / "config" / "metadata.toml").unlink()
    result = clean(json.dumps(NEWS_PLEASE), name="item.json", config=CleanConfig(config_dir=tmp_path / "config"))
    assert result.rejected is None
    assert result.text.splitlines() == [BODY[0], BODY[2]]
