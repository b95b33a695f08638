"""The header stage: title, bylines and datelines leave the body as named removals and become metadata hints."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.bylines import read_byline
from cleaner.header import take_header, zone_end
from cleaner.header_words import load_header_words
from cleaner.line_shape import ends_sentence
from cleaner.titles import looks_like_headline

WORDS = load_header_words()
BODY = (
    "President Joe Biden has ordered more US troops to Baltic NATO states, after saying the world has heard it.",
    "Speaking at a White House briefing on the Ukraine crisis, he said he had been in constant contact with allies.",
    "Nothing in the remarks indicate any interest in pursuing real dialogue in European security this year.",
)


def _take(*lines: str, language: str = "en") -> tuple[tuple[str, ...], list[tuple[str, str, str]], dict[str, object]]:
    kept, removed, hints = take_header(tuple(lines), language=language, words=WORDS)
    return kept, [(r.rule, r.category, r.text) for r in removed], hints


def test_lbc_header_gives_title_dates_and_author() -> None:
    """Title line, "date | Updated: date" line and "By …" line leave the body and fill the hints."""
    kept, removed, hints = _take(
        "US orders armed forces to Baltic states as 10,000 Russian troops enter Ukraine",
        "23 February 2022, 00:17 | Updated: 23 February 2022, 07:23",
        "By Megan Hinton",
        *BODY,
    )
    assert kept == BODY
    assert [r[:2] for r in removed] == [("title_line", "title"), ("dateline", "dateline"), ("byline", "byline")]
    assert hints == {
        "title": "US orders armed forces to Baltic states as 10,000 Russian troops enter Ukraine",
        "date": "2022-02-23T00:17",
        "date_modified": "2022-02-23T07:23",
        "author": "Megan Hinton",
    }


def test_usa_today_header_chain() -> None:
    """Bare author names after the title, their affiliation line and a "Published" line are all header."""
    kept, removed, hints = _take(
        "Two federal prison officers charged with falsifying records",
        "Kevin Johnson and Kevin McCoy",
        "USA TODAY",
        "Published 7:07 PM EST Nov 19, 2019",
        *BODY,
    )
    assert kept == BODY
    assert [r[0] for r in removed] == ["title_line", "byline", "byline_affiliation", "dateline"]
    assert hints["author"] == "Kevin Johnson; Kevin McCoy"
    assert hints["date"] == "2019-11-19T19:07"


def test_dateline_with_byline_and_section_label() -> None:
    """A Portuguese line mixing date, "Publicado por" byline and "Categoria" label is one dateline."""
    _kept, removed, hints = _take(
        "Atendimento Domiciliar registra arrombamento em veículos",
        "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad",
        *BODY,
        language="pt",
    )
    assert removed[1][:2] == ("dateline", "dateline")
    assert hints["author"] == "Clarissa Borba"
    assert hints["date"] == "2018-10-05"


def test_title_repeats_are_removed_too() -> None:
    """A later line equal to the title (any case or spacing) is removed as title_repeat."""
    title = "Vladimir Putins chilling threat of military response to NATO"
    kept, removed, _hints = _take(title, *BODY, "vladimir putins  chilling threat of military response to NATO")
    assert kept == BODY
    assert [r[0] for r in removed] == ["title_line", "title_repeat"]


@pytest.mark.parametrize(
    "first",
    [
        "The first line is a sentence that ends with a full stop and is short.",
        "Remember the state slogan quest?",
        "(Image: gargantiopa / Getty Images)",
        "CLICK FOR FULL STATE SWIM RESULTS",
        "var brightcoveBrandsafety='3 General news'",
        "Staff Reports",
        "Chelsea have this morning paid the fee to the Spanish league this morning to secure the world record"
        " signing of Athletic Bilbao keeper Kepa",
    ],
)
def test_first_lines_that_are_not_headlines_stay(first: str) -> None:
    """Sentences, questions, labels, captions, shouting, code, two-word lines and long bullets are no title."""
    kept, removed, hints = _take(first, *BODY)
    assert kept[0] == first
    assert "title" not in hints
    assert not [r for r in removed if r[1] == "title"]


def test_lead_sentence_start_is_not_a_title() -> None:
    """A first line repeated inside a longer body sentence is the lead, not a headline."""
    first = "Chelsea have paid the world record fee"
    kept, _removed, hints = _take(first, "Chelsea have paid the world record fee for their new keeper, sources said.")
    assert kept[0] == first and "title" not in hints


def test_junk_first_line_is_skipped_when_looking_for_the_title() -> None:
    """A line the junk rules drop does not block the title on the line after it."""
    lines = ("Sharing is caring!", "Thousands of teachers pack Indiana Statehouse for protest", *BODY)
    _kept, _removed, hints = take_header(lines, words=WORDS, is_junk=lambda line: line == "Sharing is caring!")
    assert hints["title"] == "Thousands of teachers pack Indiana Statehouse for protest"


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year the troops had left the border region.",
        "By Monday, John Smith had left.",
        "By then the talks had collapsed",
        "Von der Leyen said the sanctions would follow",
        "Por Sergio Moro, o ministro disse",
        "Di Maio ha detto che il governo",
    ],
)
def test_body_sentences_starting_like_bylines_stay(line: str) -> None:
    """Lines that open with "By"/"Von"/"Por"/"Di" but go on as a sentence are body text."""
    kept, removed, hints = _take("A headline about the border talks", line, *BODY)
    assert line in kept
    assert "author" not in hints
    assert not [r for r in removed if r[2] == line]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Megan Hinton", ("Megan Hinton",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By MEGAN HINTON", ("Megan Hinton",)),
        ("Von Anna Schmidt und Jan Müller", ("Anna Schmidt", "Jan Müller")),
        ("Por Luiz Inácio da Silva", ("Luiz Inácio da Silva",)),
        (
            "By Erika Solomon in Beirut and Borzou Daragahi, Middle East correspondent",
            ("Erika Solomon", "Borzou Daragahi"),
        ),
        ("By Reuters", ("Reuters",)),
        ("By Daily Mail Reporter", ()),
        ("by Jeff Foust", ("Jeff Foust",)),
        ("By Jane Doe (@janedoe) | The Guardian", ("Jane Doe",)),
        ("By Emma Parker Reporter", ("Emma Parker",)),
        ("By Mirror Online Reporter", ()),
        ("By Sunday Times Reporter", ()),
        ("By JANE SMITH FOR MAILONLINE", ("Jane Smith",)),
        ("By Carrie Arnold Contributing Writer", ("Carrie Arnold",)),
        ("By Jane Smith Senior Political Reporter", ("Jane Smith",)),
        ("By JANE SMITH and JOHN ROE FOR DAILYMAIL.COM", ("Jane Smith", "John Roe")),
        ("By JANE SMITH, CHIEF POLITICAL CORRESPONDENT FOR THE DAILY MAIL", ("Jane Smith",)),
    ],
)
def test_reads_names_from_bylines(line: str, names: tuple[str, ...]) -> None:
    """Bylines in several languages give their person names; a desk byline gives none."""
    byline = read_byline(line, WORDS)
    assert byline is not None
    assert byline.names == names


def test_bare_names_are_a_byline_only_when_asked() -> None:
    """ "Tom Davies" alone is a byline only where the header allows bare names (after a title or dateline)."""
    assert read_byline("Tom Davies", WORDS) is None
    byline = read_byline("Tom Davies", WORDS, bare=True)
    assert byline is not None and byline.names == ("Tom Davies",)


def test_bylines_and_datelines_outside_the_header_zone_stay() -> None:
    """After the second body-like line, a "By …" line with more body after it, or a date line, is body (or
    someone else's junk): only a sign-off under the article's last paragraph is the article's byline."""
    lines = ("A headline about the border talks", *BODY[:2], "By Megan Hinton", BODY[2], "23 February 2022")
    kept, _removed, hints = _take(*lines)
    assert kept[-3:] == ("By Megan Hinton", BODY[2], "23 February 2022")
    assert "author" not in hints and "date" not in hints


def test_zone_ends_before_the_second_body_line() -> None:
    """The header zone covers lines up to (not including) the second line that reads like body text."""
    assert zone_end(("Title here now", "By Jane Doe", *BODY)) == 3
    assert zone_end(tuple(f"short line {n}" for n in range(40))) == 25


def test_dateline_with_a_sentence_in_it_stays() -> None:
    """A line with a date that also says something else is not a dateline."""
    line = "On 23 February 2022 the troops crossed the border"
    kept, _removed, hints = _take("A headline about the border talks", line, *BODY)
    assert line in kept and "date" not in hints


def test_headline_shape() -> None:
    """Headlines: 3-20 words without terminal punctuation; Korean and Japanese titles may have fewer words."""
    assert looks_like_headline("Russia: Reaction 'stronger than Putin expected' says Ricketts")
    assert looks_like_headline("엘제이의 리벤지인가, 류화영의 코스프레인가")
    assert not looks_like_headline("Short")
    assert not looks_like_headline("lower-case start of a line here")


@pytest.mark.parametrize(
    ("line", "hints"),
    [
        ("Last updated: 12:30 BST, 3 March 2022", {"date_modified": "2022-03-03T12:30"}),
        ("Aktualisiert am 23.02.2022 um 10:15 Uhr", {"date_modified": "2022-02-23T10:15"}),
        ("Publié le 23 février 2022 à 10h15", {"date": "2022-02-23T10:15"}),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", {"date": "2018-01-22T00:13"}),
        ("2019-11-20T05:47:00Z", {"date": "2019-11-20T05:47"}),
        ("UPDATED: Tue., Nov. 19, 2019", {"date_modified": "2019-11-19"}),
    ],
)
def test_datelines_in_several_languages_label_published_and_updated(line: str, hints: dict[str, str]) -> None:
    """A label before the date (Updated, Aktualisiert, Publié …) decides between date and date_modified."""
    _kept, removed, found = _take("A headline about the border talks", line, *BODY)
    assert removed[1][:2] == ("dateline", "dateline")
    assert {k: v for k, v in found.items() if k != "title"} == hints


def test_a_subhead_over_a_code_listing_is_no_title() -> None:
    """A dump that starts inside the article: the headline-like line over short code lines stays in the body."""
    lines = (
        "Характеристики бега можно увеличить за счет кодов",
        "стандартная скорость player.setav speedmult *х100",
        "player.setav health * .",
        "То, что вы поставите, такая скорость у Вас и будет, стоит отметить, что показатель не прибавится.",
    )
    kept, removed, hints = _take(*lines, language="ru")
    assert kept == lines and removed == [] and "title" not in hints


def test_a_title_over_a_video_title_and_a_consent_line_is_still_the_title() -> None:
    """Another headline (a video's title) or junk between the title and the body does not unmake the title."""
    lines = (
        "Vladimir Putins chilling threat of military response to NATO: Nowhere to retreat",
        "Liz Truss set to visit Vladimir Putin in Russia 'for talks'",
        "We use your sign-up to provide content in ways you've consented to.",
        *BODY,
    )
    _kept, _removed, hints = take_header(lines, words=WORDS, is_junk=lambda line: line.startswith("We use"))
    assert hints["title"] == lines[0]


def test_with_a_known_title_only_that_line_is_the_title() -> None:
    """An HTML page declares its title: a headline-like line that is not it stays; the title line, also with
    its byline run on, goes."""
    deal = "PS4 DualShock Controller in Crystal for $39.99"
    known = "Seeking a bigger role for a big rocket"
    kept, removed, hints = take_header((deal, *BODY), words=WORDS, known_title=known)
    assert kept == (deal, *BODY) and removed == () and "title" not in hints
    run_on = f"{known} by Jeff Foust Monday, November 18, 2019"
    kept, removed, _hints = take_header((run_on, *BODY), words=WORDS, known_title=known)
    assert kept == BODY and [r.rule for r in removed] == ["title_line"]


def test_a_section_label_in_capitals_after_the_dateline_is_no_byline() -> None:
    """Words in capitals after a dateline are a section label or subhead of the body, not bare author names."""
    kept, removed, hints = _take("Prep roundup: Viera stays unbeaten", "Nov 19, 2019", "GIRLS BASKETBALL", *BODY)
    assert kept == ("GIRLS BASKETBALL", *BODY)
    assert [r[0] for r in removed] == ["title_line", "dateline"] and "author" not in hints


_SENTENCE_END = re.compile(r"""[.!?;:,…。！？]["'”’»)\]]*\s*$""")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from('a.!…。"”)] \n\t\u00a0\u3000,?('), max_size=8))
def test_sentence_end_is_read_from_the_line_end(line: str) -> None:
    """A line ends a sentence exactly when terminal punctuation, then closers, then blanks end it."""
    assert ends_sentence(line) == bool(_SENTENCE_END.search(line))


