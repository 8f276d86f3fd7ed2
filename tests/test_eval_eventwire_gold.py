"""eventwire-gold scorer: events by type, sentence and countries; claims by sentence and speaker."""
from __future__ import annotations

import pytest

from eventwire.code.model import Claim, Coded, Event, Evidence, Status
from eventwire.eval import eventwire_gold
from eventwire.read.model import Article
from eventwire.resolve.model import ActorRef

from conftest import data_path

BODY = ("Headline words\n\nThe Lakeland minister accused Ruritania of spying. "
        "Officials from both sides will meet in May, a spokesman said.")


def actor(text, country, sector="GOV"):
    start = BODY.find(text)
    return ActorRef(text=text, start=start, end=start + len(text), name=text, country=country, sector=sector)


def event(type_, trigger, actors, recipients=(), status=Status.ASSERTED):
    t = BODY.find(trigger)
    return Event(type=type_, mode=None, context=(), cameo=None, quad_class=None, goldstein=None,
                 actor=tuple(actors), recipient=tuple(recipients), status=status, claimed_by=None, date=None,
                 date_text=None, date_source=None, location=None, amount=None,
                 evidence=Evidence("", 0, 0, trigger, t, t + len(trigger)), confidence=0.8)


GOLD = [{"file": "x.txt", "events": [
    {"type": "ACCUSE", "actor": {"text": "Lakeland minister", "country": "LKL", "sector": "GOV"},
     "recipient": {"text": "Ruritania", "country": "RUR", "sector": None}, "trigger": "accused",
     "sentence": "The Lakeland minister accused Ruritania of spying.", "status": "asserted"},
    {"type": "CONSULT", "actor": {"text": "Officials", "country": "LKL", "sector": "GOV"}, "recipient": None,
     "trigger": "meet", "sentence": "Officials from both sides will meet in May, a spokesman said.",
     "status": "future"}],
    "claims": [{"speaker": "a spokesman", "cue": "said", "content": "Officials from both sides will meet in May",
                "sentence": "Officials from both sides will meet in May, a spokesman said."}]}]


def by_metric(rows):
    return {r.metric: r.value for r in rows}


def test_eventwire_gold_counts_matches_status_and_claims():
    minister, ruritania = actor("Lakeland minister", "LKL"), actor("Ruritania", "RUR", None)
    events = (event("ACCUSE", "accused", [minister], [ruritania]),
              event("CONSULT", "meet", [actor("Officials", "LKL", "MIL")], status=Status.ASSERTED),
              event("ASSAULT", "spying", [minister]))                      # a wrong extra event
    cue = BODY.find("said")
    content = BODY.find("Officials")
    claim = Claim(actor("a spokesman", None, None), "said", cue, cue + 4, "Officials from both sides will meet",
                  content, content + 35)
    rows = by_metric(eventwire_gold.score(GOLD, [Coded(Article(body=BODY), events=events, claims=(claim,))]))
    assert rows["events precision"] == pytest.approx(2 / 3)
    assert rows["events recall"] == 1.0
    assert rows["events+sectors recall"] == 0.5          # Officials coded MIL, gold GOV
    assert rows["events F1, actor side only"] == pytest.approx(0.8)
    assert rows["event status accuracy (matched)"] == 0.5
    assert rows["claims F1"] == 1.0
    assert 0 < rows["claim content token F1 (matched)"] < 1


def test_eventwire_gold_wrong_country_or_sentence_misses():
    events = (event("ACCUSE", "accused", [actor("Lakeland minister", "XXX")], [actor("Ruritania", "RUR")]),
              event("CONSULT", "accused", [actor("Officials", "LKL")]))    # right type, wrong sentence
    rows = by_metric(eventwire_gold.score(GOLD, [Coded(Article(body=BODY), events=events)]))
    assert rows["events recall"] == 0.0 and rows["events precision"] == 0.0
    assert rows["events F1, actor side only"] == 0.0
    assert rows["claims recall"] == 0.0


@pytest.mark.slow
@pytest.mark.gold
def test_eventwire_gold_bbc_politics_dev():
    data_path("eventwire-gold", "bbc-politics-dev.jsonl")
    rows = eventwire_gold.run(data_path())
    for r in rows:
        print(f"eventwire-gold {r.metric}: {r.value:.3f} over {r.cases} ({r.note})")
    got = by_metric(rows)
    # Floors just below the figures measured on 2026-11-27 (events F1 0.537, events+sectors F1 0.439, status
    # 0.955 of matched, claims F1 0.903).
    assert got["events F1"] >= 0.52
    assert got["events+sectors F1"] >= 0.42
    assert got["event status accuracy (matched)"] >= 0.95
    assert got["claims F1"] >= 0.89


def test_eventwire_gold_prefers_the_event_with_the_gold_status():
    officials = actor("Officials", "LKL")
    events = (event("CONSULT", "meet", [officials], status=Status.ASSERTED),
              event("CONSULT", "meet", [officials], status=Status.FUTURE))
    rows = by_metric(eventwire_gold.score(GOLD, [Coded(Article(body=BODY), events=events)]))
    assert rows["events recall"] == 0.5
    assert rows["event status accuracy (matched)"] == 1.0
