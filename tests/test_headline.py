"""Headline case: Title Case headlines go into sentence case before parsing; names keep their capitals."""
from __future__ import annotations

import pytest

from eventwire.annotate.headline import sentence_case


@pytest.mark.parametrize("title, body, expected", [
    # common words lowered, a name the body writes inside a sentence kept
    ("Activists in Abuja Decry New Government Policy", "Activists gathered in Abuja on Friday.",
     "Activists in Abuja decry new government policy"),
    # acronyms and words with inner capitals keep theirs; a possessive name is found without its 's
    ("NGOs Urge UN to Act on Sudan's Crisis", "Aid groups said Sudan was close to famine.",
     "NGOs urge UN to act on Sudan's crisis"),
    # a capital at the start of a body sentence says nothing; one inside a sentence marks a name
    ("Police Detain Mbeki Supporters After Rally", "Police said so. Supporters of Mbeki were held.",
     "Police detain Mbeki supporters after rally"),
    # the part after a colon opens mid-sentence, so its capital goes too; hyphenated words are read part by part
    ("Chile: Anti-Government Protesters Block Roads", "Protesters in Chile blocked roads.",
     "Chile: anti-government protesters block roads"),
    # ... unless it is a name
    ("Breaking News: Mbeki Supporters Detained", "Supporters of Mbeki were held.",
     "Breaking news: Mbeki supporters detained"),
])
def test_title_case_headlines_go_into_sentence_case(title, body, expected):
    assert sentence_case(title, body) == expected


@pytest.mark.parametrize("title", [
    "Austin visits Kyiv, pledges $400 million in aid",     # already in sentence case
    "Talks Resume",                                        # too short to tell
    "",
])
def test_other_headlines_are_unchanged(title):
    assert sentence_case(title, "Austin visited Kyiv on Monday.") == title


@pytest.mark.parametrize("title, expected", [
    ("Unrest in the north: Curfew imposed after clashes", "Unrest in the north: curfew imposed after clashes"),
    ("Unrest in the north: Mbeki calls for calm", "Unrest in the north: Mbeki calls for calm"),
    ("Ceasefire holds in the north", "Ceasefire holds in the north"),
])
def test_sentence_case_headlines_lower_only_a_part_opener(title, expected):
    assert sentence_case(title, "Officials said Mbeki would speak.") == expected


def test_body_that_repeats_the_headline_names_nothing():
    title = "Rebels Raise Prospect of Renewed Talks"
    assert sentence_case(title, title + "\n\nThe Rebels said so.") == "Rebels raise prospect of renewed talks"


def test_only_case_changes_so_offsets_hold():
    title = "Rebels Free Three Hostages Near Goma"
    out = sentence_case(title, "They were held near Goma.")
    assert len(out) == len(title) and out.lower() == title.lower()
    assert out == "Rebels free three hostages near Goma"
