"""The command line: each command's contract, run in-process."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "austin-kyiv.txt"


def test_cli_every_command_help_ends_with_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        last = command.format_help().strip().splitlines()[-1]
        assert last.startswith("Example: eventwire " + name), name


def test_cli_extract_writes_the_design_json(capsys):
    assert main(["extract", str(EXAMPLE)]) == 0
    out = capsys.readouterr()
    record = json.loads(out.out.splitlines()[0])
    assert set(record) >= {"id", "article", "events", "claims", "times", "places", "actors"}
    assert set(record["article"]) >= {"title", "published", "author", "categories", "credit_line",
                                      "cited_sources", "body", "language", "url", "source", "hash"}
    event = record["events"][0]
    assert set(event) >= {"id", "type", "mode", "context", "cameo", "quad_class", "goldstein", "actor",
                          "recipient", "status", "claimed_by", "date", "date_text", "location", "amount",
                          "evidence", "confidence"}
    assert "read 1, coded 1, skipped 0" in out.err


def test_cli_extract_reads_jsonl_bodies_exactly(tmp_path, capsys):
    text = "  Germany pledged new aid to Sudan on Monday.\n"
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": text, "published": "2024-03-13"}) + "\n")
    assert main(["extract", str(source)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "a1" and record["article"]["body"] == text
    for item in record["times"] + record["actors"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_cli_ingest_twice_adds_nothing_and_skips_are_reported(tmp_path, capsys):
    db = tmp_path / "e.db"
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert main(["ingest", str(EXAMPLE), str(bad), "--db", str(db)]) == 1      # something was skipped
    first = capsys.readouterr().err
    assert "skipped" in first and "empty.txt" in first
    assert main(["ingest", str(EXAMPLE), "--db", str(db)]) == 0
    second = capsys.readouterr().err
    assert "already stored 1" in second and "events stored 0" in second


def test_cli_events_filters_and_formats(tmp_path, capsys):
    db = tmp_path / "e.db"
    main(["ingest", str(EXAMPLE), "--db", str(db)])
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--actor", "USA", "--type", "AID", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["type"] == "AID" and "USA" in {a["country"] for a in r["actor"]} for r in rows)
    assert main(["events", "--db", str(db), "--status", "hedged", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,date,type") and all(",hedged," in line for line in lines[1:])
    assert main(["events", "--db", str(db), "--since", "2024-10-21", "--until", "2024-10-21"]) == 0
    assert "2024-10-21" in capsys.readouterr().out


def test_cli_export_gdelt_has_61_columns(tmp_path, capsys):
    db = tmp_path / "e.db"
    main(["ingest", str(EXAMPLE), "--db", str(db)])
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "gdelt"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows and all(len(r.split("\t")) == 61 for r in rows)


def test_cli_missing_database_says_what_to_do(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 2
    assert "eventwire ingest" in capsys.readouterr().err


def test_cli_eval_without_data_says_where(tmp_path, capsys):
    assert main(["eval", "--data", str(tmp_path / "nowhere")]) == 2
    assert "--data" in capsys.readouterr().err


def test_cli_petrarch_codes_with_user_dictionaries(tmp_path, capsys):
    fixtures = ROOT / "tests" / "fixtures" / "petrarch"
    actors = next(fixtures.glob("*actors*"))
    verbs = next(fixtures.glob("*verbs*"))
    text = tmp_path / "story.txt"
    text.write_text("Zembla condemned Freedonia on Monday.\n")
    assert main(["petrarch", str(text), "--actors", str(actors), "--verbs", str(verbs)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(c["source"], c["target"], c["code"]) for c in record["codings"]] == [("ZEM", "FRE", "122")]
    assert set(record["codings"][0]) == {"source", "target", "code", "start", "end", "verb", "pattern"}


def test_cli_petrarch_bad_dictionary_names_file_and_line(tmp_path, capsys):
    fixtures = ROOT / "tests" / "fixtures" / "petrarch"
    text = tmp_path / "story.txt"
    text.write_text("Zembla condemned Freedonia.\n")
    assert main(["petrarch", str(text), "--actors", str(fixtures / "bad_actors.txt"),
                 "--verbs", str(fixtures / "verbs.txt")]) == 2
    assert "bad_actors.txt" in capsys.readouterr().err
