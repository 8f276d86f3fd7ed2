"""Exports: JSONL, CSV (round trip), GDELT 2.0 TSV, the terminal table, and Parquet's missing-extra message."""
from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from test_store_helpers import KYIV, actor, aid_article, event

from eventwire.errors import EventwireError
from eventwire.export import (CSV_COLUMNS, GDELT_COLUMNS, WRITERS, format_table, write_csv, write_gdelt,
                              write_jsonl, write_parquet)
from eventwire.code.model import Coded
from eventwire.read.model import Article
from eventwire.store import Store

BODY_A = "Lloyd Austin announced $400 million in military aid to Ukraine on Monday. More follows."
BODY_B = "On Monday the Pentagon chief announced new military aid for Kyiv, \"with\" commas, and\ttabs."


@pytest.fixture
def records():
    with Store(":memory:", clock=lambda: "2024-10-22T09:30:00+00:00") as store:
        store.save(aid_article(BODY_A))
        store.save(aid_article(BODY_B, url="https://example.org/b", actor_text="the Pentagon chief", amount=False))
        body = "France and Germany sanctioned Russian banks."
        store.save(Coded(Article(body), events=(event(
            body, "sanctioned", type="SANCTION", mode="economic", cameo="163", quad_class=4, goldstein=-8.0,
            actors=[actor("France", "FRA"), actor("Germany", "DEU")],
            recipients=[actor("Russian banks", "RUS", sector="BUS")], date="2024-10-25"),)))
        yield store.events()


def test_export_jsonl_writes_records(records):
    out = io.StringIO()
    assert write_jsonl(records, out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records


def test_export_csv_round_trip(records):
    out = io.StringIO()
    assert write_csv(records, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    aid, sanction = rows
    assert (aid["date"], aid["type"], aid["actor_country"], aid["recipient_country"]) == \
        ("2024-10-21", "AID", "USA", "UKR")
    assert aid["sources"] == "2" and aid["amount_value"] == "400000000" and aid["amount_unit"] == "USD"
    assert float(aid["lat"]) == KYIV.lat and aid["location_name"] == "Kyiv"
    assert aid["sentence"] == records[0]["evidence"]["sentence"] and aid["trigger"] == "announced"
    assert sanction["actor_name"] == "France;Germany" and sanction["actor_country"] == "FRA;DEU"
    assert sanction["recipient_sector"] == "BUS" and sanction["goldstein"] == "-8.0"
    assert sanction["amount_value"] == "" and sanction["claimed_by"] == ""


def test_export_csv_quotes_awkward_text():
    body = BODY_B
    ev = event(body, "announced", actors=[actor("X, \"the\" Y", "USA")], recipients=[actor("Kyiv", "UKR")])
    out = io.StringIO()
    write_csv([ev.to_dict()], out)
    [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["actor_name"] == "X, \"the\" Y" and row["sentence"] == ev.evidence.sentence
    assert row["sources"] == "1"


def test_export_gdelt_row_has_61_columns(records):
    out = io.StringIO()
    assert write_gdelt(records, out) == 2
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 3
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines[:2]]
    assert len(GDELT_COLUMNS) == 61 and all(len(line.split("\t")) == 61 for line in lines[:2])
    aid = rows[0]
    assert (aid["SQLDATE"], aid["MonthYear"], aid["Year"]) == ("20241021", "202410", "2024")
    assert aid["Actor1Code"] == "USAGOV" and aid["Actor1CountryCode"] == "USA" and aid["Actor1Type1Code"] == "GOV"
    assert aid["Actor1Name"] == "LLOYD AUSTIN" and aid["Actor2CountryCode"] == "UKR"
    assert (aid["EventCode"], aid["EventBaseCode"], aid["EventRootCode"]) == ("072", "072", "07")
    assert (aid["QuadClass"], aid["GoldsteinScale"]) == ("2", "8.3")
    assert (aid["NumMentions"], aid["NumSources"], aid["NumArticles"]) == ("2", "2", "2")
    assert aid["ActionGeo_Type"] == "4" and aid["ActionGeo_FullName"] == "Kyiv, Ukraine"
    assert aid["ActionGeo_CountryCode"] == "UP" and aid["ActionGeo_Lat"] == "50.4500"
    assert aid["DATEADDED"] == "20241022093000" and aid["SOURCEURL"] == "https://example.org/a"
    assert aid["GLOBALEVENTID"].isdigit() and int(aid["GLOBALEVENTID"]) < 2 ** 63
    assert aid["AvgTone"] == "" and aid["Actor1Geo_Type"] == ""
    assert rows[1]["EventRootCode"] == "16" and rows[1]["Actor2Code"] == "RUSBUS"


def test_export_gdelt_strips_tabs_and_newlines():
    ev = event(BODY_B, "announced", actors=[actor("A\tB\nC", "USA")], recipients=[])
    out = io.StringIO()
    write_gdelt([ev.to_dict()], out)
    assert out.getvalue().count("\n") == 1 and len(out.getvalue().rstrip("\n").split("\t")) == 61


def test_export_table_is_readable_and_fits(records):
    table = format_table(records, width=80)
    lines = table.splitlines()
    assert lines[0].split() == ["date", "type/mode", "actor", "->", "recipient", "status", "trigger"]
    assert all(len(line) <= 80 for line in lines)
    assert "2024-10-21" in lines[2] and "AID/military" in lines[2] and "->" in lines[2]
    assert "2 sources" in lines[2] or "…" in lines[2]
    assert format_table([]) == "no events"


def test_export_table_truncates_long_cells():
    many = [actor(f"Minister number {i}", "USA") for i in range(10)]
    ev = event(BODY_A, "announced", actors=many, recipients=[actor("Ukraine", "UKR")])
    table = format_table([ev.to_dict()], width=60)
    assert "…" in table and all(len(line) <= 60 for line in table.splitlines())


def test_export_parquet_names_the_install_command(records, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(EventwireError, match="pip install pyarrow"):
        write_parquet(records, tmp_path / "events.parquet")


def test_export_writers_by_format_name():
    assert set(WRITERS) == {"jsonl", "csv", "gdelt"}
