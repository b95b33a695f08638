"""The golden-sample gate: seed and dump scores may rise but never fall below the pinned floors."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cleaner.commands.eval_cmd import evaluate_gold_dir
from cleaner.config import CleanConfig
from cleaner.scoring import summarize

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
