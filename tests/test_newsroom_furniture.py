"""Furniture of UK and US newsrooms we have no profile for (reader-revenue asks, sign-up boxes, gift links, print
and wire notes): it goes from inside an article, and body sentences with the same words stay.

The cases run through the whole pipeline the way tests/test_generalization.py does: the line sits between the
second and third of four paragraphs of a short article.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS, _clean_with

DROP = [
    ("Support the Guardian", "support_outlet_button"),
    ("Link", "share_prompt"),
    ("• 2h • 2 min read", "post_meta_label"),
    ("In this article:", "article_widget_label"),
    ("Follow the Daily podcast on Apple Podcasts, Google Podcasts, Spotify, Spreaker", "follow_prompt"),
    ("Available for everyone, funded by readers", "reader_revenue_appeal"),
    ("Enjoy unlimited digital access to the Telegraph", "reader_revenue_appeal"),
    ("Enjoy more audio and podcasts on iOS or Android.", "reader_revenue_appeal"),
    ("This video can not be played", "video_unavailable"),
    ("Why you can trust Sky News", "outlet_trust_link"),
    (
        "Sign up for our free Brexit and beyond email for the latest headlines on what Brexit is meaning for the UK",
        "newsletter_signup_state",
    ),
    ("Sign up to our free breaking news emails", "newsletter_signup_state"),
    ("Thanks for signing up to the Breaking News email", "newsletter_signup_state"),
    ("Join our commenting forum", "comments_invitation"),
    (
        "Join thought-provoking conversations, follow other Independent readers and see their replies",
        "comments_invitation",
    ),
    ("Share your views in the comments below", "comments_invitation"),
    ("Comment on this story", "comments_invitation"),
    ("Follow Metro across our social channels, on Facebook, Twitter and Instagram", "social_channels_prompt"),
    ("FOLLOW THE SUN FOR ALL THE LATEST FOOTBALL NEWS", "social_channels_prompt"),
    ("Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", "social_channels_prompt"),
    (
        "This site is protected by reCAPTCHA and the Google Privacy policy and Terms of service apply.",
        "recaptcha_notice",
    ),
    ("Click here to get The Sun newspaper delivered to your door", "click_here_prompt"),
    ("Read more on football", "read_more_on_topic"),
    ("NEWYou can now listen to Fox News articles!", "listen_feature_promo"),
    ("Send any friend a story", "gift_article_prompt"),
    (
        "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
        "gift_article_prompt",
    ),
    (
        "A version of this article appears in print on March 5, 2023, Section A, Page 1 of the New York edition "
        "with the headline: Storm Hits Coast.",
        "print_edition_note",
    ),
    ("— With assistance from Jane Doe", "wire_update_note"),
    ("(Updates with comment in fourth paragraph.)", "wire_update_note"),
    (
        "The Associated Press receives support from several private foundations. The AP is solely responsible for "
        "all content.",
        "funding_disclosure",
    ),
    ("Source: Al Jazeera and news agencies", "source_credit"),
    (
        "We will use your email address only for sending you newsletters. Please see our Privacy Notice for "
        "details of your data protection rights.",
        "email_use_consent",
    ),
    (
        "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice",
        "email_use_consent",
    ),
    ("This story has been shared 1,234 times.", "share_count_line"),
    ("Read related topics: Sydney", "share_count_line"),
    ("Something went wrong. Please try again later.", "form_state_message"),
    ("Read our privacy notice", "privacy_pointer"),
    ("Story continues", "aggregator_furniture"),
    ("Read the original article on Business Insider", "aggregator_furniture"),
    ("Opens in new window", "aggregator_furniture"),
    ("Found the story interesting?", "aggregator_furniture"),
    (
        "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this "
        "article.",
        "affiliate_commission_note",
    ),
    ("Create an account", "account_paywall_prompt"),
    ("You have reached your article limit", "account_paywall_prompt"),
    ("Sign in to access your portfolio", "account_paywall_prompt"),
    ("Paid Partner Content", "account_paywall_prompt"),
    ("Published:", "post_meta_label"),
    ("3 min read", "post_meta_label"),
    ("Reading time: 4 minutes", "post_meta_label"),
    ("Name *", "comment_form_line"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment_form_line"),
    ("We and our partners use cookies", "partner_cookie_notice"),
    ("Rishi Sunak speaks at a press conference in Downing Street (Getty Images)", "caption_credit_bracket"),
    ("President Biden speaks in the Rose Garden. (Jabin Botsford/The Washington Post)", "caption_credit_bracket"),
    (
        "FILE PHOTO: The logo of Tesla is seen in Shanghai, China, January 5, 2023. REUTERS/Aly Song/File Photo",
        "caption_credit_bracket",
    ),
    ("Image caption The prime minister was speaking in Downing Street", "caption_credit_bracket"),
    ("Courtesy of the family", "photo_courtesy_credit"),
    ("Provided photo", "photo_courtesy_credit"),
    ("Staff photo by John Smith", "photo_courtesy_credit"),
    ("[WATCH] Moment car crashes into shop window", "teaser_label_prefix"),
    ("Trending: Celebrity couple split after ten years", "teaser_label_prefix"),
    ("In other news", "widget_heading"),
    ("Editor's choice", "widget_heading"),
    ("Tap to unmute", "video_prompt"),
    ("Watch the full interview here", "video_prompt"),
    ("Continue reading the main story", "video_prompt"),
    ("The post Council approves biggest tax rise in a decade appeared first on Northern Echo.", "feed_link_label"),
    ("Read Full Article", "feed_link_label"),
    ("View original article", "feed_link_label"),
    ("Continue reading on The Independent", "feed_link_label"),
    ("Via: The Verge", "feed_link_label"),
    ("(Source: BBC News)", "feed_link_label"),
    ("Read more at The Guardian", "read_more_on_topic"),
    ("Click here to read the full article.", "click_here_prompt"),
    ("Scroll to top", "navigation_link"),
    ("My Account", "account_button"),
    ("Log Out", "account_button"),
    ("Not a member yet?", "account_button"),
    ("Register for a free account", "account_button"),
    ("URL is copied.", "share_prompt"),
    ("You can unsubscribe at any time.", "newsletter_fine_print"),
    ("Subscribe now to access the Evening Herald.", "account_paywall_prompt"),
    ("To revisit this article, visit My Profile, then View saved stories.", "account_paywall_prompt"),
    ("Página 2 de 3", "pagination"),
    ("Puntúalo 4 estrellas", "rating_prompt"),
    ("Actualmente puntuada con 3 estrella(s) sobre 5", "rating_prompt"),
    ("RSS Feed", "footer_link_row"),
    ("Privacy | Terms | Ad Choices | Careers", "footer_link_row"),
    ("1. How relevant is this ad to you?", "ad_feedback_form"),
    (
        "Ad never loaded Ad prevented/slowed the page from loading Content moved around while ad loaded",
        "ad_feedback_form",
    ),
    ("The Herald values your feedback", "ad_feedback_form"),
    ("Screenshot by Jane Doe/Esports Weekly", "photo_courtesy_credit"),
    ("This page was printed from: https://www.example-health.com/articles/1234.php", "print_footer"),
    ("You must be logged in to report a comment.", "comments_invitation"),
    ("More about badges | Request a badge", "comments_invitation"),
    ("Community guidelines", "comments_invitation"),
    ("Please accept our privacy terms", "consent_wall_button"),
    ("ACCEPT AND CONTINUE TO SITE Deny permission", "consent_wall_button"),
    ("Recommended related news", "related_list_header"),
    ("Follow Mirror Politics on Snapchat, Tiktok, Twitter and Facebook.", "follow_prompt"),
    ("Do you have a story to share?", "news_tip_prompt"),
    ("Forgot your username and password?", "account_button"),
    ("Don't have an account?", "account_button"),
    ("You are signed in as", "account_button"),
    ("Edit Public Profile Sign Out", "account_button"),
    ("Ad Choices", "footer_link_row"),
    (
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
        "site_terms_footer",
    ),
    (
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.",
        "site_terms_footer",
    ),
    ("Write to Jane Doe at jane.doe@example.com and John Roe at john.roe@example.com", "author_contact"),
    ("Contact the author at jdoe@example.co.uk", "author_contact"),
    ("You can reach Jane Doe at jdoe@example.com.", "author_contact"),
    ("Email the writer at jane_doe@example.com.", "author_contact"),
    ("Follow Jane Doe on Twitter: @janedoe", "follow_prompt"),
    ("Got a confidential news tip? We want to hear from you.", "news_tip_prompt"),
    ("Passengers wait at London Euston on Thursday morning (PA)", "caption_agency_bracket"),
    ("Firefighters tackle the blaze in the hills above the town (AFP)", "caption_agency_bracket"),
    ("Copyright (c) 2023 Example Media, Inc. - All rights reserved", "copyright_footer"),
    ("Copyright 2023 All rights reserved", "copyright_footer"),
    ("Listen to the Morning Briefing on Apple Podcasts, Google Podcasts, Spotify, Spreaker", "podcast_listen_prompt"),
    ("Watch the latest video at example-news.com", "video_prompt"),
    ("For the latest news, weather, sports, and streaming video, head to The Example.", "video_prompt"),
    ("Click to expand", "ui_button_label"),
    ("Get exclusive news and the best deals with The Example's FREE newsletters", "world_newsletter_prompt"),
    (
        "Get your need-to-know latest news, feel-good stories, analysis and more by signing up to Example's News "
        "Updates newsletter",
        "world_newsletter_prompt",
    ),
    ("Get all the latest news and updates from The Example", "world_newsletter_prompt"),
    ("These are external links and will open in a new window", "aggregator_furniture"),
    ("Click to follow", "follow_prompt"),
    ("We've noticed you're adblocking.", "adblock_notice"),
    ("We rely on advertising to help fund our award-winning journalism.", "adblock_notice"),
    ("Already contributed? Log in to hide these messages.", "adblock_notice"),
    ("Add to your saved articles", "ui_button_label"),
]

KEEP = [
    "In this article, we look at how the council spent the money it raised from parking fines last year.",
    "It takes about two minutes to read the whole report, the minister said.",
    "Click the link in the email to confirm your account, the council said in its letter to residents.",
    "Support the bill, she urged her colleagues, or watch the hospital close.",
    "Support for the measure has grown among younger voters since the spring.",
    "Thousands of people signed up for the emails after the campaign launched last month.",
    "Sign up for the Disney+ bundle using the same email as your Hulu account",
    "“Thank you for signing up to help,” the organiser told the volunteers.",
    "The video could not be played in court because of a technical fault, the judge said.",
    "Follow the money, the detective told the jury.",
    "Source: a senior government official, speaking on condition of anonymity",
    "Sources close to the minister said she would not resign.",
    "Click here to get more information or download this game.",
    "Read more about the scheme on the council's website.",
    "Join the club, he joked.",
    "“I would like to receive an apology,” she said.",
    "The update, which adds a new feature, was released on Tuesday.",
    "Enjoy more time with your family this summer, the advert said.",
    "Something went wrong at the plant that night, investigators said.",
    "BGR may receive a commission",
    "The story continues to unfold, officials said.",
    "Published in 1999, the report found the same thing.",
    "The commission may earn a reprieve if you buy its argument, the minister joked.",
    "The minister said the plan would go ahead (PA reported the same).",
    "Courtesy of the hotel staff, the guests were given free breakfast the next morning.",
    "He wrote in a note to staff (seen by Reuters) that the plan had failed.",
    "Trending topics on the platform included the election and the storm.",
    "In other news, the council also approved a new cycle lane on the high street.",
    "Viewers can watch the full interview on Sunday evening, the broadcaster said.",
    "This article originally appeared in The Conversation.",
    "My account of the night differs from the police report, she said.",
    "Log out of every device, the bank advised customers after the breach.",
    "You can unsubscribe at any time, the regulator reminded the company, but few users knew how.",
    "Screenshot by screenshot, the investigators rebuilt the conversation.",
    "Subscribe now to access the full archive, the advert said, but readers stayed away.",
    "Did you encounter any technical issues? the engineer asked the pilots after the flight.",
    "The council values your feedback on the plan, the leader said in a letter to residents.",
    "Discussion policy at the school was changed after the complaint.",
    "Popular news sites saw traffic fall after the change.",
    "Scroll to top of the page to see the full list, the instructions said.",
    "Accept and continue was the only option on the form, the investigators found.",
    "This page was printed from an archive copy, the court heard.",
    "You must be logged in to vote in the members' ballot, the union said.",
    "Don't have an account? Ask your bank for one, the adviser told savers on the programme.",
    "Follow the money on Snapchat and you will find the scammers, the detective told the court.",
    "Do you have a story to share with the inquiry, the chairman asked the families at the hearing.",
    "Use of this site by children under 13 is banned, the company said in its reply to the regulator.",
    "The post office appeared first on the list of closures, the union said.",
    "Via the new bypass, the journey takes ten minutes.",
    "Contact the council at info@example.gov.uk to book a place.",
    "Write to your MP at mp@example.org and tell them what you think.",
    "Readers can contact the helpline at help@example.org, which is open every day.",
    "Got a tip for the Grand National? Our racing expert has three.",
    "The figures were released on Monday by the Press Association (PA).",
    "The minister said he would resign at the end of the month. (PA)",
    "In 2019, the band reclaimed all rights reserved by its former label, the lawyer said.",
    "Copyright 2019 was a landmark case in which all rights reserved by the author were upheld.",
    "Listen to the full interview on Spotify and you will hear him admit it, the lawyer said.",
    "For the latest news on the strike, the union said, members should head to its website.",
    "Click to expand the list of candidates, the guide told voters.",
    "Get the biggest stories of the week first, the editor promised readers of the new weekly newsletter.",
    "Get all the latest news and updates from the front line, the commander told his troops.",
    "Click to follow the link, the fraudsters wrote in the fake message.",
    "We rely on advertising to help fund our journalism, the publisher told MPs, and that model is failing.",
    "Please disable your ad blocker before the quiz, the teacher said to laughter.",
    "Add to your saved articles any you want to read later, the guide said.",
]


@pytest.mark.parametrize(("line", "rule"), DROP, ids=[line[:40] for line, _rule in DROP])
def test_newsroom_furniture_goes_by_its_rule(line: str, rule: str) -> None:
    result = _clean_with(line)
    assert line not in result.text.splitlines()
    assert [r.rule for r in result.removed if r.text == line] == [rule]
    assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())


@pytest.mark.parametrize("line", KEEP, ids=[line[:40] for line in KEEP])
def test_body_sentence_with_furniture_words_stays(line: str) -> None:
    result = _clean_with(line)
    assert line in result.text.splitlines(), [(r.rule, r.text) for r in result.removed]
    assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())


def test_a_bare_name_over_the_dateline_is_the_author() -> None:
    """Guardian- and Independent-style headers print the writer's name alone (or with a role) over the date."""
    for name_line, author in (("Sam Rkaina", "Sam Rkaina"), ("Denis Campbell Health policy editor", "Denis Campbell")):
        dump = "\n".join(
            (
                "Police hunt for man after woman attacked in park",
                name_line,
                "Monday 13 March 2023 14:20 GMT",
                *PARAGRAPHS["en"],
            )
        )
        result = clean(dump, name="dump.txt")
        assert result.metadata["author"] == author
        assert result.metadata["date"] == "2023-03-13T14:20"
        assert name_line not in result.text.splitlines()
        assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())


