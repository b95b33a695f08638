"""An embedded video or audio player's interface text (media_player_ui, cut_media_player_ui) and other page
furniture goes in every shape a dump gives it (a line alone, a block, glued into the article's one line); body
sentences with the same words, and one-word lines that may be the article's own, stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS

BODY = PARAGRAPHS["en"]

# a video.js player (Brightcove's too) as a text dump prints it, then a JW Player's keyboard-shortcut panel
VIDEO_JS = (
    "Video Player is loading.",
    "Play Video",
    "Play",
    "Mute",
    "Current Time 0:00",
    "/",
    "Duration 0:00",
    "Loaded: 0%",
    "Stream Type LIVE",
    "Seek to live, currently behind liveLIVE",
    "Remaining Time -0:00",
    "1x",
    "Playback Rate",
    "Chapters",
    "Chapters",
    "descriptions off, selected",
    "captions settings, opens captions settings dialog",
    "captions off, selected",
    "Audio Track",
    "Fullscreen",
    "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.",
    "TextColorWhiteBlackRedGreenBlueYellowMagentaCyanTransparencyOpaqueSemi-Transparent",
    "Font Size50%75%100%125%150%175%200%300%400%",
    "Reset restore all settings to the default values Done",
    "Close Modal Dialog",
    "End of dialog window.",
)
JW_PLAYER = (
    "0 seconds of 1 minute, 30 secondsVolume 90%",
    "Press shift question mark to access a list of keyboard shortcuts",
    "Keyboard Shortcuts",
    "Enabled Disabled",
    "Play/Pause SPACE",
    "Increase Volume ↑",
    "Decrease Volume ↓",
    "Seek Forward →",
    "Seek Backward ←",
    "Captions On/Off c",
    "Fullscreen/Exit Fullscreen f",
    "Mute/Unmute m",
    "Seek % 0-9",
    "Live",
    "00:00",
    "01:30",
)


def _kept_lines(text: str) -> list[str]:
    return clean(text, name="dump.txt").text.splitlines()


def _between_paragraphs(*lines: str) -> str:
    return "\n".join((*BODY[:2], *lines, *BODY[2:])) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Video Player is loading.",
        "Current Time 0:00",
        "Duration 0:00",
        "Remaining Time -0:00",
        "Loaded: 0%",
        "Stream Type LIVE",
        "Seek to live, currently behind liveLIVE",
        "Playback Rate",
        "descriptions off, selected",
        "captions settings, opens captions settings dialog",
        "Audio Track",
        "Close Modal Dialog",
        "This is a modal window.",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "End of dialog window.",
        "Reset restore all settings to the default values Done",
        "0 seconds of 1 minute, 30 secondsVolume 90%",
        "Press shift question mark to access a list of keyboard shortcuts",
        "Play/Pause SPACE",
        "Increase Volume",
        "Seek Forward",
        "Mute/Unmute m",
        "Seek % 0-9",
        "If playback doesn't begin shortly, try restarting your device.",
        # the same player in German, French, Spanish, Italian, Portuguese and Dutch
        "Aktueller Zeitpunkt 0:00",
        "Verbleibende Zeit -0:00",
        "Untertitel aus, ausgewählt",
        "Dies ist ein modales Fenster.",
        "Ende des Dialogfensters.",
        "Temps restant -0:00",
        "Fermer la boîte de dialogue modale",
        "Début de la fenêtre de dialogue. La touche d'échappement annulera et fermera la fenêtre.",
        "Tiempo restante -0:00",
        "Fin de la ventana de diálogo.",
        "Chiudi la finestra di dialogo modale",
        "Fechar Janela Modal",
        "Einde van dialoogvenster.",
    ],
)
def test_a_player_line_alone_between_paragraphs_goes(line: str) -> None:
    """A line only a player prints goes even alone; the paragraphs around it stay."""
    removed = {r.text: r.rule for r in clean(_between_paragraphs(line), name="dump.txt").removed}
    assert removed.get(line) == "media_player_ui"
    assert not set(BODY) & set(removed)


@pytest.mark.parametrize("line", ["Chapters", "Live", "Cancel", "1x", "Keyboard Shortcuts", "00:00", "Current time"])
def test_a_player_word_alone_between_paragraphs_stays(line: str) -> None:
    """A one-word button or value of a player, alone between paragraphs, may be the article's own line."""
    assert line in _kept_lines(_between_paragraphs(line))


