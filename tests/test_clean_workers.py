"""`cleaner clean -j N`: forked workers start from a core the parent warmed once; outputs are the same as -j 1."""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

import pytest

import cleaner.commands.clean_cmd as clean_cmd
from cleaner.cli import main

DATA = Path(__file__).parent / "data"


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    dumps = sorted(p for p in (DATA / "seeds").glob("*.txt") if not p.name.endswith(".gold.txt"))[:6]
    for path in dumps:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_forked_workers_start_warm_and_write_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under fork the parent warms the core once before the pool starts (and unfreezes its objects after);
    every NAME.txt and NAME.json is byte for byte what -j 1 writes."""
    if clean_cmd._pool_context().get_start_method() != "fork":
        pytest.skip("workers are forked only where fork is the start method")
    folder = _inputs(tmp_path)
    monkeypatch.setattr(clean_cmd, "_WARM_MIN_FILES_PER_JOB", 1)
    warmed: list[object] = []
    real_warm = clean_cmd.warm_core
    monkeypatch.setattr(clean_cmd, "warm_core", lambda config: warmed.append(config) or real_warm(config))
    frozen_before = gc.get_freeze_count()
    assert main(["clean", str(folder), "-o", str(tmp_path / "one"), "-j", "1", "--no-progress"]) == 0
    assert warmed == []  # one process: nothing to fork
    assert gc.get_freeze_count() == frozen_before
    assert main(["clean", str(folder), "-o", str(tmp_path / "two"), "-j", "2", "--no-progress"]) == 0
    assert len(warmed) == 1
    assert gc.get_freeze_count() == frozen_before
    assert len(_outputs(tmp_path / "two")) >= 8  # most seeds are articles (a NAME.txt and a NAME.json each)
    assert _outputs(tmp_path / "two") == _outputs(tmp_path / "one")


def test_spawned_workers_are_not_warmed_in_vain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where workers are spawned (Windows, macOS) they would not inherit a warm parent: it is not warmed."""
    folder = _inputs(tmp_path)
    monkeypatch.setattr(clean_cmd, "_WARM_MIN_FILES_PER_JOB", 1)
    monkeypatch.setattr(clean_cmd, "_pool_context", lambda: multiprocessing.get_context("spawn"))
    warmed: list[object] = []
    monkeypatch.setattr(clean_cmd, "warm_core", warmed.append)
    assert main(["clean", str(folder), "-o", str(tmp_path / "out"), "-j", "2", "--no-progress"]) == 0
    assert warmed == []
    assert len(_outputs(tmp_path / "out")) >= 8


def test_a_warm_up_that_fails_costs_only_its_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Warming is a speed-up: when it raises, the run goes on and every file is cleaned (a real fault would fail
    each file with its own one-line error, as without warming)."""
    folder = _inputs(tmp_path)
    monkeypatch.setattr(clean_cmd, "_WARM_MIN_FILES_PER_JOB", 1)
    monkeypatch.setattr(clean_cmd, "_pool_context", lambda: multiprocessing.get_context("fork"))

    def broken_warm(config: object) -> None:
        raise RuntimeError("warm-up broke")

    monkeypatch.setattr(clean_cmd, "warm_core", broken_warm)
    assert main(["clean", str(folder), "-o", str(tmp_path / "out"), "-j", "2", "--no-progress"]) == 0
    assert len(_outputs(tmp_path / "out")) >= 8
