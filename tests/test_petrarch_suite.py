"""PETRARCH's own unit-test suite, coded with its PETR.Validate.* dictionaries (skipped without ../shared/data)."""
from __future__ import annotations

import pytest

from conftest import data_path
from eventwire.eval import petrarch

# Measured 2026-11-26: 0.925 of 385 codings from the records' Treebank parses (precision 0.974),
# 0.888 from spaCy (md) parses of the text (precision 0.950).
FLOORS = {"treebank": 0.92, "spacy": 0.88}


@pytest.mark.gold
@pytest.mark.parametrize("parser", ["treebank", pytest.param("spacy", marks=pytest.mark.slow)])
def test_petrarch_suite_codings_reproduced(parser):
    data_path("petrarch2-validation", "petrarch2", "data", "text", "PETR.UnitTest.records.xml")
    from conftest import DATA

    reproduced, precision = petrarch.run(DATA, parser=parser)
    print(f"\npetrarch2 unit tests ({parser}): {reproduced.value:.3f} of {reproduced.cases} codings reproduced, "
          f"precision {precision.value:.3f} over {precision.cases} emitted")
    assert reproduced.cases == 385
    assert reproduced.value >= FLOORS[parser]
    assert precision.value >= 0.9


def test_petrarch_suite_reads_every_record():
    path = data_path("petrarch2-validation", "petrarch2", "data", "text", "PETR.UnitTest.records.xml")
    records = petrarch.read_records(path)
    assert len(records) == 284
    assert sum(len(r.gold) for r in records) == 385
    assert all(r.parse.strip().startswith("(") for r in records)
