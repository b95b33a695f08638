"""The metadata record: trafilatura field names, header hints, site from the dump, counts, hashes, review flag."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import CleanConfig, clean
from cleaner.header_words import load_header_words
from cleaner.metadata import _BARE_HOST, _URL, _bare_hosts, _urls, site_from_urls, word_count

WORDS = load_header_words()
BODY = "\n".join(
    f"Paragraph {n} of the article says something about the talks, and it ends with a full stop." for n in range(8)
)


@pytest.mark.parametrize(
    "stem", [p.name[: -len(".gold.json")] for p in sorted(Path(__file__).parent.glob("data/seeds/*.gold.json"))]
)
def test_seed_metadata_matches_gold(stem: str, seeds_dir: Path) -> None:
    """Title, author, dates and site of every seed equal what its gold names."""
    record = clean((seeds_dir / f"{stem}.txt").read_bytes(), name=f"{stem}.txt").metadata
    expected = json.loads((seeds_dir / f"{stem}.gold.json").read_text())["metadata"]
    for key, value in expected.items():
        if key == "sitename_contains":
            assert value in f"{record['sitename']} {record['hostname']} {record['source']}"
        else:
            assert record[key] == value, key


def test_record_has_trafilatura_names_and_our_counts() -> None:
    """The record carries trafilatura's field names plus counts, hashes, version and every removal."""
    raw = f"A headline about the border talks\nBy Jane Doe and John Roe\n{BODY}\n".encode()
    result = clean(raw, name="x.txt")
    record = result.metadata
    assert record["title"] == "A headline about the border talks"
    assert record["author"] == "Jane Doe; John Roe"
    assert record["input_kind"] == "text"
    assert record["encoding"] == "utf-8"
    assert record["language"] == "en"
    assert record["sha256_in"] == hashlib.sha256(raw).hexdigest()
    assert record["sha256_out"] == hashlib.sha256(result.text.encode()).hexdigest()
    assert record["words_out"] == len(re.findall(r"\w+", result.text))
    assert record["words_in"] > record["words_out"]
    assert record["chars_out"] == len(result.text)
    assert {
        "line": 1,
        "rule": "title_line",
        "category": "title",
        "text": "A headline about the border talks",
    } in record["removed"]
    assert {"line": 2, "rule": "byline", "category": "byline", "text": "By Jane Doe and John Roe"} in record["removed"]
    assert json.loads(json.dumps(record)) == record


def test_hostname_and_article_url_from_urls_in_the_dump() -> None:
    """The publisher is the host the dump names most, less script/social hosts; the article URL is on it."""
    text = (
        "see https://www.googletagmanager.com/gtm.js and https://twitter.com/share and https://twitter.com/x\n"
        "<script src='https://i.dailymail.co.uk/static/bundle.js'></script>\n"
        "https://www.dailymail.co.uk/news/article-10517829/Biden-warns-Putin-respond-forcefully.html\n"
    )
    assert site_from_urls(text, WORDS) == (
        "dailymail.co.uk",
        "https://www.dailymail.co.uk/news/article-10517829/Biden-warns-Putin-respond-forcefully.html",
    )


def test_no_hostname_when_links_name_several_sites_equally() -> None:
    """Body links to several sites, none standing out, give no hostname rather than a wrong one."""
    text = "Sources: https://www.usef.org/a and https://panational.org/b and goo.gl/xyz"
    assert site_from_urls(text, WORDS) == (None, None)


def test_asset_urls_give_the_host_but_not_the_source() -> None:
    """A script address names the publisher but is not the article's URL."""
    assert site_from_urls("(“https://www.dailymail.co.uk/static/gunther/1.17.0/async_bundle–.js”", WORDS) == (
        "dailymail.co.uk",
        None,
    )


def test_url_passed_by_caller_becomes_source_for_html() -> None:
    """For HTML, trafilatura's metadata and the caller's URL fill source and hostname."""
    html = f"<html><head><title>Talks fail</title></head><body><article><p>{BODY}</p></article></body></html>"
    record = clean(html, name="x.html", url="https://www.example.com/news/talks-fail-again").metadata
    assert record["input_kind"] == "html"
    assert record["source"] == "https://www.example.com/news/talks-fail-again"
    assert record["hostname"] == "example.com"
    assert record["sitename"]


def test_review_not_flagged_for_a_normal_article() -> None:
    """An article that keeps most of its words is not flagged; kept_share says how much it kept."""
    review = clean(f"A headline about the border talks\n{BODY}\n").metadata["review"]
    assert review["flagged"] is False
    assert review["reason"] is None
    assert 0.9 < review["kept_share"] <= 1.0


def test_review_flags_a_document_that_lost_most_words() -> None:
    """A dump that loses more than review_drop_share of its words is flagged with the share kept."""
    junk = "\n".join("Listen to this article" for _ in range(60))
    record = clean(f"{junk}\nThe only sentence of the article that stays in the output, as it should.\n").metadata
    assert record["review"]["flagged"] is True
    assert record["review"]["kept_share"] < 0.4
    assert "kept" in record["review"]["reason"]


