"""Quality metrics: bag-of-words P/R/F1 with leaks and losses, and the Zyte benchmark's shingle metric."""

from __future__ import annotations

import pytest

from cleaner.scoring import (
    GoldDoc,
    PageShingles,
    bootstrap_std,
    corpus_shingle_score,
    page_shingles,
    parse_gold,
    score_document,
    shingle_score,
    summarize,
    tokens,
)


def test_tokens_are_lower_cased_unicode_words() -> None:
    """Tokens are \\w+ runs, lower-cased, in any script."""
    assert tokens("Ünïcode, 한국어 & O'Brien!") == ["ünïcode", "한국어", "o", "brien"]


def test_parse_gold_splits_required_and_optional_lines() -> None:
    """Lines starting with '? ' are optional; removed lines and metadata come from the record."""
    gold = parse_gold("Body one.\n? Sub heading\n\nBody two.", {"removed_lines": ["Ad"], "metadata": {"title": "T"}})
    assert gold == GoldDoc(("Body one.", "Body two."), ("Sub heading",), ("Ad",), {"title": "T"})


def test_score_document_counts_leaks_losses_and_excused_optional_tokens() -> None:
    """Optional tokens are excused from precision; a removed line of 3+ tokens in the output is a leak."""
    gold = GoldDoc(
        required=("the storm hit the coast", "power was cut"),
        optional=("live updates",),
        removed_lines=("sign up for our newsletter", "ad"),
    )
    score = score_document("The storm hit the coast.\nLive updates\nSign up for our newsletter", gold)
    assert score.true_positive == 5
    assert score.excused == 2
    assert score.precision == pytest.approx(5 / (12 - 2))
    assert score.recall == pytest.approx(5 / 8)
    assert score.leaks == ("sign up for our newsletter",)
    assert score.losses == ("power was cut",)


def test_metadata_matches_compare_after_whitespace_normalisation() -> None:
    """Metadata fields match exactly after collapsing whitespace; sitename_contains looks in site fields."""
    gold = GoldDoc(("x",), (), (), {"title": "A  title", "author": "B", "sitename_contains": "example.com"})
    record = {"title": "A title", "author": "C", "hostname": "www.example.com"}
    assert score_document("x", gold, record).metadata == {"title": True, "author": False, "sitename_contains": True}


def test_summarize_gives_macro_and_micro_figures() -> None:
    """Macro averages documents; micro pools tokens."""
    perfect = score_document("a b c d", GoldDoc(("a b c d",), (), ()))
    half = score_document("a b", GoldDoc(("a b c d",), (), ()))
    summary = summarize([perfect, half])
    assert summary.macro_recall == pytest.approx(0.75)
    assert summary.micro_recall == pytest.approx(6 / 8)
    assert summary.macro_precision == pytest.approx(1.0)


def test_page_shingles_counts_four_gram_multisets_with_case_kept() -> None:
    """TP, FP and FN are multiset counts of 4-token shingles; case matters, punctuation does not."""
    page = page_shingles("one two three four five", "One two three four five six")
    assert (page.tp, page.fp, page.fn, page.exact) == (1, 1, 2, False)
    assert page_shingles("a, b. c d!", "a b c d").exact


def test_short_texts_make_one_shingle_and_empty_texts_none() -> None:
    """A text of 1 to 3 tokens is one shingle of all its tokens; an empty text has no shingles."""
    assert page_shingles("a b", "a b") == PageShingles(1, 0, 0, True)
    empty = page_shingles("", "a b c d e")
    assert (empty.tp, empty.fp, empty.fn, empty.precision, empty.recall) == (0, 0, 2, None, 0.0)


def test_corpus_score_averages_pages_and_leaves_empty_predictions_out_of_precision() -> None:
    """P and R are means over pages (empty predictions only lower recall); F1 is the F1 of those means."""
    score = shingle_score([("a b c d e", "a b c d e"), ("", "x y z w v"), ("a b c d", "a b c d e f")])
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx((1 + 0 + 1 / 3) / 3)
    assert score.f1 == pytest.approx(2 * score.precision * score.recall / (score.precision + score.recall))
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.pages == 3


def test_bootstrap_std_is_zero_for_identical_pages_and_positive_otherwise() -> None:
    """Resampling identical pages changes nothing; mixed pages spread, reproducibly for a seed."""
    same = [PageShingles(5, 1, 1, False)] * 20
    assert bootstrap_std(same, resamples=50).f1 == 0.0
    mixed = [PageShingles(5, 0, 0, True), PageShingles(1, 4, 4, False)] * 10
    spread = bootstrap_std(mixed, resamples=200, seed=1)
    assert spread.f1 > 0.0
    assert spread == bootstrap_std(mixed, resamples=200, seed=1)
    assert corpus_shingle_score([]).pages == 0


def test_a_leak_the_gold_body_itself_holds_is_inevitable() -> None:
    """A removed line that repeats a body sentence's words (a caption) leaks from any output that keeps the body."""
    gold = parse_gold(
        "President Joe Biden has ordered more US troops to Baltic NATO states, after a speech.\n",
        {"removed_lines": ["President Joe Biden has ordered more US troops to Baltic NATO states", "Listen to this"]},
    )
    body_only = score_document(
        "President Joe Biden has ordered more US troops to Baltic NATO states, after a speech.", gold
    )
    assert body_only.leaks == body_only.inevitable_leaks == (gold.removed_lines[0],)
    with_junk = score_document("Listen to this\n" + gold.required[0], gold)
    assert with_junk.leaks == gold.removed_lines
    assert with_junk.inevitable_leaks == (gold.removed_lines[0],)
    assert summarize([body_only, with_junk]).inevitable_leaks == 2
