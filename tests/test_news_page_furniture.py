"""Furniture of UK and US news pages that stayed alone between paragraphs: placeholders of embedded social posts,
live-blog and gallery controls, newsletter and comment states, stock-quote fine print, screen-reader list labels,
podcast hosts' notices; body sentences that open with the same words stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS

BODY = PARAGRAPHS["en"]


def _between_paragraphs(*lines: str) -> str:
    return "\n".join((*BODY[:2], *lines, *BODY[2:])) + "\n"


def _removed(*lines: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in clean(_between_paragraphs(*lines), name="dump.txt").removed}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Skip twitter post", "social_embed_placeholder"),
        ("End of twitter post", "social_embed_placeholder"),
        ("Skip Instagram post by bbcnews", "social_embed_placeholder"),
        ("Skip YouTube post, 2", "social_embed_placeholder"),
        ("Allow Twitter content?", "social_embed_placeholder"),
        (
            "This article contains content provided by Twitter. We ask for your permission before anything is "
            "loaded, as they may be using cookies and other technologies.",
            "social_embed_placeholder",
        ),
        ("Warning: Third party content may contain adverts", "social_embed_placeholder"),
        ("View more on instagram", "social_embed_placeholder"),
        ("Loading Twitter content", "social_embed_placeholder"),
        ("Content is not available", "social_embed_placeholder"),
        ("Read more about our approach to external linking.", "social_embed_placeholder"),
        ("Bluesky", "social_network_name"),
        ("You will now start receiving email updates", "newsletter_signup_state"),
        ("You are already subscribed", "newsletter_signup_state"),
        ("Get our free View from Westminster email", "newsletter_signup_state"),
        ("Get our breaking news alert", "newsletter_signup_state"),
        ("Post was not sent - check your email addresses!", "form_state_message"),
        ("Sorry, your blog cannot share posts by email.", "form_state_message"),
        ("This discussion is closed for comments.", "comments_closed"),
        ("Was this helpful?", "rating_prompt"),
        ("Thank you for your feedback.", "rating_prompt"),
        ("Loading form...", "loading_placeholder"),
        (
            "Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at "
            "AP.org.",
            "funding_disclosure",
        ),
        ("skip past newsletter promotion", "skip_link"),
        ("Remind me in May", "reader_revenue_appeal"),
        ("Accepted payment methods: Visa, Mastercard, American Express and PayPal", "reader_revenue_appeal"),
        ("View image in fullscreen", "gallery_control"),
        ("Item 1 of 5", "gallery_control"),
        ("[1/5]", "gallery_control"),
        ("Popular videos", "widget_title"),
        ("Sponsored Features", "widget_title"),
        ("More On:", "more_link_word"),
        ("Show key events only", "ui_button_label"),
        ("Purchase Licensing Rights", "ui_button_label"),
        ("opens new tab", "aggregator_furniture"),
        ("Suggested Topics:", "ui_button_label"),
        ("Report error", "ui_button_label"),
        ("See Full Web Article", "aggregator_furniture"),
        ("Download the ABC NEWS app and subscribe to our alerts", "world_newsroom_promo"),
        ("Save articles to read later and create your own reading list.", "gift_article_prompt"),
        ("Watch on BBC iPlayer", "stream_elsewhere_link"),
        ("Listen on BBC Sounds", "stream_elsewhere_link"),
        ("Quotes displayed in real-time or delayed by at least 15 minutes.", "market_data_disclaimer"),
        ("Market Data provided by Factset.", "market_data_disclaimer"),
        ("end of list", "screen_reader_list_end"),
        (
            "The views expressed in this article are the author’s own and do not necessarily reflect Al Jazeera’s "
            "editorial stance.",
            "opinion_disclaimer",
        ),
        ("Hosted on Acast. See acast.com/privacy for more information.", "podcast_host_notice"),
        ("Learn more about your ad choices. Visit megaphone.fm/adchoices", "podcast_host_notice"),
        ("Newest first", "comment_thread_controls"),
        ("Most liked", "comment_thread_controls"),
        ("Read 1,234 Comments", "comments_section"),
        ("Show Conversation (45)", "comments_section"),
        ("The comments below have not been moderated.", "comments_section"),
        ("By posting your comment you agree to our house rules.", "comments_section"),
        (
            "The views expressed in the contents above are those of our users and do not necessarily reflect the "
            "views of MailOnline.",
            "comment_disclaimer",
        ),
        ("Give this article", "gift_article_prompt"),
        ("Listen to this article · 7:42 min Learn more", "listen_to_article"),
        ("Continue reading your article with a WSJ subscription", "paywall_notice"),
        ("Appeared in the November 21, 2023, print edition as 'Rail Strike Hits London'.", "print_edition_note"),
        ("Got a confidential news tip? We want to hear from you.", "news_tip_prompt"),
        ("Something is loading.", "loading_placeholder"),
        ("Read original article on Business Insider", "aggregator_furniture"),
        ("Keep up with the latest news with the USA TODAY app", "world_newsroom_promo"),
        ("Go to Homepage", "ui_button_label"),
        ("Submit Correction", "ui_button_label"),
        ("Our journalism is supported by our readers.", "newsletter_form"),
        ("This story has been shared 12,345 times. 12,345", "share_count_line"),
        ("Follow Jane Doe on Twitter: @janedoe", "follow_prompt"),
    ],
)
def test_page_furniture_alone_between_paragraphs_goes(line: str, rule: str) -> None:
    """The line goes under its rule; the paragraphs around it stay."""
    removed = _removed(line)
    assert removed.get(line) == rule
    assert not set(BODY) & set(removed)


def test_a_screen_reader_list_goes_with_its_headlines() -> None:
    """The counters of a teaser list read to a screen reader go with the headlines between them."""
    teasers = (
        "list of 3 items",
        "list 1 of 3",
        "Fed signals that higher interest rates are coming",
        "list 2 of 3",
        "Israel’s surveillance laboratory on lockdown",
        "list 3 of 3",
        "Why do Libyans feel occupied after being liberated?",
        "end of list",
    )
    removed = _removed(*teasers)
    assert set(teasers) <= set(removed)
    assert not set(BODY) & set(removed)


@pytest.mark.parametrize(
    "line",
    [
        "Skip the queue and book online, the museum advises.",
        "Allow plenty of time for your journey.",
        "Content is king, the chief executive said.",
        "Was this helpful? Not really, residents said.",
        "Thank you for your patience, the operator said.",
        "Item 1 on the agenda was the budget.",
        "Popular videos on the platform were removed overnight.",
        "Watch on BBC iPlayer from Monday, the broadcaster said.",
        "Get our money back, protesters chanted outside the bank.",
        "You will now receive updates from the council by post.",
        "Market data provided by the exchange showed a sharp fall.",
        "Remind me in May, she told the assistant.",
        "Accepted payment methods include cash and card.",
        "Save articles to read later and you will never finish them, the librarian joked.",
        "Post was not sent because the postman was on strike.",
        "List of 4 items were stolen from the house, police said.",
        "Order by order, the council dismantled the scheme.",
        "Most liked politicians are rarely the most trusted.",
        "Read 1,234 comments from residents before deciding, the councillor said.",
        "Give this article a careful read before you vote.",
        "Appeared in the dock on Monday, the defendant spoke only to confirm his name.",
        "Got a confidential tip about the council? Police want to hear from you.",
        "Our journalism is supported by readers like you, the editor wrote in a letter to subscribers.",
        "Follow the money on Twitter: @janedoe has the details.",
    ],
)
def test_sentences_that_open_like_page_furniture_stay(line: str) -> None:
    """A body sentence that opens with a furniture line's words stays."""
    assert line in clean(_between_paragraphs(line), name="dump.txt").text.splitlines()


def test_social_embed_placeholders_glued_into_the_article_line_go() -> None:
    """Glued into the article's one line, the placeholders of an embedded post go and the sentences stay whole."""
    junk = (
        "Allow Twitter content? This article contains content provided by Twitter. We ask for your permission before "
        "anything is loaded, as they may be using cookies and other technologies. Accept and continue Skip twitter "
        "post End of twitter post"
    )
    kept = clean(" ".join((*BODY[:2], junk, *BODY[2:])) + "\n", name="dump.txt").text
    assert all(sentence in kept for sentence in BODY)
    for words in ("Allow Twitter", "permission", "Skip twitter", "End of twitter"):
        assert words not in kept


@pytest.mark.parametrize("label", ["skip past newsletter promotion", "after newsletter promotion", "[1/5]"])
def test_a_promotion_marker_or_counter_glued_after_a_sentence_goes(label: str) -> None:
    """In a glued line, a lower-case promotion marker or a gallery counter after a sentence is cut off and goes."""
    text = " ".join((*BODY[:3], label, *BODY[3:])) + "\n"
    kept = clean(text, name="dump.txt").text
    assert label not in kept
    assert all(sentence in kept for sentence in BODY)
