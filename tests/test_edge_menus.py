"""Menus and sidebars at a dump's edges go; the article's own lists, tables and headline stay."""

from __future__ import annotations

from itertools import pairwise

from cleaner.heuristics import classify_lines
from cleaner.pipeline import clean

LEAD = (
    "Ob Energie, Finanzen oder Telekommunikation: überall finden sich Preisanpassungsklauseln, und hier erfahren "
    "Sie, was Sie dabei beachten müssen."
)
BODY = (
    "Preisanpassungsklauseln dürfen Verbraucherinnen und Verbraucher nicht unangemessen benachteiligen, "
    "andernfalls sind die Klauseln unwirksam."
)
MENU = (
    "Verbraucherportal",
    "Konsum im Alltag",
    "Meine Rechte bei Verbraucherverträgen",
    "Informationspflichten",
    "Widerrufsrecht",
    "Katalogbestellungen",
    "Download und Streaming von digitalen Inhalten",
    "Haustürgeschäfte",
    "Garantie und Gewährleistung",
    "Kostenfallen im Internet",
    "Finanzen & Versicherungen",
    "Urlaub & Reisen",
)
HEADER = ("Thema Verbraucherschutz", "Mehr Transparenz bei Preisanpassungen")
SIDEBAR = (
    "Machine learning and data mining",
    "Problems",
    "Classification",
    "Clustering",
    "Regression",
    "Anomaly detection",
    "Association rules",
    "Reinforcement learning",
    "Structured prediction",
    "Conditional random field",
    "Hidden Markov model",
)


def rules_of(lines: tuple[str, ...]) -> dict[str, str]:
    """Each removed line with the rule that removed it."""
    return {removal.text: removal.rule for removal in classify_lines(lines, language="de")[1]}


def test_a_menu_above_the_article_goes_but_the_headline_right_above_it_stays() -> None:
    """A long run of link labels before the first paragraph is a menu; the last lines above the paragraph are
    the article's kicker and headline."""
    kept, removed = classify_lines((*MENU, *HEADER, LEAD, BODY), language="de")
    assert kept[-4:] == (*HEADER, LEAD, BODY)
    assert {r.text for r in removed if r.rule == "edge_menu"} >= set(MENU[:-1])


def test_a_sidebar_after_the_article_goes() -> None:
    """A long run of short labels after the last paragraph (a navigation box, a footer's links) goes."""
    kept, removed = classify_lines((LEAD, BODY, *SIDEBAR), language="en")
    assert kept == (LEAD, BODY)
    assert {r.rule for r in removed} == {"edge_menu"}


def test_short_runs_and_lists_between_paragraphs_stay() -> None:
    """The article's list of subheads between its paragraphs, and a run too short to be a menu, stay."""
    lines = (LEAD, *SIDEBAR, BODY, *SIDEBAR[:5])
    assert "edge_menu" not in rules_of(lines).values()


def test_an_announced_list_a_table_or_a_list_of_items_shaped_alike_ends_the_article() -> None:
    """After the last paragraph, a list it announces with a colon, a product's table of fields and a list of
    results shaped alike are the article's."""
    announced = (LEAD, BODY[:-1] + ":", *SIDEBAR)
    fields = (LEAD, BODY, *(line for pair in pairwise(MENU) for line in (pair[0] + ":", pair[1])))
    table = (LEAD, BODY, *(f"{label} | {value}" for label, value in zip(MENU[:-1], SIDEBAR, strict=True)))
    results = (
        LEAD,
        BODY,
        *(
            f"{team} (Group {letter}): {n}th appearance"
            for n, (team, letter) in enumerate(zip(SIDEBAR, "ABCDEFGHIJK", strict=True), start=4)
        ),
    )
    for lines in (announced, fields, table, results):
        assert "edge_menu" not in rules_of(lines).values(), lines[-1]


def test_without_a_paragraph_nothing_is_placed() -> None:
    """A dump with no paragraph (a list page) has no edge to read a menu from."""
    assert "edge_menu" not in rules_of((*MENU, *SIDEBAR)).values()


