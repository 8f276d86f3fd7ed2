"""Measure the event-type classifier on ngec-synthetic (measurement only: nothing is trained on these stories).

Story-level macro-F1 over the 16 PLOVER types, on the same stratified sample as `eventwire eval --only
ngec-synthetic` (40 stories per type), for:
  coder          the lexicon coder alone (Coded.main_event, its first event), as the eval scores it
  typer          the typer alone (Typer.classify over the body's sentences, lead-weighted)
  typer+title    the same with the article title read as a first sentence
  rerank         the coder's events re-ranked by typer.rerank, then the most confident
  coder-in-typer the coder's event whose type the typer finds most likely for the story; the typer's type when
                 the coder found none
  typer-first    the typer's story type, with the mode of the coder's event of that type when there is one
  main-if-top3   the coder's main event when its type is among the typer's three likeliest, else the typer's type
  vote           typer.main_type: the typer's story probabilities times the coder's votes (the model's tuned
                 bonus for the type of its first event and for any type it found), with main_type's mode
  vote+title     the same with the title (in sentence case) read as a first sentence and its act weighed in
                 (eventwire.code.acts.main_act): what the pipeline does
  vote+title, coder's mode   the same type, with the mode of the coder's event of that type
  lead-1, lead-3, flat, peak   diagnostics: the typer on the first sentence, the first three, all sentences
                 unweighted, and the single most confident sentence

Each story is parsed once (the md pipeline, as the eval uses) and coded with code_doc, exactly as
eventwire.pipeline.code_articles does.

    python scripts/typer_eval.py [--data ../shared/data] [--per-type 40] [--full]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.annotate import DEFAULT_MODEL, load_nlp
from eventwire.annotate.headline import sentence_case
from eventwire.code import code_doc
from eventwire.code.acts import main_act
from eventwire.code.typer import Typer, main_type, rerank
from eventwire.eval.ngec import TYPES, load, sample, score
from eventwire.read.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def top_event(events):
    """The most confident event (the first on a tie), or None."""
    return max(events, key=lambda e: e.confidence, default=None) if events else None


@dataclass(frozen=True)
class Guess:
    type: str
    mode: str | None = None


def _pair(guess) -> tuple[str | None, str | None]:
    """A variant's guess (an Event, a Guess or None) as the scorer's (type, mode)."""
    return (guess.type, guess.mode) if guess is not None else (None, None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--per-type", type=int, default=40)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--typer", type=Path, default=None, help="a model saved by train_typer.py --out")
    args = parser.parse_args(argv)

    rows = load(args.data)
    chosen = rows if args.full else sample(rows, args.per_type)
    nlp = load_nlp(DEFAULT_MODEL)
    typer = Typer.load(args.typer)
    variants: dict[str, list] = {k: [] for k in
                                 ("coder", "typer", "typer+title", "rerank", "coder-in-typer", "typer-first",
                                  "main-if-top3", "vote", "vote+title", "vote+title, coder's mode", "lead-1", "lead-3", "flat", "peak")}
    n_sents = 0
    typer_seconds = 0.0
    articles = [Article(body=r["text"], title=r["title"], language="en", source=f"ngec:{r['index']}")
                for r in chosen]
    docs = nlp.pipe((a.body for a in articles), batch_size=32)
    titles = nlp.pipe((sentence_case(a.title or "", a.body) for a in articles), batch_size=64)
    for article, doc, title in zip(articles, docs, titles):
        coded = code_doc(doc, article)
        events = list(coded.events)
        t0 = time.perf_counter()
        story = typer.story_scores(doc)
        n_sents += sum(1 for _ in doc.sents)
        typer_seconds += time.perf_counter() - t0
        label = max(story, key=story.get)
        with_title = typer.story_scores(doc, title=title[:] if len(title) else None)

        variants["coder"].append(coded.main_event)
        probs = [typer.scores(s) for s in doc.sents]
        for name, part in (("lead-1", probs[:1]), ("lead-3", probs[:3]), ("flat", probs)):
            total = Counter()
            for p in part:
                total.update({k: v for k, v in p.items() if k != "NONE"})
            variants[name].append(Guess(max(total, key=total.get)))
        peak = max(((k, v) for p in probs for k, v in p.items() if k != "NONE"), key=lambda kv: kv[1])
        variants["peak"].append(Guess(peak[0]))
        variants["typer"].append(Guess(label))
        variants["typer+title"].append(Guess(max(with_title, key=with_title.get)))
        variants["rerank"].append(top_event(rerank(events, doc, typer)))
        best = max(events, key=lambda e: (story.get(e.type, 0.0), e.confidence), default=None)
        variants["coder-in-typer"].append(best if best is not None else Guess(label))
        ranked = sorted(story, key=story.get, reverse=True)
        main = coded.main_event
        variants["main-if-top3"].append(main if main is not None and main.type in ranked[:3] else Guess(label))
        voted, mode, carrier = main_type(events, doc, typer)
        variants["vote"].append(Guess(voted, mode))
        voted, mode, carrier = main_type(events, doc, typer, title=title[:] if len(title) else None,
                                         headline=main_act(title) if len(title) else None)
        variants["vote+title"].append(Guess(voted, mode))
        variants["vote+title, coder's mode"].append(Guess(voted, carrier.mode if carrier else None))
        same = [e for e in events if e.type == label]
        variants["typer-first"].append(Guess(label, top_event(same).mode if same else None))

    what = "all" if args.full else f"sample {args.per_type} per type"
    print(f"ngec-synthetic, {len(chosen)} stories ({what})")
    print(f"{'variant':26} {'macro-F1':>8} {'accuracy':>8} {'mode acc':>8}")
    for name, preds in variants.items():
        s = {x.metric: x for x in score(chosen, [_pair(x) for x in preds])}
        print(f"{name:26} {s['macro-F1 (16 types)'].value:8.3f} {s['type accuracy'].value:8.3f} "
              f"{s['mode accuracy'].value:8.3f}")
    print(f"typer: {1000 * typer_seconds / max(n_sents, 1):.3f} ms per sentence over {n_sents} sentences "
          "(parse excluded)")

    best = {x.metric: x for x in score(chosen, [_pair(x) for x in variants["vote+title"]])}
    print("vote+title per type: " + ", ".join(f"{t} {best['F1 ' + t].value:.2f}" for t in TYPES))
    confusions = Counter((r["label"], p.type) for r, p in zip(chosen, variants["vote+title"])
                         if p.type != r["label"])
    print("vote+title confusions by type pair (gold -> predicted):")
    for (gold, pred), c in confusions.most_common(15):
        print(f"  {gold} -> {pred}: {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
