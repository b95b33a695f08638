"""cleaner.glued: script, ad code and markup spans cut out of a glued line; dumps glued into one line keep
their article (bench/data/unseen, each dump joined into one line as bench/bench_unseen.py's glued path)."""

from __future__ import annotations

import pytest

from cleaner import clean, glued
from cleaner.glued import cut_code_spans, holds_prose, statement_end
from tests.unseen_pages import dump_of, normalized, snippets

# glued dumps with inline script, ad code or JSON mid-line, each once rejected or cut whole
GLUED_PAGES = (
    "chip.de.beef.html",
    "zeit.de.zugverkehr.html",
    "dw.com.uncork.html",
    "brigitte.de.ikigai.html",
    "boingboing.net.millenials.html",
    "en.wikipedia.org.tsne.html",
    "chineselyrics4u.com.zhineng.html",
)


@pytest.mark.parametrize(
    ("line", "kept", "cut"),
    [
        (
            "Intro text here. (function () { AD_UNITS.collapse(); })(); Culture news goes on.",
            ["Intro text here.", "Culture news goes on."],
            ["(function () { AD_UNITS.collapse(); })();"],
        ),
        (
            "He said so. var wpcom_slot = \"below\"; var ok = { a: 1, b: 'x' }; It rained.",
            ["He said so.", "It rained."],
            ['var wpcom_slot = "below";', "var ok = { a: 1, b: 'x' };"],
        ),
        (
            "Start. freestar.queue.push(function () { googletag.display('atf'); }); Ha ha.",
            ["Start.", "Ha ha."],
            ["freestar.queue.push(function () { googletag.display('atf'); });"],
        ),
        (
            'Title <!-- ad slot --> Body. {"description":"A \\"quoted\\" text","@type":"WebPage"} Rest of it.',
            ["Title", "Body.", "Rest of it."],
            ["<!-- ad slot -->", '{"description":"A \\"quoted\\" text","@type":"WebPage"}'],
        ),
        (
            'Text. function track() { if (x) { go(); } } More: <span class="x">word</span> here.',
            ["Text.", "More:", "word", "here."],
            ["function track() { if (x) { go(); } }", '<span class="x">', "</span>"],
        ),
        (
            "Kindle starts. (adsbygoogle = window.adsbygoogle || []).push({}); Then press Ctrl+Alt+K.",
            ["Kindle starts.", "Then press Ctrl+Alt+K."],
            ["(adsbygoogle = window.adsbygoogle || []).push({});"],
        ),
        (
            "Intro text here. googletag.pubads(); initAds() .then(go) Culture news goes on.",
            ["Intro text here.", "Culture news goes on."],
            ["googletag.pubads();", "initAds() .then(go)"],
        ),
        (
            'Two died. google_ad_client = "ca-pub-4760087305591666"; google_ad_width = 336; Senate resolves to:',
            ["Two died.", "Senate resolves to:"],
            ['google_ad_client = "ca-pub-4760087305591666";', "google_ad_width = 336;"],
        ),
    ],
)
def test_cut_code_spans_cuts_script_and_keeps_the_text(line: str, kept: list[str], cut: list[str]) -> None:
    """Each balanced script, JSON or markup span is cut whole; the text around it stays."""
    segments, spans = cut_code_spans(line)
    assert segments == kept
    assert [text for text, _rule, _category in spans] == cut


@pytest.mark.parametrize(
    "line",
    [
        "If (as expected) the market rose, Germany's exports did too; so it's said (twice).",
        "Prices rose 5% = a lot, he said. The index {roughly} doubled | maybe.",
        "Zhi Neng - Jam Hsiao (只能想念你 - 蕭敬騰) * chorus: Ai shi qu de ai",
        "He set maxValue = 10 in his notes (x = 5) and found the_var = 3 was enough.",
        "The fetch() function takes a URL, the function fetch() resolves and Response.error() fails; call clone().",
    ],
)
def test_cut_code_spans_leaves_prose_alone(line: str) -> None:
    """Brackets, apostrophes and operators in prose open no span, nor does a function named in prose ("the fetch()
    function"): a call with no arguments is script only before ";", a chained call or a body."""
    segments, spans = cut_code_spans(line)
    assert spans == []
    assert segments == [line]