@pytest.mark.parametrize(
    "line",
    [
        "Press the play button twice, the engineer said.",
        "The fullscreen display was loaded with 0% errors, officials said.",
        "Chapters of the report were leaked.",
        "The duration of the strike is 0:00 hours, the union joked.",
        "Seek forward and you will find the answer, the pastor said.",
        "This is a modal window into the government's thinking, critics said.",
        "Increase volume targets were missed for the third year running.",
    ],
)
def test_body_sentences_with_player_words_stay(line: str) -> None:
    """A sentence that uses a player's words is body text."""
    assert line in _kept_lines(_between_paragraphs(line))


def test_a_player_block_between_paragraphs_goes_with_its_buttons() -> None:
    """The whole block goes, its one-word buttons and values ("1x", "Chapters", "Live") with it."""
    kept = _kept_lines(_between_paragraphs(*VIDEO_JS, *JW_PLAYER))
    assert kept[-4:] == list(BODY)
    assert not set(VIDEO_JS + JW_PLAYER) & set(kept)


def test_a_player_glued_into_the_article_line_goes() -> None:
    """In an article glued into one line the player's text goes and every sentence stays whole."""
    text = " ".join((*BODY[:2], *VIDEO_JS, *JW_PLAYER[:-3], *BODY[2:])) + "\n"
    kept = _kept_lines(text)
    assert set(BODY) <= set(kept)
    leftover = " ".join(line for line in kept if line not in BODY)
    for word in ("Current Time", "Loaded", "dialog", "Playback Rate", "Modal", "Volume", "Seek", "TextColor"):
        assert word not in leftover


def test_a_glued_sentence_with_a_player_word_stays_whole() -> None:
    """Words of a player inside a glued sentence are no player: the sentence is left whole."""
    line = "The screen showed Current Time 0:00 for an hour, and the Playback Rate never changed, staff said."
    text = " ".join((*BODY[:2], line, *BODY[2:])) + "\n"
    assert line in _kept_lines(text)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The article continues below", "ad_label"),
        ("Content continues below", "ad_label"),
        ("From our partners", "widget_title"),
        ("How we use your data", "privacy_pointer"),
        ("More from", "more_link_word"),
        ("Add to collection", "ui_button_label"),
        ("Published in the print edition", "print_edition_note"),
        (
            'This article appeared in the Britain section of the print edition under the headline "Off the rails"',
            "print_edition_note",
        ),
    ],
)
def test_page_furniture_alone_between_paragraphs_goes(line: str, rule: str) -> None:
    """Labels and notes of a news page's furniture go alone between paragraphs."""
    removed = {r.text: r.rule for r in clean(_between_paragraphs(line), name="dump.txt").removed}
    assert removed.get(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "More from the minister later.",
        "Published in the print edition of the Times on Monday, the letter caused a stir.",
        "How we use your data is a matter for parliament, she said.",
        "The content continues below the fold on most phones, the designer said.",
    ],
)
def test_sentences_that_open_like_page_furniture_stay(line: str) -> None:
    """Sentences that open with a furniture label's words are body text."""
    assert line in _kept_lines(_between_paragraphs(line))


# the same player as a page's textContent gives it: no space between its elements
VIDEO_JS_TEXT_CONTENT = (
    "Video Player is loading.Play VideoPlayMuteCurrent Time 0:00/Duration 0:00Loaded: 0%Stream Type LIVESeek to live, "
    "currently behind liveLIVERemaining Time -0:001xPlayback Rate1xChaptersChaptersDescriptionsdescriptions off, "
    "selectedCaptionscaptions settings, opens captions settings dialogcaptions off, selectedAudio TrackFullscreen"
    "This is a modal window.Beginning of dialog window. Escape will cancel and close the window."
    "TextColorWhiteBlackRedGreenBlueYellowMagentaCyanTransparencyOpaqueSemi-TransparentFont Size50%75%100%125%150%"
    "175%200%300%400%Text Edge StyleNoneRaisedDepressedUniformDropshadowFont FamilyProportional Sans-SerifMonospace "
    "Sans-SerifProportional SerifMonospace SerifCasualScriptSmall CapsReset restore all settings to the default values"
    "DoneClose Modal DialogEnd of dialog window."
)


