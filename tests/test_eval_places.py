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
    """The first 60 LGL articles (measured with md: F1 0.718, 89.7% within 161 km)."""
    scores = _figures(run(data_path("geoparsing-gritta"), sets=["lgl"], limit=60))
    assert scores[("lgl", "toponym recognition F1")] >= 0.70
    assert scores[("lgl", "resolution accuracy within 161 km")] >= 0.88


@pytest.mark.slow
@pytest.mark.gold
def test_eval_places_full():
    """All 588 LGL and 229 GeoVirus articles with md (measured: LGL F1 0.738, 90.0% within 161 km;
    GeoVirus F1 0.904, 86.4% within 161 km; with sm: LGL F1 0.715, 89.7%; GeoVirus F1 0.898, 86.7%)."""
    scores = _figures(run(data_path("geoparsing-gritta")))
    assert scores[("lgl", "toponym recognition F1")] >= FULL_FLOORS["lgl F1"]
    assert scores[("lgl", "resolution accuracy within 161 km")] >= FULL_FLOORS["lgl 161"]
    assert scores[("geovirus", "toponym recognition F1")] >= FULL_FLOORS["geovirus F1"]
    assert scores[("geovirus", "resolution accuracy within 161 km")] >= FULL_FLOORS["geovirus 161"]


FULL_FLOORS = {"lgl F1": 0.73, "lgl 161": 0.89, "geovirus F1": 0.90, "geovirus 161": 0.86}
