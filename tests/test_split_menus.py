"""A site's menu glued in front of a glued line's first sentence: cut into labels, for the edge-menu runs."""

from __future__ import annotations

from dataclasses import replace

from cleaner.pipeline import clean
from cleaner.split import load_split_settings
from cleaner.split_menus import split_menu_stretches

_MENU = (
    "Verbraucherportal Menü des Verbraucherschutzportals Konsum im Alltag Unternavigationspunkte Meine Rechte bei "
    "Verbraucherverträgen AGB Informationspflichten Widerrufsrecht Katalogbestellungen Haustürgeschäfte Garantie und "
    "Gewährleistung Kostenfallen im Internet Unerlaubte Telefonwerbung Ungerechtfertigte Rechnungen Inkasso: "
    "Unseriöse Geschäftspraktiken Restschuldbefreiung Nachhaltiger Konsum Verbraucherzentralen Schlichtung Stiftung "
    "Warentest Verbraucherbildung Verbraucherforschung Mieterschutz Baurecht Verbraucherservice Energie "
    "Lieferantenwechsel Impressum"
)
_FIRST = (
    "Ob Energie, Finanzen oder Telekommunikation: überall finden sich Preisanpassungsklauseln in den Verträgen der "
    "Unternehmen, die Verbraucherinnen und Verbraucher abschließen."
)
_BODY = [
    "Falls Sie kürzlich einen Kreditvertrag abgeschlossen oder den Stromanbieter gewechselt haben, sind Sie dabei "
    "vielleicht auf so genannte Preisanpassungsklauseln gestoßen.",
    "Sie räumen Unternehmern das Recht ein, Preise während der Vertragslaufzeit anzupassen, das heißt in der Regel "
    "zu erhöhen.",
    "Diese Klauseln sind bei Dauerschuldverhältnissen grundsätzlich zulässig, bei anderen Verträgen aber unwirksam, "
    "wenn die Ware innerhalb von vier Monaten geliefert werden soll.",
    "Bei konkreten Fragen zu Preisanpassungsklauseln können Sie sich an die Verbraucherzentralen in den sechzehn "
    "Bundesländern wenden, die Beratung und Information anbieten.",
]


def test_a_menu_glued_before_the_first_sentence_goes_and_the_article_stays() -> None:
    """Glued into one line, a ministry's menu of 50 link labels sits in front of the article's first sentence as one
    piece: cut into its labels it is a run the edge-menu heuristic drops, as it does in the line-by-line dump; the
    first sentence and the rest of the article stay whole."""
    text = clean(" ".join([_MENU, _FIRST, *_BODY]) + "\n", name="konsum.txt").text
    assert "Unseriöse Geschäftspraktiken" not in text
    assert "Verbraucherforschung" not in text
    assert "Unternavigationspunkte" not in text
    for sentence in [_FIRST, *_BODY]:
        assert sentence in " ".join(text.split()), sentence


def test_the_stretch_ends_before_the_sentence_glued_after_it() -> None:
    """The labels end before the last three capitalised words of their last capitalised run: the sentence after
    them may open with a name ("Young Most Snopes assignments begin ...") and keeps it."""
    labels = " ".join(["Editorial", *[f"{first} {last}" for first, last in _STAFF], "Operations", "Chad Ort Elyssa"])
    sentence = "Young Most Snopes assignments begin when readers ask us, “Is this true?”"
    pieces = split_menu_stretches([f"{labels} {sentence}"], load_split_settings().menus)
    assert pieces[-1] == sentence
    assert "Editorial" in pieces and "Operations" in pieces
    assert all(len(piece.split()) <= load_split_settings().menu_label_max_words for piece in pieces[:-1])


_STAFF = [
    ("David", "Mikkelson"),
    ("Doreen", "Marchionni"),
    ("David", "Emery"),
    ("Bond", "Huberman"),
    ("Jordan", "Liles"),
    ("Alex", "Kasprak"),
    ("Dan", "Evon"),
    ("Dan", "MacGuill"),
    ("Bethania", "Palma"),
    ("Liz", "Donaldson"),
    ("Vinny", "Green"),
    ("Ryan", "Miller"),
    ("Chris", "Reilly"),
    ("Brooke", "Binkowski"),
    ("Kim", "LaCapria"),
    ("Arturo", "Garcia"),
    ("Jessica", "Lee"),
    ("Madison", "Dapcevich"),
]


def test_prose_fields_and_short_stretches_are_no_menu() -> None:
    """A long sentence with few capitals, a product's fields (a colon every few words), a stretch that ends in
    prose (a run of lower-case words) before min_words, and any stretch when menu_min_words is 0, stay one piece."""
    shape = load_split_settings().menus
    prose = (
        "The committee said on Monday that it would not look again at the plans for the new bridge over the river "
        "until the engineers had finished the survey that the council asked for last year and published it."
    )
    fields = (
        "Ohrringe: Leaf Combo Zoeca Earcuff: Zoeca Kreole: Stella Hoops Kreole + Charm: Lui Lu Ohrring mit Mond: "
        "Zoeca Earcuff: Zoeca Helix Kreole: Lui Lu Dezent Creolen: Zoeca Bling Hug Ear Cuff: Daisy Rosegold Kette: "
        "Zoeca Moon Armband: Lui Lu Star Ring: Zoeca Sun Set Ohrstecker: Zoeca Leaf Silber Farbe Gold"
    )
    short = "Home News Sport Weather Politics Business Culture and she went on to say that it was all over now."
    for piece in (prose, fields, short):
        assert split_menu_stretches([piece], shape) == [piece]
    assert split_menu_stretches([_MENU], replace(shape, min_words=0)) == [_MENU]


def test_counted_entries_stay_whole_labels() -> None:
    """A category list with post counts ("Holiday Season (12)") is cut after each count, so each entry is one line
    the counted-list rule knows."""
    entries = [
        "A Node.JS Holiday Season (12)",
        "Accessibility (1)",
        "Add-ons (16)",
        "Animations (7)",
        "Apps (94)",
        "Ask MDN (3)",
        "Bleeding edge (12)",
        "Boot to Gecko (B2G) (12)",
        "Brick (2)",
        "BrowserID (4)",
        "Canvas (44)",
        "Challenge (9)",
        "Conferences (36)",
        "Cordova (1)",
        "Debugging (11)",
        "Demo Studio (11)",
        "Dev Derby (56)",
        "Developer Tools (73)",
        "Documentation (8)",
        "Web Developer Tools (6)",
        "Firefox OS (120)",
        "Game Development (24)",
        "Open Web Apps (27)",
        "Performance (22)",
    ]
    assert split_menu_stretches([" ".join(entries)], load_split_settings().menus) == entries


def test_words_of_a_script_with_no_case_are_no_labels() -> None:
    """Japanese headlines glued with spaces between them (no capitals; a 、 inside one marks a clause) are judged
    by their cased words alone: too few to be a menu, they stay one piece."""
    pair = ["高速道路SAやPAの公衆無線LANアカウントを共通化--利用制限の撤廃も", "絶対にギークしか買わない32枚のTシャツ"]
    headlines = " ".join(pair * 20)
    assert split_menu_stretches([headlines], load_split_settings().menus) == [headlines]
    headlines = " ".join(["NEXCO3社、高速道路SAやPAの公衆無線LANアカウントを共通化", *pair] * 20)
    assert split_menu_stretches([headlines], load_split_settings().menus) == [headlines]
