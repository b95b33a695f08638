"""Events are a hint, the folder is the truth: a dead watcher, a kernel queue overflow, scans only, a full queue."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system


def test_watcher_thread_death_is_detected_and_recovered(make_service: MakeService, tmp_path: Path) -> None:
    """An exception in watchdog's thread is logged, the observer restarted, and no file is missed."""
    service = make_service(settings={"scan_interval_seconds": 3600}, env={"CLEANER_FAULTS": "watcher_raise"})
    service.start()
    drop(service.inbox, "first.txt", article(1), staging=tmp_path / "staging")  # its event kills the observer
    wait_until(lambda: service.events("watcher_died"), what="the watcher_died log line")
    assert service.events("thread_crashed")
    service.wait_archived({"first.txt"})
    drop(service.inbox, "second.txt", article(2), staging=tmp_path / "staging")
    service.wait_archived({"second.txt"})
    assert len(service.events("watcher_died")) == 1


def test_inotify_queue_overflow_is_recovered_by_a_scan(make_service: MakeService, tmp_path: Path) -> None:
    """Overflow the kernel queue for real (service stopped, more events than max_queued_events): all files done."""
    queue_limit = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    service = make_service(settings={"scan_interval_seconds": 3600}).start()
    assert service.proc is not None
    service.send(signal.SIGSTOP)  # its inotify reader cannot drain the kernel queue now
    try:
        for number in range(3 * queue_limit):  # ignored names still cost one event each (3x: a sure overflow)
            with open(service.inbox / f".noise{number}.tmp", "wb"):
                pass
        real = {f"real{n}.txt" for n in range(40)}
        for number, name in enumerate(sorted(real)):
            drop(service.inbox, name, article(number), staging=tmp_path / "staging")
    finally:
        service.send(signal.SIGCONT)
    wait_until(lambda: service.events("events_lost"), what="the events_lost log line")
    assert any(line["inotify_overflows"] >= 1 for line in service.events("events_lost"))
    service.wait_archived(real)
    assert len(service.outputs()) == len(real)


def test_scan_only_mode_finds_every_file(make_service: MakeService, tmp_path: Path) -> None:
    """With events switched off (network filesystems), the periodic scan alone finds every file."""
    service = make_service(settings={"events": "false", "scan_interval_seconds": 0.5, "settle_seconds": 0.5})
    service.start()
    names = {f"scan{n}.txt" for n in range(20)}
    for number, name in enumerate(sorted(names)):
        drop(service.inbox, name, article(number), staging=tmp_path / "staging")
    (service.inbox / "inplace.txt").write_bytes(article(99))
    service.wait_archived(names | {"inplace.txt"})


def test_bounded_pending_set_loses_nothing(make_service: MakeService, tmp_path: Path) -> None:
    """300 files with room for 16 in memory: the rest wait in the inbox and later scans bring them in."""
    service = make_service(settings={"max_pending": 16, "scan_interval_seconds": 1}).start()
    names = {f"q{n:03d}.txt" for n in range(300)}
    staging = tmp_path / "staging"
    staging.mkdir()
    for number, name in enumerate(sorted(names)):
        (staging / name).write_bytes(article(number, paragraphs=2))
    for name in sorted(names):
        os.replace(staging / name, service.inbox / name)
    service.wait_archived(names)
    assert len(service.outputs()) == 300


def test_duplicate_content_and_output_name_clash(make_service: MakeService, tmp_path: Path) -> None:
    """Same bytes under a second name: cleaned once, the copy archived. Another input for a taken NAME: failed/."""
    service = make_service().start()
    staging = tmp_path / "staging"
    drop(service.inbox, "story.txt", article(31), staging=staging)
    service.wait_archived({"story.txt"})
    drop(service.inbox, "story-copy.txt", article(31), staging=staging)
    drop(service.inbox, "story.html", article(32), staging=staging)
    service.wait_archived({"story-copy.txt"})
    wait_until(lambda: (service.failed / "story.html.error.json").exists(), what="the clash in failed/")
    assert service.outputs() == {"story"}
    assert [line["outcome"] for line in service.events("file", file="story-copy.txt")] == ["duplicate"]
    assert service.ledger("SELECT duplicates FROM files WHERE name = 'story.txt'") == [(1,)]
    reason = (service.failed / "story.html.error.json").read_text(encoding="utf-8")
    assert "already written from story.txt" in reason
    for name in ("twin-a.txt", "twin-b.txt"):  # the same new content twice at once: one output
        drop(service.inbox, name, article(33), staging=staging)
    service.wait_archived({"twin-a.txt", "twin-b.txt"})
    assert len(service.outputs() & {"twin-a", "twin-b"}) == 1
    outcomes = sorted(line["outcome"] for n in ("twin-a.txt", "twin-b.txt") for line in service.events("file", file=n))
    assert outcomes == ["done", "duplicate"]


def test_keep_and_delete_input_actions(make_service: MakeService, tmp_path: Path) -> None:
    """input_action keep leaves the file where it is and scans pass it by; delete removes it after the output."""
    settings = {"input_action": "keep", "scan_interval_seconds": 0.3, "log_level": "debug"}
    keep = make_service(settings=settings).start()
    drop(keep.inbox, "stay.txt", article(41), staging=tmp_path / "staging")
    keep.wait_outputs({"stay"})
    wait_until(lambda: len(keep.events("scan")) >= 3, what="three more scans")  # a scan at start + two more
    assert (keep.inbox / "stay.txt").exists()
    assert len(keep.events("file", file="stay.txt")) == 1
    delete = make_service(settings={"input_action": "delete"}).start()
    drop(delete.inbox, "gone.txt", article(42), staging=tmp_path / "staging2")
    delete.wait_outputs({"gone"})
    wait_until(lambda: not (delete.inbox / "gone.txt").exists(), what="the input deleted")
    assert not delete.archive.exists() or not any(delete.archive.iterdir())
