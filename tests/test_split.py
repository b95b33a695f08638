"""Tests for cleaner.split: glued single-line dumps are cut into sentences, junk spans into lines of their own."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from cleaner.config import CleanConfig
from cleaner.errors import ConfigError
from cleaner.model import Result
from cleaner.pipeline import clean
from cleaner.rules import default_config_dir, load_rulebook
from cleaner.scoring import DocScore, GoldDoc, parse_gold, score_document
from cleaner.split import split_glued

SEEDS = Path(__file__).parent / "data" / "seeds"
BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12


def _split(line: str) -> tuple[str, ...]:
    book = load_rulebook()
    rules = tuple(rule for rule in book.generic.rules if rule.scope == "cut")
    return split_glued((line,), rules=rules)[0]


def test_teaser_glued_mid_line_is_cut_with_its_headline() -> None:
    """ "READ MORE: <headline>" inside a sentence run becomes its own line, up to where the body resumes."""
    line = (
        "Russian forces retreated from the city last week. READ MORE: Putin facing worst defeat since WW2 "
        "BBC journalist Will Vernon noted that the retreat was chaotic. He added that more was to come."
    )
    pieces = _split(line)
    assert "READ MORE: Putin facing worst defeat since WW2" in pieces
    assert any(piece.startswith("BBC journalist Will Vernon noted") for piece in pieces)


def test_dont_miss_block_with_tags_is_cut_into_headlines() -> None:
    """A glued DON'T MISS block gives one line per [TAG] headline, and the body sentence after it stays whole."""
    line = (
        f"{BODY}DON’T MISS: Water contamination: Urgent alert as Britons warned to boil water [REPORT] "
        "RAF ridiculed over new ‘Star Trek’ uniforms [REACTION] “Hopefully it won’t come to that,” he said."
    )
    pieces = _split(line)
    assert "Water contamination: Urgent alert as Britons warned to boil water [REPORT]" in pieces
    assert "RAF ridiculed over new ‘Star Trek’ uniforms [REACTION]" in pieces
    assert "“Hopefully it won’t come to that,” he said." in pieces


def test_glued_bullets_split_at_sentence_starters_only() -> None:
    """ "targetedAnd he said" splits before the starter; iPhone and McDonald's are left alone."""
    line = BODY + "He warned Putin he would respond if Americans were targetedAnd he said an iPhone at McDonald's rang."
    pieces = _split(line)
    assert "He warned Putin he would respond if Americans were targeted" in pieces
    assert "And he said an iPhone at McDonald's rang." in pieces


def test_short_lines_are_left_alone() -> None:
    """Ordinary paragraph lines are not split into sentences."""
    line = "The minister spoke. Then he left. Nobody followed him."
    assert _split(line) == (line,)


def test_a_short_dump_glued_into_one_line_is_split_but_a_paragraph_beside_others_is_not() -> None:
    """A 600-character article that is the whole dump is cut into sentences (its script goes, its text stays);
    the same paragraph beside a few other lines is a paragraph, left whole."""
    article = (
        "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has been found in "
        "Santa Fe, New Mexico. The Santa Fe Animal Shelter announced this week that Sasha the black cat was "
        "recently found wandering the streets of New Mexico’s capital. American Airlines offered to fly the cat "
        "to Portland, along with a member of the Santa Fe Animal Shelter. Officials will present the animal to "
        "Viktor Usov, the cat’s original owner. Usov says the family thought they’d never see the cat again."
    )
    book = load_rulebook()
    rules = tuple(rule for rule in book.generic.rules if rule.scope == "cut")
    lines, removed = split_glued((f'/*<![CDATA[*/hearstPlaceAd("TMP300_3");/*]]>*/ {article}',), rules=rules)
    assert "Usov says the family thought they’d never see the cat again." in lines
    assert [r.rule for r in removed] == ["markup_comment_span", "script_span", "markup_comment_span"]
    beside = ("Cat found after five years", "Published Nov 20, 2019", article, "Share this story", "More from AP")
    assert split_glued(beside, rules=rules)[0] is beside


