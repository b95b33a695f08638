"""Only complete files are cleaned: slow and multi-session writers, renames in, temp names, weird names."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path

import pytest

from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_slow_writer_is_cleaned_once_complete(make_service: MakeService) -> None:
    """A writer that takes several settle periods' worth of small writes gets one output, of the whole file."""
    service = make_service(settings={"settle_seconds": 1.0}).start()
    data = article(7, paragraphs=60)
    with open(service.inbox / "slow.txt", "wb") as handle:
        for start in range(0, len(data), 400):
            handle.write(data[start : start + 400])
            handle.flush()
            time.sleep(0.05)
    service.wait_outputs({"slow"})
    assert service.record("slow")["sha256_in"] == _sha(data)
    wait_until(lambda: (service.archive / "slow.txt").exists(), what="the input archived")
    assert len(service.events("file", file="slow.txt")) == 1


def test_multi_session_writer_is_cleaned_once(make_service: MakeService) -> None:
    """Three open-append-close sessions within the settle time: one run, on the complete file."""
    service = make_service(settings={"settle_seconds": 2.0}).start()
    data = article(8, paragraphs=30)
    thirds = [data[: len(data) // 3], data[len(data) // 3 : 2 * len(data) // 3], data[2 * len(data) // 3 :]]
    for part in thirds:
        with open(service.inbox / "multi.txt", "ab") as handle:
            handle.write(part)
        time.sleep(0.3)
    service.wait_outputs({"multi"})
    assert service.record("multi")["sha256_in"] == _sha(data)
    wait_until(lambda: (service.archive / "multi.txt").exists(), what="the input archived")
    assert [line["outcome"] for line in service.events("file", file="multi.txt")] == ["done"]
    assert service.ledger("SELECT COUNT(*) FROM files") == [(1,)]


def test_rename_in_and_temp_then_rename(make_service: MakeService, tmp_path: Path) -> None:
    """Files renamed in from outside or from a temp name inside are cleaned; temp names never are."""
    service = make_service(settings={"settle_seconds": 30.0}).start()  # only renames can be this quick
    drop(service.inbox, "outside.txt", article(1), staging=tmp_path / "staging")
    for temp in (".hidden.txt", "partial.part", "writing.tmp", "backup.txt~"):
        (service.inbox / temp).write_bytes(article(len(temp)))
    os.replace(service.inbox / ".hidden.txt", service.inbox / "hidden.txt")
    os.replace(service.inbox / "partial.part", service.inbox / "partial.txt")
    service.wait_outputs({"outside", "hidden", "partial"})
    time.sleep(0.5)  # give a wrongly handled temp name a chance to show up (not an assertion on time)
    assert service.outputs() == {"outside", "hidden", "partial"}
    assert sorted(p.name for p in service.inbox.iterdir() if p.is_file()) == ["backup.txt~", "writing.tmp"]
    names = {row[0] for row in service.ledger("SELECT name FROM files")}
    assert names == {"outside.txt", "hidden.txt", "partial.txt"}


def test_weird_names(make_service: MakeService, tmp_path: Path) -> None:
    """Spaces, unicode, a leading dash, a newline and undecodable bytes are processed; a 255-byte name fails cleanly."""
    service = make_service().start()
    names = [
        "with spaces.txt",
        "ünïcödé 記事.txt",
        "-leading-dash.txt",
        "new\nline.txt",
        os.fsdecode(b"bytes-\xff\xfe.txt"),
        "x" * 246 + ".txt",  # NAME.json is 255 bytes: the longest that works
    ]
    too_long = "y" * 251 + ".txt"  # NAME.json would be 256 bytes
    for number, name in enumerate([*names, too_long]):
        drop(service.inbox, name, article(100 + number), staging=tmp_path / "staging")
    expected = {name[:-4] for name in names}
    service.wait_outputs(expected)
    for name in expected:
        json.loads((service.outbox / f"{name}.json").read_bytes())
    wait_until(lambda: (service.failed / too_long).exists(), what="the too-long name in failed/")
    (record,) = service.failed.glob("y*.error.json")  # its own name shortened to fit
    assert "File name too long" in json.loads(record.read_bytes())["reason"]
    assert (service.failed / too_long).read_bytes() == article(100 + len(names))
    assert len(service.log_lines()) > len(names)  # every line parsed as JSON
    done = service.ledger("SELECT COUNT(*) FROM files WHERE state = 'done'")
    assert done == [(len(names),)]
    assert service.stop() == 0


def test_start_race_and_5000_file_burst(make_service: MakeService, tmp_path: Path) -> None:
    """5,000 files renamed in while the service starts: each gives exactly one output, the inbox empties."""
    service = make_service(settings={"scan_interval_seconds": 10})
    staging = tmp_path / "staging"
    staging.mkdir()
    total = 5000
    for number in range(total):
        (staging / f"b{number:05d}.txt").write_bytes(article(number, paragraphs=2))

    def deliver() -> None:
        for number in range(total):
            os.replace(staging / f"b{number:05d}.txt", service.inbox / f"b{number:05d}.txt")

    writer = threading.Thread(target=deliver)
    writer.start()
    service.start()
    writer.join()
    service.wait_outputs({f"b{n:05d}" for n in range(total)}, timeout=300)
    wait_until(lambda: not any(p.is_file() for p in service.inbox.iterdir()), what="the inbox to empty")
    assert len(service.outputs()) == total
    assert len(list(service.archive.iterdir())) == total
    assert service.ledger("SELECT state, COUNT(*) FROM files GROUP BY state") == [("done", total)]
    assert service.temp_files() == []
    assert service.stop() == 0
