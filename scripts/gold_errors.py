"""Print where eventwire's events and claims differ from the eventwire-gold annotation, grouped by cause.

    python scripts/gold_errors.py ../shared/data [--class NAME] [--limit N] [--file politics/002.txt]

Missed gold events are sorted by what the coder made of their sentence: "no event" (nothing coded there),
"other type" (events there, none of the gold type), "actor country" and "recipient country" (the type is
there, a side's country is not). False events: "no gold" (the sentence holds no gold event), "gold of other
type", "roles" (a gold event of the type is there, its countries differ). Claims likewise: "no cue", "speaker"
for missed claims; "no gold", "speaker" for false ones. Each line shows the gold or coded item and its
sentence, shortened.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.eval.eventwire_gold import TEXTS, _in_sentence, claim_fits, event_fits, load
from eventwire.eval.matching import code_all, countries, locate, match_one_to_one, print_groups, read_article


def _who(actors) -> str:
    return ",".join(f"{a.text or '-'}/{a.country or '?'}/{a.sector or '?'}" for a in actors) or "-"


def _gold_side(side: dict | None) -> str:
    if not side:
        return "-"
    return f"{side.get('text')}/{side.get('country') or '?'}/{side.get('sector') or '?'}"


def _short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


def _in(span, sentence: str, start: int, evidence: str | None) -> bool:
    return _in_sentence(span, sentence, start, evidence)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = sys.argv[1:]
    data = Path(args[0]) if args else Path("../shared/data")
    want = opts[opts.index("--class") + 1] if "--class" in opts else None
    limit = int(opts[opts.index("--limit") + 1]) if "--limit" in opts else 60
    only = opts[opts.index("--file") + 1] if "--file" in opts else None
    gold = [r for r in load(data) if only is None or r["file"] == only]
    coded = list(code_all(read_article(Path(data) / TEXTS / r["file"], title_line=True) for r in gold))
    rows: dict[str, list[str]] = defaultdict(list)
    tally: Counter[tuple[str, str, bool]] = Counter()     # (type, with or without recipient, matched)
    for record, c in zip(gold, coded, strict=True):
        body = c.article.body
        name = record["file"].split("/")[-1]
        g_events = record.get("events", [])
        spans = [locate(body, g.get("sentence", "")) for g in g_events]
        events = list(c.events)
        pairs = match_one_to_one(range(len(g_events)), events,
                                 lambda gi, e: event_fits(g_events[gi], spans[gi], e, with_sectors=False))
        hit_g, hit_p = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, g in enumerate(g_events):
            if gi in hit_g:
                continue
            here = [e for e in events if _in(spans[gi], g["sentence"], e.evidence.trigger_start,
                                              e.evidence.sentence)]
            same = [e for e in here if e.type == g["type"]]
            want_a = (g.get("actor") or {}).get("country")
            if not here:
                cls = "missed: no event"
            elif not same:
                cls = "missed: other type"
            elif want_a and not any(want_a in countries(e.actor) for e in same):
                cls = "missed: actor country"
            else:
                cls = "missed: recipient country"
            ours = "; ".join(f"{e.type} {e.evidence.trigger!r} {_who(e.actor)} -> {_who(e.recipient)}"
                             for e in (same or here)) or "-"
            rows[cls].append(f"{name} {g['type']} {g.get('trigger')!r} {_gold_side(g.get('actor'))} -> "
                             f"{_gold_side(g.get('recipient'))} [{g.get('status')}]\n      ours: {ours}\n"
                             f"      {_short(g['sentence'])}")
        for pi, e in enumerate(events):
            tally[(e.type, "recipient" if e.recipient else "no recipient", pi in hit_p)] += 1
            if pi in hit_p:
                continue
            there = [g for gi, g in enumerate(g_events)
                     if _in(spans[gi], g["sentence"], e.evidence.trigger_start, e.evidence.sentence)]
            same = [g for g in there if g["type"] == e.type]
            cls = "false: no gold" if not there else "false: gold of other type" if not same else "false: roles"
            gold_here = "; ".join(f"{g['type']} {_gold_side(g.get('actor'))} -> {_gold_side(g.get('recipient'))}"
                                  for g in (same or there)) or "-"
            rows[cls].append(f"{name} {e.type}/{e.mode} {e.evidence.trigger!r} {_who(e.actor)} -> "
                             f"{_who(e.recipient)} [{e.status.value}]\n      gold: {gold_here}\n"
                             f"      {_short(e.evidence.sentence)}")

        g_claims = record.get("claims", [])
        c_spans = [locate(body, g.get("sentence", "")) for g in g_claims]
        claims = list(c.claims)
        cpairs = match_one_to_one(range(len(g_claims)), claims,
                                  lambda gi, k: claim_fits(g_claims[gi], c_spans[gi], k, body))
        hit_g, hit_p = {g for g, _ in cpairs}, {p for _, p in cpairs}
        for gi, g in enumerate(g_claims):
            if gi in hit_g:
                continue
            span = c_spans[gi]
            here = [k for k in claims if span is not None and span[0] <= k.cue_start < span[1]]
            cls = "claim missed: no cue" if not here else "claim missed: speaker"
            ours = "; ".join(f"{k.cue!r} by {k.speaker.text!r}={k.speaker.name!r}" for k in here) or "-"
            rows[cls].append(f"{name} {g.get('speaker')!r} {g.get('cue')!r}\n      ours: {ours}\n"
                             f"      {_short(g['sentence'])}")
        for pi, k in enumerate(claims):
            if pi in hit_p:
                continue
            there = [g for gi, g in enumerate(g_claims)
                     if c_spans[gi] is not None and c_spans[gi][0] <= k.cue_start < c_spans[gi][1]]
            cls = "claim false: no gold" if not there else "claim false: speaker"
            gold_here = "; ".join(repr(g.get("speaker")) for g in there) or "-"
            sent = body[max(0, body.rfind("\n", 0, k.cue_start) + 1):body.find("\n", k.cue_end) % (len(body) + 1)]
            rows[cls].append(f"{name} {k.cue!r} by {k.speaker.text!r}={k.speaker.name!r} "
                             f"({k.speaker.kind}) gold: {gold_here}\n      content: {_short(k.content, 100)}\n"
                             f"      {_short(sent)}")
    print("coded events by type: matched / false")
    for kind, side in sorted({(t, r) for t, r, _ in tally}):
        print(f"  {kind:10} {side:13} {tally[(kind, side, True)]:3} / {tally[(kind, side, False)]:3}")
    print_groups(rows, sorted(rows), width=28, want=want, limit=limit)


if __name__ == "__main__":
    main()