def test_a_long_line_of_script_is_not_glued_prose() -> None:
    """A long script line (JSON, document.write) is not cut into sentences: it is cut out whole, one removal."""
    line = "var data = {" + ", ".join(f'"k{n}": "Some caption text. More text here."' for n in range(80)) + "};"
    book = load_rulebook()
    lines, removed = split_glued((line,), rules=tuple(rule for rule in book.generic.rules if rule.scope == "cut"))
    assert lines == ()
    assert [(r.text, r.rule) for r in removed] == [(line, "script_span")]


def _cleaned_glued_seed(stem: str) -> tuple[GoldDoc, Result, DocScore]:
    """The seed's gold, and the seed with its lines joined by spaces cleaned and scored against it."""
    raw = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    glued = " ".join(line.strip() for line in raw.splitlines() if line.strip())
    gold = parse_gold(
        (SEEDS / f"{stem}.gold.txt").read_text(encoding="utf-8"), json.loads((SEEDS / f"{stem}.gold.json").read_text())
    )
    result = clean(glued, name=f"{stem}.txt", config=CleanConfig())
    return gold, result, score_document(result.text, gold, result.metadata)


@pytest.mark.parametrize(
    "stem", ["000_40c3e950edd16ec3", "002_b626d4d4c673a376", "003_c9127f5d8705b163", "004_0e82c2f87fd6945f"]
)
def test_seed_glued_into_one_line_cleans_as_well_as_the_original(stem: str) -> None:
    """A seed dump whose lines are joined by spaces keeps its body and leaks nothing but the caption the body
    itself repeats (seed 000's first line is a prefix of its first paragraph)."""
    gold, result, score = _cleaned_glued_seed(stem)
    unavoidable = {line for line in gold.removed_lines if any(line in body for body in gold.required)}
    assert set(score.leaks) <= unavoidable
    assert score.losses == ()
    assert score.f1 >= 0.99
    assert len(result.text.splitlines()) > 10


def test_daily_mail_glued_keeps_its_body() -> None:
    """The glued Daily Mail seed loses no body line (its unpunctuated captions glued to sentences may stay)."""
    _gold, result, score = _cleaned_glued_seed("001_b34158107f69da0f")
    assert score.losses == ()
    assert score.f1 >= 0.88
    assert not any("<!" in line or "loadCSS" in line for line in result.text.splitlines())


def test_abbreviations_end_no_sentence_but_a_date_before_a_capital_does() -> None:
    """ "St. Petersburg" and "Feb. 14" stay whole; a caption ending in a date glued to the next caption is cut."""
    line = BODY + (
        "Tanks take part in a drill in St. Petersburg, Russia on February 14, 2022 "
        "In this photo taken by Mr. Smith on Feb. 14, 2022, soldiers practice."
    )
    pieces = _split(line)
    assert "Tanks take part in a drill in St. Petersburg, Russia on February 14, 2022" in pieces
    assert "In this photo taken by Mr. Smith on Feb. 14, 2022, soldiers practice." in pieces


def test_unchanged_lines_come_back_as_the_same_tuple() -> None:
    """No glued line and no cut: the input tuple itself, so the pipeline skips renumbering the lines."""
    lines = ("A short line.", BODY[:200].strip(), "Advertisement")
    assert split_glued(lines, rules=tuple(r for r in load_rulebook().generic.rules if r.scope == "cut"))[0] is lines


def test_cut_rules_of_a_book_without_site_cut_rules_are_the_generic_ones() -> None:
    """Site detection is skipped when no site profile has cut rules; the answer is the same."""
    from cleaner.split import cut_rules

    book = load_rulebook()
    generic = tuple(rule for rule in book.generic.rules if rule.scope == "cut")
    site = book.detect("", hostname="")
    assert cut_rules(book, "any text") == generic + tuple(r for r in (site.rules if site else ()) if r.scope == "cut")


