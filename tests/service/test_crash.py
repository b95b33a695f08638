"""kill -9 at any moment, then a restart: every input gives exactly one output, nothing half-written is left."""

from __future__ import annotations

import hashlib
import json
import os
import signal
from pathlib import Path

import pytest

from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system


def test_kill9_repeatedly_during_a_burst_then_restart(make_service: MakeService, tmp_path: Path) -> None:
    """Six kill -9s while 1,500 files are cleaned; after a restart each input has one output, the ledger agrees."""
    total = 1500
    service = make_service(settings={"scan_interval_seconds": 2})
    inputs = {f"k{n:04d}.txt": article(n, paragraphs=3) for n in range(total)}
    for name, data in inputs.items():
        (service.inbox / name).write_bytes(data)
    for _ in range(6):
        before = len(service.outputs())
        service.start()
        wait_until(lambda before=before: len(service.outputs()) >= before + 60, what="60 more outputs")
        service.kill9()
    service.start()
    service.wait_archived(set(inputs))
    assert service.stop() == 0

    stems = {name[:-4] for name in inputs}
    assert service.outputs() == stems
    for name, data in inputs.items():
        record = json.loads((service.outbox / f"{name[:-4]}.json").read_bytes())
        assert record["sha256_in"] == hashlib.sha256(data).hexdigest()
    assert service.temp_files() == []
    assert sorted(p.name for p in service.archive.iterdir()) == sorted(inputs)
    assert [p for p in service.inbox.iterdir() if p.is_file()] == []
    assert service.ledger("SELECT state, COUNT(*) FROM files GROUP BY state") == [("done", total)]
    assert service.ledger("SELECT COUNT(DISTINCT output) FROM files") == [(total,)]
    assert service.ledger("PRAGMA integrity_check") == [("ok",)]
    assert len(service.events("ready")) == 7


def test_killed_between_output_and_ledger_commit(make_service: MakeService, tmp_path: Path) -> None:
    """Dying after the output is written but before it is recorded: the restart redoes it, one output pair."""
    service = make_service().start(env={"CLEANER_FAULTS": "exit_before_commit"})
    drop(service.inbox, "edge.txt", article(21), staging=tmp_path / "staging")
    assert service.proc is not None and service.proc.wait(timeout=120) == 9
    service.wait_group_gone()
    assert service.outputs() == {"edge"}  # written, not recorded
    assert service.ledger("SELECT state FROM files") == [("processing",)]
    service.start()
    service.wait_archived({"edge.txt"})
    assert service.outputs() == {"edge"}
    assert service.ledger("SELECT state FROM files") == [("done",)]
    assert service.temp_files() == []


def test_killed_between_ledger_commit_and_archive(make_service: MakeService, tmp_path: Path) -> None:
    """Dying after the row is marked done: the restart only archives the input, the output is not rewritten."""
    service = make_service().start(env={"CLEANER_FAULTS": "exit_before_archive"})
    drop(service.inbox, "late.txt", article(22), staging=tmp_path / "staging")
    assert service.proc is not None and service.proc.wait(timeout=120) == 9
    service.wait_group_gone()
    written = os.stat(service.outbox / "late.json").st_mtime_ns
    assert (service.inbox / "late.txt").exists()
    service.start()
    service.wait_archived({"late.txt"})
    assert os.stat(service.outbox / "late.json").st_mtime_ns == written
    assert [line["outcome"] for line in service.events("file", file="late.txt")] == ["already_done"]
    assert service.ledger("SELECT state FROM files") == [("done",)]


def test_corrupt_ledger_refuses_to_start(make_service: MakeService) -> None:
    """A ledger full of zeros (or emptied) stops the start with one clear line, instead of redoing everything."""
    service = make_service()
    service.ledger_path.parent.mkdir(parents=True)
    for damage in (b"\0" * 8192, b""):
        service.ledger_path.write_bytes(damage)
        service.start(ready=False)
        assert service.proc is not None and service.proc.wait(timeout=120) == 5
        assert "ledger" in service.log_text().splitlines()[-1]
        assert not service.notify.has("READY=1")


def test_stale_temp_files_are_removed_at_start(make_service: MakeService) -> None:
    """Temp files a crash left in the output folder are deleted at start, never taken for outputs."""
    service = make_service()
    service.outbox.mkdir(parents=True)
    (service.outbox / ".cleaner-tmp-abc123").write_bytes(b"")
    (service.outbox / "keep-me.txt").write_bytes(b"not ours to delete")
    service.start()
    assert service.events("ready")[0]["stale_temps_removed"] == 1
    assert sorted(p.name for p in service.outbox.iterdir()) == [".cleaner", "keep-me.txt"]
    assert service.stop(signal.SIGTERM) == 0