def test_a_label_or_an_outlet_over_the_dateline_is_not_an_author() -> None:
    """Words in capitals and four-word outlet names over a date are no writer: the author stays unknown."""
    for label in ("Classificação NASCAR", "Sioux Falls Argus Leader", "Breaking News"):
        dump = "\n".join(
            ("Storm hits the coast", "Intro line that sets the scene here", label, "Nov 19, 2019", *PARAGRAPHS["en"])
        )
        assert clean(dump, name="dump.txt").metadata.get("author") is None, label


def test_template_tags_glued_before_a_sentence_go_and_the_sentence_stays() -> None:
    """In a dump glued into one line, a sign-up box's unrendered template tags are cut out; the article's
    sentence glued right after them is not dropped with them as markup."""
    body = " ".join(PARAGRAPHS["en"])
    glued = (
        "Council sets budget for the coming year Sign up to our free breaking news emails Something went wrong. "
        "{{ #verifyErrors }}{{ message }}{{ /verifyErrors }}{{ ^verifyErrors }}Please try again "
        "later{{ /verifyErrors }} " + body + "\n"
    )
    result = clean(glued, name="dump.txt")
    assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())
    assert "{{" not in result.text
    assert any(r.text.startswith("{{") and r.category == "markup" for r in result.removed)


