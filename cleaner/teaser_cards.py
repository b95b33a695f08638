"""Teaser cards: a related story's kicker, headline and summary above its bare read-on link, in a list of such cards."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from cleaner.linefeatures import ends_sentence
from cleaner.model import Removal
from cleaner.ruleset import word_count

# the categories of a card's own parts that a rule removed above its kept lines: its headline, byline or date
_CARD_PARTS = frozenset(("teaser", "byline", "dateline"))


@dataclass(frozen=True, slots=True)
class CardShape:
    """The numbers of config/heuristics.toml [teaser_cards] (see there for why), under its names. Built once,
    when the thresholds load (cleaner.heuristics.load_thresholds)."""

    teaser_card_closers: tuple[str, ...] = ("more_link", "more_link_word")
    teaser_card_max_lines: int = 4
    teaser_card_min_cards: int = 2
    teaser_card_line_max_words: int = 60
    teaser_card_article_chars: int = 100


def _card_above(
    closer: int, kept_at: dict[int, str], categories: dict[int, str], is_junk: Callable[[str], bool], shape: CardShape
) -> list[int] | None:
    """The numbers of the kept lines right above a read-on link (closer), when they are one card: at most
    teaser_card_max_lines short lines, none announcing what follows, with a junk line or a removed line above them
    (an article's paragraphs above a "Read more" run longer and reach other text), and either a headline on top
    (no sentence) or a card's own removed parts above (its headline, byline or date: a category of _CARD_PARTS).
    The last lines of an article above a pagination's "weiter", below an ad label, are sentences."""
    card: list[int] = []
    number = closer - 1
    while number in kept_at and not is_junk(kept_at[number]):
        text = kept_at[number]
        if (
            len(card) == shape.teaser_card_max_lines
            or word_count(text) > shape.teaser_card_line_max_words
            or text.rstrip().endswith(":")
        ):
            return None
        card.append(number)
        number -= 1
    if not card or (number not in kept_at and number not in categories):
        return None  # the dump's start (or a line cut to nothing) above: no card's edge
    if categories.get(number) in _CARD_PARTS or not ends_sentence(kept_at[card[-1]]):
        return card
    return None


def teaser_cards(
    kept: list[tuple[int, str]], removed: Collection[Removal], *, is_junk: Callable[[str], bool], shape: CardShape
) -> tuple[list[tuple[int, str]], list[Removal]]:
    """Drop the cards of a list of teasers: where at least teaser_card_min_cards bare read-on links (a removal by
    one of the teaser_card_closers rules: "Weiterlesen", "READ THE REST") each close a card (_card_above), the
    cards' lines go as teaser_card. One read-on link alone may close the article's own lead (a page cut short),
    and cards with no line of teaser_card_article_chars above the first read-on link's text are the page itself
    (a blog's index): nothing goes then. is_junk: a kept line that is junk whatever its context (a script's
    closing brace), which bounds a card."""
    closers = sorted(r.line_no for r in removed if r.rule in shape.teaser_card_closers and r.line_no)
    if len(closers) < shape.teaser_card_min_cards:
        return kept, []
    kept_at = dict(kept)
    categories = {r.line_no: r.category for r in removed if r.line_no}
    cards = [card for closer in closers if (card := _card_above(closer, kept_at, categories, is_junk, shape))]
    if len(cards) < shape.teaser_card_min_cards:
        return kept, []
    top = closers[0] - 1
    while top in kept_at and not is_junk(kept_at[top]):
        top -= 1  # the first card's top, whether or not it passed as a card (its headline may be the title)
    if not any(len(text) >= shape.teaser_card_article_chars for number, text in kept if number < top):
        return kept, []  # no article text above the first card: the cards are the page (a blog's index)
    dropped = {number for card in cards for number in card}
    found = [Removal(kept_at[number], "teaser_card", "teaser", number) for number in sorted(dropped)]
    return [(number, text) for number, text in kept if number not in dropped], found
