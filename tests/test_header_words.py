"""The header word lists are data (config/metadata.toml): a config folder can add a language without code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cleaner import ConfigError
from cleaner.dates import find_stamps
from cleaner.header import take_header
from cleaner.header_words import load_header_words, reload_header_words
from cleaner.rules import default_config_dir


def _config_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    return folder


def test_a_config_folder_can_add_month_names_and_byline_words(tmp_path: Path) -> None:
    """Polish month and byline words added to a copy of metadata.toml are read from that folder."""
    folder = _config_copy(tmp_path)
    path = folder / "metadata.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('2 = ["february"', '2 = ["lutego", "february"').replace('"by", "written by"', '"autorka", "by"')
    path.write_text(text, encoding="utf-8")
    words = load_header_words(folder)
    assert [s.iso() for s in find_stamps("23 lutego 2022, 10:15", words)] == ["2022-02-23T10:15"]
    _kept, _removed, hints = take_header(("Nagłówek artykułu o rozmowach", "Autorka Anna Nowak"), words=words)
    assert hints["author"] == "Anna Nowak"
    assert find_stamps("23 lutego 2022", load_header_words()) == []


def test_missing_metadata_toml_falls_back_on_the_bundled_one(tmp_path: Path) -> None:
    """A config folder without metadata.toml still reads bylines and dates with the bundled words."""
    folder = _config_copy(tmp_path)
    (folder / "metadata.toml").unlink()
    assert load_header_words(folder) == load_header_words()


def test_invalid_metadata_toml_is_a_config_error_naming_the_file(tmp_path: Path) -> None:
    """A month number out of range is a ConfigError that names metadata.toml and the key."""
    folder = _config_copy(tmp_path)
    (folder / "metadata.toml").write_text('[months]\n13 = ["smarch"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_header_words(folder)
    assert caught.value.one_line().startswith(f"{folder / 'metadata.toml'}: months.13")


def test_reload_reads_the_file_again(tmp_path: Path) -> None:
    """After reload_header_words, an edited metadata.toml takes effect."""
    folder = _config_copy(tmp_path)
    before = load_header_words(folder)
    path = folder / "metadata.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"Reuters", ', ""), encoding="utf-8")
    assert load_header_words(folder) is before
    reload_header_words()
    assert "Reuters" not in load_header_words(folder).agencies
