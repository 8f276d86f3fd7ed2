"""The eval runner: the registry, skipped and failed sets, the table and the Markdown file."""
from __future__ import annotations

import math
import sys
import types

import pytest

from eventwire.eval import SETS, runner
from eventwire.eval.matching import DataMissing
from eventwire.eval.model import Score


def fake_module(monkeypatch, name, run):
    module = types.ModuleType(f"eventwire.eval.{name}")
    module.run = run
    monkeypatch.setitem(sys.modules, f"eventwire.eval.{name}", module)


@pytest.fixture
def sets(monkeypatch):
    def ok(data, *, full=False):
        return [Score("ok-set", "accuracy", 0.5 if not full else 1.0, 10, "full" if full else "sample")]

    def no_data(data):
        raise DataMissing(f"{data}/nothing not found")

    def broken(data):
        raise RuntimeError("boom")

    fake_module(monkeypatch, "fake_ok", ok)
    fake_module(monkeypatch, "fake_nodata", no_data)
    fake_module(monkeypatch, "fake_broken", broken)
    registry = [("ok-set", "fake_ok"), ("nodata-set", "fake_nodata"), ("broken-set", "fake_broken"),
                ("absent-set", "fake_absent_module")]
    monkeypatch.setattr(runner, "SETS", registry)
    return registry


def test_runner_registry_names_every_owned_set():
    names = [n for n, _ in SETS]
    for name in ("canonical", "eventwire-gold", "ngec-synthetic", "polnear-dev", "wikievents-dev", "meantime",
                 "times", "amounts", "places", "actors", "petrarch", "extraction"):
        assert name in names


def test_runner_skips_and_reports_without_stopping(sets, tmp_path):
    rows = runner.run_all(tmp_path)
    by_set = {r.set: r for r in rows}
    assert by_set["ok-set"].value == 0.5
    assert by_set["nodata-set"].note.startswith("skipped:") and "nothing not found" in by_set["nodata-set"].note
    assert by_set["broken-set"].note == "error: RuntimeError: boom"
    assert by_set["absent-set"].note.startswith("skipped: module eventwire.eval.fake_absent_module")
    assert math.isnan(by_set["absent-set"].value)


def test_runner_only_and_full(sets, tmp_path):
    rows = runner.run_all(tmp_path, only=["ok-set"], full=True)
    assert [(r.set, r.value) for r in rows] == [("ok-set", 1.0)]
    assert runner.run_all(tmp_path, only=["fake_ok"])[0].set == "ok-set"      # module names work too
    with pytest.raises(ValueError, match="available: ok-set"):
        runner.run_all(tmp_path, only=["nope"])


def test_runner_missing_data_folder(sets, tmp_path):
    rows = runner.run_all(tmp_path / "absent", only=["ok-set"])
    assert rows[0].note.startswith("skipped: data folder")


def test_runner_table_and_markdown(tmp_path):
    rows = [Score("a-set", "F1", 0.25, 12, "3 of 12"), Score("b", "(not run)", math.nan, 0, "skipped: x")]
    table = runner.format_table(rows).splitlines()
    assert table[0].split() == ["set", "metric", "figure", "cases", "note"]
    assert "0.250" in table[2] and "3 of 12" in table[2]
    assert table[3].split()[3:5] == ["-", "-"]
    path = runner.write_markdown(rows, tmp_path / "docs" / "accuracy.md", "eventwire eval", date="2030-01-02")
    text = path.read_text()
    assert "`eventwire eval`" in text and "2030-01-02" in text and "| a-set | F1 | 0.250 | 12 | 3 of 12 |" in text
