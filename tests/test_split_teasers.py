"""cleaner.split_teasers: a run of teaser headlines glued after a list label is cut into its headlines, so that
the label's block rule takes them; body text glued after the run stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.rules import Rule, load_rulebook
from cleaner.split import load_split_settings
from cleaner.split_teasers import split_teaser_runs

BODY = (
    "The officers inspected the room and left without finding the child. "
    "Friends, volunteers and police searched the city for the missing girl over the weekend. "
    "Her mother said she was grateful for every person who had joined the search. "
    "The girl was found safe on Sunday morning in a house on the edge of town, police said. "
)
TAIL = (
    "Meanwhile, the suspect appeared in court on Monday and was held without bail. "
    "Prosecutors said they would seek a long sentence for the kidnapping charge. "
    "A hearing is set for next month, when the judge will rule on the defence's motions."
)


def _headers_and_open_words() -> tuple[tuple[Rule, ...], frozenset[str]]:
    rules = load_rulebook().generic.rules
    headers = tuple(rule for rule in rules if rule.name in ("related_list_header", "widget_title"))
    open_words = frozenset(word.lower() for word in load_split_settings().caption_open_words)
    return headers, open_words


def test_headline_run_after_label_is_cut_into_headlines() -> None:
    """A run of unpunctuated headlines after "Trending News" comes out one headline per piece."""
    headers, open_words = _headers_and_open_words()
    run = (
        "Man arrested after 7 trafficking victims found in car: Police Jeffrey Epstein jail guards charged with "
        "falsifying records White teen accused of plotting deadly attack on black church Safety officials urge "
        "Boeing to redesign part on 737s"
    )
    pieces = split_teaser_runs(["Trending News", run, "Meanwhile, police searched."], headers, open_words)
    assert pieces[0] == "Trending News"
    assert pieces[-1] == "Meanwhile, police searched."
    assert "White teen accused of plotting deadly attack on black church" in pieces
    assert all(piece.count(" ") < 20 for piece in pieces)


def test_kickers_cut_a_run_ending_in_a_sentence_which_stays_whole() -> None:
    """Tabloid kickers ("TIME TRAVELLER") cut a run that ends in a body sentence; the sentence stays whole."""
    headers, open_words = _headers_and_open_words()
    run = (
        "RANDY ANDY Andrew parties in unearthed pics despite claiming 'he avoids PDAs' TIME TRAVELLER Conspiracy "
        "theorists say they've spotted Greta Thunberg in old pic EYE POPPING Russian Popeye has tricep removed "
        "Authorities in western Mongolia, which is close to the Russian frontier, instituted a quarantine."
    )
    pieces = split_teaser_runs(["Most read in world news", run], headers, open_words)
    assert "RANDY ANDY Andrew parties in unearthed pics despite claiming 'he avoids PDAs'" in pieces
    assert pieces[-1].endswith(
        "Authorities in western Mongolia, which is close to the Russian frontier, instituted a quarantine."
    )
    assert pieces[-1].startswith("EYE POPPING")


@pytest.mark.parametrize(
    "run",
    [
        # a body sentence cut in two before the run ended: clauses, and an article at its end
        "The Doobie Brothers Tour Dates Dressed in black pants, an untucked black shirt, and glasses, the",
        # no label before it would make it a list: left alone below (no header)
        "Putin met Scholz in Moscow on Tuesday and talks went on for hours Both men spoke of progress",
    ],
)
def test_runs_that_read_as_prose_stay_whole(run: str) -> None:
    """A run that reads as a sentence, or one with no list label before it, is not cut."""
    headers, open_words = _headers_and_open_words()
    label = "Related" if "Doobie" in run else "The talks went on."
    assert split_teaser_runs([label, run], headers, open_words) == [label, run]


def test_glued_dump_loses_the_teasers_and_keeps_the_body() -> None:
    """End to end: in a dump glued into one line, the trending list goes and every body sentence stays."""
    teasers = (
        'Trending News Video shows dramatic rescue of kidnapped girl: "We got her!" Man arrested after 7 '
        "trafficking victims found in car: Police Jeffrey Epstein jail guards charged with falsifying records "
        "White teen accused of plotting deadly attack on black church Safety officials urge Boeing to redesign "
        "part on 737s "
    )
    result = clean(BODY + teasers + TAIL + "\n", name="glued.txt")
    assert "Jeffrey Epstein jail guards" not in result.text
    assert "White teen accused" not in result.text
    for sentence in (BODY + TAIL).replace(". ", ".\n").splitlines():
        assert sentence.strip() in result.text


def test_a_date_starts_a_headline_of_the_run() -> None:
    """ "... a huge rear wing 2019-11-20 17:27:46 Marcus De Guzman": the date and author under a headline are a
    piece of their own, so that every piece fits the block."""
    headers, open_words = _headers_and_open_words()
    run = (
        "Renault to challenge Xpander, Avanza with 7-seat 2020 Triber The most powerful Mini hot hatch to come out of "
        "Oxford has 306 HP and a huge rear wing 2019-11-20 17:27:46 Marcus De Guzman"
    )
    pieces = split_teaser_runs(["Related stories", run], headers, open_words)
    assert "2019-11-20 17:27:46 Marcus De Guzman" in pieces
    assert all(piece.count(" ") < 20 for piece in pieces)


def test_a_run_ending_in_a_question_is_cut_at_kickers_and_dates_only() -> None:
    """ "Ähnliche Beiträge Modeschreck: Patchwork-Mäntel Die einzelnen Stoffteile ... so oft auf der Straße?": German
    nouns are capitalised and the run ends in a question, so it stays whole (no headline boundary inside it)."""
    headers, open_words = _headers_and_open_words()
    run = (
        "Modeschreck: Patchwork-Mäntel Die einzelnen Stoffteile wären an sich schon schlimm genug, warum sehen wir "
        "den schrecklichen Patchworkmantel von Desigual so oft auf der Straße?"
    )
    assert split_teaser_runs(["Ähnliche Beiträge", run, "Weiterlesen..."], headers, open_words) == [
        "Ähnliche Beiträge",
        run,
        "Weiterlesen...",
    ]
