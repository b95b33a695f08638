"""Quality metrics: bag-of-words P/R/F1 with leaks and losses (shared/eval format), and Zyte's shingle F1."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\w+")
_OPTIONAL_MARK = "? "
_MIN_LEAK_TOKENS = 3
_SHINGLE = 4


def tokens(text: str) -> list[str]:
    """Lower-cased \\w+ tokens (Unicode)."""
    return [t.lower() for t in _TOKEN.findall(text)]


def _normalised(text: str) -> str:
    return " ".join(tokens(text))


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """A gold answer: required and optional body lines, lines that must go, expected metadata."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    removed_lines: tuple[str, ...]
    metadata: Mapping[str, str] = field(default_factory=dict)


def parse_gold(gold_text: str, gold_record: Mapping[str, object]) -> GoldDoc:
    """Build a GoldDoc from NAME.gold.txt and NAME.gold.json contents."""
    required, optional = [], []
    for line in gold_text.splitlines():
        if line.startswith(_OPTIONAL_MARK):
            optional.append(line[len(_OPTIONAL_MARK) :])
        elif line.strip():
            required.append(line)
    meta = gold_record.get("metadata") or {}
    removed = gold_record.get("removed_lines") or []
    assert isinstance(meta, Mapping) and isinstance(removed, list)
    return GoldDoc(tuple(required), tuple(optional), tuple(str(x) for x in removed), dict(meta))


@dataclass(frozen=True, slots=True)
class DocScore:
    """Scores of one output against its gold."""

    precision: float
    recall: float
    f1: float
    true_positive: int
    output_tokens: int
    excused: int
    gold_tokens: int
    leaks: tuple[str, ...]
    losses: tuple[str, ...]
    metadata: Mapping[str, bool]
    # leaks whose text the gold body itself holds (a caption that repeats the first sentence's words): no
    # output that keeps the body can avoid them
    inevitable_leaks: tuple[str, ...] = ()


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_document(output: str, gold: GoldDoc, record: Mapping[str, object] | None = None) -> DocScore:
    """Bag-of-words P/R/F1, leaks and losses of one output, as shared/eval/README.md defines them."""
    out = Counter(tokens(output))
    required = Counter(t for line in gold.required for t in tokens(line))
    optional = Counter(t for line in gold.optional for t in tokens(line))
    tp = sum((out & required).values())
    beyond_required = out - required
    excused = sum((beyond_required & optional).values())
    n_out = sum(out.values())
    precision = tp / (n_out - excused) if n_out - excused > 0 else (1.0 if not required else 0.0)
    recall = tp / sum(required.values()) if required else 1.0
    norm_out = " " + _normalised(output) + " "
    leaks = tuple(
        line
        for line in gold.removed_lines
        if len(tokens(line)) >= _MIN_LEAK_TOKENS and (" " + _normalised(line) + " ") in norm_out
    )
    losses = tuple(line for line in gold.required if _lost(line, out))
    norm_gold = " " + _normalised("\n".join(gold.required)) + " "
    inevitable = tuple(line for line in leaks if (" " + _normalised(line) + " ") in norm_gold)
    return DocScore(
        precision,
        recall,
        _f1(precision, recall),
        tp,
        n_out,
        excused,
        sum(required.values()),
        leaks,
        losses,
        _metadata_matches(gold.metadata, record or {}),
        inevitable,
    )


def _lost(line: str, out: Counter[str]) -> bool:
    need = Counter(tokens(line))
    present = sum((need & out).values())
    return present < sum(need.values()) / 2


