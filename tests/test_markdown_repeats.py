"""Tests for cleaner.markdown_repeats: the article's second copy in a whole page converted to Markdown."""

from __future__ import annotations

from cleaner.markdown import REPEATED_RULE, markdown_lines
from cleaner.markdown_repeats import repeated_lines

SENTENCES = [
    "The road to retiring early is not easy for anyone who tries it in their thirties.",
    "It takes time and incredible discipline to earn, save and invest as much as you possibly can.",
    "Many early retirees define it as not having to work to live, which is financial independence.",
    "The first step on the path is figuring out exactly what that phrase means to you and your family.",
    "Establishing your ideal day to day will make it easier to plan for, though it will evolve over time.",
    "Leif Dahleen, the blogger behind the site, retired from anesthesiology at the age of forty three.",
    "He says the first step for any aspiring early retiree is to take inventory of their finances today.",
    "You should calculate your net worth first, which can be done in a matter of a few hours at home.",
    "The second thing you need to calculate is your annual spending, from statements and bank accounts.",
    "Establish how much money you need to make it a reality, and write that target number down somewhere.",
    "Focusing on reducing your biggest expenses, probably housing and transportation, goes a long way.",
    "It is crucial to keep your spending in check, but you can only cut costs to a certain degree, he says.",
    "Sabatier encourages taking up a side hustle to diversify your income streams over the coming years.",
    "The most lucrative side hustles are those that generate passive income, such as real estate, he wrote.",
    "There is at least one common strategy present in nearly every story about financial independence.",
]


def test_a_second_copy_of_the_article_goes_joined_and_wrapped_differently() -> None:
    """A feed copy below the page, its paragraphs joined into one and wrapped anew, goes as markdown_repeated_copy;
    the article above it and a new paragraph after it stay."""
    article = "\n\n".join(SENTENCES)
    copy = " ".join(SENTENCES).replace(" the ", "\nthe ")
    new = "A new paragraph follows the copy and tells the reader something nobody said above it yet."
    found = markdown_lines(f"# How to retire early\n\n{article}\n\n2019-11-13T23:06:00+01:00\n\n{copy}\n\n{new}\n")
    assert found.lines == ("How to retire early", *SENTENCES, "2019-11-13T23:06:00+01:00", new)
    assert [r.rule for r in found.removed] == [REPEATED_RULE]


def test_a_pull_quote_a_teaser_of_the_lead_and_a_repeated_meal_plan_stay() -> None:
    """One or two sentences said again (a pull quote, a teaser quoting the lead) and a plan's dishes repeated day
    after day are not a copy of the article."""
    lines = [
        *SENTENCES[:4],
        SENTENCES[1],
        "Day 2",
        "Asparagus and Eggs [1 cup asparagus, 2 poached eggs, ½ cup sweet potato, 1 tsp. olive oil for potatoes].",
        "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Blue, 1 Orange, 1 Purple and 1 tsp.",
    ]
    assert repeated_lines(lines + lines[-3:] * 6) == set()
    assert repeated_lines([*SENTENCES, " ".join(SENTENCES)]) == {len(SENTENCES)}


def test_a_copy_whose_odd_sentence_differs_by_its_markup_is_still_a_copy() -> None:
    """One sentence in ten glued to the next by its bold marks ("only.**Developer") does not hide the copy; a
    paragraph of new sentences after it is no copy."""
    glued = [*SENTENCES[:-2], SENTENCES[-2] + "**" + SENTENCES[-1]]
    new = [sentence.replace("the", "a") + " Then something new happened." for sentence in SENTENCES]
    assert repeated_lines([*SENTENCES, " ".join(glued), " ".join(new)]) == {len(SENTENCES)}