def test_the_name_over_an_author_bio_goes_with_the_bio() -> None:
    """An author box prints the name alone over the bio: both go (name_above), and the article stays whole.
    A line above the bio that is no name alone (a sentence) stays."""
    body = PARAGRAPHS["en"]
    bio = "Jane Doe is a staff writer at the Northern Echo covering local politics."
    result = clean("\n".join(("Council sets budget", *body, "Jane Doe", bio)) + "\n", name="dump.txt")
    assert {(r.rule, r.text) for r in result.removed} >= {
        ("author_name_above_bio", "Jane Doe"),
        ("author_bio_line", bio),
    }
    assert result.text.splitlines() == list(body)
    closing = "The council will vote again in May, said Jane Doe"
    result = clean("\n".join(("Council sets budget", *body, closing, bio)) + "\n", name="dump.txt")
    assert closing in result.text.splitlines()


def test_a_glued_credit_ends_before_the_word_that_opens_the_next_sentence() -> None:
    """Glued into one line, "... after a row Credit: Getty He joined ..." loses the caption and "Credit: Getty";
    "He" opens the next sentence and stays with it."""
    body = " ".join(PARAGRAPHS["en"][:2])
    sentence = "He joined in the summer for £20million but has made only nine appearances."
    rest = " ".join(PARAGRAPHS["en"][2:])
    caption = "The star has left the club after a row Credit: Getty"
    glued = f"Council sets budget for the coming year {body} {caption} {sentence} {rest}\n"
    result = clean(glued, name="dump.txt")
    assert sentence in result.text.splitlines()
    assert "Credit: Getty" not in result.text


