"""`cleaner clean` end to end: files, folders, stdin, --json, --explain, errors, output names, atomic re-runs."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.write import TEMP_PREFIX

BODY = "\n".join(
    f"Paragraph {n} of the article tells what the committee decided, and it ends with a full stop." for n in range(6)
)
DUMP = f"A headline about the committee plan\nBy Jane Doe\n{BODY}\nListen to this article\n"


def _write(path: Path, text: str = DUMP) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_cleans_a_file_into_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One file gives NAME.txt (the article) and NAME.json (its record) in the output folder; exit 0."""
    source = _write(tmp_path / "in" / "story.txt")
    out = tmp_path / "out"
    assert main(["clean", str(source), "-o", str(out), "-j", "1"]) == 0
    assert _files(out) == ["story.json", "story.txt"]
    text = (out / "story.txt").read_text(encoding="utf-8")
    assert text == BODY + "\n"
    record = json.loads((out / "story.json").read_text(encoding="utf-8"))
    assert record["title"] == "A headline about the committee plan"
    assert record["author"] == "Jane Doe"
    assert "1 cleaned, 0 failed" in capsys.readouterr().err


def test_folder_is_walked_recursively_with_mirrored_subfolders(tmp_path: Path) -> None:
    """Files in sub-folders land in the same sub-folders under the output; hidden files are skipped."""
    src = tmp_path / "in"
    _write(src / "a.txt")
    _write(src / "deep" / "er" / "b.html.gz", "")
    (src / "deep" / "er" / "b.html.gz").write_bytes(gzip.compress(f"<html><body><p>{BODY}</p></body></html>".encode()))
    _write(src / ".hidden.txt")
    _write(src / ".git" / "c.txt")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    assert _files(out) == ["a.json", "a.txt", "deep/er/b.json", "deep/er/b.txt"]


def test_output_folder_inside_the_input_is_not_cleaned_again(tmp_path: Path) -> None:
    """`cleaner clean DIR -o DIR/out` run twice does not take its own output as input."""
    src = tmp_path / "in"
    _write(src / "a.txt")
    for _run in range(2):
        assert main(["clean", str(src), "-o", str(src / "out"), "-j", "1"]) == 0
    assert _files(src) == ["a.txt", "out/a.json", "out/a.txt"]


@pytest.mark.parametrize("name", ["x.html.gz", "x.html", "x.txt", "x"])
def test_output_name_drops_gz_then_the_last_suffix(tmp_path: Path, name: str) -> None:
    """x.html.gz, x.html, x.txt and x all give x.txt and x.json."""
    data = DUMP.encode()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / name), "-o", str(out), "-j", "1"]) == 0
    assert _files(out) == ["x.json", "x.txt"]


def test_second_input_with_a_claimed_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x.html and x.txt in one run: the first writes x.*, the second is refused with a clear error; exit 1."""
    first = _write(tmp_path / "x.html", f"<html><body><p>{BODY}</p></body></html>")
    second = _write(tmp_path / "x.txt")
    out = tmp_path / "out"
    assert main(["clean", str(first), str(second), "-o", str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"cleaner: error: {second}: output name {out / 'x'}.txt already taken by {first}; skipped" in err
    assert json.loads((out / "x.json").read_text())["input_kind"] == "html"


def test_rerun_overwrites_and_never_duplicates(tmp_path: Path) -> None:
    """Cleaning the same input twice leaves one NAME.txt/NAME.json pair holding the latest result."""
    source = _write(tmp_path / "story.txt")
    out = tmp_path / "out"
    assert main(["clean", str(source), "-o", str(out), "-j", "1"]) == 0
    _write(source, DUMP.replace("committee", "council"))
    assert main(["clean", str(source), "-o", str(out), "-j", "1"]) == 0
    assert _files(out) == ["story.json", "story.txt"]
    assert "council" in (out / "story.txt").read_text()
    assert not any(p.name.startswith(TEMP_PREFIX) for p in out.iterdir())


def test_bad_files_fail_one_line_each_while_others_are_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Missing, empty, binary and fake-gzip inputs each give one error line naming the file; good ones are done."""
    good = _write(tmp_path / "good.txt")
    empty = _write(tmp_path / "empty.txt", "")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    fake_gz = _write(tmp_path / "fake.txt.gz")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    argv = ["clean", str(good), str(empty), str(binary), str(fake_gz), str(missing), "-o", str(out), "-j", "1"]
    assert main(argv) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("cleaner: error:")]
    assert errors == [
        f"cleaner: error: {empty}: rejected: empty input",
        f"cleaner: error: {binary}: rejected: binary or undecodable input",
        f"cleaner: error: {fake_gz}: named .gz but not gzip data",
        f"cleaner: error: {missing}: cannot read input: No such file or directory",
    ]
    assert _files(out) == ["good.json", "good.txt"]


