"""config/repetition.toml: the repetition thresholds are data, read once, reloaded on request, checked for typos."""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.config import reload_config_files
from cleaner.errors import ConfigError
from cleaner.linestats import LineStats
from cleaner.repetition import Thresholds, load_repetition_thresholds
from cleaner.rules import default_config_dir
from tests.repetition_corpus import build_corpus, write_corpus


def _config_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    return folder


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "repetition.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bundled_file_sets_every_threshold_to_the_documented_default() -> None:
    """Every field is in the bundled file (none silently left to code), with the value the code documents."""
    text = (default_config_dir() / "repetition.toml").read_text(encoding="utf-8")
    for field in fields(Thresholds):
        assert f"\n{field.name} = " in text, field.name
    assert load_repetition_thresholds(default_config_dir()) == Thresholds()


def test_unknown_key_is_a_config_error_naming_it(tmp_path: Path) -> None:
    folder = _config_copy(tmp_path)
    _edit(folder, "min_docs = 5", "min_doc = 5")
    with pytest.raises(ConfigError, match="min_doc") as caught:
        load_repetition_thresholds(folder)
    assert "repetition.toml" in caught.value.one_line()


def test_thresholds_are_cached_until_reload(tmp_path: Path) -> None:
    folder = _config_copy(tmp_path)
    first = load_repetition_thresholds(folder)
    _edit(folder, "certain_share = 0.8", "certain_share = 0.9")
    assert load_repetition_thresholds(folder) is first
    reload_config_files()
    assert load_repetition_thresholds(folder).certain_share == 0.9


def test_learn_judges_templates_by_the_config_dirs_thresholds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Four dumps of a site: below the bundled min_docs (5) nothing is learned; a config dir with
    min_docs = 3 learns the site's template from the same counts."""
    folder = write_corpus(build_corpus(4, seed=5), tmp_path / "in")
    db = tmp_path / "counts.sqlite"
    assert main(["learn", str(folder), "--db", str(db), "--site", "herald"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("herald: 4 documents, 0 template lines, 0 line families")
    config = _config_copy(tmp_path)
    _edit(config, "min_docs = 5", "min_docs = 3")
    assert main(["learn", str(folder), "--db", str(db), "--site", "herald", "--config-dir", str(config)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("herald: 4 documents, ") and ", 0 template lines, 0 line families" not in out
    assert "seen in 4 of 4 documents: Share this article" in out
    with LineStats.open(db) as stats:
        assert stats.site_names() == [("herald", 4)]  # the second run counted nothing again


def test_service_learning_takes_a_new_snapshot_after_a_reload_changes_the_thresholds(tmp_path: Path) -> None:
    """The service's Learning judges its snapshots by its config dir, and SIGHUP's reload re-reads it; a bad
    file raises before anything changes."""
    from cleaner.service.learning import Learning

    config = _config_copy(tmp_path)
    (tmp_path / "state").mkdir()
    learning = Learning(tmp_path / "state", config)
    try:
        assert learning.snapshot.thresholds.min_docs == 5
        assert not learning.refresh(now=1000.0)  # nothing counted, nothing changed
        _edit(config, "min_docs = 5", "min_docs = 2")
        learning.reload(config)
        assert learning.refresh(now=2000.0)
        assert learning.snapshot.thresholds.min_docs == 2
        _edit(config, "min_docs = 2", "min_docs = 'two'")
        with pytest.raises(ConfigError, match="min_docs must be a non-negative int"):
            learning.reload(config)
        assert learning.snapshot.thresholds.min_docs == 2
    finally:
        learning.close()


def test_clean_learn_applies_the_config_dirs_thresholds(tmp_path: Path) -> None:
    """clean --learn on four dumps of one site drops no repeated line with the bundled min_docs (5), and
    drops template lines (and only those) with --config-dir's min_docs = 3."""
    corpus = build_corpus(4, seed=5)
    folder = write_corpus(corpus, tmp_path / "in")

    def repeated_lines(out: Path, *extra: str) -> set[str]:
        args = ["clean", str(folder), "-o", str(out), "--learn", "--site", "herald", "-j", "1", *extra]
        assert main(args) == 0
        found = set()
        for dump in corpus:
            record = json.loads((out / dump.name).with_suffix(".json").read_text(encoding="utf-8"))
            found |= {r["text"] for r in record["removed"] if r["rule"] == "repeated_line"}
            assert not found & set(dump.body)
        return found

    assert repeated_lines(tmp_path / "bundled") == set()
    config = _config_copy(tmp_path)
    _edit(config, "min_docs = 5", "min_docs = 3")
    learned = repeated_lines(tmp_path / "custom", "--config-dir", str(config))
    assert learned
    assert learned <= {line for dump in corpus for line in dump.template}
