"""Body lines lost to context: real junk lines injected at random between the paragraphs of gold article bodies.

The gold bodies of tests/data/scrapinghub-dumps and tests/data/seeds (documents of three body lines or more) are
rebuilt as dumps with no junk, then, after each body line, with probability DENSITY, one to three lines drawn
from the pool in bench/data/injected/junk.txt are inserted. Every document is cleaned by cleaner and by the C4
line filter in the same run. The injection is seeded, so a run is reproducible: with seeds 1 and 2 at density
0.35 it is the stress test /work/q/inject.py runs.

- lost: a gold body line missing from the output (bag of words, as `cleaner eval` counts a loss); for cleaner,
  by the rule that removed it.
- leaked: an injected junk line still in the output as a line of its own (case and punctuation aside).

Density 0 shows what is lost with no junk at all (the title line goes into the metadata, for one).

    .venv/bin/python bench/bench_injected.py                  # seeds 1 2 3, densities 0 .1 .35
    .venv/bin/python bench/bench_injected.py --seeds 1 --densities 0.35 --details
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import clean
from cleaner.baselines import c4_filter
from cleaner.scoring import GoldDoc, parse_gold, score_document, tokens

ROOT = Path(__file__).resolve().parent.parent
GOLD_FOLDERS = (ROOT / "tests/data/scrapinghub-dumps", ROOT / "tests/data/seeds")
JUNK_POOL = ROOT / "bench/data/injected/junk.txt"
MIN_BODY_LINES = 3
MAX_JUNK_PER_INSERTION = 3
KIND_OF: dict[str, str] = {}  # each pool line's kind, filled as the pool is read


@dataclass(frozen=True, slots=True)
class Body:
    """One gold document: its name and its gold answer."""

    stem: str
    gold: GoldDoc


@dataclass
class Tally:
    """One method's losses and leaks over the documents of one density."""

    body_lines: int = 0
    junk_lines: int = 0
    lost: int = 0
    leaked: int = 0
    lost_by_rule: Counter[str] = field(default_factory=Counter)
    leaked_by_kind: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


def read_junk_pool(path: Path = JUNK_POOL) -> list[tuple[str, str]]:
    """The pool's lines, each with its kind (the '## ' heading above it)."""
    pool: list[tuple[str, str]] = []
    kind = "junk"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            pool.append((line, kind))
            KIND_OF[line] = kind
    return pool


def read_bodies(folders: Sequence[Path] = GOLD_FOLDERS) -> list[Body]:
    """The gold documents with at least MIN_BODY_LINES required body lines, in a fixed order."""
    bodies: list[Body] = []
    for folder in folders:
        for path in sorted(folder.glob("*.gold.txt")):
            stem = path.name.removesuffix(".gold.txt")
            record = json.loads((folder / f"{stem}.gold.json").read_text(encoding="utf-8"))
            gold = parse_gold(path.read_text(encoding="utf-8"), record)
            if len(gold.required) >= MIN_BODY_LINES:
                bodies.append(Body(stem, gold))
    return bodies


def inject(body: Sequence[str], junk: Sequence[str], density: float, rng: random.Random) -> tuple[list[str], list[str]]:
    """The body with junk lines inserted after each line with probability density, and the junk inserted."""
    lines: list[str] = []
    inserted: list[str] = []
    for line in body:
        lines.append(line)
        if rng.random() < density:
            chosen = rng.sample(junk, rng.randint(1, MAX_JUNK_PER_INSERTION))
            lines.extend(chosen)
            inserted.extend(chosen)
    return lines, inserted


def _line_key(line: str) -> tuple[str, ...]:
    return tuple(tokens(line))


def leaked_lines(output: str, inserted: Sequence[str]) -> list[str]:
    """The inserted junk lines that are still lines of the output (each output line answers for one insertion)."""
    left = Counter(_line_key(line) for line in output.splitlines() if line.strip())
    leaks: list[str] = []
    for line in inserted:
        key = _line_key(line)
        if key and left[key] > 0:
            left[key] -= 1
            leaks.append(line)
    return leaks


def _count(tally: Tally, body: Body, inserted: Sequence[str], output: str, *, removed_by: dict[str, str]) -> None:
    score = score_document(output, body.gold)
    leaks = leaked_lines(output, inserted)
    tally.leaked_by_kind.update(KIND_OF.get(line, "?") for line in leaks)
    tally.body_lines += len(body.gold.required)
    tally.junk_lines += len(inserted)
    tally.lost += len(score.losses)
    tally.leaked += len(leaks)
    for line in score.losses:
        rule = removed_by.get(line, "?")
        tally.lost_by_rule[rule] += 1
        tally.examples.append(f"L {body.stem[:16]} [{rule}] {line[:110]}")
    for line in leaks:
        tally.examples.append(f"K {body.stem[:16]} {line[:110]}")


def run(
    bodies: Sequence[Body], pool: Sequence[tuple[str, str]], *, seeds: Sequence[int], density: float
) -> dict[str, Tally]:
    """Cleaner and the C4 filter on every body, once per seed, at one density."""
    junk = [line for line, _kind in pool]
    tallies = {"cleaner": Tally(), "c4_filter": Tally()}
    for seed in seeds:
        rng = random.Random(seed)
        for body in bodies:
            lines, inserted = inject(body.gold.required, junk, density, rng)
            text = "\n".join(lines) + "\n"
            result = clean(text, name=f"{body.stem}.txt")
            removed_by = {removal.text: removal.rule for removal in result.removed}
            _count(tallies["cleaner"], body, inserted, result.text, removed_by=removed_by)
            _count(tallies["c4_filter"], body, inserted, c4_filter(text), removed_by={})
    return tallies


def report(density: float, tallies: dict[str, Tally], *, details: bool) -> None:
    """One density's table, cleaner's losses by rule, and with details every loss (L) and leak (K)."""
    print(f"\n## density {density:g}\n")
    print("| method | lost / body lines | leaked / junk lines |")
    print("|---|---|---|")
    for method, tally in tallies.items():
        print(f"| {method} | {tally.lost} / {tally.body_lines} | {tally.leaked} / {tally.junk_lines} |")
    cleaner_tally = tallies["cleaner"]
    if cleaner_tally.lost_by_rule:
        rules = ", ".join(f"{rule} {count}" for rule, count in cleaner_tally.lost_by_rule.most_common())
        print(f"\ncleaner's losses by rule: {rules}")
    if cleaner_tally.leaked_by_kind:
        kinds = ", ".join(f"{kind} {count}" for kind, count in cleaner_tally.leaked_by_kind.most_common())
        print(f"cleaner's leaks by kind: {kinds}")
    if details:
        print()
        print("\n".join(cleaner_tally.examples))


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per density, lost body lines and leaked junk lines of cleaner and the C4 filter."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--densities", type=float, nargs="+", default=[0.0, 0.10, 0.35])
    parser.add_argument("--details", action="store_true", help="list cleaner's every loss and leak")
    args = parser.parse_args(argv)
    bodies, pool = read_bodies(), read_junk_pool()
    print(f"{len(bodies)} gold bodies, {len(pool)} junk lines in the pool, seeds {' '.join(map(str, args.seeds))}")
    for density in args.densities:
        report(density, run(bodies, pool, seeds=args.seeds, density=density), details=args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