def test_a_widget_title_takes_no_japanese_sentences_after_it() -> None:
    """A related-list title's block takes headlines, never sentences: a Japanese sentence ends in 。, not "."."""
    japanese = (
        "東京都は火曜日、来年度から固定資産税を五パーセント引き上げると発表した。",
        "市議会は三時間にわたる審議の末、賛成多数で予算案を可決した。",
        "野党はエネルギー価格の高騰に苦しむ家庭への打撃が大きいと批判した。",
    )
    lines = ("予算案を可決", *PARAGRAPHS["en"][:2], "Most viewed", *japanese, *PARAGRAPHS["en"][2:])
    result = clean("\n".join(lines) + "\n", name="dump.txt")
    assert set(japanese) <= set(result.text.splitlines())
    assert "Most viewed" not in result.text


def test_a_picture_label_alone_takes_the_caption_under_it_but_no_sentence() -> None:
    """ "Image:" alone on its line, then the caption with no full stop: both go. A sentence there stays."""
    caption = "Jose Mourinho, left, has replaced Mauricio Pochettino as manager of Tottenham"
    result = _clean_with("Image:", after=(caption,))
    assert {(r.rule, r.text) for r in result.removed} >= {
        ("image_label_caption", "Image:"),
        ("image_label_caption", caption),
    }
    assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())
    sentence = "Mourinho has replaced Mauricio Pochettino as manager of Tottenham."
    result = _clean_with("Image:", after=(sentence,))
    assert sentence in result.text.splitlines()


