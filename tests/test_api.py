"""The public Python API: what `from cleaner import …` offers, pinned so that a change to it is deliberate."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import cleaner
from cleaner import (
    CleanConfig,
    CleanerError,
    ConfigError,
    InputError,
    OutputError,
    Result,
    clean,
    output_name,
    process_file,
)

PUBLIC_API = [
    "CleanConfig",
    "CleanerError",
    "ConfigError",
    "InputError",
    "OutputError",
    "Removal",
    "Result",
    "__version__",
    "clean",
    "output_name",
    "process_file",
]


def test_public_names_are_pinned() -> None:
    """cleaner.__all__ is exactly the documented list, and every name in it exists."""
    assert cleaner.__all__ == PUBLIC_API
    assert all(hasattr(cleaner, name) for name in PUBLIC_API)


def test_options_are_keyword_only() -> None:
    """clean and process_file take the input positionally and every option by keyword only."""
    clean_params = inspect.signature(clean).parameters
    assert [p.name for p in clean_params.values() if p.kind is p.POSITIONAL_OR_KEYWORD] == ["data"]
    process_params = inspect.signature(process_file).parameters
    assert [p.name for p in process_params.values() if p.kind is p.POSITIONAL_OR_KEYWORD] == ["path", "out_dir"]


def test_error_tree_and_exit_codes() -> None:
    """Every error is a CleanerError with its own exit code, and one_line names the file."""
    codes = {cls: cls.exit_code for cls in (CleanerError, InputError, ConfigError, OutputError)}
    assert codes == {CleanerError: 1, InputError: 2, ConfigError: 3, OutputError: 4}
    assert all(issubclass(cls, CleanerError) for cls in codes)
    assert InputError("not a regular file\n  at all", path="a/b.txt").one_line() == "a/b.txt: not a regular file at all"


def test_clean_returns_a_result_and_rejects_without_raising() -> None:
    """clean gives a Result for text and for junk; a rejection is a reason, not an exception."""
    good = clean("A paragraph of an article that says something, and ends properly.\n")
    assert isinstance(good, Result) and good.ok and good.rejected is None
    bad = clean(b"")
    assert isinstance(bad, Result) and not bad.ok and bad.rejected == "empty input"


def test_process_file_writes_the_pair_and_raises_input_error_for_missing(tmp_path: Path) -> None:
    """process_file writes NAME.txt/NAME.json; a missing input raises InputError naming the path."""
    source = tmp_path / "story.html"
    source.write_text("<html><body><p>A paragraph of an article that says something, properly.</p></body></html>")
    result = process_file(source, tmp_path / "out", config=CleanConfig())
    assert result.ok
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story.json", "story.txt"]
    with pytest.raises(InputError) as caught:
        process_file(tmp_path / "nope.txt", tmp_path / "out")
    assert caught.value.one_line().startswith(f"{tmp_path / 'nope.txt'}: cannot read input")


@pytest.mark.parametrize(("name", "stem"), [("x.html.gz", "x"), ("x.HTML.GZ", "x"), ("a.b.txt", "a.b"), ("x", "x")])
def test_output_name(name: str, stem: str) -> None:
    """output_name drops a .gz and then the last suffix."""
    assert output_name(f"/some/dir/{name}") == stem
