"""The bundled example articles: each is listed in examples/README.md and carries a publication date."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
README = (EXAMPLES / "README.md").read_text(encoding="utf-8")
FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl"))


def test_store_examples_are_enough():
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in FILES if p.suffix == ".jsonl")
    assert len([p for p in FILES if p.suffix == ".txt"]) + lines >= 9


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_store_examples_listed_and_dated(path):
    assert f"`{path.name}`" in README
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["text"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["published"])
            assert record["id"] in README
    else:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"Published ?\w+ \d{1,2}, \d{4}", text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_store_examples_read_with_a_publication_date(path):
    from eventwire.read import read_sources

    items = list(read_sources([str(path)]))
    assert items and all(getattr(item, "published", None) for item in items), items
    assert all(item.body.strip() for item in items)
