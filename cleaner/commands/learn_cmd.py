"""`cleaner learn PATH... [--site NAME] [--db FILE] [--export PROFILE.toml]`: count the lines of many dumps per
site, report what repeats, and export it as a site profile for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cleaner.commands.clean_cmd import iter_inputs
from cleaner.config import DEFAULT_MAX_BYTES, CleanConfig
from cleaner.learned_profile import learned_templates, profile_toml
from cleaner.learning import learn_paths, site_hint
from cleaner.linestats import LineStats
from cleaner.repetition import load_repetition_thresholds
from cleaner.write import atomic_write

DEFAULT_DB = Path("cleaner-learned.sqlite")
_SHOWN = 5


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `learn`."""
    parser = subparsers.add_parser("learn", help="learn each site's template lines from repetition across dumps")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive) of dumps")
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help=f"the counts file to add to (default: ./{DEFAULT_DB})"
    )
    parser.add_argument("--site", help="count every dump as this site (else: by hostname or profile, or 'unknown')")
    parser.add_argument("--export", type=Path, metavar="PROFILE.toml", help="write the site's learned rules here")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--config-dir", type=Path, help="rules and site profiles (default: bundled)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip larger inputs")
    parser.set_defaults(run=run)


def _export_site(args: argparse.Namespace, sites: list[tuple[str, int]]) -> str | None:
    if args.site:
        return str(args.site)
    if len(sites) == 1:
        return sites[0][0]
    names = ", ".join(name for name, _n in sites[:_SHOWN])
    print(f"cleaner: error: the counts hold several sites ({names}); pick one with --site", file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    """Count the inputs into --db, print what each site repeats, and write --export if asked."""
    config = CleanConfig(config_dir=args.config_dir, max_bytes=args.max_bytes, site_key=args.site)
    config.rulebook()  # a bad config fails here, once
    paths = [path for path, _out in iter_inputs(args.paths, Path("."))]
    summary = learn_paths(paths, args.db, config=config, jobs=max(1, args.jobs))
    print(
        f"cleaner: {summary.counted} dumps counted, {summary.already_counted} counted before, "
        f"{summary.failed} unreadable; counts in {args.db}",
        file=sys.stderr,
    )
    thresholds = load_repetition_thresholds(args.config_dir)
    hint = site_hint(summary, min_docs=thresholds.min_docs)
    if hint:
        print(hint, file=sys.stderr)
    with LineStats.open(args.db, window_docs=thresholds.window_docs) as stats:
        for site, n_docs in summary.sites:
            templates = learned_templates(stats, site, thresholds=thresholds)
            families = sum(1 for t in templates if t.family)
            print(f"{site}: {n_docs} documents, {len(templates) - families} template lines, {families} line families")
            for t in templates[:_SHOWN]:
                print(f"  {t.evidence}: {t.sample}")
        if args.export is None:
            return 0
        chosen = _export_site(args, summary.sites)
        if chosen is None:
            return 2
        profile = profile_toml(chosen, learned_templates(stats, chosen, thresholds=thresholds))
        atomic_write(args.export, profile.encode("utf-8"))
    print(
        f"cleaner: wrote {chosen}'s learned profile to {args.export}; review it, then copy it to config/sites/",
        file=sys.stderr,
    )
    return 0
