"""Gold floors for time expressions: TempEval-3 (TimeBank, AQUAINT) and Recognizers-Text English dates.

Each floor sits just below the figure measured with `python -m eventwire.eval.times ../shared/data`;
the figures are printed. dateparser's rows are measured by the eval script, not here.
"""
from __future__ import annotations

from datetime import date

import pytest

from conftest import data_path
from eventwire.eval.times import eventwire_finder, read_timeml, recognizers_cases, score, tempeval_cases

FLOORS = {
    # set: (relaxed recall, relaxed precision, value accuracy of matched, value F1, strict recall)
    "TimeBank": (0.952, 0.938, 0.886, 0.836, 0.885),
    "AQUAINT": (0.977, 0.927, 0.829, 0.789, 0.86),
}


def _figures(t):
    recall = t.gold_found / t.gold
    precision = t.found_right / t.found
    accuracy = t.value_right / t.gold_found
    vp, vr = t.found_value_right / t.found, t.value_right / t.gold
    return recall, precision, accuracy, 2 * vp * vr / (vp + vr), t.gold_exact / t.gold


@pytest.mark.gold
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_eval_times_tempeval3_floor(corpus):
    data = data_path("tempeval3", "data", "TempEval3", "Training", "TBAQ-cleaned", corpus).parents[5]
    figures = _figures(score(tempeval_cases(data, corpus), eventwire_finder))
    names = ("relaxed recall", "relaxed precision", "value accuracy of matched", "value F1", "strict recall")
    for name, got in zip(names, figures):
        print(f"tempeval3-{corpus.lower()} {name}: {got:.3f}")
    for name, got, floor in zip(names, figures, FLOORS[corpus]):
        assert got >= floor, f"{name} {got:.3f} fell below {floor}"


@pytest.mark.gold
def test_eval_times_recognizers_floor():
    data = data_path("recognizers-text-specs", "Specs", "DateTime", "English").parents[3]
    t = score(recognizers_cases(data), eventwire_finder)
    recall, accuracy = t.gold_found / t.gold, t.value_right / t.gold
    print(f"recognizers-dates extraction recall: {recall:.3f}, value accuracy: {accuracy:.3f} over {t.gold}")
    assert recall >= 0.88
    assert accuracy >= 0.693


def test_eval_times_reads_timeml_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-22" '
        'functionInDocument="CREATION_TIME">2024-10-22</TIMEX3></DCT>\n<TEXT>Talks <EVENT eid="e1">ended</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="2024-10-21">Monday</TIMEX3> &amp; resume '
        '<TIMEX3 tid="t2" type="DATE" value="2024-W44">next week</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    case = read_timeml(path)
    assert case.anchor == date(2024, 10, 22)
    assert [case.text[g.start:g.end] for g in case.gold] == ["Monday", "next week"]
    t = score([case], eventwire_finder)
    assert (t.gold_found, t.value_right, t.found) == (2, 2, 2)
