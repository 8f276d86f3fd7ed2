"""Filtering and paging events in the store."""
from __future__ import annotations

import pytest
from test_store_helpers import KYIV, actor, event

from eventwire.code.model import Status
from eventwire.code.model import Coded
from eventwire.read.model import Article
from eventwire.store import EventQuery, Store
from eventwire.store.merge import date_start
from eventwire.store.query import normalize_country

BODY_1 = ("The United States announced military aid to Ukraine. Russia struck Kharkiv overnight. "
          "Moscow allegedly sent troops to Belarus.")
BODY_2 = "China hosted talks with Brazil. Protesters marched in Tbilisi."


@pytest.fixture(scope="module")
def store():
    s = Store(":memory:")
    usa, ukr, rus, blr = actor("Washington", "USA"), actor("Ukraine", "UKR"), actor("Russia", "RUS"), \
        actor("Belarus", "BLR")
    s.save(Coded(Article(BODY_1, published="2024-10-22"), events=(
        event(BODY_1, "announced", actors=[usa], recipients=[ukr], location=KYIV),
        event(BODY_1, "struck", type="ASSAULT", mode="aerial", actors=[rus], recipients=[ukr], date="2024-10-20",
              cameo="195", quad_class=4, goldstein=-10.0),
        event(BODY_1, "sent", type="MOBILIZE", mode=None, actors=[rus], recipients=[blr], date="2024-W44",
              status=Status.HEDGED, cameo=None),
    )))
    s.save(Coded(Article(BODY_2, given_id="second", published="2024-11-02"), events=(
        event(BODY_2, "hosted", type="CONSULT", mode="visit", actors=[actor("China", "CHN")],
              recipients=[actor("Brazil", "BRA")], date="2024-11-01", cameo="043"),
        event(BODY_2, "marched", type="PROTEST", mode="demo", actors=[actor("Protesters", None, sector="CVL")],
              recipients=[], date=None),
    )))
    yield s
    s.close()


def _types(store, **filters):
    return [e["type"] for e in store.events(EventQuery(**filters))]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ASSAULT", "AID", "MOBILIZE", "CONSULT", "PROTEST"]),
    ({"actor_country": "RUS"}, ["ASSAULT", "MOBILIZE"]),
    ({"actor_country": "rus"}, ["ASSAULT", "MOBILIZE"]),
    ({"recipient_country": "UKR"}, ["ASSAULT", "AID"]),
    ({"recipient_country": "UA"}, ["ASSAULT", "AID"]),
    ({"recipient_country": "Ukraine"}, ["ASSAULT", "AID"]),
    ({"country": "BRA"}, ["CONSULT"]),
    ({"country": "USA"}, ["AID"]),
    ({"type": "aid"}, ["AID"]),
    ({"mode": "visit"}, ["CONSULT"]),
    ({"status": "hedged"}, ["MOBILIZE"]),
    ({"date_from": "2024-10-21"}, ["AID", "MOBILIZE", "CONSULT"]),
    ({"date_to": "2024-10-20"}, ["ASSAULT"]),
    ({"date_from": "2024-10", "date_to": "2024-10"}, ["ASSAULT", "AID", "MOBILIZE"]),
    ({"text": "KHARKIV"}, ["ASSAULT"]),
    ({"text": "washing"}, ["AID"]),
    ({"article_id": "second"}, ["CONSULT", "PROTEST"]),
    ({"actor_country": "RUS", "recipient_country": "UKR"}, ["ASSAULT"]),
    ({"limit": 2}, ["ASSAULT", "AID"]),
    ({"limit": 2, "offset": 2}, ["MOBILIZE", "CONSULT"]),
    ({"type": "SANCTION"}, []),
])
def test_store_query_filters(store, filters, expected):
    assert _types(store, **filters) == expected


def test_store_query_count_ignores_paging(store):
    assert store.count(EventQuery(actor_country="RUS", limit=1)) == 2


def test_store_query_iter_events_pages(store):
    assert [e["type"] for e in store.iter_events(page=2)] == _types(store)
    assert [e["type"] for e in store.iter_events(EventQuery(limit=3, offset=1), page=2)] == \
        ["AID", "MOBILIZE", "CONSULT"]


@pytest.mark.parametrize("value, expected", [("usa", "USA"), ("GB", "GBR"), ("Germany", "DEU"), ("IGO", "IGO")])
def test_store_query_normalize_country(value, expected):
    assert normalize_country(value) == expected


@pytest.mark.parametrize("date, expected", [
    ("2024-10-21", "2024-10-21"), ("2024-W43", "2024-10-21"), ("2024-10", "2024-10-01"), ("2024", "2024-01-01"),
    ("2024-Q4", "2024-10-01"), (None, None), ("soon", None), ("2024-13", None),
])
def test_store_merge_date_start(date, expected):
    assert date_start(date) == expected