def test_holds_prose_counts_sentences() -> None:
    """Two sentences of words make a paragraph; menu words with full stops do not."""
    assert holds_prose(
        "This is the first long sentence of the story, and it goes on for a while. "
        "And this is a second sentence of prose, a little longer than the first one."
    )
    assert not holds_prose("Home. News. Sport. Weather. Contact us. Privacy. Terms. About us. More links here.")


@pytest.mark.parametrize("page", GLUED_PAGES)
def test_glued_unseen_dump_keeps_every_snippet(page: str) -> None:
    """A dump glued into one line, inline script and all, keeps every must-keep snippet it holds."""
    name, glued = dump_of(page, glued=True)
    result = clean(glued, name=name)
    assert result.rejected is None
    wanted = [s for s in snippets(page)["with"] if normalized(s) in normalized(glued)]
    assert wanted, "the dump holds none of the page's snippets: the fixture is broken"
    out = normalized(result.text)
    assert [s for s in wanted if normalized(s) not in out] == []


def test_glued_script_cut_is_recorded() -> None:
    """Every cut span is a removal with its rule, and the script is gone from the text."""
    name, glued = dump_of("dw.com.uncork.html", glued=True)
    result = clean(glued, name=name)
    rules = {removal.rule for removal in result.removed}
    assert "script_span" in rules
    assert "AD_UNITS.collapseEmptyAdsDesktop" not in result.text


def test_glued_news_dump_gives_header_metadata_and_keeps_the_sentence_after_a_caption() -> None:
    """A news dump glued into one line: title, "By …, Role" byline and "14:32, 3 March 2023" dateline become
    metadata, and the "Image caption, … Image source, Getty Images" block goes without taking the first
    body sentence glued after it."""
    body = [
        "Councillors have approved a plan for a new bridge over the river, ending a debate that has lasted more "
        "than a decade.",
        "The bridge, which will cost £12m, is expected to open in 2026 and will carry pedestrians, cyclists and buses.",
        "Work is expected to begin in the spring, subject to final approval from the government.",
        "Opponents argued the money would be better spent on repairing existing roads, many of which are in poor "
        "condition after two hard winters.",
        "The council leader said the decision was a historic day for the town and thanked residents for their "
        "patience during the long consultation.",
        "A public exhibition of the final design will be held in the town hall next month, the council said.",
        "Residents will be able to comment on the plans online until the end of April, and a second vote is due in "
        "the summer.",
    ]
    dump = (
        "Council approves plan for new bridge over the river By Sarah Jones, Local Democracy Reporter "
        "14:32, 3 March 2023 Image caption, The new bridge would link the two halves of the town "
        f"Image source, Getty Images {body[0]} {body[1]} Share this article {' '.join(body[2:])}"
    )
    assert len(dump) > 1000  # long enough to be a glued dump (config/heuristics.toml glued_min_chars)
    result = clean(dump)
    assert result.text.splitlines() == body
    assert result.metadata["title"] == "Council approves plan for new bridge over the river"
    assert result.metadata["author"] == "Sarah Jones"
    assert result.metadata["date"] == "2023-03-03T14:32"


def test_glued_wire_photo_credit_takes_its_caption_and_nothing_else() -> None:
    """ "... on Monday. REUTERS/John Smith" and "... 2023. (AP Photo/Hans Pennink)" glued between body sentences:
    the caption sentence and its credit go, the sentences around them stay whole."""
    body = [
        "A powerful storm knocked out power to thousands of homes on Tuesday, officials said, as crews worked "
        "through the night to restore service across the state.",
        "The storm brought winds of up to 60 mph and heavy rain to much of the state, and more is expected on "
        "Wednesday and Thursday.",
        "Residents said they had never seen anything like it, and many spent the night with neighbours.",
        "The utility's chief executive said in a statement that crews from four other states had been called in.",
        "Schools in the worst-hit counties will stay closed until at least Friday, the education department said.",
        "Forecasters warned that a second storm could reach the coast over the weekend, bringing more rain.",
        "Officials urged people to stay away from fallen lines and to report outages online rather than by phone.",
        "Power is expected to be fully restored by the end of the week, according to the latest estimates.",
    ]
    captions = (
        "A man walks past a damaged building in this photo released on Monday. REUTERS/John Smith",
        "Utility workers repair a line in Albany on Tuesday, Jan. 10, 2023. (AP Photo/Hans Pennink)",
    )
    dump = " ".join([body[0], captions[0], body[1], body[2], captions[1], *body[3:]])
    assert len(dump) > 1000
    assert clean(dump).text.splitlines() == body


