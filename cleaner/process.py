"""process_file: read one input file, clean it, write NAME.txt and NAME.json atomically beside each other."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

from cleaner.config import CleanConfig
from cleaner.errors import InputError
from cleaner.model import Result
from cleaner.pipeline import clean
from cleaner.write import atomic_write, fsync_dir, output_name


def read_input(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing FIFOs, devices, folders and files over max_bytes."""
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"cannot read input: {exc.strerror or exc}", path=path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file", path=path)
    if info.st_size > max_bytes:
        raise InputError(f"input is {info.st_size} bytes, over max_bytes ({max_bytes})", path=path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW: symlinks are refused, so a dropped link cannot leak a file
            raise InputError("is a symbolic link; links are not followed", path=path) from exc
        raise InputError(f"cannot read input: {exc.strerror or exc}", path=path) from exc
    with os.fdopen(fd, "rb") as handle:
        # what read(max_bytes + 1) returns, without allocating max_bytes for a small file (a large allocation
        # and its shrinking cost more than reading a dump): its size plus one, then the rest if it grew since
        data = handle.read(min(info.st_size, max_bytes) + 1)
        if len(data) > info.st_size and len(data) <= max_bytes:
            data += handle.read(max_bytes + 1 - len(data))
        return data


def _refuse_overwriting_the_input(path: Path, out_dir: Path) -> None:
    """An input cleaned into its own folder under its own output name (x.txt, or a JSON record x.json) would be
    replaced by its output: refused, and the original kept."""
    name = output_name(path)
    for target in (out_dir / f"{name}.txt", out_dir / f"{name}.json"):
        try:
            same = target.exists() and os.path.samefile(target, path)
        except OSError:
            same = False
        if same:
            raise InputError(f"its output {target} would overwrite it; choose another output folder (-o)", path=path)


def clean_file(path: Path | str, *, config: CleanConfig | None = None) -> Result:
    """Clean one file as process_file does, writing nothing (`cleaner clean FILE -o -` prints the result)."""
    config = config or CleanConfig()
    path = Path(path)
    raw = read_input(path, max_bytes=config.max_bytes)
    _refuse_fake_gzip(raw, path)
    return clean(raw, name=str(path), config=config)


def _refuse_fake_gzip(raw: bytes, path: Path) -> None:
    if path.name.lower().endswith(".gz") and not raw.startswith(b"\x1f\x8b"):
        raise InputError("named .gz but not gzip data", path=path)


def record_json(result: Result) -> bytes:
    """The metadata record as pretty, UTF-8 JSON bytes."""
    return (json.dumps(result.metadata, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_result(result: Result, out_dir: Path, name: str) -> tuple[Path, Path]:
    """Write NAME.txt then NAME.json atomically; the JSON lands last, marking the pair complete."""
    text_path, json_path = out_dir / f"{name}.txt", out_dir / f"{name}.json"
    atomic_write(text_path, result.text.encode("utf-8"), sync_dir=False)
    atomic_write(json_path, record_json(result), sync_dir=False)
    fsync_dir(out_dir)
    return text_path, json_path


def process_file(path: Path | str, out_dir: Path | str, *, config: CleanConfig | None = None) -> Result:
    """Clean one file into out_dir/NAME.txt + NAME.json; a rejected input writes nothing."""
    config = config or CleanConfig()
    path = Path(path)
    return process_bytes(read_input(path, max_bytes=config.max_bytes), path, out_dir, config=config)


def process_bytes(raw: bytes, path: Path | str, out_dir: Path | str, *, config: CleanConfig | None = None) -> Result:
    """Clean the bytes already read from path (the service reads and hashes them first), as process_file does."""
    config = config or CleanConfig()
    path, out_dir = Path(path), Path(out_dir)
    _refuse_fake_gzip(raw, path)
    _refuse_overwriting_the_input(path, out_dir)
    result = clean(raw, name=str(path), config=config)
    if result.ok:
        write_result(result, out_dir, output_name(path))
    return result


__all__ = ["clean_file", "process_bytes", "process_file", "read_input", "record_json", "write_result"]
