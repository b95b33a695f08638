"""Furniture of newsrooms outside the UK and US (English-language outlets of India, Pakistan, Nigeria, Kenya,
South Africa, Australia, New Zealand, Ireland, Canada, Singapore and the Philippines; the main German, French,
Spanish, Italian and Portuguese news sites): it goes from inside an article, by the general rule of its kind, and
body sentences with the same words stay.

Each line sits between the second and third of four paragraphs of a short article in its language, the way
tests/test_generalization.py places its cases.
"""

from __future__ import annotations

from typing import Any

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS as BASE_PARAGRAPHS

PARAGRAPHS: dict[str, tuple[str, ...]] = {
    **BASE_PARAGRAPHS,
    "it": (
        "Il comune ha annunciato martedì un aumento del cinque per cento della tassa sugli immobili per il 2027.",
        "L'opposizione ha criticato la misura come ingiusta per le famiglie già colpite dal caro energia.",
        "Il sindaco ha difeso la decisione ricordando i tagli ai trasferimenti dello Stato negli ultimi anni.",
        "Il bilancio è stato approvato con una maggioranza risicata dopo più di tre ore di dibattito in consiglio.",
    ),
    "pt": (
        "A prefeitura anunciou na terça-feira um aumento de cinco por cento no imposto sobre imóveis para 2027.",
        "A oposição criticou a medida como injusta para as famílias que já sofrem com o preço da energia.",
        "O prefeito defendeu a decisão e lembrou que o governo federal cortou os repasses nos últimos anos.",
        "O orçamento foi aprovado por uma maioria apertada depois de mais de três horas de debate na câmara.",
    ),
}


def _clean_in_article(line: str, lang: str) -> Any:
    body = PARAGRAPHS[lang]
    lines = (body[0], body[1], line, body[2], body[3])
    return clean("Council sets budget for the coming year\n\n" + "\n\n".join(lines) + "\n", name="dump.txt")


