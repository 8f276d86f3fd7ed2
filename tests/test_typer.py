"""The event-type classifier: the packaged model, its predictions on sentences written for these tests, reranking."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire.code.typer import NONE, StoryParams, Typer, lead_weight, main_type, rerank
from eventwire.errors import ModelError

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@pytest.fixture(scope="module")
def typer() -> Typer:
    return Typer.load()


def test_typer_loads_all_types(typer):
    assert set(typer.labels) == {*TYPES, NONE}
    assert Typer.load() is typer        # cached
    assert typer.w_sparse.shape == (len(typer.vocab), len(typer.labels))


def test_typer_training_sentences_are_ours():
    header = (ROOT / "src/eventwire/data/typer_train.tsv").read_text(encoding="utf-8").splitlines()[:3]
    assert any("written for eventwire" in line for line in header)


@pytest.mark.parametrize("sentence, expected", [
    ("Lawmakers in Quito voted to expel the Colombian envoy and cut off all bilateral trade.", "SANCTION"),
    ("Armed men ambushed a convoy of lorries on the highway, killing the drivers.", "ASSAULT"),
    ("Thousands of angry pensioners filled the central square of Bucharest, chanting against the cuts.", "PROTEST"),
    ("Officers took the editor of the weekly into custody at dawn.", "COERCE"),
    ("The Danish prime minister flew to Nuuk for talks with Greenland's premier.", "CONSULT"),
    ("Portugal shipped medicine and tents to the survivors of the landslide in Angola.", "AID"),
    ("The guerrillas let the kidnapped nuns go after three weeks in captivity.", "RETREAT"),
    ("Tokyo condemned the launch and said Pyongyang was breaching its obligations.", "ACCUSE"),
    ("Baku warned Yerevan that it would answer any provocation with force.", "THREATEN"),
    ("The Chilean fleet and the Peruvian navy held combined exercises off Arica.", "COOPERATE"),
    ("The GDP of the country grew by 2.1 percent last year.", NONE),
])
def test_typer_predicts_new_sentences(typer, nlp, sentence, expected):
    scores = typer.scores(nlp(sentence))
    assert max(scores, key=scores.get) == expected, sorted(scores.items(), key=lambda kv: -kv[1])[:3]


def test_typer_scores_are_probabilities_and_deterministic(typer, nlp):
    doc = nlp("Vanuatu pleaded with its Pacific neighbours for doctors after the cyclone.")
    first, second = typer.scores(doc), typer.scores(doc)
    assert first == second
    assert abs(sum(first.values()) - 1.0) < 1e-5
    assert all(0.0 <= p <= 1.0 for p in first.values())


def test_typer_classify_weights_the_lead(typer, nlp):
    doc = nlp("Police arrested forty opposition activists in the capital on Tuesday. "
              "The country has a population of nine million. "
              "Last year demonstrators marched against fuel prices.")
    label, share = typer.classify(doc)
    assert label == "COERCE"
    assert 0.0 < share <= 1.0
    assert NONE not in typer.story_scores(doc)
    assert lead_weight(0) >= lead_weight(1) >= lead_weight(2) >= 0


def test_rerank_keeps_events_and_changes_only_confidence(typer, nlp):
    from eventwire.pipeline import code_text

    text = ("Russian forces shelled the port of Odesa overnight, killing two people. "
            "The Ukrainian foreign minister condemned the attack.")
    coded = code_text(text)
    events = list(coded.events)
    out = rerank(events, nlp(text), typer)
    assert len(out) == len(events)
    for before, after in zip(events, out):
        assert (before.type, before.evidence) == (after.type, after.evidence)
        assert 0.0 <= after.confidence <= 1.0


def test_typer_has_the_modes_of_every_type_with_modes(typer):
    plover = (ROOT / "src/eventwire/data/plover.tsv").read_text(encoding="utf-8").splitlines()
    wanted = {tuple(line.split("\t")[1:3]) for line in plover if line.startswith("mode\t")}
    got = {tuple(m.split(":", 1)) for m in typer.mode_labels}
    assert wanted <= got, sorted(wanted - got)
    assert typer.modes_of("AGREE") == ()


@pytest.mark.parametrize("sentence, type_, expected", [
    ("Two suicide bombers blew themselves up outside a police academy in the north.", "ASSAULT", "suicide-attack"),
    ("Gunmen snatched a dozen passengers from a minibus and are holding them for ransom.", "ASSAULT", "abduct"),
    ("Parliament's speaker telephoned his Slovak counterpart on Friday.", "CONSULT", "phone"),
    ("The cabinet ordered a dusk-to-dawn curfew across the port city.", "COERCE", "curfew"),
    ("Nurses at every public hospital walked out for 24 hours over unpaid overtime.", "PROTEST", "strike"),
    ("Canberra kicked out three attaches from the embassy and gave them a week to leave.", "SANCTION", "expel"),
    ("Kidnappers set free the two engineers they had held since March.", "RETREAT", "release"),
])
def test_mode_scores_pick_the_mode(typer, nlp, sentence, type_, expected):
    scores = typer.mode_scores(nlp(sentence), type_)
    assert set(scores) == set(typer.modes_of(type_))
    assert abs(sum(scores.values()) - 1.0) < 1e-5
    assert max(scores, key=scores.get) == expected, sorted(scores.items(), key=lambda kv: -kv[1])[:3]


def test_mode_scores_of_a_type_without_modes_are_empty(typer, nlp):
    assert typer.mode_scores(nlp("The two governments agreed to resume talks."), "AGREE") == {}


def test_story_params_come_with_the_model(typer):
    p = typer.params
    assert isinstance(p, StoryParams)
    assert 0.0 < p.lead_decay < 1.0 and p.lead_floor >= 0.0 and p.title_weight >= 0.0
    assert p.weight(0) == 1.0 and p.weight(1) <= p.weight(0)


def test_composed_training_text_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts/make_typer_text.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_typer_missing_model_says_how_to_build(tmp_path):
    with pytest.raises(ModelError, match="train_typer.py"):
        Typer.load(tmp_path / "absent.npz")


def test_train_script_rebuilds_a_model(tmp_path):
    out_a, out_b = tmp_path / "a.npz", tmp_path / "b.npz"
    for out in (out_a, out_b):
        result = subprocess.run([sys.executable, str(ROOT / "scripts/train_typer.py"), "--per-label", "4",
                                 "--epochs", "20", "--out", str(out)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    a, b = Typer.load(out_a), Typer.load(out_b)
    assert set(a.labels) == {*TYPES, NONE}
    assert np.array_equal(a.w_sparse, b.w_sparse) and np.array_equal(a.w_dense, b.w_dense)
    assert a.mode_labels == b.mode_labels and np.array_equal(a.m_sparse, b.m_sparse)


def test_main_type_lets_the_typer_decide_when_the_coder_finds_nothing(typer, nlp):
    doc = nlp("Hundreds of dockers downed tools at the harbour of Valparaiso over unpaid bonuses.")
    label, mode, carrier = main_type([], doc, typer)
    assert label == "PROTEST"
    assert mode == "strike"
    assert carrier is None


def test_main_type_returns_the_coders_event_of_the_chosen_type(typer, nlp):
    from eventwire.pipeline import code_text

    text = ("Russian forces shelled the port of Odesa overnight, killing two people. "
            "The Ukrainian foreign minister condemned the attack.")
    events = list(code_text(text).events)
    assert {"ASSAULT", "ACCUSE"} <= {e.type for e in events}
    label, mode, carrier = main_type(events, nlp(text), typer)
    assert label == "ASSAULT"
    assert carrier is not None and carrier.type == "ASSAULT" and carrier.evidence.trigger == "killing"
    assert mode in typer.modes_of("ASSAULT")


@pytest.mark.parametrize("type_, mode, status, expected", [
    ("AID", "military", "future", ("AGREE", None)),           # a promised cooperation is AGREE
    ("CONSULT", "visit", "future", ("AGREE", None)),
    ("RETREAT", "withdraw", "future", ("CONCEDE", None)),     # an announced retreat is CONCEDE
    ("COERCE", "arrest", "hypothetical", ("THREATEN", "arrest")),   # a possible arrest is a threat of one
    ("SANCTION", None, "hypothetical", ("THREATEN", "relations")),
    ("AID", "military", "asserted", ("AID", "military")),     # anything else keeps its own type and mode
    ("ASSAULT", None, "claimed", ("ASSAULT", None)),
])
def test_story_type_of_follows_plovers_reductions(type_, mode, status, expected):
    from eventwire.code.model import Status
    from eventwire.code.typer import story_type_of

    event = _event(type_, mode, Status(status))
    assert story_type_of(event) == expected


def test_the_headlines_act_weighs_by_its_measured_odds(typer, nlp):
    from eventwire.code.acts import Act
    from eventwire.code.model import Status
    from eventwire.code.typer import decide

    doc = nlp("The two ministers spoke for an hour on Tuesday. Both sides described the talks as useful.")
    story = typer.story(doc)
    assert decide(story, [], StoryParams())[0] == "CONSULT"
    act = Act("SANCTION", "discontinue", Status.ASSERTED, "suspends")
    # an act of no measured precision weighs nothing; one right 99.9% of the time outweighs the body
    assert decide(story, [], StoryParams(act_precision=0.0), headline=act)[0] == "CONSULT"
    label, mode, carrier = decide(story, [], StoryParams(act_precision=0.999), headline=act)
    assert (label, mode, carrier) == ("SANCTION", "discontinue", None)   # its mode; no body event carries it


def test_act_odds():
    assert StoryParams(act_precision=0.0).act_odds(16) == 1.0
    assert StoryParams(act_precision=0.75).act_odds(16) == pytest.approx(45.0)


def _event(type_, mode, status):
    from eventwire.code.model import Event, Evidence

    evidence = Evidence(sentence="", start=0, end=0, trigger="", trigger_start=0, trigger_end=0)
    return Event(type=type_, mode=mode, context=(), cameo=None, quad_class=None, goldstein=None, actor=(),
                 recipient=(), status=status, claimed_by=None, date=None, date_text=None, date_source=None,
                 location=None, amount=None, evidence=evidence, confidence=1.0)
