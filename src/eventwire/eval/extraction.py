"""Main-text extraction measured on the article-extraction-benchmark: token precision, recall and F1 of the body.

Each page's HTML goes through `eventwire.read.read_html`; its body is compared with the ground-truth
`articleBody` as bags of word tokens (\\w+, case kept). As in the benchmark's own evaluation, precision and
recall are averaged over pages and F1 is taken from the two means.

    python -m eventwire.eval.extraction ../shared/data
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from eventwire.eval.model import Score

SET = "article-extraction-benchmark"
_TOKEN = re.compile(r"\w+")


def token_counts(gold: str, predicted: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of word tokens, counted as multisets."""
    truth, guess = Counter(_TOKEN.findall(gold or "")), Counter(_TOKEN.findall(predicted or ""))
    tp = sum((truth & guess).values())
    return tp, sum(guess.values()) - tp, sum(truth.values()) - tp


def shingle_counts(gold: str, predicted: str, n: int = 4) -> tuple[int, int, int]:
    """(tp, fp, fn) over runs of n word tokens: order-aware, as the benchmark's own table counts them."""
    def runs(text: str) -> Counter:
        tokens = _TOKEN.findall(text or "")
        return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])

    truth, guess = runs(gold), runs(predicted)
    tp = sum((truth & guess).values())
    return tp, sum(guess.values()) - tp, sum(truth.values()) - tp


def _mean_f1(counts: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    """(F1, precision, recall): precision and recall averaged over pages, F1 from the two means."""
    precisions = [tp / (tp + fp) for tp, fp, fn in counts if tp + fp]
    recalls = [tp / (tp + fn) for tp, fp, fn in counts if tp + fn]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def _extract(html: bytes, url: str | None) -> str:
    from eventwire.errors import InputError
    from eventwire.read import read_html

    try:
        return read_html(html, source=url or "", url=url).body
    except InputError:
        return ""


def _folder(data: Path) -> Path:
    """The benchmark folder: `data` itself, or `data`/article-extraction-benchmark (the shared data root)."""
    data = Path(data)
    for folder in (data, data / SET):
        if (folder / "ground-truth.json").is_file():
            return folder
    from eventwire.eval.matching import DataMissing

    raise DataMissing(f"{data / SET / 'ground-truth.json'} not found")


def run(data: Path, **options) -> list[Score]:
    """Scores of body extraction over every page of the benchmark under `data` (the set's folder or ../shared/data)."""
    data = _folder(data)
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    tokens, shingles = [], []
    for key in sorted(truth):
        page = data / "html" / f"{key}.html.gz"
        with gzip.open(page, "rb") as stream:
            html = stream.read()
        predicted = _extract(html, truth[key].get("url"))
        gold = truth[key].get("articleBody", "")
        tokens.append(token_counts(gold, predicted))
        shingles.append(shingle_counts(gold, predicted))
    f1, precision, recall = _mean_f1(tokens)
    shingle_f1 = _mean_f1(shingles)[0]
    note = "word tokens, per-page means; read_html (trafilatura, favor_precision)"
    cases = len(truth)
    return [
        Score(SET, "body token F1", round(f1, 4), cases, note),
        Score(SET, "body token precision", round(precision, 4), cases, note),
        Score(SET, "body token recall", round(recall, 4), cases, note),
        Score(SET, "body 4-gram shingle F1", round(shingle_f1, 4), cases,
              "the benchmark's own measure (its README table), per-page means"),
    ]


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    for score in run(folder):
        print(f"{score.set}\t{score.metric}\t{score.value:.4f}\t{score.cases}")
