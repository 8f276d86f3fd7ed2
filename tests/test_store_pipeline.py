"""The store on real pipeline output: the bundled examples coded, stored, re-ingested and exported."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from eventwire.export import GDELT_COLUMNS, write_csv, write_gdelt
from eventwire.store import EventQuery, Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.slow
def test_store_pipeline_examples_round_trip(nlp):
    from eventwire.pipeline import code_articles
    from eventwire.read import read_sources

    sources = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl"))
    articles = [a for a in read_sources(sources) if hasattr(a, "body")]
    coded = list(code_articles(articles))
    reports = sum(len(c.events) for c in coded)
    with Store(":memory:") as store:
        results = [store.save(c) for c in coded]
        assert all(r.added for r in results)
        assert sum(r.events_added + r.events_merged for r in results) == reports > 0
        stats = store.stats()
        assert stats["articles"] == len(articles) and stats["events"] <= reports
        assert stats["claims"] == sum(len(c.claims) for c in coded)
        assert not any(store.save(c).added for c in coded)
        assert store.stats() == stats
        records = store.events()
        mentions = [(m["article_id"], m["sentence"], m["start"], m["trigger_start"])
                    for r in records for m in r["mentions"]]
        for c, r in zip(coded, results):
            body = store.article(r.article_id)["article"]["body"]
            assert body == c.article.body
            for e in c.events:
                ev = e.evidence
                assert (r.article_id, ev.sentence, ev.start, ev.trigger_start) in mentions
        out = io.StringIO()
        assert write_csv(records, out) == len(records) == len(list(csv.DictReader(io.StringIO(out.getvalue()))))
        out = io.StringIO()
        write_gdelt(records, out)
        assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in out.getvalue().splitlines())
        ukraine = store.events(EventQuery(country="UKR"))
        assert all(any(a["country"] == "UKR" for a in r["actor"] + r["recipient"]) for r in ukraine)
