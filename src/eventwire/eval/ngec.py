"""ngec-synthetic: 4,500 synthetic stories, each labelled with one PLOVER type (and often a mode).

What is counted: each story (its text as the body, the headline from its prompt as the title) is coded
through the pipeline; the story's predicted type is `Coded.story_type` (the coder's events weighed with the
sentence typer's probabilities, the lead and the headline counting most), and its mode `Coded.story_mode` (the
main event's when the story has none). Per type: precision (stories predicted as the type that carry it),
recall (stories of the type predicted as it) and F1; macro-F1 is the mean F1 over the 16 types; accuracy is
the share of stories whose predicted type is the label. Mode accuracy is over stories whose label has a
mode: right when the predicted type is the label and the main event's mode is the label's mode
(compared in lower case; the set's spellings "primative" and "sieze" read as PLOVER's "primitive", "seize").

By default a fixed stratified sample is coded (`per_type` stories of each type, 40 -> 640, drawn with a
fixed seed); `full=True` codes all 4,500 (several minutes on two cores).
"""
from __future__ import annotations

import csv
import io
import random
import zipfile
from collections import defaultdict
from pathlib import Path

from eventwire.eval.matching import PRF, DataMissing, code_all, ratio
from eventwire.eval.model import Score

SET = "ngec-synthetic"
ZIP = Path("ngec-synthetic") / "gpt_synthetic_events_2023-10-19_19.csv.zip"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MODE_SPELLING = {"primative": "primitive", "sieze": "seize"}
PER_TYPE = 40
SEED = 20231019


def load(data: Path) -> list[dict]:
    """The stories: text, title, label, mode (lower case or None), in file order."""
    path = Path(data) / ZIP
    if not path.exists():
        raise DataMissing(f"{path} not found")
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as f:
            reader = csv.DictReader(io.TextIOWrapper(f, encoding="utf-8"))
            rows = []
            for i, r in enumerate(reader):
                prompt_title = (r.get("prompt") or "").split("\n", 1)[0].strip()
                rows.append({"index": i, "text": r["text"], "title": prompt_title or None,
                             "label": r["label"].strip().upper(), "mode": norm_mode(r.get("mode"))})
    return rows


def norm_mode(mode: str | None) -> str | None:
    m = (mode or "").strip().lower().replace("_", "-").replace(" ", "-")
    return MODE_SPELLING.get(m, m) or None


def sample(rows: list[dict], per_type: int = PER_TYPE, seed: int = SEED) -> list[dict]:
    """A fixed stratified sample: `per_type` stories of each label (all of a label that has fewer)."""
    by_label: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_label[r["label"]].append(r)
    rng = random.Random(seed)
    chosen = []
    for label in sorted(by_label):
        group = by_label[label]
        chosen += group if len(group) <= per_type else rng.sample(group, per_type)
    return sorted(chosen, key=lambda r: r["index"])


def run(data: Path, *, full: bool = False, per_type: int = PER_TYPE, **options) -> list[Score]:
    """Code the stories (a stratified sample unless `full`) and score the story-level type and mode."""
    from eventwire.read.model import Article

    rows = load(data)
    chosen = rows if full else sample(rows, per_type)
    articles = [Article(body=r["text"], title=r["title"], language="en", source=f"ngec:{r['index']}")
                for r in chosen]
    predictions = [predict(c) for c in code_all(articles)]
    what = "all" if full else f"sample {per_type} per type"
    return score(chosen, predictions, note=f"{len(chosen)} stories ({what})")


def predict(coded) -> tuple[str | None, str | None]:
    """A story's (type, mode): its story type and mode (coder and typer together); where the story has no
    mode of its own, the mode of its main event."""
    main = coded.main_event
    mode = coded.story_mode if coded.story_mode is not None else (main.mode if main else None)
    return (coded.story_type or (main.type if main else None)), mode


def score(rows: list[dict], predictions: list, *, note: str = "") -> list[Score]:
    """Rows from labelled stories and the (type, mode) predicted for each (None where nothing was)."""
    tp: dict[str, int] = defaultdict(int)
    n_pred: dict[str, int] = defaultdict(int)
    n_gold: dict[str, int] = defaultdict(int)
    right = 0
    mode_cases = mode_right = 0
    type_modes: dict[str, list[int]] = defaultdict(lambda: [0, 0])     # per type: stories with a mode, right
    for r, (got, mode) in zip(rows, predictions, strict=True):
        label = r["label"]
        n_gold[label] += 1
        if got:
            n_pred[got] += 1
        if got == label:
            tp[label] += 1
            right += 1
        if r["mode"]:
            mode_cases += 1
            hit = got == label and norm_mode(mode) == r["mode"]
            mode_right += hit
            type_modes[label][0] += 1
            type_modes[label][1] += hit
    per_type = {t: PRF(tp[t], n_pred[t], n_gold[t]) for t in TYPES}
    macro = sum(p.f1 for p in per_type.values()) / len(TYPES)
    n = len(rows)
    no_event = sum(p[0] is None for p in predictions)
    out = [
        Score(SET, "macro-F1 (16 types)", macro, n, note),
        Score(SET, "type accuracy", ratio(right, n), n, f"{right} of {n}; {no_event} stories with no event"),
        Score(SET, "mode accuracy", ratio(mode_right, mode_cases), mode_cases,
              f"{mode_right} of {mode_cases} stories whose label has a mode"),
    ]
    for t in TYPES:
        p = per_type[t]
        cases, hits = type_modes[t]
        modes = f"; type and mode {hits}/{cases} ({ratio(hits, cases):.2f})" if cases else ""
        out.append(Score(SET, f"F1 {t}", p.f1, p.n_gold,
                         f"P {p.precision:.2f} ({p.tp:g}/{p.n_pred}), R {p.recall:.2f} ({p.tp:g}/{p.n_gold}){modes}"))
    return out
