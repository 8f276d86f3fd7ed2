"""Geoparsing accuracy on LGL and GeoVirus: a sample by default, everything under -m slow."""
from __future__ import annotations

import pytest

from eventwire.eval.places import corpus_dir, read_geovirus, read_lgl, run
from conftest import data_path


def _figures(scores):
    for s in scores:
        print(f"{s.set}\t{s.metric}\t{s.value}\t{s.cases}\t{s.note}")
    return {(s.set, s.metric): s.value for s in scores}


def test_eval_places_gold_offsets_match_text():
    folder = corpus_dir(data_path("geoparsing-gritta"))
    for articles in (read_lgl(folder / "lgl.xml"), read_geovirus(folder / "GeoVirus.xml")):
        assert articles
        for a in articles[:100]:
            for t in a.toponyms:
                assert a.text[t.start:t.end] == t.text


@pytest.mark.gold
def test_eval_places_lgl_sample():
    """The first 60 LGL articles (measured with md: F1 0.639, 88.2% within 161 km)."""
    scores = _figures(run(data_path("geoparsing-gritta"), sets=["lgl"], limit=60))
    assert scores[("lgl", "toponym recognition F1")] >= 0.62
    assert scores[("lgl", "resolution accuracy within 161 km")] >= 0.86


@pytest.mark.slow
@pytest.mark.gold
def test_eval_places_full():
    """All 588 LGL and 229 GeoVirus articles with md (measured: LGL F1 0.673, 84.5% within 161 km;
    GeoVirus F1 0.901, 85.6% within 161 km)."""
    scores = _figures(run(data_path("geoparsing-gritta")))
    assert scores[("lgl", "toponym recognition F1")] >= FULL_FLOORS["lgl F1"]
    assert scores[("lgl", "resolution accuracy within 161 km")] >= FULL_FLOORS["lgl 161"]
    assert scores[("geovirus", "toponym recognition F1")] >= FULL_FLOORS["geovirus F1"]
    assert scores[("geovirus", "resolution accuracy within 161 km")] >= FULL_FLOORS["geovirus 161"]


FULL_FLOORS = {"lgl F1": 0.66, "lgl 161": 0.83, "geovirus F1": 0.89, "geovirus 161": 0.84}
