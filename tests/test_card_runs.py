"""Runs of other stories' cards after the article go; the article's own timelines, people and subheads stay."""

from __future__ import annotations

from cleaner.heuristics import classify_lines
from cleaner.pipeline import clean

ARTICLE = (
    "The West Bank has long served as a testing ground for surveillance systems that track the movements of"
    " millions of Palestinians through cameras, checkpoints and phone apps.",
    "Since the war began in October, residents say they have been confined to their towns for days at a time,"
    " with roads closed and soldiers stationed at every junction.",
    "Human rights groups say the restrictions amount to collective punishment, while the army says they are"
    " needed to prevent attacks on soldiers and settlers in the territory.",
)
WRITER_CARDS = (
    "The Israel-Hamas War Is Drowning X in Disinformation",
    "People who have turned to X for breaking news are being hit with old videos and fake photos.",
    "David Gilbert",
    "Deepfake Audio Is a Political Nightmare",
    "British fact-checkers are racing to debunk a suspicious audio recording of the opposition leader.",
    "Morgan Meaker",
    "New York's Airbnb Ban Is Descending Into Pure Chaos",
    "People are listing short-term rentals on social media and lesser-known platforms.",
    "Amanda Hoover",
)
DATED_CARDS = (
    "10 things to know about tornadoes",
    "April 26, 2014 -- Updated 1358 GMT (2158 HKT)",
    "Here are 10 facts about one of nature's most powerful forces.",
    "Keep your phone charged in a power outage",
    "February 9, 2013 -- Updated 1057 GMT (1857 HKT)",
    "In our increasingly digital world, a phone is often a one-stop communication device.",
    "A tornado's heading your way: Now what?",
    "May 30, 2013 -- Updated 1531 GMT (2331 HKT)",
    "You have just heard that a tornado is headed directly toward you.",
    "Food in a weather emergency",
    "All you need to know about keeping your food safe to eat in the event of a weather emergency.",
    "What to know about tornadoes",
    "April 2, 2014 -- Updated 2011 GMT (0411 HKT)",
    "A tornado is a funnel-shaped cloud that forms under thunderclouds.",
)


def kept_after_article(tail: tuple[str, ...]) -> tuple[str, ...]:
    kept, _removed = classify_lines((*ARTICLE, *tail), language="en")
    return kept[len(ARTICLE) :]


def test_cards_signed_by_their_writers_after_the_article_go() -> None:
    assert kept_after_article(WRITER_CARDS) == ()


def test_dated_cards_after_the_article_go_a_question_headline_and_a_card_with_no_date_too() -> None:
    assert kept_after_article(DATED_CARDS) == ()


def test_two_cards_stay() -> None:
    assert kept_after_article(WRITER_CARDS[:6]) == WRITER_CARDS[:6]


def test_a_timeline_in_date_order_stays_though_no_colon_announces_it() -> None:
    timeline = (
        "First strike called at the depot",
        "March 3, 2023, Leeds",
        "Members voted by a large margin to walk out over pay.",
        "Talks collapse at Acas",
        "June 12, 2023, London",
        "The two sides left the talks without a deal.",
        "Second ballot won by the union",
        "December 1, 2023, Leeds",
        "The union renewed its mandate for another six months.",
    )
    assert kept_after_article(("Timeline", *timeline)) == ("Timeline", *timeline)


def test_a_timeline_opening_each_entry_with_its_date_stays() -> None:
    timeline = (
        "March 2014",
        "The first camera towers go up",
        "The army installs cameras along the main road into the city.",
        "August 2019",
        "Facial recognition reaches the checkpoints",
        "Soldiers begin photographing residents at every crossing.",
        "May 2021",
        "A new phone app for soldiers",
        "Troops are told to photograph as many residents as they can.",
    )
    assert kept_after_article(timeline) == timeline


def test_people_with_their_roles_and_words_stay() -> None:
    people = (
        "Maria Lopez",
        "Teacher at Springfield High School",
        "I have never seen the roads this empty in twenty years.",
        "Ahmed Saleh",
        "Shop owner in the old city",
        "We lost most of our customers in a single week.",
        "Laura Chen",
        "Nurse at the regional hospital",
        "Patients cannot reach us when the checkpoints close.",
        "Omar Haddad",
        "Taxi driver from the northern district",
        "Some days I drive for six hours and earn nothing.",
    )
    closing = "Few expect it to end soon."
    assert kept_after_article((*people, closing)) == (*people, closing)


def test_subheads_and_short_paragraphs_of_the_article_stay() -> None:
    sections = (
        "Cameras on every corner",
        "Residents say the cameras watch their homes day and night.",
        "Checkpoints that never close",
        "Some families now wait hours to reach their fields.",
        "A future under watch",
        "Few expect the restrictions to ease soon.",
    )
    assert kept_after_article(sections) == sections


def test_a_whole_page_loses_the_cards_but_not_the_article() -> None:
    page = "\n".join(
        ("Security", "Intensified Surveillance Has Put the West Bank on Lockdown", *ARTICLE, *WRITER_CARDS)
    )
    text = clean(page + "\n", name="a.txt").text
    assert all(paragraph in text for paragraph in ARTICLE)
    assert not any(line in text for line in WRITER_CARDS)


CUT_CARDS = (
    "Matas evita la cárcel hasta que el Gobierno resuelva su petición de indulto",
    "La Audiencia Provincial mantiene su criterio y suspende el ingreso en prisión del expresident Jaume [...]",
    "Concluyen los registros en Bilbao y San Sebastián en una operación contra ETA",
    "La Guardia Civil ha finalizado de madrugada los registros del despacho de la abogada Arantza [...]",
    "Bauzá apoya que se cambie el proyecto de ley del aborto pero no concreta en qué sentido",
    "El president del Govern, José Ramón Bauzá, se mostró ayer partidario de modificar la ley [...]",
)


def test_cards_whose_summaries_are_cut_short_go_but_two_stay() -> None:
    assert kept_after_article(CUT_CARDS) == ()
    assert kept_after_article(CUT_CARDS[2:]) == CUT_CARDS[2:]


def test_entries_told_by_relative_times_stay_a_live_blogs_for_all_one_can_tell() -> None:
    entries = (
        "Roads reopen in the north",
        "2 hours ago",
        "The army has lifted the closure of the main road into the northern towns.",
        "Schools stay closed",
        "3 hours ago",
        "Parents were told that classes will not resume before next week.",
        "Checkpoint queues grow",
        "5 hours ago",
        "Drivers report waits of up to four hours at the southern crossing.",
    )
    assert kept_after_article(entries) == entries


def test_a_programme_of_events_within_a_month_stays_out_of_order() -> None:
    events = (
        "Jazz in the Park returns",
        "Saturday, June 8, 2024, 7pm",
        "Bring a blanket and enjoy four bands on the main lawn.",
        "Street food fair on the quay",
        "Friday, June 7, 2024, noon",
        "Forty stalls serve dishes from around the world.",
        "Open studios in the old mill",
        "Sunday, June 9, 2024, 10am",
        "Local artists open their workshops to visitors.",
    )
    assert kept_after_article(events) == events