_RAIL_BODY = (
    "The government approved the new rail plan on Thursday, after months of talks with the unions and the "
    "regional authorities that run most of the lines.\n"
    "Ministers said the first trains would run within two years, and that fares would not rise before then.\n"
)


@pytest.mark.parametrize(
    ("source", "clock", "date"),
    [
        ("https://www.example.co.uk/news/rail-plan", "9:30 am", "2018-10-05T09:30"),  # UK: day first
        ("https://www.example.com.au/news/rail-plan", "9:30 am", "2018-10-05T09:30"),
        ("https://www.example.com/news/rail-plan", "9:30 am", "2018-05-10T09:30"),  # no country: month first
        ("", "9:30 am", "2018-05-10T09:30"),
        # ... unless the dateline's clock is a 24-hour one (no am/pm), as day-first countries write it
        ("https://www.example.com/news/rail-plan", "09:30", "2018-10-05T09:30"),
        ("", "09:30", "2018-10-05T09:30"),
        ("", "21:30", "2018-10-05T21:30"),
    ],
)
def test_ambiguous_numeric_date_reads_day_first_on_a_day_first_countrys_site(
    source: str, clock: str, date: str
) -> None:
    """05/10/2018 is 5 October on a British or Australian site and May 10 on an American one; the hostname
    comes from the dump itself. Without a country, a 24-hour clock beside the date says day first."""
    tail = f"Read the original at {source}\n" if source else ""
    dump = f"Ministers approve new rail plan\nBy Jane Smith\nPublished: 05/10/2018 {clock}\n{_RAIL_BODY}{tail}"
    result = clean(dump)
    assert result.metadata["date"] == date
    assert "05/10/2018" not in result.text


