"""Repetition learning: line keys, counts in SQLite, and which repeated lines the stage drops."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.config import CleanConfig
from cleaner.errors import ConfigError
from cleaner.extract import text_to_lines
from cleaner.linekeys import is_sentence_like, key_hash, label_key, line_hash, line_hashes, line_key
from cleaner.linestats import LineStats
from cleaner.pipeline import clean
from cleaner.repetition import (
    LearnedLines,
    Thresholds,
    drop_repeated,
    make_observation,
    observation_of,
    site_key,
)
from tests.repetition_corpus import build_corpus, tally

BODY = [
    f"Paragraph {i} of story {{story}} tells what happened at the council meeting on that day, in full."
    for i in range(6)
]


def _story(n: int) -> list[str]:
    """Six body lines unique to story n (sentence-like, no line shared with another story)."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    name = f"{words[n % 10]} {words[(n // 10) % 10]} {n}"
    return [line.format(story=name) for line in BODY]


def _learn(tmp_path: Path, docs: list[list[str]], site: str = "example.com") -> LearnedLines:
    with LineStats.open(tmp_path / "counts.sqlite") as stats:
        stats.observe_many(make_observation(site, doc) for doc in docs)
        return stats.snapshot()


def _drop(doc: list[str], learned: LearnedLines, site: str = "example.com") -> tuple[list[str], list[str]]:
    kept, removed = drop_repeated(tuple(doc), site=site, learned=learned)
    return list(kept), [r.text for r in removed]


def test_line_key_ignores_case_digits_punctuation_and_width() -> None:
    """Copies of a template line that differ in case, numbers, punctuation or character width share a key."""
    assert line_key("© 2022 Herald Media — All rights reserved.") == "0000 herald media all rights reserved"
    assert line_hash("Copyright ２０２３ HERALD, media") == line_hash("copyright 2022 herald media")
    assert line_hash("Share this article »") == line_hash("SHARE THIS ARTICLE")
    assert line_hash("Share this article") != line_hash("Share this story")
    assert line_hash("| • |") is None


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_fast_line_hash_agrees_with_the_normalized_key(text: str) -> None:
    """The bytes fast path hashes every line exactly as the NFKC/regex key would."""
    compact = line_key(text).replace(" ", "")
    assert line_hash(text) == (key_hash(compact) if compact else None)


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), max_size=8))
def test_document_hashes_agree_with_line_hashes(lines: list[str]) -> None:
    """Hashing a whole document at once gives each line the hash it gets alone."""
    assert line_hashes(lines) == [line_hash(line) for line in lines]


def test_fast_line_hash_agrees_on_typographic_punctuation() -> None:
    """Lines of ASCII plus curly quotes, dashes and no-break spaces hash as their normalized key."""
    for text in ("“Quote,” he said — in 2022’s…", "a\u00a0b – c", "Price: £5 «now»", "Brand™ news"):
        assert line_hash(text) == key_hash(line_key(text).replace(" ", ""))


def test_sentence_like_lines() -> None:
    """Prose lines (quotes included) are sentence-like; menus, labels and headlines are not."""
    assert is_sentence_like("“We will not back down in the face of these threats,” the minister said.")
    assert is_sentence_like("“Will they back down in the face of threats, ever?”")
    assert not is_sentence_like("“We will not back down in the face of threats, ever,”")
    assert not is_sentence_like("News | Politics | World | Business | Sport")
    assert not is_sentence_like("Energy bills to rise again in April as price cap lifted")
    assert not is_sentence_like("Comments are closed.")


def test_label_keys() -> None:
    """A short label before a separator is a line's label; times and long openings are not."""
    assert label_key("Read more: Energy bills to rise") == "read more"
    assert label_key("WATCH | The moment the bridge fell") == "watch"
    assert label_key("Photo – Reuters") == "photo"
    assert label_key("12:30 Markets open") is None
    assert label_key("The minister told the committee on Tuesday that: it failed") is None


