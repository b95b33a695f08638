"""Cut rules for junk glued mid-line (config/generic.toml): a wire's reporting credit, a photographer's name and
agency, a picture credit with its agency, a caption with a bracketed credit, an embedded post's "Image Copyright
@handle", a comment count, a notice that opens with a warning word in capitals, a script's namespace set-up or
closer, and a row of underscores between paragraphs. The junk goes; every body sentence beside it stays."""

from __future__ import annotations

from cleaner.pipeline import clean
from cleaner.rules import load_rulebook
from cleaner.split import split_glued

BODY = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12


def _split(line: str) -> tuple[str, ...]:
    rules = tuple(rule for rule in load_rulebook().generic.rules if rule.scope == "cut")
    return split_glued((BODY + line,), rules=rules)[0]


def test_wire_reporting_credit_is_cut_before_the_footer() -> None:
    """ "... - here) Reporting by A; additional reporting by B; Editing by C Our Standards: ...": the credit is a
    piece of its own and goes; "Reporting by local journalists revealed ..." is a sentence and stays whole."""
    credit = (
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and Gertrude "
        "Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler"
    )
    sentence = "Reporting by local journalists revealed the scandal in the city council last year."
    pieces = _split(f"(Graphic: Global assets in 2019 - here) {credit} Our Standards: The Trust Principles. {sentence}")
    assert credit in pieces
    assert sentence in pieces
    text = clean(BODY + f"Copper rose 0.9% to $5,880.00 a tonne. {credit} {sentence}\n", name="glued.txt").text
    assert "Rodrigo Campos" not in text
    assert "Copper rose 0.9% to $5,880.00 a tonne." in text


def test_bracketed_wire_credit_and_additional_reporting_are_cut() -> None:
    """ "(Reporting by Will Dunham; Editing by Tom Brown) © Reuters" and "Additional reporting by Joseph Hudak"
    glued before a capital are pieces of their own."""
    pieces = _split(
        "It will be exciting. (Reporting by Will Dunham; Editing by Tom Brown) © Reuters "
        "He left the band. Additional reporting by Joseph Hudak The Doobie Brothers Tour Dates"
    )
    assert "(Reporting by Will Dunham; Editing by Tom Brown)" in pieces
    assert "Additional reporting by Joseph Hudak" in pieces


def test_name_and_agency_credit_between_caption_and_text_goes() -> None:
    """ "... Mike Glass III Al Goldis, Associated Press Dekalb, Ill. — ..." and "Soccer ball on grass Jupiterimages,
    Getty Images/Creatas RF GIRLS BASKETBALL ...": the credit goes; "told Jim Smith, AP Sports ..." is a sentence."""
    pieces = _split(
        "Eastern Michigan quarterback Mike Glass III Al Goldis, Associated Press Dekalb, Ill. — Mike Glass threw for "
        "three touchdowns. Soccer ball on grass Jupiterimages, Getty Images/Creatas RF GIRLS BASKETBALL Palm Bay won. "
        "The coach told Jim Smith, AP Sports Writer, that the team was ready."
    )
    assert any(piece.endswith("Al Goldis, Associated Press") for piece in pieces)
    assert "Jupiterimages, Getty Images/Creatas RF" in pieces
    assert "The coach told Jim Smith, AP Sports Writer, that the team was ready." in pieces
    text = clean(BODY + " ".join(pieces[-4:]) + "\n", name="glued.txt").text
    assert "Goldis" not in text and "Jupiterimages" not in text
    assert "The coach told Jim Smith, AP Sports Writer, that the team was ready." in text


def test_picture_credit_takes_its_agency_and_handles_go() -> None:
    """ "... at ... more Photo: Damian Dovarganes, AP Photo: Damian Dovarganes, AP Image 1 of 23": each credit with
    its agency is a piece; "Image Copyright @AOC @AOC Report" too; the sentences after them stay."""
    line = (
        "Karma unveils its vehicle at ... more Photo: Damian Dovarganes, AP Photo: Damian Dovarganes, AP Image 1 of "
        "23 Close. They criticised the company. Image Copyright @AOC @AOC Report Big Machine have twice denied "
        "doing anything wrong. The label said it would release a statement on its website."
    )
    pieces = _split(line)
    assert pieces.count("Photo: Damian Dovarganes, AP") == 2
    assert "Image Copyright @AOC @AOC Report" in pieces
    text = clean(BODY + line + "\n", name="glued.txt").text
    assert "Dovarganes" not in text and "@AOC" not in text
    assert "Big Machine have twice denied doing anything wrong." in text