_CUT_SAMPLES = [
    "He left. READ MORE: Putin facing worst defeat since WW2 and more",
    "Britons warned [REPORT] as water runs out",
    "They met on 12 March 2023, 14:05 | Updated: 13 March 2023, 09:00 in town",
    "The vote passed. Picture: Alamy Stock Photo and more",
    "said the mayor By John Smith The council",
    "var x = 1; (function (a) { run(); }(b)); DM.loadCSS(url);",
    "Don't miss: the show tonight",
    "xREAD MORE: not after a letter",
    "Advertisement",
]


@pytest.mark.parametrize("line", _CUT_SAMPLES)
def test_loose_alternatives_never_rule_out_a_match(line: str) -> None:
    """Where a cut rule matches, its assertion-free alternatives match too (they only speed up the no)."""
    from cleaner.regex_parts import may_match

    for rule in load_rulebook().generic.rules:
        if rule.pattern.search(line):
            assert may_match(rule.pattern, line), rule.name


@pytest.mark.parametrize(
    ("pattern", "line"),
    [(r"(?i)(?<!x)abc|def", "ABC"), (r"(?<=[.!?] )By\b|\bvar\s", "ok. By"), (r"(?<![\w'’])Read\s*:", "Read:")],
)
def test_loose_alternatives_keep_flags_and_drop_only_leading_assertions(pattern: str, line: str) -> None:
    """Loose alternatives keep the pattern's flags and still match where the pattern matches."""
    import re

    from cleaner.regex_parts import may_match

    assert re.search(pattern, line)
    assert may_match(re.compile(pattern), line)


def test_patterns_with_group_references_are_not_split() -> None:
    """An alternative compiled alone renumbers its groups: with a backreference the pattern itself decides."""
    import re

    from cleaner.regex_parts import loose_alternatives, may_match

    pattern = re.compile(r"(a)|(b)(c)\2")
    assert loose_alternatives(pattern) is None
    assert may_match(pattern, "bcb")


def test_glued_line_sets_short_labels_apart() -> None:
    """In a glued line, a label the line rules know ("Ähnliche Beiträge") glued to its sentences is a piece."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    line = body + "Hast du dein Ikigai schon gefunden? Ähnliche Beiträge Modeschreck im Winter"
    lines, _removed = split_glued((line,))
    assert "Ähnliche Beiträge" in lines
    assert "Hast du dein Ikigai schon gefunden?" in lines


@pytest.mark.parametrize(
    ("tail", "labels", "whole"),
    [
        (  # the text left beside the label is junk of its own (its sentence too): the label goes apart
            "Please enable JavaScript to view the comments powered by Disqus. blog comments powered by Disqus "
            "You might also like: Posts: Our Favorite PyCon 2019 Presentations",
            ["You might also like:"],
            None,
        ),
        (
            "Anzeige Weiterführender Link Personal Leadership 5.0 Kommentar schreiben "
            "Bitte melden Sie sich an, um diesen Artikel zu kommentieren.",
            ["Weiterführender Link", "Kommentar schreiben"],
            None,
        ),
        (  # alone, "Jam will set within 24-48 hours. © Regan" is a credit line: the sentence would go with it
            "Jam will set within 24-48 hours. © Regan You may also like: Strawberry jam",
            [],
            "Jam will set within 24-48 hours. © Regan You may also like: Strawberry jam",
        ),
    ],
)
def test_labels_go_apart_unless_a_sentence_beside_them_would_be_lost(
    tail: str, labels: list[str], whole: str | None
) -> None:
    """A label is set apart when what is left beside it is kept, or dropped sentence by sentence as well."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    lines, _removed = split_glued((body + tail,))
    assert all(label in lines for label in labels)
    if whole is not None:
        assert whole in lines


