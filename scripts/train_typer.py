"""Train the event-type classifier (eventwire.code.typer) from our own text, and tune how it reads a story.

Training text: the hand-written sentences in data/typer_train.tsv and the composed ledes, headlines and story
sentences in data/typer_text.tsv (scripts/make_typer_text.py). Two multinomial logistic regressions with an L2
penalty share the features: one over the 16 PLOVER types and NONE, one over "TYPE:mode" labels. Both are fitted
by full-batch Adam in numpy from zero weights, so every run on the same data and spaCy model gives the same
weights. How often a sentence's main-trigger act (eventwire.code.acts) is its type is measured on the
hand-written sentences: that precision sets the odds a headline's act gives its type. The story weighting (lead
decay and floor, title weight, the coder's votes, whose mode wins) is then tuned for macro-F1 on the mini
stories of typer_text.tsv, each read by a model that never saw its template (three folds held out by
template), with the headline's act at those odds. Writes eventwire/data/typer_model.npz.

    python scripts/train_typer.py                 # train, tune on held-out stories, save the packaged model
    python scripts/train_typer.py --cv 5          # also report 5-fold cross-validated accuracy on the
                                                  # hand-written sentences and on held-out templates
    python scripts/train_typer.py --per-label 10 --out /tmp/typer.npz   # a quick model from a subset
"""
from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire.annotate import load_nlp
from eventwire.code.typer import NONE, StoryParams, Typer, default_path, sentence_features

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data"
DATA = DATA_DIR / "typer_train.tsv"
TEXT = DATA_DIR / "typer_text.tsv"
SEED = 20261126
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-4
CONTEXT = "CONTEXT"
STORY_FOLDS = 3
GRID = dict(lead_decay=(0.2, 0.35, 0.5, 0.65, 0.8), lead_floor=(0.0, 0.03, 0.08, 0.15),
            title_weight=(0.0, 0.5, 1.0, 1.5, 2.5), vote_first=(0.0, 0.5, 1.0, 2.0),
            vote_found=(0.0, 0.25, 0.5, 1.0))


