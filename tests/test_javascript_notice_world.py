"""A page's notice that JavaScript is off or must be turned on, in the reader's language, goes; news about
JavaScript stays."""

from __future__ import annotations

import pytest

from tests.test_generalization import _clean_with

NOTICES = [
    "現在JavaScriptが無効になっています。すべての機能を利用するためには、JavaScriptの設定を有効にしてください。",
    "请启用JavaScript以获得最佳体验。",
    "Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.",
    "JavaScript ist in Ihrem Browser deaktiviert.",
    "JavaScript est désactivé dans votre navigateur.",
    "Veuillez activer JavaScript pour afficher ce contenu.",
    "Para ver este contenido habilite JavaScript en su navegador.",
    "Si prega di abilitare JavaScript per vedere il video.",
    "Ative o JavaScript para continuar.",
]
NEWS = [
    "The developers said JavaScript is disabled on the test servers for security reasons.",
    "Die Entwickler aktivieren JavaScript erst nach dem Test, sagte der Sprecher am Dienstag.",
    "El navegador activa JavaScript por defecto, explicó el investigador en su informe.",
    "Il browser abilita JavaScript solo dopo il consenso dell'utente, ha spiegato l'azienda.",
    "Pour jouer, il suffit d'activer JavaScript, explique le développeur du jeu à nos journalistes.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_javascript_notice_goes(line: str) -> None:
    """The notice goes, whatever rule of the widget kind takes it."""
    result = _clean_with(line)
    assert line not in result.text
    assert {r.rule for r in result.removed if r.text == line} <= {"javascript_notice_world", "javascript_notice"}
    assert {r.rule for r in result.removed if r.text == line}


@pytest.mark.parametrize("line", NEWS)
def test_news_about_javascript_stays(line: str) -> None:
    """A sentence that reports on JavaScript in the third person keeps its place."""
    assert line in _clean_with(line).text