def test_unambiguous_and_non_english_numeric_dates_ignore_the_hostname() -> None:
    """25/10/2018 can only be day first; German dumps read day first wherever they are published."""
    dump = f"Ministers approve new rail plan\nPublished: 10/25/2018\n{_RAIL_BODY}Source: https://example.co.uk/x\n"
    assert clean(dump).metadata["date"] == "2018-10-25"
    german = (
        "Bundestag beschließt neuen Bahnplan\nVon Jana Schmidt\n05.10.2018\n"
        "Die Regierung hat den neuen Bahnplan am Donnerstag beschlossen, nachdem die Gespräche mit den "
        "Gewerkschaften und den Ländern monatelang gedauert hatten.\n"
        "Die ersten Züge sollen in zwei Jahren fahren, und die Preise sollen bis dahin nicht steigen.\n"
        "Quelle: https://www.example.com/bahn\n"
    )
    assert clean(german).metadata["date"] == "2018-10-05"


def test_bbc_style_header_title_byline_and_bare_caption_label() -> None:
    """A headline followed by "Published", a relative time and a share panel is still the title; "Image
    caption," alone on a line takes the unpunctuated caption under it, and the body stays whole."""
    body = [
        "Households in Britain will receive a £400 discount on their energy bills this winter, the government "
        "has confirmed.",
        "The money will be paid in six monthly instalments from October, and will not have to be paid back.",
    ]
    dump = "\n".join(
        [
            "Energy bills: Households to get £400 discount this winter",
            "Published",
            "2 hours ago",
            "Share",
            "close panel",
            "Image source, PA Media",
            "Image caption,",
            "Households will receive the discount in six monthly instalments",
            "By Simon Jack",
            "Business editor, BBC News",
            *body,
        ]
    )
    result = clean(dump)
    assert result.text.splitlines() == body
    assert result.metadata["title"] == "Energy bills: Households to get £400 discount this winter"
    assert result.metadata["author"] == "Simon Jack"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By John Doe, CNN", ("John Doe",)),
        ("By John Doe and Jane Roe, CNN", ("John Doe", "Jane Roe")),
        ("By CNN", None),
    ],
)
def test_outlet_initials_after_the_names_are_an_affiliation(line: str, names: tuple[str, ...] | None) -> None:
    """ "By John Doe, CNN": the outlet's initials say where the writer works; alone they are no byline."""
    byline = read_byline(line, WORDS)
    assert (byline.names if byline else None) == names


