"""Publishers the rules were never written for (bench/data/unseen): their dumps keep every must-keep snippet.

The dumps are real pages' article containers with the junk around them (bench/make_unseen_dumps.py); the
snippets are reference data (bench/data/unseen/README.md). bench/bench_unseen.py scores all 82 pages.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.unseen_pages import dump_of, normalized, snippets

# German, English, French; blogs with comment threads, news with inline ads, a code tutorial, a shop page
PAGES = (
    "lemire.me.json.html",
    "franziska-elea.de.vuitton.html",
    "zeit.de.zugverkehr.html",
    "threatpost.com.android.html",
    "psl.eu.luniversite.html",
    "caktusgroup.com.django.html",
    "sauvonsluniversite.com.spip.html",
    "toralin.de.schmierfett.html",
)


def _cleaned(page: str) -> tuple[str, str]:
    name, dump = dump_of(page)
    return normalized(dump), normalized(clean(dump, name=name).text)


@pytest.mark.parametrize("page", PAGES)
def test_unseen_dump_keeps_every_snippet(page: str) -> None:
    """Every must-keep snippet that is in the dump is still in the cleaned text."""
    entry = snippets(page)
    dump, out = _cleaned(page)
    wanted = [s for s in entry["with"] if normalized(s) in dump]
    assert wanted, "the dump holds none of the page's snippets: the fixture is broken"
    assert [s for s in wanted if normalized(s) not in out] == []


@pytest.mark.parametrize(
    ("page", "junk"),
    [
        ("lemire.me.json.html", "Leave a Reply"),
        ("lemire.me.json.html", "Proudly powered by WordPress"),
        ("franziska-elea.de.vuitton.html", "Diese Website verwendet Akismet"),
        ("zeit.de.zugverkehr.html", "Bitte melden Sie sich an, um zu kommentieren."),
        ("toralin.de.schmierfett.html", "Wie bewerten Sie diesen Artikel?"),
    ],
)
def test_unseen_dump_drops_generic_junk(page: str, junk: str) -> None:
    """Comment forms, blog footers and rating prompts of publishers never seen are dropped."""
    dump, out = _cleaned(page)
    assert junk in dump
    assert junk not in out