def test_a_glued_guardian_newsletter_box_goes_and_the_sentence_after_it_stays() -> None:
    """Glued into one line, the Guardian's box runs from its privacy notice to "after newsletter promotion", and
    the article's next sentence follows at once: the box goes whole, the sentence stays."""
    box = (
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
        "parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and "
        "the Google Privacy Policy and Terms of Service apply. after newsletter promotion"
    )
    first, second, third, fourth = PARAGRAPHS["en"]
    glued = f"{first} {second} {box} {third} {fourth}\n"
    result = clean(glued, name="dump.txt")
    assert result.text.splitlines() == list(PARAGRAPHS["en"])


DATED_SENTENCES = [
    "The hearing, set for Thursday 9 February 2023 10:00 GMT, was postponed after the judge fell ill on the morning.",
    "The deadline passed at 17:44, 6 March 2023, according to officials who spoke to the BBC about the matter.",
    "Ministers met on 3 March 2023 10:00 to discuss the plan, a spokesman for the department said on Monday.",
]


@pytest.mark.parametrize("sentence", DATED_SENTENCES, ids=[s[:30] for s in DATED_SENTENCES])
def test_a_date_and_time_inside_a_body_sentence_is_never_cut_out(sentence: str) -> None:
    """Dateline cuts set a header's stamp apart; a date with its time inside a sentence is the sentence's, in a
    dump of lines and in one glued into a single line."""
    first, second, third, fourth = PARAGRAPHS["en"]
    assert sentence in _clean_with(sentence).text.splitlines()
    glued = clean(f"{first} {second} {sentence} {third} {fourth}\n", name="dump.txt")
    assert sentence in glued.text.splitlines()


