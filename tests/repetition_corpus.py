"""A seeded corpus of many dumps from one made-up site: real article bodies wrapped in the site's template.

Bodies are the gold bodies of tests/data/scrapinghub-dumps (mostly-ASCII ones); the template (header, menu,
label families, inline promos, footer, "Most read" teasers) and the sentences quoted by several articles
come from tests/data/repetition/herald_template.toml. Each Dump knows which of its lines are template and
which are body, so a test can count template lines left and body lines lost.
"""

from __future__ import annotations

import random
import re
import sqlite3
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
TEMPLATE = DATA / "repetition" / "herald_template.toml"
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Dump:
    """One generated text dump and the truth about its lines."""

    name: str
    text: str
    body: tuple[str, ...]  # gold body paragraphs plus the quoted sentences placed in it
    template: tuple[str, ...]  # every template line placed in it


def gold_bodies(dumps_dir: Path = DATA / "scrapinghub-dumps") -> list[tuple[str, ...]]:
    """Gold bodies of 4–40 paragraphs in (almost only) ASCII text, in file-name order."""
    bodies = []
    for path in sorted(dumps_dir.glob("*.gold.txt")):
        text = path.read_text(encoding="utf-8")
        lines = tuple(line.removeprefix("? ").strip() for line in text.splitlines() if line.strip())
        ascii_share = sum(ch.isascii() for ch in text) / max(1, len(text))
        if ascii_share > 0.97 and 4 <= len(lines) <= 40:
            bodies.append(lines)
    return bodies


def _fill(template: str, fill: dict[str, list[str]], rng: random.Random) -> str:
    def pick(match: re.Match[str]) -> str:
        slot = match.group(1)
        if slot == "n":
            return f"{rng.randrange(24):02d}"
        if slot == "d":
            return str(rng.randrange(1, 29))
        return rng.choice(fill[slot])

    return _SLOT.sub(pick, template)


def _dump(index: int, body_lines: tuple[str, ...], spec: dict[str, Any], rng: random.Random) -> Dump:
    fill = spec["fill"]
    header = [e["text"] for e in spec["header"] if rng.random() < e["share"]]
    header += [_fill(f["template"], fill, rng) for f in spec["family"] if f["where"] == "header"]
    body = list(body_lines)
    placed_quotes = []
    for quote in spec["quote"]:
        if rng.random() < quote["share"]:
            body.insert(rng.randrange(len(body) + 1), quote["text"])
            placed_quotes.append(quote["text"])
    paragraphs: list[tuple[str, bool]] = [(line, False) for line in body]
    inline = [e["text"] for e in spec["inline"] if rng.random() < e["share"]]
    inline += [
        _fill(f["template"], fill, rng) for f in spec["family"] if f["where"] == "body" and rng.random() < f["share"]
    ]
    for line in inline:
        paragraphs.insert(rng.randrange(1, len(paragraphs)), (line, True))
    footer = []
    for entry in spec["footer"]["lines"]:
        if rng.random() < entry["share"]:
            footer.append(entry["text"])
            if entry["text"] == "Most read":
                low, high = spec["footer"]["most_read_count"]
                footer += rng.sample(fill["headline"], rng.randint(low, high))
    template = [*header, *(line for line, is_template in paragraphs if is_template), *footer]
    lines = [*header, *(line for line, _t in paragraphs), *footer]
    return Dump(
        name=f"herald-{index:03d}.txt",
        text="\n\n".join(lines) + "\n",
        body=(*body_lines, *placed_quotes),
        template=tuple(template),
    )


