"""Readers of PETRARCH/CAMEO dictionaries, on small dictionaries written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import data_path
from eventwire.petrarch.dictionaries import (
    DictionaryError,
    load_actors,
    load_agents,
    load_discards,
    load_verbs,
    plural,
    verb_forms,
)

FIXTURES = Path(__file__).parent / "fixtures" / "petrarch"


@pytest.fixture(scope="module")
def actors():
    return {" ".join(e.phrase): e for e in load_actors(FIXTURES / "actors.txt").entries}


def test_dictionaries_actor_synonyms_share_the_code(actors):
    assert actors["ZEMBLA"].default == ("ZEM",)
    assert actors["ONHAVA"].default == ("ZEM",)
    assert actors["ONHAVA"].root == "ZEMBLA"
    assert actors["NEW SYLVANIA"].default == ("NSY",)
    assert "FREEDONIAN" in actors


def test_dictionaries_actor_code_on_a_following_line(actors):
    assert actors["GRAND FENWICK"].default == ("FEN",)


def test_dictionaries_actor_slash_codes_are_several_actors(actors):
    assert actors["THE TWIN ISLES"].codes_on(None) == ("ISA", "ISB")


# [FRE < 19330101] includes its day and comes first, so it wins on 1 January 1933 (PETRARCH: "the limits of the
# date restrictions are interpreted as 'or equal to'", and the first restriction that applies gives the code).
@pytest.mark.parametrize("date, code", [(19320615, "FRE"), (19330101, "FRE"), (19330102, "FREGOV"),
                                        (19331231, "FREGOV"), (19340101, "FREELI"), (19350101, "FREELI")])
def test_dictionaries_actor_dated_codes(actors, date, code):
    assert actors["RUFUS T. FIREFLY"].codes_on(date) == (code,)


def test_dictionaries_actor_without_code_names_file_and_line():
    with pytest.raises(DictionaryError) as err:
        load_actors(FIXTURES / "bad_actors.txt")
    assert "bad_actors.txt:2" in str(err.value) and "FREEDONIA" in str(err.value) and "[CODE]" in str(err.value)


def test_dictionaries_actor_bad_date_block(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("ZEMBLA [ZEM < 1933]\n")
    with pytest.raises(DictionaryError, match=r"a.txt:1: date '1933' is not YYMMDD or YYYYMMDD"):
        load_actors(path)


def test_dictionaries_agents_plurals_substitutions_and_prefixes():
    agents = {" ".join(a.phrase): a for a in load_agents(FIXTURES / "agents.txt").entries}
    assert agents["MINISTERS"].code == "GOV"
    assert agents["FOREIGN MINISTERS"].code == "GOVFRM"
    assert "POLICES" not in agents                      # {} means no plural
    assert agents["GEESE"].code == "GSE" and "GOOSES" not in agents
    assert agents["SPOKESWOMAN"].code == "SPK" and agents["SPOKESMAN"].code == "SPK"
    assert "SPOKESMEN" not in agents                    # substitutions get no plurals
    assert agents["MINISTERS"].plural and not agents["MINISTER"].plural and agents["GEESE"].plural
    assert agents["RELIEF AGENCY"].prefix and agents["RELIEF AGENCIES"].prefix
    assert not agents["ARMY"].prefix and agents["ARMIES"].code == "MIL"


def test_dictionaries_agent_without_tilde_says_how_to_write_it(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text("POLICE [COP]\n")
    with pytest.raises(DictionaryError, match=r"agents.txt:1: .*\[~CODE\]"):
        load_agents(path)


@pytest.mark.parametrize("word, forms", [
    ("CONDEMN", ("CONDEMN", "CONDEMNS", "CONDEMNED", "CONDEMNING")),
    ("PROMISE", ("PROMISE", "PROMISES", "PROMISED", "PROMISING")),
    ("CARRY", ("CARRY", "CARRIES", "CARRIED", "CARRYING")),
    ("PUSH", ("PUSH", "PUSHES", "PUSHED", "PUSHING")),
])
def test_dictionaries_regular_verb_forms(word, forms):
    assert verb_forms(word) == forms


def test_dictionaries_plural():
    assert [plural(w) for w in ("MINISTER", "CHURCH", "AGENCY", "CHAIRMAN", "DAY")] == [
        "MINISTERS", "CHURCHES", "AGENCIES", "CHAIRMEN", "DAYS"]


@pytest.fixture(scope="module")
def verbs():
    return load_verbs(FIXTURES / "verbs.txt")


def test_dictionaries_verbs_forms_blocks_and_codes(verbs):
    assert {e.block for e in verbs.forms["DENOUNCED"]} == {"CONDEMN"}
    assert verbs.forms["MET"][0].code == "031:031"
    assert "MEETED" not in verbs.forms                  # listed forms replace the regular ones
    cordoned = verbs.forms["CORDONED"][0]
    assert (cordoned.before, cordoned.after, cordoned.block, cordoned.code) == ((), ("OFF",), "BLOCKADE", "191")


def test_dictionaries_verb_patterns_markers_and_ties(verbs):
    harsh = next(p for p in verbs.patterns["CONDEMN"] if p.code == "123")
    assert [e.kind for e in harsh.before] == ["source"]
    assert [(e.kind, e.text) for e in harsh.after] == [("target", "+"), ("word", "HARSHLY")]
    ties = next(p for p in verbs.patterns["CUT"] if p.code == "161")
    assert [(e.kind, e.joined) for e in ties.after] == [("synset", False), ("word", True)]
    aid = next(p for p in verbs.patterns["CUT"] if p.code == "163")
    assert not aid.after_joined and aid.after[1].joined


def test_dictionaries_nested_synsets_expand(verbs):
    assert set(verbs.synsets["WEAPONS"]) == {("HEAVY", "GUNS"), ("BOMBS",), ("SHELLS",)}


def test_dictionaries_undefined_synset_names_file_and_line(tmp_path):
    with pytest.raises(DictionaryError, match=r"bad_verbs.txt:3: pattern uses synset &NOSUCHSET"):
        load_verbs(FIXTURES / "bad_verbs.txt")
    lenient = load_verbs(FIXTURES / "bad_verbs.txt", strict=False)
    assert len(lenient.skipped) == 1 and "bad_verbs.txt:3" in lenient.skipped[0]
    assert "CONDEMNED" in lenient.forms


def test_dictionaries_discards():
    discards = load_discards(FIXTURES / "discards.txt")
    assert discards.phrases == ((("FOOTBALL", "MATCH"), False), (("CHESS", "OLYMPIAD"), True))


def test_dictionaries_petrarch_validation_set_loads():
    base = data_path("petrarch2-validation", "petrarch2", "data", "dictionaries")
    actors = load_actors(base / "PETR.Validate.actors.txt")
    agents = load_agents(base / "PETR.Validate.agents.txt")
    verbs = load_verbs(base / "PETR.Validate.verbs.txt")
    assert len(actors.entries) > 150 and len(agents.entries) > 150
    assert len(verbs.forms) > 1000 and sum(map(len, verbs.patterns.values())) > 400
    assert not verbs.skipped


def test_dictionaries_cameo_verb_dictionary_loads():
    path = data_path("cameo-dictionaries", "CAMEO.2.0.txt")
    verbs = load_verbs(path, strict=False)
    assert len(verbs.forms) > 5000 and sum(map(len, verbs.patterns.values())) > 4000
    assert len(verbs.skipped) < 10        # each named with its line