def _ws(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _metadata_matches(expected: Mapping[str, str], record: Mapping[str, object]) -> dict[str, bool]:
    matches: dict[str, bool] = {}
    for key, value in expected.items():
        if key == "sitename_contains":
            site = " ".join(_ws(record.get(k)) for k in ("sitename", "hostname", "source"))
            matches[key] = _ws(value).lower() in site.lower()
        else:
            matches[key] = _ws(record.get(key)) == _ws(value)
    return matches


@dataclass(frozen=True, slots=True)
class Summary:
    """Macro and micro scores over documents, with total leaks and losses."""

    documents: int
    macro_precision: float
    macro_recall: float
    macro_f1: float
    micro_precision: float
    micro_recall: float
    micro_f1: float
    leaks: int
    losses: int
    metadata_matched: int
    metadata_expected: int
    inevitable_leaks: int = 0  # of the leaks, those the gold body itself holds


def summarize(scores: Sequence[DocScore]) -> Summary:
    """Pool per-document scores into macro (mean) and micro (pooled tokens) figures."""
    n = len(scores) or 1
    tp = sum(s.true_positive for s in scores)
    denominator = sum(s.output_tokens - s.excused for s in scores)
    gold = sum(s.gold_tokens for s in scores)
    micro_p = tp / denominator if denominator else 0.0
    micro_r = tp / gold if gold else 0.0
    return Summary(
        documents=len(scores),
        macro_precision=sum(s.precision for s in scores) / n,
        macro_recall=sum(s.recall for s in scores) / n,
        macro_f1=sum(s.f1 for s in scores) / n,
        micro_precision=micro_p,
        micro_recall=micro_r,
        micro_f1=_f1(micro_p, micro_r),
        leaks=sum(len(s.leaks) for s in scores),
        losses=sum(len(s.losses) for s in scores),
        metadata_matched=sum(sum(s.metadata.values()) for s in scores),
        metadata_expected=sum(len(s.metadata) for s in scores),
        inevitable_leaks=sum(len(s.inevitable_leaks) for s in scores),
    )


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _TOKEN.findall(text)
    if not words:
        return Counter()
    if len(words) < _SHINGLE:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


@dataclass(frozen=True, slots=True)
class PageShingles:
    """One page's shingle counts: true positives, false positives, false negatives, and exact token match."""

    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float | None:
        """TP/(TP+FP); None when the prediction has no shingles (left out of the corpus precision)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP/(TP+FN); None when the truth has no shingles."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def page_shingles(predicted: str, truth: str) -> PageShingles:
    """Compare one predicted body with the true one, 4-gram shingles of case-kept \\w+ tokens."""
    p_sh, t_sh = _shingles(predicted), _shingles(truth)
    return PageShingles(
        tp=sum((p_sh & t_sh).values()),
        fp=sum((p_sh - t_sh).values()),
        fn=sum((t_sh - p_sh).values()),
        exact=_TOKEN.findall(predicted) == _TOKEN.findall(truth),
    )


@dataclass(frozen=True, slots=True)
class ShingleScore:
    """The Zyte benchmark's corpus figures: mean per-page P and R, F1 of those means, accuracy."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def _mean(values: Iterable[float | None]) -> float:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else 0.0


def corpus_shingle_score(pages: Sequence[PageShingles]) -> ShingleScore:
    """Pool page counts as the benchmark does: P and R averaged over pages, F1 of the two means."""
    p = _mean(page.precision for page in pages)
    r = _mean(page.recall for page in pages)
    accuracy = sum(page.exact for page in pages) / len(pages) if pages else 0.0
    return ShingleScore(p, r, _f1(p, r), accuracy, len(pages))


def shingle_score(pairs: Iterable[tuple[str, str]]) -> ShingleScore:
    """Score (predicted, true) body pairs with the benchmark's 4-gram shingle metric."""
    return corpus_shingle_score([page_shingles(predicted, truth) for predicted, truth in pairs])


def bootstrap_std(pages: Sequence[PageShingles], *, resamples: int = 1000, seed: int = 0) -> ShingleScore:
    """Standard deviation of P, R, F1 and accuracy over bootstrap resamples of the pages (the benchmark's ±)."""
    rng = random.Random(seed)
    scores = [corpus_shingle_score(rng.choices(pages, k=len(pages))) for _ in range(resamples if pages else 0)]

    def std(values: list[float]) -> float:
        return statistics.pstdev(values) if len(values) > 1 else 0.0

    return ShingleScore(
        std([s.precision for s in scores]),
        std([s.recall for s in scores]),
        std([s.f1 for s in scores]),
        std([s.accuracy for s in scores]),
        len(pages),
    )
