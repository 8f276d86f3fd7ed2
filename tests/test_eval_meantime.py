"""MEANTIME scorer: factuality read as status, the XML rebuilt, events on gold mentions, participants."""
from __future__ import annotations

import pytest

from eventwire.code.model import Event, Evidence, Status
from eventwire.eval import meantime
from eventwire.resolve.model import ActorRef

from conftest import data_path

XML = """<?xml version="1.0" ?><Document doc_id="1" doc_name="test">
<token number="0" sentence="0" t_id="1">Council</token>
<token number="1" sentence="0" t_id="2">votes</token>
<token number="2" sentence="1" t_id="3">The</token>
<token number="3" sentence="1" t_id="4">council</token>
<token number="4" sentence="1" t_id="5">will</token>
<token number="5" sentence="1" t_id="6">fine</token>
<token number="6" sentence="1" t_id="7">the</token>
<token number="7" sentence="1" t_id="8">firm</token>
<token number="8" sentence="1" t_id="9">.</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="11"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="12"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="20" polarity="POS" special_cases="NONE" time="FUTURE">
<token_anchor t_id="6"/></EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="30" type="DATE" value="2031-02-03"/>
<ENTITY m_id="40"/>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="20"/><target m_id="11"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="20"/><target m_id="12"/></HAS_PARTICIPANT>
<REFERS_TO r_id="3"><source m_id="10"/><source m_id="11"/><target m_id="40"/></REFERS_TO>
</Relations>
</Document>
"""


@pytest.mark.parametrize("attrs,status", [
    ({"polarity": "NEG", "certainty": "CERTAIN"}, "negated"),
    ({"polarity": "POS", "certainty": "CERTAIN", "time": "FUTURE"}, "future"),
    ({"polarity": "POS", "certainty": "POSSIBLE", "time": "NON_FUTURE"}, "hedged"),
    ({"polarity": "POS", "certainty": "CERTAIN", "special_cases": "COND_IF_CLAUSE"}, "hypothetical"),
    ({"polarity": "POS", "certainty": "CERTAIN", "time": "NON_FUTURE"}, "asserted"),
    ({"polarity": "UNDERSPECIFIED", "certainty": "CERTAIN"}, None),
])
def test_meantime_status_of(attrs, status):
    assert meantime.status_of(attrs) == status


def test_meantime_parse_rebuilds_body_and_participants(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(XML, encoding="utf-8")
    d = meantime.parse(path)
    assert d.body == "Council votes\nThe council will fine the firm."
    assert d.title == "Council votes" and d.published == "2031-02-03"
    (m,) = d.mentions
    assert m.status == "future"
    assert {d.body[a:b] for a, b in m.actors[0]} == {"Council", "The council"}    # coreferent mentions
    assert [d.body[a:b] for a, b in m.recipients[0]] == ["the firm"]


def test_meantime_score(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(XML, encoding="utf-8")
    d = meantime.parse(path)

    def ref(text):
        a = d.body.index(text)
        return ActorRef(text, a, a + len(text))

    t = d.body.index("fine")
    hit = Event(type="SANCTION", mode=None, context=(), cameo=None, quad_class=None, goldstein=None,
                actor=(ref("Council"),), recipient=(ref("votes"),), status=Status.ASSERTED, claimed_by=None,
                date=None, date_text=None, date_source=None, location=None, amount=None,
                evidence=Evidence("", 0, 0, "fine", t, t + 4), confidence=0.9)
    miss = Event(**{**{f: getattr(hit, f) for f in hit.__slots__}, "evidence": Evidence("", 0, 0, "votes", 8, 13)})
    got = {r.metric: r.value for r in meantime.score([d.mentions], [[hit, miss]])}
    assert got["events on a gold event mention"] == 0.5
    assert got["status accuracy (matched)"] == 0.0            # coded asserted, gold future
    assert got["actor (Arg0) recall"] == 1.0
    assert got["recipient (Arg1/Arg2) recall"] == 0.0


def test_meantime_leaves_inferred_participants_out_of_precision(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(XML, encoding="utf-8")
    d = meantime.parse(path)
    a, t = d.body.index("The council"), d.body.index("fine")
    inferred = ActorRef("", t, t, kind="implicit")
    hit = Event(type="SANCTION", mode=None, context=(), cameo=None, quad_class=None, goldstein=None,
                actor=(ActorRef("The council", a, a + 11), inferred), recipient=(inferred,),
                status=Status.ASSERTED, claimed_by=None, date=None, date_text=None, date_source=None,
                location=None, amount=None, evidence=Evidence("", 0, 0, "fine", t, t + 4), confidence=0.9)
    got = {r.metric: r for r in meantime.score([d.mentions], [[hit]])}
    assert got["actor (Arg0) precision"].value == 1.0 and got["actor (Arg0) precision"].cases == 1
    assert got["recipient (Arg1/Arg2) precision"].cases == 0
    assert got["recipient (Arg1/Arg2) recall"].value == 0.0


@pytest.mark.slow
@pytest.mark.gold
def test_meantime_gold():
    data_path("meantime-newsreader")
    rows = meantime.run(data_path())
    for r in rows:
        print(f"meantime {r.metric}: {r.value:.3f} over {r.cases}")
    got = {r.metric: r for r in rows}
    # Floors just below the figures measured on 2026-11-27 (status 0.944, actor F1 0.741, recipient F1 0.586).
    # Both argument figures are over the matched events only: requiring a recipient for two-sided types coded
    # fewer events (247 -> 152), which moved actor F1 from 0.698 to 0.639 and recipient F1 from 0.48 to 0.59,
    # so both are guarded.
    assert got["status accuracy (matched)"].value >= 0.93
    assert got["actor (Arg0) F1"].value >= 0.72
    assert got["recipient (Arg1/Arg2) F1"].value >= 0.57
    # Coded events in the annotated opening sentences that lie on a gold mention: 55 of 58 (0.948) measured on
    # 2026-11-27.
    assert got["events on a gold event mention"].value >= 0.94


def test_meantime_counts_only_events_in_the_annotated_opening(tmp_path):
    path = tmp_path / "t.xml"
    path.write_text(XML, encoding="utf-8")
    d = meantime.parse(path)
    body = d.body + "\nLater the mayor met the firm."
    later = body.index("met")
    assert meantime.annotated_end(meantime.Doc(d.name, body, d.title, d.published, d.mentions)) == len(d.body)
    t = d.body.index("fine")
    hit = Event(type="SANCTION", mode=None, context=(), cameo=None, quad_class=None, goldstein=None,
                actor=(), recipient=(), status=Status.ASSERTED, claimed_by=None, date=None, date_text=None,
                date_source=None, location=None, amount=None, evidence=Evidence("", 0, 0, "fine", t, t + 4),
                confidence=0.9)
    unjudged = Event(**{**{f: getattr(hit, f) for f in hit.__slots__},
                        "evidence": Evidence("", 0, 0, "met", later, later + 3)})
    rows = meantime.score([d.mentions], [[hit, unjudged]], annotated=[len(d.body)])
    assert {r.metric: r.value for r in rows}["events on a gold event mention"] == 1.0
