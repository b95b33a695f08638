"""The golden-sample gate: seed and dump scores may rise but never fall below the pinned floors."""

from __future__ import annotations

import textwrap
import tomllib
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.commands.eval_cmd import evaluate_gold_dir
from cleaner.config import CleanConfig
from cleaner.evaluation import gold_stems, read_gold
from cleaner.scoring import score_document, summarize

FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text())


@pytest.mark.parametrize(("section", "folder"), [("seeds", "seeds"), ("scrapinghub_dumps", "scrapinghub-dumps")])
def test_scores_stay_at_or_above_pinned_floors(section: str, folder: str) -> None:
    """Cleaning the bundled gold corpora scores at least the pinned macro F1, with no more leaks or losses."""
    floors = FLOORS[section]
    summary = summarize([s for _n, s in evaluate_gold_dir(Path(__file__).parent / "data" / folder, CleanConfig())])
    assert summary.macro_f1 >= floors["macro_f1_min"]
    assert summary.leaks <= floors["leaks_max"]
    assert summary.leaks - summary.inevitable_leaks <= floors.get("avoidable_leaks_max", floors["leaks_max"])
    assert summary.losses <= floors["losses_max"]
    assert summary.metadata_matched >= floors.get("metadata_min", 0)


@pytest.mark.parametrize(
    ("section", "folder"), [("seeds_glued", "seeds"), ("scrapinghub_dumps_glued", "scrapinghub-dumps")]
)
def test_glued_scores_stay_at_or_above_pinned_floors(section: str, folder: str) -> None:
    """The bundled dumps glued into one line score at least the pinned macro F1, with no more leaks or losses."""
    floors = FLOORS[section]
    gold_dir = Path(__file__).parent / "data" / folder
    config = CleanConfig()
    scores = []
    for stem in gold_stems(gold_dir):
        raw = (gold_dir / f"{stem}.txt").read_text(encoding="utf-8", errors="replace")
        result = clean(" ".join(raw.split("\n")).strip() + "\n", name=f"{stem}.txt", config=config)
        scores.append(score_document(result.text, read_gold(gold_dir, stem), result.metadata))
    summary = summarize(scores)
    assert summary.macro_f1 >= floors["macro_f1_min"]
    assert summary.leaks <= floors["leaks_max"]
    assert summary.losses <= floors["losses_max"]


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("blank_lines", [True, False], ids=["blank_lines", "no_blank_lines"])
@pytest.mark.parametrize(
    ("section", "folder"), [("seeds_wrapped", "seeds"), ("scrapinghub_dumps_wrapped", "scrapinghub-dumps")]
)
def test_wrapped_scores_stay_at_or_above_pinned_floors(
    section: str, folder: str, width: int, blank_lines: bool
) -> None:
    """The bundled dumps hard-wrapped at 60, 72 and 80 columns (Python's textwrap, as tools that write wrapped dumps
    do), with and without blank lines between paragraphs, score at least the pinned floors of their width."""
    floors = FLOORS[section][f"{width}_{'blank' if blank_lines else 'tight'}"]
    gold_dir = Path(__file__).parent / "data" / folder
    config = CleanConfig()
    scores = []
    for stem in gold_stems(gold_dir):
        raw = (gold_dir / f"{stem}.txt").read_text(encoding="utf-8", errors="replace")
        paragraphs = ["\n".join(textwrap.wrap(line, width)) for line in raw.split("\n") if line.strip()]
        wrapped = ("\n\n" if blank_lines else "\n").join(paragraphs) + "\n"
        result = clean(wrapped, name=f"{stem}.txt", config=config)
        scores.append(score_document(result.text, read_gold(gold_dir, stem), result.metadata))
    summary = summarize(scores)
    assert summary.macro_f1 >= floors["macro_f1_min"]
    assert summary.leaks <= floors["leaks_max"]
    assert summary.losses <= floors["losses_max"]
