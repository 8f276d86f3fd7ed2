"""The lexicon data files: well-formed, consistent with PLOVER 2.0 and CAMEO, and loadable by the coder."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from eventwire.code.lexicon import load_lexicon

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_lexicon.py"


@pytest.fixture(scope="module")
def check():
    spec = importlib.util.spec_from_file_location("check_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_lexicon_data_has_no_problems(check):
    counts, problems = check.check_all()
    assert problems == [], "\n".join(problems[:30])


def test_lexicon_data_every_plover_type_is_covered(check):
    counts, _ = check.check_all()
    for plover_type in check.PLOVER_TYPES:
        assert counts["triggers"][plover_type] >= 40, plover_type
        assert counts["triggers_pos"][(plover_type, "VERB")] >= 10, plover_type
        assert counts["triggers_pos"][(plover_type, "NOUN")] >= 5, plover_type
    assert sum(counts["triggers"].values()) >= 1000


def test_lexicon_data_plover_has_16_types_and_the_manual_modes(check):
    ontology, problems = check.check_plover()
    assert problems == []
    assert len(ontology.types) == 16
    assert {"visit", "third-party", "multilateral", "phone"} <= ontology.modes["CONSULT"]
    assert {"withdraw", "release", "disarm", "ceasefire", "access", "resign"} <= ontology.modes["RETREAT"]
    assert {"disapprove", "investigate", "allege"} <= ontology.modes["ACCUSE"]
    assert ontology.modes["REQUEST"] == ontology.modes["REJECT"] == {"assist", "change", "yield", "meet"}
    assert {"convict", "expel", "withdraw", "discontinue"} <= ontology.modes["SANCTION"]
    assert {"military", "election", "cbrn", "cyber", "corruption", "trafficking"} <= ontology.contexts


def test_lexicon_data_cameo_has_every_code_with_goldstein_and_quad(check, lexicon):
    ontology, _ = check.check_plover()
    codes, problems = check.check_cameo(ontology)
    assert problems == []
    assert len([c for c in codes if len(c) == 2]) == 20
    assert len(codes) >= 300
    expected = {"042": (1.9, 1, "CONSULT", "visit"), "072": (8.3, 2, "AID", "military"), "0871": (9.0, 2, "RETREAT", "ceasefire"),
                "111": (-2.0, 3, "ACCUSE", "disapprove"), "163": (-8.0, 4, "SANCTION", "discontinue"),
                "173": (-5.0, 4, "COERCE", "arrest"), "195": (-10.0, 4, "ASSAULT", "aerial"),
                "1823": (-10.0, 4, "ASSAULT", "beat"), "057": (8.0, 1, "SUPPORT", None), "14": (-6.5, 3, "PROTEST", None)}
    for code, (goldstein, quad, plover_type, mode) in expected.items():
        entry = lexicon.cameo(code)
        assert (entry.goldstein, entry.quad_class, entry.plover_type, entry.plover_mode) == (goldstein, quad, plover_type, mode)


@pytest.mark.parametrize("lemma,pos,plover_type,mode,cameo", [
    ("visit", "VERB", "CONSULT", "visit", "042"),
    ("talk", "NOUN", "CONSULT", None, "040"),
    ("criticise", "VERB", "ACCUSE", "disapprove", "111"),
    ("criticize", "VERB", "ACCUSE", "disapprove", "111"),
    ("sanction", "NOUN", "SANCTION", "discontinue", "163"),
    ("airstrike", "NOUN", "ASSAULT", "aerial", "195"),
    ("arrest", "VERB", "COERCE", "arrest", "173"),
    ("resign", "VERB", "RETREAT", "resign", "0831"),
    ("urge", "VERB", "REQUEST", None, "020"),
    ("expel", "VERB", "SANCTION", "expel", "166"),
    ("ceasefire", "NOUN", "RETREAT", "ceasefire", "0871"),
    ("veto", "VERB", "REJECT", "yield", "129"),
    ("threaten", "VERB", "THREATEN", None, "130"),
    ("mobilise", "VERB", "MOBILIZE", None, "150"),
    ("conscript", "VERB", "MOBILIZE", "troops", "154"),
    ("apologise", "VERB", "SUPPORT", None, "055"),
    ("pledge", "VERB", "AGREE", None, "030"),
])
def test_lexicon_data_trigger_loads_with_its_coding(lexicon, lemma, pos, plover_type, mode, cameo):
    found = [t for t in lexicon.triggers_for(lemma, pos) if t.type == plover_type and len(t.words) == 1]
    assert found, f"no {plover_type} trigger for {lemma}/{pos}"
    assert (found[0].mode, found[0].cameo) == (mode, cameo)


def test_lexicon_data_phrasal_triggers_come_first_and_carry_their_preposition(lexicon):
    call = lexicon.triggers_for("call", "VERB")
    assert call[0].words[0] == "call" and len(call[0].words) > 1
    call_on = next(t for t in call if t.phrase == "call on")
    assert call_on.type == "REQUEST" and "on" in call_on.recipient_preps
    assert any(t.phrase == "crack down on" and t.type == "COERCE" for t in lexicon.triggers_for("crack", "VERB"))
    assert any(t.phrase == "step down" and t.type == "RETREAT" for t in lexicon.triggers_for("step", "VERB"))


def test_lexicon_data_reporting_verbs_are_not_triggers(lexicon):
    for lemma in ("say", "tell", "claim", "argue", "add", "state", "note", "believe"):
        assert not [t for t in lexicon.triggers_for(lemma, "VERB") if len(t.words) == 1], lemma


def test_lexicon_data_strike_has_both_senses_told_apart_by_modifiers(lexicon):
    types = {t.type for t in lexicon.triggers_for("strike", "NOUN") if len(t.words) == 1}
    assert {"PROTEST", "ASSAULT"} <= types
    assert lexicon.modifiers_for("air", "ASSAULT")[0].mode == "aerial"
    assert lexicon.modifiers_for("general", "PROTEST")[0].mode == "strike"
    assert not lexicon.modifiers_for("air", "PROTEST")


def test_lexicon_data_modifiers_refine_aid(lexicon):
    modes = {m.mode: m.cameo for m in lexicon.modifiers_for("military", "AID") if m.mode}
    assert modes == {"military": "072"}
    assert {m.cameo for m in lexicon.modifiers_for("humanitarian", "AID") if m.mode} == {"073"}
    assert any(m.context == "cbrn" for m in lexicon.modifiers_for("nuclear", "CONSULT"))


@pytest.mark.slow
@pytest.mark.gold
def test_lexicon_data_covers_ngec_synthetic_stories():
    """Share of NGEC synthetic PLOVER stories (12 per type) with a trigger of their labelled type: measured 0.78."""
    from conftest import data_path

    path = data_path("ngec-synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip")
    spec = importlib.util.spec_from_file_location("lexicon_coverage", SCRIPT.parent / "lexicon_coverage.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    results = module.coverage(per_type=12, seed=11, path=path)
    n = sum(r["n"] for r in results.values())
    own = sum(r["own"] for r in results.values()) / n
    top = sum(r["top"] for r in results.values()) / n
    print(f"NGEC synthetic, {n} stories: own-type trigger {own:.3f}, labelled type most frequent {top:.3f}")
    assert len(results) == 16
    assert own >= 0.74
    assert top >= 0.40


def test_lexicon_data_other_senses_name_triggers(lexicon):
    from eventwire.code.lexicon import read_table

    rows = read_table("trigger_senses.tsv")
    assert rows
    for row in rows:
        entries = lexicon.triggers_for(row["phrase"].split()[0], row["pos"])
        assert any(t.phrase == row["phrase"] and t.type == row["type"] for t in entries), row
        assert row["dependent"] in {"ccomp", "dobj", "xcomp", "prep", "dative", "attr", "nsubjpass", "head"}, row


def test_lexicon_data_frame_triggers_are_plover_types_with_cameo_codes(check, lexicon):
    from eventwire.code.lexicon import read_table

    ontology, _ = check.check_plover()
    rows = read_table("trigger_frames.tsv")
    assert rows
    for row in rows:
        assert row["type"] in ontology.types, row
        assert not row["mode"] or row["mode"] in ontology.modes[row["type"]], row
        assert lexicon.cameo(row["cameo"]) is not None, row
