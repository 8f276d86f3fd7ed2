"""Plain-text news pages: page furniture out of the body, into the article's fields."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from eventwire.errors import FormatError
from eventwire.read import read_text_page

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def test_plaintext_austin_example_matches_expected_fields():
    page = EXAMPLES / "austin-kyiv.txt"
    if not page.exists():
        pytest.skip(f"{page} not found; set EVENTWIRE_SHARED")
    expected = json.loads((EXAMPLES / "austin-kyiv.expected.json").read_text(encoding="utf-8"))["article"]
    article = read_text_page(page.read_text(encoding="utf-8"), source=str(page))
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert article.author == expected["author"]
    assert list(article.categories) == expected["categories"]
    assert article.credit_line == expected["credit_line"]
    assert list(article.cited_sources) == expected["cited_sources"]
    assert article.body.startswith(expected["body_starts_with"])
    assert article.body.endswith(expected["body_ends_with"])
    for furniture in expected["boilerplate_not_in_body"]:
        if furniture == "x":
            assert "x" not in article.body.split("\n")
        else:
            assert furniture not in article.body
    assert article.title not in article.body
    assert article.language == "en"


@pytest.mark.parametrize(
    "name, fields, starts, ends, absent",
    [
        (
            "wire-byline.txt",
            {
                "title": "Senate passes stopgap spending bill hours before deadline",
                "published": "2024-03-12T10:31:00-04:00",
                "author": "Dana Whitfield, Omar Reyes",
                "categories": ("Politics",),
                "credit_line": "Jordan Miles / AP",
                "contributors": ("Lena Park",),
            },
            "The Senate approved a short-term spending measure",
            "brinkmanship in the spring.",
            ["Advertisement", "Share this", "Related", "House leaders", "Additional reporting", "Updated"],
        ),
        (
            "day-first.txt",
            {
                "title": "Envoys gather in Doha for ceasefire talks",
                "published": "2024-10-22T14:05:00+00:00",
                "author": "Samir Haddad",
                "categories": ("Middle East", "Diplomacy"),
                "credit_line": "Reuters",
                "cited_sources": ("Al Jazeera", "The Associated Press"),
            },
            "Mediators from Qatar and Egypt",
            "the order of a prisoner exchange.",
            ["×", "Published", "With reporting", "Written by", "Samir Haddad", "Envoys gather"],
        ),
        (
            "getty-footer-byline.txt",
            {
                "title": "Coastal states sign fisheries pact",
                "published": "2025-02-07",
                "author": "Priya Nair",
                "categories": ("Global Affairs Weekly",),
                "credit_line": "Getty Images",
            },
            "Five coastal states signed an agreement",
            "quotas remained too high.",
            ["Close", "Advertisement", "By Priya", "min read", "Share", "Related", "Trawler", "Quota talks"],
        ),
        (
            "headline-prose.txt",
            {"title": "Flood waters recede in river towns", "published": None, "author": None},
            "Residents of three towns",
            "inspected the bridges.",
            ["Flood waters recede"],
        ),
    ],
)
def test_plaintext_furniture_shapes(name, fields, starts, ends, absent):
    article = read_text_page((FIXTURES / name).read_text(encoding="utf-8"), source=name)
    for field, value in fields.items():
        assert getattr(article, field) == value, field
    assert article.body.startswith(starts)
    assert article.body.endswith(ends)
    for text in absent:
        assert text not in article.body
    assert "\n\n\n" not in article.body


def test_plaintext_prose_only_page_is_the_body_unchanged():
    text = (FIXTURES / "prose-only.txt").read_text(encoding="utf-8")
    article = read_text_page(text)
    assert article.title is None
    assert article.body == text.strip()


def test_plaintext_body_keeps_interior_text_exactly():
    text = "Strike ends at the port\n\nDock workers went back on Tuesday.\nThey had been out for nine days.\n\n" \
           "Ships queued   offshore during the stoppage."
    article = read_text_page(text)
    assert article.title == "Strike ends at the port"
    assert article.body == text[text.index("Dock"):]


def test_plaintext_question_headline_is_a_title():
    article = read_text_page("Will the ceasefire hold this time?\n\nBoth sides agreed on Sunday to stop firing.")
    assert article.title == "Will the ceasefire hold this time?"
    assert article.body == "Both sides agreed on Sunday to stop firing."


def test_plaintext_sentence_starting_with_by_stays_in_the_body():
    text = "By Monday, the water had reached the first floor of most houses.\n\nCrews worked through the night."
    article = read_text_page(text)
    assert article.author is None
    assert article.body == text


def test_plaintext_only_furniture_is_refused_with_reason():
    with pytest.raises(FormatError, match="no article text"):
        read_text_page((FIXTURES / "only-furniture.txt").read_text(encoding="utf-8"), source="only-furniture.txt")


def test_plaintext_wire_footer_gives_contributors_not_editors():
    text = ("Talks on the grain corridor resumed in Istanbul on Thursday after a month-long pause.\n\n"
            "Reporting by Ann Lee in Kyiv; Additional reporting by Bo Chen; Editing by Cy Dunn")
    article = read_text_page(text)
    assert article.contributors == ("Ann Lee", "Bo Chen")
    assert article.body == "Talks on the grain corridor resumed in Istanbul on Thursday after a month-long pause."


def test_plaintext_prose_opening_like_a_source_line_stays_in_the_body():
    text = ("With input from allies, the army launched a counter-offensive on Monday.\n\n"
            "Reporting by the ministry suggested the front had moved east.")
    article = read_text_page(text)
    assert article.cited_sources == () and article.contributors == ()
    assert article.body == text
