"""Tests for cleaner.strip: explicit rules drop junk lines by name and never body sentences."""

from __future__ import annotations

from pathlib import Path

from cleaner.rules import load_profile_file, load_rulebook
from cleaner.strip import apply_rules, gaps_of


def _clean(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    book = load_rulebook()
    kept, removed = apply_rules(tuple(lines), (book.generic,))
    return [text for _n, text in kept], [(r.text, r.rule) for r in removed]


def test_seed_junk_lines_go_with_their_rule_names() -> None:
    """Consent, widget, teaser and footer lines of the seeds are removed and named."""
    kept, removed = _clean(
        [
            "We use your sign-up to provide content in ways you’ve consented to. You can unsubscribe at any time.",
            "Listen to this article",
            "Loading audio...",
            "The minister said the plan would work.",
            "Reading: Britain warns Putin will face ‘terrible quagmire’ if Russia attacks Ukraine",
            "Source: Read Full Article",
        ]
    )
    assert kept == ["The minister said the plan would work."]
    assert dict(removed) == {
        "We use your sign-up to provide content in ways you’ve consented to. You can unsubscribe at any time.": (
            "newsletter_consent"
        ),
        "Listen to this article": "listen_to_article",
        "Loading audio...": "listen_to_article",
        "Reading: Britain warns Putin will face ‘terrible quagmire’ if Russia attacks Ukraine": "read_more_teaser",
        "Source: Read Full Article": "source_read_full_article",
    }


def test_dont_miss_block_takes_its_tagged_headlines_and_stops_at_body() -> None:
    """A DON'T MISS header swallows the [TAG] headlines after it, not the body line that follows."""
    kept, removed = _clean(
        [
            "DON’T MISS:",
            "Water contamination: Urgent alert as Britons warned ‘boil your water!’ [REPORT]",
            "‘Surely it’s a joke?’ RAF ridiculed over new ‘Star Trek’ uniforms [REACTION]",
            "“Hopefully it won’t come to that.”",
        ]
    )
    assert kept == ["“Hopefully it won’t come to that.”"]
    assert {rule for _text, rule in removed} == {"related_list_header", "teaser_tagged_headline"}


def test_lbc_teaser_takes_the_video_headline_after_it_but_not_the_next_sentence() -> None:
    """On LBC a "Read more:" teaser drops the unpunctuated video title after it; the body sentence stays."""
    book = load_rulebook()
    site = next(profile for profile in book.sites if profile.name == "lbc")
    lines = (
        "Read more: Banned from Britain: The three Putin cronies slapped with Boris's sanctions",
        "UK sanctions on Russia are 'playing catch-up' with those of US and EU",
        "He confirmed the US would also continue to provide defensive assistance to Ukraine.",
    )
    kept, removed = apply_rules(lines, (site, book.generic))
    assert [text for _n, text in kept] == [lines[2]]
    assert {r.rule for r in removed} == {"lbc_read_more_teaser"}


def test_generic_teaser_leaves_the_subhead_after_it() -> None:
    """A teaser that carries its headline ends there: the subhead after it is the article's (Zyte jam page)."""
    kept, removed = _clean(
        [
            "Related post: Pickled Brussels Sprouts Recipe",
            "WHAT YOU NEED TO MAKE JAM",
            "Do you make jam in a pot? A pressure canner? I don’t know. Help!",
        ]
    )
    assert kept == ["WHAT YOU NEED TO MAKE JAM", "Do you make jam in a pot? A pressure canner? I don’t know. Help!"]
    assert removed == [("Related post: Pickled Brussels Sprouts Recipe", "read_more_teaser")]


def test_related_list_is_dropped_until_body_resumes() -> None:
    """A related-stories header takes its headline list; the next body sentence ends the block."""
    kept, removed = _clean(
        [
            "You may also like...",
            "Who will make the Rock Hall in 2020?",
            "Dave Matthews Band takes over Rock Hall Fan Vote",
            "The band said the tour would start in June, and tickets go on sale on Friday.",
        ]
    )
    assert kept == ["The band said the tour would start in June, and tickets go on sale on Friday."]
    assert len(removed) == 3


def test_credits_and_captions_go() -> None:
    """Photo credits, agency credits and captions carrying a credit are removed."""
    kept, removed = _clean(
        [
            "Photo: Gene J. Puskar",
            "Sakib Ali/Hindustan Times/Getty Images",
            "Michael Conroy, AP",
            "Plague can be easily vaccinated (Image: GETTY)",
            "President Joe Biden has ordered more US troops to Baltic NATO states. Picture: Alamy",
        ]
    )
    assert kept == []
    assert {r for _t, r in removed} >= {"picture_credit", "agency_credit_line", "caption_credit_suffix"}


def test_body_lines_that_look_a_bit_like_junk_stay() -> None:
    """Sentences mentioning photos, sharing or agencies, and unpunctuated body lines, are kept."""
    body = [
        "Russia’s seeks a promise from NATO that they will never attempt to admit Ukraine into the organisation",
        "The photo was shared thousands of times on Facebook before it was removed.",
        "June 26 -- PPL Center, Allentown, PA",
        "Reuters reported that the talks had stalled.",
        "“We will not back down,” he said.",
        "The regulator found that the site uses cookies to follow users across other websites.",
        "Users who sign up for the service receive email updates about their parcels.",
        "More – much more – is needed, the minister said.",
        "Follow the money on Wall Street, and you will find the answer.",
        "His credits: three films and a television series.",
        "Pool Safety Tips For Summer",
    ]
    kept, removed = _clean(body)
    assert kept == body, removed


def test_span_rules_cut_junk_out_of_a_line(tmp_path: Path) -> None:
    """A span-scoped rule removes only the matched text, and reports it with its rule name."""
    path = tmp_path / "site.toml"
    path.write_text(
        '[[rules]]\nname = "video_prompt"\ncategory = "widget"\nscope = "span"\n'
        "pattern = '\\s*Scroll down for video\\s*'\n",
        encoding="utf-8",
    )
    profile = load_profile_file(path)
    kept, removed = apply_rules(("Body text. Scroll down for video More body text.",), (profile,))
    assert [text for _n, text in kept] == ["Body text. More body text."]
    assert [(r.text, r.rule) for r in removed] == [("Scroll down for video", "video_prompt")]


def test_gaps_mark_where_lines_were_removed() -> None:
    """gaps_of gives the kept-line indices that follow removed lines (the end when the last line went), each with
    how many lines went there."""
    assert gaps_of([(1, "a"), (2, "b")], 2) == {}
    assert gaps_of([(2, "a"), (3, "b"), (5, "c")], 7) == {0: 1, 2: 1, 3: 2}
    assert gaps_of([], 3) == {0: 3}


def test_daily_mail_profile_drops_unpunctuated_captions_only() -> None:
    """On a dump recognised as Daily Mail, long lines without terminal punctuation are captions."""
    book = load_rulebook()
    dump = "DM.loadCSS(“https://www.dailymail.co.uk/static/gunther/video_bundle.css”);"
    site = book.detect(dump)
    assert site is not None and site.name == "dailymail"
    caption = "Tanks are pictured leaving a Russian base in the Ukraine border region, despite Washington warning"
    body = [
        "‘It certainly could happen before the end of the Olympics – maybe even this week,’ he said.",
        "Putin responded: ‘Good.’",
    ]
    kept, removed = apply_rules((caption, *body), (site, book.generic))  # the order strip_stage uses
    assert [text for _n, text in kept] == body
    assert [(r.rule, r.category) for r in removed] == [("dailymail_caption", "caption")]


def test_a_related_list_takes_the_summaries_between_its_headlines_and_stops_at_body() -> None:
    """Under "More on this story", each headline's one-sentence summary goes with it; the body after stays."""
    body = [
        "The council will publish the full budget next week, a spokesman said.",
        "Opposition members said they would vote against it.",
    ]
    related = [
        "More on this story",
        "Council tax to rise by five per cent",
        "Bills will go up by about ninety pounds a year for a typical household, the authority said.",
        "Bin collections cut to once a fortnight",
        "Residents have until March to respond to the consultation.",
        "Libraries face closure in budget squeeze",
    ]
    kept, removed = _clean([body[0], *related, body[1]])
    assert kept == body
    assert {rule for _text, rule in removed} == {"related_list_header"}


def test_a_more_on_sentence_is_no_related_list_header() -> None:
    """ "More from UK" or "Elsewhere on the BBC" heads a list (five words at most after the preposition); a sentence
    that opens the same way ("More on ways to experiment in the next section …") stays, and so do the lines
    after it."""
    body = [
        "The council approved the new budget on Tuesday after a long debate about schools and roads.",
        "More on ways to experiment in the next section …",
        "Start small and keep notes",
        "Members said the plan would fund the library for the next two years, starting in the spring.",
    ]
    assert _clean(body)[0] == body
    for header in ("More from UK", "More from The Independent's Travel Desk", "Elsewhere on the BBC"):
        kept, removed = _clean([body[0], header, "Mayor opens new park", "Rail strike called off", body[3]])
        assert kept == [body[0], body[3]]
        assert {rule for _text, rule in removed} == {"related_list_header"}


def test_a_body_sentence_after_a_related_list_stays_when_code_or_an_exclamation_follows_it() -> None:
    """A sentence counts as a summary only between two headlines: code ("{") or a sentence ending "?!" is none."""
    sentence = "He is renowned for his tactical prowess and has managed FC Porto, Inter Milan and Chelsea."
    for following in ('document.addEventListener("DOMContentLoaded", function() {', "Who could have guessed it?!"):
        kept, _removed = _clean(["Related Articles", "Spurs appoint Mourinho as head coach", sentence, following])
        assert sentence in kept


def test_a_body_sentence_after_labels_and_prompts_is_no_teaser_summary() -> None:
    """After a teaser label, junk labels and prompts are no headlines of the list, and a sentence after several
    short lines in a row (a menu, labels) or opening with a quote is the article's own."""
    quote = '"We have asked people to stay indoors unless it is absolutely necessary," a civic official said.'
    kept, _removed = _clean(
        ["Also Read", "Mumbai local train services disrupted", "FOLLOW US ON SOCIAL MEDIA", quote, "Start a talk"]
    )
    assert quote in kept
    sentence = "Die Bahn rät Reisenden, nicht notwendige Fahrten zu verschieben."
    kept, _removed = _clean(
        [
            "Mehr zum Thema",
            "Streik bei der Bahn: Diese Rechte haben Fahrgäste",
            "Diskutieren Sie mit",
            "Feedback",
            sentence,
            "Dieser Artikel wurde automatisch übersetzt",
        ]
    )
    assert sentence in kept


def test_the_unpunctuated_line_above_a_credit_is_its_caption_and_a_sentence_or_lead_in_is_not() -> None:
    """A credit line ("Credit: Jam Press") takes the caption right above it; a sentence, a line ending in a colon
    or a subhead in capitals above a credit stays."""
    caption = "The mum-of-two found the cash in the bag's side pocket"
    kept, removed = _clean(["She opened the bag at home.", caption, "Credit: Jam Press", "She called the police."])
    assert kept == ["She opened the bag at home.", "She called the police."]
    assert (caption, "caption_before_credit") in removed
    for above in ("She found the cash in the side pocket.", "The shop manager said:", "SHOCK FIND"):
        kept, _removed = _clean([above, "Credit: Jam Press", "She called the police."])
        assert above in kept


def test_lines_the_page_sets_as_code_are_spared_by_script_markup_and_social_rules_only() -> None:
    """A script statement or a decorator the page shows in a <pre> block stays; the same lines outside a code
    block go, and a junk line of another kind goes even when marked as code."""
    lines = (
        'var content = "Hello World";',
        "@classmethod",
        "The Headers interface lets you set and read the request's headers.",
        'var content = "Hello World";',
        "@classmethod",
        "Listen to this article",
    )
    book = load_rulebook()
    kept, removed = apply_rules(lines, (book.generic,), code={0, 1, 5})
    assert [number for number, _text in kept] == [1, 2, 3]
    assert [(r.line_no, r.rule) for r in removed] == [
        (4, "script_statement"),
        (5, "social_network_name"),
        (6, "listen_to_article"),
    ]


def test_a_related_header_inside_the_articles_list_takes_none_of_its_items() -> None:
    """A widget title between items of one shape (a tour's dates) goes alone; after two lines of other shapes it
    takes its list."""
    dates = [
        "July 2 – Uncasville, CT @ Mohegan Sun Arena",
        "July 3 – Mansfield, MA @ Xfinity Center",
        "Most viewed",
        "July 22 – Cuyahoga Falls, OH @ Blossom Music Center",
        "July 26 – Saratoga Springs, NY @ Saratoga Performing Arts Center",
    ]
    kept, removed = _clean(dates)
    assert kept == [line for line in dates if line != "Most viewed"]
    assert removed == [("Most viewed", "related_list_header")]
    teasers = [
        "Geschenkideen – Werbung",
        "Auf Instagram folgen",
        "Letzte Beiträge",
        "INTERVALLFASTEN – ICH BIN ZU DICK – Teil II",
        "7 LOOKS FÜR 7 TAGE – Outfits für Dezember",
    ]
    kept, _removed = _clean(teasers)
    assert kept == teasers[:2]


def test_the_list_inside_test_reads_heuristics_toml_thresholds_it_is_given() -> None:
    """Whether a widget title sits inside the article's own list is told with heuristics.toml's
    item_shape_overlap: with an overlap no two lines can reach, the title takes the tour dates after it."""
    from dataclasses import replace

    from cleaner.heuristics import load_thresholds

    dates = [
        "July 2 – Uncasville, CT @ Mohegan Sun Arena",
        "July 3 – Mansfield, MA @ Xfinity Center",
        "Most viewed",
        "July 22 – Cuyahoga Falls, OH @ Blossom Music Center",
        "July 26 – Saratoga Springs, NY @ Saratoga Performing Arts Center",
    ]
    book = load_rulebook()
    kept, _removed = apply_rules(tuple(dates), (book.generic,), thresholds=load_thresholds())
    assert [text for _n, text in kept] == [line for line in dates if line != "Most viewed"]
    strict = replace(load_thresholds(), item_shape_overlap=1.01)
    kept, _removed = apply_rules(tuple(dates), (book.generic,), thresholds=strict)
    assert [text for _n, text in kept] == dates[:2]


def test_a_read_more_label_alone_takes_the_headlines_under_it_and_no_more() -> None:
    """ "Read more:" alone on its line labels the teaser headlines under it (up to three); the body sentence after
    them and a subheading after three headlines stay, and "Read more" with no colon is a bare link alone."""
    body = [
        "Ukraine's air force said it had shot down most of the missiles before they reached their targets.",
        "Officials in Kyiv said there were no immediate reports of casualties in the capital.",
    ]
    teasers = ["Putin's war in Ukraine: What we know so far", "Why Russia is running out of missiles"]
    kept, removed = _clean([body[0], "Read more:", *teasers, body[1]])
    assert kept == body
    assert {rule for _text, rule in removed} == {"read_more_label"}
    three = [*teasers, "Sanctions explained in five charts"]
    kept, _removed = _clean([body[0], "See also:", *three, "What happens next", body[1]])
    assert kept == [body[0], "What happens next", body[1]]
    kept, removed = _clean([body[0], "Read more", "What happens next", body[1]])
    assert kept == [body[0], "What happens next", body[1]]
    podcast = "Follow the Daily podcast on Apple Podcasts, Google Podcasts, Spotify, Spreaker"
    assert _clean([body[0], podcast, body[1]]) == (body, [(podcast, "follow_prompt")])


def test_a_topic_list_with_a_comma_after_each_tag_goes_with_its_header() -> None:
    """ "Related Topics" over "Weather," / "Storms," / "UK news" (each tag on its line, a comma after it) goes
    whole; a body sentence ending in a comma after the header's list is no tag and stays."""
    body = [
        "Thousands of homes are without power after Storm Ciarán brought winds of up to 100mph to the coast.",
        "The Met Office issued an amber warning for wind across much of the region, which remains in place.",
    ]
    kept, removed = _clean([body[0], "Related Topics", "Weather,", "Storms,", "UK news", body[1]])
    assert kept == body
    assert {rule for _text, rule in removed} == {"related_list_header"}
    clause = "Speaking to reporters outside the town hall on Friday morning after the vote,"
    kept, _removed = _clean([body[0], "Related Topics", "Weather,", clause, body[1]])
    assert clause in kept