def test_a_junk_line_inside_a_teaser_list_makes_no_lone_headline_of_the_next_short_line() -> None:
    """A related list's block takes a summary sentence only right after a lone headline. A line dropped by its own
    rule inside the list (an ad label) must not make the next short line look alone: the sentence after it may
    be the article's, and losing it is worse than leaving a summary."""
    first, second, third, fourth = PARAGRAPHS["en"]
    sentence = "The council said the cuts would be restored by the evening, according to a spokesman."
    lines = (
        "Council sets budget for the coming year",
        first,
        second,
        "Related stories",
        "Storm warnings issued for the weekend",
        "Advertisement",
        "Power cuts hit ten thousand homes",
        sentence,
        "Flood defences to be reviewed after wettest winter",
        third,
        fourth,
    )
    result = clean("\n".join(lines) + "\n", name="dump.txt")
    assert sentence in result.text.splitlines()
    assert "Related stories" not in result.text


def test_a_video_label_takes_its_title_and_the_reporters_description_but_no_body_sentence() -> None:
    """Fox's embedded video: "Video", its title, "<Outlet>'s <Name> reports on …"; a body sentence after a bare
    label stays."""
    video = ("Video", "Storm batters East Coast", "Fox News' John Doe reports on the damage.")
    result = _clean_with(video[-1], before=video[:-1])
    assert not any(line in result.text.splitlines() for line in video)
    assert {r.rule for r in result.removed if r.text in video} == {"video_label_block"}
    body = "Residents said the storm was the worst they had seen in decades, and many were still without power."
    kept = _clean_with(body, before=("Video",))
    assert body in kept.text


def test_a_read_more_box_without_its_colon_takes_the_headline_under_it() -> None:
    """The Independent prints "Read More" over a teaser's headline, with no colon: both go, the paragraphs stay;
    a sentence under a bare "Read more" link is the article's."""
    result = _clean_with("Read More\nWhy are the council's bin collections changing again?")
    assert [(r.rule, r.text) for r in result.removed][1:] == [
        ("read_more_box", "Read More"),
        ("read_more_box", "Why are the council's bin collections changing again?"),
    ]
    assert set(PARAGRAPHS["en"]) <= set(result.text.splitlines())
    sentence = "The council said the new timetable would start in the spring."
    assert sentence in _clean_with(f"Read more\n{sentence}").text.splitlines()
