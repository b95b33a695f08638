"""A menu glued before the headline of a glued dump: cut off at a separator or a button, never inside a headline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cleaner import clean
from cleaner.glued_header import _timing_piece
from cleaner.glued_nav import button_start, echo_apart, nav_end
from cleaner.header import junk_test
from cleaner.header_words import load_header_words
from cleaner.rules import load_rulebook
from cleaner.split import _junk_test, _labeller, load_split_settings
from cleaner.titles import find_title

BODY = (
    "Emergency departments reported more than 600 patients on trolleys on Tuesday morning, the highest June figure.",
    "The nurses' union said the numbers showed that the health service could not cope even outside winter.",
    "The health minister said extra beds would open in the autumn and that recruitment was going well.",
    "Hospital managers said delayed discharges were the main reason patients were waiting for beds.",
)


def _buttons() -> Callable[[str], bool]:
    settings = load_split_settings()
    return _junk_test(_labeller(None, settings.label_rules, settings.list_header_rules))


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Microsoft Start Feedback Teachers union votes to strike as pay talks collapse", "Teachers union"),
        ("RTÉ News Ireland Watch Listen Hospital trolley numbers hit record for June", "Hospital trolley"),
        ("Biz & IT › Just-released Minecraft exploit makes it easy to crash game servers", "Just-released"),
    ],
)
def test_a_menu_ending_in_a_button_or_a_separator_is_cut_off_the_headline(text: str, headline: str) -> None:
    is_junk = _buttons()
    assert text[nav_end(text, len(text), is_junk) :].startswith(headline)


@pytest.mark.parametrize(
    "text",
    [
        "Facebook Faces Fine Over Privacy Breach In Europe",  # a title-case headline opened by a network's name
        "Prime Minister Boris Johnson warns of a tough winter ahead",  # capitals alone tell no menu
        "Share prices fall as markets react to the rate rise",  # a button's word opening a sentence
        "The Times of India City News Mumbai News BMC to demolish 40 illegal hoardings",  # no button, no separator
        "Why some cities flood every time it rains – and what can be done about it",  # a headline's own dash
        # a dash between a headline's halves is no breadcrumb's (found in review: the first half was cut off)
        "Liverpool 3-1 Chelsea – Salah double sends Reds top",
        "Sunak: I will not resign – PM defiant after by-election losses",
        "Biz & IT — Just-released Minecraft exploit makes it easy to crash game servers",
    ],
)
def test_a_headline_with_no_menu_before_it_is_not_cut(text: str) -> None:
    is_junk = _buttons()
    assert nav_end(text, len(text), is_junk) == 0


def test_the_title_under_a_menu_run_with_a_button_at_its_edge_is_the_headline() -> None:
    is_junk = junk_test((load_rulebook().generic,))
    words = load_header_words()
    lines = (
        "RTÉ News Ireland Watch Listen",
        "Hospital trolley numbers hit record for June, INMO says",
        "Updated / Tuesday, 11 Jun 2024 09:14",
        *BODY,
    )
    found = find_title(lines, 8, is_junk, words)
    assert found is not None and found.index == 1 and found.late


@pytest.mark.parametrize(
    "first",
    [
        "LWN.net Weekly Edition for March 26, 2015",  # a date at its end is no button
        "Share prices fall as markets react to the rate rise",  # no headline under it before the byline
    ],
)
def test_a_first_headline_with_no_button_at_its_edge_stays_the_title(first: str) -> None:
    is_junk = junk_test((load_rulebook().generic,))
    lines = (first, "By Nathan Willis", "March 25, 2015", *BODY)
    found = find_title(lines, 8, is_junk, load_header_words())
    assert found is not None and found.index == 0


def test_a_glued_dump_under_a_menu_gets_its_headline_as_title_and_keeps_every_sentence() -> None:
    header = "RTÉ News Ireland Watch Listen Hospital trolley numbers hit record for June By Jane Doe 11 Jun 2024 09:14"
    result = clean(" ".join((header, *BODY)), name="glued.txt")
    assert result.metadata["title"] == "Hospital trolley numbers hit record for June"
    assert result.metadata["author"] == "Jane Doe"
    for sentence in BODY:
        assert sentence in result.text


@pytest.mark.parametrize(
    ("header", "title", "author"),
    [
        (  # the writer's outlet after a comma, then the dateline (Yahoo's syndicated stories)
            "Hospital trolley numbers hit record for June Jane Doe, USA TODAY Tue, June 11, 2024 at 9:14 AM CDT",
            "Hospital trolley numbers hit record for June",
            "Jane Doe",
        ),
        (  # a button after the headline, the byline and dateline after it
            "Hospital trolley numbers hit record for June Show Caption By Jane Doe 11 Jun 2024 09:14",
            "Hospital trolley numbers hit record for June",
            "Jane Doe",
        ),
    ],
)
def test_what_a_glued_dump_runs_onto_the_headline_is_cut_off_it(header: str, title: str, author: str) -> None:
    result = clean(" ".join((header, *BODY)), name="glued.txt")
    assert result.metadata["title"] == title
    assert result.metadata["author"] == author
    for sentence in BODY:
        assert sentence in result.text


def test_an_agency_before_the_dateline_is_cut_off_the_headline() -> None:
    header = "Un troisième Français mort dans le séisme au Népal AFP 25 avril 2015 à 18:02"
    body = (
        "Un troisième Français est mort dans le séisme qui a frappé le Népal samedi, a annoncé le ministère.",
        "Les autorités françaises cherchent encore à joindre plusieurs centaines de ressortissants dans le pays.",
        "Le bilan du séisme dépasse désormais les deux mille morts selon les autorités népalaises.",
    )
    result = clean(" ".join((header, *body)), name="glued.txt")
    assert result.metadata["title"] == "Un troisième Français mort dans le séisme au Népal"
    for sentence in body:
        assert sentence in result.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Metro council approves budget after late-night debate Show Caption",
            "Metro council approves budget after late-night debate",
        ),
        ("Talks collapse as union rejects offer Share prices fall", None),  # a sentence after it, no button
        ("Subscribe now to read more", None),  # a button's words with too few words before them to be a headline
    ],
)
def test_only_a_button_after_a_headlines_words_is_cut_off(text: str, kept: str | None) -> None:
    is_junk = _buttons()
    assert text[: button_start(text, 0, len(text), is_junk)].strip() == (kept or text)


def test_a_headline_printed_twice_is_cut_off_the_standfirst_it_runs_into() -> None:
    pieces = [
        "The Policy Desk Subscribe Sign in Share this post The Policy Desk",
        "The quiet collapse of local news Copy link Facebook Email",
        "The quiet collapse of local news Three papers closed this month.",
        "Nobody noticed.",
    ]
    assert echo_apart(pieces, 600) == [
        [pieces[0]],
        [pieces[1]],
        ["The quiet collapse of local news", "Three papers closed this month."],
        [pieces[3]],
    ]


@pytest.mark.parametrize(
    "pieces",
    [
        [  # a name repeated inside a sentence
            "Officials at the New York State Attorney office said on Monday that they had opened an inquiry.",
            "A company spokesperson said that the office of the New York State Attorney General had written.",
        ],
        [  # a repeated name opening a sentence, the first copy going on in lower case
            "New York State Attorney Letitia James opened an inquiry into the company on Monday.",
            "New York State Attorney General Letitia James said the inquiry would take months.",
        ],
        [  # a caption printed twice, truncated and whole: longer than a headline
            "Karma Automotive chief designer Andreas Thurner and the platform engineering chief Todd George unveil "
            "the new concept vehicle at the Los Angeles auto show on Tuesday morning Less",
            "Karma Automotive chief designer Andreas Thurner and the platform engineering chief Todd George unveil "
            "the new concept vehicle at the Los Angeles auto show on Tuesday morning Before the show opened.",
        ],
    ],
)
def test_words_repeated_in_sentences_or_captions_are_not_cut(pieces: list[str]) -> None:
    assert echo_apart(pieces, 600) == [[piece] for piece in pieces]


def test_a_glued_dump_whose_headline_is_printed_twice_gets_its_title_and_date() -> None:
    header = (
        "The Policy Desk Subscribe Sign in Share this post The quiet collapse of local news Copy link Facebook Email "
        "The quiet collapse of local news Three papers closed this month. Rachel Moss Jun 11, 2024"
    )
    result = clean(" ".join((header, *BODY)), name="glued.txt")
    assert result.metadata["title"] == "The quiet collapse of local news"
    assert result.metadata["date"] == "2024-06-11"
    for sentence in BODY:
        assert sentence in result.text


@pytest.mark.parametrize(
    "headline", ["Fed Holds Rates Steady", "NASA Delays Artemis Launch", "Trump Wins Iowa Caucuses"]
)
@pytest.mark.parametrize("glued", [False, True])
def test_a_short_title_case_headline_over_an_unpunctuated_standfirst_is_the_title(headline: str, glued: bool) -> None:
    """A headline of a few capitalised words has a site menu's shape ("POLITICO Playbook Congress"); over a
    standfirst with no full stop and a byline, it is the title all the same, line-shaped or glued (found in
    review: the menu reading took the standfirst as the title and left the headline in the text)."""
    lines = (headline, "The central bank says inflation is still too high", "By Jane Smith", "June 11, 2024", *BODY)
    dump = " ".join(lines) if glued else "\n".join(lines)
    result = clean(dump + "\n", name="dump.txt")
    assert result.metadata["title"] == headline
    assert headline not in result.text
    for sentence in BODY:
        assert sentence in result.text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a title-case headline, its standfirst with no full stop under it: the headline stays the title
        ("Boeing Faces New FAA Probe", "Regulators want to know whether inspection records were falsified"),
        # a short headline with a lower-case word is no site's name
        ("Rents rise again in Dublin", "Dublin rents now average more than 2,400 euro a month, report finds"),
    ],
)
def test_a_short_headline_over_a_standfirst_with_no_full_stop_stays_the_title(first: str, second: str) -> None:
    is_junk = junk_test((load_rulebook().generic,))
    lines = (first, second, "By Samuel Ortega", "Jun 11, 2024, 09:14am EDT", *BODY)
    found = find_title(lines, 8, is_junk, load_header_words())
    assert found is not None and found.index == 0


def test_an_aggregators_age_and_reading_time_are_the_header_under_the_headline() -> None:
    header = (
        "Microsoft Start Sign in Feedback Teachers union votes to strike as pay talks collapse Story by Hannah Ruiz "
        "• 3h • 4 min read © Provided by The Hill"
    )
    result = clean(" ".join((header, *BODY)), name="glued.txt")
    assert result.metadata["title"] == "Teachers union votes to strike as pay talks collapse"
    assert result.metadata["author"] == "Hannah Ruiz"
    for sentence in BODY:
        assert sentence in result.text


@pytest.mark.parametrize("piece", ["• 3h • 4 min read", "2d | 6 min read", "4 min read"])
def test_a_piece_of_ages_and_reading_times_is_timing(piece: str) -> None:
    assert _timing_piece(piece, load_header_words())


@pytest.mark.parametrize("piece", ["The bridge is 3m wide • 4 min read", "Prices rose 5m • in May", "3 hours"])
def test_a_piece_with_other_words_is_no_timing(piece: str) -> None:
    assert not _timing_piece(piece, load_header_words())
