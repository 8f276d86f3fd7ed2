"""PETRARCH actor and agent dictionaries: read small ones written here, resolve with them."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.petrarch_actors import (
    DatedCode, load_petrarch_actors, load_petrarch_agents, petrarch_lexicon, split_code,
)

ACTORS = """<!-- TEST ACTORS -->
# a comment line
FREEDONIA [FRD]
+FREEDONIAN
RUFUS_T._FIREFLY [FRDELI]  # default code
+PRESIDENT_FIREFLY
    [FRDGOV 330101-351231]
    [FRDOPP >20360101]
TRENTINO_ARMY [SYLMIL]
AMBASSADOR_TRENTINO
    [SYLGOV <340601]
<!-- a
multi-line comment -->
SYLVANIA_GUNMEN [---UAF]
"""

AGENTS = """<!-- TEST AGENTS -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM] # a title
MEDIA {} [~JRN]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
"""


@pytest.fixture()
def actors(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    return load_petrarch_actors(path)


@pytest.fixture()
def agents(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return load_petrarch_agents(path)


def test_actors_petrarch_phrases_and_synonyms(actors):
    phrases = {a.phrase: a for a in actors}
    assert set(phrases) == {("FREEDONIA",), ("FREEDONIAN",), ("RUFUS", "T.", "FIREFLY"), ("PRESIDENT", "FIREFLY"),
                            ("TRENTINO", "ARMY"), ("AMBASSADOR", "TRENTINO"), ("SYLVANIA", "GUNMEN")}
    assert phrases[("FREEDONIAN",)].code == "FRD"
    assert phrases[("FREEDONIAN",)].root == ("FREEDONIA",)


def test_actors_petrarch_date_restrictions(actors):
    firefly = next(a for a in actors if a.phrase == ("PRESIDENT", "FIREFLY"))
    assert firefly.dates == (DatedCode("FRDGOV", date(1933, 1, 1), date(1935, 12, 31)),
                             DatedCode("FRDOPP", date(2036, 1, 2), None))
    assert firefly.code_on(date(1934, 5, 1)) == "FRDGOV"
    assert firefly.code_on(date(1936, 5, 1)) == "FRDELI"
    assert firefly.code_on(date(2040, 1, 1)) == "FRDOPP"
    assert firefly.code_on(None) == "FRDELI"
    ambassador = next(a for a in actors if a.phrase[0] == "AMBASSADOR")
    assert ambassador.code is None
    assert ambassador.code_on(date(1934, 5, 31)) == "SYLGOV"
    assert ambassador.code_on(date(1934, 6, 1)) is None


def test_actors_petrarch_agents(agents):
    by_phrase = {a.phrase: a for a in agents}
    assert by_phrase[("FOREIGN", "MINISTER")].sector == "GOV"
    assert by_phrase[("FOREIGN", "MINISTER")].plurals is None
    assert by_phrase[("MEDIA",)].plurals == ()
    assert by_phrase[("ATTORNEY", "GENERAL")].plurals == (("ATTORNEYS", "GENERAL"),)
    assert {a.phrase for a in agents if a.phrase[0].startswith("CONGRESS")} == {
        ("CONGRESSMAN",), ("CONGRESSMEN",), ("CONGRESSWOMAN",), ("CONGRESSWOMEN",)}


@pytest.mark.parametrize("code, expected", [
    ("USAGOV", ("USA", "GOV")), ("---MIL", (None, "MIL")), ("ISR", ("ISR", None)), ("~GOV", (None, "GOV")),
    ("IGOUNO", ("IGO", "UNO")), (None, (None, None)),
])
def test_actors_petrarch_split_code(code, expected):
    assert split_code(code) == expected


def test_actors_petrarch_lexicon(actors, agents):
    lexicon = petrarch_lexicon(actors, agents)
    army = lexicon.lookup("Trentino Army")
    assert [(e.country, e.sector) for e in army] == [("SYL", "MIL")]
    first = lexicon.holders("President Firefly", date(1934, 1, 1))[0]
    assert (first.country, first.sector) == ("FRD", "GOV")
    assert [(h.country, h.sector) for h in lexicon.holders("President Firefly", date(1937, 1, 1))] == [("FRD", "ELI")]
    assert lexicon.holders("Ambassador Trentino", date(1935, 1, 1)) == ()
    assert lexicon.sector_word(("attorneys", "general")).sector == "GOV"
    assert lexicon.lookup("Sylvania Gunmen")[0].country is None


def test_actors_petrarch_missing_file(tmp_path):
    from eventwire.errors import ModelError

    with pytest.raises(ModelError, match="cannot read PETRARCH dictionary"):
        load_petrarch_actors(tmp_path / "nope.txt")


def test_actors_petrarch_validation_dictionaries_load(shared_data):
    folder = shared_data / "petrarch2-validation" / "petrarch2" / "data" / "dictionaries"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    actors = load_petrarch_actors(folder / "PETR.Validate.actors.txt")
    agents = load_petrarch_agents(folder / "PETR.Validate.agents.txt")
    assert len(actors) > 100 and len(agents) > 50
    assert any(a.dates for a in actors)


def test_actors_petrarch_lexicon_resolves_a_text(nlp, actors, agents):
    from eventwire.resolve.actors import find_actors

    lexicon = petrarch_lexicon(actors, agents)
    text = "President Firefly declared war on Sylvania."
    refs = find_actors(nlp(text), date(1934, 5, 1), lexicon=lexicon)
    firefly = next(r for r in refs if "Firefly" in r.text)
    assert (firefly.name, firefly.country, firefly.sector) == ("Rufus T. Firefly", "FRD", "GOV")
    later = find_actors(nlp(text), date(1937, 5, 1), lexicon=lexicon)
    firefly = next(r for r in later if "Firefly" in r.text)
    assert (firefly.country, firefly.sector) == ("FRD", "ELI")