def test_junk_sentence_glued_after_a_few_words_goes_apart_and_body_stays() -> None:
    """ "35 Bitte melden Sie sich an, um zu kommentieren." ends in a comment prompt glued to a count: the prompt
    is a piece its rule drops; a body sentence that mentions a button stays whole."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    line = (
        body + "Danke für die vielen Antworten 35 Bitte melden Sie sich an, um zu kommentieren. "
        "He said the Share button was broken. Website Benachrichtige mich über nachfolgende Kommentare via E-Mail."
    )
    lines, _removed = split_glued((line,))
    assert "Bitte melden Sie sich an, um zu kommentieren." in lines
    assert "Benachrichtige mich über nachfolgende Kommentare via E-Mail." in lines
    assert "He said the Share button was broken." in lines
    text = clean(line, name="glued.txt").text
    assert "Bitte melden" not in text and "Benachrichtige" not in text
    assert "Danke für die vielen Antworten 35" in text


def test_normal_line_keeps_labels_inside() -> None:
    """A line that is not glued is never cut at a label."""
    line = "Hast du dein Ikigai schon gefunden? Ähnliche Beiträge Modeschreck im Winter"
    assert split_glued((line,))[0] == (line,)


def test_unknown_label_rule_is_a_config_error(tmp_path: Path) -> None:
    """A [split] label_rules name that is no generic line rule fails loudly, naming it."""
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    path = folder / "heuristics.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"related_list_header",', '"related_list_heder",', 1))
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    with pytest.raises(ConfigError, match="related_list_heder"):
        split_glued((body + "Ähnliche Beiträge Modeschreck im Winter",), config_dir=folder)


def test_picture_credit_glued_before_a_sentence_goes_apart_and_the_sentence_stays() -> None:
    """ "Bild: TebNad/Shutterstock.com Bereits die Babylonier kannten Erdöl." and "Stau © aremac / Clipdealer
    Millionen ...": the credit is a piece its rule drops, the sentence after it stays; a "/" inside the sentence
    after a credit ("2/3") is no end of the credit ("Foto: dpa/Schmidt" goes, the sentence stays whole) and a colon
    in a sentence ("Das Bild: ein Erfolg.") leaves the piece whole."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    kept = [
        "Bereits die Babylonier kannten Erdöl.",
        "Millionen Menschen fahren jeden Tag mit dem Auto.",
        "Nicht labern, ranklotzen!",
        "Die Firma verkaufte 2/3 ihrer Anteile an einen Investor.",
        "Das Bild: Die Stadt feiert ein großes Fest, sagte der Bürgermeister.",
    ]
    line = body + (
        f"Bild: TebNad/Shutterstock.com {kept[0]} Stau © aremac / Clipdealer {kept[1]} "
        f"Foto: Timur | flickr| CC BY 2.0 {kept[2]} Foto: dpa/Schmidt {kept[3]} {kept[4]}"
    )
    text = clean(line, name="glued.txt").text.splitlines()
    assert all(sentence in text for sentence in kept)
    assert not any(credit in "\n".join(text) for credit in ("Shutterstock", "Clipdealer", "flickr", "dpa/Schmidt"))


def test_runs_of_one_word_labels_go_apart_but_label_words_in_a_sentence_stay() -> None:
    """ "15:19 drucken weiterempfehlen" and "Brüggemann Weiterempfehlen Drucken Rezension:" are runs of one-word
    labels set off at both ends: each word is a piece its rule drops; "I want to share more." holds two label
    words inside a sentence, and "Accounts: @a, @b" lists handles: both stay whole."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    line = body + (
        "veröffentlicht: 25.10.2007 15:19 drucken weiterempfehlen Dr. Sebastian Brüggemann Weiterempfehlen Drucken "
        "Rezension: Das Internet, ein rechtsfreier Raum? I want to share more. Accounts: @marjoriolesya, "
        "@recipe_nehudeem Das ist das Ende."
    )
    lines, _removed = split_glued((line,))
    assert {"drucken", "weiterempfehlen", "Weiterempfehlen", "Drucken"} <= set(lines)
    assert "I want to share more." in lines
    assert "Accounts: @marjoriolesya, @recipe_nehudeem Das ist das Ende." in lines
    text = clean(line, name="glued.txt").text
    assert "drucken" not in text.lower()
    assert "Rezension: Das Internet, ein rechtsfreier Raum?" in text


def test_a_glued_advertisement_label_goes_but_a_sentence_that_opens_with_the_word_stays() -> None:
    """In a glued dump "Advertisement" before a capitalised sentence is the ad slot's label; before a lower-case
    word it is the sentence's own first word."""
    body = (
        "The storm hit the coast on Tuesday night. Advertisement The council said the roads would reopen. "
        "Advertisement campaigns by the council have so far failed to reach older residents. "
    )
    result = clean(body * 4, name="glued.txt")
    assert "Advertisement campaigns by the council have so far failed to reach older residents." in result.text
    assert "Advertisement The council" not in result.text
    assert "The council said the roads would reopen." in result.text


