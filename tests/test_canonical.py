"""The canonical page: ../shared/examples/austin-kyiv.txt read and coded end to end, as an analyst reads it."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def coded():
    path = EXAMPLES / "austin-kyiv.txt"
    if not path.exists():
        pytest.skip(f"{path} not found; the canonical example lives in ../shared/examples")
    from eventwire.pipeline import code_articles
    from eventwire.read import read_sources

    articles = list(read_sources([str(path)]))
    return next(code_articles(articles)).to_dict()


@pytest.fixture(scope="module")
def expected():
    return json.loads((EXAMPLES / "austin-kyiv.expected.json").read_text())


def events(coded, type_, actor, recipient=None):
    return [e for e in coded["events"] if e["type"] == type_
            and actor in {a["country"] for a in e["actor"]}
            and (recipient is None or recipient in {a["country"] for a in e["recipient"]})]


def test_canonical_article_fields_exact(coded, expected):
    article = coded["article"]
    for field in ("title", "published", "author", "categories", "credit_line", "cited_sources"):
        assert article[field] == expected["article"][field], field
    assert article["body"].startswith(expected["article"]["body_starts_with"])
    assert article["body"].endswith(expected["article"]["body_ends_with"])
    for furniture in expected["article"]["boilerplate_not_in_body"][1:]:
        assert furniture not in article["body"]


def test_canonical_visit_dated_monday_in_kyiv(coded):
    visits = [e for e in events(coded, "CONSULT", "USA", "UKR") if e["mode"] == "visit"]
    assert visits, coded["events"]
    visit = visits[0]
    assert visit["status"] == "asserted" and visit["date"] == "2024-10-21" and visit["cameo"] == "042"
    assert visit["location"]["name"] == "Kyiv" and visit["location"]["country"] == "UKR"
    assert abs(visit["location"]["lat"] - 50.45) < 0.05 and abs(visit["location"]["lon"] - 30.52) < 0.05


def test_canonical_military_aid_with_amount(coded):
    aid = [e for e in events(coded, "AID", "USA", "UKR") if e["amount"]]
    assert aid, coded["events"]
    assert aid[0]["amount"]["value"] == 400000000 and aid[0]["amount"]["unit"] == "USD"
    assert aid[0]["mode"] == "military" and aid[0]["status"] == "asserted"


def test_canonical_north_korea_is_an_allegation_never_a_fact(coded):
    prk = events(coded, "AID", "PRK", "RUS")
    assert prk, coded["events"]
    assert all(e["status"] in ("claimed", "hedged") for e in prk)
    assert any(e["claimed_by"] == "Volodymyr Zelensky" for e in prk)
    facts = [e for e in coded["events"] if {a["country"] for a in e["actor"]} & {"PRK"}
             and {a["country"] for a in e["recipient"]} & {"RUS"} and e["status"] == "asserted"]
    assert facts == []


def test_canonical_conscription_is_only_considered(coded):
    mobilize = [e for e in coded["events"] if e["type"] == "MOBILIZE"]
    assert mobilize and all(e["status"] in ("hypothetical", "future") for e in mobilize)


def test_canonical_claims_have_speakers(coded):
    speakers = {(c["speaker"]["name"], c["cue"]) for c in coded["claims"]}
    assert ("Volodymyr Zelensky", "claims") in speakers
    assert any(cue == "argue" for _, cue in speakers)


def test_canonical_offsets_point_into_the_body(coded):
    body = coded["article"]["body"]
    for event in coded["events"]:
        ev = event["evidence"]
        assert body[ev["start"]:ev["end"]] == ev["sentence"]
        assert body[ev["trigger_start"]:ev["trigger_start"] + len(ev["trigger"])] == ev["trigger"]
    for key in ("times", "places", "actors"):
        for item in coded[key]:
            assert body[item["start"]:item["end"]] == item["text"], (key, item)