def test_a_tag_list_outside_the_article_goes_but_an_enumeration_inside_it_stays() -> None:
    """A line of comma-separated labels under the headline or after the article is the post's tags; the same line
    between paragraphs, a line of longer credits and a sentence listing names stay."""
    tags = "Aus den Ländern, Blog, sonstiges, Termine"
    credits = "Choreographer Jeong Hye Jin, Art Director Park Dong Woo, Lighting Design Sin Ho, Video Design Jeong Jae"
    sentence = "Anwesend waren Müller, Schmidt, Weber, Fischer."
    assert rules_of((tags, LEAD, BODY)) == {tags: "edge_tag_list"}
    assert rules_of((LEAD, BODY, tags)) == {tags: "edge_tag_list"}
    assert rules_of((LEAD, tags, BODY)) == {}
    assert "edge_tag_list" not in rules_of((LEAD, BODY, credits)).values()
    assert "edge_tag_list" not in rules_of((sentence, LEAD, BODY)).values()


CARDS = (
    "Digital Life",
    "Uber erleidet Rückschlag vor Gericht",
    "Der Fahrtdienst ist mit einem Antrag gegen die Taxizentrale beim Handelsgericht Wien abgeblitzt.",
    "B2B",
    "Waymo bittet Autohersteller um Geld",
    "Die Google-Schwesterfirma sucht nach Investoren aus der Automobilbranche für ihre Autos.",
    "B2B",
    "Uber-Konkurrent Lyft gelingt milliardenschwerer Börsengang",
    "Beim Börsendebüt hat das US-Unternehmen knapp 2,3 Milliarden Dollar eingenommen.",
)


def test_a_strip_of_teaser_cards_ending_the_dump_goes() -> None:
    """Three kicker, headline and summary cards in a row at the dump's end are other stories."""
    kept, removed = classify_lines((LEAD, BODY, *CARDS), language="de")
    assert kept == (LEAD, BODY)
    assert {r.rule for r in removed} == {"teaser_strip"}


def test_cards_followed_by_the_article_or_too_few_stay() -> None:
    """Cards with article text after them, or only two of them, stay: subheads over paragraphs look alike."""
    assert "teaser_strip" not in rules_of((LEAD, *CARDS, BODY)).values()
    assert "teaser_strip" not in rules_of((LEAD, BODY, *CARDS[3:])).values()


def test_a_teaser_card_signed_with_a_byline_goes_inside_or_after_the_article() -> None:
    """Kicker, headline, summary and byline after the first paragraph are another story's teaser; the same
    shape above the first paragraph is the article's own header and stays."""
    card = (
        "Nach Zugunfällen",
        "Dieser Mann setzt die Deutsche Bahn unter Druck",
        "Daniel Scheerer hat seine Mutter beim Zugunglück verloren.",
        "Von Markus Balser und Julian Erbersdobler, Berlin, und Thomas Fromm",
    )
    kept, removed = classify_lines((LEAD, *card, BODY), language="de")
    assert kept == (LEAD, BODY)
    assert {r.rule for r in removed} == {"bylined_teaser_card"}
    assert "bylined_teaser_card" not in rules_of((*card, LEAD, BODY)).values()


def test_a_subhead_and_paragraph_before_a_sentence_opening_like_a_byline_stay() -> None:
    """A subhead over a paragraph, followed by a line that starts "Von" but is a sentence, is the article's."""
    lines = (LEAD, "Neu", "Die Regeln im Überblick", "Das Gericht hat entschieden.", "Von Montag an gilt die Regel.")
    assert "bylined_teaser_card" not in rules_of((*lines, BODY)).values()


WHOLE_PAGE_ARTICLE = (
    "Thousands of homes were without power on Thursday after a storm brought winds of up to 80 mph to the coast.",
    "The National Weather Service issued a high wind warning for much of the region, which lasts until Friday.",
    "Officials said crews had restored power to about half of the homes by the evening, and more would follow.",
    "The storm is expected to move out to sea overnight, bringing calmer weather for the weekend, forecasters said.",
)
SITE_MENU = (
    "World", "Africa", "Americas", "Asia", "Australia", "China", "Europe", "India", "Middle East",
    "United Kingdom", "US Politics", "Business", "Markets", "Tech", "Media", "Health", "Fitness", "Food",
)  # fmt: skip
FOOTER_PARAGRAPH = (
    "Our newsroom brings you the stories that matter from around the world, every day of the year, for free."
)


