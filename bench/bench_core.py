"""Speed (and HTML quality) of cleaner beside its peers, measured in one run on this machine.

    .venv/bin/python bench/bench_core.py            # about 1-2 minutes
    .venv/bin/python bench/bench_core.py --quick    # one repetition, for a smoke test
    .venv/bin/python bench/bench_core.py --json bench/last.json

Four sections:
1. text dumps, MB/s per core through `cleaner.clean`, beside a bare C4 line filter and trafilatura (the dump
   wrapped one <p> per line), on tests/data/scrapinghub-dumps + tests/data/seeds, and through `cleaner.clean`
   again with each dump glued into one line;
2. HTML pages/s per core through `cleaner.clean`, beside trafilatura as the Zyte benchmark calls it and in its
   fast mode, each with its shingle F1 on the same run's output (bench/data/scrapinghub);
3. where `cleaner.clean` spends its CPU time, stage by stage, on each set (dumps, glued dumps, pages);
4. the whole `cleaner clean` command over a folder (text and HTML), files/s with all cores.

"Per core" rates divide by the process's CPU time, so that other load on the machine counts less; the wall
time is printed too. Each timing is the best of --repeat runs. The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import lxml.etree
import trafilatura

import cleaner
from cleaner.baselines import c4_filter, trafilatura_benchmark, trafilatura_fast
from cleaner.config import CleanConfig
from cleaner.model import Document
from cleaner.pipeline import STAGES, clean
from cleaner.scoring import shingle_score

REPO = Path(__file__).resolve().parent.parent
DUMPS = [REPO / "tests" / "data" / "scrapinghub-dumps", REPO / "tests" / "data" / "seeds"]
ZYTE = REPO / "bench" / "data" / "scrapinghub"


def dump_files() -> list[Path]:
    """The raw text dumps (not their gold answers)."""
    return sorted(p for folder in DUMPS for p in folder.glob("*.txt") if not p.name.endswith(".gold.txt"))


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best (CPU seconds, wall seconds) of `repeat` runs of work()."""
    best_cpu, best_wall = float("inf"), float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall


def wrap_paragraphs(text: str) -> str:
    """A text dump as HTML, one <p> per line (how trafilatura is run on dumps in tests/data/EVAL-README.md)."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def glue(raw: bytes) -> bytes:
    """A dump with its whole article glued into one line, as some scrapers write it."""
    return b" ".join(raw.split()) + b"\n"


def text_section(repeat: int) -> list[dict[str, Any]]:
    """MB/s per core on the text dumps: cleaner, a bare C4 filter (decode + filter), trafilatura on <p> lines;
    and cleaner on the same dumps glued into one line each."""
    raws = [p.read_bytes() for p in dump_files()]
    glued = [glue(raw) for raw in raws]
    wrapped = [wrap_paragraphs(raw.decode("utf-8", "replace")) for raw in raws]
    methods: dict[str, tuple[list[bytes], Callable[[], object]]] = {
        "cleaner.clean": (raws, lambda: [clean(raw, name="dump.txt") for raw in raws]),
        "C4 line filter": (raws, lambda: [c4_filter(raw.decode("utf-8", "replace")) for raw in raws]),
        "trafilatura (<p> per line)": (
            raws,
            lambda: [trafilatura.extract(page, include_comments=False) for page in wrapped],
        ),
        "cleaner.clean, glued dumps": (glued, lambda: [clean(raw, name="dump.txt") for raw in glued]),
    }
    rows = []
    for name, (inputs, work) in methods.items():
        work()  # warm up: imports, models, rules
        cpu, wall = timed(work, repeat)
        megabytes = sum(map(len, inputs)) / 1e6
        rows.append({"method": name, "files": len(inputs), "mb": round(megabytes, 3), "cpu_s": cpu, "wall_s": wall})
    return rows


def html_section(repeat: int) -> list[dict[str, Any]]:
    """pages/s per core on the Zyte pages, with each method's shingle F1 on the same outputs."""
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(p.name.split(".")[0], gzip.decompress(p.read_bytes())) for p in sorted((ZYTE / "html").glob("*.gz"))]
    texts = {item: raw.decode("utf-8", "replace") for item, raw in pages}
    methods: dict[str, Callable[[str, bytes], str]] = {
        "cleaner.clean": lambda item, raw: clean(raw, name=f"{item}.html").text,
        "trafilatura (benchmark call)": lambda item, _raw: trafilatura_benchmark(texts[item]),
        "trafilatura fast=True": lambda item, _raw: trafilatura_fast(texts[item]),
    }
    rows = []
    for name, method in methods.items():
        outputs: dict[str, str] = {}

        def work(method: Callable[[str, bytes], str] = method, outputs: dict[str, str] = outputs) -> None:
            for item, raw in pages:
                outputs[item] = method(item, raw)

        method(*pages[0])  # warm up
        cpu, wall = timed(work, repeat)
        score = shingle_score((outputs[item], truth[item]["articleBody"]) for item, _raw in pages)
        rows.append(
            {"method": name, "files": len(pages), "cpu_s": cpu, "wall_s": wall}
            | {"precision": score.precision, "recall": score.recall, "f1": score.f1}
        )
    return rows