def test_parallel_run_cleans_every_file(tmp_path: Path) -> None:
    """With two worker processes every file is cleaned, the same as with one."""
    src = tmp_path / "in"
    for n in range(4):
        _write(src / f"s{n}.txt")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "2"]) == 0
    assert len(_files(tmp_path / "out")) == 8


def test_explain_lists_each_removed_line_with_its_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints FILE:LINE: rule: text for every removal, title and byline included."""
    source = _write(tmp_path / "story.txt")
    assert main(["clean", str(source), "-o", str(tmp_path / "out"), "--explain", "-j", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{source}:1: title_line: A headline about the committee plan" in lines
    assert f"{source}:2: byline: By Jane Doe" in lines
    assert any(line.endswith(": Listen to this article") for line in lines)


def _run_stdin(
    argv: list[str], data: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_stdin_to_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner clean -` reads the dump from stdin and writes the article text to stdout, no files."""
    monkeypatch.chdir(tmp_path)
    code, out, _err = _run_stdin(["clean", "-"], DUMP.encode(), monkeypatch, capsys)
    assert code == 0
    assert out == BODY + "\n"
    assert list(tmp_path.iterdir()) == []


def test_stdin_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner clean - --json` writes the record with the text as one JSON document."""
    code, out, _err = _run_stdin(
        ["clean", "-", "--json", "--url", "https://example.com/a-b-c"], DUMP.encode(), monkeypatch, capsys
    )
    record = json.loads(out)
    assert code == 0
    assert record["text"] == BODY + "\n"
    assert record["source"] == "https://example.com/a-b-c"
    assert record["author"] == "Jane Doe"


def test_stdin_explain_goes_to_stderr(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """With stdin, --explain lines go to stderr so stdout stays the article."""
    code, out, err = _run_stdin(["clean", "-", "--explain"], DUMP.encode(), monkeypatch, capsys)
    assert code == 0 and out == BODY + "\n"
    assert "-:2: byline: By Jane Doe" in err.splitlines()


def test_stdin_rejected(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Empty stdin is a one-line error and exit 1, nothing on stdout."""
    code, out, err = _run_stdin(["clean", "-"], b"", monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert err.strip() == "cleaner: error: -: rejected: empty input"


def test_stdin_must_be_the_only_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Mixing - with files is refused with a usage error (exit 2)."""
    source = _write(tmp_path / "story.txt")
    assert main(["clean", "-", str(source), "-o", str(tmp_path / "out")]) == 2
    assert "stdin must be the only PATH" in capsys.readouterr().err


def test_output_dash_writes_one_file_s_text_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o -` prints the article of one file instead of writing NAME.txt and NAME.json (no folder named "-");
    --explain goes to stderr."""
    monkeypatch.chdir(tmp_path)
    source = _write(tmp_path / "story.txt")
    assert main(["clean", "story.txt", "-o", "-", "--explain", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out == BODY + "\n"
    assert "story.txt:2: byline: By Jane Doe" in captured.err.splitlines()
    assert list(tmp_path.iterdir()) == [source]


def test_output_dash_with_json_writes_one_record_per_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with -o - --json gives JSON Lines on stdout: one record per input in input order, each with the
    input's path and text; a bad file is a one-line error on stderr, the others are still printed, exit 1."""
    monkeypatch.chdir(tmp_path)
    first = _write(tmp_path / "in" / "a.txt")
    second = _write(tmp_path / "in" / "b" / "story.txt", DUMP.replace("Jane Doe", "Amir Khan"))
    empty = _write(tmp_path / "in" / "c.txt", "")
    assert main(["clean", "in", "-o", "-", "--json", "-j", "2"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["input"], r["author"], r["text"]) for r in records] == [
        (str(first.relative_to(tmp_path)), "Jane Doe", BODY + "\n"),
        (str(second.relative_to(tmp_path)), "Amir Khan", BODY + "\n"),
    ]
    assert f"cleaner: error: {empty.relative_to(tmp_path)}: rejected: empty input" in captured.err.splitlines()
    assert "2 cleaned, 1 failed, output in stdout" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # nothing written


