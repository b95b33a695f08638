"""The counting pass over files (`cleaner learn`, `cleaner clean --learn`): clean each dump without learned
counts, and count all its lines, kept and removed, into a LineStats file under its site key."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from cleaner.config import CleanConfig
from cleaner.errors import CleanerError, ConfigError
from cleaner.linestats import LineStats
from cleaner.pipeline import clean
from cleaner.process import read_input
from cleaner.repetition import Observation, load_repetition_thresholds, observation_of

DEFAULT_STORE_NAME = ".cleaner-learned.sqlite"  # in the output folder of `cleaner clean --learn`
_COMMIT_EVERY = 200  # observations per transaction


@dataclass(slots=True)
class LearnSummary:
    """What a counting pass did: files seen, documents newly counted, and per-site document totals."""

    files: int = 0
    counted: int = 0
    already_counted: int = 0
    failed: int = 0
    sites: list[tuple[str, int]] = field(default_factory=list)


def _observe_file(job: tuple[Path, CleanConfig]) -> Observation | None:
    path, config = job
    try:
        result = clean(read_input(path, max_bytes=config.max_bytes), name=str(path), config=config)
    except CleanerError:
        return None
    except Exception:  # per-file boundary: one bad dump must not stop the pass (the clean pass reports it)
        return None
    return observation_of(result, site=config.site_key)


def _observations(paths: Sequence[Path], config: CleanConfig, *, jobs: int) -> Iterator[Observation | None]:
    work = [(path, config) for path in paths]
    if jobs <= 1 or len(work) < 2:
        yield from map(_observe_file, work)
        return
    chunk = max(1, min(64, len(work) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_observe_file, work, chunksize=chunk)


def learn_paths(paths: Sequence[Path], store: Path, *, config: CleanConfig, jobs: int = 1) -> LearnSummary:
    """Count the lines of every file into the LineStats file store (created if missing); a file counted
    before (same input bytes, same site) is not counted again."""
    counting = replace(config, learned=None, learned_path=None, explain=False)
    summary = LearnSummary(files=len(paths))
    store.parent.mkdir(parents=True, exist_ok=True)
    with LineStats.open(store, window_docs=load_repetition_thresholds(config.config_dir).window_docs) as stats:
        batch: list[Observation] = []
        for observation in _observations(paths, counting, jobs=jobs):
            if observation is None:
                summary.failed += 1
                continue
            batch.append(observation)
            if len(batch) >= _COMMIT_EVERY:
                summary.counted += stats.observe_many(batch)
                batch.clear()
        summary.counted += stats.observe_many(batch)
        summary.already_counted = summary.files - summary.failed - summary.counted
        summary.sites = stats.site_names()
    return summary


def site_hint(summary: LearnSummary, *, min_docs: int | None = None) -> str | None:
    """A hint for when most dumps were counted under sites too small to learn from (no --site given);
    min_docs None: config/repetition.toml's."""
    min_docs = min_docs or load_repetition_thresholds().min_docs
    alone = sum(n for _name, n in summary.sites if n < min_docs)
    total = sum(n for _name, n in summary.sites)
    if total and alone * 2 > total:
        return (
            f"cleaner: hint: {alone} of {total} dumps fell under sites with fewer than {min_docs} dumps, "
            "so nothing is learned for them; if they come from one site, pass --site NAME"
        )
    return None


def add_clean_options(parser: argparse.ArgumentParser) -> None:
    """The learning options of `cleaner clean`."""
    parser.add_argument(
        "--learn",
        action="store_true",
        help="first count the lines of all inputs per site, then drop lines repeated across many dumps",
    )
    parser.add_argument(
        "--learn-db",
        type=Path,
        help=f"learned counts to use (and, with --learn, add to); default OUT/{DEFAULT_STORE_NAME}",
    )
    parser.add_argument("--site", help="treat every input as a dump of this site (else: by hostname or profile)")


def clean_config(args: argparse.Namespace, config: CleanConfig) -> CleanConfig:
    """The config with the --site and --learn-db options of `cleaner clean` applied."""
    if args.learn and args.paths == ["-"]:
        raise ConfigError("--learn needs files or folders to count, not stdin (use --learn-db with stdin)")
    if args.learn and args.output_dir == Path("-") and not args.learn_db:
        raise ConfigError("--learn with -o - needs --learn-db: there is no output folder to keep the counts in")
    if args.site:
        config = replace(config, site_key=args.site)
    if args.learn_db and not args.learn:
        if not args.learn_db.is_file():
            raise ConfigError(
                "no learned counts here (make them with cleaner learn, or add --learn)", path=args.learn_db
            )
        config = replace(config, learned_path=args.learn_db)
    return config


def learn_before_clean(args: argparse.Namespace, config: CleanConfig, paths: Sequence[Path]) -> CleanConfig:
    """For `cleaner clean --learn`: count the inputs, then return the config that applies the counts."""
    store = args.learn_db or args.output_dir / DEFAULT_STORE_NAME
    summary = learn_paths(paths, store, config=config, jobs=max(1, args.jobs))
    sites = ", ".join(f"{name} {n}" for name, n in summary.sites[:5])
    print(
        f"cleaner: counted lines of {summary.counted} new dumps ({summary.already_counted} counted before); "
        f"documents per site: {sites}; counts in {store}",
        file=sys.stderr,
    )
    hint = site_hint(summary, min_docs=load_repetition_thresholds(config.config_dir).min_docs)
    if hint:
        print(hint, file=sys.stderr)
    return replace(config, learned_path=store)


__all__ = [
    "DEFAULT_STORE_NAME",
    "LearnSummary",
    "add_clean_options",
    "clean_config",
    "learn_before_clean",
    "learn_paths",
    "site_hint",
]
