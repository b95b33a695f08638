"""cleaner.split_caption_subjects: in an over-long stretch of a glued line, a caption that ends in a name is cut
from the sentence after it when "The/This ... said" opens that sentence; a title in capitals stays whole."""

from __future__ import annotations

from cleaner.split import load_split_settings, split_glued
from cleaner.split_caption_subjects import name_end_breaks

CAPTION = (
    "This handout video grab released by the Russian Defence Ministry on February 15, 2022, shows Russian tanks "
    "leaving for Russia after joint exercises with Belarus, at a firing range near Brest"
)
SENTENCE = (
    "The White House said President Joe Biden spoke with his French counterpart Emmanuel Macron on Tuesday "
    "morning as they mull the latest move."
)


def _breaks(line: str) -> list[int]:
    settings = load_split_settings()
    captions = settings.captions
    assert captions is not None
    return name_end_breaks(line, [], captions)


def test_caption_ending_in_a_place_is_cut_before_the_white_house_said() -> None:
    """ "... near Brest The White House said ...": a break right before "The"."""
    line = f"{CAPTION} {SENTENCE}"
    assert _breaks(line) == [line.index("The White House said")]


def test_titles_and_short_stretches_stay_whole() -> None:
    """A title with "The" after a capital followed by a verb that says nothing ("Enter The Dragon was"), and a
    stretch shorter than caption_stretch_min_words, get no break."""
    title = (
        "Bruce Lee trained for months with his friends and his students in the hills above Hong Kong before his "
        "1973 film Enter The Dragon was a worldwide hit and made him a star across the world in the years after his "
        "death in the summer of that year."
    )
    assert _breaks(title) == []
    assert _breaks(f"Tanks leave a firing range near Brest {SENTENCE}") == []


def test_a_caption_ending_in_a_date_is_cut_before_a_quotation() -> None:
    """ "... in Moscow, Russia February 14, 2022 ‘They’re hoping ...": a break before the quotation; a date before a
    quotation that goes on in lower case ("on February 14, 2022 ‘we will win’") is the sentence's."""
    body = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12
    caption = "Putin attends a meeting with Sergei Shoigu in Moscow, Russia February 14, 2022"
    quote = "‘They’re hoping for a bloodless coup,’ he said."
    kept = "He wrote on February 14, 2022 ‘we will win’ and signed it."
    pieces = split_glued((f"{body}{caption} {quote} {kept}",))[0]
    assert caption in pieces and quote in pieces and kept in pieces
