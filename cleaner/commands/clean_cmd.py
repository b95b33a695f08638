"""`cleaner clean PATH... [-o OUT]`: clean files, folders (recursive) or stdin, in parallel."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cleaner.config import DEFAULT_MAX_BYTES, CleanConfig
from cleaner.errors import CleanerError
from cleaner.learning import add_clean_options, clean_config, learn_before_clean
from cleaner.model import Result
from cleaner.pipeline import clean
from cleaner.process import clean_file, process_file
from cleaner.warm import warm_core
from cleaner.write import output_name

_PROGRESS_MIN_FILES = 20
# from this many files per worker on (a long run), the parent warms the core before forking them: each worker
# would otherwise compile the same regexes and load the same models on its first dumps (over a second of CPU
# each), and forked workers share the parent's copies instead of holding one each (a 68 MB language model). The
# parent warms every rule set, more than one worker's files need, in series: on 2 cores that cost 0.4 s more wall
# time on 186 files than workers starting cold side by side, and broke even at 1,860 (20% less CPU): only runs this
# long are warmed
_WARM_MIN_FILES_PER_JOB = 500
STDOUT = Path("-")  # -o -: each file's text (or, with --json, its record as one JSON line) to stdout


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `clean`."""
    parser = subparsers.add_parser("clean", help="clean dumps (files, folders, or - for stdin)")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (recursive), or -")
    parser.add_argument(
        "-o", "--output-dir", type=Path, default=Path("cleaned"), help="default: ./cleaned; - for stdout"
    )
    parser.add_argument(
        "--json", action="store_true", help="to stdout: the JSON record with the text, one line per input"
    )
    parser.add_argument("--explain", action="store_true", help="show every removed line with its rule")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--config-dir", type=Path, help="rules and site profiles (default: bundled)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="reject larger inputs")
    parser.add_argument("--url", help="with -: the page URL, for metadata")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None)
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    add_clean_options(parser)
    parser.set_defaults(run=run)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input file, small enough to send back from a worker process."""

    path: str
    error: str | None
    explain: tuple[str, ...] = ()
    warning: str | None = None  # e.g. flagged for review: lost most of its words
    printed: str = ""  # -o -: what goes to stdout


def _explain_lines(label: str, result: Result) -> tuple[str, ...]:
    width = result.metadata.get("reflowed_width")
    reflowed = (
        (
            f"{label}: reflowed: lines hard-wrapped at {width} columns joined into paragraphs (a line number is the"
            " paragraph's first line)",
        )
        if width
        else ()
    )
    return reflowed + tuple(
        f"{label}:{r.line_no}: {r.rule}{' (' + r.detail + ')' if r.detail else ''}: {r.text}" for r in result.removed
    )


def _review_warning(label: str, result: Result) -> str | None:
    review = result.metadata.get("review") or {}
    return f"{label}: review: {review.get('reason')}" if review.get("flagged") else None


def _printed(result: Result, *, as_json: bool, label: str = "") -> str:
    """What stdout gets for a result: its text, or its record with the text (and the input's path) on one line."""
    if not as_json:
        return result.text
    return (
        json.dumps(result.metadata | ({"input": label} if label else {}) | {"text": result.text}, ensure_ascii=False)
        + "\n"
    )


def _clean_one(job: tuple[Path, Path, CleanConfig, bool]) -> Outcome:
    path, out_dir, config, as_json = job
    try:
        result = clean_file(path, config=config) if out_dir == STDOUT else process_file(path, out_dir, config=config)
    except CleanerError as exc:
        return Outcome(str(path), exc.one_line())
    except Exception as exc:  # per-file boundary: one file's fault must not stop the batch
        return Outcome(str(path), f"{path}: internal error: {type(exc).__name__}: {exc}")
    if not result.ok:
        return Outcome(str(path), f"{path}: rejected: {result.rejected}")
    explain = _explain_lines(str(path), result) if config.explain else ()
    printed = _printed(result, as_json=as_json, label=str(path)) if out_dir == STDOUT else ""
    return Outcome(str(path), None, explain, _review_warning(str(path), result), printed)


def iter_inputs(paths: list[str], out_dir: Path) -> Iterator[tuple[Path, Path]]:
    """(input file, output folder) pairs; folders are walked, their sub-folders mirrored under out_dir.

    Hidden files and folders are skipped, and so is out_dir itself when it lies inside a walked folder
    (`cleaner clean .` must not clean its own output on the next run)."""
    out_resolved = out_dir.resolve()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if not p.is_dir()):
                relative = found.parent.relative_to(path)
                if any(part.startswith(".") for part in found.relative_to(path).parts):
                    continue
                if found.resolve().is_relative_to(out_resolved):
                    continue
                yield found, out_dir / relative
        else:
            yield path, out_dir


