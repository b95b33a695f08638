"""A dump's opening "Key: value" fields (scraper output, Jina Reader, YAML front matter) become metadata."""

from __future__ import annotations

import shutil
from pathlib import Path

from cleaner import CleanConfig, clean
from cleaner.config import reload_config_files
from cleaner.field_header import load_field_names, take_field_header
from cleaner.header_words import load_header_words
from cleaner.rules import default_config_dir

BODY = (
    "The council approved the scheme on Monday, and work on the new square will start in the spring.\n\n"
    "Residents said they were pleased with the plan, which has been debated for three years.\n"
)


def _take(text: str) -> tuple[tuple[str, ...], list[str], dict[str, object]]:
    lines = tuple(line for line in text.split("\n") if line.strip())
    kept, removed, hints = take_field_header(lines, load_field_names(), load_header_words())
    return kept, [r.rule for r in removed], hints


def test_a_scraper_field_block_gives_title_url_author_and_date() -> None:
    dump = (
        "URL: https://www.example.co.uk/news/local/council-plan-123\n"
        "Title: Council approves plan for town centre\n"
        "Author: Tom Jones and Amy Lee\n"
        "Date: 2024-03-05T10:30:00Z\n"
        "Updated: 6 March 2024 09:15\n"
        "Tags: council, planning\n\n" + BODY
    )
    result = clean(dump, name="dump.txt")
    assert result.text.split("\n")[0].startswith("The council approved the scheme on Monday")
    assert "Title:" not in result.text and "Tags:" not in result.text
    meta = result.metadata
    assert meta["title"] == "Council approves plan for town centre"
    assert meta["author"] == "Tom Jones; Amy Lee"
    assert meta["date"] == "2024-03-05T10:30"
    assert meta["date_modified"] == "2024-03-06T09:15"
    assert meta["source"] == "https://www.example.co.uk/news/local/council-plan-123"
    assert meta["hostname"] == "example.co.uk"
    assert [r.rule for r in result.removed].count("field_header") == 6


def test_jina_reader_header_is_read() -> None:
    dump = (
        "Title: Storm Ciarán batters southern England\n\n"
        "URL Source: https://news.example.com/uk/storm-ciaran\n\n"
        "Published Time: 2023-11-02T07:41:12+00:00\n\n"
        "Markdown Content:\n" + BODY
    )
    kept, rules, hints = _take(dump)
    assert rules == ["field_header"] * 4
    assert kept[0].startswith("The council approved")
    assert hints == {
        "title": "Storm Ciarán batters southern England",
        "url": "https://news.example.com/uk/storm-ciaran",
        "date": "2023-11-02T07:41",
    }


def test_yaml_front_matter_is_read_with_its_fences() -> None:
    dump = '---\ntitle: "Council approves plan"\nauthor: Tom Jones\ndate: 2024-03-05\n---\n' + BODY
    kept, rules, hints = _take(dump)
    assert len(rules) == 5
    assert hints == {"title": "Council approves plan", "author": "Tom Jones", "date": "2024-03-05"}
    assert kept[0].startswith("The council approved")


def test_lone_fields_and_unknown_keys_are_left_to_the_header_and_rules() -> None:
    """One known key is not a block ("Source: Reuters" over a story); unknown keys end it; body stays."""
    for text in (
        "Source: Reuters\n" + BODY,
        "Note: the figures below are provisional.\nTitle: Council approves plan\n" + BODY,
        "Warning: this story contains details some readers may find distressing.\n" + BODY,
        "---\nlayout: post\nfoo: bar\n---\n" + BODY,
    ):
        kept, rules, hints = _take(text)
        assert rules == [] and hints == {}
        assert len(kept) == len([line for line in text.split("\n") if line.strip()])


def test_a_body_that_opens_with_a_quote_label_is_not_taken() -> None:
    """Interview transcripts ("Q: …", "Minister: …") and a 'By' sentence are body, not fields."""
    text = "Q: Why did you stand?\nA: Because the town deserves better.\nBy Tuesday the river had risen.\n"
    kept, rules, _hints = _take(text)
    assert rules == [] and len(kept) == 3


def test_the_field_names_are_data(tmp_path: Path) -> None:
    """A config folder's metadata.toml decides the keys (here one that only knows "headline" and "link")."""
    bundled = (Path(__file__).parents[1] / "config" / "metadata.toml").read_text(encoding="utf-8")
    head = bundled.split("[field_header]")[0]
    (tmp_path / "metadata.toml").write_text(
        head + '[field_header]\nmin_fields = 2\nmax_lines = 16\ntitle = ["headline"]\nurl = ["link"]\n',
        encoding="utf-8",
    )
    names = load_field_names(tmp_path)
    lines = ("Headline: Council approves plan", "Link: https://example.com/a", "Title: not a known key here", "Body.")
    kept, removed, hints = take_field_header(lines, names, load_header_words())
    assert hints == {"title": "Council approves plan", "url": "https://example.com/a"}
    assert kept == lines[2:] and len(removed) == 2


def test_field_names_edited_in_metadata_toml_apply_after_a_reload(tmp_path: Path) -> None:
    """Keys added to [field_header] are read after reload_config_files (the service's SIGHUP): the field names
    are cached per config folder, and the reload forgets them with the header words."""
    config = tmp_path / "config"
    shutil.copytree(default_config_dir(), config)
    dump = (
        "Heading: Council approves the new budget\nWeb address: https://news.example.com/budget\n\n"
        "The council approved the new budget on Tuesday after a long debate about schools and roads.\n"
    )
    assert clean(dump, name="d.txt", config=CleanConfig(config_dir=config)).metadata["title"] is None
    metadata = config / "metadata.toml"
    text = metadata.read_text(encoding="utf-8")
    text = text.replace('title = ["title", ', 'title = ["heading", "title", ', 1).replace(
        'url = ["url", ', 'url = ["web address", "url", ', 1
    )
    metadata.write_text(text, encoding="utf-8")
    reload_config_files()
    result = clean(dump, name="d.txt", config=CleanConfig(config_dir=config))
    reload_config_files()
    assert result.metadata["title"] == "Council approves the new budget"
    assert result.text.startswith("The council approved")
