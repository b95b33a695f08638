"""A <div> of running text between two paragraphs reaches the output.

trafilatura drops every <div> of a body with enough <p> text (three times its 250-character minimum)."""

from __future__ import annotations

from cleaner.extract import extract_html

SENTENCES = (
    "Breaking with decades of policy favoring free trade, the government has pursued an agenda favoring tariffs.",
    "Backers of tariffs say that they help local companies become more competitive with their foreign rivals.",
    "Most mainstream economists, however, argue that consumers are the primary victims of tariffs on goods.",
    "Revenues from the tariffs have totaled about 63 billion dollars through the end of June this year.",
)
PARAGRAPHS = tuple(f"{sentence} {sentence}" for sentence in SENTENCES)  # 800 characters of <p> text in all


def _lines(between: str, after: str = "") -> list[str]:
    first, second, third, fourth = (f"<p>{text}</p>" for text in PARAGRAPHS)
    page = (
        "<html><body><article><h1>A guide to understanding tariffs</h1>"
        f'<div class="article-text">{first}{second}{between}{third}{fourth}{after}</div></article></body></html>'
    )
    return list(extract_html(page).lines)


def test_a_subheading_set_in_a_div_between_paragraphs_stays() -> None:
    lines = _lines('<div class="pf_subheadline">Who pays the cost of a tariff?</div>')
    assert "Who pays the cost of a tariff?" in lines
    assert lines.index("Who pays the cost of a tariff?") == lines.index(PARAGRAPHS[1]) + 1


def test_a_paragraph_set_in_a_div_with_inline_markup_between_paragraphs_stays() -> None:
    text = "The importers pay the tariff, and they are <em>usually</em> local companies, said one economist."
    assert "The importers pay the tariff, and they are usually local companies, said one economist." in _lines(
        f"<div>{text}</div>"
    )


def test_a_link_div_or_a_div_after_the_text_is_still_left_out() -> None:
    """A teaser link in a <div> between paragraphs, and a <div> after the last one (a share prompt), stay out."""
    lines = _lines(
        '<div><a href="/related/story">Tariffs explained: the ten charts you need to see</a></div>',
        after="<div>Share this article with your friends and family</div>",
    )
    assert not any("ten charts" in line for line in lines)
    assert not any("Share this article" in line for line in lines)
    assert PARAGRAPHS[3] in lines


def test_a_page_with_little_paragraph_text_keeps_its_divs() -> None:
    """With little <p> text trafilatura reads the <div>s too (a lead set in a <div> after the headline); a long
    <div> between the two <p>s is not made a <p>, which would tip it into reading <p>s alone."""
    lead = "New sensors see more than the trained eye of the milker and help the health of the herd."
    long_div = " ".join(SENTENCES * 2)
    page = (
        "<html><body><article><h1>Sensors in the cow shed</h1>"
        f"<div><strong>{lead}</strong></div><div class='body'><p>{SENTENCES[0]}</p><div>{long_div}</div>"
        f"<p>{SENTENCES[1]}</p></div></article></body></html>"
    )
    text = "\n".join(extract_html(page).lines)
    assert lead in text
    assert SENTENCES[2] in text