@pytest.mark.parametrize("separator", ["\n", " ", ""])
def test_a_player_run_together_with_no_spaces_goes(separator: str) -> None:
    """A player's text with no space between its elements goes, on its own line, glued into the article's line
    with spaces, or run together with the sentences themselves; every sentence stays."""
    text = separator.join((*BODY[:2], VIDEO_JS_TEXT_CONTENT, *BODY[2:])) + "\n"
    kept = clean(text, name="dump.txt").text
    assert all(sentence in kept for sentence in BODY)
    for word in ("Video Player", "Current Time", "Loaded", "Chapters", "dialog", "Font", "Modal", "Reset", "Done"):
        assert word not in kept


def test_a_german_player_glued_into_the_article_line_goes() -> None:
    """video.js's German strings glued into a German article's one line go; every sentence stays whole."""
    body = PARAGRAPHS["de"]
    player = (
        "Video abspielen Wiedergabe Ton aus Aktueller Zeitpunkt 0:00 / Dauer 0:00 Geladen: 0% Streamtyp LIVE "
        "Verbleibende Zeit -0:00 1x Wiedergabegeschwindigkeit Kapitel Beschreibungen aus, ausgewählt "
        "Untertiteleinstellungen, öffnet Einstellungsdialog für Untertitel Untertitel aus, ausgewählt Tonspur Vollbild "
        "Dies ist ein modales Fenster. Anfang des Dialogfensters. Esc bricht ab und schließt das Fenster. "
        "Ende des Dialogfensters. Modales Fenster schließen"
    )
    kept = clean(" ".join((*body[:2], player, *body[2:])) + "\n", name="dump.txt").text
    assert all(sentence in kept for sentence in body)
    for words in ("Video abspielen", "Zeitpunkt", "Geladen", "Kapitel", "Dialogfensters", "Modales", "Tonspur"):
        assert words not in kept


YOUTUBE_EMBED = (
    "Watch later",
    "Share",
    "Copy link",
    "Info",
    "Shopping",
    "Tap to unmute",
    "If playback doesn't begin shortly, try restarting your device.",
    "More videos",
    "You're signed out",
    "Videos you watch may be added to the TV's watch history and influence TV recommendations. To avoid this, cancel "
    "and sign in to YouTube on your computer.",
    "Cancel",
    "Confirm",
    "Share",
    "Include playlist",
    "An error occurred while retrieving sharing information. Please try again later.",
    "Watch on",
    "0:00",
    "0:00 / 2:15",
    "Live",
)


@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_youtube_embed_goes_as_a_block_and_glued(separator: str) -> None:
    """The text of an unplayed YouTube embed goes, a line each or glued into the article's line; its buttons
    ("Info", "Cancel", "Live") go with it."""
    kept = clean(separator.join((*BODY[:2], *YOUTUBE_EMBED, *BODY[2:])) + "\n", name="dump.txt").text
    assert kept.splitlines() == list(BODY)


PLAYERS_WORLD = {
    "fr": (
        "Lire la vidéo",
        "Lecture",
        "Sourdine",
        "Temps actuel 0:00",
        "/",
        "Durée 0:00",
        "Chargé : 0%",
        "Temps restant -0:00",
        "1x",
        "Vitesse de lecture",
        "Chapitres",
        "Sous-titres transcrits désactivés, sélectionné",
        "Piste audio",
        "Plein écran",
        "Ceci est une fenêtre modale.",
        "Début de la fenêtre de dialogue. La touche d'échappement annulera et fermera la fenêtre.",
        "Fin de la fenêtre de dialogue.",
        "Fermer la boîte de dialogue modale",
    ),
    "es": (
        "Reproducir vídeo",
        "Reproducción",
        "Silenciar",
        "Tiempo reproducido 0:00",
        "/",
        "Duración total 0:00",
        "Cargado: 0%",
        "Tiempo restante -0:00",
        "1x",
        "Velocidad de reproducción",
        "Capítulos",
        "Subtítulos desactivados, seleccionado",
        "Pista de audio",
        "Pantalla completa",
        "Esta es una ventana modal.",
        "Fin de la ventana de diálogo.",
        "Cierra cuadro de diálogo modal",
    ),
}


@pytest.mark.parametrize("lang", sorted(PLAYERS_WORLD))
@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_french_or_spanish_player_goes_as_a_block_and_glued(lang: str, separator: str) -> None:
    """video.js's French and Spanish strings go, a line each (its opening buttons too) or glued into the line."""
    body = PARAGRAPHS[lang]
    kept = clean(separator.join((*body[:2], *PLAYERS_WORLD[lang], *body[2:])) + "\n", name="dump.txt").text
    assert kept.splitlines() == list(body)