def test_glued_prompt_does_not_take_the_quoted_sentence_after_it() -> None:
    """'Register now for FREE unlimited access to Example.com Register "The market is tight," said one analyst.':
    the prompt goes, the quoted sentence glued after it stays; a prompt's own continuation ("… and stay up to
    date.") still goes with it."""
    body = [
        "Oil prices rose on Friday after the producers signalled they could deepen output cuts, offsetting "
        "concerns over weaker demand in China.",
        "Brent crude futures were up 85 cents, or 1%, at $85.60 a barrel by mid-morning in London.",
        '"The market is tight and getting tighter," said one analyst at a London brokerage.',
        "Prices have risen by more than a tenth since the start of the year, as stocks fell in most regions.",
        "Traders said the next meeting of the producers, due in June, would decide the direction of the market.",
        "Analysts at two banks raised their forecasts for the second half of the year on Thursday.",
        "Demand in Asia has recovered faster than expected, according to figures published this week.",
        "The producers' group will publish its monthly report on Tuesday, which traders will watch closely.",
        "Shipping rates for crude tankers also rose this week, adding to the cost of moving oil to refineries.",
    ]
    prompt = "Register now for FREE unlimited access to Example.com Register"
    newsletter = "Sign up to our newsletter and stay up to date with the latest oil market news every morning."
    dump = " ".join([body[0], body[1], prompt, body[2], newsletter, *body[3:]])
    assert len(dump) > 1000
    text = clean(dump).text
    assert text.splitlines() == body


def test_glued_german_dateline_goes_and_a_dated_body_sentence_stays() -> None:
    """ "15. Mai 2019, 05:28 Uhr" and "Donnerstag, 31. Mai 2012" glued between title and text: the day's full stop
    ends no sentence, the dateline goes whole; a sentence that starts with a date ("Am Donnerstag, 31. Mai 2012
    fand ...", "Seit dem 14. Mai 2014 ...") stays whole."""
    body = [
        "Flixbus attackiert Deutsche Bahn",
        "Wettbewerb, jetzt auch auf der Schiene: Flixtrain setzt auf Reisende, denen die Bahn zu teuer ist.",
        "Am Donnerstag, 31. Mai 2012 fand die erste Sitzung des neuen Ausschusses im Rathaus der Stadt statt.",
        "Seit dem 14. Mai 2014 gilt die neue Regel für alle Anbieter, die Fernzüge im Land betreiben wollen.",
        "Der Konzern will in den nächsten Jahren mehr als zwanzig neue Verbindungen anbieten, heißt es.",
        "Die Bahn selbst reagierte gelassen auf die Pläne des Konkurrenten und verwies auf ihre Investitionen.",
        "Experten rechnen damit, dass die Preise auf den wichtigsten Strecken im kommenden Jahr sinken.",
        "Für die Kunden könnte das eine gute Nachricht sein, sagt ein Sprecher des Fahrgastverbands.",
        "Ob sich das Angebot lohnt, wird sich erst nach dem ersten Jahr zeigen, meinen die Fachleute.",
        "Die ersten Züge sollen im Herbst fahren, zunächst zwischen Berlin, Hamburg und Köln.",
        "Tickets sollen ab dem Sommer in der App und an den Automaten in den Bahnhöfen zu kaufen sein.",
    ]
    dump = " ".join(["Donnerstag, 31. Mai 2012", body[0], "15. Mai 2019, 05:28 Uhr", *body[1:]])
    assert len(dump) > 1000
    result = clean(dump)
    assert result.text.splitlines() == body[1:]  # the title goes to the metadata
    assert result.metadata["title"] == body[0]
    assert {"Donnerstag, 31. Mai 2012", "15. Mai 2019, 05:28 Uhr"} <= {r.text for r in result.removed}


