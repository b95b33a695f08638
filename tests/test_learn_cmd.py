"""`cleaner learn` and `cleaner clean --learn`: counts from folders, cleaning with them, profile export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.extract import text_to_lines
from cleaner.linestats import LineStats
from cleaner.rules import load_profile_file
from cleaner.strip import apply_rules
from tests.repetition_corpus import Dump, build_corpus, write_corpus


@pytest.fixture(scope="module")
def corpus() -> list[Dump]:
    """30 dumps of the made-up site."""
    return build_corpus(30, seed=3)


def test_learn_counts_a_folder_once_and_reports_templates(
    tmp_path: Path, corpus: list[Dump], capsys: pytest.CaptureFixture[str]
) -> None:
    """learn counts every dump under --site, lists what repeats, and a second run counts nothing again."""
    folder = write_corpus(corpus, tmp_path / "in")
    db = tmp_path / "counts.sqlite"
    assert main(["learn", str(folder), "--db", str(db), "--site", "herald", "-j", "2"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("herald: 30 documents, ")
    assert "seen in 30 of 30 documents: Share this article" in out
    assert "30 dumps counted, 0 counted before" in err
    assert main(["learn", str(folder), "--db", str(db), "--site", "herald", "-j", "1"]) == 0
    assert "0 dumps counted, 30 counted before" in capsys.readouterr().err
    with LineStats.open(db) as stats:
        assert stats.site_names() == [("herald", 30)]


def test_exported_profile_loads_and_strips_the_template(tmp_path: Path, corpus: list[Dump]) -> None:
    """The exported profile is valid config; its rules drop the template lines and no body line."""
    folder = write_corpus(corpus, tmp_path / "in")
    profile_path = tmp_path / "herald.toml"
    db = tmp_path / "c.sqlite"
    assert main(["learn", str(folder), "--db", str(db), "--site", "herald", "--export", str(profile_path)]) == 0
    profile = load_profile_file(profile_path)
    assert profile.name == "herald"
    assert {rule.name for rule in profile.rules} == {"learned_line", "learned_family"}
    assert any(fp.search(corpus[0].text) for fp in profile.fingerprints)
    template_left = body_lost = 0
    for dump in corpus:
        kept, removed = apply_rules(text_to_lines(dump.text), [profile])
        kept_lines = {text for _n, text in kept}
        template_left += sum(1 for line in dump.template if line in kept_lines)
        body_lost += sum(1 for r in removed if r.text in dump.body)
    assert body_lost == 0
    assert template_left <= len([t for d in corpus for t in d.template]) // 20


def test_learn_hints_at_site_when_dumps_share_no_site(
    tmp_path: Path, corpus: list[Dump], capsys: pytest.CaptureFixture[str]
) -> None:
    """Text dumps that name no site of their own are pooled as 'unknown'; too few of them get a --site hint."""
    folder = write_corpus(corpus[:3], tmp_path / "in")
    assert main(["learn", str(folder), "--db", str(tmp_path / "c.sqlite"), "-j", "1"]) == 0
    out, err = capsys.readouterr()
    assert "pass --site NAME" in err
    assert "documents, 0 template lines, 0 line families" in out


def test_export_needs_a_site_when_counts_hold_several(
    tmp_path: Path, corpus: list[Dump], capsys: pytest.CaptureFixture[str]
) -> None:
    """With dumps of several sites and no --site, export refuses and names the sites."""
    db = tmp_path / "c.sqlite"
    with LineStats.open(db) as stats:
        stats.observe("other.example", ["A line", "Another line"])
    folder = write_corpus(corpus[:5], tmp_path / "in")
    code = main(["learn", str(folder), "--db", str(db), "--export", str(tmp_path / "p.toml"), "-j", "1"])
    assert code == 2
    assert "pick one with --site" in capsys.readouterr().err
    assert not (tmp_path / "p.toml").exists()


def test_clean_learn_drops_template_and_explains_it(
    tmp_path: Path, corpus: list[Dump], capsys: pytest.CaptureFixture[str]
) -> None:
    """clean --learn counts the folder first, then every output lacks the template and keeps the body."""
    folder = write_corpus(corpus, tmp_path / "in")
    out_dir = tmp_path / "out"
    args = ["clean", str(folder), "-o", str(out_dir), "--learn", "--site", "herald", "--explain", "-j", "1"]
    assert main(args) == 0
    explain = capsys.readouterr().out
    assert re.search(r": repeated_line \((?:lines labelled “\w+” )?seen in \d+ of 30 documents\): ", explain)
    assert (out_dir / ".cleaner-learned.sqlite").is_file()
    for dump in corpus:
        text = (out_dir / dump.name).with_suffix(".txt").read_text(encoding="utf-8").splitlines()
        assert not set(dump.template) & set(text)
        record = json.loads((out_dir / dump.name).with_suffix(".json").read_text(encoding="utf-8"))
        repeated = [r for r in record["removed"] if r["rule"] == "repeated_line"]
        assert not {r["text"] for r in repeated} & set(dump.body)
        assert all(r["detail"].startswith(("seen in", "lines labelled", "lines starting")) for r in repeated)


def test_clean_with_learned_counts_from_learn(
    tmp_path: Path, corpus: list[Dump], capsys: pytest.CaptureFixture[str]
) -> None:
    """clean --learn-db applies counts made by learn to a single new dump, without counting it."""
    db = tmp_path / "c.sqlite"
    assert main(["learn", str(write_corpus(corpus[1:], tmp_path / "in")), "--db", str(db), "--site", "herald"]) == 0
    single = write_corpus(corpus[:1], tmp_path / "new") / corpus[0].name
    out_dir = tmp_path / "out"
    assert main(["clean", str(single), "-o", str(out_dir), "--learn-db", str(db), "--site", "herald"]) == 0
    text = (out_dir / single.name).with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    assert "Skip to main content" not in text
    with LineStats.open(db) as stats:
        assert stats.site_names() == [("herald", 29)]


def test_clean_refuses_missing_counts_and_learning_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --learn-db that does not exist is a config error (exit 3); --learn cannot count stdin."""
    assert main(["clean", "-", "--learn-db", str(tmp_path / "none.sqlite")]) == 3
    assert "no learned counts here" in capsys.readouterr().err
    assert main(["clean", "-", "--learn"]) == 3
    assert "not stdin" in capsys.readouterr().err
