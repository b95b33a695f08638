"""Service settings: defaults < one TOML file < CLEANER_* environment < command-line flags, checked at start."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from cleaner import warm_cache
from cleaner.config import DEFAULT_MAX_BYTES, CleanConfig
from cleaner.errors import ConfigError
from cleaner.service.work import reload_config

ENV_PREFIX = "CLEANER_"
# CLEANER_ variables that are not settings: the config file's path, the system tests' faults, the start-up cache
_NOT_SETTINGS = frozenset({"CLEANER_CONFIG", "CLEANER_FAULTS", warm_cache.CACHE_DIR_ENV, warm_cache.NO_CACHE_ENV})
INPUT_ACTIONS = ("archive", "keep", "delete")
LOG_FORMATS = ("auto", "json", "console")
LOG_LEVELS = ("debug", "info", "warning", "error")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything `cleaner watch` needs; field names are the TOML keys, flags and env suffixes."""

    inbox: Path | None = None  # watched folder (required)
    outbox: Path | None = None  # NAME.txt + NAME.json land here (required)
    state_dir: Path | None = None  # ledger.sqlite3; default: OUTBOX/.cleaner
    archive_dir: Path | None = None  # finished inputs (input_action = "archive"); default: INBOX/archive
    failed_dir: Path | None = None  # bad inputs + NAME.error.json; default: INBOX/failed
    input_action: str = "archive"  # what happens to a finished input: archive, keep or delete
    workers: int = 0  # cleaning processes; 0 = one per core
    max_pending: int = 4096  # files tracked in memory at once; more wait in the inbox for the next scan
    settle_seconds: float = 1.0  # a file written in place is cleaned once unchanged for this long
    scan_interval_seconds: float = 30.0  # reconciliation scan of the inbox (the folder is the truth)
    events: bool = True  # react to inotify events; false = scans only (network filesystems)
    ignore: tuple[str, ...] = (".*", "*.tmp", "*.part", "*~")  # names left alone until renamed
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs go to failed/ unread
    config_dir: Path | None = None  # rules and site profiles; default: the bundled config/
    max_attempts: int = 3  # a file that crashes the cleaner this many times is quarantined
    retry_base_seconds: float = 1.0  # first back-off after a crash or a transient output error
    retry_max_seconds: float = 300.0  # back-off ceiling
    file_timeout_seconds: float = 300.0  # a worker stuck on one file longer than this is killed
    stop_timeout_seconds: float = 20.0  # on SIGTERM, wait this long for files in hand, then abandon them
    worker_max_files: int = 5000  # a worker is replaced after this many files (a guard against leaks)
    log_level: str = "info"
    log_format: str = "auto"  # auto (JSON unless stderr is a terminal), json or console
    learn_repetition: bool = False  # keep per-site line counts in the state folder (issue 4)
    source: str = field(default="defaults", compare=False)  # where the settings came from, for messages

    @property
    def state_path(self) -> Path:
        """The folder holding the ledger."""
        return self.state_dir or _required(self.outbox, "outbox") / ".cleaner"

    @property
    def archive_path(self) -> Path:
        """Where finished inputs go when input_action is archive."""
        return self.archive_dir or _required(self.inbox, "inbox") / "archive"

    @property
    def failed_path(self) -> Path:
        """Where bad inputs go, each with NAME.error.json."""
        return self.failed_dir or _required(self.inbox, "inbox") / "failed"

    @property
    def worker_count(self) -> int:
        """Worker processes to run."""
        return self.workers or os.cpu_count() or 1

    def clean_config(self) -> CleanConfig:
        """The core's config for these settings (learned counts travel to the workers as snapshots)."""
        return CleanConfig(config_dir=self.config_dir, max_bytes=self.max_bytes)


def _required(value: Path | None, key: str) -> Path:
    if value is None:
        raise ConfigError(f"{key}: required (set it in the config file, CLEANER_{key.upper()} or on the command line)")
    return value


# --- conversion: every source goes through one converter per key, so errors read the same --------------------


def _to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true or false")


def _to_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("+-").replace("_", "").isdigit():
        return int(value.strip().replace("_", ""))
    raise ValueError("expected a whole number")


def _to_float(value: object) -> float:
    if isinstance(value, bool):
        raise ValueError("expected a number")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise ValueError("expected a number")


def _to_patterns(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split(",") if p.strip())
    if isinstance(value, list) and all(isinstance(p, str) for p in value):
        return tuple(value)
    raise ValueError("expected a list of glob patterns")


def _to_str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[object], str]:
    def convert(value: object) -> str:
        text = _to_str(value).strip().lower()
        if text not in options:
            raise ValueError(f"expected one of {', '.join(options)}")
        return text

    return convert


_PATH_KEYS = frozenset({"inbox", "outbox", "state_dir", "archive_dir", "failed_dir", "config_dir"})
_CONVERTERS: dict[str, Callable[[object], Any]] = {
    "input_action": _choice(INPUT_ACTIONS),
    "log_format": _choice(LOG_FORMATS),
    "log_level": _choice(LOG_LEVELS),
    "events": _to_bool,
    "learn_repetition": _to_bool,
    "ignore": _to_patterns,
}
_MINIMUM: dict[str, float] = {
    "workers": 0,
    "max_pending": 16,
    "settle_seconds": 0,
    "scan_interval_seconds": 0.1,
    "max_bytes": 1,
    "max_attempts": 1,
    "retry_base_seconds": 0,
    "retry_max_seconds": 0,
    "file_timeout_seconds": 0.1,
    "stop_timeout_seconds": 0,
    "worker_max_files": 1,
}
KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings) if f.name != "source")


