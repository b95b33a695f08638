"""Bad input never stops the service: each kind goes to failed/ with NAME.error.json, the original intact."""

from __future__ import annotations

import json
import os
import signal
import stat
from pathlib import Path

import pytest

from cleaner.cli import main
from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system

# Root reads mode-000 files and writes read-only folders: run the service without those capabilities.
NO_DAC = ("setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()


def _reason(service_failed: Path, name: str) -> str:
    record = json.loads((service_failed / f"{name}.error.json").read_text(encoding="utf-8"))
    assert record["file"] == name
    return str(record["reason"])


def test_every_bad_input_goes_to_failed_with_its_reason(
    make_service: MakeService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Empty, binary, undecodable, unreadable, oversize, FIFO, symlink, fake .gz, crashing and raising inputs."""
    service = make_service(
        settings={"max_bytes": 20000, "scan_interval_seconds": 0.5, "retry_base_seconds": 0.1, "max_attempts": 3},
        env={"CLEANER_FAULTS": "crash_on=POISON-CRASH,raise_on=POISON-RAISE"},
    )
    inbox = service.inbox
    contents = {
        "empty.txt": b"",
        "binary.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "undecodable.txt": b"\x00\xff\xfe\x00" * 500,
        "unreadable.txt": article(1),
        "oversize.txt": article(2, paragraphs=400),
        "fake.gz": b"not gzip at all\n",
        "crash.txt": article(3) + b"POISON-CRASH\n",
        "raise.txt": article(4) + b"POISON-RAISE\n",
    }
    for name, data in contents.items():
        (inbox / name).write_bytes(data)
    (inbox / "unreadable.txt").chmod(0)
    os.mkfifo(inbox / "pipe")
    os.symlink("/etc/hostname", inbox / "link.txt")
    (inbox / "a folder").mkdir()
    service.start(prefix=NO_DAC)
    drop(inbox, "good.txt", article(5), staging=tmp_path / "staging")

    names = [*contents, "pipe", "link.txt"]
    wait_until(
        lambda: all((service.failed / n).is_symlink() or (service.failed / n).exists() for n in names), what="all"
    )
    service.wait_outputs({"good"})
    for name, data in contents.items():
        (service.failed / name).chmod(0o644)
        assert (service.failed / name).read_bytes() == data, name
    assert stat.S_ISFIFO(os.lstat(service.failed / "pipe").st_mode)
    assert os.readlink(service.failed / "link.txt") == "/etc/hostname"
    assert (inbox / "a folder").is_dir()
    assert "empty input" in _reason(service.failed, "empty.txt")
    assert "binary or undecodable" in _reason(service.failed, "binary.png")
    assert "binary or undecodable" in _reason(service.failed, "undecodable.txt")
    assert "Permission denied" in _reason(service.failed, "unreadable.txt")
    assert "over max_bytes" in _reason(service.failed, "oversize.txt")
    assert "not gzip" in _reason(service.failed, "fake.gz")
    assert "FIFO" in _reason(service.failed, "pipe")
    assert "symbolic link" in _reason(service.failed, "link.txt")
    assert "crashed the cleaner 3 times" in _reason(service.failed, "crash.txt")
    assert "worker exited with code 70" in _reason(service.failed, "crash.txt")
    assert "InjectedFault" in _reason(service.failed, "raise.txt")
    assert service.outputs() == {"good"}
    assert service.proc is not None and service.proc.poll() is None
    assert service.stop(signal.SIGTERM) == 0

    assert main(["status", str(service.outbox), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["counts"]["done"] == 1
    assert status["counts"]["quarantined"] == 2
    assert status["counts"]["rejected"] == 4  # empty, binary, undecodable, fake .gz: read, hashed, refused
    assert status["counts"]["failed_unread"] == 4  # unreadable, oversize, FIFO, symlink: never read
    assert {f["file"] for f in status["last_failures"]} <= set(names)


def test_a_file_that_hangs_the_cleaner_is_killed_and_quarantined(make_service: MakeService, tmp_path: Path) -> None:
    """A worker stuck past file_timeout_seconds is killed; after max_attempts the file is quarantined."""
    settings = {"file_timeout_seconds": 1, "max_attempts": 2, "retry_base_seconds": 0.1}
    service = make_service(settings=settings, env={"CLEANER_FAULTS": "hang_on=POISON-HANG"}).start()
    drop(service.inbox, "hang.txt", article(12) + b"POISON-HANG\n", staging=tmp_path / "staging")
    drop(service.inbox, "fine.txt", article(13), staging=tmp_path / "staging")
    wait_until(lambda: (service.failed / "hang.txt.error.json").exists(), what="the hanging file quarantined")
    reason = _reason(service.failed, "hang.txt")
    assert "crashed the cleaner 2 times" in reason and "timed out after 1 s" in reason
    service.wait_archived({"fine.txt"})
    assert service.outputs() == {"fine"}


def test_output_permission_denied_is_retried_then_succeeds(make_service: MakeService, tmp_path: Path) -> None:
    """Output folder not writable: the file waits in the inbox (retried with back-off), then goes through."""
    service = make_service(settings={"retry_base_seconds": 0.2, "retry_max_seconds": 1})
    service.outbox.mkdir(parents=True)
    (service.outbox / ".cleaner").mkdir()
    service.start(prefix=NO_DAC)
    service.outbox.chmod(0o555)
    drop(service.inbox, "later.txt", article(9), staging=tmp_path / "staging")
    wait_until(lambda: len(service.events("file", outcome="retry")) >= 2, what="two retries")
    assert "Permission denied" in service.events("file", outcome="retry")[0]["reason"]
    assert (service.inbox / "later.txt").exists()
    service.outbox.chmod(0o755)
    service.wait_archived({"later.txt"})
    assert service.outputs() == {"later"}
    assert not service.failed.exists() or not any(service.failed.iterdir())
    assert service.ledger("SELECT state, attempts FROM files") == [("done", 0)]


def test_disk_full_on_output_is_retried_then_succeeds(make_service: MakeService, tmp_path: Path) -> None:
    """ENOSPC on a small tmpfs output: nothing is lost or half-written; once space is freed, output appears."""
    service = make_service(
        settings={"retry_base_seconds": 0.2, "retry_max_seconds": 1, "state_dir": tmp_path / "state"}
    )
    service.outbox.mkdir(parents=True)
    mount = f"mount -t tmpfs -o size=64k tmpfs '{service.outbox}' && exec \"$@\""
    unshare = ("unshare", "--mount", "--propagation", "private", "sh", "-c", mount, "sh")
    if os.geteuid() != 0:
        unshare = ("unshare", "--user", "--map-root-user", *unshare[1:])
    service.start(prefix=unshare)
    assert service.proc is not None
    inside = Path(f"/proc/{service.proc.pid}/root") / str(service.outbox).lstrip("/")
    filler = inside / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    with pytest.raises(OSError, match="No space left"):
        while True:
            os.write(fd, b"\0" * 4096)
    os.close(fd)
    drop(service.inbox, "full.txt", article(11, paragraphs=40), staging=tmp_path / "staging")
    wait_until(lambda: len(service.events("file", outcome="retry")) >= 2, what="two retries")
    assert "No space left" in service.events("file", outcome="retry")[0]["reason"]
    wait_until(lambda: [p.name for p in inside.iterdir()] == ["filler"], what="no temp file left between tries")
    filler.unlink()
    wait_until(lambda: (inside / "full.json").exists(), what="the output once space is back")
    assert (service.inbox / "archive" / "full.txt").exists()
    assert sorted(p.name for p in inside.iterdir()) == ["full.json", "full.txt"]
