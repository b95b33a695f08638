"""`cleaner eval DIR`: score cleaner beside its peers on a gold folder or on the Zyte benchmark, in one run."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cleaner.config import CleanConfig
from cleaner.evaluation import (
    CLEANER,
    GoldRow,
    PageRow,
    evaluate_benchmark,
    evaluate_gold,
    is_benchmark,
)
from cleaner.scoring import DocScore, Summary, bootstrap_std, corpus_shingle_score, summarize


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `eval`."""
    parser = subparsers.add_parser(
        "eval",
        help="score against gold files, or the Zyte benchmark, beside peer methods",
        description="DIR holds NAME.txt + NAME.gold.txt + NAME.gold.json (bag-of-words scores, beside a C4 line "
        "filter and keep-everything), or ground-truth.json + html/ (the Zyte benchmark's shingle scores, "
        "beside trafilatura).",
    )
    parser.add_argument("gold_dir", type=Path, metavar="DIR", help="gold folder or benchmark folder")
    parser.add_argument("--config-dir", type=Path, help="rules and site profiles (default: bundled)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--json", action="store_true", help="print one machine-readable JSON summary")
    parser.add_argument("--details", action="store_true", help="show leaked and lost lines (worst pages)")
    parser.add_argument("--limit", type=int, help="benchmark: score only the first N pages (by id)")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None)
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    parser.set_defaults(run=run)


def evaluate_gold_dir(gold_dir: Path, config: CleanConfig) -> list[tuple[str, DocScore]]:
    """Clean every NAME.txt that has a gold answer and score it (cleaner's scores only, in name order)."""
    return [(row.stem, row.scores[CLEANER]) for row in evaluate_gold(gold_dir, config)]


def run(args: argparse.Namespace) -> int:
    """Score the folder and print the figures (a table, or JSON with --json)."""
    folder: Path = args.gold_dir
    if not folder.is_dir():
        print(f"cleaner: error: {folder}: not a folder", file=sys.stderr)
        return 2
    config = CleanConfig(config_dir=args.config_dir)
    config.rulebook()
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    jobs = max(1, args.jobs)
    if is_benchmark(folder):
        pages = evaluate_benchmark(folder, config, jobs=jobs, progress=progress, limit=args.limit)
        report = benchmark_report(pages)
        print(json.dumps(report, indent=1) if args.json else format_benchmark(report, pages, details=args.details))
        return 0 if pages else 1
    rows = evaluate_gold(folder, config, jobs=jobs, progress=progress)
    if not rows:
        print(f"cleaner: error: {folder}: no NAME.txt with NAME.gold.txt and NAME.gold.json", file=sys.stderr)
        return 1
    report = gold_report(rows)
    print(json.dumps(report, indent=1, ensure_ascii=False) if args.json else format_gold(report, rows, args.details))
    return 0


def _methods(rows: Sequence[GoldRow] | Sequence[PageRow]) -> list[str]:
    first = rows[0]
    return list(first.scores if isinstance(first, GoldRow) else first.shingles)


def _summary_dict(summary: Summary) -> dict[str, Any]:
    return {key: round(value, 4) if isinstance(value, float) else value for key, value in asdict(summary).items()}


def gold_report(rows: Sequence[GoldRow]) -> dict[str, Any]:
    """Overall, per-language and per-document figures for every method, as plain data."""
    methods = _methods(rows)
    by_language: dict[str, list[GoldRow]] = defaultdict(list)
    for row in rows:
        by_language[row.language].append(row)
    return {
        "mode": "gold",
        "documents": len(rows),
        "overall": {m: _summary_dict(summarize([r.scores[m] for r in rows])) for m in methods},
        "by_language": {
            lang: {m: _summary_dict(summarize([r.scores[m] for r in group])) for m in methods}
            for lang, group in sorted(by_language.items(), key=lambda item: (-len(item[1]), item[0]))
        },
        "per_document": [
            {
                "name": row.stem,
                "language": row.language,
                **{m: _doc_dict(row.scores[m]) for m in methods},
            }
            for row in rows
        ],
    }


def _doc_dict(score: DocScore) -> dict[str, Any]:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "leaks": list(score.leaks),
        "inevitable_leaks": list(score.inevitable_leaks),
        "losses": list(score.losses),
        "metadata": dict(score.metadata),
    }