def test_desk_and_wire_initials_beside_the_date_are_a_dateline() -> None:
    """ "TOI City Desk / TNN / Updated: Jul 5, 2023, 10:12 IST": a desk and a wire's initials beside the date make
    a dateline (no person named), and the headline above it stays the title."""
    kept, removed, hints = _take(
        "Mumbai rains: Schools shut as city records heaviest downpour in a decade",
        "TOI City Desk / TNN / Updated: Jul 5, 2023, 10:12 IST",
        *BODY,
    )
    assert kept == BODY
    assert [rule for rule, _category, _text in removed] == ["title_line", "dateline"]
    assert hints["date_modified"] == "2023-07-05T10:12" and "author" not in hints


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Madrid - 06 feb 2024 - 12:30 CET", "2024-02-06T12:30"),
        ("New York / 5 July 2023", "2023-07-05"),
        ("Rio de Janeiro, 5 July 2023", "2023-07-05"),
    ],
)
def test_a_place_before_the_date_is_part_of_the_dateline(line: str, date: str) -> None:
    """ "Madrid - 06 feb 2024 - 12:30 CET" (El País): one to three capitalised words before the first date name
    the place the story was filed from; the line is a dateline and names no author."""
    kept, removed, hints = _take("Rain shuts schools across the region", line, *BODY)
    assert kept == BODY
    assert [rule for rule, _category, _text in removed] == ["title_line", "dateline"]
    assert hints["date"] == date and "author" not in hints


