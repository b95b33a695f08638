"""`cleaner watch [INBOX OUTBOX] [--config FILE] [--KEY VALUE]...`: run the watched-folder service."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cleaner.errors import ConfigError
from cleaner.service import settings as service_settings


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `watch`."""
    parser = subparsers.add_parser(
        "watch",
        help="watch an inbox folder and clean every complete file dropped into it (a service)",
        description="Settings come from defaults < --config FILE (or $CLEANER_CONFIG) < CLEANER_<KEY> "
        "environment variables < flags. See config/cleaner.example.toml for every key.",
    )
    parser.add_argument("inbox", nargs="?", type=Path, metavar="INBOX", help="folder to watch")
    parser.add_argument("outbox", nargs="?", type=Path, metavar="OUTBOX", help="folder for NAME.txt + NAME.json")
    parser.add_argument("--config", type=Path, metavar="FILE", help="TOML settings file")
    add_setting_flags(parser)
    parser.set_defaults(run=run)


def add_setting_flags(parser: argparse.ArgumentParser, keys: tuple[str, ...] = service_settings.KEYS) -> None:
    """One --key-name VALUE flag per settings key (the same converter as the TOML file checks it)."""
    group = parser.add_argument_group("settings (each overrides the config file and the environment)")
    defaults = service_settings.Settings()
    for key in keys:
        if key in {"inbox", "outbox"}:
            continue
        default = getattr(defaults, key)
        shown = ", ".join(default) if isinstance(default, tuple) else "see config" if default is None else default
        group.add_argument(f"--{key.replace('_', '-')}", dest=f"set_{key}", metavar="VALUE", help=f"default: {shown}")


def flag_values(args: argparse.Namespace) -> dict[str, object]:
    """The settings given as flags (and as INBOX OUTBOX), as raw strings."""
    values: dict[str, object] = {
        key: getattr(args, f"set_{key}") for key in service_settings.KEYS if getattr(args, f"set_{key}", None)
    }  # keys a command has no flag for are simply absent
    for key in ("inbox", "outbox"):
        if getattr(args, key, None) is not None:
            values[key] = str(getattr(args, key))
    return values


def run(args: argparse.Namespace) -> int:
    """Serve until SIGTERM/SIGINT; a bad config fails here with one line naming the key (exit 3)."""
    from cleaner.service.lifecycle import run as run_service

    if (args.inbox is None) != (args.outbox is None):
        raise ConfigError("give both INBOX and OUTBOX, or neither (and set them in --config)")
    sources = service_settings.Sources(config_file=args.config, environ=dict(os.environ), flags=flag_values(args))
    return run_service(sources)