def test_on_a_whole_page_the_menus_past_a_menu_that_parts_the_paragraphs_go() -> None:
    """A whole page's text: the article, the site's menu, a footer's paragraph, the footer's links. The article
    is the part with the most paragraph text; the menus after it go although a paragraph follows them."""
    lines = (*WHOLE_PAGE_ARTICLE, *SITE_MENU, FOOTER_PARAGRAPH, *SIDEBAR)
    kept, removed = classify_lines(lines, language="en")
    assert kept[: len(WHOLE_PAGE_ARTICLE)] == WHOLE_PAGE_ARTICLE
    edge = {r.text for r in removed if r.rule == "edge_menu"}
    assert edge >= set(SITE_MENU) | set(SIDEBAR)


def test_a_run_too_short_to_part_the_page_leaves_the_article_whole() -> None:
    """Fewer entries than menu_wall_min_items between paragraphs are the article's: nothing goes as a menu."""
    lines = (*WHOLE_PAGE_ARTICLE[:2], *SITE_MENU[:12], *WHOLE_PAGE_ARTICLE[2:], FOOTER_PARAGRAPH)
    assert "edge_menu" not in rules_of(lines).values()


SIGN_IN_MESSAGES = ("Sorry, an error has occurred.", "Looks like this account already exists.")
POLL_CANDIDATES = tuple(f"{first} {last}" for first, last in zip(
    ("Anna", "Olga", "Maria", "Elena", "Daria", "Irina", "Vera", "Nina", "Alla", "Yana", "Lena", "Emma", "Olesya",
     "Kira", "Zoya", "Inna"),
    ("Kaplar", "Pankova", "Astakhova", "Ilina", "Fisenko", "Belko", "Ershova", "Manakova", "Kalugina", "Lutsan",
     "Osepchuk", "Merkurova", "Snizhevskaya", "Kuprina", "Levitskaya", "Yanchenko"),
    strict=True,
))  # fmt: skip


def test_the_site_menu_printed_again_after_the_article_ends_it() -> None:
    """A menu after the last paragraph that repeats the site's menu above the article is the page's foot: it
    goes, and so do the sign-in form's messages past it (good sentences, but no part of the article)."""
    lines = (*SITE_MENU, *WHOLE_PAGE_ARTICLE, *SITE_MENU, *SIGN_IN_MESSAGES)
    kept, removed = classify_lines(lines, language="en")
    assert kept == (*SITE_MENU[-3:], *WHOLE_PAGE_ARTICLE)  # above, the last entries may be the article's header
    assert {r.text for r in removed if r.rule == "edge_menu"} == set(SITE_MENU)


def test_footer_columns_after_the_article_end_it() -> None:
    """Two menus after the last paragraph are a footer's columns of links: the lines past them go too."""
    heading = "Our authors and the editors who work with them every day"  # a column's heading parts the menus
    lines = (*WHOLE_PAGE_ARTICLE, *SITE_MENU, heading, *POLL_CANDIDATES, *SIGN_IN_MESSAGES)
    kept, _removed = classify_lines(lines, language="en")
    assert kept == WHOLE_PAGE_ARTICLE


def test_one_list_after_the_last_paragraph_and_the_sentence_after_it_stay() -> None:
    """One long run of short lines after the last paragraph, seen nowhere above, may be the article's own list (a
    poll's candidates): it and the sentence after it stay."""
    closing = "Vote for your favourite food blogger of the year!"
    lines = (*SITE_MENU, *WHOLE_PAGE_ARTICLE, *POLL_CANDIDATES, closing)
    kept, _removed = classify_lines(lines, language="en")
    assert kept[-len(POLL_CANDIDATES) - 1 :] == (*POLL_CANDIDATES, closing)


