"""wikievents-dev: 20 news documents with KAIROS events and their argument roles.

The KAIROS types that have a PLOVER counterpart, and which roles read as actor and recipient, are in the
data table `eventwire/data/eval_kairos_plover.tsv` (a death or an injury counts as an ASSAULT only where the gold
names who inflicted it). Each document is rebuilt from its tokens' character
offsets (one line per sentence), coded through the pipeline, and scored:

- events: a gold event of a mapped type is found when a coded event of the mapped PLOVER type has its
  trigger in the gold trigger's sentence (each coded event serves one gold event). Precision: coded events
  of a mapped PLOVER type that find a gold event, over all coded events of those types.
- actor / recipient arguments, over the found events: a gold argument (of an actor or recipient role) is
  recovered when a coded actor (recipient) span overlaps one of its mentions, coreferent mentions included
  (one coded actor per gold argument). Precision over all coded actors (recipients) of the found events that
  have a span: participants the coder inferred without naming them (kind 'implicit': no text, no span) are
  left out, since a span score cannot judge them.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.eval.matching import PRF, DataMissing, code_all, match_one_to_one, overlaps, prf_rows
from eventwire.eval.model import Score

SET = "wikievents-dev"
DEV = Path("wikievents") / "data" / "wikievents" / "dev.jsonl"
COREF = Path("wikievents") / "data" / "wikievents" / "coref" / "dev.jsonlines"

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Mapping:
    kairos_type: str
    plover_type: str
    plover_mode: str | None
    actor_roles: frozenset[str]
    recipient_roles: frozenset[str]
    required_roles: frozenset[str] = frozenset()    # a mention counts only with an argument of one of these


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A gold event of a mapped type: its PLOVER type, its sentence, and the mentions of each argument."""

    plover_type: str
    sentence: Span
    trigger: Span
    actors: tuple[tuple[Span, ...], ...]       # one tuple of mention spans per actor argument
    recipients: tuple[tuple[Span, ...], ...]


def load_mapping(path: Path | None = None) -> list[Mapping]:
    """The KAIROS -> PLOVER table, longest KAIROS prefix first."""
    if path is None:
        text = resources.files("eventwire").joinpath("data/eval_kairos_plover.tsv").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for r in csv.DictReader(lines, delimiter="\t"):
        out.append(Mapping(r["kairos_type"], r["plover_type"].upper(), r["plover_mode"] or None,
                           _roles(r["actor_roles"]), _roles(r["recipient_roles"]), _roles(r.get("requires_role"))))
    return sorted(out, key=lambda m: -len(m.kairos_type))


def _roles(cell: str | None) -> frozenset[str]:
    return frozenset(x.strip() for x in (cell or "").split(",") if x.strip())


def map_type(kairos_type: str, mapping: list[Mapping]) -> Mapping | None:
    for m in mapping:
        if kairos_type == m.kairos_type or kairos_type.startswith(m.kairos_type + "."):
            return m
    return None


def rebuild(doc: dict) -> tuple[str, list[Span], list[Span]]:
    """(body, token spans, sentence spans): tokens at their given offsets, a newline between sentences."""
    flat = [t for s in doc["sentences"] for t in s[0]]
    size = max(t[2] for t in flat) if flat else 0
    buf = [" "] * size
    for word, a, b in flat:
        buf[a:b] = word
    sent_spans = []
    for s in doc["sentences"]:
        if not s[0]:
            continue
        a, b = s[0][0][1], s[0][-1][2]
        sent_spans.append((a, b))
        if a > 0 and buf[a - 1] == " ":
            buf[a - 1] = "\n"
    return "".join(buf), [(a, b) for _, a, b in flat], sent_spans


