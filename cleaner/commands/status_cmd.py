"""`cleaner status`: counts by state and the last failures, read from the service's ledger."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from cleaner.commands.watch_cmd import add_setting_flags, flag_values
from cleaner.service.ledger import Ledger
from cleaner.service.settings import Sources, merge


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `status`."""
    parser = subparsers.add_parser(
        "status",
        help="show the watch service's counts by state and its last failures",
        description="Finds the ledger as `cleaner watch` does: --state-dir, or OUTBOX/.cleaner, from flags, "
        "CLEANER_* variables or --config FILE.",
    )
    parser.add_argument("outbox", nargs="?", type=Path, metavar="OUTBOX", help="the service's output folder")
    parser.add_argument("--config", type=Path, metavar="FILE", help="the service's TOML settings file")
    parser.add_argument("--failures", type=int, default=10, metavar="N", help="how many recent failures to list")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_setting_flags(parser, ("state_dir",))
    parser.set_defaults(run=run, inbox=None)


def run(args: argparse.Namespace) -> int:
    """Print the counts and the recent failures; exit 5 when there is no ledger."""
    settings = merge(Sources(config_file=args.config, environ=dict(os.environ), flags=flag_values(args)))
    ledger = Ledger.open(settings.state_path, create=False)
    try:
        counts = ledger.counts()
        failures = ledger.last_failures(max(0, args.failures))
    finally:
        ledger.close()
    if args.json:
        recent = [
            {"at": _iso(f.at), "file": f.name, "reason": f.reason, "moved_to": f.moved_to, "sha256": f.sha256}
            for f in failures
        ]
        print(json.dumps({"ledger": str(ledger.path), "counts": counts, "last_failures": recent}, ensure_ascii=False))
        return 0
    print(f"ledger: {ledger.path}")
    width = max(len(k) for k in counts)
    for state, count in counts.items():
        print(f"  {state:<{width}}  {count}")
    print(f"last failures ({len(failures)}):" if failures else "last failures: none")
    for failure in failures:
        print(f"  {_iso(failure.at)}  {failure.name}: {failure.reason}")
        if failure.moved_to:
            print(f"      -> {failure.moved_to}")
    return 0


def _iso(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
