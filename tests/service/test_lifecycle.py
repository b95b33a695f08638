"""The service's life: ready, watchdog pings, files before start, SIGTERM, SIGHUP, a vanished inbox."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system


def test_ready_status_watchdog_and_sigterm_exit_zero(make_service: MakeService, tmp_path: Path) -> None:
    """READY=1 after start, WATCHDOG=1 pings and STATUS= counts; SIGTERM sends STOPPING=1 and exits 0."""
    service = make_service().start()
    drop(service.inbox, "one.txt", article(1), staging=tmp_path / "staging")
    service.wait_outputs({"one"})
    wait_until(lambda: service.notify.has("WATCHDOG=1"), what="a WATCHDOG=1 ping")
    wait_until(
        lambda: any("STATUS=1 done" in m for m in service.notify.poll()), what="a STATUS= line counting the file"
    )
    assert service.stop(signal.SIGTERM) == 0
    assert service.notify.has("STOPPING=1")
    assert service.events("stopped")


def test_sigint_finishes_the_file_in_hand(make_service: MakeService, tmp_path: Path) -> None:
    """SIGINT while files are in hand: they are finished (or left for the next start), exit 0, no temp files."""
    service = make_service().start()
    for number in range(40):
        drop(service.inbox, f"f{number}.txt", article(number, paragraphs=400), staging=tmp_path / "staging")
    wait_until(lambda: service.outputs(), what="the first output")
    assert service.stop(signal.SIGINT) == 0
    assert service.events("stopping")[0]["in_hand"] >= 1  # 39 files to go: the workers were busy
    assert service.events("stopped")[0]["abandoned"] == 0  # finished within stop_timeout_seconds
    assert service.temp_files() == []
    done = {row[0] for row in service.ledger("SELECT output FROM files WHERE state = 'done'")}
    assert done == service.outputs()
    assert service.ledger("SELECT COUNT(*) FROM files WHERE state = 'processing'") == [(0,)]
    service.start()
    service.wait_outputs({f"f{n}" for n in range(40)})


def test_files_present_before_start_are_processed(make_service: MakeService) -> None:
    """Files already in the inbox at start, one with a year-old mtime, are found by the start-up scan."""
    service = make_service(settings={"scan_interval_seconds": 3600})
    for number in range(30):
        (service.inbox / f"pre{number}.txt").write_bytes(article(number))
    old = service.inbox / "pre0.txt"
    year_ago = time.time() - 365 * 86400
    os.utime(old, (year_ago, year_ago))
    service.start()
    service.wait_outputs({f"pre{n}" for n in range(30)})
    assert sorted(p.name for p in service.inbox.iterdir() if p.is_file()) == []
    assert len(list(service.archive.iterdir())) == 30


def test_sighup_reloads_rules_and_config(make_service: MakeService, tmp_path: Path) -> None:
    """SIGHUP reads the config file and the rules again; a bad new config is refused and the old one kept."""
    repo_config = Path(__file__).resolve().parents[2] / "config"
    rules = tmp_path / "rules"
    (rules / "sites").mkdir(parents=True)
    generic = (repo_config / "generic.toml").read_text(encoding="utf-8")
    (rules / "generic.toml").write_text(generic, encoding="utf-8")
    config = tmp_path / "cleaner.toml"
    config.write_text(f'config_dir = "{rules}"\ninput_action = "archive"\n', encoding="utf-8")
    service = make_service(settings={"config": config})
    service.start()
    marker = b"ZZMARKER readers wrote to the editor about the council decision and the new budget on Monday."
    marked = article(1).replace(b"\n\nMembers", b"\n\n" + marker + b"\n\nMembers")
    drop(service.inbox, "before.txt", marked, staging=tmp_path / "staging")
    service.wait_outputs({"before"})
    assert "ZZMARKER" in (service.outbox / "before.txt").read_text(encoding="utf-8")

    rule = '\n[[rules]]\nname = "zz_marker"\ncategory = "ad"\npattern = "^ZZMARKER"\n'
    (rules / "generic.toml").write_text(generic + rule, encoding="utf-8")
    config.write_text(f'config_dir = "{rules}"\ninput_action = "delete"\n', encoding="utf-8")
    service.send(signal.SIGHUP)
    wait_until(lambda: service.events("reloaded"), what="the reloaded log line")
    drop(service.inbox, "after.txt", marked.replace(b"number 1", b"number 2"), staging=tmp_path / "staging")
    service.wait_outputs({"before", "after"})
    assert "ZZMARKER" not in (service.outbox / "after.txt").read_text(encoding="utf-8")
    assert any(removal["rule"] == "zz_marker" for removal in service.record("after")["removed"])
    assert not (service.archive / "after.txt").exists()  # input_action = delete took effect

    config.write_text('settle_seconds = "soon"\n', encoding="utf-8")
    service.send(signal.SIGHUP)
    wait_until(lambda: service.events("reload_failed"), what="the reload_failed log line")
    assert "settle_seconds" in service.events("reload_failed")[0]["error"]
    assert service.proc is not None and service.proc.poll() is None
    assert service.stop() == 0


def test_vanished_inbox_exits_non_zero(make_service: MakeService) -> None:
    """When the inbox folder disappears the service says so and exits non-zero (systemd restarts it)."""
    service = make_service().start()
    os.rename(service.inbox, service.root / "gone")
    assert service.proc is not None
    assert service.proc.wait(timeout=60) == 1
    assert service.events("inbox_gone")