def test_published_and_updated_stamps_glued_before_the_first_sentence_are_cut_and_read() -> None:
    """In a glued dump "Published: 10:02, 3 Mar 2023 Updated: 12:34, 3 Mar 2023 A MUM was …" loses its stamps to
    the record's dates, and the first sentence stays whole."""
    first = "A MUM was left stunned after finding £5,000 in cash stuffed inside a handbag she bought for £10."
    rest = "She told reporters she could not believe her eyes when she opened the side pocket of the bag. " * 6
    glued = (
        f"Mum finds £5,000 in handbag By Sarah Jones Published: 10:02, 3 Mar 2023 Updated: 12:34, 3 Mar 2023 {first} "
    )
    result = clean(glued + rest, name="glued.txt")
    assert result.text.startswith(first)
    assert result.metadata["date"] == "2023-03-03T10:02"
    assert result.metadata["date_modified"] == "2023-03-03T12:34"


def test_a_glued_caption_and_its_credit_go_and_the_next_sentence_keeps_its_first_word() -> None:
    """ "… last month. The mum-of-two found the cash in the bag's side pocket Credit: Jam Press She told …": the
    caption (no full stop) and the credit go; "She told …" keeps "She"; after a full stop, "Picture: PA Wire"
    takes two words at most, so "Origin will …" keeps its first word."""
    glued = (
        "Jane snapped up the bag at a charity shop last month. The mum-of-two found the cash in the bag's side "
        "pocket Credit: Jam Press She told reporters she could not believe her eyes when she opened it. "
        "The firm was founded in 2000. Picture: PA Wire Origin will offer NASA its Blue Moon lander next year. "
    )
    result = clean(glued * 3, name="glued.txt")
    assert "The mum-of-two found the cash" not in result.text
    assert "Credit: Jam Press" not in result.text
    assert "She told reporters she could not believe her eyes when she opened it." in result.text
    assert "Origin will offer NASA its Blue Moon lander next year." in result.text


def test_a_credit_with_no_label_glued_before_a_sentence_goes_and_the_sentence_stays() -> None:
    """ "Michael Conroy, AP Teachers chanted ..." and "Photograph by Robyn Beck/AFP/Getty Images Shares of ...": the
    credit goes, the sentence keeps every word; a sentence that names an agency ("According to Reuters, the ...")
    and a subhead in capitals before a sentence ("CLOSEOUT SEQUENCE James' 3-pointer ...") stay whole."""
    body = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
    kept = [
        "Teachers chanted, “Fund our schools,” as hundreds of them lined the entrances to the Statehouse.",
        "Shares of construction goods giant Home Depot are dropping in premarket trading on Tuesday.",
        "Getting more meaningful reductions in pollution means tackling all of the sources at once.",
        "According to Reuters, the NYAG’s questions include if Exxon misled its investors.",
        "CLOSEOUT SEQUENCE James’ 3-pointer put the Lakers ahead for good with a minute left.",
    ]
    line = body + (
        f"Michael Conroy, AP {kept[0]} Photograph by Robyn Beck/AFP/Getty Images {kept[1]} "
        f"Sonu Mehta/Hindustan Times/Getty Images {kept[2]} {kept[3]} {kept[4]}"
    )
    text = clean(line, name="glued.txt").text.splitlines()
    assert all(sentence in text for sentence in kept)
    assert not any(credit in "\n".join(text) for credit in ("Conroy", "Robyn Beck", "Sonu Mehta"))


