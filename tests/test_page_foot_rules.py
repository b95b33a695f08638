"""A whole page's foot, in any language: most-read lists' titles, comment sections' disclaimers and the terms a
site binds its readers to go; body sentences with the same words stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import _clean_with

GOES = [
    ("Most Read Business", "most_read_header"),
    ("Most Viewed Photos", "most_read_header"),
    ("Las más leídas", "most_read_header"),
    ("Lo + visto", "most_read_header"),
    ("Vidéos les plus vues", "most_read_header"),
    ("Gli articoli più letti", "most_read_header"),
    ("More Must-Reads From TIME", "most_read_header"),
    (
        "Reader comments do not necessarily reflect the views of the volunteers, editors, and directors of SOTT.net.",
        "comment_disclaimer",
    ),
    (
        "Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas "
        "de ellos pueden ser pasibles de sanciones legales.",
        "comment_disclaimer",
    ),
    (
        "El contenido de los comentarios es la opinión de los usuarios o internautas no de ultimahora.es.",
        "comment_disclaimer",
    ),
    ("ultimahora.es se reserva el derecho de eliminar cualquier comentario inapropiado.", "comment_disclaimer"),
    ("Sign up or login to join the discussions!", "comment_login_prompt"),
    (
        "Sign up for a free Medical News Today account to customize your medical and health news experiences.",
        "account_prompt",
    ),
    (
        "Log in with your Medical News Today account to create or edit your custom homepage, catch-up on your "
        "opinions notifications and set your newsletter preferences.",
        "account_prompt",
    ),
    ("Your CNN account Log in to your CNN account", "account_prompt"),
    ("Sign up for a free ONE Esports account and start engaging with other fans!", "account_prompt"),
    ("You must login or create an account to comment.", "comment_login_prompt"),
    ("Para poder comentar tenés que ingresar con tu usuario de LA NACION.", "comment_login_prompt"),
    ("Vous devez être connecté pour commenter cet article.", "comment_login_prompt"),
    ("Devi effettuare il login per commentare.", "comment_login_prompt"),
    ("Você precisa estar logado para comentar.", "comment_login_prompt"),
    (
        "© 2004-2019 All rights reserved. MNT is the registered trade mark of Healthline Media. Any medical "
        "information published on this website is not intended as a substitute for informed medical advice and you "
        "should not take any action before consulting with a healthcare professional.",
        "copyright_footer_opening",
    ),
    (
        "2019 Healthline Media UK Ltd. All rights reserved. MNT is the registered trade mark of Healthline Media. Any "
        "medical information published on this website is not intended as a substitute for informed medical advice.",
        "copyright_footer_opening",
    ),
    (
        "© 2023 TIME USA, LLC. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Service, "
        "Privacy Policy (Your California Privacy Rights) and Terms of Sale.",
        "copyright_footer",  # its copyright comes first
    ),
    (
        "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement "
        "(updated 1/1/20) and Privacy Policy and Cookie Statement and Your California Privacy Rights.",
        "site_terms_footer",
    ),
]
STAYS = [
    "Most read books this year were thrillers, the library's figures show.",
    "Most popular among voters were the tax cuts, which the party promised to keep.",
    "Her comments do not necessarily reflect the views of the party, a spokesman said on Monday.",
    "The company reserves the right to remove comments that break its rules, the judge noted in her ruling.",
    "La empresa se reserva el derecho de eliminar comentarios ofensivos, explicó el portavoz en la rueda de prensa.",
    "Users had to log in to comment on the site until the company changed its rules in 2020, he said.",
    "Log in to your bank account only from devices you trust, the police advised after the attacks.",
    "Create an account of what happened that night, the judge told the witness on Monday.",
    "Para poder comentar el fallo, los abogados pidieron más tiempo al tribunal, según informó la agencia.",
    "Please note that the minister declined to comment when reporters asked about the plan on Tuesday.",
    "The court found that use of the website did not constitute acceptance of the terms, which were hidden.",
    "2004 Olympic champion Kelly Holmes said the medal was hers by right, and all the rights to her story too.",
]


@pytest.mark.parametrize(("line", "rule"), GOES)
def test_a_page_foot_line_goes(line: str, rule: str) -> None:
    """The line is dropped, by the rule named for its kind."""
    result = _clean_with(line)
    assert line not in result.text
    assert rule in {r.rule for r in result.removed if r.text == line}


@pytest.mark.parametrize("line", STAYS)
def test_a_body_sentence_with_the_same_words_stays(line: str) -> None:
    """An article's sentence about readers, comments, terms or popularity keeps its place."""
    assert line in _clean_with(line).text


def test_the_headlines_under_a_most_read_title_go_with_it() -> None:
    """A most-read list's title takes the headlines under it; the article's paragraph after them stays."""
    headlines = (
        "The melting of Antarctica was already really bad",
        "The world's longest non-stop flights, mapped",
        "Tesla just won a huge victory in New Jersey",
    )
    paragraph = "The mayor said the decision was a good one for the town and its people, who had waited for years."
    dump = "Council sets budget\n\n" + "\n".join(
        (
            "The council set its budget on Tuesday after a long debate about the costs of the new library.",
            "Most Read Business",
            *headlines,
            paragraph,
        )
    )
    text = clean(dump + "\n", name="dump.txt").text
    assert not any(headline in text for headline in headlines)
    assert paragraph in text


CONSENT = [
    "En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour vous proposer des "
    "contenus et services adaptés à vos centres d’intérêts.",
    "Si continúa navegando, consideramos que acepta el uso de cookies.",
    "Proseguendo la navigazione acconsenti all'uso dei cookie.",
    "Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu.",
    "Ao continuar a navegar, concorda com a utilização de cookies.",
    "By continuing to browse the site you are agreeing to our use of cookies.",
]
CONSENT_NEWS = [
    "Under the new rules, sites may no longer say that visitors who keep browsing accept cookies, the regulator said.",
    "En poursuivant leur enquête, les policiers ont découvert des cookies sur l'ordinateur du suspect.",
]


@pytest.mark.parametrize("line", CONSENT)
def test_a_cookie_notice_that_takes_browsing_as_consent_goes(line: str) -> None:
    """The notice goes, in each language, whatever rule of the consent kind takes it."""
    result = _clean_with(line)
    assert line not in result.text
    assert {r.category for r in result.removed if r.text == line} == {"consent"}


@pytest.mark.parametrize("line", CONSENT_NEWS)
def test_news_about_cookies_and_browsing_stays(line: str) -> None:
    """A report on cookie rules, or a sentence that opens like a notice but is about something else, stays."""
    assert line in _clean_with(line).text
