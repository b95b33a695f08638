"""Text-browser dumps: lynx's "References" list, its "[12]" link markers and its rows of links go."""

from __future__ import annotations

from cleaner import clean
from cleaner.link_refs import strip_link_references

LYNX_DUMP = """   [1]Skip to content
   [2]Home [3]News [4]Sport [5]Business

Council approves plan for town centre

   By [6]Tom Jones
   5 March 2024

   The council approved the scheme on Monday, and work on the new [7]town square will start in the spring.

   Residents said they were pleased with the plan, which has been debated for three years, and [8]the
   council's leader said work would finish by 2026.

   [9]Share on Facebook [10]Share on Twitter [11]Email

References

   1. https://www.example.co.uk/#main
   2. https://www.example.co.uk/
   3. https://www.example.co.uk/news
   4. https://www.example.co.uk/sport
   5. https://www.example.co.uk/business
   6. https://www.example.co.uk/authors/tom-jones
   7. https://www.example.co.uk/topics/town-square
   8. https://www.example.co.uk/people/council-leader
   9. https://facebook.com/sharer
  10. https://twitter.com/intent
  11. mailto:?subject=Council
"""


def test_a_lynx_dump_cleans_to_its_article_with_header_metadata() -> None:
    result = clean(LYNX_DUMP, name="lynx.txt")
    assert " ".join(result.text.split()) == (  # however the wrapped lines are joined
        "The council approved the scheme on Monday, and work on the new town square will start in the spring. "
        "Residents said they were pleased with the plan, which has been debated for three years, and the "
        "council's leader said work would finish by 2026."
    )
    assert result.metadata["title"] == "Council approves plan for town centre"
    assert result.metadata["author"] == "Tom Jones"
    assert result.metadata["date"] == "2024-03-05"
    rules = {(r.line_no, r.rule) for r in result.removed}
    assert (2, "link_row") in rules and (14, "link_row") in rules  # numbered by the file's own lines
    assert {(16, "link_references"), (18, "link_references"), (28, "link_references")} <= rules


def test_markers_and_lists_stay_without_a_reference_list() -> None:
    """Citation marks in a dump with no URL list, a "References" heading over prose, a single URL: untouched."""
    for lines in (
        ("The study[1] found that [2]the effect was small.", "[3]Smith et al. said more work was needed."),
        ("References", "Smith J. (2020) A study of things. Journal of Studies 4:1-9.", "1. https://doi.org/10.1/x"),
        ("The agency said it would publish the data.", "Links:", "1. https://example.com/data"),
    ):
        kept, removed, _origins = strip_link_references(lines)
        assert kept == lines and removed == ()


def test_a_sentence_with_two_links_is_not_a_row_of_links() -> None:
    lines = (
        "[1]Boris Johnson met [2]Emmanuel Macron.",
        "[3]Home [4]World",
        "References",
        "1. https://example.com/johnson",
        "2. https://example.com/macron",
        "3. https://example.com/",
        "4. https://example.com/world",
    )
    kept, removed, origins = strip_link_references(lines)
    assert kept == ("Boris Johnson met Emmanuel Macron.",)
    assert origins == (0,)
    assert [r.rule for r in removed] == ["link_row"] + ["link_references"] * 5
