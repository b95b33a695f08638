"""Body sentences a glued line once lost in part, each kept now: a sentence glued to escaped markup, to a style
sheet's at-rule or to a copyright footer; a sentence before the next picture's "Image: <caption>"; a sentence cut
after a conjunction before "I’ve" (no sentence ends on a word a sentence goes on after)."""

from __future__ import annotations

from cleaner.pipeline import clean
from cleaner.rules import load_rulebook
from cleaner.split import split_glued

BODY = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
TAIL = " The council will vote on the plan again next month, its chairman said."


def _text(line: str) -> str:
    return clean(BODY + line + TAIL + "\n", name="glued.txt").text


def _split(line: str) -> tuple[str, ...]:
    rules = tuple(rule for rule in load_rulebook().generic.rules if rule.scope == "cut")
    return split_glued((BODY + line,), rules=rules)[0]


def test_sentences_beside_escaped_markup_stay() -> None:
    """ "... of it all.” &lt;span data-mce-type="bookmark" ...&gt;&amp;#65279;&lt;/span&gt; As it turned out ...": the
    escaped tags go, both sentences stay."""
    first = (
        "That’s when they learned who had written it, and found themselves blindsided by “the Mary Steenburgen of it.”"
    )
    second = "As it turned out, Steenburgen had spent the last few years toiling away on her own dream."
    markup = (  # escaped twice in the dump: once decoded, "&lt;span ...&gt;" is left
        '&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px; overflow: hidden;'
        ' line-height: 0;" class="mce_SELRES_start"&amp;gt;&amp;amp;#65279;&amp;lt;/span&amp;gt;'
    )
    text = _text(f"{first} {markup} {second}")
    assert first in text and second in text
    assert "mce_SELRES" not in text


def test_sentence_before_a_style_at_rule_stays() -> None:
    """ "... said Sanjiv Bhasin, Director, IIFL Securities. @media(max-width:480px){ ... }": the rule goes."""
    sentence = 'Now, we expect broader markets to outperform," said Sanjiv Bhasin, Director, IIFL Securities.'
    text = _text(f"{sentence} @media(max-width:480px){{ .arti-flow iframe{{min-height:600px;}} }}")
    assert sentence in text
    assert "@media" not in text


def test_sentence_before_a_copyright_footer_stays() -> None:
    """ "... mosquito bites. © 2019 Associated Press.": the footer is a piece of its own; "... hours. © Regan", a
    picture's credit, stays with its caption."""
    sentence = "He says residents in the affected areas should continue to take precautions against mosquito bites."
    pieces = _split(f"{sentence} © 2019 Associated Press. Jam will set within 24-48 hours. © Regan")
    assert sentence in pieces and "© 2019 Associated Press." in pieces
    assert "Jam will set within 24-48 hours. © Regan" in pieces
    assert sentence in _text(f"{sentence} © 2019 Associated Press.")


def test_sentence_before_the_next_pictures_caption_stays_and_a_credit_takes_its_caption() -> None:
    """ "... on Saturday. Image: Jose Mourinho": the label and its words go alone; "... equivalent. Credit: ESA" and
    "... states. Picture: Alamy" take the caption before them."""
    sentence = "His first match in charge will be away to West Ham on Saturday."
    caption = "A reference habitation module for a crewed Mars mission compared to its equivalent."
    text = _text(f"{sentence} Image: Jose Mourinho He said he was proud. {caption} Credit: ESA It was launched.")
    assert sentence in text
    assert "Jose Mourinho" not in text
    assert caption not in text and "Credit: ESA" not in text


def test_no_sentence_ends_after_a_conjunction_before_i_ve() -> None:
    """ "‘We are not seeking direct confrontation with Russia though I’ve been clear ...’": one piece; "... the US
    I’ll respond" still breaks."""
    quote = (
        "‘We are not seeking direct confrontation with Russia though I’ve been clear if Russia targets Americans in "
        "Ukraine, we will respond forcefully,’ he said."
    )
    pieces = _split(f"{quote} They talked to the US I’ll respond later, he said.")
    assert quote in pieces
    assert "I’ll respond later, he said." in pieces
