"""A cookie notice cut into sentences (a glued dump, a long line split at its full stops) goes whole: its
opening sentence names the site's own cookies and takes the notice's next sentences with it; body sentences
about cookies stay."""

from __future__ import annotations

from cleaner import clean

BODY = [
    "The storm brought winds of up to 100mph to the south coast of England on Thursday, officials said.",
    "The Met Office issued an amber warning for wind across much of the region, which remains in place until Friday.",
    "Network Rail said trees had fallen on several lines and urged passengers not to travel on Friday morning.",
]
NOTICE_EN = [
    "We use cookies and similar technologies to improve your browsing experience, personalise content and "
    "offers, show targeted ads, analyse traffic, and better understand you.",
    "We may share your information with third-party partners for marketing purposes.",
    "To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy.",
]
NOTICE_DE = [
    "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten und Inhalte zu personalisieren.",
    "Mit einem Klick auf Akzeptieren stimmen Sie der Verarbeitung Ihrer Daten durch unsere Partner zu.",
]
GERMAN_BODY = [
    "Der Sturm erreichte am Donnerstag die Küste und richtete in mehreren Orten schwere Schäden an, sagte die Polizei.",
    "Die Bahn stellte den Verkehr auf mehreren Strecken ein, weil Bäume auf die Gleise gestürzt waren.",
    "Am Freitag sollen die Aufräumarbeiten beginnen, teilte die Stadtverwaltung in einer Mitteilung mit.",
]


def _glued(body: list[str], notice: list[str]) -> str:
    return " ".join([body[0], *notice, *body[1:]])


def test_an_english_notice_glued_between_sentences_goes_whole() -> None:
    result = clean(_glued(BODY, NOTICE_EN))
    assert result.text.splitlines() == BODY
    assert {r.rule for r in result.removed} == {"cookie_notice_opening"}


def test_a_german_notice_glued_between_sentences_goes_whole() -> None:
    result = clean(_glued(GERMAN_BODY, NOTICE_DE))
    assert result.text.splitlines() == GERMAN_BODY


def test_body_sentences_about_cookies_stay() -> None:
    lines = [
        BODY[0],
        "We use cookies sparingly, the company's privacy chief told MPs on Tuesday afternoon.",
        '"We use cookies to keep accounts safe," a Google spokesperson said in a statement on Monday.',
        "Regulators said the consent banners that many sites show did not give users a real choice.",
        *BODY[1:],
    ]
    result = clean("\n".join(lines))
    assert result.text.splitlines() == lines


def test_a_long_notice_kept_whole_on_its_own_line_goes() -> None:
    notice = " ".join(
        [
            *NOTICE_EN,
            'By clicking "Accept and Continue" below, you consent to these activities unless and until you '
            "withdraw your consent using our rights request form, as described in our Privacy Policy.",
        ]
    )
    assert len(notice.split()) > 70  # longer than cookie_notice takes
    result = clean("\n".join([BODY[0], notice, *BODY[1:]]))
    assert result.text.splitlines() == BODY
