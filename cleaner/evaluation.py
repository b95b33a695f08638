"""Score cleaner and its peers, side by side, on a gold folder (bag of words) or the Zyte benchmark (shingles)."""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cleaner.baselines import HTML_BASELINES, TEXT_BASELINES
from cleaner.config import CleanConfig
from cleaner.pipeline import clean
from cleaner.scoring import DocScore, GoldDoc, PageShingles, page_shingles, parse_gold, score_document
from cleaner.warm import warm_core

CLEANER = "cleaner"
GROUND_TRUTH = "ground-truth.json"
_Job = TypeVar("_Job")
_Row = TypeVar("_Row")


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One gold document's scores, for cleaner and every text baseline, and the language cleaner found."""

    stem: str
    language: str
    scores: dict[str, DocScore]


@dataclass(frozen=True, slots=True)
class PageRow:
    """One benchmark page's shingle counts and seconds spent, per method, and the language cleaner found."""

    item_id: str
    language: str
    shingles: dict[str, PageShingles]
    seconds: dict[str, float]


def is_benchmark(folder: Path) -> bool:
    """True when the folder is laid out like the Zyte benchmark (ground-truth.json beside html/)."""
    return (folder / GROUND_TRUTH).is_file()


def gold_stems(gold_dir: Path) -> list[str]:
    """Names of the documents that have a dump, a gold text and a gold record."""
    stems = (path.name[: -len(".gold.txt")] for path in sorted(gold_dir.glob("*.gold.txt")))
    return [s for s in stems if (gold_dir / f"{s}.txt").is_file() and (gold_dir / f"{s}.gold.json").is_file()]


def read_gold(gold_dir: Path, stem: str) -> GoldDoc:
    """The gold answer of one document: NAME.gold.txt with its NAME.gold.json record."""
    record = json.loads((gold_dir / f"{stem}.gold.json").read_text(encoding="utf-8"))
    return parse_gold((gold_dir / f"{stem}.gold.txt").read_text(encoding="utf-8"), record)


def score_gold_document(job: tuple[Path, str, CleanConfig]) -> GoldRow:
    """Clean one dump and run the text baselines on it; score all against its gold (runs in a worker)."""
    gold_dir, stem, config = job
    raw = (gold_dir / f"{stem}.txt").read_bytes()
    gold = read_gold(gold_dir, stem)
    result = clean(raw, name=f"{stem}.txt", config=config)
    scores = {CLEANER: score_document(result.text, gold, result.metadata)}
    dump = raw.decode("utf-8", errors="replace")
    for name, baseline in TEXT_BASELINES.items():
        scores[name] = score_document(baseline(dump), gold)
    return GoldRow(stem, str(result.metadata.get("language") or "?"), scores)


def evaluate_gold(gold_dir: Path, config: CleanConfig, *, jobs: int = 1, progress: bool = False) -> list[GoldRow]:
    """Score every document of a gold folder, in order of name."""
    work = [(gold_dir, stem, config) for stem in gold_stems(gold_dir)]
    return list(parallel_map(score_gold_document, work, jobs=jobs, progress=progress, unit="doc"))


def benchmark_items(bench_dir: Path, *, limit: int | None = None) -> list[tuple[str, Path, str]]:
    """(item id, page path, true article body) for every page that has a ground truth."""
    truth: dict[str, dict[str, Any]] = json.loads((bench_dir / GROUND_TRUTH).read_text(encoding="utf-8"))
    pages = {path.name.split(".")[0]: path for path in sorted((bench_dir / "html").glob("*.html*"))}
    items = [(item, pages[item], str(truth[item].get("articleBody") or "")) for item in truth if item in pages]
    return sorted(items)[:limit] if limit is not None else sorted(items)


def _read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def score_benchmark_page(job: tuple[str, Path, str, CleanConfig]) -> PageRow:
    """Clean one page and run the HTML baselines on it, timing each; score all with shingles (in a worker)."""
    item, path, truth, config = job
    raw = _read_page(path)
    started = time.perf_counter()
    result = clean(raw, name=path.name.removesuffix(".gz"), config=config)
    seconds = {CLEANER: time.perf_counter() - started}
    shingles = {CLEANER: page_shingles(result.text, truth)}
    html = raw.decode("utf-8", errors="replace")  # the benchmark reads its pages as UTF-8 text
    for name, baseline in HTML_BASELINES.items():
        started = time.perf_counter()
        predicted = baseline(html)
        seconds[name] = time.perf_counter() - started
        shingles[name] = page_shingles(predicted, truth)
    return PageRow(item, str(result.metadata.get("language") or "?"), shingles, seconds)


def evaluate_benchmark(
    bench_dir: Path, config: CleanConfig, *, jobs: int = 1, progress: bool = False, limit: int | None = None
) -> list[PageRow]:
    """Score every benchmark page with cleaner and the HTML baselines, in order of item id."""
    work = [(item, path, truth, config) for item, path, truth in benchmark_items(bench_dir, limit=limit)]
    pages = parallel_map(score_benchmark_page, work, jobs=jobs, progress=progress, unit="page", initializer=warm_up)
    return list(pages)


_WARM_UP_PAGE = (
    "<html><head><title>Warm up</title></head><body><article><h1>Warm up</h1>"
    "<p>This page loads the baselines' models once, so that the timed pages do not pay for it.</p>"
    "<p>It has two paragraphs of plain prose, long enough for every stage to run.</p></article></body></html>"
)


def warm_up() -> None:
    """Warm cleaner (warm_core: every kind of document, every rule set) and run the HTML baselines once, before
    any page is timed."""
    warm_core()
    for baseline in HTML_BASELINES.values():
        baseline(_WARM_UP_PAGE)


def parallel_map(
    work_fn: Callable[[_Job], _Row],
    work: Sequence[_Job],
    *,
    jobs: int,
    progress: bool,
    unit: str,
    initializer: Callable[[], None] | None = None,
) -> Iterator[_Row]:
    """work_fn over the work items, in order, across `jobs` processes, with a progress bar on stderr if asked."""
    results: Iterable[_Row]
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=initializer) if jobs > 1 and len(work) > 1 else None
    try:
        if pool is None:
            if initializer is not None:
                initializer()
            results = map(work_fn, work)
        else:
            results = pool.map(work_fn, work, chunksize=max(1, min(16, len(work) // (jobs * 4))))
        if progress:
            from tqdm import tqdm

            results = tqdm(results, total=len(work), unit=unit, file=sys.stderr, leave=False)
        yield from results
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