OTHER_STORIES = (
    "Houthis dismiss US threats and vow to intensify operations in the Red Sea",
    "Four Alberta churches burned down in the weeks before Christmas",
    "Serbia thanks Russian spies for warning about color revolution attempt",
    "Santa Claus shot down over the city by an air defence system, residents say",
    "Supreme Court declines to issue expedited ruling on the immunity case",
    "Tanker hit off India coast by drone from Iran, says US",
    "Biden emailed son's business associate 54 times, Republicans claim",
    "Ancient Roman home with 'unparalleled' mosaic found near Colosseum",
    "Korean lunar orbiter reveals Moon's far side is inexplicably more conductive",
    "The world's first human brain-scale supercomputer will go live next year",
    "Reindeer's blue eyes act as night vision goggles to help them find food",
    "Astronomers detect almost 100 new extremely metal-poor galaxies",
    "Extremely rare dolphin with 'thumbs' photographed in Greek gulf",
    "Hidden impacts of ferocious volcanic eruption finally revealed by scientists",
    "Heavy rainfall floods streets and causes mudslides across Southern California",
    "Lightning strike kills five farm workers in Indonesia on Monday",
)


def test_a_list_of_other_stories_headlines_parts_the_page_and_goes() -> None:
    """Fifteen headlines or more in a row, no sentence among them, part a whole page like a menu: after the
    article they go, though a footer's paragraph follows them."""
    lines = (*WHOLE_PAGE_ARTICLE, *OTHER_STORIES, FOOTER_PARAGRAPH)
    kept, removed = classify_lines(lines, language="en")
    assert kept[: len(WHOLE_PAGE_ARTICLE)] == WHOLE_PAGE_ARTICLE
    assert {r.text for r in removed if r.rule == "edge_menu"} == set(OTHER_STORIES)


def test_product_cards_between_the_paragraphs_stay() -> None:
    """An affiliate article's product cards (a name, its features, a price, "Buy Now") are as long a run of short
    lines, but built alike card after card: no wall, and nothing of them goes."""
    cards = (
        tuple(
            line
            for product, price in (("Apple AirPods Pro", "$234.98"), ("Apple Watch Series 3", "$169.99"))
            for line in (
                product,
                "Active noise cancellation for immersive sound all day long",
                "Sweat and water resistant for your daily workouts and runs",
                "Quick access to Siri by saying the words out loud",
                "Easy setup for all your Apple devices at home or at work",
                "Up to 24 hours of battery life with the charging case",
                f"{product} with Charging Case (Latest Model)",
                price,
                "Available from Amazon",
                "Buy Now",
            )
        )
        * 2
    )
    lines = (WHOLE_PAGE_ARTICLE[0], *cards, *WHOLE_PAGE_ARTICLE[1:])
    kept, _removed = classify_lines(lines, language="en")
    assert kept == lines


def test_a_products_fields_after_the_article_stay_though_a_review_form_follows() -> None:
    """A product's fields ("Farbe: grün") after the last paragraph, then a review form's labels ("1 Stern"): as
    long a run of short lines as a wall, but no headlines among them; the fields, shaped like a list, stay."""
    article = (
        "Das Lager mit XADO-Fett füllen, so dass 50% des Lagervolumens gefüllt sind.",
        "Dieses Fett ist wieder herstellend und eignet sich vor allem zum besonders effektiven Schutz gegen "
        "Verschleiß bei Lagern bis 10.000 U/min.",
        "Für Bauteile, bei denen das Fett regelmäßig ersetzt wird, künftig das XADO-Schutzfett verwenden.",
    )
    fields = (
        "Farbe: grün",
        "Verdicker/Basisöl: Li-Seifen/Mineralöl",
        "Penetration: 220 – 250",
        "Gebrauchstemperaturbereich: -40 ... +120 °C",
        "Lieferbar: 12 ml, 125 ml, 450 ml, 1 L",
    )
    form = (
        "Zusatzinformation", "Zusatzinformation", "Marke", "XADO", "Inhalt", "125 ml", "Bewertungen",
        "Schreiben Sie Ihre eigene Kundenmeinung", "1 Stern", "2 Sterne", "3 Sterne", "4 Sterne", "5 Sterne",
        "Qualität",
    )  # fmt: skip
    kept, _removed = classify_lines((*article, *fields, *form), language="de")
    assert kept[: len(article) + len(fields)] == (*article, *fields)