def test_a_us_published_stamp_glued_between_byline_and_text_is_cut_and_read() -> None:
    """ "... Argus Leader Published 10:02 AM EST Nov 19, 2019 SIOUX FALLS, S.D. – People ...": the stamp goes to the
    record's date and the first sentence stays; "published" inside a sentence is no stamp."""
    first = "People across the nation are talking about it: South Dakota is on meth."
    rest = "The campaign cost the state $449,000 and was published 10 days ago in every newspaper. " * 8
    glued = f"Lisa Kaczke Sioux Falls Argus Leader Published 10:02 AM EST Nov 19, 2019 SIOUX FALLS, S.D. – {first} "
    result = clean(glued + rest, name="glued.txt")
    assert "Published 10:02" not in result.text
    assert first in result.text.splitlines()
    assert "and was published 10 days ago in every newspaper." in result.text
    assert result.metadata["date"] == "2019-11-19T10:02"


def test_a_label_before_a_quoted_headline_goes_apart_with_the_headlines_after_it() -> None:
    """ "Trending 'Tarzan' actor Ron Ely's wife killed; son shot by deputies Iowa man finds ...": a quote before
    the capital leaves "Trending" a label that opens a list of headlines, which go with it; "Trending" before a
    quoted lower-case word inside a sentence stays, and so does "More" before a quoted word (no list header)."""
    body = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
    kept = "He said the clip was Trending 'everywhere' by noon on the first day of the fair."
    listed = "More “Questions” for your opponent Challenges coming soon Better Android support."
    teasers = (
        "Trending 'Tarzan' actor Ron Ely's wife killed; son shot by deputies Iowa man finds 5 inches of animal "
        "blood flooding basement Airline went into records after Max crash, engineer says"
    )
    text = clean(f"{body}{kept} {listed} {teasers}", name="glued.txt").text
    assert kept in text.splitlines()
    assert listed in text.splitlines()
    assert "Tarzan" not in text


def test_a_run_of_three_share_words_goes_whatever_follows_it() -> None:
    """ "Ausriss. twittern teilen teilen mitteilen ...": three one-word share labels in a row after a sentence are
    a share bar even before a lower-case word; two label words inside a sentence ("Sie können teilen, twittern
    und drucken.") stay."""
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    kept = "Sie können teilen, twittern und drucken, sagte die Sprecherin am Montag in Berlin."
    line = body + f"{kept} Titelseite der FAZ, Ausriss. twittern teilen teilen mitteilen teilen pocket"
    text = clean(line, name="glued.txt").text
    assert kept in text.splitlines()
    assert "twittern teilen" not in text


def test_a_date_with_a_clock_time_after_a_dash_is_cut_from_a_glued_line() -> None:
    """ "... killed in Iran unrest November 20, 2019 - 11:28 AMT PanARMENIAN.Net - Verified ...": the stamp goes, the
    title and the text around it stay; a date in a sentence ("on November 20, 2019 the council met") stays."""
    body = "The council met on November 20, 2019 to discuss the new budget for the coming year and beyond. " * 10
    first = "PanARMENIAN.Net - Verified video footage reveals a harrowing pattern of unlawful killings."
    glued = f"More than 100 protesters killed in Iran unrest November 20, 2019 - 11:28 AMT {first} {body}"
    text = clean(glued, name="glued.txt").text
    assert "11:28" not in text
    assert first in text.splitlines()
    assert "The council met on November 20, 2019 to discuss the new budget for the coming year and beyond." in text


