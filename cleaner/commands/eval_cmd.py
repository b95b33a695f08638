"""`cleaner eval DIR`: score cleaner (and peers) against gold files or the Zyte benchmark."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cleaner.config import CleanConfig
from cleaner.pipeline import clean
from cleaner.scoring import DocScore, parse_gold, score_document, summarize


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `eval`."""
    parser = subparsers.add_parser("eval", help="score against gold files (shared/eval format)")
    parser.add_argument("gold_dir", type=Path, metavar="DIR", help="folder of NAME.txt + NAME.gold.{txt,json}")
    parser.add_argument("--config-dir", type=Path)
    parser.set_defaults(run=run)


def evaluate_gold_dir(gold_dir: Path, config: CleanConfig) -> list[tuple[str, DocScore]]:
    """Clean every NAME.txt that has a gold answer and score it."""
    scored = []
    for gold_txt in sorted(gold_dir.glob("*.gold.txt")):
        stem = gold_txt.name[: -len(".gold.txt")]
        result = clean((gold_dir / f"{stem}.txt").read_bytes(), name=f"{stem}.txt", config=config)
        gold = parse_gold(
            gold_txt.read_text(encoding="utf-8"), json.loads((gold_dir / f"{stem}.gold.json").read_text())
        )
        scored.append((stem, score_document(result.text, gold, result.metadata)))
    return scored


def run(args: argparse.Namespace) -> int:
    """Print per-document and overall scores."""
    scored = evaluate_gold_dir(args.gold_dir, CleanConfig(config_dir=args.config_dir))
    for stem, s in scored:
        print(f"{stem}\tP={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} leaks={len(s.leaks)} losses={len(s.losses)}")
    total = summarize([s for _stem, s in scored])
    print(
        f"overall\tmacro P={total.macro_precision:.3f} R={total.macro_recall:.3f} F1={total.macro_f1:.3f} "
        f"micro F1={total.micro_f1:.3f} leaks={total.leaks} losses={total.losses} "
        f"metadata={total.metadata_matched}/{total.metadata_expected}"
    )
    return 0