def test_statement_end_skips_string_literals_with_escaped_quotes() -> None:
    """A quote escaped inside a string literal neither ends it nor opens another; a string that never closes
    leaves the statement without an end."""
    line = r'a="say \"hi; now\" \\"; Then the article goes on.'
    assert line[: statement_end(line, 0)] == r'a="say \"hi; now\" \\";'
    line = r"x='it\'s; fine'+`a;b`; Prose follows here."
    assert line[: statement_end(line, 0)] == r"x='it\'s; fine'+`a;b`;"
    assert statement_end(r'a="never closed; \"', 0) == -1
    assert statement_end('a="ends in a backslash\\', 0) == -1


def test_code_nested_thousands_deep_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unclosed span start reads up to MAX_SPAN_CHARS; in a line of code nested 5,000 deep every "{" is one,
    and reading on from each of them (25,000 x 30,000 characters, minutes) is cut off at a budget per character
    of the line: the characters read stay within a few times the line's length, and the text around is kept."""
    read: list[int] = []
    real_statement_end = glued.statement_end

    def counting(line: str, start: int, *, limit: int = glued.MAX_SPAN_CHARS) -> int:
        end = real_statement_end(line, start, limit=limit)
        read.append((end if end > 0 else min(len(line), start + limit)) - start)
        return end

    monkeypatch.setattr(glued, "statement_end", counting)
    nested = '{"a":' * 5000 + "1" + "}" * 4000
    line = f"The council met on Tuesday. {nested} The mayor spoke after the vote was taken."
    kept, _spans = glued.cut_code_spans(line)
    assert sum(read) <= 5 * len(line) + 2 * glued.MAX_SPAN_CHARS
    assert kept[0].startswith("The council met on Tuesday.")
    assert "The mayor spoke after the vote was taken." in kept[-1]


def test_the_text_inside_a_cluster_of_attributed_tags_goes_with_the_tags() -> None:
    """'<div class="abo">Unterstütze unsere Arbeit und nutze <b>MIXED.de</b> … <a href="…">Mehr erfahren</a>.</div>':
    a page's markup glued with its text; the line-by-line dump drops the markup line whole, so the words between its
    tags go too. The sentences before and after the cluster stay."""
    before, after = "Hier also die Tipps direkt von den Autoren.", "Die Redaktion wünscht viel Spaß beim Lesen."
    line = (
        f'{before} <div class="abo">Unterstütze unsere Arbeit und nutze <b>MIXED.de</b> ohne Google-Werbung ab nur '
        f'1,90 Euro im Monat: <a href="https://mixed.de/abo/">Mehr erfahren</a>.</div> {after}'
    )
    kept, spans = cut_code_spans(line, markup_text_max_words=25)
    assert kept == [before, after]
    assert ("Unterstütze unsere Arbeit und nutze", "markup_text_span", "markup") in spans
    assert ("Mehr erfahren", "markup_text_span", "markup") in spans
    body = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
    text = clean(body + line, name="glued.txt").text  # [split] markup_text_max_words is on
    assert "Unterstütze" not in text
    assert before in text and after in text
    assert cut_code_spans(line)[0] == [  # off (0): the text between the tags stays, as before
        before,
        "Unterstütze unsere Arbeit und nutze",
        "MIXED.de",
        "ohne Google-Werbung ab nur 1,90 Euro im Monat:",
        "Mehr erfahren",
        ".",
        after,
    ]


BODY_SENTENCE = (
    "The council met on Tuesday to discuss the new budget for the coming year, and the mayor said that the plan "
    "would work as intended and that the vote would pass before the summer break in July."
)


@pytest.mark.parametrize(
    "line",
    [
        # bare tags with no attribute: a text's own emphasis and line breaks, not a page's markup
        f"{BODY_SENTENCE} <b>The mayor</b> spoke first. <br> The vote was taken at noon. <br> It passed.",
        # a paragraph longer than a cluster's text between two attributed tags is the article's
        f'<p class="body">{BODY_SENTENCE}</p> <p class="body">{BODY_SENTENCE}</p>',
    ],
)
def test_the_text_between_bare_tags_or_a_long_paragraph_stays(line: str) -> None:
    kept, spans = cut_code_spans(line, markup_text_max_words=25)
    assert not [span for span in spans if span[1] == "markup_text_span"]
    assert BODY_SENTENCE in kept