@pytest.mark.parametrize(
    "line",
    [
        "Rain in New York / 5 July 2023",
        "New York 5 July 2023 / Schools shut",
        "Paris, London and New York / 5 July 2023",
    ],
)
def test_a_place_after_the_date_or_words_beside_it_stay(line: str) -> None:
    """Only capitalised words, and only before the first date, are a place: other text beside a date is no
    dateline."""
    kept, _removed, hints = _take("Rain shuts schools across the region", line, *BODY)
    assert kept[0] == line and "date" not in hints


@pytest.mark.parametrize(
    ("language", "title", "byline", "dateline", "dates"),
    [
        # "à" inside the label "mis à jour" is no filler word to drop: the second date is the modified one
        (
            "fr",
            "Réforme des retraites : le gouvernement recourt au 49.3",
            "Par Marie Dupont",
            "Publié le 16 mars 2023 à 15h12, mis à jour le 16 mars 2023 à 18h40",
            {"date": "2023-03-16T15:12", "date_modified": "2023-03-16T18:40"},
        ),
        # a relative time tells no date and is passed over (and Portuguese reads the day first)
        (
            "pt",
            "Governo anuncia novo pacote de medidas contra a inflação",
            "Por João Silva",
            "13/03/2023 09h30 Atualizado há 2 horas",
            {"date": "2023-03-13T09:30"},
        ),
    ],
)
def test_datelines_in_other_languages(
    language: str, title: str, byline: str, dateline: str, dates: dict[str, str]
) -> None:
    """Title, byline and dateline leave the body; the dateline gives its dates."""
    _kept, removed, hints = _take(title, byline, dateline, *BODY, language=language)
    assert [rule for rule, _category, _text in removed] == ["title_line", "byline", "dateline"]
    assert {key: hints.get(key) for key in dates} == dates


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Smith and John Doe, CNN", "Jane Smith; John Doe"),
        ("Jane Smith | Political Editor", "Jane Smith"),
        ("Written by Sarah Jones", "Sarah Jones"),
        ("Words by Holly Bancroft", "Holly Bancroft"),
        ("Peter Walker Senior political correspondent", "Peter Walker"),
        ("Alex Hern UK technology editor", "Alex Hern"),
        ("Par Jean Dupont", "Jean Dupont"),
        ("Por María García", "María García"),
        ("Di Marco Rossi", "Marco Rossi"),
        ("Oleh Budi Santoso", "Budi Santoso"),
    ],
)
def test_bylines_in_other_shapes_and_languages(byline: str, author: str) -> None:
    """Several names with the outlet, "Name | Role", "Written by", "Words by", the Guardian's name before a role
    in sentence case, and French, Spanish, Italian and Indonesian bylines."""
    kept, removed, hints = _take("A headline about the border talks", byline, *BODY)
    assert kept == BODY
    assert removed[1][:2] == ("byline", "byline")
    assert hints["author"] == author