def test_site_key_prefers_forced_then_hostname_then_profile() -> None:
    """--site wins; else the hostname without www.; else a site profile's name; else 'unknown'."""
    assert site_key(hostname="www.lbc.co.uk", profile="lbc", forced="mine") == "mine"
    assert site_key(hostname="WWW.LBC.co.uk.", profile="lbc") == "lbc.co.uk"
    assert site_key(hostname=None, profile="express") == "express"
    assert site_key(hostname="", profile="generic") == "unknown"


def test_observe_counts_each_document_once(tmp_path: Path) -> None:
    """A document observed again (same id) is not counted twice, in the same or a reopened file."""
    path = tmp_path / "counts.sqlite"
    with LineStats.open(path) as stats:
        assert stats.observe("a.com", ["Share this article", "Body one."], doc_id="d1")
        assert not stats.observe("a.com", ["Share this article", "Body one."], doc_id="d1")
        assert stats.observe("a.com", ["Share this article", "Body two."])
    with LineStats.open(path) as stats:
        assert not stats.observe("a.com", ["Share this article", "Body two."])
        assert stats.site_names() == [("a.com", 2)]
        assert stats.documents() == 2
        assert [(row.df, row.sample) for row in stats.rows("a.com") if not row.prefix] == [(2, "Share this article")]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_shares_a_file_and_refuses_another_key_version(tmp_path: Path) -> None:
    """Other tables in the file are left alone; counts of another key version are refused, not misread."""
    path = tmp_path / "state.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE ledger (name TEXT)")
        db.execute("INSERT INTO ledger VALUES ('kept')")
    LineStats.open(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT name FROM ledger").fetchall() == [("kept",)]
        db.execute("UPDATE linestats_meta SET value = '0.0' WHERE name = 'version'")
    with pytest.raises(ConfigError, match="version"):
        LineStats.open(path)


def test_template_lines_go_every_copy_and_body_stays(tmp_path: Path) -> None:
    """Lines in most of a site's documents are dropped, each copy, with the count as the reason."""
    docs = [["Skip to main content", *_story(n), "Share this article", "Share this article"] for n in range(10)]
    learned = _learn(tmp_path, docs)
    removals = drop_repeated(tuple(docs[0]), site="example.com", learned=learned)[1]
    assert [r.text for r in removals] == ["Skip to main content", "Share this article", "Share this article"]
    assert {(r.rule, r.category, r.detail) for r in removals} == {
        ("repeated_line", "template", "seen in 10 of 10 documents")
    }
    assert _drop(docs[3], learned)[0] == _story(3)
    assert _drop(docs[3], learned, site="other.com")[0] == docs[3]


def test_nothing_is_learned_below_the_minimum_documents(tmp_path: Path) -> None:
    """With fewer than 5 documents of a site, no line is template yet."""
    docs = [["Share this article", *_story(n)] for n in range(4)]
    assert _drop(docs[0], _learn(tmp_path, docs))[1] == []


def test_quoted_sentence_between_body_lines_is_kept(tmp_path: Path) -> None:
    """A sentence quoted by 6 of 10 articles stays where it sits between body lines; template goes."""
    quote = "“We will not back down in the face of these threats,” the minister told reporters on Tuesday."
    docs = [[*_story(n)[:3], quote, *_story(n)[3:], "Share this article"] if n < 6 else _story(n) for n in range(10)]
    kept, removed = _drop(docs[0], _learn(tmp_path, docs))
    assert quote in kept
    assert removed == ["Share this article"]


def test_short_line_needs_more_evidence_between_body_lines_than_at_the_end(tmp_path: Path) -> None:
    """A short line in 4 of 20 documents is dropped at the document's end but kept between body lines."""
    docs = [_story(n) for n in range(20)]
    for n in range(4):
        docs[n] = [*docs[n], "What happens next"]
    for n in range(4, 8):
        docs[n] = [*docs[n][:3], "Picture gallery", *docs[n][3:]]
    learned = _learn(tmp_path, docs)
    assert _drop(docs[0], learned)[1] == ["What happens next"]
    assert _drop(docs[4], learned)[1] == []


def test_near_duplicate_dumps_keep_their_body(tmp_path: Path) -> None:
    """Five re-scrapes of one article among eight dumps keep their paragraphs; only template goes."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    docs = [["Menu", *_story(1), f"Scraped on {day}"] for day in days] + [["Menu", *_story(n)] for n in (7, 8, 9)]
    kept, removed = _drop(docs[0], _learn(tmp_path, docs))
    assert kept == _story(1)
    assert removed == ["Menu", "Scraped on Monday"]  # a family: "Scraped on …" in 5 of 8 with 5 tails


def test_line_in_almost_every_document_goes_even_when_little_else_is_left(tmp_path: Path) -> None:
    """A sentence-like footer in every dump is dropped even where earlier stages left nothing else."""
    footer = "Herald Media Group Ltd is registered in England and Wales, company number 1234567."
    docs = [[*_story(n), footer] for n in range(10)]
    assert _drop([footer], _learn(tmp_path, docs)) == ([], [footer])


def test_label_family_drops_lines_with_new_tails(tmp_path: Path) -> None:
    """'Read more: …' lines with varying headlines form a family; a headline never seen is dropped too."""
    topics = ["energy bills", "rail fares", "storm warning", "school places", "bus routes", "new homes"]
    docs = [[*_story(n)[:2], f"Read more: {topics[n % 6]} in the news", *_story(n)[2:]] for n in range(12)]
    learned = _learn(tmp_path, docs)
    doc = [*_story(50)[:2], "Read more: A brand new headline", *_story(50)[2:]]
    kept, removed = drop_repeated(tuple(doc), site="example.com", learned=learned)
    assert [r.text for r in removed] == ["Read more: A brand new headline"]
    assert removed[0].detail == "lines labelled “read more” seen in 12 of 12 documents"
    assert list(kept) == _story(50)


def test_head_family_drops_photo_credits(tmp_path: Path) -> None:
    """Short non-prose lines sharing their first words ('AP Photo/…') form a family too."""
    names = ["Evan Vucci", "Alex Brandon", "Susan Walsh", "Matt Dunham", "Felipe Dana", "Jae C. Hong"]
    docs = [[*_story(n)[:2], f"(AP Photo/{names[n % 6]})", *_story(n)[2:]] for n in range(12)]
    kept, removed = _drop([*_story(60)[:4], "(AP Photo/Emilio Morenatti)", *_story(60)[4:]], _learn(tmp_path, docs))
    assert removed == ["(AP Photo/Emilio Morenatti)"]
    assert kept == _story(60)


def test_prose_after_a_label_is_no_family(tmp_path: Path) -> None:
    """Body lines that open with 'He said:' never make a family of 'he said' lines."""
    places = ["town", "city", "county", "valley", "coast", "island"]
    docs = [
        [*_story(n), f"He said: “The plan will work for the {places[n % 6]} and for the people who live there.”"]
        for n in range(12)
    ]
    doc = [*_story(80)[:3], "He said: “A different sentence from an article nobody has seen before.”", *_story(80)[3:]]
    assert _drop(doc, _learn(tmp_path, docs))[1] == []


def test_prefix_of_one_template_line_is_no_family(tmp_path: Path) -> None:
    """'The Evening Herald' in every dump does not make every 'The evening …' subhead template."""
    docs = [["The Evening Herald", *_story(n)] for n in range(12)]
    for n, subhead in enumerate(["The evening session", "The evening rush", "The evening news"]):
        docs[n] = [*docs[n][:3], subhead, *docs[n][3:]]
    doc = [*_story(70)[:3], "The evening vote", *_story(70)[3:]]
    assert _drop(doc, _learn(tmp_path, docs))[1] == []


def test_learned_counts_load_from_a_file_and_reload_when_it_changes(tmp_path: Path) -> None:
    """drop_repeated reads a LineStats file path once, and again after new documents are counted."""
    path = tmp_path / "counts.sqlite"
    with LineStats.open(path) as stats:
        stats.observe_many(make_observation("a.com", ["Share this article", *_story(n)]) for n in range(4))
    doc = ("Share this article", *_story(9))
    assert drop_repeated(doc, site="a.com", learned=path)[1] == ()
    with LineStats.open(path) as stats:
        stats.observe("a.com", ["Share this article", *_story(4)])
    assert [r.text for r in drop_repeated(doc, site="a.com", learned=path)[1]] == ["Share this article"]


def test_missing_counts_file_is_a_config_error(tmp_path: Path) -> None:
    """A learned_path that does not exist fails loudly instead of silently learning nothing."""
    with pytest.raises(ConfigError):
        drop_repeated(("a line",), site="a.com", learned=tmp_path / "missing.sqlite")


def test_recency_window_and_pruning(tmp_path: Path) -> None:
    """A line that appears late is judged against recent documents; old one-off lines are pruned."""
    limits = Thresholds(window_docs=10)
    assert limits.effective_docs(100, 1) == 100
    assert limits.effective_docs(100, 95) == 10
    path = tmp_path / "counts.sqlite"
    with LineStats.open(path, window_docs=10) as stats:
        stats.observe_many(make_observation("a.com", _story(n)) for n in range(30))
        stats.observe_many(make_observation("a.com", [*_story(n), "New footer line"]) for n in range(30, 34))
        learned = stats.snapshot()
    rows = sqlite3.connect(path).execute("SELECT count(*) FROM linestats_lines").fetchone()[0]
    assert rows < 34 * 6  # the first stories' lines were pruned
    assert _drop([*_story(40), "New footer line"], learned, site="a.com")[1] == ["New footer line"]


def test_observation_of_a_result_counts_kept_and_removed_lines() -> None:
    """A cleaned document is counted with the lines other rules removed, under the forced site."""
    result = clean("Listen to this article\n\nA body paragraph that stays in the article text.\n")
    observation = observation_of(result, site="mine")
    assert observation is not None
    assert observation.site == "mine"
    assert observation.doc_id == result.metadata["sha256_in"]
    assert line_hash("Listen to this article") in {key for key, _text, _f in observation.lines}


def test_stage_and_counting_agree_on_the_site_of_a_dump() -> None:
    """The stage looks a dump up under the site its record (and so its observation) names."""
    text = "Body line one of the article, long enough to stay.\n\nRead it at https://www.herald.example/news/story-1\n"
    result = clean(text)
    observation = observation_of(result)
    assert observation is not None
    learned = LearnedLines(sites={})
    doc_site = site_key(hostname=result.metadata.get("hostname"), profile=result.metadata.get("profile"))
    assert observation.site == doc_site
    assert clean(text, config=CleanConfig(learned=learned)).text == result.text


def test_corpus_template_lines_go_and_no_body_line_is_lost(tmp_path: Path) -> None:
    """On 40 dumps of one site (real bodies in its template, quotes shared by articles), the learned rule
    removes every template line and not one body line, through the whole pipeline."""
    dumps = build_corpus(40, seed=7)
    config = CleanConfig(site_key="herald")
    with LineStats.open(tmp_path / "counts.sqlite") as stats:
        for dump in dumps:
            stats.observe_result(clean(dump.text, name=dump.name, config=config), site="herald")
        learned = replace(config, learned=stats.snapshot())
    results = [clean(d.text, name=d.name, config=learned) for d in dumps]
    figures = tally(dumps, [(r.text.splitlines(), [(x.text, x.rule) for x in r.removed]) for r in results])
    assert figures.template_left == 0
    assert figures.body_lost_to_repetition == 0
    assert figures.removed_by_repetition > 0


@pytest.mark.parametrize("seed", [1, 2])
def test_stage_alone_on_other_corpora(tmp_path: Path, seed: int) -> None:
    """The stage alone, on other seeded corpora of 30 dumps, loses no body line and leaves few template lines."""
    dumps = build_corpus(30, seed=seed)
    docs = [list(text_to_lines(d.text)) for d in dumps]
    learned = _learn(tmp_path, docs, site="herald")
    outputs = []
    for doc in docs:
        kept, removed = drop_repeated(tuple(doc), site="herald", learned=learned)
        outputs.append((list(kept), [(r.text, r.rule) for r in removed]))
    figures = tally(dumps, outputs)
    assert figures.body_lost_to_repetition == 0
    assert figures.template_left <= figures.template_lines // 50
