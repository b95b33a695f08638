"""`cleaner eval DIR`: gold folders (bag of words, beside C4 and keep-everything) and the Zyte benchmark mode."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from cleaner.baselines import trafilatura_benchmark
from cleaner.commands import eval_cmd
from cleaner.config import CleanConfig
from cleaner.evaluation import benchmark_items, gold_stems
from cleaner.scoring import shingle_score

SAMPLE = Path(__file__).parent / "data" / "zyte-sample"
SAMPLE_F1_FLOOR = 0.95  # cleaner's shingle F1 on the sample was 0.965 (trafilatura 0.867); may rise, never fall


def run_eval(argv: list[str]) -> int:
    """Parse and run `eval` with the given arguments, as the CLI does."""
    parser = argparse.ArgumentParser()
    eval_cmd.add_parser(parser.add_subparsers())
    args = parser.parse_args(["eval", "--no-progress", *argv])
    code: int = args.run(args)
    return code


def test_gold_mode_prints_cleaner_beside_c4_and_keep_everything(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every seed gets a line; the overall table has all three methods, the baselines at their known figures."""
    assert run_eval([str(seeds_dir), "-j", "1"]) == 0
    out = capsys.readouterr().out
    for stem in gold_stems(seeds_dir):
        assert stem in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.split()[:1]}
    assert rows["c4_filter"][3] == "0.984" and rows["c4_filter"][7] == "4"
    assert rows["keep_everything"][3] == "0.901" and rows["keep_everything"][7] == "78"
    assert "cleaner" in rows and "per language" in out


def test_gold_mode_json_has_overall_language_and_document_figures(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json gives the summaries per method, per language and per document as one JSON object."""
    assert run_eval([str(seeds_dir), "-j", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mode"] == "gold" and report["documents"] == 5
    assert set(report["overall"]) == {"cleaner", "c4_filter", "keep_everything"}
    assert report["overall"]["c4_filter"]["leaks"] == 4
    assert sum(group["cleaner"]["documents"] for group in report["by_language"].values()) == 5
    assert [doc["name"] for doc in report["per_document"]] == gold_stems(seeds_dir)


def make_gold_dir(folder: Path) -> Path:
    """A one-document gold folder where the gold demands a kept sentence be removed and adds a missing line."""
    body = "The bridge reopened on Friday after two years of repairs, the city council said."
    folder.mkdir()
    (folder / "doc.txt").write_text(f"{body}\nTraffic is expected to be heavy during the first week.\n")
    (folder / "doc.gold.txt").write_text(f"{body}\nA line that the dump does not have at all.\n")
    record = {"removed_lines": ["Traffic is expected to be heavy during the first week."], "metadata": {}}
    (folder / "doc.gold.json").write_text(json.dumps(record))
    return folder


def test_details_show_leaked_and_lost_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--details lists each leaked gold-removed line and each lost gold line under its document."""
    folder = make_gold_dir(tmp_path / "gold")
    assert run_eval([str(folder), "-j", "1", "--details"]) == 0
    out = capsys.readouterr().out
    assert "    leak: Traffic is expected to be heavy during the first week." in out
    assert "    lost: A line that the dump does not have at all." in out


def test_evaluate_gold_dir_returns_cleaner_scores_in_name_order(seeds_dir: Path) -> None:
    """The gate's entry point gives (name, score) for every gold document, sorted by name."""
    scored = eval_cmd.evaluate_gold_dir(seeds_dir, CleanConfig())
    assert [name for name, _score in scored] == gold_stems(seeds_dir)
    assert all(0.0 <= score.f1 <= 1.0 for _name, score in scored)


def test_benchmark_mode_scores_cleaner_and_trafilatura(capsys: pytest.CaptureFixture[str]) -> None:
    """Benchmark folders are scored with shingles: trafilatura matches a direct run; cleaner stays ahead of it."""
    assert run_eval([str(SAMPLE), "-j", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mode"] == "benchmark" and report["pages"] == 4
    assert set(report["methods"]) == {"cleaner", "trafilatura"}
    items = benchmark_items(SAMPLE)
    pages = [(p.read_bytes(), truth) for _item, p, truth in items]
    direct = shingle_score((trafilatura_benchmark(_gunzip_text(raw)), truth) for raw, truth in pages)
    assert report["methods"]["trafilatura"]["f1"] == round(direct.f1, 4)
    assert report["methods"]["cleaner"]["f1"] >= SAMPLE_F1_FLOOR
    assert report["methods"]["cleaner"]["f1"] > report["methods"]["trafilatura"]["f1"]
    assert report["methods"]["cleaner"]["pages_per_second_per_core"] > 0
    assert [page["id"] for page in report["per_page"]] == [item for item, _p, _t in items]


def _gunzip_text(raw: bytes) -> str:
    import gzip

    return gzip.decompress(raw).decode("utf-8")


def test_benchmark_table_and_details(capsys: pytest.CaptureFixture[str]) -> None:
    """The text report has a row per method, a language breakdown and, with --details, the worst pages."""
    assert run_eval([str(SAMPLE), "-j", "1", "--limit", "2", "--details"]) == 0
    out = capsys.readouterr().out
    assert "2 pages" in out
    assert any(line.startswith("cleaner ") for line in out.splitlines())
    assert any(line.startswith("trafilatura ") for line in out.splitlines())
    assert "worst pages for cleaner" in out


def test_benchmark_in_parallel_gives_the_same_scores(capsys: pytest.CaptureFixture[str]) -> None:
    """Two worker processes give the same quality figures as one."""
    assert run_eval([str(SAMPLE), "-j", "1", "--json"]) == 0
    serial = json.loads(capsys.readouterr().out)
    assert run_eval([str(SAMPLE), "-j", "2", "--json"]) == 0
    parallel = json.loads(capsys.readouterr().out)
    for report in (serial, parallel):
        for figures in report["methods"].values():
            figures.pop("pages_per_second_per_core")
    assert serial == parallel


def test_missing_or_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that is not a folder exits 2; a folder without gold documents exits 1, with a message."""
    assert run_eval([str(tmp_path / "nope")]) == 2
    assert run_eval([str(tmp_path)]) == 1
    assert "no NAME.txt" in capsys.readouterr().err