def test_a_bracketed_credit_goes_even_before_a_line_with_no_full_stop() -> None:
    """ "(Image: gargantiopa / Getty Images) Black Friday Business Bargain Hunter's top picks": the bracketed credit
    goes and the heading after it stays; a bracketed note that is no credit ("(Note: Prices may change) ...")
    stays with its line."""
    body = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
    heading = "Black Friday Business Bargain Hunter's top picks"
    note = "(Note: Prices may change) Cyber Monday deals on laptops and phones"
    glued = f"{body}(Image: gargantiopa / Getty Images) {heading} {body}{note} {body}"
    lines = clean(glued, name="glued.txt").text.splitlines()
    assert heading in lines
    assert note in lines
    assert not any("gargantiopa" in line for line in lines)


def test_a_glued_only_cut_rule_cuts_in_glued_lines_alone() -> None:
    """A glued-only cut rule sets its span apart in a glued line, never in a line of its own; a rule for every
    line does both, and each line gets just the rules that match it."""
    from cleaner.rules import Rule

    glued_only = Rule("promo_glued", "ad", re.compile(r"Buy Example Plus today"), scope="cut", glued_only=True)
    anywhere = Rule("widget", "ad", re.compile(r"Listen to this story"), scope="cut")
    rules = (glued_only, anywhere)
    line = "The council met on Monday to vote on the budget Buy Example Plus today and then it adjourned for lunch."
    assert split_glued((line, "Short line."), rules=rules)[0] == (line, "Short line.")
    line = "The council met on Monday to vote on the budget Listen to this story and then it adjourned for lunch."
    assert split_glued((line,), rules=rules)[0] == (
        "The council met on Monday to vote on the budget",
        "Listen to this story",
        "and then it adjourned for lunch.",
    )
    glued = f"{BODY}Buy Example Plus today {BODY}"
    assert "Buy Example Plus today" in split_glued((glued,), rules=rules)[0]


def test_without_lookbehinds_drops_lookbehinds_and_boundaries_but_keeps_negative_lookaheads() -> None:
    """Lookbehinds and word boundaries go anywhere (not only in front), but a negative lookahead stays whole: an
    assertion dropped inside it would forbid more, not less."""
    from cleaner.regex_parts import without_lookbehinds

    assert without_lookbehinds(r"(?<!\bon )(?:\b\d{1,2} May|(?<![\w:])\d:\d\d)") == r"(?:\d{1,2} May|\d:\d\d)"
    assert without_lookbehinds(r"[A-Z]\w+ (?!(?:The|By)\b)[A-Z]") == r"[A-Z]\w+ (?!(?:The|By)\b)[A-Z]"
    assert without_lookbehinds(r"[(\b]x(?=\s\b[A-Z])") == r"[(\b]x(?=\s[A-Z])"


@pytest.mark.parametrize(
    ("pattern", "line", "matches"),
    [
        (r"(?<!\bon )\b\d{1,2} May 2023", "It rained on 9 May 2023 and 10 May 2023.", True),
        (r"(?<!\bon )\b\d{1,2} May 2023", "It rained on 9 May 2023.", False),
        (r"[A-Z]\w+ (?!(?:The|By)\b)[A-Z]\w+(?= \d)", "Jane Doe 12", True),
        (r"[A-Z]\w+ (?!(?:The|By)\b)[A-Z]\w+(?= \d)", "Jane By 12", False),
    ],
)
def test_may_match_never_rules_out_a_match(pattern: str, line: str, matches: bool) -> None:
    """may_match is True wherever the pattern matches (its no is always right)."""
    import re

    from cleaner.regex_parts import may_match

    compiled = re.compile(pattern)
    assert (compiled.search(line) is not None) is matches
    assert may_match(compiled, line) or not matches


def test_glued_line_finds_a_cut_rule_tiered_for_short_lines() -> None:
    """A glued line asks the rule scanner which cut rules may match it: a rule whose line form has a max_words tier
    is still cut out of a long glued line (the cut-rule scanner has no word-count tiers)."""
    import re

    from cleaner.rules import Rule
    from cleaner.split import split_glued

    rule = Rule("cut_x", "ad", re.compile(r"(?<![\w-])zorblax quux promo(?= )"), scope="cut", max_words=8)
    sentence = "The council met on Tuesday to discuss the plans for the new bridge over the river."
    glued = "The mayor said zorblax quux promo that the bridge would open in spring."
    lines, _removed = split_glued((" ".join([sentence] * 20 + [glued] + [sentence] * 20),), rules=(rule,))
    assert "zorblax quux promo" in lines
    assert "The mayor said" in lines


