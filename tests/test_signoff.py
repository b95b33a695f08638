"""Bylines after the article: a sign-off under the last paragraph and the author's bio leave the body."""

from __future__ import annotations

import pytest

from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.signoff import author_bios, find_signoff

WORDS = load_header_words()
BODY = (
    "Die Deutsche Bahn hat wegen des Streiks der Lokführergewerkschaft einen Großteil ihrer Züge gestrichen.",
    "Nach Angaben des Unternehmens fahren nur etwa 20 Prozent der geplanten Verbindungen im Fernverkehr.",
    "Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine Version.",
)


@pytest.mark.parametrize(
    ("signoff", "names"),
    [
        ("Von Clemens Höges", ("Clemens Höges",)),
        ("By Jane Smith", ("Jane Smith",)),
        ("Par Jacques Munier", ("Jacques Munier",)),
        ("Por María García y Juan Pérez", ("María García", "Juan Pérez")),
    ],
)
def test_a_byline_under_the_last_paragraph_signs_the_article(signoff: str, names: tuple[str, ...]) -> None:
    """Spiegel, Le Monde, El País sign at the end: the sign-off leaves the body and names the author."""
    lines = ("Ein Albtraum", *BODY, signoff, "DER SPIEGEL 52/2018", "Alle Rechte vorbehalten")
    assert find_signoff(lines, WORDS) == (4, names)
    kept, removed, hints = take_header(lines, words=WORDS, language="de")
    assert signoff not in kept and BODY[2] in kept
    assert ("signoff_byline", "byline") in [(r.rule, r.category) for r in removed]
    assert hints["author"] == "; ".join(names)


@pytest.mark.parametrize(
    "lines",
    [
        (*BODY[:2], "Von Clemens Höges", *BODY),  # more body follows: a quoted credit, not the sign-off
        ("Teaser headline about the strike", "Von Clemens Höges", "Another teaser headline"),  # under a headline
        (*BODY, "Von der Leyen sagte, die Sanktionen würden folgen."),  # a sentence opening like a byline
        (*BODY, "By the end of the year the troops had left."),
        (*BODY, "Di fronte a una crisi sempre più grave"),
    ],
)
def test_bylines_inside_the_text_and_sentences_are_no_signoff(lines: tuple[str, ...]) -> None:
    """A byline with body text after it, one under a teaser headline, and sentences opening with "Von", "By" or
    "Di" stay."""
    assert find_signoff(lines, WORDS) is None


def test_the_headers_author_stays_when_the_article_is_also_signed() -> None:
    """With a byline in the header, the sign-off still leaves the body but adds no author."""
    lines = ("Die Bahn streicht Fernzüge", "Von Anna Schmidt", *BODY, "Von Clemens Höges")
    kept, _removed, hints = take_header(lines, words=WORDS, language="de")
    assert kept == BODY and hints["author"] == "Anna Schmidt"


def test_the_authors_bio_after_the_article_leaves_the_body() -> None:
    """ "Holly Bancroft is the social affairs correspondent …" names the byline's author and a role: a bio."""
    bio = "Holly Bancroft is the social affairs correspondent at The Independent, covering housing and welfare."
    about = "Holly Bancroft is a name the minister said he had never heard before the vote on Tuesday."
    lines = ("Pensioners face cut to winter fuel payments", "Words by Holly Bancroft", *BODY, about, bio)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == (*BODY, about)
    assert [r.rule for r in removed] == ["title_line", "byline", "author_bio"]
    assert hints["author"] == "Holly Bancroft"


def test_a_bio_needs_the_author_known() -> None:
    """Without a byline nobody's bio can be told from a sentence about a reporter."""
    line = "Paul Steinhauser is a politics reporter based in New Hampshire."
    assert list(author_bios((line,), (), WORDS)) == []
    assert list(author_bios((line,), ("Paul Steinhauser",), WORDS)) == [0]
    assert list(author_bios((line,), ("Jane Doe",), WORDS)) == []