@pytest.mark.parametrize(
    "line",
    ["Daily Mail Political Reporter", "Ein Albtraum", "The Reckoning", "Die Abrechnung", "Una Storia Italiana"],
)
def test_a_desk_in_capitals_or_a_short_title_is_no_persons_name(line: str) -> None:
    """A desk written in capitals names nobody; capitalised words after an article are a title ("Ein Albtraum"
    after the date in spiegel.de dumps), not a bare byline."""
    _kept, _removed, hints = _take("22.12.2018", line, *BODY, language="de")
    assert "author" not in hints


def test_a_byline_and_its_date_joined_by_a_preposition() -> None:
    """ "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr": "am" leads on to the date, it ends no name."""
    line = "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr"
    kept, _removed, hints = _take("Schutz sensibler Daten nach dem Urteil", line, *BODY, language="de")
    assert kept == BODY
    assert hints["author"] == "Anja Schmoll-Trautmann" and hints["date"] == "2014-05-14T15:40"
    _kept, _removed, hints = _take("A headline about the talks", "By Jane Doe on March 3, 2024", *BODY)
    assert hints["author"] == "Jane Doe" and hints["date"] == "2024-03-03"


def test_names_continued_on_the_next_lines_are_one_byline() -> None:
    """correctiv.org: "von Marcus Bensmann", ", Justus von Daniels", ", Ulrich Stoll": the comma continues the
    byline (not a title), every name is an author."""
    lines = ("von Marcus Bensmann", ", Justus von Daniels", ", Ulrich Stoll", "14. May 2019", *BODY)
    kept, removed, hints = _take(*lines, language="de")
    assert kept == BODY
    assert [r[0] for r in removed] == ["byline", "byline", "byline", "dateline"]
    assert hints["author"] == "Marcus Bensmann; Justus von Daniels; Ulrich Stoll"
    assert "title" not in hints


@pytest.mark.parametrize("line", ["Cory Doctorow /", ", Justus von Daniels", "/ Politics / Europe"])
def test_lines_that_continue_another_or_have_two_words_are_no_headline(line: str) -> None:
    """A line opening with a comma or a slash continues another one; a slash is no word."""
    assert not looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    ["4 minute read", "5 min read", "Lesezeit: 3 Minuten", "3 Min. Lesezeit", "Tempo de leitura: 1 minuto"],
)
def test_a_reading_time_in_the_header_leaves_the_body(line: str) -> None:
    """CNN's "4 minute read" between the dateline and the article is header, and tells no date."""
    kept, removed, hints = _take("A headline about the border talks", "By Katie Hunt, CNN", line, *BODY)
    assert kept == BODY
    assert [r[0] for r in removed] == ["title_line", "byline", "reading_time"]
    assert "date" not in hints