def test_review_threshold_comes_from_config() -> None:
    """A stricter review_drop_share flags a document a lenient one lets pass."""
    raw = f"A headline about the border talks\nListen to this article\nLoading audio...\n{BODY}\n"
    assert clean(raw, config=CleanConfig(review_drop_share=0.01)).metadata["review"]["flagged"] is True
    assert clean(raw, config=CleanConfig(review_drop_share=0.9)).metadata["review"]["flagged"] is False


def test_emptied_document_is_rejected_with_review_flag() -> None:
    """A dump whose every line is junk is rejected, and its record says it was flagged."""
    result = clean("Listen to this article\nLoading audio...\n")
    assert not result.ok
    assert result.metadata["rejected"] == "no article text left after cleaning"
    assert result.metadata["review"]["flagged"] is True
    assert result.metadata["review"]["kept_share"] == 0.0


def test_sitename_falls_back_on_the_hostname() -> None:
    """Without a site profile naming the site, sitename is the hostname (as trafilatura does)."""
    raw = f"{BODY}\nMore at https://www.example-news.com/world/talks-fail-again-today\n"
    record = clean(raw).metadata
    assert record["hostname"] == "example-news.com"
    assert record["sitename"] == "example-news.com"
    assert record["source"] == "https://www.example-news.com/world/talks-fail-again-today"


_MIXED_SCRIPTS = "ab_1 .\n’“é—ßЖ日本\u0301\u00a0\udcff🏃_-'"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED_SCRIPTS), max_size=30) | st.text(max_size=30))
def test_word_count_counts_word_character_runs(text: str) -> None:
    """word_count is the number of \\w+ runs, whatever the script, punctuation or stray surrogates."""
    assert word_count(text) == len(re.findall(r"\w+", text))


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED_SCRIPTS), min_size=1, max_size=30))
def test_word_count_of_large_text_counts_word_character_runs(chunk: str) -> None:
    """Large non-ASCII text (markup-sized, counted another way) gives the same count as \\w+ runs."""
    text = ("<p>" + chunk + "</p>\n") * (60_000 // (len(chunk) + 8) + 1) + "é"
    assert word_count(text) == len(re.findall(r"\w+", text))


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED_SCRIPTS), min_size=1, max_size=30))
def test_word_count_of_mid_sized_text_counts_word_character_runs(chunk: str) -> None:
    """Text of a few thousand characters (a dump, counted through the code point table) counts \\w+ runs too."""
    text = chunk * (3000 // len(chunk) + 1)
    assert word_count(text) == len(re.findall(r"\w+", text))


_ADDRESS_PIECES = st.sampled_from(
    ["http", "HTTPS", "httpſ", "://", "www.", "WwW.", "wWW", "W.", "ww", "w", ".", "a", "x-y", "/", " ", "é", "\n"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ADDRESS_PIECES, max_size=24).map("".join))
def test_address_search_finds_what_the_regexes_find(text: str) -> None:
    """The addresses and bare hosts found near "://" and "www." are exactly those the case-blind regexes find."""
    assert _urls(text) == _URL.findall(text)
    assert _bare_hosts(text) == _BARE_HOST.findall(text)


@pytest.mark.parametrize("spelling", sorted(f"{a}{b}{c}." for a in "wW" for b in "wW" for c in "wW"))
def test_bare_hosts_in_every_spelling(spelling: str) -> None:
    """A "www." in any case starts a bare host, at the start of the text, after a space or after a capital W."""
    text = f"{spelling}example.com, see {spelling}news.org or W{spelling}paper.net; W.{spelling}daily.io"
    assert _bare_hosts(text) == _BARE_HOST.findall(text)
    assert len(_bare_hosts(text)) >= 2


@pytest.mark.parametrize(
    ("dateline", "date", "modified"),
    [
        ("Last updated: 14 July 2023", "2023-07-14", "2023-07-14"),
        ("Aktualisiert am 14.07.2023, 10:15 Uhr", "2023-07-14T10:15", "2023-07-14T10:15"),
        (
            "Published 6:12 AM EDT, June 4, 2023 | Updated 9:30 AM EDT, June 5, 2023",
            "2023-06-04T06:12",
            "2023-06-05T09:30",
        ),
    ],
)
def test_a_dump_dated_only_by_its_update_has_that_date(dateline: str, date: str, modified: str) -> None:
    """Like trafilatura (htmldate: the original date, else the best one found), date falls back on the modified
    date; date_modified keeps it, and a published date still wins."""
    raw = f"Council approves new cycle lanes in the city\n{dateline}\n{BODY}\n".encode()
    record = clean(raw, name="x.txt").metadata
    assert (record["date"], record["date_modified"]) == (date, modified)


def test_an_undated_dump_has_no_date() -> None:
    """No date line, no date."""
    record = clean(f"Council approves new cycle lanes in the city\n{BODY}\n".encode(), name="x.txt").metadata
    assert record["date"] is None and record["date_modified"] is None


def test_a_document_left_with_marks_only_is_rejected() -> None:
    """What is left holds no word ("---", the text of an indented Markdown code block under a link-only line): no
    article, rejected like an emptied one rather than shipped as a text of zero words (found by the fuzz test)."""
    result = clean("\t---\n[link](https://example.com/a)", name="x.md")
    assert not result.ok and result.text == ""
    assert result.metadata["rejected"] == "no article text left after cleaning"
