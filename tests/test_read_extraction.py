"""Main-text extraction on the article-extraction-benchmark: token F1 of the body against a floor."""
from __future__ import annotations

import pytest

from conftest import data_path
from eventwire.eval.extraction import run, token_counts

# Measured 0.9709 F1 (precision 0.9674, recall 0.9743) over 181 pages; floor just below.
F1_FLOOR = 0.965


def test_extraction_token_counts():
    assert token_counts("a b b c", "b b d") == (2, 1, 2)
    assert token_counts("", "") == (0, 0, 0)


@pytest.mark.gold
def test_extraction_benchmark_f1_floor():
    scores = {score.metric: score for score in run(data_path("article-extraction-benchmark"))}
    f1 = scores["body token F1"]
    print(f"\narticle-extraction-benchmark: body token F1 {f1.value:.4f}, precision "
          f"{scores['body token precision'].value:.4f}, recall {scores['body token recall'].value:.4f} "
          f"over {f1.cases} pages")
    assert f1.set == "article-extraction-benchmark"
    assert f1.cases == 181
    assert f1.value >= F1_FLOOR