@pytest.mark.parametrize(
    "line",
    [
        "the US I'll respond to that and targetedAnd he said it. However the plan went ahead",
        "In the USAnd then the EUIt was targetedAnd he said (quote)But no",
        "He said  It was fine (really) But then,It failed while the mayor According to sources ",
        "They met in the town hall Since then the council According to the mayor has  nothing",
        "e-mail news@paper.co.uk The Prime Minister said www.example.com/page Officials agreed",
        "taken on February 13 Russian helicopters flew over the city though I’ve been clear",
    ],
)
def test_lost_stops_are_those_of_one_regex_behind_lookbehinds(line: str) -> None:
    """The two skipping regexes find the lost full stops the single regex behind lookbehinds finds, and a line
    with no address mark skips the address regex without losing a stop."""
    from cleaner.split import (
        _ABBREVIATION_REACH,
        _ADDRESS_THEN_CAPITAL,
        _DATE_THEN_CAPITAL,
        _LAST_WORD_BEFORE,
        _caption_words,
        _lost_stops,
        load_split_settings,
    )

    settings = load_split_settings()
    any_next = "|".join(sorted(map(re.escape, settings.starters), key=len, reverse=True))
    lower_next = "|".join(sorted(map(re.escape, settings.starters_before_lowercase), key=len, reverse=True))
    single = re.compile(rf"(?:(?<=[A-Za-z0-9%’'\")\]])\s+|(?<=[a-z]))(?=(?:{any_next})\b|(?:{lower_next})\s+[a-z0-9])")
    open_words = _caption_words(settings).open_words
    expected = set()
    for match in single.finditer(line):
        before = _LAST_WORD_BEFORE.search(line, max(0, match.start() - _ABBREVIATION_REACH * 2), match.start())
        if before is None or before.group(1).lower() not in open_words:
            expected.add(match.end())
    expected |= {match.end() for match in _DATE_THEN_CAPITAL.finditer(line)}
    expected |= {match.end() for match in _ADDRESS_THEN_CAPITAL.finditer(line)}
    assert _lost_stops(line, settings) == sorted(expected - {0, len(line)})
    assert expected - {0, len(line)}


@pytest.mark.parametrize(
    "line",
    [
        'It rained. The end?! "Quoted." Then St. Petersburg, Feb. 14 and J. Smith. 2019 was…  Next. © 2019 AP.',
        "雨が降った。次の文！そして？終わり。 Mixed. Ende am 14. Mai 2014 und weiter. (Bild) Text.) Weiter",
        "No end here at all",
    ],
)
def test_sentence_ends_are_those_of_a_lookbehind_regex(line: str) -> None:
    """The sentence-end regex that matches its mark finds the ends the one that looked behind at it found."""
    from cleaner.split import _ABBREVIATION_REACH, _ABBREVIATIONS, _LAST_WORD, _day_month, _sentence_ends

    behind = re.compile(
        r"""(?<=[.!?…])["”’'»)]*\s+(?=["“‘'«(]?[A-Z0-9\u00c0-\u00de\u0400-\u042f]|©\s?\d{4})|(?<=[。！？])"""
    )
    day_month = _day_month(("Mai",))
    expected = set()
    for match in behind.finditer(line):
        stop = match.start()
        if line[stop - 1 : stop] == ".":
            before = _LAST_WORD.search(line, max(0, stop - _ABBREVIATION_REACH), stop)
            word = before.group(1) if before else ""
            if len(word) == 1 or word.lower() in _ABBREVIATIONS:
                continue
            if day_month is not None and word.isdigit() and len(word) <= 2 and day_month.match(line, match.end()):
                continue
        expected.add(match.end())
    assert _sentence_ends(line, ("Mai",)) == sorted(expected - {0, len(line)})
