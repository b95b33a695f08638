"""Settings: defaults < TOML < CLEANER_* < flags; a bad value fails at start with one line naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.errors import ConfigError
from cleaner.service.settings import KEYS, Settings, Sources, from_toml, load

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "cleaner.example.toml"


def _folders(tmp_path: Path) -> dict[str, object]:
    (tmp_path / "in").mkdir(exist_ok=True)
    return {"inbox": str(tmp_path / "in"), "outbox": str(tmp_path / "out")}


def test_example_config_lists_every_key_with_its_default() -> None:
    """config/cleaner.example.toml names every key, each at the default (inbox and outbox have none)."""
    values = from_toml(EXAMPLE)
    assert set(values) == set(KEYS)
    defaults = Settings()
    assert {k: v for k, v in values.items() if k not in {"inbox", "outbox"} and v != getattr(defaults, k)} == {}


def test_precedence_toml_then_env_then_flags(tmp_path: Path) -> None:
    """A flag beats an environment variable, which beats the file, which beats the default."""
    config = tmp_path / "cleaner.toml"
    config.write_text('settle_seconds = 3.0\nworkers = 3\nmax_attempts = 7\ninbox = "in"\noutbox = "out"\n')
    (tmp_path / "in").mkdir()
    environ = {"CLEANER_WORKERS": "5", "CLEANER_MAX_ATTEMPTS": "9"}
    settings = load(Sources(config_file=config, environ=environ, flags={"max_attempts": "11"}))
    assert (settings.settle_seconds, settings.workers, settings.max_attempts) == (3.0, 5, 11)
    assert settings.inbox == tmp_path / "in"  # relative to the file's folder
    assert settings.state_path == tmp_path / "out" / ".cleaner"
    assert settings.failed_path == tmp_path / "in" / "failed"
    assert settings.scan_interval_seconds == Settings().scan_interval_seconds


def test_cleaner_config_env_names_the_file(tmp_path: Path) -> None:
    """CLEANER_CONFIG points at the settings file when --config is not given."""
    config = tmp_path / "c.toml"
    config.write_text('input_action = "delete"\n')
    settings = load(Sources(environ={"CLEANER_CONFIG": str(config)}, flags=_folders(tmp_path)))
    assert settings.input_action == "delete"


def test_the_start_up_cache_variables_are_not_settings(tmp_path: Path) -> None:
    """CLEANER_CACHE_DIR and CLEANER_NO_CACHE belong to the start-up cache (the unit sets the first): the service
    starts with them set, while a misspelt CLEANER_ variable is still refused as an unknown key."""
    cache = {"CLEANER_CACHE_DIR": str(tmp_path / "cache"), "CLEANER_NO_CACHE": "1"}
    settings = load(Sources(environ={**cache, "CLEANER_WORKERS": "2"}, flags=_folders(tmp_path)))
    assert settings.workers == 2
    with pytest.raises(ConfigError, match="unknown key 'cache_dirs'"):
        load(Sources(environ={"CLEANER_CACHE_DIRS": "x"}, flags=_folders(tmp_path)))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ({"toml": 'settle_seconds = "soon"\n'}, "settle_seconds: expected a number"),
        ({"toml": "setle_seconds = 1\n"}, "unknown key 'setle_seconds'"),
        ({"toml": 'input_action = "move"\n'}, "input_action: expected one of archive, keep, delete"),
        ({"toml": "workers = -1\n"}, "workers: must be at least 0"),
        ({"toml": "ignore = 3\n"}, "ignore: expected a list of glob patterns"),
        ({"toml": "events = 2\n"}, "events: expected true or false"),
        ({"toml": "settle_seconds = \n"}, "not valid TOML"),
        ({"env": {"CLEANER_MAX_BYTES": "lots"}}, "CLEANER_MAX_BYTES: max_bytes: expected a whole number"),
        ({"flags": {"retry_base_seconds": "x"}}, "--retry-base-seconds: retry_base_seconds: expected a number"),
    ],
)
def test_bad_values_name_their_key(tmp_path: Path, source: dict[str, object], expected: str) -> None:
    """Each bad value raises ConfigError whose one line says where and which key."""
    config = None
    if "toml" in source:
        config = tmp_path / "bad.toml"
        config.write_text(str(source["toml"]))
    environ = source.get("env", {})
    flags = {**_folders(tmp_path), **source.get("flags", {})}
    with pytest.raises(ConfigError) as caught:
        load(Sources(config_file=config, environ=environ, flags=flags))
    assert expected in caught.value.one_line()
    assert "\n" not in caught.value.one_line()


def test_missing_folders_are_config_errors(tmp_path: Path) -> None:
    """No inbox, an inbox that is not a folder, or the same folder twice: a ConfigError at start."""
    with pytest.raises(ConfigError, match="inbox: required"):
        load(Sources())
    with pytest.raises(ConfigError, match="is not a folder"):
        load(Sources(flags={"inbox": str(tmp_path / "nope"), "outbox": str(tmp_path / "out")}))
    with pytest.raises(ConfigError, match="must differ from inbox"):
        load(Sources(flags={"inbox": str(tmp_path), "outbox": str(tmp_path)}))


def test_cli_bad_config_exits_3_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner watch` with a bad config prints one error line naming the key and exits 3, starting nothing."""
    config = tmp_path / "cleaner.toml"
    config.write_text("max_attempts = 0\n")
    (tmp_path / "in").mkdir()
    code = main(["watch", str(tmp_path / "in"), str(tmp_path / "out"), "--config", str(config)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3
    assert err == [f"cleaner: error: {config}: max_attempts: must be at least 1, got 0"]
    assert not (tmp_path / "out").exists()


def test_cli_watch_needs_both_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner watch INBOX` without OUTBOX is a config error."""
    assert main(["watch", str(tmp_path)]) == 3
    assert "give both INBOX and OUTBOX" in capsys.readouterr().err


def test_status_without_a_ledger_exits_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner status` on a folder the service never used says there is no ledger."""
    assert main(["status", str(tmp_path)]) == 5
    assert "no ledger here" in capsys.readouterr().err


def test_status_prints_counts_and_last_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner status OUTBOX` lists every state with its count, then the newest failures with their reasons."""
    from cleaner.service.ledger import Ledger

    ledger = Ledger.open(tmp_path / "out" / ".cleaner")
    ledger.claim("d" * 64, name="ok.txt", size=5)
    ledger.mark_done("d" * 64, output="ok", ms=3)
    ledger.mark_failed(None, name="pipe", state="rejected", reason="not a regular file (FIFO)", moved_to="/in/f/pipe")
    ledger.close()
    assert main(["status", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "  done           1" in out and "  failed_unread  1" in out
    assert "last failures (1):" in out and "pipe: not a regular file (FIFO)" in out and "-> /in/f/pipe" in out
