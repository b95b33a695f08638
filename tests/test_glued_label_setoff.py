"""cleaner.glued_labels: where a label glued into a glued line counts as set off from the words around it (after a
year or an entry's count, at a piece's end with its colon, in a long run of UI labels or a lower-case run right
after a sentence's end), so that the line rule that knows it drops it; the same words inside a sentence stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.split import split_glued

BODY = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
EN_BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        # a tag list's label after the year that ends a source line
        (
            "Aus: Das Brandenbuch. Landeszentrale für politische Bildung, Potsdam 2015 Schlagworte Brandenburg",
            "Schlagworte",
        ),
        # "back to top" after an archive entry's count
        (
            "Übersicht Beiträge Allgemein (2) Konzerte (7) Presse (6) nach oben © horka.de 2006 – 2016 • Impressum",
            "nach oben",
        ),
        # an ad slot's label ending the piece, after a review's source address
        ("Rezension Dr. Sebastian Brüggemann, Telemedicus v. 13.05.2014, http://tlmd.in/a/2766 Anzeige:", "Anzeige:"),
    ],
)
def test_a_label_after_a_year_a_count_or_ending_the_piece_with_its_colon_goes(tail: str, label: str) -> None:
    lines, _removed = split_glued((BODY + tail,))
    assert label in lines
    assert label not in clean(BODY + tail, name="glued.txt").text


@pytest.mark.parametrize(
    "kept",
    [
        "Im Jahr 2015 Themen wie Klima und Verkehr bestimmten die Debatte im Landtag.",  # a label word before prose
        "Die Zahl der Gäste ging 2015 nach oben und fiel im Jahr danach wieder deutlich.",
        "Die Stadt gab im Sommer eine Anzeige: Sie suchte Helfer für das Fest am See.",
        "Die Ausstellung zeigte seit 2019 Themen: die Malerei, den Druck und die Zeichnung in drei Räumen.",
    ],
)
def test_the_same_words_inside_a_sentence_stay(kept: str) -> None:
    text = clean(BODY + kept + " " + BODY, name="glued.txt").text
    assert kept in text


def test_a_blog_comments_control_run_goes_and_the_comments_stay() -> None:
    """ "ReplyDelete Replies Reply" under each comment of a blog platform: a run of three one-word controls needs
    only one end set off (a commenter's name after it), so it goes after lower-case text too."""
    comments = (
        "Amy Fashion BlogJune 1, 2019 at 8:37 AM Such an awesome view, I hope to stay there one day. "
        "ReplyDelete Replies Reply Ivana SplitJune 2, 2019 at 10:29 PM have a great Sunday! "
        "Candy CrowJune 6, 2019 at 6:04 PM Beautiful place ReplyDelete Replies Reply Amy AedJune 7, 2019 at 6:48 AM "
        "This looks lovely, I would definitely like to experience the luxury like this one day."
    )
    text = clean(EN_BODY + comments, name="glued.txt").text
    assert "Reply" not in text
    assert "This looks lovely, I would definitely like to experience the luxury like this one day." in text
    assert "Beautiful place" in text


def test_share_words_right_after_a_sentence_go_but_not_after_an_abbreviation() -> None:
    """A sentence never opens in lower case: two share labels right after a sentence's end are a share bar
    ("… zurückzuweisen. twittern teilen mitteilen bgh"); after an abbreviation ("u. a. teilen …") the words are the
    sentence's own."""
    junk = "Die Revision ist daher mit der Kostenfolge aus § 97 ZPO zurückzuweisen. twittern teilen mitteilen bgh"
    text = clean(BODY + junk, name="glued.txt").text
    assert "twittern" not in text
    assert "Die Revision ist daher mit der Kostenfolge aus § 97 ZPO zurückzuweisen." in text
    kept = "Die Mitglieder wollen die Kosten bzw. teilen mitteilen lassen, sagte der Sprecher am Montag."
    assert kept in clean(BODY + kept + " " + BODY, name="glued.txt").text


def test_seo_download_spam_glued_after_the_last_sentence_goes() -> None:
    """A list of SEO spam links glued after the article ("… the US. PTI Download Premium WordPress Themes Free
    Download Premium WordPress Themes Free …") is cut into its links, which free_download_spam drops; sentences
    about downloads stay, and so does "download the" after a dash (download_link_spam's loose form is no label)."""
    spam = (
        "Download Premium WordPress Themes Free Download Premium WordPress Themes Free Premium WordPress Themes "
        "Download lynda course free download Comments"
    )
    kept = [
        "Download speeds rose sharply last year, the regulator said in its annual report.",
        "You can download the free app from the store and try it for a month without paying.",
        "To join the community for online business builders — download the Online Business Success Roadmap.",
    ]
    text = clean(EN_BODY + " ".join(kept) + " PTI " + spam, name="glued.txt").text
    assert "WordPress" not in text
    assert all(sentence in text for sentence in kept)


def test_a_label_word_ending_a_piece_with_its_colon_after_a_word_of_letters_stays() -> None:
    """ "… unter diesem Link:" ends its piece where a cut rule takes the ad label after it: "Link:" there is the
    sentence's own word, not a label set off (after a web address, "… 2766 Anzeige:", it is one)."""
    sentence = "Alle Termine des Vereins finden Sie unter diesem Link:"
    text = clean(f"{BODY}{sentence} Advertisement {BODY}", name="glued.txt").text
    assert sentence in text
    assert "Advertisement" not in text


@pytest.mark.parametrize(
    "kept",
    [
        "Listeners of the 2019 Reply All episode wrote in to say that they had been scammed the same way.",
        "Since 2019 Print Media Group has cut a third of its staff, the union said on Monday.",
    ],
)
def test_a_name_after_a_year_that_holds_a_label_word_stays(kept: str) -> None:
    """After a year only a list's label (a tag list's, a related list's) counts as set off: "2019 Reply All",
    "2019 Print Media Group" are names in a sentence (the glued line may be cut before "All": no word is lost)."""
    assert kept in " ".join(clean(EN_BODY + kept + " " + EN_BODY, name="glued.txt").text.splitlines())
