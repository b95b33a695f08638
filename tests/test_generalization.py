"""Publishers we have never seen: body text our rules might take for junk stays, their boilerplate goes.

Each case puts one line into a short article (a title, four paragraphs) and cleans it through the whole
pipeline; `before` and `after` put more lines around it (a list, an ad label, a credit).
"""

from __future__ import annotations

from typing import Any

import pytest

from cleaner import clean
from cleaner.config import CleanConfig
from tests.repetition_corpus import build_corpus

PARAGRAPHS = {
    "en": (
        "Council tax bills will rise by nearly five per cent in April, the local authority confirmed on Tuesday.",
        "The increase, approved by councillors after a three-hour debate, will add about ninety pounds to a bill.",
        "Opposition members said the rise came at the worst possible time for families struggling with energy costs.",
        "The leader of the council said the authority had no choice after years of cuts to its government grant.",
    ),
    "de": (
        "Die Stadt will die Grundsteuer im kommenden Jahr um fünf Prozent erhöhen, wie der Kämmerer am Dienstag sagte.",
        "Nach einer dreistündigen Debatte stimmte der Stadtrat dem Haushalt mit knapper Mehrheit zu.",
        "Die Erhöhung trifft vor allem Familien, die unter den hohen Energiekosten leiden, sagte sie.",
        "Der Oberbürgermeister verteidigte den Schritt und verwies auf die gestiegenen Kosten für Personal.",
    ),
    "fr": (
        "La mairie a annoncé mardi une hausse de cinq pour cent de la taxe foncière pour l'année prochaine.",
        "L'opposition a dénoncé une mesure injuste pour les familles touchées par la hausse des prix de l'énergie.",
        "Le maire a défendu cette décision en évoquant la baisse des dotations de l'État et la hausse des charges.",
        "Le budget a finalement été adopté à une courte majorité, après trois heures de discussions au conseil.",
    ),
    "es": (
        "El ayuntamiento anunció el martes una subida del cinco por ciento del impuesto sobre bienes inmuebles.",
        "La oposición criticó la medida por injusta para las familias que ya sufren el precio de la energía.",
        "El alcalde defendió la decisión y recordó que la administración central ha recortado las transferencias.",
        "El presupuesto fue aprobado por una estrecha mayoría después de más de tres horas de debate en el pleno.",
    ),
}
AD = ("Advertisement",)


