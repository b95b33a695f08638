"""Benchmark `cleaner watch`: drop-to-output latency at a steady rate, and burst drain beside `cleaner clean`.

    .venv/bin/python bench/bench_service.py                 # 10,000-file burst, 30 s at 50 files/s
    .venv/bin/python bench/bench_service.py --burst 2000 --seconds 10

Inputs are the dumps in samples/, each copy made unique by one appended line (the service skips exact
duplicates). Both commands clean the same bytes with the same number of workers, in the same run. Files are
renamed into the inbox (the delivery the service is built for); latency is measured from the rename to the
moment NAME.json appears in the outbox (polled every millisecond). The steady run comes first, after 100
untimed files (the first dumps after a start compile the rules they meet); the burst follows on the same
service. Peak RSS sums every process of the command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLEANER = str(Path(sys.executable).parent / "cleaner")
WARM_UP_FILES = 100  # dropped (at the steady rate) before the timed steady run
TARGETS = {"p50_ms": 50.0, "p99_ms": 250.0, "drain_share": 0.8}


def make_inputs(folder: Path, count: int, *, tag: str) -> list[Path]:
    """count unique dumps in folder, cycling through samples/*.txt."""
    samples = [p.read_bytes() for p in sorted((REPO / "samples").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{tag}{number:05d}.txt"
        extra = f"\n\nBench reference {tag}-{number} for this copy of the article.\n".encode()
        path.write_bytes(samples[number % len(samples)] + extra)
        paths.append(path)
    return paths


class Sampler:
    """Samples a process group every 100 ms, in a thread: the peak of its summed RSS, and its CPU seconds
    (each process's last reading, so workers that exit still count)."""

    def __init__(self, pgid: int) -> None:
        self.pgid = pgid
        self.peak = 0
        self.rss = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def cpu_seconds(self) -> float:
        return sum(self._cpu.values())

    def _run(self) -> None:
        page, ticks = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
        while not self._stop.is_set():
            total = 0
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    if int(fields[2]) == self.pgid:
                        total += int((entry / "statm").read_text().split()[1]) * page
                        self._cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
                except (OSError, IndexError, ValueError):
                    continue
            self.peak, self.rss = max(self.peak, total), total
            self._stop.wait(0.1)


def machine_busy_seconds() -> float:
    """CPU seconds all processes have used so far (from /proc/stat), to tell how busy others kept the machine."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def run_clean(inputs: Path, out: Path, workers: int) -> tuple[float, int, float]:
    """`cleaner clean` on the folder: (seconds, peak RSS bytes, CPU seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [CLEANER, "clean", str(inputs), "-o", str(out), "-j", str(workers), "--no-progress"],
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    with Sampler(proc.pid) as sampler:
        proc.wait()
    return time.monotonic() - started, sampler.peak, sampler.cpu_seconds


class Watch:
    """Times when each expected NAME.json appears in the outbox, by polling for it every millisecond in a thread
    (a file-event observer in this process would fall behind during a 10,000-file burst and skew the times)."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox
        self.seen: dict[str, float] = {}
        self._waiting: dict[str, None] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def expect(self, stem: str) -> None:
        with self._lock:
            self._waiting[stem] = None

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                waiting = list(self._waiting)
            for stem in waiting:
                if os.path.exists(self.outbox / f"{stem}.json"):
                    now = time.monotonic()
                    with self._lock:
                        self._waiting.pop(stem, None)
                        self.seen[stem] = now
            self._stop.wait(0.001)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def count_outputs(outbox: Path) -> int:
    """NAME.json files in the outbox."""
    with os.scandir(outbox) as entries:
        return sum(1 for entry in entries if entry.name.endswith(".json"))


class Service:
    """A `cleaner watch` subprocess with a notify socket, ready when it says READY=1."""

    def __init__(self, root: Path, workers: int) -> None:
        self.inbox, self.outbox = root / "inbox", root / "outbox"
        self.inbox.mkdir(parents=True)
        self.outbox.mkdir(parents=True)
        address = f"@cleaner-bench-{uuid.uuid4().hex}"
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind("\0" + address[1:])
        self.notify.settimeout(120)
        env = {**os.environ, "NOTIFY_SOCKET": address}
        argv = [CLEANER, "watch", str(self.inbox), str(self.outbox), "--workers", str(workers), "--log-format", "json"]
        self.log = open(root / "service.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, stderr=self.log, env=env, start_new_session=True)
        while b"READY=1" not in self.notify.recv(4096).split(b"\n"):
            pass

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=120)
        self.log.close()
        self.notify.close()
        return code


def wait_for(check: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("bench: timed out waiting for the service")
        time.sleep(0.02)


def burst(service: Service, inputs: list[Path]) -> float:
    """Rename every input into the inbox at once; seconds until the last output appears (polled every 50 ms)."""
    before = count_outputs(service.outbox)
    started = time.monotonic()
    for path in inputs:
        os.replace(path, service.inbox / path.name)
    deadline = started + 1800
    while count_outputs(service.outbox) < before + len(inputs):
        if time.monotonic() > deadline:
            raise SystemExit("bench: timed out waiting for the burst")
        time.sleep(0.05)
    return time.monotonic() - started


def steady(service: Service, inputs: list[Path], rate: float) -> list[float]:
    """Drop inputs at a steady rate; milliseconds from each drop to its output."""
    watch = Watch(service.outbox)
    dropped: dict[str, float] = {}
    started = time.monotonic()
    try:
        for number, path in enumerate(inputs):
            time.sleep(max(0.0, started + number / rate - time.monotonic()))
            watch.expect(path.stem)
            dropped[path.stem] = time.monotonic()
            os.replace(path, service.inbox / path.name)
        wait_for(lambda: len(watch.seen) >= len(dropped), timeout=600)
    finally:
        watch.stop()
    return sorted((watch.seen[stem] - at) * 1000 for stem, at in dropped.items())


def percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--burst", type=int, default=10_000, help="files in the burst (default 10000)")
    parser.add_argument("--rate", type=float, default=50.0, help="files per second for the latency run")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of the latency run")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    load_start = os.getloadavg()
    root = Path(tempfile.mkdtemp(prefix="bench-service-"))
    try:
        staged = make_inputs(root / "burst", args.burst, tag="b")
        size_kb = sum(p.stat().st_size for p in staged) / len(staged) / 1024
        busy_before = machine_busy_seconds()
        clean_s, clean_rss, clean_cpu = run_clean(root / "burst", root / "clean-out", args.workers)
        clean_others = (machine_busy_seconds() - busy_before - clean_cpu) / clean_s

        steady_inputs = make_inputs(root / "steady", round(args.rate * args.seconds), tag="s")
        warm_inputs = make_inputs(root / "warm", WARM_UP_FILES, tag="w")
        service = Service(root / "svc", args.workers)
        with Sampler(service.proc.pid) as sampler:
            time.sleep(0.2)
            rss_before, busy_before, cpu_before = sampler.rss, machine_busy_seconds(), sampler.cpu_seconds
            steady_started = time.monotonic()
            steady(service, warm_inputs, args.rate)  # the first dumps after a start compile rules: not timed
            latencies = steady(service, steady_inputs, args.rate)
            steady_s = time.monotonic() - steady_started
            steady_others = (machine_busy_seconds() - busy_before - (sampler.cpu_seconds - cpu_before)) / steady_s
            rss_after = sampler.rss
            cpu_before, busy_before = sampler.cpu_seconds, machine_busy_seconds()
            drain_s = burst(service, staged)
            busy_after = machine_busy_seconds()
            time.sleep(0.2)  # one more sample, for the CPU count
            burst_rss, burst_cpu = sampler.peak, sampler.cpu_seconds - cpu_before
            drain_others = (busy_after - busy_before - burst_cpu) / drain_s
        code = service.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    load_end = os.getloadavg()

    clean_rate, drain_rate = args.burst / clean_s, args.burst / drain_s
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    mib = 1024 * 1024
    print(f"cleaner service bench: {os.cpu_count()} cores, {args.workers} workers")
    print(f"load average at start {load_start[0]:.2f} {load_start[1]:.2f}, at end {load_end[0]:.2f} {load_end[1]:.2f}")
    print(f"burst: {args.burst} dumps from samples/ (avg {size_kb:.1f} KB), renamed into the inbox at once")
    share = drain_rate / clean_rate
    per_file = {"clean": clean_cpu / args.burst * 1000, "watch": burst_cpu / args.burst * 1000}
    print(f"  {'':24} {'files/s':>9} {'seconds':>9} {'peak RSS MiB':>13} {'CPU ms/file':>12} {'others, cores':>14}")
    print(
        f"  {'cleaner clean (batch)':24} {clean_rate:9.1f} {clean_s:9.1f} {clean_rss / mib:13.0f}"
        f" {per_file['clean']:12.1f} {max(0.0, clean_others):14.2f}"
    )
    print(
        f"  {'cleaner watch (drain)':24} {drain_rate:9.1f} {drain_s:9.1f} {burst_rss / mib:13.0f}"
        f" {per_file['watch']:12.1f} {max(0.0, drain_others):14.2f}  ({share:.0%} of clean's files/s)"
    )
    print("  (others, cores: CPU that other processes on the machine used meanwhile, in cores)")
    print(
        f"steady: {len(latencies)} files at {args.rate:g} files/s, drop (rename in) to NAME.json in the outbox"
        f" (others used {max(0.0, steady_others):.2f} cores meanwhile)"
    )
    print(
        f"  latency ms: p50 {p50:.1f}  p90 {percentile(latencies, 0.9):.1f}  p99 {p99:.1f}  max {latencies[-1]:.1f}"
        f"  (mean {statistics.fmean(latencies):.1f})"
    )
    print(f"  service RSS before/after the steady run: {rss_before / mib:.0f} / {rss_after / mib:.0f} MiB")
    verdicts = [
        ("p50 <= 50 ms", p50 <= TARGETS["p50_ms"]),
        ("p99 <= 250 ms", p99 <= TARGETS["p99_ms"]),
        ("drain >= 80% of clean", share >= TARGETS["drain_share"]),
        ("service exit 0 on SIGTERM", code == 0),
    ]
    print("targets: " + ", ".join(f"{label} {'ok' if ok else 'MISSED'}" for label, ok in verdicts))
    return 0 if all(ok for _label, ok in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
