"""process_file: the I/O shell that reads one input safely and writes NAME.txt + NAME.json atomically."""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path

import pytest

from cleaner import CleanConfig, InputError, OutputError, process_file
from cleaner.process import read_input
from cleaner.write import TEMP_PREFIX, atomic_write

DUMP = "A headline about the committee plan\n" + "\n".join(
    f"Paragraph {n} of the article tells what the committee decided, and it ends with a full stop." for n in range(4)
)


def test_writes_text_and_record_side_by_side(tmp_path: Path) -> None:
    """The text file holds the article; the JSON record's sha256_out and counts describe that very file."""
    source = tmp_path / "story.txt"
    source.write_text(DUMP)
    result = process_file(source, tmp_path / "out")
    text = (tmp_path / "out" / "story.txt").read_bytes()
    record = json.loads((tmp_path / "out" / "story.json").read_text())
    assert text == result.text.encode()
    assert record == result.metadata
    assert record["chars_out"] == len(text.decode())


@pytest.mark.parametrize("name", ["story.txt", "story.json"])
def test_an_input_in_its_own_output_folder_is_never_overwritten(tmp_path: Path, name: str) -> None:
    """Cleaning story.txt (or a scraper's story.json record) into its own folder would replace it with its
    output: refused with the reason, the input byte for byte as it was, nothing written."""
    source = tmp_path / name
    original = json.dumps({"title": "Plan", "text": DUMP}) if name.endswith(".json") else DUMP
    source.write_text(original)
    with pytest.raises(InputError, match="would overwrite it; choose another output folder"):
        process_file(source, tmp_path)
    assert source.read_text() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert process_file(source, tmp_path / "out").ok  # another folder: cleaned as usual


def test_gzip_file_is_read_transparently(tmp_path: Path) -> None:
    """story.txt.gz gives the same story.txt as the plain file."""
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(DUMP.encode()))
    (tmp_path / "plain.txt").write_text(DUMP)
    zipped = process_file(tmp_path / "story.txt.gz", tmp_path / "out")
    plain = process_file(tmp_path / "plain.txt", tmp_path / "out")
    assert zipped.text == plain.text
    assert (tmp_path / "out" / "story.txt").read_text() == plain.text


def test_rejected_input_writes_nothing(tmp_path: Path) -> None:
    """An empty input returns a rejected Result and leaves the output folder empty."""
    (tmp_path / "empty.txt").write_bytes(b"")
    result = process_file(tmp_path / "empty.txt", tmp_path / "out")
    assert result.rejected == "empty input"
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_refuses_folders_and_fifos(tmp_path: Path) -> None:
    """A folder or a FIFO is 'not a regular file' (and a FIFO is never opened, so nothing blocks)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (tmp_path, fifo):
        with pytest.raises(InputError, match="not a regular file"):
            read_input(path, max_bytes=1000)


def test_refuses_inputs_over_max_bytes(tmp_path: Path) -> None:
    """A file larger than max_bytes is refused before it is read, with the sizes in the message."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match=r"input is 2000 bytes, over max_bytes \(1000\)"):
        process_file(big, tmp_path / "out", config=CleanConfig(max_bytes=1000))


def test_named_gz_but_not_gzip(tmp_path: Path) -> None:
    """A .gz name over plain bytes is an InputError, not silently read as text."""
    fake = tmp_path / "story.txt.gz"
    fake.write_text(DUMP)
    with pytest.raises(InputError, match=r"named \.gz but not gzip data"):
        process_file(fake, tmp_path / "out")


def test_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    """When the final rename fails (a folder sits at NAME.txt) the temp file is removed; OutputError names it."""
    source = tmp_path / "story.txt"
    source.write_text(DUMP)
    out = tmp_path / "out"
    (out / "story.txt").mkdir(parents=True)
    with pytest.raises(OutputError) as caught:
        process_file(source, out)
    assert caught.value.one_line().startswith(f"{out / 'story.txt'}: cannot write output:")
    assert [p.name for p in out.iterdir()] == ["story.txt"]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    """atomic_write replaces an existing file in one step and leaves no temp file beside it."""
    target = tmp_path / "a.txt"
    target.write_text("old content that is longer than the new one")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_symlinks_are_refused_with_a_clear_reason(tmp_path: Path) -> None:
    """A symbolic link is not followed (a link dropped in a folder must not leak another file); the error says so."""
    target = tmp_path / "secret.txt"
    target.write_text(DUMP)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(InputError) as caught:
        process_file(link, tmp_path / "out")
    assert caught.value.one_line() == f"{link}: is a symbolic link; links are not followed"


def test_outputs_get_the_mode_a_plain_file_would_under_the_umask(tmp_path: Path) -> None:
    """NAME.txt and NAME.json are readable by others as the umask allows, not owner-only like a temp file."""
    source = tmp_path / "story.txt"
    source.write_text("The council approved the new budget on Tuesday evening after a long debate.\n")
    previous = os.umask(0o022)
    try:
        process_file(source, tmp_path / "out")
    finally:
        os.umask(previous)
    for name in ("story.txt", "story.json"):
        assert stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) == 0o644