DROP = [
    ("With files from The Canadian Press", "en", "world_agency_credit"),
    ("With files from CBC's Jane Doe", "en", "world_agency_credit"),
    ("(dpa)", "de", "world_agency_credit"),
    ("© dpa-infocom, dpa:261121-99-123456/3", "de", "world_agency_credit"),
    ("Con información de EFE", "es", "world_agency_credit"),
    ("Con información de agencias", "es", "world_agency_credit"),
    ("AAP", "en", "world_agency_credit_cased"),
    ("- with AAP", "en", "world_agency_credit_cased"),
    ("Agencias", "es", "world_agency_credit_cased"),
    ("Europa Press", "es", "world_agency_credit_cased"),
    ("Fonte: Ansa", "it", "world_agency_credit_cased"),
    ("Ansa", "it", "world_agency_credit_cased"),
    ("Published By:", "en", "world_desk_credit"),
    ("Published By: Sahil Sinha", "en", "world_desk_credit"),
    ("Please Email the Editor", "en", "world_footer_link"),
    ("CBC's Journalistic Standards and Practices", "en", "world_footer_link"),
    ("Also Watch", "en", "world_list_title"),
    ("Also Check:", "en", "world_list_title"),
    ("Lesen Sie mehr zum Thema", "de", "world_list_title"),
    ("Sur le même thème", "fr", "world_list_title"),
    ("Dans la même rubrique", "fr", "world_list_title"),
    ("Le puede interesar", "es", "world_list_title"),
    ("Watch Live TV in English", "en", "world_media_widget"),
    ("Watch Live News:", "en", "world_media_widget"),
    ("Video abspielen", "de", "world_media_widget"),
    ("Zum Video", "de", "world_media_widget"),
    ("Écouter cet article", "fr", "world_media_widget"),
    ("Get all the latest Sydney news straight to your inbox", "en", "world_newsletter_prompt"),
    (
        "Get the day's breaking news, entertainment ideas and a long read to enjoy. "
        "Sign up to receive our Evening Edition newsletter.",
        "en",
        "world_newsletter_prompt",
    ),
    ("Hier können Sie unseren Newsletter abonnieren", "de", "world_newsletter_prompt"),
    ("Vielen Dank für Ihre Anmeldung", "de", "world_newsletter_prompt"),
    ("Vous souhaitez recevoir nos newsletters ?", "fr", "world_newsletter_prompt"),
    ("Recevez notre newsletter", "fr", "world_newsletter_prompt"),
    ("Stay updated with the latest news on Times of India", "en", "world_newsroom_promo"),
    ("Get the latest news updates on Times of India", "en", "world_newsroom_promo"),
    ("Get access to 1,00,000+ premium stories", "en", "world_paywall_prompt"),
    ("You have reached your limit for free articles this month.", "en", "world_paywall_prompt"),
    ("Jetzt weiterlesen mit SPIEGEL+", "de", "world_paywall_prompt"),
    ("Jetzt weiterlesen mit Z+", "de", "world_paywall_prompt"),
    ("Cet article est réservé aux abonnés", "fr", "world_paywall_prompt"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar.", "de", "world_paywall_prompt"),
    ("Questo articolo è riservato agli abbonati.", "it", "world_paywall_prompt"),
    ("Esta matéria é exclusiva para assinantes.", "pt", "world_paywall_prompt"),
    ("Il vous reste 72.35% de cet article à lire. La suite est réservée aux abonnés.", "fr", "world_paywall_prompt"),
    ("Published in Dawn, November 21st, 2026", "en", "world_print_syndication_credit"),
    ("Published in The Express Tribune, November 21st, 2026.", "en", "world_print_syndication_credit"),
    ("Read more stories on Hindustan Times", "en", "world_read_on_prompt"),
    ("Read more stories on the ST app.", "en", "world_read_on_prompt"),
    ("Mehr anzeigen", "de", "world_read_on_prompt"),
    ("Lire plus tard", "fr", "world_read_on_prompt"),
    ("Seguir leyendo", "es", "world_read_on_prompt"),
    ("Sigue leyendo", "es", "world_read_on_prompt"),
    ("This article is closed for comments.", "en", "world_share_comment_prompt"),
    ("Kindly share this story:", "en", "world_share_comment_prompt"),
    ("Artikel verschenken", "de", "world_share_comment_prompt"),
    ("Zu den Kommentaren", "de", "world_share_comment_prompt"),
    ("Commenter", "fr", "world_share_comment_prompt"),
    ("Réagir", "fr", "world_share_comment_prompt"),
    ("Story first published: Saturday, November 21, 2026, 10:15 [IST]", "en", "world_site_stamp"),
    ("Mis à jour le 21 novembre 2026 à 10h15", "fr", "world_site_stamp"),
    ("Publié le 21 novembre 2026 à 10h15", "fr", "world_site_stamp"),
    ("Actualizado a las 10:15 h", "es", "world_site_stamp"),
    ("Join our WhatsApp channel", "en", "world_social_follow"),
    (
        "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.",
        "en",
        "world_social_follow",
    ),
    ("Folgen Sie uns auf Facebook und Twitter", "de", "world_social_follow"),
    ("Folgen Sie uns auf Instagram", "de", "world_social_follow"),
    ("Suivez-nous sur Facebook et Twitter", "fr", "world_social_follow"),
    ("Síguenos en Facebook y Twitter", "es", "world_social_follow"),
    (
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
        "syndicated feed.)",
        "en",
        "world_syndication_note",
    ),
    (
        "This story has been published from a wire agency feed without modifications to the text. "
        "Only the headline has been changed.",
        "en",
        "world_syndication_note",
    ),
    ("Lesen Sie auch Wie die Inflation die Mieten treibt", "de", "world_teaser_headline"),
    ("Mehr zum Thema Ukraine-Krieg", "de", "world_teaser_headline"),
    ("A lire aussi : Les prix de l'énergie flambent", "fr", "world_teaser_label"),
    ("Lea también", "es", "world_list_title"),
    ("Lo más leído", "es", "world_list_title"),
    ("I più letti", "it", "world_list_title"),
    ("Mais lidas", "pt", "world_list_title"),
    ("Continua a leggere", "it", "world_read_on_prompt"),
    ("Continua após a publicidade", "pt", "world_read_on_prompt"),
    ("¿Ya eres suscriptor? Inicia sesión", "es", "world_paywall_prompt"),
    ("Sei già abbonato? Accedi", "it", "world_paywall_prompt"),
    ("Já é assinante? Faça seu login", "pt", "world_paywall_prompt"),
    ("Conteúdo exclusivo para assinantes", "pt", "world_paywall_prompt"),
    ("Apúntate a nuestra newsletter", "es", "world_newsletter_prompt"),
    ("Ricevi la nostra newsletter", "it", "world_newsletter_prompt"),
    ("Seguici su Twitter e Instagram", "it", "world_social_follow"),
    ("Siga a Folha no Twitter", "pt", "world_social_follow"),
    ("Ver comentarios", "es", "world_share_comment_prompt"),
    ("Partilhar", "pt", "world_share_comment_prompt"),
    ("Com informações do g1", "pt", "world_agency_credit"),
    ("Com agências", "pt", "world_agency_credit"),
    ("RIPRODUZIONE RISERVATA", "it", "world_agency_credit"),
    ("EFE/Juan Carlos Hidalgo", "es", "world_agency_credit_cased"),
    ("Reprodução/Instagram", "pt", "world_agency_credit_cased"),
    ("Foto Ansa", "it", "world_agency_credit_cased"),
    ("Edited By: Ashish Vashistha", "en", "world_desk_credit"),
    ("Written by Express News Service", "en", "world_desk_credit"),
    ("Submit a news tip", "en", "world_footer_link"),
    ("Feedback", "de", "world_footer_link"),
    ("Corrections and clarifications", "en", "world_footer_link"),
    ("Originally published as Woman charged after crash on Sydney highway", "en", "world_print_syndication_credit"),
    ("This report by The Canadian Press was first published Nov. 21, 2026.", "en", "world_syndication_note"),
    ("Temps de lecture : 3 min.", "fr", "world_site_stamp"),
    ("Download the Indian Express app.", "en", "world_newsroom_promo"),
    ("Download the IOL App on Google Play or the App Store", "en", "world_newsroom_promo"),
    ("Support Stuff's journalism today", "en", "world_newsroom_promo"),
    ("Make a contribution to Stuff", "en", "world_newsroom_promo"),
    ("Do you have a story? WhatsApp us on 0700 000 000", "en", "world_newsroom_promo"),
    ("Listen to our Inside Politics podcast for the best analysis and chat", "en", "world_newsroom_promo"),
    ("RTÉ is not responsible for the content of external internet sites", "en", "world_newsroom_promo"),
    ("This advertisement has not loaded yet, but your article continues below.", "en", "world_newsroom_promo"),
    ("Disclaimer: This is a sponsored article.", "en", "world_newsroom_promo"),
    ("- Ends", "en", "world_newsroom_promo"),
    (
        "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant "
        "and respectful.",
        "en",
        "world_share_comment_prompt",
    ),
    ("Find The Irish Times on WhatsApp and stay up to date", "en", "world_social_follow"),
    ("Join ST's Telegram channel and get the latest breaking news delivered to you.", "en", "world_social_follow"),
    ("Écouter", "fr", "world_button_label"),
    ("Ver vídeo", "es", "world_button_label"),
    ("Bildergalerie ansehen", "de", "world_button_label"),
    ("Kommentare anzeigen", "de", "world_button_label"),
    ("Lire la suite de l'article", "fr", "world_button_label"),
    ("Regístrate gratis", "es", "world_button_label"),
    ("Déjà inscrit ? Connectez-vous", "fr", "world_button_label"),
    ("Registrati gratis", "it", "world_button_label"),
    ("Cadastre-se", "pt", "world_button_label"),
    ("Mehr Nachrichten", "de", "world_list_title"),
    ("Contenido patrocinado", "es", "world_list_title"),
    ("Stay updated with the latest Cricket news and Cricket updates on HT.", "en", "world_newsroom_promo"),
    (
        "Postmedia may earn an affiliate commission from purchases made through links on this page.",
        "en",
        "world_newsroom_promo",
    ),
    ("With AAP", "en", "world_agency_credit_cased"),
    ("Find out more about our editorial standards", "en", "world_footer_link"),
]

KEEP = [
    ("Écouter les habitants, c'est notre rôle, a dit le maire.", "fr"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar, kritisierte der Verband der Leser.", "de"),
    ("Registrieren müssen sich alle Teilnehmer bis Freitag, sagte die Sprecherin.", "de"),
    ("Ver vídeo de la sesión fue imposible para los vecinos, según la oposición.", "es"),
    ("Más noticias llegarán la próxima semana, prometió el alcalde.", "es"),
    ("The firm may earn a commission from purchases made through the scheme, the report said.", "en"),
    ("Read also the report by the auditors, which runs to more than two hundred pages.", "en"),
    ("Also watch for the new rules on parking, which come into force in May.", "en"),
    ("Read more stories on the council's website, the spokesman said.", "en"),
    ("Already a subscriber to the scheme, she said the rise would cost her family dearly.", "en"),
    ("Published by the council on Tuesday, the report found the same thing.", "en"),
    ("Edited by his wife after his death, the diaries were published in 1998.", "en"),
    ("Written by Jane Austen", "en"),
    ("Download the NHS app and book your vaccine, residents were told.", "en"),
    ("Stay updated with the latest advice on the council's website, officials said.", "en"),
    ("Support local journalism, she urged the audience.", "en"),
    ("Support the council's journalism award, the mayor said.", "en"),
    ("Make a contribution to the fund if you can, the charity said.", "en"),
    ("Do you have a story? That was the question the editor asked every morning.", "en"),
    ("Listen to our councillors, the protesters chanted outside the town hall.", "en"),
    ("Originally published as a pamphlet in 1920, the book has never been out of print.", "en"),
    ("Originally published as The Shadow of the Wind in Spanish, the novel sold millions.", "en"),
    ("This story has been told many times, but never from the point of view of the families.", "en"),
    ("With files from the archive, the historian rebuilt the timeline of the decision.", "en"),
    ("With inputs from residents, the plan was redrawn twice.", "en"),
    ("Source: the council's own figures", "en"),
    ("Guardar silencio", "en"),
    ("Join our WhatsApp channel campaign, the activists told supporters on Tuesday.", "en"),
    ("Find the council on WhatsApp and Telegram as well as on its website, the leaflet says.", "en"),
    ("Share this article on the dangers of ice with your neighbours, the police said.", "en"),
    ("Comments may take up to a week to be processed, the council warned.", "en"),
    ("Kindly share this story with anyone who knew him, the family said.", "en"),
    ("Get the latest news from the council by signing up to its alerts, the leaflet says.", "en"),
    ("Good journalism costs money, and the council has cut its advertising budget, editors said.", "en"),
    ("Feedback from residents was overwhelmingly negative, the council said.", "en"),
    ("Relacionado con el caso, el juez citó a tres testigos.", "en"),
    ("Merken Sie sich den Termin, sagte die Sprecherin.", "en"),
    ("Comentar no es delito, dijo el juez.", "en"),
    ("Lesen Sie auch das Kleingedruckte, riet die Verbraucherzentrale.", "de"),
    ("Mehr zum Thema Haushalt will der Kämmerer im Dezember vorlegen.", "de"),
    ("Bereits Abonnent der Zeitung, schrieb er einen Leserbrief an die Redaktion.", "de"),
    ("Folgen Sie uns auf dem Weg durch die Altstadt, sagte die Stadtführerin.", "de"),
    ("Quelle: eigene Berechnungen der Stadt", "de"),
    ("Kommentieren wollte der Bürgermeister die Entscheidung nicht.", "de"),
    ("Mit Material von der Baustelle wurde die Brücke repariert.", "de"),
    ("Zum Video der Sitzung gab es zahlreiche Kommentare.", "de"),
    ("Lire aussi le rapport de la Cour des comptes, qui est sans appel.", "fr"),
    ("Déjà abonné au service, il a dû payer deux fois.", "fr"),
    ("Suivez-nous sur le terrain, a lancé le maire aux journalistes.", "fr"),
    ("Publié le rapport, le maire a réagi.", "fr"),
    ("Réagir vite, c'est la clé, selon le préfet.", "fr"),
    ("Commenter la décision n'est pas mon rôle, a-t-il dit.", "fr"),
    ("Avec AFP et Reuters, l'agence a couvert l'événement.", "fr"),
    ("Lecture obligatoire pour les élus, le rapport fait 300 pages.", "fr"),
    ("Lea también el informe completo, pidió el alcalde a los concejales.", "es"),
    ("Más información llegará en los próximos días, dijo el portavoz.", "es"),
    ("Seguir leyendo el presupuesto es fundamental, explicó la concejala.", "es"),
    ("Síguenos en esta lucha, pidió el alcalde a los vecinos.", "es"),
    ("Con información de los vecinos, la policía localizó al sospechoso.", "es"),
    ("Fuente: elaboración propia con datos del ayuntamiento", "es"),
    ("Guardar silencio fue su estrategia durante meses.", "es"),
    ("Publicado el informe, la oposición pidió explicaciones.", "es"),
    ("Actualizado el censo, el ayuntamiento recalculó la tasa.", "es"),
    ("Leggi anche il rapporto della Corte dei conti, ha detto il sindaco.", "it"),
    ("Continua a leggere il bilancio chi vuole capire, ha detto il consigliere.", "it"),
    ("Già abbonato al servizio, ha dovuto pagare due volte.", "it"),
    ("Seguici su questa strada, ha detto il sindaco ai cittadini.", "it"),
    ("Pubblicato il rapporto, l'opposizione ha chiesto spiegazioni.", "it"),
    ("Commenta la decisione il presidente del consiglio comunale.", "it"),
    ("Leia também o relatório completo, pediu o prefeito aos vereadores.", "pt"),
    ("Já é assinante do jornal há vinte anos, disse a leitora.", "pt"),
    ("Siga a Folha de pagamentos com atenção, disse o secretário.", "pt"),
    ("Com informações da polícia, o suspeito foi localizado.", "pt"),
    ("Publicado o relatório, a oposição pediu explicações.", "pt"),
    ("Compartilhar a responsabilidade é essencial, disse o prefeito.", "pt"),
    ("Fonte: levantamento da prefeitura", "pt"),
    ("Published in The Lancet, November 21st, 2026, the study found no link.", "en"),
    ("The story was published from a news agency feed, the editor admitted later.", "en"),
    ("Watch live television coverage of the debate, the broadcaster urged viewers.", "en"),
    ("Ends meet, somehow, for most of the families we spoke to.", "en"),
]


@pytest.mark.parametrize(("line", "lang", "rule"), DROP, ids=[f"{lang}-{line[:40]}" for line, lang, _rule in DROP])
def test_world_furniture_goes_by_its_rule(line: str, lang: str, rule: str) -> None:
    """The line goes, by the rule of its kind, and the article's paragraphs stay."""
    result = _clean_in_article(line, lang)
    assert line not in result.text.splitlines()
    assert [r.rule for r in result.removed if r.text == line] == [rule]
    assert set(PARAGRAPHS[lang]) <= set(result.text.splitlines())


@pytest.mark.parametrize(("line", "lang"), KEEP, ids=[f"{lang}-{line[:40]}" for line, lang in KEEP])
def test_body_sentence_with_world_furniture_words_stays(line: str, lang: str) -> None:
    """A sentence that opens with a furniture label's words, or names an agency or a paywall, is body text."""
    result = _clean_in_article(line, lang)
    assert line in result.text.splitlines(), [(r.rule, r.text) for r in result.removed]
    assert set(PARAGRAPHS[lang]) <= set(result.text.splitlines())