def test_a_reading_time_beside_the_date_is_part_of_the_dateline() -> None:
    """ "Published 6:00 AM EST, Thu January 11, 2024 · 4 min read" is a dateline."""
    _kept, removed, hints = _take(
        "A headline about the talks", "Published 6:00 AM EST, Thu January 11, 2024 · 4 min read"
    )
    assert [r[0] for r in removed] == ["title_line", "dateline"] and hints["date"] == "2024-01-11T06:00"


@pytest.mark.parametrize(
    "line", ["5 minutes read before you sleep can change your life.", "Lesezeit: für Kinder ab 8 Jahren"]
)
def test_sentences_about_reading_stay(line: str) -> None:
    """Only a number with its reading-time words, nothing else, is a reading time."""
    kept, removed, _hints = _take("A headline about the border talks", line, *BODY)
    assert line in kept and "reading_time" not in [r[0] for r in removed]


def test_a_time_zone_with_its_utc_offset_joins_the_time_to_the_date() -> None:
    """AP prints "Published 10:23 AM GMT+1, March 3, 2023": the offset is part of the zone, not other text."""
    kept, _removed, hints = _take(
        "Storm hits the coast", "By JANE DOE", "Published 10:23 AM GMT+1, March 3, 2023", *BODY
    )
    assert hints["date"] == "2023-03-03T10:23"
    assert kept == BODY


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        (
            ("By Emma Parker Reporter", "17:44, 6 MAR 2023", "Updated 18:02, 6 MAR 2023"),
            "Emma Parker",
            "2023-03-06T17:44",
        ),  # mirror
        (
            ("By JANE SMITH FOR MAILONLINE", "PUBLISHED: 10:23, 3 March 2023 | UPDATED: 11:45, 3 March 2023"),
            "Jane Smith",
            "2023-03-03T10:23",
        ),  # dm
        (
            ("By Jane Smith", "14:32, Fri, Mar 3, 2023 | UPDATED: 15:01, Fri, Mar 3, 2023"),
            "Jane Smith",
            "2023-03-03T14:32",
        ),  # express
        (("By Jane Smith, Political Editor", "3 March 2023 • 10:00pm"), "Jane Smith", "2023-03-03T22:00"),  # telegraph
        (
            ("Jane Smith", "Published Mar 3, 2023, 10:23am", "Updated Mar 3, 2023, 11:45am"),
            "Jane Smith",
            "2023-03-03T10:23",
        ),  # metro
        (
            ("Jane Smith", "Political reporter @janesmith", "Friday 3 March 2023 10:23, UK"),
            "Jane Smith",
            "2023-03-03T10:23",
        ),  # sky
        (("By Jane Doe, CNN", "Updated 6:12 PM EDT, Wed September 28, 2022"), "Jane Doe", "2022-09-28T18:12"),  # cnn
        (("By JANE DOE", "Published 10:23 AM GMT+1, March 3, 2023"), "Jane Doe", "2023-03-03T10:23"),  # ap
        (("By Jane Doe", "March 3, 2023, 10:23 a.m. ET"), "Jane Doe", "2023-03-03T10:23"),  # nyt
        (
            ("By Jane Doe and John Roe", "Published March 3, 2023 Updated March 4, 2023"),
            "Jane Doe; John Roe",
            "2023-03-03",
        ),  # nyt2
        (("By Jane Doe", "March 3, 2023 at 10:23 a.m. EST"), "Jane Doe", "2023-03-03T10:23"),  # wapo
        (("By Simon Jack", "Business editor", "Published", "3 March 2023"), "Simon Jack", "2023-03-03"),  # bbc
        (("Simon Jack", "Business editor, BBC News", "3 March 2023"), "Simon Jack", "2023-03-03"),  # bbc2
        (
            (
                "Denis Campbell Health policy editor",
                "Thu 9 Feb 2023 00.01 GMT",
                "Last modified on Thu 9 Feb 2023 10.12 GMT",
            ),
            "Denis Campbell",
            "2023-02-09T00:01",
        ),  # guardian
        (("Jane Smith", "3 March 2023"), "Jane Smith", "2023-03-03"),  # standard
        (
            ("Tom Barclay", "Published: 22:30, 3 Mar 2023", "Updated: 23:10, 3 Mar 2023"),
            "Tom Barclay",
            "2023-03-03T22:30",
        ),  # sun
        (("By Daily Mail Reporter", "Published: 22:30, 3 Mar 2023"), None, "2023-03-03T22:30"),  # desk
        (("By Mirror Online Reporter", "Published: 22:30, 3 Mar 2023"), None, "2023-03-03T22:30"),  # desk2
        (
            ("Sam Rkaina", "@samrkaina", "Monday 13 March 2023 14:20 GMT"),
            "Sam Rkaina",
            "2023-03-13T14:20",
        ),  # independent
        (
            ("By Jane Doe", "March 3, 2023 5:20 PM UTC", "Updated 2 hours ago"),
            "Jane Doe",
            "2023-03-03T17:20",
        ),  # reuters
        (
            ("Jane Doe", "March 3, 2023 at 10:23 AM GMT", "Updated on March 3, 2023 at 11:45 AM GMT"),
            "Jane Doe",
            "2023-03-03T10:23",
        ),  # bloomberg
        (("March 3, 2023, 10:23 AM GMT", "By Jane Doe"), "Jane Doe", "2023-03-03T10:23"),  # nbc
        (
            ("By JANE SMITH, CHIEF POLITICAL CORRESPONDENT FOR THE DAILY MAIL", "PUBLISHED: 10:23, 3 March 2023"),
            "Jane Smith",
            "2023-03-03T10:23",
        ),  # dm2
        (
            ("By JANE SMITH and JOHN ROE FOR DAILYMAIL.COM", "PUBLISHED: 10:23, 3 March 2023"),
            "Jane Smith; John Roe",
            "2023-03-03T10:23",
        ),  # dm3
        (("By ASSOCIATED PRESS", "PUBLISHED: 10:23, 3 March 2023"), "Associated Press", "2023-03-03T10:23"),  # dm4
        (("By JANE SMITH IN KYIV", "PUBLISHED: 10:23, 3 March 2023"), "Jane Smith", "2023-03-03T10:23"),  # dm5
        (("By Jane Doe | Fox News", "Published March 3, 2023 10:23am EST"), "Jane Doe", "2023-03-03T10:23"),  # fox
    ],
)
def test_header_styles_of_uk_and_us_publishers_give_author_and_date(
    header: tuple[str, ...], author: str | None, date: str
) -> None:
    """Each newsroom prints its byline and dateline its own way; every one leaves the body and becomes metadata."""
    result = clean("\n".join(("Council sets budget for the coming year", *header, *BODY)) + "\n", name="dump.txt")
    assert result.metadata.get("author") == author
    assert result.metadata.get("date") == date
    assert result.text.splitlines() == list(BODY)


@pytest.mark.parametrize(
    "labels",
    [
        ("Politics",),
        ("EXCLUSIVE",),
        ("LIVE",),
        ("UK News",),
        ("Skip to content", "News", "Sport", "Weather", "Menu"),
        ("The Northern Echo",),
    ],
)
def test_the_title_under_section_labels_kickers_and_menus_is_found_and_the_labels_go(labels: tuple[str, ...]) -> None:
    """A section name, a kicker, a menu or the site's name over the headline is no title: the headline under it
    is, and the labels leave the body with it."""
    title = "Council approves biggest tax rise in a decade"
    result = clean("\n".join((*labels, title, "By Jane Smith", *BODY)) + "\n", name="dump.txt")
    assert result.metadata["title"] == title
    assert result.text.splitlines() == list(BODY)


def test_a_dump_that_opens_with_a_subhead_over_body_text_keeps_it() -> None:
    """A dump that starts inside the article, at a subhead over paragraphs, has no title to find: all stays."""
    lines = ("Pensions", "Doctors", *BODY)
    result = clean("\n".join(lines) + "\n", name="dump.txt")
    assert result.metadata.get("title") is None
    assert result.text.splitlines() == list(lines)
