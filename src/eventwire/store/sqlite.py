"""The SQLite store: one file holding articles, merged events with every mention, and claims."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwire.code.model import Claim, Coded, Event
from eventwire.errors import StoreError
from eventwire.store import query as q
from eventwire.store.merge import date_start, event_id, merge_key
from eventwire.store.model import EventQuery, SaveResult
from eventwire.store.schema import connect


def _utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """Articles, events and claims in one SQLite file; identical events from several articles merge.

    >>> with Store("eventwire.db") as store:
    ...     result = store.save(coded)            # SaveResult(article_id=..., added=True, ...)
    ...     store.events(EventQuery(actor_country="USA", type="AID"))
    """

    def __init__(self, path: str | Path = "eventwire.db", *, clock: Callable[[], str] = _utc_now) -> None:
        self.path = str(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._conn = connect(self.path)

    # -- writing -------------------------------------------------------------------------------------------------

    def save(self, coded: Coded) -> SaveResult:
        """Store one coded article in one transaction; the same article (same content hash) again adds nothing."""
        article = coded.article
        with self._lock, self._guard(f"save article {article.source or article.id}"):
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                existing = conn.execute("SELECT id FROM articles WHERE hash = ?", (article.hash,)).fetchone()
                if existing:
                    conn.execute("ROLLBACK")
                    return SaveResult(existing["id"], added=False)
                now = self._clock()
                article_id = self._insert_article(coded, now)
                for claim in coded.claims:
                    self._insert_claim(article_id, claim)
                added = merged = 0
                for event in coded.events:
                    if self._insert_event(article_id, event, now):
                        added += 1
                    else:
                        merged += 1
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return SaveResult(article_id, added=True, events_added=added, events_merged=merged)

    def _insert_article(self, coded: Coded, now: str) -> str:
        article = coded.article
        article_id = article.id
        if self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            article_id = f"{article.id}-{article.hash[:8]}"    # a reused id (say "1" in two JSONL files)
        resolved = {"times": [t.to_dict() for t in coded.times], "places": [p.to_dict() for p in coded.places],
                    "actors": [a.to_dict() for a in coded.actors]}
        self._conn.execute(
            "INSERT INTO articles (id, hash, title, published, author, categories, credit_line, cited_sources,"
            " body, language, url, source, note, resolved, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, article.hash, article.title, article.published, article.author,
             json.dumps(list(article.categories), ensure_ascii=False), article.credit_line,
             json.dumps(list(article.cited_sources), ensure_ascii=False), article.body, article.language,
             article.url, article.source, coded.note, json.dumps(resolved, ensure_ascii=False), now))
        return article_id

    def _insert_claim(self, article_id: str, claim: Claim) -> None:
        s = claim.speaker
        self._conn.execute(
            "INSERT INTO claims (article_id, speaker_text, speaker_start, speaker_end, speaker_name,"
            " speaker_country, speaker_sector, speaker_office, cue, cue_start, cue_end, content, content_start,"
            " content_end, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, s.text, s.start, s.end, s.name, s.country, s.sector, s.office, claim.cue,
             claim.cue_start, claim.cue_end, claim.content, claim.content_start, claim.content_end,
             claim.status.value))

    def _insert_event(self, article_id: str, event: Event, now: str) -> bool:
        """Add the event or merge it into the stored one with the same key; True when it is new."""
        conn = self._conn
        key = merge_key(event, article_id)
        row = conn.execute("SELECT id FROM events WHERE merge_key = ?", (key,)).fetchone()
        loc, amt = event.location, event.amount
        if row is None:
            eid = event_id(key)
            conn.execute(
                "INSERT INTO events (id, merge_key, type, mode, context, cameo, quad_class, goldstein, status,"
                " claimed_by, date, date_start, date_text, date_source, location_name, location_country, lat, lon,"
                " geonameid, amount_value, amount_unit, amount_text, confidence, first_article_id, first_seen,"
                " source_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (eid, key, event.type.upper(), event.mode, json.dumps(list(event.context)), event.cameo,
                 event.quad_class, event.goldstein, event.status.value, event.claimed_by, event.date,
                 date_start(event.date), event.date_text, event.date_source,
                 loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
                 loc.lon if loc else None, loc.geonameid if loc else None,
                 amt.value if amt else None, amt.unit if amt else None, amt.text if amt else None,
                 event.confidence, article_id, now))
            for role, refs in (("actor", event.actor), ("recipient", event.recipient)):
                conn.executemany(
                    "INSERT INTO event_actors (event_id, role, position, text, name, country, sector, office)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(eid, role, i, a.text, a.name, a.country, a.sector, a.office) for i, a in enumerate(refs)])
            self._insert_mention(eid, article_id, event)
            return True
        eid = row["id"]
        if loc:
            conn.execute("UPDATE events SET location_name = ?, location_country = ?, lat = ?, lon = ?, geonameid = ?"
                         " WHERE id = ? AND location_name IS NULL",
                         (loc.name, loc.country, loc.lat, loc.lon, loc.geonameid, eid))
        if amt:
            conn.execute("UPDATE events SET amount_value = ?, amount_unit = ?, amount_text = ?"
                         " WHERE id = ? AND amount_value IS NULL", (amt.value, amt.unit, amt.text, eid))
        conn.execute("UPDATE events SET claimed_by = coalesce(claimed_by, ?), date_text = coalesce(date_text, ?),"
                     " confidence = max(coalesce(confidence, 0), ?) WHERE id = ?",
                     (event.claimed_by, event.date_text, event.confidence, eid))
        self._insert_mention(eid, article_id, event)
        conn.execute("UPDATE events SET source_count = (SELECT count(DISTINCT article_id) FROM event_mentions"
                     " WHERE event_id = ?) WHERE id = ?", (eid, eid))
        return False

    def _insert_mention(self, eid: str, article_id: str, event: Event) -> None:
        ev = event.evidence
        self._conn.execute(
            "INSERT OR IGNORE INTO event_mentions (event_id, article_id, sentence, start, \"end\", trigger,"
            " trigger_start, trigger_end, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (eid, article_id, ev.sentence, ev.start, ev.end, ev.trigger, ev.trigger_start, ev.trigger_end,
             event.confidence))

    # -- reading -------------------------------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> list[dict]:
        """Events matching `query` (all when None), ordered by date then id, as DESIGN.md event records.

        Each record also has `article_id` (the first article reporting it), `articles` (every reporting
        article's id, first first), `sources` (how many), `mentions` (each reporting sentence with its
        `article_id` and offsets into that article's body), `first_seen` and `url` (of the first article).
        """
        with self._lock, self._guard("query events"):
            return q.select_events(self._conn, query or EventQuery())

    def iter_events(self, query: EventQuery | None = None, *, page: int = 1000) -> Iterator[dict]:
        """Like `events`, a page at a time: for exports of large stores. Honours the query's limit and offset."""
        query = query or EventQuery()
        remaining = query.limit if query.limit is not None and query.limit >= 0 else None
        offset = query.offset
        while remaining is None or remaining > 0:
            size = page if remaining is None else min(page, remaining)
            batch = self.events(EventQuery(**{**_fields(query), "limit": size, "offset": offset}))
            yield from batch
            if len(batch) < size:
                return
            offset += size
            if remaining is not None:
                remaining -= size

    def count(self, query: EventQuery | None = None) -> int:
        """How many events match `query`, ignoring its limit and offset."""
        with self._lock, self._guard("count events"):
            return q.count_events(self._conn, query or EventQuery())

    def articles(self, *, limit: int | None = None, offset: int = 0, with_body: bool = False) -> list[dict]:
        """Stored articles, newest ingested first: `id`, the DESIGN.md article fields, `note`, `ingested_at`,
        and `events` (how many events the article reports); `body` only with `with_body=True`."""
        with self._lock, self._guard("list articles"):
            rows = self._conn.execute(
                "SELECT a.*, (SELECT count(DISTINCT event_id) FROM event_mentions m WHERE m.article_id = a.id)"
                " AS event_count FROM articles a ORDER BY a.ingested_at DESC, a.rowid DESC LIMIT ? OFFSET ?",
                (limit if limit is not None and limit >= 0 else -1, max(0, offset))).fetchall()
        return [_article_record(row, with_body) for row in rows]

    def article(self, article_id: str) -> dict | None:
        """One stored article as `eventwire extract` prints it (article, events, claims, times, places, actors),
        or None. Its events are the merged records; their `mentions` carry offsets into this body."""
        with self._lock, self._guard(f"read article {article_id}"):
            row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                return None
            claims = self._conn.execute("SELECT * FROM claims WHERE article_id = ? ORDER BY id",
                                        (article_id,)).fetchall()
            events = q.select_events(self._conn, EventQuery(article_id=article_id))
        resolved = json.loads(row["resolved"])
        return {"id": row["id"], "article": _article_record(row, True, bare=True), "events": events,
                "claims": [_claim_record(c) for c in claims], "times": resolved.get("times", []),
                "places": resolved.get("places", []), "actors": resolved.get("actors", []), "note": row["note"]}

    def stats(self) -> dict:
        """Counts for a status line: articles, events, mentions, claims, merged events, date range, by type."""
        with self._lock, self._guard("read statistics"):
            c = self._conn
            one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
            return {
                "path": self.path,
                "schema_version": one("PRAGMA user_version"),
                "articles": one("SELECT count(*) FROM articles"),
                "events": one("SELECT count(*) FROM events"),
                "mentions": one("SELECT count(*) FROM event_mentions"),
                "claims": one("SELECT count(*) FROM claims"),
                "merged_events": one("SELECT count(*) FROM events WHERE source_count > 1"),
                "first_date": one("SELECT min(date_start) FROM events"),
                "last_date": one("SELECT max(date_start) FROM events"),
                "by_type": dict(c.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY type")
                                .fetchall()),
                "by_status": dict(c.execute("SELECT status, count(*) FROM events GROUP BY status ORDER BY status")
                                  .fetchall()),
            }

    # -- lifecycle -----------------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _guard(self, action: str):
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} in {self.path}: {exc}; if another process holds the database, "
                             f"retry when it is done") from exc


def _fields(query: EventQuery) -> dict:
    return {name: getattr(query, name) for name in EventQuery.__dataclass_fields__}


def _article_record(row: sqlite3.Row, with_body: bool, *, bare: bool = False) -> dict:
    record = {
        "title": row["title"], "published": row["published"], "author": row["author"],
        "categories": json.loads(row["categories"]), "credit_line": row["credit_line"],
        "cited_sources": json.loads(row["cited_sources"]), "language": row["language"], "url": row["url"],
        "source": row["source"], "hash": row["hash"],
    }
    if with_body:
        record["body"] = row["body"]
    if bare:
        return record
    return {"id": row["id"], **record, "note": row["note"], "ingested_at": row["ingested_at"],
            "events": row["event_count"]}


def _claim_record(row: sqlite3.Row) -> dict:
    return {"speaker": {"text": row["speaker_text"], "name": row["speaker_name"], "country": row["speaker_country"],
                        "sector": row["speaker_sector"], "office": row["speaker_office"]},
            "cue": row["cue"],
            "content": {"text": row["content"], "start": row["content_start"], "end": row["content_end"]},
            "status": row["status"]}