def _claim_names(pairs: list[tuple[Path, Path]]) -> tuple[list[tuple[Path, Path]], list[str]]:
    """Refuse a second input that would write the same NAME.txt as an earlier one."""
    claimed: dict[Path, Path] = {}
    keep: list[tuple[Path, Path]] = []
    errors: list[str] = []
    for path, out in pairs:
        target = out / output_name(path)
        if target in claimed:
            errors.append(f"{path}: output name {target}.txt already taken by {claimed[target]}; skipped")
            continue
        claimed[target] = path
        keep.append((path, out))
    return keep, errors


def _run_stdin(args: argparse.Namespace, config: CleanConfig) -> int:
    result = clean(sys.stdin.buffer.read(), name="-", config=config, url=args.url)
    for line in _explain_lines("-", result) if args.explain else ():
        print(line, file=sys.stderr)
    if not result.ok:
        print(f"cleaner: error: -: rejected: {result.rejected}", file=sys.stderr)
        return 1
    warning = _review_warning("-", result)
    if warning:
        print(f"cleaner: warning: {warning}", file=sys.stderr)
    sys.stdout.write(_printed(result, as_json=args.json))
    return 0


def run(args: argparse.Namespace) -> int:
    """Clean every input; print one line per failed file; exit 1 when any failed."""
    config = CleanConfig(config_dir=args.config_dir, max_bytes=args.max_bytes, explain=args.explain)
    config.rulebook()  # a bad config fails here, once, before any file is touched
    config = clean_config(args, config)
    if args.paths == ["-"]:
        return _run_stdin(args, config)
    if "-" in args.paths:
        print("cleaner: error: -: stdin must be the only PATH", file=sys.stderr)
        return 2
    to_stdout = args.output_dir == STDOUT
    found = list(iter_inputs(args.paths, args.output_dir))
    if to_stdout and len(found) > 1 and not args.json:
        print("cleaner: error: -o -: several inputs to stdout need --json (one record per line)", file=sys.stderr)
        return 2
    # to stdout: no sub-folders to mirror, no output names to share
    pairs, errors = ([(path, STDOUT) for path, _out in found], []) if to_stdout else _claim_names(found)
    if args.learn:
        config = learn_before_clean(args, config, [path for path, _out in pairs])
    show_progress = (
        args.progress if args.progress is not None else (sys.stderr.isatty() and len(pairs) >= _PROGRESS_MIN_FILES)
    )
    failed = len(errors)
    for line in errors:
        print(f"cleaner: error: {line}", file=sys.stderr)
    for outcome in _map(pairs, config, jobs=max(1, args.jobs), progress=show_progress, as_json=args.json):
        sys.stdout.write(outcome.printed)
        for line in outcome.explain:
            print(line, file=sys.stderr if to_stdout else sys.stdout)  # stdout carries the articles
        if outcome.warning:
            print(f"cleaner: warning: {outcome.warning}", file=sys.stderr)
        if outcome.error:
            failed += 1
            print(f"cleaner: error: {outcome.error}", file=sys.stderr)
    done = len(pairs) - (failed - len(errors))
    where = "stdout" if to_stdout else args.output_dir
    print(f"cleaner: {done} cleaned, {failed} failed, output in {where}", file=sys.stderr)
    return 1 if failed else 0


def _pool_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: the platform's default (fork on Linux up to Python 3.13)."""
    return multiprocessing.get_context()


def _map(
    pairs: list[tuple[Path, Path]], config: CleanConfig, *, jobs: int, progress: bool, as_json: bool
) -> Iterator[Outcome]:
    jobs_list = [(path, out, config, as_json) for path, out in pairs]
    bar = None
    frozen = False
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs_list), unit="file", file=sys.stderr)
    try:
        in_process = jobs == 1 or len(jobs_list) < 2
        context = _pool_context()
        if len(jobs_list) >= jobs * _WARM_MIN_FILES_PER_JOB:  # a long run
            if not in_process and context.get_start_method() == "fork":
                with contextlib.suppress(Exception):  # a speed-up only: what fails here fails per file, one line each
                    warm_core(config)  # inherited by every worker; a spawned worker would start cold all the same
            # what is loaded by now lives as long as the run: its collections need not walk it again (nor, in a
            # forked worker, copy the pages it shares with the parent by touching each object)
            gc.freeze()
            frozen = True
        if in_process:
            results: Iterator[Outcome] = map(_clean_one, jobs_list)
            for outcome in results:
                yield outcome
                if bar:
                    bar.update()
            return
        chunk = max(1, min(64, len(jobs_list) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            for outcome in pool.map(_clean_one, jobs_list, chunksize=chunk):
                yield outcome
                if bar:
                    bar.update()
    finally:
        if frozen:
            gc.unfreeze()
        if bar:
            bar.close()