def test_output_dash_refuses_several_texts_without_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several articles' texts run together on stdout could not be told apart: a usage error (exit 2)."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "a.txt")
    _write(tmp_path / "b.txt")
    assert main(["clean", "a.txt", "b.txt", "-o", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert "several inputs to stdout need --json" in captured.err


def test_output_dash_with_learn_needs_a_learn_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--learn keeps its counts in the output folder; with -o - it must be told where (--learn-db)."""
    monkeypatch.chdir(tmp_path)
    source = _write(tmp_path / "a.txt")
    assert main(["clean", "a.txt", "-o", "-", "--learn"]) == 3  # a configuration error
    assert "--learn with -o - needs --learn-db" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [source]


def test_review_warning_for_a_file_that_lost_most_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file flagged for review is still written, with a warning line naming it."""
    junk = "\n".join("Listen to this article" for _ in range(40))
    source = _write(tmp_path / "thin.txt", f"{junk}\nThe one real sentence of this article stays in the output.\n")
    assert main(["clean", str(source), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    assert f"cleaner: warning: {source}: review: kept" in capsys.readouterr().err
    assert json.loads((tmp_path / "out" / "thin.json").read_text())["review"]["flagged"] is True


def test_unwritable_output_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """When the output folder is a file, each input fails with one line naming the output path."""
    source = _write(tmp_path / "story.txt")
    blocker = _write(tmp_path / "out", "not a folder")
    assert main(["clean", str(source), "-o", str(blocker), "-j", "1"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("cleaner: error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"cleaner: error: {blocker / 'story.txt'}: cannot write output:")


def test_bad_config_dir_fails_before_any_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A config folder without generic.toml is one error line, exit code 3, and nothing written."""
    source = _write(tmp_path / "story.txt")
    (tmp_path / "conf").mkdir()
    out = tmp_path / "out"
    assert main(["clean", str(source), "-o", str(out), "--config-dir", str(tmp_path / "conf")]) == 3
    assert "generic.toml" in capsys.readouterr().err
    assert not out.exists()


def test_real_console_script(tmp_path: Path) -> None:
    """The installed `cleaner` script runs as a subprocess: stdin to stdout, exit 0."""
    script = shutil.which("cleaner", path=str(Path(sys.executable).parent)) or shutil.which("cleaner")
    assert script is not None
    done = subprocess.run([script, "clean", "-"], input=DUMP.encode(), capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == BODY + "\n"


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path) -> None:
    """`cleaner clean DIR -o - --json | head -1`: when the reader closes the pipe, cleaner stops with the shell's
    SIGPIPE status (141) and no traceback, instead of an error per remaining record."""
    script = shutil.which("cleaner", path=str(Path(sys.executable).parent)) or shutil.which("cleaner")
    assert script is not None
    for n in range(300):  # some 400 KB of records: more than a pipe holds, so writes go on after the close
        _write(tmp_path / "in" / f"s{n:03}.txt")
    with subprocess.Popen(
        [script, "clean", str(tmp_path / "in"), "-o", "-", "--json", "-j", "1", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = json.loads(process.stdout.readline())
        process.stdout.close()
        errors = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert first["text"] == BODY + "\n"
    assert code == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_progress_bar_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress draws a bar on stderr and leaves stdout empty; every file is still cleaned."""
    src = tmp_path / "in"
    for n in range(3):
        _write(src / f"s{n}.txt")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--progress", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "3/3" in captured.err
    assert len(_files(tmp_path / "out")) == 6


def test_python_dash_m_cleaner_runs_the_same_command_line() -> None:
    """`python -m cleaner clean -` cleans stdin like the script does."""
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "-"],
        input=DUMP.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == BODY + "\n"
