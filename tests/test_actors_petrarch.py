"""PETRARCH actor and agent dictionaries as an ActorLexicon: small ones written here, read by
eventwire.petrarch.dictionaries, resolved with."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.petrarch.dictionaries import load_actors, load_agents
from eventwire.petrarch.model import DatedCode
from eventwire.resolve.petrarch_actors import petrarch_lexicon, split_code

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
    return load_actors(path).entries


@pytest.fixture()
def agents(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return load_agents(path).entries


def test_actors_petrarch_phrases_and_synonyms(actors):
    phrases = {a.phrase: a for a in actors}
    assert set(phrases) == {("FREEDONIA",), ("FREEDONIAN",), ("RUFUS", "T.", "FIREFLY"), ("PRESIDENT", "FIREFLY"),
                            ("TRENTINO", "ARMY"), ("AMBASSADOR", "TRENTINO"), ("SYLVANIA", "GUNMEN")}
    assert phrases[("FREEDONIAN",)].default == ("FRD",)
    assert phrases[("FREEDONIAN",)].root == "FREEDONIA"


def test_actors_petrarch_date_restrictions(actors):
    """Date limits are included ("interpreted as 'or equal to'", PETRARCH's dictionary documentation)."""
    firefly = next(a for a in actors if a.phrase == ("PRESIDENT", "FIREFLY"))
    assert firefly.codes == (DatedCode("FRDGOV", 19330101, 19351231), DatedCode("FRDOPP", 20360101, None))
    assert firefly.codes_on(19340501) == ("FRDGOV",)
    assert firefly.codes_on(19351231) == ("FRDGOV",)
    assert firefly.codes_on(19360501) == ("FRDELI",)
    assert firefly.codes_on(20360101) == ("FRDOPP",)
    assert firefly.codes_on(None) == ("FRDELI",)
    ambassador = next(a for a in actors if a.phrase[0] == "AMBASSADOR")
    assert ambassador.default == ()
    assert ambassador.codes_on(19340601) == ("SYLGOV",)
    assert ambassador.codes_on(19340602) == ()


@pytest.mark.parametrize("written, start", [("000101", 20000101), ("300101", 20300101), ("310101", 19310101),
                                            ("991231", 19991231), ("19300101", 19300101)])
def test_actors_petrarch_six_digit_years(tmp_path, written, start):
    """YY 00-30 is 20YY and 31-99 is 19YY, as in PETRARCH's dstr_to_ordate (KEDS and TABARI before it)."""
    path = tmp_path / "actors.txt"
    path.write_text(f"OSTERLICH\n\t[OST >{written}]\n", encoding="utf-8")
    assert load_actors(path).entries[0].codes == (DatedCode("OST", start, None),)


def test_actors_petrarch_semicolon_comment(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("KLOPSTOKIA_  [KLO]; a legacy comment\n+KLOPSTOKIAN_  ; another\n", encoding="utf-8")
    assert [e.phrase for e in load_actors(path).entries] == [("KLOPSTOKIA",), ("KLOPSTOKIAN",)]


def test_actors_petrarch_agents(agents):
    by_phrase = {a.phrase: a for a in agents}
    assert by_phrase[("FOREIGN", "MINISTER")].code == "GOVFRM"
    assert by_phrase[("FOREIGN", "MINISTERS")].plural             # a regular plural
    assert [a.phrase for a in agents if a.code == "JRN"] == [("MEDIA",)]          # {}: no plural
    assert by_phrase[("ATTORNEYS", "GENERAL")].plural and ("ATTORNEY", "GENERALS") not in by_phrase
    # substitutions stand for themselves, "with no additional plural formation" (PETRARCH's documentation)
    assert {a.phrase for a in agents if a.phrase[0].startswith("CONGRESS")} == {
        ("CONGRESSMAN",), ("CONGRESSMEN",), ("CONGRESSWOMAN",), ("CONGRESSWOMEN",)}


def test_actors_petrarch_agent_plural_in_braces_is_one_phrase(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text("SECRETARY GENERAL {SECRETARIES GENERAL} [~GOV]\n", encoding="utf-8")
    assert [(a.phrase, a.plural) for a in load_agents(path).entries] == [
        (("SECRETARY", "GENERAL"), False), (("SECRETARIES", "GENERAL"), True)]


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
    assert lexicon.sector_word(("attorneys", "general")).kind == "group"
    assert lexicon.sector_word(("foreign", "minister")).kind == "person"
    assert lexicon.lookup("Sylvania Gunmen")[0].country is None


def test_actors_petrarch_missing_file(tmp_path):
    from eventwire.errors import ModelError

    with pytest.raises(ModelError, match="cannot read PETRARCH dictionary"):
        load_actors(tmp_path / "nope.txt")


def test_actors_petrarch_validation_dictionaries_load(shared_data):
    folder = shared_data / "petrarch2-validation" / "petrarch2" / "data" / "dictionaries"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    actors = load_actors(folder / "PETR.Validate.actors.txt")
    agents = load_agents(folder / "PETR.Validate.agents.txt")
    assert len(actors.entries) > 100 and len(agents.entries) > 50
    assert any(a.codes for a in actors.entries)
    lexicon = petrarch_lexicon(actors, agents)
    assert lexicon.sector_word(("foreign", "minister")).sector == "GOV"


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