def build_corpus(n_docs: int, *, seed: int = 7) -> list[Dump]:
    """n_docs dumps of the made-up site, each wrapping a different gold body; the same seed, the same corpus."""
    spec = tomllib.loads(TEMPLATE.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    bodies = gold_bodies()
    chosen = rng.sample(bodies, min(n_docs, len(bodies)))
    return [_dump(i, body, spec, rng) for i, body in enumerate(chosen)]


def write_corpus(dumps: list[Dump], folder: Path) -> Path:
    """Write the dumps as NAME.txt files into folder (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for dump in dumps:
        (folder / dump.name).write_text(dump.text, encoding="utf-8")
    return folder


@dataclass(frozen=True, slots=True)
class Tally:
    """Template lines left and body lines lost over a corpus, by the repetition stage and overall."""

    template_lines: int = 0
    template_left: int = 0
    body_lines: int = 0
    body_lost_to_repetition: int = 0
    body_lost_overall: int = 0
    removed_by_repetition: int = 0


def tally(dumps: list[Dump], outputs: list[tuple[list[str], list[tuple[str, str]]]]) -> Tally:
    """Count against the truth: outputs are (kept lines, [(removed text, rule)]) per dump, in order."""
    counts = dict.fromkeys(Tally.__dataclass_fields__, 0)
    for dump, (kept, removed) in zip(dumps, outputs, strict=True):
        kept_set = set(kept)
        repeated = {text for text, rule in removed if rule == "repeated_line"}
        counts["template_lines"] += len(dump.template)
        counts["template_left"] += sum(1 for line in dump.template if line in kept_set)
        counts["body_lines"] += len(dump.body)
        counts["body_lost_to_repetition"] += sum(1 for line in dump.body if line in repeated)
        counts["body_lost_overall"] += sum(1 for line in dump.body if line not in kept_set)
        counts["removed_by_repetition"] += sum(1 for _text, rule in removed if rule == "repeated_line")
    return Tally(**counts)


def _main() -> None:
    """Print the figures for `python -m tests.repetition_corpus [N_DOCS] [SEED]`: the repetition stage alone
    on the extracted lines, then the whole pipeline with learning on (counts in a temporary SQLite file)."""
    import sys
    import tempfile
    from dataclasses import replace

    from cleaner.config import CleanConfig
    from cleaner.extract import text_to_lines
    from cleaner.linestats import LineStats
    from cleaner.pipeline import clean
    from cleaner.repetition import drop_repeated, make_observation

    n_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    dumps = build_corpus(n_docs, seed=seed)
    config = CleanConfig(site_key="herald")
    with tempfile.TemporaryDirectory() as folder:
        with LineStats.open(Path(folder) / "alone.sqlite") as stats:
            stats.observe_many(make_observation("herald", text_to_lines(d.text)) for d in dumps)
            alone = stats.snapshot()
        with LineStats.open(Path(folder) / "pipeline.sqlite") as stats:
            for dump in dumps:
                stats.observe_result(clean(dump.text, name=dump.name, config=config), site="herald")
            learned = replace(config, learned=stats.snapshot())
    stage = [drop_repeated(text_to_lines(d.text), site="herald", learned=alone) for d in dumps]
    print("stage alone:", tally(dumps, [(list(k), [(r.text, r.rule) for r in rs]) for k, rs in stage]))
    results = [clean(d.text, name=d.name, config=learned) for d in dumps]
    outputs = [(r.text.splitlines(), [(x.text, x.rule) for x in r.removed]) for r in results]
    print("pipeline:   ", tally(dumps, outputs))


def _speed() -> None:
    """Print `python -m tests.repetition_corpus speed`: MB/s per core (process time, best of 3) of the
    repetition stage alone and of the whole pipeline with learning off and on, on 143 dumps of the site."""
    import time
    from dataclasses import replace

    from cleaner.config import CleanConfig
    from cleaner.extract import text_to_lines
    from cleaner.linestats import LineStats
    from cleaner.pipeline import clean
    from cleaner.repetition import LearnedLines, drop_repeated, make_observation

    dumps = build_corpus(143, seed=7)
    megabytes = sum(len(d.text.encode("utf-8")) for d in dumps) / 1e6
    docs = [text_to_lines(d.text) for d in dumps]
    stats = LineStats(sqlite3.connect(":memory:", isolation_level=None))
    stats.observe_many(make_observation("herald", doc) for doc in docs)
    learned = stats.snapshot()

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            run()
            times.append(time.process_time() - started)
        return megabytes / min(times)

    def stage(snapshot: LearnedLines) -> None:
        for doc in docs:
            drop_repeated(doc, site="herald", learned=snapshot)

    print(f"{megabytes:.2f} MB of text dumps, {sum(map(len, docs))} lines")
    print(f"repetition stage alone: {best(lambda: stage(learned)):.1f} MB/s")
    off = CleanConfig(site_key="herald")
    on = replace(off, learned=learned)
    for label, config in (("off", off), ("on", on)):
        rate = best(lambda config=config: [clean(d.text, config=config) for d in dumps])
        print(f"whole pipeline, learning {label}: {rate:.2f} MB/s")


if __name__ == "__main__":
    import sys

    _speed() if sys.argv[1:2] == ["speed"] else _main()
