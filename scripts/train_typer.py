"""Train the event-type classifier (eventwire.code.typer) from the sentences in data/typer_train.tsv.

A multinomial logistic regression with L2 penalty, fitted by full-batch Adam in numpy from zero weights, so
every run on the same data and spaCy model gives the same weights. Writes eventwire/data/typer_model.npz.

    python scripts/train_typer.py                 # train on all sentences, save the packaged model
    python scripts/train_typer.py --cv 5          # also report 5-fold cross-validated accuracy (20% held out each)
    python scripts/train_typer.py --per-label 10 --out /tmp/typer.npz   # a quick model from a subset
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from eventwire.annotate import load_nlp
from eventwire.code.typer import NONE, Typer, default_path, sentence_features

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "typer_train.tsv"
SEED = 20261126
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-4
MIN_COUNT = 1
CONTEXT = "CONTEXT"


def read_rows(path: Path) -> tuple[list[dict], dict[str, list[str]]]:
    """The labelled sentences (label, mode, sentence), and the context phrases by kind (prefix, suffix)."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows, context = [], defaultdict(list)
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["label"] == CONTEXT:
            context[r["mode"]].append(r["sentence"])
        else:
            rows.append(r)
    return rows, dict(context)


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


def fit(feats: list[tuple[list[str], np.ndarray]], labels: list[str], *, epochs: int = EPOCHS,
        lr: float = LEARNING_RATE, l2: float = L2, min_count: int = MIN_COUNT) -> Typer:
    """A Typer fitted to the features and labels."""
    names = tuple(sorted(set(labels) - {NONE})) + ((NONE,) if NONE in labels else ())
    counts = Counter(w for words, _ in feats for w in set(words))
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in counts.items() if c >= min_count))}
    n, k = len(feats), len(names)
    xs = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, (words, _) in enumerate(feats):
        for w in words:
            if w in vocab:
                xs[i, vocab[w]] = 1.0
    xd = np.stack([d for _, d in feats]).astype(np.float32)
    x = np.hstack([xs, xd])
    y = np.zeros((n, k), dtype=np.float32)
    y[np.arange(n), [names.index(label) for label in labels]] = 1.0

    w = np.zeros((x.shape[1], k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        g_w = x.T @ g + l2 * w
        g_b = g.sum(axis=0)
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        step = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        w -= step * m_w / (np.sqrt(v_w) + eps)
        b -= step * m_b / (np.sqrt(v_b) + eps)
    return Typer(labels=names, vocab=vocab, w_sparse=w[:len(vocab)], w_dense=w[len(vocab):], bias=b)


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
    preds = []
    for words, dense in feats:
        preds.append(typer.labels[int(np.argmax(typer.logits(words, dense)))])
    right = sum(p == g for p, g in zip(preds, labels))
    f1s = []
    for label in typer.labels:
        tp = sum(p == g == label for p, g in zip(preds, labels))
        n_pred, n_gold = preds.count(label), labels.count(label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    confusions = Counter((g, p) for p, g in zip(preds, labels) if p != g)
    return right / len(labels), sum(f1s) / len(f1s), confusions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="training sentences (label, mode, sentence)")
    parser.add_argument("--out", type=Path, default=None, help="where to save (default: the packaged model)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="first report k-fold cross-validated accuracy (5: each fold holds out 20%%)")
    parser.add_argument("--per-label", type=int, default=0, help="use only the first N sentences of each label")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--no-context", action="store_true", help="train without the lengthened copies")
    parser.add_argument("--model", default="md", help="spaCy pipeline (md has the word vectors)")
    args = parser.parse_args(argv)

    rows, context = read_rows(args.data)
    if args.per_label:
        seen: Counter = Counter()
        kept = []
        for r in rows:
            if seen[r["label"]] < args.per_label:
                kept.append(r)
                seen[r["label"]] += 1
        rows = kept
    labels = [r["label"] for r in rows]
    print(f"{len(rows)} sentences: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(labels).items())))
    feats = featurize(rows, args.model)
    # one lengthened copy of each sentence, used in training only (never in the held-out figure)
    rng = random.Random(SEED)
    longer = [{**r, "sentence": lengthen(r["sentence"], context, rng)} for r in rows]
    long_feats = featurize(longer, args.model) if context and not args.no_context else []

    if args.cv:
        confusions: Counter = Counter()
        accs, macros, long_accs = [], [], []
        for train, held in folds(rows, args.cv):
            train_feats = [feats[i] for i in train] + ([long_feats[i] for i in train] if long_feats else [])
            train_labels = [labels[i] for i in train] * (2 if long_feats else 1)
            typer = fit(train_feats, train_labels, epochs=args.epochs)
            acc, macro, conf = evaluate(typer, [feats[i] for i in held], [labels[i] for i in held])
            accs.append(acc)
            macros.append(macro)
            confusions += conf
            if long_feats:
                long_accs.append(evaluate(typer, [long_feats[i] for i in held], [labels[i] for i in held])[0])
        print(f"{args.cv}-fold cross-validation on our sentences: accuracy {np.mean(accs):.3f} "
              f"(folds {min(accs):.3f}-{max(accs):.3f}), macro-F1 {np.mean(macros):.3f}"
              + (f"; lengthened held-out copies: accuracy {np.mean(long_accs):.3f}" if long_accs else ""))
        for (gold, pred), c in confusions.most_common(12):
            print(f"  {gold} -> {pred}: {c}")

    typer = fit(feats + long_feats, labels * (2 if long_feats else 1), epochs=args.epochs)
    out = args.out or default_path()
    typer.save(out)
    acc, _, _ = evaluate(typer, feats, labels)
    print(f"saved {out} ({out.stat().st_size / 1024:.0f} KB, {len(typer.vocab)} sparse features); "
          f"training accuracy {acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
