"""The service's parts on their own: ledger states, pending set, notify datagrams, failed/ names, scans."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from cleaner.service import filing
from cleaner.service.inbox import Pending, is_ignored, scan
from cleaner.service.ledger import Ledger, LedgerError
from cleaner.service.notify import Notifier


def test_ledger_life_of_a_file(tmp_path: Path) -> None:
    """claim → retry (attempts counted only for crashes) → done; counts and output owners follow."""
    ledger = Ledger.open(tmp_path)
    ledger.claim("a" * 64, name="a.txt", size=10)
    assert ledger.mark_retry("a" * 64, reason="boom", count_attempt=True) == 1
    assert ledger.mark_retry("a" * 64, reason="disk full", count_attempt=False) == 1
    ledger.claim("a" * 64, name="a.txt", size=10)
    ledger.mark_done("a" * 64, output="a", ms=5)
    row = ledger.lookup("a" * 64)
    assert row is not None and (row.state, row.output, row.attempts) == ("done", "a", 1)
    assert ledger.output_owner("a", name="a.html") == "a.txt"
    assert ledger.output_owner("a", name="a.txt") is None
    assert ledger.counts()["done"] == 1
    assert ledger.integrity() == "ok"


def test_ledger_refiled_failure_starts_with_zero_attempts(tmp_path: Path) -> None:
    """A quarantined file dropped in again is tried afresh; failures are journaled, newest first."""
    ledger = Ledger.open(tmp_path)
    ledger.claim("b" * 64, name="b.txt", size=1)
    for _ in range(3):
        ledger.mark_retry("b" * 64, reason="crash", count_attempt=True)
    ledger.mark_failed("b" * 64, name="b.txt", state="quarantined", reason="crashed 3 times", moved_to="/f/b.txt")
    ledger.mark_failed(None, name="pipe", state="rejected", reason="FIFO", moved_to="/f/pipe")
    ledger.claim("b" * 64, name="b.txt", size=1)
    row = ledger.lookup("b" * 64)
    assert row is not None and (row.state, row.attempts) == ("processing", 0)
    assert [f.name for f in ledger.last_failures()] == ["pipe", "b.txt"]
    assert ledger.counts()["failed_unread"] == 1
    assert ledger.reset_interrupted() == 1
    with pytest.raises(ValueError, match="not a failed state"):
        ledger.mark_failed(None, name="x", state="done", reason="", moved_to=None)


def test_ledger_stores_undecodable_names(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8 is stored and shown with \\x escapes."""
    ledger = Ledger.open(tmp_path)
    name = os.fsdecode(b"caf\xe9.txt")
    ledger.claim("c" * 64, name=name, size=1)
    row = ledger.lookup("c" * 64)
    assert row is not None and row.name == "caf\\xe9.txt"


def test_ledger_refuses_garbage(tmp_path: Path) -> None:
    """A ledger file that is not SQLite raises LedgerError (exit 5), it is never replaced."""
    (tmp_path / "ledger.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(LedgerError, match="move it away"):
        Ledger.open(tmp_path)
    assert (tmp_path / "ledger.sqlite3").read_bytes().startswith(b"not a database")


def test_pending_orders_by_due_time_and_is_bounded() -> None:
    """Due files pop earliest first; a re-offer moves the due time; a full set refuses new names."""
    pending = Pending(capacity=2)
    assert pending.offer("a", due=5.0, seen=None)
    assert pending.offer("b", due=1.0, seen=None)
    assert not pending.offer("c", due=0.0, seen=None)
    assert pending.offer("c", due=0.0, seen=None, force=True)
    pending.offer("a", due=0.5, seen=(1, 2, 3))
    assert pending.next_due() == 0.0
    popped = [pending.pop_due(2.0), pending.pop_due(2.0), pending.pop_due(2.0)]
    assert [c.name if c else None for c in popped] == ["c", "a", "b"]
    assert popped[1] is not None and popped[1].seen == (1, 2, 3)
    assert pending.pop_due(10.0) is None and len(pending) == 0


@pytest.mark.parametrize(
    ("name", "ignored"),
    [(".x.txt", True), ("a.tmp", True), ("a.part", True), ("a.txt~", True), ("a.txt", False), ("tmp.txt", False)],
)
def test_temp_and_hidden_names_are_ignored(name: str, ignored: bool) -> None:
    """The default ignore patterns: .*, *.tmp, *.part, *~."""
    assert is_ignored(name, (".*", "*.tmp", "*.part", "*~")) is ignored


def test_scan_skips_folders_ignored_and_known_names(tmp_path: Path) -> None:
    """A scan yields files (oldest first), never folders, ignored names or names already known."""
    for name, mtime in (("new.txt", 200), ("old.txt", 100), ("known.txt", 50), (".hidden", 10)):
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (mtime, mtime))
    (tmp_path / "sub").mkdir()
    found = [f.name for f in scan(tmp_path, ignore=(".*",), skip=lambda n: n == "known.txt")]
    assert found == ["old.txt", "new.txt"]


def test_scan_error_is_raised_not_taken_for_empty(tmp_path: Path) -> None:
    """Listing a missing inbox raises, so the service never concludes the folder is empty."""
    with pytest.raises(OSError):
        list(scan(tmp_path / "missing", ignore=(), skip=lambda n: False))


def test_notifier_sends_datagrams_to_an_abstract_socket() -> None:
    """NOTIFY_SOCKET=@name reaches an abstract AF_UNIX socket; WATCHDOG_USEC gives half the interval."""
    address = f"@cleaner-unit-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + address[1:])
        environ = {"NOTIFY_SOCKET": address, "WATCHDOG_USEC": "3000000", "WATCHDOG_PID": str(os.getpid())}
        notifier = Notifier(environ)
        assert notifier.send("READY=1", "STATUS=ok")
        assert server.recv(1024) == b"READY=1\nSTATUS=ok"
        assert notifier.watchdog_seconds == 1.5
        assert "NOTIFY_SOCKET" not in environ
        notifier.close()


def test_notifier_without_socket_or_for_another_pid() -> None:
    """No NOTIFY_SOCKET: sending is a no-op; a watchdog meant for another PID is not ours to feed."""
    notifier = Notifier({"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "1"})
    assert not notifier.enabled and not notifier.send("READY=1")
    assert notifier.watchdog_seconds is None


def test_failed_names_never_replace_and_always_fit(tmp_path: Path) -> None:
    """A second failure of the same name gets NAME.1; names over 255 bytes are shortened with a hash."""
    for text in ("first", "second"):
        source = tmp_path / "in.txt"
        source.write_text(text)
        filing.fail(source, tmp_path / "failed", reason="r", details={})
    assert (tmp_path / "failed" / "in.txt").read_text() == "first"
    assert (tmp_path / "failed" / "in.txt.1").read_text() == "second"
    assert (tmp_path / "failed" / "in.txt.1.error.json").exists()
    long_name = "é" * 127 + ".txt"
    fitted = filing.fit(long_name, ".error.json")
    assert len(os.fsencode(fitted)) <= 255 and fitted.endswith(".error.json")
    assert filing.fit(long_name, ".error.json") == fitted