def format_gold(report: dict[str, Any], rows: Sequence[GoldRow], details: bool) -> str:
    """The gold report as aligned text: per document (cleaner), then methods side by side, then languages."""
    out = ["document\tlang\tP\tR\tF1\tleaks\tlosses\tmetadata"]
    for row in rows:
        s = row.scores[CLEANER]
        meta = f"{sum(s.metadata.values())}/{len(s.metadata)}" if s.metadata else "-"
        out.append(
            f"{row.stem}\t{row.language}\t{s.precision:.3f}\t{s.recall:.3f}\t{s.f1:.3f}\t"
            f"{len(s.leaks)}\t{len(s.losses)}\t{meta}"
        )
        if details:
            out.extend(
                f"    leak: {line}" + (" (also in the gold body)" if line in s.inevitable_leaks else "")
                for line in s.leaks
            )
            out.extend(f"    lost: {line}" for line in s.losses)
    out.append("")
    out.append(f"overall ({report['documents']} documents)")
    out.append(
        f"{'method':<16} {'macro P':>8} {'R':>6} {'F1':>6}  {'micro P':>8} {'R':>6} {'F1':>6}  leaks losses  meta"
    )
    for method, s in report["overall"].items():
        out.append(_summary_line(method, s))
    inevitable = report["overall"][CLEANER]["inevitable_leaks"]
    if inevitable:
        out.append(
            f"({inevitable} of cleaner's leaks the gold body itself holds, as a line of the dump that repeats the "
            "words of a body sentence: no output that keeps the body avoids them)"
        )
    out.append("")
    out.append("per language: macro F1 / leaks / losses")
    out.append(f"{'lang':<6} {'docs':>4}  " + "  ".join(f"{m:>22}" for m in report["overall"]))
    for lang, per_method in report["by_language"].items():
        cells = "  ".join(f"{s['macro_f1']:>10.3f} {s['leaks']:>5} {s['losses']:>5}" for s in per_method.values())
        out.append(f"{lang:<6} {next(iter(per_method.values()))['documents']:>4}  {cells}")
    return "\n".join(out)


def _summary_line(method: str, s: dict[str, Any]) -> str:
    meta = f"{s['metadata_matched']}/{s['metadata_expected']}" if s["metadata_expected"] else "-"
    return (
        f"{method:<16} {s['macro_precision']:>8.3f} {s['macro_recall']:>6.3f} {s['macro_f1']:>6.3f}  "
        f"{s['micro_precision']:>8.3f} {s['micro_recall']:>6.3f} {s['micro_f1']:>6.3f}  "
        f"{s['leaks']:>5} {s['losses']:>6}  {meta}"
    )


def benchmark_report(pages: Sequence[PageRow]) -> dict[str, Any]:
    """Shingle P/R/F1 (± bootstrap std), accuracy and speed per method, overall and per language."""
    if not pages:
        return {"mode": "benchmark", "pages": 0, "methods": {}, "by_language": {}}
    methods = _methods(pages)
    by_language: dict[str, list[PageRow]] = defaultdict(list)
    for page in pages:
        by_language[page.language].append(page)
    return {
        "mode": "benchmark",
        "pages": len(pages),
        "methods": {m: _method_figures(pages, m) for m in methods},
        "by_language": {
            lang: {m: round(corpus_shingle_score([p.shingles[m] for p in group]).f1, 4) for m in methods}
            | {"pages": len(group)}
            for lang, group in sorted(by_language.items(), key=lambda item: (-len(item[1]), item[0]))
        },
        "per_page": [
            {"id": p.item_id, "language": p.language} | {m: asdict(p.shingles[m]) for m in methods} for p in pages
        ],
    }


def _method_figures(pages: Sequence[PageRow], method: str) -> dict[str, Any]:
    counts = [page.shingles[method] for page in pages]
    score, std = corpus_shingle_score(counts), bootstrap_std(counts)
    seconds = sum(page.seconds[method] for page in pages)
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "accuracy": round(score.accuracy, 4),
        "std": {"precision": round(std.precision, 4), "recall": round(std.recall, 4), "f1": round(std.f1, 4)},
        "pages_per_second_per_core": round(len(pages) / seconds, 1) if seconds else None,
        "empty": sum(1 for c in counts if c.tp + c.fp == 0),
    }


def format_benchmark(report: dict[str, Any], pages: Sequence[PageRow], *, details: bool) -> str:
    """The benchmark report as aligned text: methods side by side, per language, and (with details) worst pages."""
    out = [f"Zyte article-extraction benchmark: {report['pages']} pages, 4-gram shingles"]
    out.append(f"{'method':<14} {'P':>14} {'R':>14} {'F1':>14} {'accuracy':>9} {'pages/s/core':>13} {'empty':>6}")
    for method, f in report["methods"].items():
        std = f["std"]
        out.append(
            f"{method:<14} {f['precision']:>7.3f} ±{std['precision']:.3f} {f['recall']:>7.3f} ±{std['recall']:.3f} "
            f"{f['f1']:>7.3f} ±{std['f1']:.3f} {f['accuracy']:>9.3f} {f['pages_per_second_per_core']:>13} "
            f"{f['empty']:>6}"
        )
    methods = list(report["methods"])
    out.append("")
    out.append(f"per language (F1): {'lang':<6} {'pages':>5}  " + "  ".join(f"{m:>12}" for m in methods))
    for lang, figures in report["by_language"].items():
        cells = "  ".join(f"{figures[m]:>12.3f}" for m in methods)
        out.append(f"{'':<19}{lang:<6} {figures['pages']:>5}  {cells}")
    if details:
        out.append("")
        out.append("worst pages for cleaner (page F1 = 2TP / (2TP + FP + FN)):")
        worst = sorted(pages, key=lambda p: _page_f1(p, CLEANER))[:15]
        for page in worst:
            cells = "  ".join(f"{m}={_page_f1(page, m):.3f}" for m in methods)
            out.append(f"  {page.item_id[:16]}  {page.language:<3} {cells}")
    return "\n".join(out)


def _page_f1(page: PageRow, method: str) -> float:
    c = page.shingles[method]
    return 2 * c.tp / (2 * c.tp + c.fp + c.fn) if c.tp + c.fp + c.fn else 1.0
