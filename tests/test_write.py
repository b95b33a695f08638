"""atomic_write's temp files: exclusive names of their own per process, never a followed link, the same errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaner import OutputError
from cleaner.process import read_input
from cleaner.write import TEMP_PREFIX, _TempNames, atomic_write


def test_temp_names_are_distinct_and_a_forked_child_draws_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names never repeat within a process; a child (another pid) gets another random token, not the parent's."""
    names = _TempNames()
    parent = os.getpid()
    first = [names.next() for _ in range(1000)]
    assert len(set(first)) == 1000
    assert all(name.startswith(f"{TEMP_PREFIX}{parent}-") for name in first)
    monkeypatch.setattr(os, "getpid", lambda: parent + 1)  # what a forked child sees
    child = names.next()
    assert child.startswith(f"{TEMP_PREFIX}{parent + 1}-")
    assert child.split("-")[-2] != first[0].split("-")[-2]  # its own token (32 random bits)
    assert child.endswith("-0")


def test_a_taken_temp_name_is_stepped_over_and_a_link_there_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale temp file, or a link planted under the next temp name, is left alone: the write takes another name,
    the link's target is untouched, and the output is whole."""
    names = _TempNames()
    monkeypatch.setattr("cleaner.write._TEMP_NAMES", names)
    probe = names.next()
    stem, number = probe.rsplit("-", 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    (tmp_path / f"{stem}-{int(number) + 1}").symlink_to(victim)
    (tmp_path / f"{stem}-{int(number) + 2}").write_text("stale temp of a crashed run")
    atomic_write(tmp_path / "out.txt", b"the article")
    assert (tmp_path / "out.txt").read_bytes() == b"the article"
    assert victim.read_text() == "not yours"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)) == [
        f"{stem}-{int(number) + 1}",
        f"{stem}-{int(number) + 2}",
    ]


def test_missing_folders_are_made_and_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    """The output's folders are created on first write; a file where a folder should be fails with the reason."""
    atomic_write(tmp_path / "a" / "b" / "out.txt", b"text")
    assert (tmp_path / "a" / "b" / "out.txt").read_bytes() == b"text"
    (tmp_path / "plain").write_text("a file")
    with pytest.raises(OutputError) as caught:
        atomic_write(tmp_path / "plain" / "out.txt", b"text")
    assert caught.value.one_line() == f"{tmp_path / 'plain' / 'out.txt'}: cannot write output: File exists"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_a_file_longer_than_its_stated_size_is_read_up_to_the_limit() -> None:
    """A file that holds more than stat said (it grew, or /proc's size 0) is read whole, or to max_bytes + 1 so
    that the caller sees it is over the limit, as one read of max_bytes + 1 would."""
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0
    whole = read_input(status, max_bytes=1 << 20)
    assert whole.startswith(b"Name:") and len(whole) > 100
    assert len(read_input(status, max_bytes=50)) == 51


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX's")
def test_a_child_forked_while_the_lock_is_held_still_names_its_temp_files() -> None:
    """A fork while another thread holds the names' lock (the service's threads, a pool forking) must not leave
    the child waiting forever for a lock no thread of its own will release."""
    import signal

    names = _TempNames()
    names.next()
    with names._lock:  # another thread's hold, as the fork sees it
        pid = os.fork()
        if pid == 0:  # the child: dies by SIGALRM if it hangs
            signal.alarm(5)
            ok = False
            try:
                ok = names.next().startswith(f"{TEMP_PREFIX}{os.getpid()}-")
            finally:
                os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
