"""Measure how well triggers.tsv covers the PLOVER types, on the NGEC synthetic PLOVER stories.

For a sample of stories per labelled type it reports the share in which some trigger of the labelled type occurs
(as spaCy lemma and part of speech; a phrase's later words must follow its head within a few tokens), the share
in which the labelled mode's triggers occur, and the share in which a trigger of another type occurs. The stories
are third-party data without a licence: they are read from ../shared/data and only measured, never copied.
They are loaded and sampled (stratified, a fixed seed) by `eventwire.eval.ngec`, so labels and modes are spelled
as there ("primative" reads as PLOVER's "primitive").

Example:
    python scripts/lexicon_coverage.py --per-type 100 --seed 7
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.code.lexicon import read_table
from eventwire.eval import ngec
from eventwire.eval.matching import DataMissing

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ZIP = ROOT.parent / "shared" / "data" / ngec.ZIP
WINDOW = 6  # how far after the head a phrase's next word may be


def load_stories(path: Path) -> list[dict]:
    """The stories, given the data folder or the stories' zip inside it (``ngec-synthetic/...csv.zip``)."""
    path = Path(path)
    data = path.parents[len(ngec.ZIP.parts) - 1] if path.name == ngec.ZIP.name else path
    try:
        return ngec.load(data)
    except DataMissing as err:
        raise SystemExit(f"{err}; the NGEC synthetic stories live in ../shared/data/ngec-synthetic") from err


def trigger_index() -> dict[tuple[str, str], list[dict[str, str]]]:
    index: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in read_table("triggers.tsv"):
        words = row["phrase"].split()
        index[(words[0], row["pos"])].append(dict(row, words=words))
    return index


def found_triggers(tokens: list[tuple[str, str]], index) -> list[dict[str, str]]:
    """Triggers whose head matches a token and whose later words follow in order within WINDOW tokens."""
    hits = []
    for i, (lemma, pos) in enumerate(tokens):
        for trig in index.get((lemma, pos), ()):
            j, ok = i, True
            for word in trig["words"][1:]:
                nxt = next((k for k in range(j + 1, min(len(tokens), j + 1 + WINDOW)) if tokens[k][0] == word), None)
                if nxt is None:
                    ok = False
                    break
                j = nxt
            if ok:
                hits.append(trig)
    return hits


def modifier_modes() -> dict[str, set[tuple[str, str]]]:
    """word -> {(type, mode)} from modifiers.tsv ("air" -> ASSAULT aerial)."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in read_table("modifiers.tsv"):
        if row["mode"]:
            out[row["word"]].add((row["type"], row["mode"]))
    return out


def measure(stories, nlp, index) -> dict[str, dict[str, float]]:
    mods = modifier_modes()
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusions: dict[str, Counter] = defaultdict(Counter)
    docs = nlp.pipe((s["text"] for s in stories), batch_size=32)
    for story, doc in zip(stories, docs):
        label, mode = story["label"], story["mode"] or ""
        tokens = [(t.lemma_.lower(), t.pos_) for t in doc]
        hits = found_triggers(tokens, index)
        types = {h["type"] for h in hits}
        stats = per_type[label]
        stats["n"] += 1
        stats["own"] += label in types
        stats["other"] += bool(types - {label})
        stats["only_other"] += bool(types) and label not in types
        stats["none"] += not types
        if mode:
            stats["with_mode"] += 1
            lemmas = {lemma for lemma, _ in tokens}
            by_modifier = label in types and any((label, mode) in mods.get(w, ()) for w in lemmas)
            stats["mode_hit"] += by_modifier or any(h["type"] == label and h["mode"] == mode for h in hits)
        by_type = Counter(h["type"] for h in hits)
        stats["top"] += bool(by_type) and by_type[label] == max(by_type.values())
        for other in types - {label}:
            confusions[label][other] += 1
    return {label: dict(stats, top_other=confusions[label].most_common(3)) for label, stats in per_type.items()}


def coverage(*, per_type: int = 100, seed: int = 7, path: Path = DEFAULT_ZIP, nlp=None) -> dict[str, dict]:
    """Per labelled type: counts of sampled stories (n) and of those with own-type, mode, other-type triggers."""
    if nlp is None:
        from eventwire.annotate import load_nlp

        nlp = load_nlp("sm")
    return measure(ngec.sample(load_stories(path), per_type, seed), nlp, trigger_index())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-type", type=int, default=100, help="stories sampled per labelled type")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--zip", type=Path, default=DEFAULT_ZIP,
                        help="the stories' zip, or the data folder holding ngec-synthetic/")
    args = parser.parse_args(argv)

    results = coverage(per_type=args.per_type, seed=args.seed, path=args.zip)
    print(f"{'type':<10} {'n':>4} {'own':>6} {'mode':>6} {'top':>6} {'other':>6} {'only other':>10} {'none':>6}  "
          "most frequent other types")
    totals = Counter()
    for label in sorted(results):
        r = results[label]
        n = r["n"]
        mode = f"{r['mode_hit'] / r['with_mode']:.2f}" if r.get("with_mode") else "  -"
        others = ", ".join(f"{t} {c / n:.2f}" for t, c in r["top_other"])
        print(f"{label:<10} {n:>4} {r['own'] / n:>6.2f} {mode:>6} {r['top'] / n:>6.2f} {r['other'] / n:>6.2f} "
              f"{r['only_other'] / n:>10.2f} {r['none'] / n:>6.2f}  {others}")
        for key in ("n", "own", "other", "only_other", "none", "with_mode", "mode_hit", "top"):
            totals[key] += r.get(key, 0)
    n = totals["n"]
    print(f"{'all':<10} {n:>4} {totals['own'] / n:>6.2f} {totals['mode_hit'] / max(1, totals['with_mode']):>6.2f} "
          f"{totals['top'] / n:>6.2f} "
          f"{totals['other'] / n:>6.2f} {totals['only_other'] / n:>10.2f} {totals['none'] / n:>6.2f}")
    print("own: a trigger of the labelled type occurs; mode: one with the labelled mode (stories labelled with a "
          "mode; a trigger's own mode, or a modifier of that mode beside a trigger of the type); top: the labelled type has the most trigger hits (ties count); other: a trigger of another type occurs; only other: other types but not the labelled one.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
