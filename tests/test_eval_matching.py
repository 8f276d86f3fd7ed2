"""The shared scoring helpers: counts, spans, one-to-one matching, speaker names."""
from __future__ import annotations

import pytest

from eventwire.eval.matching import (PRF, locate, match_one_to_one, overlaps, prf_rows, speaker_matches,
                                     token_f1, token_spans)


def test_matching_prf_counts():
    prf = PRF(2, 4, 8)
    assert (prf.precision, prf.recall) == (0.5, 0.25)
    assert prf.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert PRF(0, 0, 3).f1 == 0.0


def test_matching_prf_rows_name_what_they_count():
    rows = prf_rows("s", "events", PRF(1, 2, 4))
    assert [r.metric for r in rows] == ["events precision", "events recall", "events F1"]
    assert [r.cases for r in rows] == [2, 4, 4]


def test_matching_spans_overlap_half_open():
    assert overlaps(0, 5, 4, 9)
    assert not overlaps(0, 5, 5, 9)


@pytest.mark.parametrize("gold,pred,expected", [
    ("the minister resigned", "the minister resigned", 1.0),
    ("the minister resigned", "a general strike", 0.0),
    ("tanks rolled in", "tanks rolled in at dawn", pytest.approx(2 * 1 * 0.6 / 1.6)),
])
def test_matching_token_f1(gold, pred, expected):
    assert token_f1(gold, pred) == expected


def test_matching_token_spans_are_body_offsets():
    text = "Rain fell. Ministers met."
    assert token_spans(text, 11, 25) == {(11, 20), (21, 24)}


def test_matching_locate_tolerates_quotes_and_white_space():
    body = "First line.\nThe envoy said \u201cno deal\u201d  today.\n"
    start, end = locate(body, 'The envoy said "no deal" today.')
    assert body[start:end].startswith("The envoy") and body[start:end].endswith("today.")
    assert locate(body, "Nothing like this") is None


@pytest.mark.parametrize("gold,names,ok", [
    ("Richard Roe", ("Mr Roe",), True),
    ("Richard Roe", ("the commissioner", None), False),
    ("some officials", ("officials",), True),
    ("Critics", ("supporters",), False),
])
def test_matching_speaker_names(gold, names, ok):
    assert speaker_matches(gold, *names) is ok


def test_matching_one_to_one_prefers_best_fit():
    gold = ["a", "b"]
    pred = ["a1", "b1", "a2"]
    pairs = match_one_to_one(gold, pred, lambda g, p: (2 if p == g + "1" else 1) if p[0] == g else 0)
    assert sorted(pairs) == [(0, 0), (1, 1)]