def gold_events(doc: dict, clusters: list[list[str]], mapping: list[Mapping]) -> tuple[str, list[GoldEvent]]:
    body, tokens, sents = rebuild(doc)
    mentions = {m["id"]: (tokens[m["start"]][0], tokens[m["end"] - 1][1]) for m in doc["entity_mentions"]}
    cluster_of: dict[str, list[str]] = {}
    for c in clusters:
        for mid in c:
            cluster_of[mid] = c
    sent_tokens = []
    i = 0
    for s in doc["sentences"]:
        sent_tokens.append((i, i + len(s[0])))
        i += len(s[0])
    out = []
    for e in doc["event_mentions"]:
        m = map_type(e["event_type"], mapping)
        if m is None or (m.required_roles and not any(a["role"] in m.required_roles for a in e["arguments"])):
            continue
        t = e["trigger"]
        trigger = (tokens[t["start"]][0], tokens[t["end"] - 1][1])
        sentence = next((sents[k] for k, (a, b) in enumerate(sent_tokens) if a <= t["start"] < b), trigger)

        def spans_of(entity_id: str) -> tuple[Span, ...]:
            ids = cluster_of.get(entity_id, [entity_id])
            return tuple(mentions[x] for x in ids if x in mentions)

        actors = tuple(spans_of(a["entity_id"]) for a in e["arguments"] if a["role"] in m.actor_roles)
        recipients = tuple(spans_of(a["entity_id"]) for a in e["arguments"] if a["role"] in m.recipient_roles)
        out.append(GoldEvent(m.plover_type, sentence, trigger, actors, recipients))
    return body, out


def load(data: Path) -> list[tuple[str, list[GoldEvent]]]:
    path = Path(data) / DEV
    if not path.exists():
        raise DataMissing(f"{path} not found")
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    clusters: dict[str, list[list[str]]] = {}
    coref = Path(data) / COREF
    if coref.exists():
        for line in coref.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                clusters[r["doc_key"]] = r.get("clusters", [])
    mapping = load_mapping()
    return [gold_events(d, clusters.get(d["doc_id"], []), mapping) for d in docs]


def run(data: Path, **options) -> list[Score]:
    """Code the rebuilt documents through the pipeline and score events and their arguments."""
    from eventwire.read.model import Article

    docs = load(data)
    articles = [Article(body=body, language="en", source=f"wikievents:{i}") for i, (body, _) in enumerate(docs)]
    coded = list(code_all(articles))
    return score([g for _, g in docs], [c.events for c in coded])


def score(gold_per_doc: list[list[GoldEvent]], events_per_doc: list, *,
          types: frozenset[str] | None = None) -> list[Score]:
    """Rows from the gold events of each document and the coded events of each."""
    types = types or frozenset(m.plover_type for m in load_mapping())
    ev = PRF(0, 0, 0)
    act = PRF(0, 0, 0)
    rec = PRF(0, 0, 0)
    for gold, events in zip(gold_per_doc, events_per_doc, strict=True):
        events = [e for e in events if e.type in types]
        pairs = match_one_to_one(gold, events, _event_fits)
        ev = PRF(ev.tp + len(pairs), ev.n_pred + len(events), ev.n_gold + len(gold))
        for g, p in pairs:
            act = _add(act, gold[g].actors, events[p].actor)
            rec = _add(rec, gold[g].recipients, events[p].recipient)
    rows = prf_rows(SET, "events (mapped types)", ev, note="PLOVER type + trigger sentence")
    rows += prf_rows(SET, "actor arguments", act, note="on found events; span overlaps a gold mention")
    rows += prf_rows(SET, "recipient arguments", rec, note="on found events; span overlaps a gold mention")
    return rows


def _event_fits(g: GoldEvent, e) -> float:
    if e.type != g.plover_type or not g.sentence[0] <= e.evidence.trigger_start < g.sentence[1]:
        return 0
    # Prefer the coded event whose trigger is the gold trigger itself.
    return 2 if overlaps(*g.trigger, e.evidence.trigger_start, e.evidence.trigger_end) else 1


def _add(prf: PRF, gold_args: tuple[tuple[Span, ...], ...], refs) -> PRF:
    """Gold arguments and coded actors matched one to one: a pair when the span overlaps a gold mention."""
    refs = _spanned(refs)
    pairs = match_one_to_one(gold_args, refs,
                             lambda args, r: any(overlaps(a, b, r.start, r.end) for a, b in args))
    return PRF(prf.tp + len(pairs), prf.n_pred + len(refs), prf.n_gold + len(gold_args))


def _spanned(refs) -> list:
    """The coded participants that name someone in the text: inferred ones (kind 'implicit') have no span."""
    return [r for r in refs if r.kind != "implicit" and r.end > r.start]
