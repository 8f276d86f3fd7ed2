"""The SQLite store: schema, saving, merging, re-ingesting, rollback and errors."""
from __future__ import annotations

import sqlite3

import pytest
from test_store_helpers import KYIV, actor, aid_article, event

from eventwire.code.model import Status
from eventwire.errors import StoreError
from eventwire.code.model import Coded
from eventwire.read.model import Article
from eventwire.store import EventQuery, SaveResult, Store, merge_key
from eventwire.store.schema import APPLICATION_ID, latest_version

BODY_A = "Lloyd Austin announced $400 million in military aid to Ukraine on Monday. More follows."
BODY_B = "On Monday the Pentagon chief announced $400 million in military aid for Kyiv. Officials welcomed it."


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def test_store_schema_is_migrated_and_marked(store):
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() >= 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "event_mentions", "event_actors", "claims"} <= tables


def test_store_file_uses_wal_and_reopens(tmp_path):
    path = tmp_path / "ew.db"
    with Store(path) as s:
        s.save(aid_article(BODY_A))
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as s:
        assert s.stats()["articles"] == 1
        assert s.save(aid_article(BODY_A)).added is False


def test_store_save_returns_counts_and_event_record(store):
    result = store.save(aid_article(BODY_A))
    assert result == SaveResult(result.article_id, added=True, events_added=1, events_merged=0)
    [record] = store.events()
    assert record["type"] == "AID" and record["mode"] == "military" and record["context"] == ["military"]
    assert record["actor"] == [{"text": "Lloyd Austin", "name": "Lloyd Austin", "country": "USA", "sector": "GOV",
                                "office": "Secretary of Defense"}]
    assert record["recipient"][0]["country"] == "UKR"
    assert record["amount"] == {"value": 400000000, "unit": "USD", "text": "$400 million"}
    assert record["location"] == {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52, "geonameid": 703448}
    ev = record["evidence"]
    assert BODY_A[ev["start"]:ev["end"]] == ev["sentence"]
    assert BODY_A[ev["trigger_start"]:ev["trigger_end"]] == "announced"
    assert record["sources"] == 1 and record["articles"] == [result.article_id]
    assert record["article_id"] == result.article_id and record["url"] == "https://example.org/a"


def test_store_reingest_adds_nothing(store):
    first = store.save(aid_article(BODY_A))
    again = store.save(aid_article("  " + BODY_A.replace(" ", "\n", 1), url="https://example.org/copy"))
    assert again == SaveResult(first.article_id, added=False)
    assert store.stats()["articles"] == 1 and store.stats()["mentions"] == 1


def test_store_merges_same_event_from_two_articles(store):
    a = store.save(aid_article(BODY_A))
    b = store.save(aid_article(BODY_B, url="https://example.org/b", actor_text="the Pentagon chief", amount=False))
    assert (b.events_added, b.events_merged) == (0, 1)
    [record] = store.events()
    assert record["sources"] == 2
    assert record["articles"] == [a.article_id, b.article_id]
    assert [m["sentence"] for m in record["mentions"]] == [BODY_A.split(". ")[0] + ".", BODY_B.split(". ")[0] + "."]
    assert record["evidence"]["sentence"].startswith("Lloyd Austin")      # the first report's evidence
    assert record["amount"]["value"] == 400000000
    assert store.stats()["merged_events"] == 1


@pytest.mark.parametrize("change", [
    {"date": "2024-10-22"}, {"status": Status.HEDGED}, {"type": "CONSULT"}, {"mode": "economic"},
    {"recipients": [actor("Moldova", "MDA")]},
])
def test_store_does_not_merge_events_that_differ_in_the_key(store, change):
    store.save(aid_article(BODY_A))
    fields = dict(actors=[actor("Austin", "USA")], recipients=[actor("Ukraine", "UKR")])
    fields.update(change)
    other = Coded(Article(BODY_B, published="2024-10-22"), events=(event(BODY_B, "announced", **fields),))
    assert store.save(other).events_added == 1
    assert len(store.events()) == 2


def test_store_undated_events_do_not_merge_across_articles(store):
    for body in (BODY_A, BODY_B):
        ev = event(body, "announced", actors=[actor("US", "USA")], recipients=[actor("Ukraine", "UKR")], date=None)
        store.save(Coded(Article(body), events=(ev,)))
    assert [r["sources"] for r in store.events()] == [1, 1]


def test_store_merge_key_uses_countries_then_names_sorted():
    body = "France and Germany announced aid to Ukraine."
    one = event(body, "announced", actors=[actor("France", "FRA"), actor("Germany", "DEU")],
                recipients=[actor("Ukraine", "UKR")])
    two = event(body, "announced", actors=[actor("Berlin", "DEU"), actor("Paris", "FRA"), actor("Macron", "FRA")],
                recipients=[actor("Kyiv", "UKR")])
    assert merge_key(one, "a1") == merge_key(two, "a2") == "AID|military|asserted|DEU,FRA|UKR|2024-10-21"
    rebels = event(body, "announced", actors=[actor("The Rebels", None, sector="REB")], recipients=[])
    assert merge_key(rebels, "a1") == "AID|military|asserted|the rebels||2024-10-21"


