"""MEANTIME (NewsReader, CC BY 4.0): 120 Wikinews articles with event mentions, their participants and factuality.

Each article (intra-doc annotation) is rebuilt from its tokens (one line per sentence, the first sentence
also given as the title, the creation time as the publication date), coded through the pipeline, and scored
on the coded events whose trigger overlaps a gold event mention's tokens:

- events on a gold mention: coded events whose trigger overlaps a gold event mention, over the coded events
  in the annotated part of the article (MEANTIME marks every event, political or not, but only in each
  article's opening sentences: the annotated part runs to the end of the sentence holding the last gold
  mention, and an event coded after it cannot be judged). There is no recall to report.
- status accuracy: on those events, the coded status against the gold factuality read as a status:
  polarity NEG -> negated; a conditional (COND_IF_CLAUSE, COND_MAIN_CLAUSE) -> hypothetical; time FUTURE ->
  future; certainty POSSIBLE or PROBABLE -> hedged; otherwise asserted. Gold mentions whose polarity or
  certainty is underspecified are left out. A coded `claimed` counts as asserted, since MEANTIME's
  factuality is the source's own commitment, which a claim keeps.
- actor / recipient arguments: gold participants with role Arg0 (actor) and Arg1 or Arg2 (recipient) of the
  matched mentions; a gold participant is recovered when a coded actor (recipient) span overlaps one of the
  entity's mentions (coreferent mentions included), one coded actor per participant. Participants the coder
  inferred without naming them (kind 'implicit': no text, no span) are left out of precision, since a span
  score cannot judge them.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.matching import (PRF, DataMissing, code_all, match_one_to_one, overlaps, prf_rows, ratio)
from eventwire.eval.model import Score

SET = "meantime"
FOLDER = Path("meantime-newsreader") / "data" / "meantime_newsreader_english_oct15" / "intra-doc_annotation"
ACTOR_ROLES = frozenset({"Arg0"})
RECIPIENT_ROLES = frozenset({"Arg1", "Arg2"})
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", "%", ")", "]", "'s", "\u2019s", "n't", "'", "''"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``"})

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold event mention: its token spans, its factuality read as a status, its participants."""

    spans: tuple[Span, ...]
    status: str | None                       # None where the factuality is underspecified
    actors: tuple[tuple[Span, ...], ...]     # per participant, the spans of all its mentions
    recipients: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    body: str
    title: str | None
    published: str | None
    mentions: tuple[GoldMention, ...]


def status_of(attrs: dict) -> str | None:
    """The status a MEANTIME factuality annotation stands for (None when underspecified)."""
    polarity, certainty = attrs.get("polarity", ""), attrs.get("certainty", "")
    if polarity == "NEG":
        return "negated"
    if polarity in ("", "UNDERSPECIFIED") or certainty in ("", "UNDERSPECIFIED"):
        return None
    if attrs.get("special_cases", "").startswith("COND"):
        return "hypothetical"
    if attrs.get("time") == "FUTURE":
        return "future"
    if certainty in ("POSSIBLE", "PROBABLE"):
        return "hedged"
    return "asserted"


