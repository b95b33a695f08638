"""A list of teaser cards under the article goes; an article's own lines above a read-on link stay."""

from __future__ import annotations

from cleaner import clean

ARTICLE = (
    "Cartoonist Matt Bors got a spot on CNN for his great, scathing critique of the narrative of the lazy, "
    "narcissistic Millennials, which has been a staple of the press for years.",
    "The generation we love to dump on, he argues, was handed a broken economy and told to be grateful for it.",
)
CARDS = (
    "Patti Smith and Stewart Copeland join Choir! Choir! Choir! for People Have the Power",
    "The good folks at Choir! Choir! Choir! are still doing their thing, and now they have included both legends.",
    "READ THE REST",
    "Stargazing: Jen Wang's semi-autobiographical graphic novel for young readers",
    "Jen Wang is several kinds of excellent comics person, from her debut graphic novel on.",
    "READ THE REST",
    "Dynasties: in-depth reporting on the families that rule Canada",
    "The latest podcast from the Canadaland network is Dynasties, wherein its host delves into the scandals.",
    "READ THE REST",
)


def removed_rules(text: str) -> dict[str, str]:
    """Each removed line of the cleaned dump with its rule."""
    return {removal.text: removal.rule for removal in clean(text, name="dump.txt").removed}


def test_cards_closed_by_read_on_links_go_and_the_article_stays() -> None:
    """Headline and summary above each of several read-on links go as teaser_card."""
    result = clean("\n".join((*ARTICLE, "})();", *CARDS)), name="dump.txt")
    assert result.text.splitlines() == list(ARTICLE)
    rules = {removal.text: removal.rule for removal in result.removed}
    assert rules[CARDS[0]] == rules[CARDS[4]] == "teaser_card"
    assert rules["READ THE REST"] == "more_link_word"


def test_one_read_on_link_does_not_make_a_card() -> None:
    """A page cut short after its lead ("Weiterlesen" alone) keeps the lead."""
    lead = "Die Bahn will schon ab 2021 die ersten Fernverbindungen im Halbstunden-Rhythmus anbieten, sagte er."
    rules = removed_rules("\n".join(("Anzeige", "Neues Bahn-Konzept", lead, "Weiterlesen")))
    assert "teaser_card" not in rules.values()


def test_article_sentences_above_a_pagination_link_stay() -> None:
    """The last sentences of an article above "weiter" links, below an ad label, are no card: a card is topped by
    a headline or by its own removed headline, byline or date."""
    page = (
        *ARTICLE,
        "Anzeige",
        "Sie sagte, der Plan komme zu spät.",
        "Weiter",
        "Anzeige",
        "Er sagte, die Abstimmung sei knapp gewesen.",
        "Weiter",
    )
    assert "teaser_card" not in removed_rules("\n".join(page)).values()


def test_cards_with_no_article_above_them_are_the_page() -> None:
    """A blog's index, cards from the top, keeps its cards."""
    assert "teaser_card" not in removed_rules("\n".join(("Menü", *CARDS))).values()