def _converter(key: str) -> Callable[[object], Any]:
    if key in _CONVERTERS:
        return _CONVERTERS[key]
    default = getattr(Settings(), key)
    if key in _PATH_KEYS:
        return _to_str
    if isinstance(default, bool):
        return _to_bool
    if isinstance(default, int):
        return _to_int
    if isinstance(default, float):
        return _to_float
    return _to_str


def convert(key: str, raw: object, *, where: str, base: Path | None = None) -> Any:
    """One value for key, converted and range-checked; ConfigError names where it came from and the key."""
    if key not in KEYS:
        raise ConfigError(f"{where}: unknown key {key!r}")
    try:
        value = _converter(key)(raw)
    except ValueError as exc:
        raise ConfigError(f"{where}: {key}: {exc}, got {raw!r}") from exc
    if key in _PATH_KEYS:
        if not value.strip():
            return None
        path = Path(value).expanduser()
        return (base / path) if base and not path.is_absolute() else path
    if key in _MINIMUM and value < _MINIMUM[key]:
        raise ConfigError(f"{where}: {key}: must be at least {_MINIMUM[key]:g}, got {raw!r}")
    return value


def from_toml(path: Path) -> dict[str, Any]:
    """Settings values from a TOML file (flat keys; paths relative to the file's folder)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    base = path.resolve().parent
    return {key: convert(key, raw, where=str(path), base=base) for key, raw in data.items()}


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings values from CLEANER_<KEY> variables (those of _NOT_SETTINGS are read elsewhere, not keys)."""
    values: dict[str, Any] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or name in _NOT_SETTINGS:
            continue
        key = name[len(ENV_PREFIX) :].lower()
        values[key] = convert(key, raw, where=name)
    return values


@dataclass(frozen=True, slots=True)
class Sources:
    """Where settings come from, kept so SIGHUP can read them again in the same order."""

    config_file: Path | None = None
    environ: Mapping[str, str] = field(default_factory=dict)
    flags: Mapping[str, object] = field(default_factory=dict)  # key -> raw string from the command line


def load(sources: Sources) -> Settings:
    """Merge defaults, the TOML file, the environment and the flags, then check the result."""
    return check(merge(sources))


def merge(sources: Sources) -> Settings:
    """Merge defaults, the TOML file, the environment and the flags (no cross-key checks)."""
    config_file = sources.config_file
    if config_file is None and sources.environ.get("CLEANER_CONFIG"):
        config_file = Path(sources.environ["CLEANER_CONFIG"])
    values: dict[str, Any] = {}
    if config_file is not None:
        values |= from_toml(config_file)
    values |= from_env(sources.environ)
    values |= {key: convert(key, raw, where=f"--{key.replace('_', '-')}") for key, raw in sources.flags.items()}
    return replace(Settings(), **values, source=str(config_file) if config_file else "command line")


def check(settings: Settings) -> Settings:
    """Cross-key checks: required folders, and folders that must not overlap."""
    where = settings.source
    inbox = _required(settings.inbox, "inbox")
    outbox = _required(settings.outbox, "outbox")
    if not inbox.is_dir():
        raise ConfigError(f"{where}: inbox: {inbox} is not a folder")
    if inbox.resolve() == outbox.resolve():
        raise ConfigError(f"{where}: outbox: must differ from inbox ({inbox})")
    if settings.retry_max_seconds < settings.retry_base_seconds:
        raise ConfigError(f"{where}: retry_max_seconds: must be at least retry_base_seconds")
    for key in ("archive_dir", "failed_dir"):
        folder: Path | None = getattr(settings, key)
        if folder is not None and folder.resolve() == inbox.resolve():
            raise ConfigError(f"{where}: {key}: must differ from inbox")
    return settings


# Keys a SIGHUP does not change (a new value is reported as needing a restart).
RESTART_KEYS: tuple[str, ...] = ("inbox", "outbox", "state_dir", "archive_dir", "failed_dir", "learn_repetition")
RESTART_KEYS += ("log_level", "log_format")


def reloaded(current: Settings, sources: Sources) -> tuple[Settings, list[str]]:
    """The settings read again (SIGHUP), with the rules reloaded and checked; restart-only keys keep their
    running values and are listed when the file changed them. ConfigError leaves the running rules in place."""
    try:
        new = load(sources)
        reload_config()
        new.clean_config().rulebook()
    except ConfigError:
        reload_config()
        raise
    fixed = {key: getattr(current, key) for key in RESTART_KEYS}
    changed = sorted(key for key, value in fixed.items() if getattr(new, key) != value)
    return replace(new, **fixed), changed


__all__ = [
    "KEYS",
    "RESTART_KEYS",
    "Settings",
    "Sources",
    "check",
    "convert",
    "from_env",
    "from_toml",
    "load",
    "merge",
    "reloaded",
]