def parse(path: Path) -> Doc:
    """One MEANTIME XML file as a rebuilt body and its gold mentions."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    spans: dict[str, Span] = {}
    pos = 0
    last_sentence = None
    prev_word = None
    sentences: dict[str, list[str]] = {}
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        sentences.setdefault(sent, []).append(tok.get("t_id"))
        if last_sentence is not None:
            if sent != last_sentence:
                sep = "\n"
            elif word in _NO_SPACE_BEFORE or prev_word in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        spans[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        last_sentence, prev_word = sent, word
    body = "".join(parts)
    first = next(iter(sentences.values()), [])
    title = body[spans[first[0]][0]:spans[first[-1]][1]] if first else None

    markables = root.find("Markables")
    mention_spans: dict[str, tuple[Span, ...]] = {}
    events: dict[str, dict] = {}
    published = None
    if markables is not None:
        for el in markables:
            anchors = tuple(spans[a.get("t_id")] for a in el.findall("token_anchor") if a.get("t_id") in spans)
            if el.tag == "ENTITY_MENTION":
                mention_spans[el.get("m_id")] = anchors
            elif el.tag == "EVENT_MENTION" and anchors:
                events[el.get("m_id")] = {"spans": anchors, "status": status_of(el.attrib)}
            elif el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
                published = (el.get("value") or "")[:10] or None
    entity_of: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    participants: dict[str, list[tuple[str, str]]] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations:
            sources = [s.get("m_id") for s in rel.findall("source")]
            target = rel.find("target")
            target_id = target.get("m_id") if target is not None else None
            if rel.tag == "REFERS_TO" and target_id:
                for s in sources:
                    entity_of[s] = target_id
                    members.setdefault(target_id, []).append(s)
            elif rel.tag == "HAS_PARTICIPANT" and target_id:
                for s in sources:
                    participants.setdefault(s, []).append((rel.get("sem_role", ""), target_id))

    def all_spans(mention_id: str) -> tuple[Span, ...]:
        ids = members.get(entity_of.get(mention_id, ""), [mention_id])
        if mention_id not in ids:
            ids = [mention_id, *ids]
        return tuple(s for m in ids for s in _hull(mention_spans.get(m, ())))

    mentions = []
    for mid, ev in events.items():
        roles = participants.get(mid, [])
        mentions.append(GoldMention(
            ev["spans"], ev["status"],
            tuple(all_spans(t) for r, t in roles if r in ACTOR_ROLES and t in mention_spans),
            tuple(all_spans(t) for r, t in roles if r in RECIPIENT_ROLES and t in mention_spans)))
    return Doc(path.stem, body, title, published, tuple(mentions))


def _hull(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    return ((min(a for a, _ in spans), max(b for _, b in spans)),) if spans else ()


def load(data: Path) -> list[Doc]:
    folder = Path(data) / FOLDER
    if not folder.is_dir():
        raise DataMissing(f"{folder} not found")
    files = sorted(folder.glob("*/*.xml"))
    if not files:
        raise DataMissing(f"no MEANTIME XML files under {folder}")
    return [parse(p) for p in files]


def run(data: Path, **options) -> list[Score]:
    """Code the rebuilt articles through the pipeline and score the events found on gold mentions."""
    from eventwire.read.model import Article

    docs = load(data)
    articles = [Article(body=d.body, title=d.title, published=d.published, language="en",
                        source=f"meantime:{d.name}") for d in docs]
    coded = list(code_all(articles))
    return score([d.mentions for d in docs], [c.events for c in coded],
                 annotated=[annotated_end(d) for d in docs])


def annotated_end(doc: Doc) -> int:
    """Where the annotated opening of an article ends: the end of the line (sentence) holding its last gold
    mention; the whole body when it has none."""
    last = max((b for m in doc.mentions for _, b in m.spans), default=None)
    if last is None:
        return len(doc.body)
    end = doc.body.find("\n", last)
    return len(doc.body) if end < 0 else end


def score(mentions_per_doc: list, events_per_doc: list, *, annotated: list[int] | None = None) -> list[Score]:
    """Rows from the gold mentions of each document and the coded events of each; `annotated`, per document,
    the offset where its annotated part ends (events after it are not counted)."""
    n_events = on_gold = 0
    status_cases = status_right = 0
    act = PRF(0, 0, 0)
    rec = PRF(0, 0, 0)
    limits = annotated if annotated is not None else [None] * len(mentions_per_doc)
    for mentions, events, limit in zip(mentions_per_doc, events_per_doc, limits, strict=True):
        events = [e for e in events if limit is None or e.evidence.trigger_start < limit]
        mentions = list(mentions)
        n_events += len(events)
        pairs = match_one_to_one(mentions, events, _fits)
        on_gold += len(pairs)
        for g, p in pairs:
            gold, e = mentions[g], events[p]
            if gold.status is not None:
                status_cases += 1
                got = e.status.value
                status_right += (got if got != "claimed" else "asserted") == gold.status
            act = _add(act, gold.actors, e.actor)
            rec = _add(rec, gold.recipients, e.recipient)
    rows = [Score(SET, "events on a gold event mention", ratio(on_gold, n_events), n_events,
                  f"{on_gold} of {n_events} coded events (trigger overlaps a gold mention)"),
            Score(SET, "status accuracy (matched)", ratio(status_right, status_cases), status_cases,
                  f"{status_right} of {status_cases}; gold factuality read as a status")]
    rows += prf_rows(SET, "actor (Arg0)", act, note="on matched mentions")
    rows += prf_rows(SET, "recipient (Arg1/Arg2)", rec, note="on matched mentions")
    return rows


def _fits(g: GoldMention, e) -> bool:
    return any(overlaps(a, b, e.evidence.trigger_start, e.evidence.trigger_end) for a, b in g.spans)


def _add(prf: PRF, gold_args, refs) -> PRF:
    refs = _spanned(refs)
    pairs = match_one_to_one(gold_args, refs, lambda args, r: any(overlaps(a, b, r.start, r.end) for a, b in args))
    return PRF(prf.tp + len(pairs), prf.n_pred + len(refs), prf.n_gold + len(gold_args))


def _spanned(refs) -> list:
    """The coded participants that name someone in the text: inferred ones (kind 'implicit') have no span."""
    return [r for r in refs if r.kind != "implicit" and r.end > r.start]