def test_a_most_read_list_with_its_ranks_goes_after_the_article() -> None:
    """A "most read" list numbers its headlines ("1", "2"): the ranks are no price nor a card's repeated label,
    and the list goes after the article like one without them."""
    ranked = tuple(line for rank, headline in enumerate(OTHER_STORIES[:9], 1) for line in (str(rank), headline))
    lines = (*WHOLE_PAGE_ARTICLE, *ranked, *ranked[:6], FOOTER_PARAGRAPH)  # the ranks come back in a second list
    kept, removed = classify_lines(lines, language="en")
    assert kept[: len(WHOLE_PAGE_ARTICLE)] == WHOLE_PAGE_ARTICLE
    assert {r.text for r in removed if r.rule == "edge_menu"} >= set(OTHER_STORIES[:9])


COMMENT = (
    "Thanks for this detailed account of the storm, I had no idea the coast had been hit so hard this time around."
)


def test_short_lines_between_the_lists_past_the_article_go_and_sentences_stay() -> None:
    """A whole page whose lists part what follows the article (the site's menu, other stories' headlines): the
    short lines between and after them go, a reader's comment and the footer's blurb (sentences) stay."""
    labels = ("Picture of the Day", "Quote of the Day")
    commenter = "Highland Fleet Lute"
    reply = "Thanks for reading, and for your kind words: our reporters were out on the coast all night long."
    lines = (
        *WHOLE_PAGE_ARTICLE, *SITE_MENU, COMMENT, *labels, reply, *OTHER_STORIES, COMMENT, commenter, FOOTER_PARAGRAPH,
    )  # fmt: skip
    kept, removed = classify_lines(lines, language="en")
    assert kept == (*WHOLE_PAGE_ARTICLE, COMMENT, reply, COMMENT, FOOTER_PARAGRAPH)
    assert {r.text for r in removed if r.rule == "past_article_part"} == {*labels, commenter}


def test_past_one_list_inside_the_article_its_subhead_stays() -> None:
    """One long run of short lines parts the article: what follows it may be the article's own, and its subhead
    stays."""
    subhead = "What happens next"
    closing = "Forecasters expect the next storm to reach the coast on Monday, and crews are already preparing for it."
    last = "It would be the third storm to hit the town this month."
    lines = (*WHOLE_PAGE_ARTICLE, *SITE_MENU, closing, subhead, last)
    kept, _removed = classify_lines(lines, language="en")
    assert kept[-3:] == (closing, subhead, last)


_CLOSING_LISTS_BODY = (
    "The dispute between the union and the rail operator has run for more than a year, with strikes, ballots and"
    " talks that repeatedly broke down before a deal was finally reached this week.\n"
    "Here is how the main moments of the dispute unfolded over the past eighteen months, as the two sides moved"
    " from open conflict to an agreement:\n"
)


def test_an_articles_own_dated_timeline_at_its_end_stays() -> None:
    """A timeline closing the article (a headline, a date line and a sentence, again and again) is shaped like a
    related-stories box of dated cards, but it is the article's: every entry stays."""
    entries = [
        ("First strike called", "March 3, 2023, Leeds", "Members voted by a large margin to walk out over pay."),
        ("Talks collapse at Acas", "June 12, 2023, London", "The two sides left the talks without a deal."),
        ("Second ballot won", "December 1, 2023, Leeds", "The union renewed its mandate for another six months."),
        ("Deal agreed in London", "May 20, 2024, London", "Members accepted an offer worth nine per cent."),
    ]
    timeline = "".join(f"{title}\n{when}\n{what}\n" for title, when, what in entries)
    text = clean(f"How the dispute unfolded\nBy Jane Roe\n{_CLOSING_LISTS_BODY}{timeline}", name="a.txt").text
    for title, when, what in entries:
        assert title in text and when in text and what in text


def test_a_table_after_the_last_paragraph_stays() -> None:
    """Table rows after the article's last paragraph, written as the HTML and Markdown readers write them (cells
    parted by " | ", no bars at the ends), are the article's data, not a footer's row of links."""
    rows = [
        "Party | Seats won | Change",
        "Labour | Twelve seats | Two gained",
        "Conservative | Nine seats | One lost",
        "Independents | Four seats | One gained",
    ]
    table = "".join(f"{row}\n" for row in rows)
    text = clean(f"Council election results\nBy Jane Roe\n{_CLOSING_LISTS_BODY}{table}", name="a.txt").text
    for row in rows:
        assert row in text