def test_store_rollback_leaves_nothing_half_written(store, monkeypatch):
    store.save(aid_article(BODY_A))
    before = store.stats()
    body = "Germany announced tanks for Ukraine. Poland announced shells for Ukraine."
    events = (event(body, "announced", actors=[actor("Germany", "DEU")], recipients=[actor("Ukraine", "UKR")]),
              event(body, "announced shells", actors=[actor("Poland", "POL")], recipients=[actor("Ukraine", "UKR")]))
    calls = []
    original = Store._insert_event

    def failing(self, article_id, ev, now):
        calls.append(ev)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return original(self, article_id, ev, now)

    monkeypatch.setattr(Store, "_insert_event", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(Coded(Article(body), events=events))
    assert store.stats() == before
    assert not store._conn.in_transaction
    monkeypatch.undo()
    assert store.save(Coded(Article(body), events=events)).events_added == 2


def test_store_sqlite_error_mid_article_becomes_store_error(store, monkeypatch):
    def broken(self, article_id, ev, now):
        self._conn.execute("INSERT INTO event_actors (event_id, role, position, text) VALUES ('x', 'boss', 0, 't')")

    monkeypatch.setattr(Store, "_insert_event", broken)
    with pytest.raises(StoreError, match="cannot save article"):
        store.save(aid_article(BODY_A))
    assert store.stats()["articles"] == 0


def test_store_reused_given_id_is_kept_apart(store):
    a = store.save(aid_article(BODY_A, given_id="1"))
    b = store.save(aid_article(BODY_B, given_id="1"))
    assert a.article_id == "1" and b.article_id.startswith("1-") and b.added


def test_store_keeps_claims_and_article_fields(store):
    result = store.save(aid_article(BODY_A))
    doc = store.article(result.article_id)
    assert doc["article"]["title"] == "Aid" and doc["article"]["body"] == BODY_A
    assert doc["article"]["categories"] == ["Politics"] and doc["article"]["hash"] == Article(BODY_A).hash
    assert doc["claims"] == [{"speaker": {"text": "Zelensky", "name": "Zelensky", "country": "UKR", "sector": "GOV",
                                          "office": None}, "cue": "said",
                              "content": {"text": "the aid matters", "start": 5, "end": 20}, "status": "asserted"}]
    assert doc["actors"][0]["name"] == "Lloyd Austin" and len(doc["events"]) == 1
    assert store.article("nope") is None
    [listed] = store.articles()
    assert listed["id"] == result.article_id and listed["events"] == 1 and "body" not in listed


def test_store_stores_uncoded_article_with_note(store):
    result = store.save(Coded(Article("Le ministre a parlé.", language="fr"), note="language 'fr' is not coded"))
    assert result.added and result.events_added == 0
    assert store.articles()[0]["note"] == "language 'fr' is not coded"


def test_store_refuses_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my precious notes\n")
    with pytest.raises(StoreError, match=r"notes\.db.*not a SQLite database.*--db"):
        Store(path)
    assert path.read_text() == "my precious notes\n"


def test_store_refuses_another_programs_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="another program"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["things"]


@pytest.mark.parametrize("where", ["missing/folder/ew.db", "."])
def test_store_unopenable_path_names_it(tmp_path, where):
    path = tmp_path / where
    with pytest.raises(StoreError, match=str(path.name) if where != "." else "folder"):
        Store(path)


def test_store_newer_schema_is_refused(tmp_path):
    path = tmp_path / "ew.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(StoreError, match=r"schema version is \d+ .*upgrade eventwire"):
        Store(path)


def test_store_stats_counts(store):
    store.save(aid_article(BODY_A))
    stats = store.stats()
    assert stats["by_type"] == {"AID": 1} and stats["by_status"] == {"asserted": 1}
    assert stats["first_date"] == stats["last_date"] == "2024-10-21" and stats["claims"] == 1


def _with_extra_migration(monkeypatch, sql):
    from eventwire.store import schema

    bundled = schema.migrations()
    monkeypatch.setattr(schema, "migrations", lambda: [*bundled, (len(bundled) + 1, "0099_extra.sql", sql)])
    return len(bundled)


def test_store_migrates_an_older_database_forward(tmp_path, monkeypatch):
    path = tmp_path / "ew.db"
    with Store(path) as s:
        s.save(aid_article(BODY_A))
    old = _with_extra_migration(monkeypatch, "ALTER TABLE events ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;")
    with Store(path) as s:
        assert s.stats()["schema_version"] == old + 1 and s.stats()["events"] == 1
        assert s._conn.execute("SELECT reviewed FROM events").fetchone()[0] == 0


def test_store_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "ew.db"
    Store(path).close()
    old = _with_extra_migration(monkeypatch, "CREATE TABLE notes (x); INSERT INTO nowhere VALUES (1);")
    with pytest.raises(StoreError, match=rf"schema version {old + 1} .*left at version {old}"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes'").fetchone()


def test_store_opens_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with Store(path) as s:
        assert s.stats()["schema_version"] == latest_version()


def test_store_two_handles_on_one_file_see_each_other(tmp_path):
    path = tmp_path / "ew.db"
    with Store(path) as writer, Store(path) as reader:
        writer.save(aid_article(BODY_A))
        assert reader.stats()["events"] == 1
        assert reader.save(aid_article(BODY_A)).added is False