def test_underscore_rule_between_paragraphs_breaks_the_line() -> None:
    """ "... to his son.” ___ Associated Press writers ... contributed to this report.": the rule is a piece and
    the contributor line after it goes as a line of its own does."""
    line = (
        "Volker said the theory was wrong and he rejected it outright in the meeting with him.” ___ Associated Press "
        "writers Alan Fram and Zeke Miller contributed to this report."
    )
    pieces = _split(line)
    assert "___" in pieces
    text = clean(BODY + line + "\n", name="glued.txt").text
    assert "Zeke Miller" not in text
    assert "Volker said the theory was wrong and he rejected it outright in the meeting with him.”" in text


def test_comment_count_between_byline_and_first_sentence_goes() -> None:
    """ "... 9:40 Uhr Christoph Becker 71 Kommentare Vor knapp zwei Wochen ...": the count is a piece and goes, the
    sentence keeps its first word; "The post drew 71 comments on Facebook." is a sentence and stays whole."""
    sentence = "Vor knapp zwei Wochen stellten Microsoft und HTC das Smartphone erstmals vor."
    kept = "The post drew 71 comments on Facebook within an hour of going up on the site."
    pieces = _split(f"Christoph Becker 71 Kommentare {sentence} {kept}")
    assert "71 Kommentare" in pieces
    assert kept in pieces
    text = clean(
        BODY + f"Christoph Becker 71 Kommentare {sentence} {kept} The end came soon after.\n", name="g.txt"
    ).text
    assert "Kommentare" not in text
    assert sentence in text and kept in text


def test_capitals_notice_after_a_tag_list_goes_and_a_note_in_the_body_stays() -> None:
    """ "... stock car velopark ATENÇÃO: Comentários ... não serão aprovados pelo moderador.": the notice is a line
    of its own and comments_section drops it; "NOTE: The figures are provisional." is set apart but stays."""
    notice = "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador."
    note = "NOTE: The figures for the third quarter are provisional and may still change."
    pieces = _split(f"Tags calendario stock car 2018, stock car velopark {notice} The council approved it. {note}")
    assert notice in pieces and note in pieces
    text = clean(
        BODY + f"The race is in May. {notice} {note} The council will vote again in June.\n", name="g.txt"
    ).text
    assert "moderador" not in text
    assert note in text


def test_script_namespace_glued_after_a_sign_off_goes() -> None:
    """ "... POLITICAL EDITOR utag_data = window.utag_data || {} Editorial ...": the statement is a piece of its own
    and goes; the sentence after it stays."""
    sentence = "Editorial writers said the former prime minister was a relentless reformer and thinker."
    line = f"Memories of it would make him take notice. utag_data = window.utag_data || {{}} {sentence}"
    assert "utag_data = window.utag_data || {}" in _split(line)
    text = clean(BODY + line + " The paper said so on Monday.\n", name="g.txt").text
    assert "utag_data" not in text
    assert sentence in text


def test_caption_with_a_bracketed_credit_between_sentences_goes() -> None:
    """ "... in size (Image: GETTY ) “Other than coming out ...”": the caption and its credit go, the quotation after
    it stays whole; an agency's name left after the credit ("(Photo: Getty Images) Getty The Corrs’ ...") goes too."""
    quote = "“Other than coming out to surrender, I don’t see that there’s any viable option for them.”"
    sentence = "The Corrs’ song “Breathless” probably doesn’t refer to a duvet."
    line = (
        f"They have to face the consequences. The protests kicked off in June and have grown (Image: GETTY ) {quote} "
        f"How can a duvet affect your lungs? (Photo: Getty Images) Getty {sentence} It was a rare case."
    )
    pieces = _split(line)
    assert "The protests kicked off in June and have grown (Image: GETTY )" in pieces
    text = clean(BODY + line + "\n", name="g.txt").text
    assert "GETTY" not in text and "Getty" not in text
    assert quote in text and sentence in text


def test_script_closer_glued_before_the_first_sentence_goes() -> None:
    """ "}).call(exportz,exportz); }.bind(exportz))(exportz); Für alle, die ...": the closer goes, the sentence
    stays."""
    sentence = 'Für alle, die noch auf der Suche nach Erfüllung sind, kommt vielleicht "Ikigai" gerade recht.'
    line = f"Es war gut. }}).call(exportz,exportz); }}.bind(exportz))(exportz); {sentence}"
    assert "}).call(exportz,exportz); }.bind(exportz))(exportz);" in _split(line)
    body = "Die Stadt hat am Dienstag über den neuen Haushalt für das kommende Jahr beraten und abgestimmt. " * 12
    text = clean(body + line + " Die Methode kommt aus Japan und hilft vielen Menschen.\n", name="g.txt").text
    assert sentence in text
    assert "exportz" not in text