def stage_section(inputs: dict[str, list[bytes]]) -> dict[str, dict[str, float]]:
    """CPU seconds per pipeline stage (and the final record) over each input set, to show where time goes."""
    config = CleanConfig()
    breakdown: dict[str, dict[str, float]] = {}
    for label, raws in inputs.items():
        name = "page.html" if label == "html" else "dump.txt"  # text and glued: dumps
        seconds: dict[str, float] = defaultdict(float)
        for raw in raws:
            doc = Document(name=name, raw=raw)
            for stage in STAGES:
                started = time.process_time()
                doc = stage(doc, config)
                seconds[stage.__name__] += time.process_time() - started
                if doc.rejected:
                    break
        started = time.process_time()
        for raw in raws:
            clean(raw, name=name, config=config)
        seconds["whole clean()"] = time.process_time() - started
        seconds["record and rest"] = seconds["whole clean()"] - sum(
            v for k, v in seconds.items() if k != "whole clean()"
        )
        breakdown[label] = dict(seconds)
    return breakdown


def command_section(jobs: int) -> list[dict[str, Any]]:
    """Wall-clock files/s of the whole `cleaner clean` command over a folder of dumps and one of pages."""
    executable = shutil.which("cleaner", path=str(Path(sys.executable).parent)) or "cleaner"
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folders = {"text dumps": Path(scratch) / "text", "HTML pages": Path(scratch) / "html"}
        folders["text dumps"].mkdir()
        for path in dump_files():
            shutil.copy(path, folders["text dumps"] / path.name)
        shutil.copytree(ZYTE / "html", folders["HTML pages"])
        for name, folder in folders.items():
            files = sum(1 for _ in folder.iterdir())
            out = Path(scratch) / f"out-{folder.name}"
            command = [executable, "clean", str(folder), "-o", str(out), "-j", str(jobs), "--no-progress"]
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            wall = time.perf_counter() - started
            rows.append({"input": name, "files": files, "jobs": jobs, "wall_s": wall, "exit": done.returncode})
    return rows


def print_report(report: dict[str, Any]) -> None:
    """The figures as aligned tables, with ratios against the first peer of each section."""
    print(f"# cleaner {report['cleaner']} bench, {report['date']}, {report['machine']}")
    print(f"load average before {report['load_before']}, after {report['load_after']}\n")
    text = report["text"]
    c4 = next(r for r in text if r["method"].startswith("C4"))
    c4_rate = c4["mb"] / c4["cpu_s"]
    print(f"## text dumps: {text[0]['files']} files, {text[0]['mb']} MB")
    print(f"{'method':<30} {'MB/s per core':>14} {'wall MB/s':>10} {'vs C4':>7}")
    for row in text:
        rate, wall = row["mb"] / row["cpu_s"], row["mb"] / row["wall_s"]
        print(f"{row['method']:<30} {rate:>14.2f} {wall:>10.2f} {rate / c4_rate:>7.3f}")
    pages = report["html"]
    traf = next(r for r in pages if r["method"].startswith("trafilatura (benchmark"))
    traf_rate = traf["files"] / traf["cpu_s"]
    print(f"\n## HTML pages (Zyte benchmark): {pages[0]['files']} pages")
    print(f"{'method':<30} {'pages/s per core':>17} {'wall p/s':>9} {'vs trafilatura':>15} {'P':>6} {'R':>6} {'F1':>6}")
    for row in pages:
        rate, wall = row["files"] / row["cpu_s"], row["files"] / row["wall_s"]
        quality = f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
        print(f"{row['method']:<30} {rate:>17.1f} {wall:>9.1f} {rate / traf_rate:>15.2f} {quality}")
    print("\n## where cleaner.clean spends its time (CPU ms per file)")
    stages = report["stages"]
    counts = {"text": text[0]["files"], "glued": text[0]["files"], "html": pages[0]["files"]}
    print(f"{'stage':<18} " + " ".join(f"{label:>9}" for label in stages))
    for stage in next(iter(stages.values())):
        cells = " ".join(f"{stages[label][stage] * 1000 / counts[label]:>9.2f}" for label in stages)
        print(f"{stage:<18} {cells}")
    print("\n## `cleaner clean FOLDER` (whole command, wall clock)")
    for row in report["command"]:
        rate = row["files"] / row["wall_s"]
        print(
            f"{row['input']:<12} {row['files']:>4} files, -j {row['jobs']}: {rate:>7.1f} files/s (exit {row['exit']})"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three sections and print (and optionally save) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best counts (default 3)")
    parser.add_argument("--quick", action="store_true", help="one run per timing")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the command section")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else max(1, args.repeat)
    report: dict[str, Any] = {
        "cleaner": cleaner.__version__,
        "date": dt.datetime.now().isoformat(timespec="minutes"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"trafilatura {trafilatura.__version__}, lxml {lxml.etree.__version__}",
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }
    report["text"] = text_section(repeat)
    report["html"] = html_section(repeat)
    zyte_pages = [gzip.decompress(p.read_bytes()) for p in sorted((ZYTE / "html").glob("*.gz"))]
    dumps = [p.read_bytes() for p in dump_files()]
    report["stages"] = stage_section({"text": dumps, "glued": [glue(raw) for raw in dumps], "html": zyte_pages})
    report["command"] = command_section(args.jobs)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