def _clean_with(line: str, *, lang: str = "en", before: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> Any:
    body = PARAGRAPHS[lang]
    lines = (body[0], body[1], *before, line, *after, body[2], body[3])
    return clean("Council sets budget for the coming year\n\n" + "\n\n".join(lines) + "\n", name="dump.txt")


KEEP: list[tuple[str, dict[str, Any]]] = [
    # quotes and dialogue
    ("“We will not back down,” the minister told reporters", {}),
    ("He said: “We will win”", {}),
    ("‘It’s over,’ she said, ‘and nobody will change my mind’", {}),
    ("“No.”", {}),
    ("“Why?” she asked.", {}),
    ("Follow me,” he said, and walked into the dark.", {}),
    ("“Follow them,” the officer shouted to his colleagues.", {}),
    ("„Wir werden nicht nachgeben“, sagte die Fraktionschefin", {"lang": "de"}),
    ("« Nous ne reculerons pas », a déclaré le maire", {"lang": "fr"}),
    ("«No vamos a retroceder», dijo el alcalde", {"lang": "es"}),
    # sentences that start like teasers, credits, prompts or datelines
    ("Read more about it in our explainer on how the new council tax bands are calculated.", {}),
    ("Watch: the moment the old bridge collapsed was caught on camera by a passing driver.", {}),
    ("Related: the minister's earlier comments on the same issue drew criticism from both sides.", {}),
    ("More from the interview: she said the council had ignored the warnings for years.", {}),
    ("Photo: the exhibition's most talked-about picture shows a heron caught mid-flight over the river.", {}),
    ("Photographs by local schoolchildren will be shown in the town hall until March.", {}),
    ("Getty Images and Reuters both declined to comment on the pictures.", {}),
    ("Updated guidance was published on 3 March 2022.", {}),
    ("Published in 1851, the novel sold poorly at first.", {}),
    ("By the time police arrived, the men had fled.", {}),
    ("Supported by a grant from the lottery fund, the scheme will run until 2026.", {}),
    ("All rights reserved, the label said, would remain with the singer's estate.", {}),
    ("Hundreds of scientists contributed to the report, which runs to 3,000 pages.", {}),
    ("Jane Smith reported from Kyiv for a decade before joining the BBC.", {}),
    ("Comments on the proposal must be approved by the planning committee before the end of the month.", {}),
    ("Readers' comments are moderated by volunteers, the paper's editor explained in a letter.", {}),
    ("The site requires JavaScript, which many screen readers still handle poorly, campaigners said.", {}),
    (
        "Foto: Das Bild zeigt den Oberbürgermeister bei der Eröffnung des neuen Rathauses im vergangenen Sommer.",
        {"lang": "de"},
    ),
    ("Die Anzeige gegen den Fahrer wurde am Montag erstattet.", {"lang": "de"}),
    ("The doctor recommends", {}),
    ("Dr Smith recommends: rest, fluids and a week off work.", {}),
    ("Alle Rechte an dem Grundstück liegen seit 1990 bei der Stadt, sagte der Sprecher.", {"lang": "de"}),
    ("Ihr Name steht seit Jahren auf der Liste der Förderer, sagte die Vorsitzende.", {"lang": "de"}),
    ("Recent posts on the forum suggested the attack had been planned for weeks.", {}),
    ("Anyone with information is asked to call police on 101 quoting log 123 of 3 March.", {}),
    ("If you have any information, call Crimestoppers anonymously on 0800 555 111.", {}),
    ("We pay for our own travel, the minister insisted.", {}),
    ("Do you have a story for the children? she asked the author.", {}),
    ("Watch the skies: the meteor shower peaks on Thursday night.", {}),
    ("Show more compassion, the bishop urged the government.", {}),
    ("Enter your email address and postcode on the council's website to register.", {}),
    ("The story originally appeared in a local newspaper, the court heard.", {}),
    ("Originally published on Live Science.", {}),
    ("Originally published in 1851, the novel sold poorly at first.", {}),
    ("With inputs from three councils, the report was finished in May.", {}),
    ("Privacy policy experts said the change would affect millions of users.", {}),
    ("Contact us if you saw anything, the detective said.", {}),
    ("The couple, pictured together in 2019, later divorced.", {}),
    ("Pictured below are the three finalists", {}),
    ("The figures supplied by the ministry did not add up, the auditors found.", {}),
    ("The ship ran aground on Monday, Reuters reported.", {}),
    ("Reporting by local journalists revealed the scale of the problem.", {}),
    ("Additional reporting by the BBC found similar cases in three other counties.", {}),
    ("Home is where the heart is, she said, and Leeds > London for her.", {}),
    ("Go to Settings > General > About to see the version number", {}),
    ("Support local journalism, the mayor urged, by buying the paper on Saturdays.", {}),
    # articles about cookies, privacy, newsletters, apps
    ("Under the new rules, websites must let users reject all cookies as easily as they accept all cookies.", {}),
    ("We use cookies sparingly, the bakery's owner joked, because the flour costs too much.", {}),
    ("Les cookies publicitaires seront interdits sans consentement, a rappelé la CNIL.", {"lang": "fr"}),
    ("Sign up for a Hulu ad-free account for $11.99 a month", {}),
    ("Sign up for the Disney+ bundle using the same email as your Hulu account", {}),
    ("Readers who sign up for the council's email alerts will be told when the bins are collected.", {}),
    ("How to download the app", {}),
    ("Download speeds", {}),
    ("Download Dashlane Password Manager for Free", {}),
    # subheads, lists, steps, recipes, tour dates, one-sentence paragraphs
    ("It was not to be.", {}),
    ("WHAT HAPPENS NEXT", {}),
    ("Next steps for Ukraine", {}),
    ("Power and Performance", {"before": AD, "after": ("(AP Photo/Evan Vucci)",)}),
    ("Step 3: Remove from the heat and let it cool", {}),
    ("1. Preheat the oven to 180C", {}),
    ("Serves 4", {}),
    ("2 large eggs", {"before": ("Ingredients", "200g plain flour", "Advertisement"), "after": ("Salt and pepper",)}),
    (
        "June 26 -- PPL Center, Allentown, PA",
        {"before": ("Tour dates", "June 24 -- Jiffy Lube Live, Bristow, VA"), "after": ("Advertisement", "June 27")},
    ),
    ("Sunday -- Bloomberg Center, Ithaca, NY", {"before": AD}),
    ("WHAT YOU NEED TO MAKE JAM", {"before": ("Related post: Pickled Brussels Sprouts Recipe",)}),
    ("Do you make jam in a pot? Help!", {"before": ("Related post: Pickled Brussels Sprouts Recipe",)}),
]

DROP: list[tuple[str, dict[str, Any]]] = [
    # advertising and paywall widgets
    ("Advertisement", {}),
    ("Skip advertisement", {}),
    ("Supported by", {}),
    ("Ad Feedback", {}),
    ("Read in app", {}),
    ("Skip to main content", {}),
    ("Media playback is unsupported on your device", {}),
    ("Loading...", {}),
    ("Register now for FREE unlimited access to Reuters.com", {}),
    ("Order Reprints | Today’s Paper | Subscribe", {}),
    ("Acquire Licensing Rights, opens new tab", {}),
    ("This article is more than 2 years old", {}),
    # newsletters, consent, follow and share prompts
    ("Sign up to our newsletter", {}),
    ("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST", {}),
    ("Subscribe now", {}),
    ("Accept all cookies", {}),
    (
        "We use cookies to improve your experience on our site. By continuing to browse you agree to our cookie use.",
        {},
    ),
    ("Follow us on Twitter, Instagram and YouTube", {}),
    ("Share this with Facebook Twitter Email", {}),
    ("Facebook Twitter WhatsApp Email", {}),
    ("Copy this link", {}),
    ("Link Copied!", {}),
    ("Share full article", {}),
    # captions and credits
    ("Image source, Getty Images", {}),
    ("Image caption, Protesters gathered outside the town hall on Tuesday", {}),
    ("Photograph: Andy Rain/EPA", {}),
    ("Getty Images for Netflix", {}),
    # teasers, related lists, comments, footers
    ("Read more: Council tax rebate: who gets the £150 and when", {}),
    ("Watch: Boris Johnson's speech in full", {}),
    ("Related Topics", {}),
    ("More on this story", {}),
    ("Explore more on these topics", {}),
    ("Most viewed", {}),
    ("Comments (12)", {}),
    ("View 312 comments", {}),
    ("Next article", {}),
    ("« Previous Post Next Post »", {}),
    ("© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.", {}),
    ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published or broadcast.", {}),
    ("Our Standards: The Thomson Reuters Trust Principles.", {}),
    ("Reporting by Jane Smith; Editing by John Doe", {}),
    ("Jane Smith and John Doe contributed to this report.", {}),
    ("Associated Press writer Jane Smith contributed reporting.", {}),
    ("Comments are moderated and will appear after approval.", {}),
    ("Please enable JavaScript to view the comments powered by Disqus.", {}),
    ("lynda course free download", {}),
    # other languages
    ("Anzeige", {"lang": "de"}),
    ("Lesen Sie auch: Grundsteuer steigt in fünf weiteren Städten", {"lang": "de"}),
    ("Foto: dpa", {"lang": "de"}),
    ("Artikel teilen", {"lang": "de"}),
    ("Newsletter abonnieren", {"lang": "de"}),
    ("Lire aussi : la taxe foncière augmente dans cinq autres villes", {"lang": "fr"}),
    ("Abonnez-vous à notre newsletter", {"lang": "fr"}),
    ("Publicité", {"lang": "fr"}),
    ("Lee también: El impuesto sube en otras cinco ciudades", {"lang": "es"}),
    ("Suscríbete a nuestro boletín", {"lang": "es"}),
    ("Publicidad", {"lang": "es"}),
    ("Leia também: Prefeitura aumenta IPTU em cinco cidades", {}),
    ("Receba as notícias do dia no seu e-mail", {}),
    ("Assine nossa newsletter", {}),
    ("Leggi anche: L'Imu aumenta in cinque città", {}),
    ("Iscriviti alla newsletter", {}),
    ("Baca juga: Pajak naik di lima kota", {}),
    ("Berita Terkait", {}),
    ("Top Stories", {}),
    ("More from BBC News", {}),
    ("Elsewhere on the BBC", {}),
    # widget titles, form fields and footers of sites in several languages
    ("DW recommends", {}),
    ("Audios and videos on the topic", {}),
    ("Recent Posts", {}),
    ("More stories by Jane Smith", {}),
    ("Article Tags : Streetstyle, ootd, Louis Vuitton", {}),
    ("Your comment", {}),
    ("Email (required)", {}),
    ("Leave this field empty if you're human:", {}),
    ("Weitere interessante Themen", {"lang": "de"}),
    ("Themen in diesem Artikel:", {"lang": "de"}),
    ("Meistgelesene Artikel", {"lang": "de"}),
    ("Mehr Beiträge von Rechtsanwalt Dennis Tölle", {"lang": "de"}),
    ("Themenseiten: EuGH, Google, Urteil", {"lang": "de"}),
    ("Dein Kommentar", {"lang": "de"}),
    ("Deine E-Mail (bleibt natürlich unter uns)", {"lang": "de"}),
    ("Website (optional)", {"lang": "de"}),
    ("Alle Rechte vorbehalten", {"lang": "de"}),
    ("Vervielfältigung nur mit Genehmigung", {"lang": "de"}),
    ("À écouter aussi", {"lang": "fr"}),
    ("© Le Monde 2024. Tous droits réservés.", {"lang": "fr"}),
    ("Todos los derechos reservados", {"lang": "es"}),
    # newsroom prompts, account walls, newsletter boxes and page controls of news sites
    ("We pay for your stories! Do you have a story for The Sun news desk?", {}),
    ("Email us at tips@example.co.uk or call 0207 782 4104. We pay for videos too. Click here to upload yours", {}),
    ("Get in touch with our news team by emailing us at webnews@example.co.uk.", {}),
    ("For more stories like this, check our news page.", {}),
    ("Send us your news", {}),
    ("Join us on WhatsApp", {}),
    ("Follow The Sun: Facebook | Twitter | Instagram", {}),
    ("Register for free to continue reading", {}),
    ("Already have an account? sign in", {}),
    ("Please refresh the page or navigate to another page on the site to be automatically logged in", {}),
    ("This article contains affiliate links, we will receive a commission on any sales we generate from it.", {}),
    ("This content is not available due to your privacy preferences. Update your settings here to see it.", {}),
    ("Please use Chrome browser for a more accessible video player", {}),
    ("Watch the video above", {}),
    ("WATCH:", {}),
    ("Click to subscribe to the Sky News Daily wherever you get your podcasts", {}),
    ("Enter your email address", {}),
    ("Thank you for subscribing!", {}),
    ("Something went wrong, please try again later.", {}),
    ("What do you think? Let us know in the comments.", {}),
    ("Show more", {}),
    ("Gift this article", {}),
    ("Open image in gallery", {}),
    ("File pic", {}),
    ("Stock image", {}),
    ("Read More Related Articles", {}),
    # syndication notes, app promotions, icon text and footer links of US, Indian and Australian sites
    ("Read the full story at NBC News.", {}),
    ("(With PTI inputs)", {}),
    ("(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)", {}),
    ("Opinions expressed by Forbes Contributors are their own.", {}),
    ("Download The Times of India News App for Latest India News.", {}),
    ("Track Latest News Live on NDTV.com and get news updates from India and around the world.", {}),
    ("Click here to join our channel (@indianexpress) and stay updated with the latest headlines", {}),
    ("CLICK HERE FOR MORE SPORTS COVERAGE ON FOXNEWS.COM", {}),
    ("Jane Smith is a reporter for Fox News Digital. Story tips can be sent to jane.smith@example.com.", {}),
    ("Chevron icon", {}),
    ("Two crossed lines that form an 'X'. It indicates a way to close an interaction, or dismiss a notification.", {}),
    ("This story is available exclusively to Business Insider subscribers. Become an Insider and start now.", {}),
    ("Have an account? Log in.", {}),
    ("Advertisement - Scroll to continue", {}),
    ("Do Not Sell My Personal Information", {}),
    ("Was this article helpful?", {}),
    ("Posted 3h ago3 hours ago, updated 1h ago1 hours ago", {}),
    ("Updated / Saturday, 4 Mar 2023 10:02", {}),
    ("Keep reading", {}),
    ("Hide caption", {}),
    # captions in more shapes
    ("Rishi Sunak during a visit to a school in London (Photo by Jane Smith - WPA Pool/Getty Images)", {}),
    ("Smoke rises over the city on Sunday (REUTERS/Jane Smith)", {}),
    ("The ship ran aground on Monday [Reuters]", {}),
    ("Kate Middleton, 41, pictured at Wimbledon last year", {}),
    ("The couple pictured together in 2019", {}),
    ("Supplied", {}),
    ("Photo: Supplied", {}),
    ("(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash, editing by Martin Howell.)", {}),
    ("Related TopicsEpic GamesGameTechieNewsPsyonixRocket League", {}),
    ("Impressum", {"lang": "de"}),
    ("Datenschutzerklärung", {"lang": "de"}),
    ("Mentions légales", {"lang": "fr"}),
    ("Enviá tu comentario", {"lang": "es"}),
    ("Other Opinion Columns", {}),
    ("CNET Japan 3/9(木) 18:45配信", {}),
    ("最終更新:3/9(木) 18:45", {}),
    ("2017-03-10 09:58 来源：网易科学人", {}),
    ("首页 > 科技频道 > 探索者 > 正文", {}),
    ("Home > News > UK > Politics", {}),
    ("GIVE IT BACK Mum who found £300 in a car park hands it to police", {}),
    ("Read more on the Sun", {}),
    ("You are here: Home / Sport / Football", {}),
]


def _case_id(case: tuple[str, dict[str, Any]]) -> str:
    return case[0][:40]


@pytest.mark.parametrize("case", KEEP, ids=_case_id)
def test_body_line_stays(case: tuple[str, dict[str, Any]]) -> None:
    """A body line that looks like junk to some rule stays, and so does every paragraph around it."""
    line, context = case
    result = _clean_with(line, **context)
    kept = result.text.splitlines()
    assert line in kept, [(r.rule, r.text) for r in result.removed if r.text == line]
    assert set(PARAGRAPHS[context.get("lang", "en")]) <= set(kept)


@pytest.mark.parametrize("case", DROP, ids=_case_id)
def test_boilerplate_goes(case: tuple[str, dict[str, Any]]) -> None:
    """Boilerplate of publishers we have no profile for goes, and the article's paragraphs stay."""
    line, context = case
    result = _clean_with(line, **context)
    kept = result.text.splitlines()
    assert line not in kept
    assert any(r.text == line for r in result.removed)
    assert set(PARAGRAPHS[context.get("lang", "en")]) <= set(kept)


def test_a_paragraph_ending_in_a_photo_credit_loses_the_credit_only() -> None:
    """A long paragraph with a credit glued to its end is body text: the credit is cut, the paragraph stays."""
    paragraph = " ".join(PARAGRAPHS["en"][2:] * 2)
    result = _clean_with(f"{paragraph} (Photo: John Smith/AP)")
    assert paragraph in result.text.splitlines()
    assert [(r.rule, r.text) for r in result.removed if r.category != "title"] == [
        ("caption_credit_span", "(Photo: John Smith/AP)")
    ]


def test_guardian_newsletter_box_goes_when_the_dump_shows_the_site() -> None:
    """The Guardian's newsletter box is site text: its profile, found by the box's own marker, drops it."""
    box = (
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside"
        " parties. For more information see our Privacy Policy.",
        "after newsletter promotion",
    )
    kept = _clean_with(box[0], after=box[1:]).text.splitlines()
    assert not set(box) & set(kept)


def test_a_list_with_an_ad_and_a_credit_inside_stays_whole_and_its_footer_goes() -> None:
    """Tour dates interrupted by a photo credit and an ad label, at the end of an article: every date stays."""
    dates = [f"June {day} -- Venue {day}, Allentown, PA" for day in range(9, 30, 2)]
    footer = ["Share this article", "Facebook Twitter WhatsApp Email", "Most read", "© 2022 Herald Media Group."]
    lines = [*PARAGRAPHS["en"], *dates[:4], "(AP Photo/Evan Vucci)", *dates[4:8], "Advertisement", *dates[8:], *footer]
    kept = clean("\n\n".join(lines), name="dump.txt").text.splitlines()
    assert kept == [*PARAGRAPHS["en"], *dates]


def test_html_with_a_declared_title_keeps_a_headline_like_first_line() -> None:
    """On a page whose metadata names its title, the first extracted line is a deal, not the title: it stays."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS["en"])
    html = (
        "<html><head><title>Daily Deals: Black Friday deals are live | The Gazette</title>"
        '<meta property="og:title" content="Daily Deals: Black Friday deals are live"></head><body>'
        f"<article><h2>PS4 DualShock Controller in Crystal for $39.99</h2>{body}</article></body></html>"
    )
    result = clean(html, name="page.html")
    assert result.text.splitlines()[0] == "PS4 DualShock Controller in Crystal for $39.99"
    assert result.metadata["title"] == "Daily Deals: Black Friday deals are live"


def test_repetition_corpus_bodies_lose_nothing_to_context_or_teasers() -> None:
    """Real bodies in one site's template (40 dumps, learning off): no body line goes for its junk neighbours
    or for following a teaser; what goes is credits, copyright lines and bylines the gold keeps."""
    lost: dict[str, str] = {}
    for dump in build_corpus(40, seed=7):
        result = clean(dump.text, name=dump.name, config=CleanConfig(site_key="herald"))
        kept = set(result.text.splitlines())
        rules = {r.text: r.rule for r in result.removed}
        datelines = [r.text for r in result.removed if r.rule == "wire_dateline"]
        for line in dump.body:
            if line in kept or any(line.startswith(d) and line[len(d) :].strip() in kept for d in datelines):
                continue  # kept whole, or kept but for its wire dateline (metadata, not body text)
            lost[line] = rules.get(line, "changed")
    assert set(lost.values()) <= {"copyright_footer", "byline"}, lost