def read_rows(path: Path) -> tuple[list[dict], dict[str, list[str]]]:
    """The labelled sentences (label, mode, sentence), and the context phrases by kind (prefix, suffix)."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows, context = [], defaultdict(list)
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["label"] == CONTEXT:
            context[r["mode"]].append(r["sentence"])
        else:
            rows.append({**r, "group": "hand"})
    return rows, dict(context)


def read_text(path: Path) -> tuple[list[dict], list[dict]]:
    """The composed sentences (label, mode, group, sentence) and the mini stories (label, mode, group, title,
    text)."""
    if not path.is_file():
        return [], []
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    sentences, stories = [], []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["kind"] == "story":
            stories.append(r)
        else:
            sentences.append({"label": r["label"], "mode": r["mode"], "group": r["group"], "kind": r["kind"],
                              "sentence": r["text"]})
    return sentences, stories


def lengthen(sentence: str, context: dict[str, list[str]], rng: random.Random) -> str:
    """The sentence wrapped in a lead-in and/or a tail phrase, as wire ledes often are."""
    out = sentence
    if context.get("suffix") and rng.random() < 0.8:
        out = out.rstrip(".") + rng.choice(context["suffix"])
    if context.get("prefix") and rng.random() < 0.5:
        first, _, rest = out.partition(" ")
        if first in ("The", "A", "An"):
            out = first.lower() + " " + rest
        out = rng.choice(context["prefix"]) + " " + out
    return out


def featurize(rows: list[dict], model: str = "md") -> list[tuple[list[str], np.ndarray]]:
    nlp = load_nlp(model)
    return [sentence_features(doc) for doc in nlp.pipe((r["sentence"] for r in rows), batch_size=64)]


class Design:
    """Features of n sentences: the sparse ones as CSR index arrays (binary values), the dense ones stacked,
    with the transposed order kept for the gradient."""

    def __init__(self, feats: list[tuple[list[str], np.ndarray]], vocab: dict[str, int]):
        indptr, indices = [0], []
        for words, _ in feats:
            idx = sorted({vocab[w] for w in words if w in vocab})
            indices.extend(idx)
            indptr.append(len(indices))
        self.indptr = np.array(indptr, dtype=np.int64)
        self.indices = np.array(indices, dtype=np.int64)
        self.dense = np.stack([d for _, d in feats]).astype(np.float32)
        self.n_vocab = len(vocab)
        self.starts = self.indptr[:-1]
        self.empty = np.diff(self.indptr) == 0
        rows = np.repeat(np.arange(len(feats)), np.diff(self.indptr))
        order = np.argsort(self.indices, kind="stable")
        self.t_rows = rows[order]
        idx = self.indices[order]
        self.t_starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]]) if len(idx) else np.zeros(0, np.int64)
        self.t_features = idx[self.t_starts] if len(idx) else idx

    def times(self, w_sparse: np.ndarray) -> np.ndarray:
        """X_sparse @ w_sparse."""
        if not len(self.indices):
            return np.zeros((len(self.starts), w_sparse.shape[1]), dtype=np.float32)
        out = np.add.reduceat(w_sparse[self.indices], np.minimum(self.starts, len(self.indices) - 1), axis=0)
        out[self.empty] = 0.0
        return out

    def transpose_times(self, g: np.ndarray) -> np.ndarray:
        """X_sparse.T @ g."""
        out = np.zeros((self.n_vocab, g.shape[1]), dtype=np.float32)
        if len(self.t_rows):
            out[self.t_features] = np.add.reduceat(g[self.t_rows], self.t_starts, axis=0)
        return out


def fit_weights(feats, labels: list[str], names: tuple[str, ...], vocab: dict[str, int], *, epochs: int = EPOCHS,
                lr: float = LEARNING_RATE, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(w_sparse, w_dense, bias) of a multinomial logistic regression from the sentences to `names`."""
    x = Design(feats, vocab)
    n, k = len(feats), len(names)
    y = np.zeros((n, k), dtype=np.float32)
    y[np.arange(n), [names.index(label) for label in labels]] = 1.0
    ws = np.zeros((len(vocab), k), dtype=np.float32)
    wd = np.zeros((x.dense.shape[1], k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    moments = [[np.zeros_like(a), np.zeros_like(a)] for a in (ws, wd, b)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = x.times(ws) + x.dense @ wd + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / np.float32(n)
        grads = (x.transpose_times(g) + l2 * ws, x.dense.T @ g + l2 * wd, g.sum(axis=0))
        step = np.float32(lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t))
        for param, grad, m in zip((ws, wd, b), grads, moments):
            m[0] = beta1 * m[0] + (1 - beta1) * grad
            m[1] = beta2 * m[1] + (1 - beta2) * grad * grad
            param -= step * m[0] / (np.sqrt(m[1]) + eps)
    return ws, wd, b


def fit(feats: list[tuple[list[str], np.ndarray]], labels: list[str], modes: list[str] | None = None, *,
        epochs: int = EPOCHS, params: StoryParams | None = None) -> Typer:
    """A Typer fitted to the features and labels; with `modes`, also its mode model (rows with a mode)."""
    names = tuple(sorted(set(labels) - {NONE})) + ((NONE,) if NONE in labels else ())
    counts = Counter(w for words, _ in feats for w in set(words))
    vocab = {w: i for i, w in enumerate(sorted(counts))}
    ws, wd, b = fit_weights(feats, labels, names, vocab, epochs=epochs)
    extra = {}
    if modes is not None:
        keep = [i for i, (label, mode) in enumerate(zip(labels, modes)) if mode and label != NONE]
        mode_labels = [f"{labels[i]}:{modes[i]}" for i in keep]
        m_names = tuple(sorted(set(mode_labels)))
        if len(m_names) > 1:
            ms, md, mb = fit_weights([feats[i] for i in keep], mode_labels, m_names, vocab, epochs=epochs)
            extra = dict(mode_labels=m_names, m_sparse=ms, m_dense=md, m_bias=mb)
    return Typer(labels=names, vocab=vocab, w_sparse=ws, w_dense=wd, bias=b, params=params or StoryParams(),
                 **extra)


def group_folds(groups: list[str], k: int, *, seed: int = SEED) -> list[set[str]]:
    """The distinct groups dealt into k held-out sets (the hand-written group is never held out here)."""
    names = sorted(set(groups) - {"hand"})
    random.Random(seed).shuffle(names)
    return [set(names[i::k]) for i in range(k)]


def folds(rows: list[dict], k: int = 5, *, seed: int = SEED) -> list[tuple[list[int], list[int]]]:
    """Stratified (train, held-out) index lists for k-fold cross-validation; the first is a 80/20 split."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_label[r["label"]].append(i)
    rng = random.Random(seed)
    held: list[list[int]] = [[] for _ in range(k)]
    for label in sorted(by_label):
        idx = by_label[label][:]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            held[j % k].append(i)
    everything = set(range(len(rows)))
    return [(sorted(everything - set(h)), sorted(h)) for h in held]


def evaluate(typer: Typer, feats, labels: list[str]) -> tuple[float, float, Counter]:
    """Accuracy, macro-F1 over the labels, and the confusions (gold, predicted) counted."""
    preds = [typer.labels[int(np.argmax(typer.logits(words, dense)))] for words, dense in feats]
    return accuracy_macro(preds, labels, typer.labels)


def accuracy_macro(preds: list[str], labels: list[str], names) -> tuple[float, float, Counter]:
    right = sum(p == g for p, g in zip(preds, labels))
    f1s = []
    for label in names:
        tp = sum(p == g == label for p, g in zip(preds, labels))
        n_pred, n_gold = preds.count(label), labels.count(label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    confusions = Counter((g, p) for p, g in zip(preds, labels) if p != g)
    return right / max(len(labels), 1), sum(f1s) / max(len(f1s), 1), confusions


@dataclass
class ReadStory:
    """A mini story parsed once: its sentences' features (title first when titled), the coder's events and
    the act its title reports."""

    label: str
    mode: str
    group: str
    titled: bool
    feats: list
    events: list
    headline: object            # eventwire.code.acts.Act | None


def read_stories(stories: list[dict], typer: Typer, model: str = "md") -> list[ReadStory]:
    """The stories parsed and coded. Only the coder's events are kept, so `typer` (one fitted to the current
    features) stands in for the packaged model, which may have been built for other features."""
    from unittest import mock

    from eventwire.annotate.headline import sentence_case
    from eventwire.code import code_doc
    from eventwire.code.acts import main_act
    from eventwire.read.model import Article

    nlp = load_nlp(model)
    out = []
    bodies = nlp.pipe((s["text"] for s in stories), batch_size=32)
    titles = nlp.pipe((sentence_case(s["title"], s["text"]) for s in stories), batch_size=64)
    for s, doc, title in zip(stories, bodies, titles):
        titled = bool(s["title"])
        article = Article(body=s["text"], title=s["title"] or None, language="en", source="typer-story")
        with mock.patch.object(Typer, "load", return_value=typer):
            coded = code_doc(doc, article)          # the events only: the title is read below, once
        headline = main_act(title) if titled else None
        spans = ([title[:]] if titled else []) + list(doc.sents)
        out.append(ReadStory(s["label"], s["mode"], s["group"], titled, [sentence_features(x) for x in spans],
                             list(coded.events), headline))
    return out


def act_precision(rows: list[dict], model: str = "md") -> tuple[float, int]:
    """How often the act of a sentence's main trigger (eventwire.code.acts.main_act) is the sentence's type,
    over the hand-written sentences of an event type that have such an act; and how many those are."""
    from eventwire.code.acts import main_act

    nlp = load_nlp(model)
    right = cases = 0
    for r, doc in zip(rows, nlp.pipe((r["sentence"] for r in rows), batch_size=64)):
        if r["label"] == NONE:
            continue
        act = main_act(doc)
        if act is not None:
            cases += 1
            right += act.type == r["label"]
    return right / max(cases, 1), cases


def tune(typer_for: dict[int, Typer], fold_of: list[int], stories: list[ReadStory], *,
         precision: float = 0.0) -> tuple[StoryParams, str]:
    """The story parameters that give the best macro-F1 on the held-out stories, and a report; `precision`
    (the acts' measured precision) is kept as it is, so the headline's act weighs what it is worth."""
    from eventwire.code.typer import Story, decide, story_type_of

    read = []
    for s, f in zip(stories, fold_of):
        typer = typer_for[f]
        probs = np.array([_softmax(typer.logits(*x)) for x in s.feats])
        modes = [typer.mode_logits(*x) for x in s.feats] if typer.mode_labels else []
        read.append(Story(typer, s.titled, probs, modes))
    gold = [s.label for s in stories]
    labels = [t for t in read[0].typer.labels if t != NONE]
    first = np.zeros((len(stories), len(labels)))
    found = np.zeros((len(stories), len(labels)))
    acted = np.ones((len(stories), len(labels)))
    odds = StoryParams(act_precision=precision).act_odds(len(labels))
    for i, s in enumerate(stories):
        # as main_type reads a story: its events by the type PLOVER gives a report of them, the headline's act
        if s.events:
            f = min(s.events, key=lambda e: e.evidence.trigger_start)
            first[i, labels.index(story_type_of(f)[0])] = 1.0
            for e in s.events:
                found[i, labels.index(story_type_of(e)[0])] = 1.0
        if s.headline is not None:
            acted[i, labels.index(s.headline.type)] = odds
    results = []
    gold_idx = np.array([labels.index(g) for g in gold])
    for decay, floor, title in itertools.product(GRID["lead_decay"], GRID["lead_floor"], GRID["title_weight"]):
        p = StoryParams(lead_decay=decay, lead_floor=floor, title_weight=title)
        scores = np.array([[st.type_scores(p)[t] for t in labels] for st in read])
        for a, b in itertools.product(GRID["vote_first"], GRID["vote_found"]):
            voted = scores * (1 + a * first + b * found) * acted
            pred = [labels[j] for j in np.argmax(voted, axis=1)]
            acc, macro, _ = accuracy_macro(pred, gold, labels)
            share = float(np.mean(voted[np.arange(len(gold)), gold_idx] / np.maximum(voted.sum(axis=1), 1e-12)))
            results.append((round(macro, 3), share, acc, (decay, floor, title, a, b)))
    # best macro-F1 (to three places), then the largest mean share of the gold type: a margin, not luck
    results.sort(key=lambda r: (-r[0], -r[1], r[3]))
    macro, share, acc, (decay, floor, title, a, b) = results[0]
    best = StoryParams(lead_decay=decay, lead_floor=floor, title_weight=title, vote_first=a, vote_found=b,
                       act_precision=precision)
    mode_acc = {}
    for coder_mode in (True, False):
        p = StoryParams(**{**best.__dict__, "coder_mode": coder_mode})
        right = cases = 0
        for st, s in zip(read, stories):
            if not s.mode:
                continue
            cases += 1
            label, mode, _ = decide(st, s.events, p, headline=s.headline)
            right += label == s.label and mode == s.mode
        mode_acc[coder_mode] = right / max(cases, 1)
    best = StoryParams(**{**best.__dict__, "coder_mode": mode_acc[True] > mode_acc[False]})
    typer_only = [r for r in results if r[3][3] == 0 and r[3][4] == 0][0]
    default = next(r for r in results if r[3] == (0.5, 0.03, 1.0, 1.0, 0.5))
    report = (f"held-out mini stories ({len(stories)}), the headline's act at odds {odds:.1f}: best macro-F1 {macro:.3f}, accuracy {acc:.3f}, gold share "
              f"{share:.3f} with {best}; typer alone best {typer_only[0]:.3f} {typer_only[3]}; decay 0.5, floor "
              f"0.03, title 1, votes 1 and 0.5: {default[0]:.3f}; mode accuracy with the coder's modes "
              f"{mode_acc[True]:.3f}, with the typer's {mode_acc[False]:.3f}")
    return best, report


def _load_cache(path: Path | None):
    import pickle

    if path is None or not path.is_file():
        return None
    with open(path, "rb") as f:
        return pickle.load(f)


def _save_cache(path: Path | None, value) -> None:
    import pickle

    if path is not None:
        with open(path, "wb") as f:
            pickle.dump(value, f)


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="hand-written sentences (label, mode, sentence)")
    parser.add_argument("--text", type=Path, default=TEXT, help="composed text (make_typer_text.py)")
    parser.add_argument("--out", type=Path, default=None, help="where to save (default: the packaged model)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="first report k-fold cross-validated accuracy (5: each fold holds out 20%%)")
    parser.add_argument("--per-label", type=int, default=0,
                        help="use only the first N sentences of each label, and no composed text or tuning")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--no-context", action="store_true", help="train without the lengthened copies")
    parser.add_argument("--no-tune", action="store_true", help="keep the default story parameters")
    parser.add_argument("--model", default="md", help="spaCy pipeline (md has the word vectors)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the parsed features and stories in this pickle file and reuse them")
    args = parser.parse_args(argv)

    rows, context = read_rows(args.data)
    composed, stories = read_text(args.text)
    if args.per_label:
        seen: Counter = Counter()
        kept = []
        for r in rows:
            if seen[r["label"]] < args.per_label:
                kept.append(r)
                seen[r["label"]] += 1
        rows, composed, stories = kept, [], []
    labels = [r["label"] for r in rows]
    print(f"{len(rows)} hand-written sentences, {len(composed)} composed sentences, {len(stories)} stories: "
          + ", ".join(f"{k} {v}" for k, v in sorted(Counter(labels + [r['label'] for r in composed]).items())))
    cached = _load_cache(args.cache)
    if cached is None:
        feats = featurize(rows, args.model)
        # one lengthened copy of each hand-written sentence, used in training only (never in a held-out figure)
        rng = random.Random(SEED)
        longer = [{**r, "sentence": lengthen(r["sentence"], context, rng)} for r in rows]
        long_feats = featurize(longer, args.model) if context and not args.no_context else []
        c_feats = featurize(composed, args.model) if composed else []
        read = []
        if stories and not args.no_tune:
            stand_in = fit(feats + c_feats, labels + [r["label"] for r in composed], epochs=20)
            read = read_stories(stories, stand_in, args.model)
        _save_cache(args.cache, (feats, long_feats, c_feats, read))
    else:
        feats, long_feats, c_feats, read = cached
    c_labels = [r["label"] for r in composed]
    modes = [r["mode"] for r in rows]
    c_modes = [r["mode"] for r in composed]
    c_groups = [r["group"] for r in composed]

    def training(hand_idx, comp_idx):
        f = [feats[i] for i in hand_idx] + ([long_feats[i] for i in hand_idx] if long_feats else [])
        y = [labels[i] for i in hand_idx] * (2 if long_feats else 1)
        m = [modes[i] for i in hand_idx] * (2 if long_feats else 1)
        return (f + [c_feats[i] for i in comp_idx], y + [c_labels[i] for i in comp_idx],
                m + [c_modes[i] for i in comp_idx])

    if args.cv:
        confusions: Counter = Counter()
        accs, macros = [], []
        every = list(range(len(composed)))
        for train, held in folds(rows, args.cv):
            f, y, _ = training(train, every)
            typer = fit(f, y, epochs=args.epochs)
            acc, macro, conf = evaluate(typer, [feats[i] for i in held], [labels[i] for i in held])
            accs.append(acc)
            macros.append(macro)
            confusions += conf
        print(f"{args.cv}-fold cross-validation on the hand-written sentences (composed text always in training): "
              f"accuracy {np.mean(accs):.3f} (folds {min(accs):.3f}-{max(accs):.3f}), macro-F1 {np.mean(macros):.3f}")
        for (gold, pred), c in confusions.most_common(10):
            print(f"  {gold} -> {pred}: {c}")
        if composed:
            accs, mode_accs = [], []
            for held_groups in group_folds(c_groups, args.cv):
                keep = [i for i in every if c_groups[i] not in held_groups]
                held = [i for i in every if c_groups[i] in held_groups]
                f, y, m = training(range(len(rows)), keep)
                typer = fit(f, y, m, epochs=args.epochs)
                accs.append(evaluate(typer, [c_feats[i] for i in held], [c_labels[i] for i in held])[0])
                with_mode = [i for i in held if c_modes[i] and c_labels[i] != NONE]
                right = 0
                for i in with_mode:
                    cols = [j for j, x in enumerate(typer.mode_labels) if x.split(":")[0] == c_labels[i]]
                    z = typer.mode_logits(*c_feats[i])[cols]
                    right += typer.mode_labels[cols[int(np.argmax(z))]] == f"{c_labels[i]}:{c_modes[i]}"
                mode_accs.append(right / max(len(with_mode), 1))
            print(f"{args.cv}-fold cross-validation on composed sentences, whole templates held out: type accuracy "
                  f"{np.mean(accs):.3f}, mode accuracy given the type {np.mean(mode_accs):.3f}")

    params = StoryParams()
    if read:
        held_sets = group_folds([s.group for s in read], STORY_FOLDS)
        fold_of = [next(k for k, h in enumerate(held_sets) if s.group in h) for s in read]
        typer_for = {}
        for k, held_groups in enumerate(held_sets):
            # the held-out stories' own templates are unseen, and so is every composed sentence of the kinds
            # that make up story bodies (details, quotes, reactions, background): they read as new text
            keep = [i for i in range(len(composed)) if c_groups[i] not in held_groups
                    and composed[i]["kind"] in ("lede", "headline")]
            typer_for[k] = fit(*training(range(len(rows)), keep), epochs=args.epochs)
        precision, cases = act_precision(rows, args.model)
        print(f"main-trigger acts of the hand-written sentences: precision {precision:.3f} over {cases} sentences")
        params, report = tune(typer_for, fold_of, read, precision=precision)
        print(report)

    typer = fit(*training(range(len(rows)), range(len(composed))), epochs=args.epochs, params=params)
    out = args.out or default_path()
    typer.save(out)
    acc, _, _ = evaluate(typer, feats, labels)
    print(f"saved {out} ({out.stat().st_size / 1024:.0f} KB, {len(typer.vocab)} sparse features, "
          f"{len(typer.mode_labels)} modes); training accuracy on the hand-written sentences {acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
