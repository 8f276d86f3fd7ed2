"""Actor resolution accuracy on eventwire-gold (BBC politics, hand-coded actors with country and sector).

For each gold actor and recipient, the mention is looked for in the gold event's sentence: the actor found by
`find_actors` whose span overlaps the gold text (an exact span first, else the largest overlap). Country and
sector accuracy are over all gold actors, a mention not found counting as wrong; "found" is the share of gold
actors that some resolved mention overlaps. The BBC texts carry no date: they were published in 2004-05, and
the articles are resolved as of PUBLISHED.

    python -m eventwire.eval.actors                       # ../shared/data, model md
    python -m eventwire.eval.actors --model sm --show-errors
    python -m eventwire.eval.actors --speed 100            # ms per article: parse, find_actors alone
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.eval.matching import DataMissing
from eventwire.eval.model import Score

SET = "actors"
GOLD = Path("eventwire-gold") / "bbc-politics-dev.jsonl"
TEXTS = Path("bbc-news") / "data" / "bbc"
PUBLISHED = date(2005, 2, 1)


@dataclass(frozen=True, slots=True)
class Case:
    file: str
    text: str
    sentence: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    found: str | None
    country: str | None
    sector: str | None


def _paths(data: Path) -> tuple[Path, Path]:
    data = Path(data)
    if data.is_file():
        gold = data
        texts = data.parent.parent / TEXTS
    else:
        gold = data / GOLD
        texts = data / TEXTS
    if not gold.is_file():
        raise DataMissing(f"{gold} not found; pass the shared data folder (it holds {GOLD})")
    if not texts.is_dir():
        raise DataMissing(f"{texts} not found; the gold's texts live in the BBC set")
    return gold, texts


def read_cases(gold: Path) -> dict[str, list[Case]]:
    """Gold actors and recipients per article file."""
    cases: dict[str, list[Case]] = {}
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            for event in record.get("events", []):
                for role in ("actor", "recipient"):
                    actor = event.get(role)
                    if actor and actor.get("text"):
                        cases.setdefault(record["file"], []).append(Case(
                            record["file"], actor["text"], event.get("sentence", ""), actor.get("country"),
                            actor.get("sector")))
    return cases


def resolve(text: str, case: Case, actors: list) -> Outcome:
    """The resolved mention that stands for a gold actor in its sentence."""
    base = text.find(case.sentence) if case.sentence else -1
    pattern = re.compile(r"(?<!\w)" + re.escape(case.text) + r"(?!\w)")
    found = pattern.search(text, base) if base >= 0 else None
    if found is None:
        found = pattern.search(text)
    if found is None:
        return Outcome(case, None, None, None)
    start, end = found.span()
    best, best_overlap = None, 0
    for actor in actors:
        overlap = min(end, actor.end) - max(start, actor.start)
        if overlap <= 0:
            continue
        if actor.start == start and actor.end == end:
            best = actor
            break
        if overlap > best_overlap:
            best, best_overlap = actor, overlap
    if best is None:
        return Outcome(case, None, None, None)
    return Outcome(case, best.text, best.country, best.sector)


def outcomes(data: Path, *, model: str = "md", on: date = PUBLISHED) -> list[Outcome]:
    from eventwire.annotate import load_nlp
    from eventwire.resolve.actors import find_actors

    gold, texts = _paths(data)
    nlp = load_nlp(model)
    results = []
    for file, cases in read_cases(gold).items():
        text = (texts / file).read_text(encoding="utf-8", errors="replace")
        actors = find_actors(nlp(text), on)
        results.extend(resolve(text, case, actors) for case in cases)
    return results


def run(data: Path, *, model: str = "md") -> list[Score]:
    """Country accuracy, sector accuracy and mention coverage of gold actors on bbc-politics-dev."""
    results = outcomes(data, model=model)
    n = len(results)
    note = f"eventwire-gold bbc-politics-dev, resolved as of {PUBLISHED.isoformat()}"
    country = sum(o.country == o.case.country for o in results)
    sector = sum(o.sector == o.case.sector for o in results)
    found = sum(o.found is not None for o in results)
    both = sum(o.country == o.case.country and o.sector == o.case.sector for o in results)
    return [Score(SET, "country accuracy", country / n if n else 0.0, n, note),
            Score(SET, "sector accuracy", sector / n if n else 0.0, n, note),
            Score(SET, "country+sector accuracy", both / n if n else 0.0, n, note),
            Score(SET, "mention found", found / n if n else 0.0, n, note)]


def speed(texts: list[str], *, model: str = "md") -> tuple[float, float]:
    """Milliseconds per article for the spaCy parse and for find_actors alone, over `texts`."""
    import time

    from eventwire.annotate import load_nlp
    from eventwire.resolve.actorlexicon import ActorLexicon
    from eventwire.resolve.actors import find_actors

    nlp = load_nlp(model)
    ActorLexicon.load()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        find_actors(doc, PUBLISHED)
    resolve = time.perf_counter() - started
    return parse * 1000 / len(texts), resolve * 1000 / len(texts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared" / "data")
    parser.add_argument("--model", default="md")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--speed", type=int, metavar="N",
                        help="time the parse and find_actors over the first N BBC politics articles instead")
    args = parser.parse_args(argv)
    if args.speed:
        files = sorted((_paths(args.data)[1] / "politics").glob("*.txt"))[:args.speed]
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
        parse_ms, actors_ms = speed(texts, model=args.model)
        print(f"{len(texts)} articles: spaCy parse {parse_ms:.1f} ms/article, find_actors {actors_ms:.2f} ms/article")
        return
    results = outcomes(args.data, model=args.model)
    if args.show_errors:
        for o in results:
            if o.country != o.case.country or o.sector != o.case.sector:
                print(f"{o.case.file}\t{o.case.text!r}\tgold {o.case.country} {o.case.sector}"
                      f"\tgot {o.found!r} {o.country} {o.sector}")
    for score in run(args.data, model=args.model):
        print(f"{score.set}\t{score.metric}\t{score.value:.3f}\t{score.cases}")


if __name__ == "__main__":
    main()
