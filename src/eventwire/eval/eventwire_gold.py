"""eventwire-gold: 30 BBC politics articles coded by hand (events with status, and claims), as its README scores them.

What is counted, per article, each gold item matched to at most one coded item:
- events: a coded event matches a gold event when the types are equal, its trigger lies in the gold event's
  sentence (found in the body with white space and quote marks folded), and the gold actor's country is
  among the coded actors' countries and the gold recipient's country among the coded recipients' (where
  the gold gives one). Precision over all coded events, recall over all gold events.
- events with sectors: the same, and the gold actor's and recipient's sectors are among the coded ones.
- events, actor side: the same as events but the recipient is not checked (the README's "actor countries"
  read narrowly); one F1 row with its precision and recall in the note.
- status accuracy: of the matched events, those whose status equals the gold status.
- claims: a coded claim matches a gold claim when its cue lies in the gold claim's sentence and its speaker
  (canonical name or text) shares a name word with the gold speaker. Content overlap: the mean bag-of-words
  F1 between gold and coded content over the matched claims.
"""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval.matching import (PRF, DataMissing, code_all, countries, fold, locate, match_one_to_one,
                                     prf_rows, ratio, read_article, sectors, speaker_matches, token_f1)
from eventwire.eval.model import Score

SET = "eventwire-gold"
GOLD = Path("eventwire-gold") / "bbc-politics-dev.jsonl"
TEXTS = Path("bbc-news") / "data" / "bbc"


def load(data: Path) -> list[dict]:
    path = Path(data) / GOLD
    if not path.exists():
        raise DataMissing(f"{path} not found")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(data: Path, **options) -> list[Score]:
    """Code the 30 articles through the pipeline and score events and claims."""
    gold = load(data)
    texts = Path(data) / TEXTS
    articles = []
    for record in gold:
        path = texts / record["file"]
        if not path.exists():
            raise DataMissing(f"{path} not found (eventwire-gold quotes the BBC set in bbc-news/)")
        articles.append(read_article(path, title_line=True))
    coded = list(code_all(articles))
    return score(gold, coded)


def score(gold: list[dict], coded: list) -> list[Score]:
    """Rows for gold records and their Coded articles, in the same order."""
    ev = PRF(0, 0, 0)
    ev_sec = PRF(0, 0, 0)
    ev_act = PRF(0, 0, 0)
    status_right = 0
    cl = PRF(0, 0, 0)
    content_f1: list[float] = []
    unlocated = 0
    for record, c in zip(gold, coded, strict=True):
        body = c.article.body
        g_events = record.get("events", [])
        spans = [locate(body, g.get("sentence", "")) for g in g_events]
        unlocated += sum(s is None for s in spans)
        events = list(c.events)
        # Among coded events that fit, prefer one with the gold status, so status accuracy is not left to chance.
        pairs = match_one_to_one(range(len(g_events)), events,
                                 lambda gi, e: event_fits(g_events[gi], spans[gi], e, with_sectors=False)
                                 and (1.5 if e.status.value == g_events[gi].get("status") else 1))
        pairs_sec = match_one_to_one(range(len(g_events)), events,
                                     lambda gi, e: event_fits(g_events[gi], spans[gi], e, with_sectors=True))
        pairs_act = match_one_to_one(range(len(g_events)), events,
                                     lambda gi, e: event_fits(g_events[gi], spans[gi], e, with_sectors=False,
                                                              with_recipient=False))
        ev = PRF(ev.tp + len(pairs), ev.n_pred + len(events), ev.n_gold + len(g_events))
        ev_act = PRF(ev_act.tp + len(pairs_act), ev_act.n_pred + len(events), ev_act.n_gold + len(g_events))
        ev_sec = PRF(ev_sec.tp + len(pairs_sec), ev_sec.n_pred + len(events), ev_sec.n_gold + len(g_events))
        status_right += sum(events[p].status.value == g_events[g].get("status") for g, p in pairs)

        g_claims = record.get("claims", [])
        c_spans = [locate(body, g.get("sentence", "")) for g in g_claims]
        unlocated += sum(s is None for s in c_spans)
        claims = list(c.claims)
        cpairs = match_one_to_one(range(len(g_claims)), claims,
                                  lambda gi, k: claim_fits(g_claims[gi], c_spans[gi], k, body))
        cl = PRF(cl.tp + len(cpairs), cl.n_pred + len(claims), cl.n_gold + len(g_claims))
        content_f1 += [token_f1(g_claims[g].get("content", ""), claims[p].content) for g, p in cpairs]

    note = f"; {unlocated} gold sentences not found in the body" if unlocated else ""
    rows = prf_rows(SET, "events", ev, note="type + sentence + actor/recipient countries" + note)
    rows += prf_rows(SET, "events+sectors", ev_sec, note="also actor/recipient sectors")
    rows.append(Score(SET, "events F1, actor side only", ev_act.f1, ev_act.n_gold,
                      f"P {ev_act.precision:.3f}, R {ev_act.recall:.3f}; recipient not checked"))
    rows.append(Score(SET, "event status accuracy (matched)", ratio(status_right, ev.tp), int(ev.tp),
                      f"{status_right} of {ev.tp:g} matched events"))
    rows += prf_rows(SET, "claims", cl, note="sentence + speaker")
    rows.append(Score(SET, "claim content token F1 (matched)", ratio(sum(content_f1), len(content_f1)),
                      len(content_f1), "mean over matched claims" + note))
    return rows


def _in_sentence(span, sentence: str, start: int, evidence_sentence: str | None) -> bool:
    if span is not None:
        return span[0] <= start < span[1]
    # The sentence could not be found in the body the reader made; compare the texts instead.
    if evidence_sentence is None:
        return False
    a, b = fold(sentence), fold(evidence_sentence)
    return bool(a) and bool(b) and (a in b or b in a)


def event_fits(g: dict, span, e, *, with_sectors: bool, with_recipient: bool = True) -> bool:
    if e.type != g.get("type"):
        return False
    if not _in_sentence(span, g.get("sentence", ""), e.evidence.trigger_start, e.evidence.sentence):
        return False
    roles = (("actor", e.actor), ("recipient", e.recipient)) if with_recipient else (("actor", e.actor),)
    for role, got in roles:
        want = g.get(role) or {}
        if want.get("country") and want["country"] not in countries(got):
            return False
        if with_sectors and want.get("sector") and want["sector"] not in sectors(got):
            return False
    return True


def claim_fits(g: dict, span, claim, body: str) -> bool:
    if span is not None:
        if not span[0] <= claim.cue_start < span[1]:
            return False
    else:
        own = body[min(claim.cue_start, claim.content_start):max(claim.cue_end, claim.content_end)]
        if not _in_sentence(None, g.get("sentence", ""), 0, own):
            return False
    return speaker_matches(g.get("speaker"), claim.speaker.name, claim.speaker.text)
