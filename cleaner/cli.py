"""The `cleaner` command: a thin shell that dispatches to one module per subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cleaner import __version__
from cleaner.commands import clean_cmd, eval_cmd, learn_cmd, status_cmd, watch_cmd
from cleaner.errors import CleanerError

COMMANDS: tuple[ModuleType, ...] = (clean_cmd, eval_cmd, learn_cmd, watch_cmd, status_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Turn scraped news article dumps into clean text plus JSON metadata."
    )
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(subparsers)
    return parser


_SIGPIPE_EXIT = 141  # what a shell reports for a process killed by SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except CleanerError as exc:
        print(f"cleaner: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cleaner clean DIR -o - --json | head`: the reader has gone, so stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's flush of stdout at exit would fail again
        return _SIGPIPE_EXIT
    return code


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
