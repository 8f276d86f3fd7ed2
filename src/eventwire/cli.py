"""The `eventwire` command: thin wrappers that parse arguments, call one library function, and format output."""
from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.errors import EventwireError

DEFAULT_DB = "eventwire.db"
DEFAULT_DATA = Path(os.environ.get("EVENTWIRE_DATA", "../shared/data"))


class Progress:
    """A one-line progress counter on a terminal's standard error; silent when not a terminal."""

    def __init__(self, label: str, *, enabled: bool | None = None):
        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.count = 0
        self.started = time.monotonic()

    def step(self, note: str = "") -> None:
        self.count += 1
        if self.enabled and (self.count < 10 or self.count % 10 == 0):
            rate = self.count / max(time.monotonic() - self.started, 1e-6)
            sys.stderr.write(f"\r{self.label}: {self.count} ({rate:.1f}/s) {note[:60]:<60}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.count:
            sys.stderr.write("\r" + " " * 100 + "\r")
            sys.stderr.flush()


class Summary:
    """What a run did: read, coded, skipped (each with its reason), events stored."""

    def __init__(self) -> None:
        self.read = 0
        self.coded = 0
        self.uncoded: Counter[str] = Counter()
        self.skipped: list[tuple[str, str]] = []
        self.events = 0
        self.duplicates = 0
        self.stored_events = 0
        self.merged = 0

    def skip(self, source: str, reason: str) -> None:
        self.skipped.append((source, reason))
        print(f"eventwire: skipped {source}: {reason}", file=sys.stderr)

    def report(self, *, stored: bool) -> str:
        parts = [f"read {self.read}", f"coded {self.coded}"]
        if self.uncoded:
            parts.append("not coded " + ", ".join(f"{n} ({why})" for why, n in self.uncoded.items()))
        parts.append(f"skipped {len(self.skipped)}")
        if stored:
            parts.append(f"already stored {self.duplicates}")
            parts.append(f"events stored {self.stored_events}")
            parts.append(f"merged into events already stored {self.merged}")
        else:
            parts.append(f"events {self.events}")
        return "eventwire: " + ", ".join(parts)


def _coded_stream(args, summary: Summary, progress: Progress):
    """Read the sources, code what can be coded, and yield each Coded; skips are recorded in the summary."""
    from eventwire.pipeline import code_articles
    from eventwire.read import read_sources
    from eventwire.read.model import Skipped

    sources = args.sources or ["-"]

    def articles():
        for item in read_sources(sources, allow_private=args.allow_private):
            if isinstance(item, Skipped):
                summary.skip(item.source, item.reason)
                continue
            summary.read += 1
            yield item

    for coded in code_articles(articles(), model=args.model, n_process=args.jobs):
        if coded.note:
            summary.uncoded[coded.note] += 1
        else:
            summary.coded += 1
        summary.events += len(coded.events)
        progress.step(coded.article.source)
        yield coded
    progress.done()


def cmd_extract(args) -> int:
    """Read sources (or standard input), code them, and write one JSON object per article; store nothing.

    Example: eventwire extract examples/austin-kyiv.txt | jq '.events[] | {type, status, date}'
    """
    summary, progress = Summary(), Progress("extract")
    out = sys.stdout
    for coded in _coded_stream(args, summary, progress):
        out.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    print(summary.report(stored=False), file=sys.stderr)
    return 1 if summary.skipped else 0


def cmd_ingest(args) -> int:
    """Read, code and store articles in a SQLite file; an article already stored adds nothing.

    Example: eventwire ingest examples/ --db eventwire.db
    """
    from eventwire.store import Store

    summary, progress = Summary(), Progress("ingest")
    with Store(args.db) as store:
        for coded in _coded_stream(args, summary, progress):
            result = store.save(coded)
            if not result.added:
                summary.duplicates += 1
            summary.stored_events += result.events_added
            summary.merged += result.events_merged
    print(summary.report(stored=True), file=sys.stderr)
    return 1 if summary.skipped else 0


def _query(args):
    from eventwire.store.query import EventQuery

    return EventQuery(actor_country=args.actor, recipient_country=args.recipient, country=args.country,
                      type=args.type, mode=args.mode, status=args.status, date_from=args.since,
                      date_to=args.until, text=args.text, limit=args.limit, offset=args.offset)


def cmd_events(args) -> int:
    """List stored events, filtered, as a table, JSON lines or CSV.

    Example: eventwire events --db eventwire.db --actor USA --type AID --since 2024-10-01 --format table
    """
    from eventwire import export
    from eventwire.store import Store

    _require_db(args.db)
    with Store(args.db) as store:
        events = store.events(_query(args))
    if args.format == "json":
        export.write_jsonl(events, sys.stdout)
    elif args.format == "csv":
        export.write_csv(events, sys.stdout)
    else:
        print(export.format_table(events, width=shutil.get_terminal_size((100, 24)).columns))
    return 0


def cmd_export(args) -> int:
    """Write every stored event (or a filtered set) as JSON lines, CSV, GDELT 2.0 events TSV or Parquet.

    Example: eventwire export --db eventwire.db --format gdelt > events.tsv
    """
    from eventwire import export
    from eventwire.store import Store

    _require_db(args.db)
    if args.format == "parquet" and not args.output:
        raise EventwireError("parquet is binary: pass --output FILE.parquet")
    with Store(args.db) as store:
        events = store.iter_events(_query(args))
        if args.format == "parquet":
            export.write_parquet(list(events), args.output)
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                export.WRITERS[args.format](events, out)
        else:
            export.WRITERS[args.format](events, sys.stdout)
    return 0


def cmd_eval(args) -> int:
    """Measure accuracy on every gold set found in the data folder and print one table.

    Example: eventwire eval --data ../shared/data --markdown docs/accuracy.md
    """
    from eventwire.eval import runner

    data = Path(args.data)
    if not data.is_dir():
        raise EventwireError(f"no gold data at {data}; pass --data DIR (the folder holding eventwire-gold/ ...)")
    scores = runner.run_all(data, only=args.only or None, full=args.full)
    print(runner.format_table(scores))
    if args.markdown:
        command = "eventwire eval " + " ".join(sys.argv[2:])
        runner.write_markdown(scores, Path(args.markdown), command)
    return 0


def cmd_petrarch(args) -> int:
    """Code sources with PETRARCH/CAMEO-format dictionaries; write one JSON object per article with its codings.

    Each coding is {"source", "target", "code", "start", "end", "verb", "pattern"}: actor codes, the CAMEO
    code, the sentence's offsets into the body, and the dictionary line that decided the code.
    Example: eventwire petrarch news/ --actors Phoenix.Countries.actors.txt --agents Phoenix.agents.txt --verbs CAMEO.2.0.txt
    """
    from dataclasses import asdict

    from eventwire.annotate import DEFAULT_MODEL, load_nlp
    from eventwire.petrarch import code_with_dictionaries, load_dictionaries
    from eventwire.read import read_sources
    from eventwire.read.model import Skipped

    dictionaries = load_dictionaries(actors=args.actors, agents=args.agents, verbs=args.verbs,
                                     discards=args.discards)
    nlp = load_nlp(args.model or DEFAULT_MODEL)
    summary, progress = Summary(), Progress("petrarch")
    for item in read_sources(args.sources or ["-"], allow_private=args.allow_private):
        if isinstance(item, Skipped):
            summary.skip(item.source, item.reason)
            continue
        summary.read += 1
        codings = code_with_dictionaries(nlp(item.body), dictionaries=dictionaries, date=item.published)
        summary.coded += 1
        summary.events += len(codings)
        sys.stdout.write(json.dumps({"id": item.id, "source": item.source, "published": item.published,
                                     "codings": [asdict(c) for c in codings]}, ensure_ascii=False) + "\n")
        progress.step(item.source)
    progress.done()
    print(summary.report(stored=False), file=sys.stderr)
    return 1 if summary.skipped else 0


def _require_db(path: str) -> None:
    if path != ":memory:" and not Path(path).exists():
        raise EventwireError(f"no database at {path}; run `eventwire ingest SOURCE --db {path}` first")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    p.add_argument("--actor", metavar="ISO3", help="actor country, e.g. USA")
    p.add_argument("--recipient", metavar="ISO3", help="recipient country")
    p.add_argument("--country", metavar="ISO3", help="either role")
    p.add_argument("--type", help="PLOVER type, e.g. AID")
    p.add_argument("--mode", help="PLOVER mode, e.g. military")
    p.add_argument("--status", choices=["asserted", "claimed", "hedged", "future", "hypothetical", "negated"])
    p.add_argument("--since", metavar="DATE", help="first event date, YYYY-MM-DD")
    p.add_argument("--until", metavar="DATE", help="last event date, YYYY-MM-DD")
    p.add_argument("--text", help="words in the evidence sentence or an actor's name")
    p.add_argument("--limit", type=int, default=None, help="at most this many events")
    p.add_argument("--offset", type=int, default=0, help="skip this many events first")


def _reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", help="files, folders, .jsonl, .gz, URLs, or - for standard input")
    p.add_argument("--model", default=None, help="spaCy pipeline: md (default) or sm")
    p.add_argument("--jobs", type=int, default=1, help="processes for the spaCy pass (default 1)")
    p.add_argument("--allow-private", action="store_true",
                   help="allow URLs on private or loopback addresses (refused by default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Turn news into a sourced, queryable record of political events.",
        epilog="Example: eventwire ingest examples/ && eventwire events --type AID")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, func, configure):
        doc = inspect.cleandoc(func.__doc__)
        body, _, example = doc.rpartition("\n")
        p = sub.add_parser(name, help=doc.splitlines()[0], description=body.strip(), epilog=example,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        configure(p)
        p.set_defaults(func=func)
        return p

    add("extract", cmd_extract, _reading)

    def ingest_args(p):
        _reading(p)
        p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    add("ingest", cmd_ingest, ingest_args)

    def events_args(p):
        _filters(p)
        p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    add("events", cmd_events, events_args)

    def export_args(p):
        _filters(p)
        p.add_argument("--format", choices=["jsonl", "csv", "gdelt", "parquet"], default="jsonl")
        p.add_argument("--output", "-o", help="write to this file instead of standard output")
    add("export", cmd_export, export_args)

    def petrarch_args(p):
        _reading(p)
        p.add_argument("--actors", required=True, help="PETRARCH actor dictionary")
        p.add_argument("--verbs", required=True, help="PETRARCH/CAMEO verb dictionary, e.g. CAMEO.2.0.txt")
        p.add_argument("--agents", help="PETRARCH agent dictionary")
        p.add_argument("--discards", help="PETRARCH discard list")
    add("petrarch", cmd_petrarch, petrarch_args)

    def eval_args(p):
        p.add_argument("--data", default=str(DEFAULT_DATA), help=f"gold-data folder (default {DEFAULT_DATA})")
        p.add_argument("--only", nargs="*", help="set names to run (default: all)")
        p.add_argument("--full", action="store_true", help="whole sets instead of the default samples")
        p.add_argument("--markdown", help="also write the table to this Markdown file")
    add("eval", cmd_eval, eval_args)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except EventwireError as err:
        print(f"eventwire: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
