"""Time expressions: TempEval-3 (TimeBank, AQUAINT) and Recognizers-Text English date specs, with
dateparser's `search_dates` on the same cases as a baseline in rows of its own.

Matching is relaxed: a found expression matches a gold one when their character spans overlap
(TempEval-3's relaxed match); a strict (exact span) recall is reported beside it. Value F1 is
TempEval-3's: a found expression counts when it overlaps a gold one and its value equals the gold
value; precision over all found, recall over all gold. A range found by eventwire ("from March to
May") is compared through its end points, which TimeML annotates as separate expressions.

    python -m eventwire.eval.times ../shared/data [--no-dateparser] [--parse[=sm|md]] [--speed]

`--parse` adds rows for the finder given a spaCy parse (as the pipeline calls it): the tense of the
governing verb then places weekdays and year-less dates.
"""
from __future__ import annotations

import html
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.eval.matching import PRF, require
from eventwire.eval.model import Score
from eventwire.resolve.times import find_times

TEMPEVAL = ("tempeval3", "data", "TempEval3", "Training", "TBAQ-cleaned")
RECOGNIZERS = ("recognizers-text-specs", "Specs", "DateTime", "English")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    value: str | None


@dataclass(frozen=True, slots=True)
class Case:
    """One text with its anchor, its gold spans and the values each gold span accepts."""

    text: str
    anchor: date
    gold: tuple[Span, ...]
    accepted: tuple[frozenset[str], ...]   # per gold span


Finder = Callable[[str, date], list[Span]]


# ---------------------------------------------------------------- reading the gold sets

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> Case:
    """The TEXT of a TimeML file as plain text, its TIMEX3 spans and values, and its DCT."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    if not dct:
        raise ValueError(f"{path}: no document creation time (DCT)")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out: list[str] = []
    pos, length = 0, 0
    gold: list[Span] = []
    open_timex: tuple[int, str] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(_ATTR.findall(m.group(3)))
            open_timex = (length, _iso_week(attrs.get("value", "")))
        elif open_timex:
            gold.append(Span(open_timex[0], length, open_timex[1]))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    return Case(text, date.fromisoformat(dct.group(1)), tuple(gold),
                tuple(frozenset([g.value or ""]) for g in gold))


def _iso_week(value: str) -> str:
    """Gold values write some weeks without the leading zero ("2000-W7"); ISO 8601 has two digits."""
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


def tempeval_cases(data: Path, corpus: str) -> list[Case]:
    folder = require(data.joinpath(*TEMPEVAL, corpus))
    return [read_timeml(p) for p in sorted(folder.glob("*.tml"))]


def recognizers_cases(data: Path) -> list[Case]:
    """Date cases with a reference date: DateParser.json, and the date results of DateTimeModel.json."""
    folder = require(data.joinpath(*RECOGNIZERS))
    cases: list[Case] = []
    for item in json.loads((folder / "DateParser.json").read_text(encoding="utf-8-sig")):
        ref = (item.get("Context") or {}).get("ReferenceDateTime")
        if not ref or not item.get("Results"):
            continue
        gold, accepted = [], []
        for r in item["Results"]:
            v = r.get("Value") or {}
            ok = {x.get("date") for x in (v.get("FutureResolution"), v.get("PastResolution")) if x}
            if v.get("Timex") and "X" not in v["Timex"]:
                ok.add(v["Timex"])
            gold.append(Span(r["Start"], r["Start"] + r["Length"], None))
            accepted.append(frozenset(x for x in ok if x))
        cases.append(Case(item["Input"], datetime.fromisoformat(ref).date(), tuple(gold), tuple(accepted)))
    for item in json.loads((folder / "DateTimeModel.json").read_text(encoding="utf-8-sig")):
        ref = (item.get("Context") or {}).get("ReferenceDateTime")
        dates = [r for r in item.get("Results", []) if r.get("TypeName") == "datetimeV2.date"]
        if not ref or not dates:
            continue
        gold, accepted = [], []
        for r in dates:
            values = r.get("Resolution", {}).get("values", [])
            ok = {x.get("value") for x in values} | {x.get("timex") for x in values if "X" not in x.get("timex", "X")}
            gold.append(Span(r["Start"], r["End"] + 1, None))
            accepted.append(frozenset(x for x in ok if x))
        cases.append(Case(item["Input"], datetime.fromisoformat(ref).date(), tuple(gold), tuple(accepted)))
    return cases


# ---------------------------------------------------------------- the two finders

def eventwire_finder(text: str, anchor: date) -> list[Span]:
    return [Span(t.start, t.end, t.value) for t in find_times(text, anchor)]


def parsed_finder(model: str = "sm") -> Finder:
    """eventwire's finder given a spaCy parse of the text, as the pipeline calls it (tense of the governing verb)."""
    from eventwire.annotate import load_nlp

    nlp = load_nlp(model)

    def find(text: str, anchor: date) -> list[Span]:
        doc = nlp(text)
        return [Span(t.start, t.end, t.value) for t in find_times(text, anchor, doc=doc)]

    return find


def dateparser_finder() -> Finder:
    """dateparser's search_dates, with past preference and the anchor as base; values at the period it reports."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def find(text: str, anchor: date) -> list[Span]:
        base = datetime(anchor.year, anchor.month, anchor.day, 12, 0)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        try:
            found = search_dates(text, languages=["en"], settings=settings) or []
        except (ValueError, OverflowError, TypeError):
            found = []
        parser = DateDataParser(languages=["en"], settings=settings)
        out: list[Span] = []
        pos = 0
        for sub, when in found:
            start = text.find(sub, pos)
            if start < 0:
                start = text.find(sub)
            if start < 0:
                continue
            pos = start + len(sub)
            try:
                period = parser.get_date_data(sub).period or "day"
            except (ValueError, OverflowError, TypeError):
                period = "day"
            out.append(Span(start, start + len(sub), _format(when, period)))
        return out

    return find


def _format(when: datetime, period: str) -> str:
    if period == "year":
        return f"{when.year}"
    if period == "month":
        return f"{when.year}-{when.month:02d}"
    if period == "week":
        y, w, _ = when.isocalendar()
        return f"{y}-W{w:02d}"
    if period == "time" and (when.hour, when.minute) != (12, 0):
        return f"{when.date().isoformat()}T{when.hour:02d}:{when.minute:02d}"
    return when.date().isoformat()


# ---------------------------------------------------------------- scoring

@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    gold_found: int = 0          # gold spans overlapped by something found
    gold_exact: int = 0          # gold spans found with the very same offsets
    found_right: int = 0         # found spans overlapping some gold span
    value_right: int = 0         # gold spans overlapped by something found with the right value
    found_value_right: int = 0   # found spans overlapping gold with the right value


def _values(value: str | None) -> set[str]:
    if not value:
        return set()
    return {value, *value.split("/")} if "/" in value and not value.startswith("P") else {value}


def score(cases: Iterable[Case], finder: Finder) -> Tally:
    t = Tally()
    for case in cases:
        found = finder(case.text, case.anchor)
        t.gold += len(case.gold)
        t.found += len(found)
        for g, ok in zip(case.gold, case.accepted):
            hits = [f for f in found if f.start < g.end and g.start < f.end]
            if hits:
                t.gold_found += 1
            if any(f.start == g.start and f.end == g.end for f in hits):
                t.gold_exact += 1
            if any(_values(f.value) & ok for f in hits):
                t.value_right += 1
        for f in found:
            overlapping = [ok for g, ok in zip(case.gold, case.accepted) if f.start < g.end and g.start < f.end]
            if overlapping:
                t.found_right += 1
                if any(_values(f.value) & ok for ok in overlapping):
                    t.found_value_right += 1
    return t


def _rows(set_name: str, t: Tally, suffix: str, *, precision: bool = True) -> list[Score]:
    tag = f" ({suffix})" if suffix else ""
    value_prf = PRF(t.value_right, t.gold, t.gold)
    rows = [
        Score(set_name, f"span recall, relaxed{tag}", t.gold_found / t.gold if t.gold else 0.0, t.gold,
              f"{t.gold_found} of {t.gold} gold overlapped"),
        Score(set_name, f"span recall, strict{tag}", t.gold_exact / t.gold if t.gold else 0.0, t.gold,
              f"{t.gold_exact} of {t.gold} gold with exact offsets"),
        Score(set_name, f"value accuracy of matched{tag}", t.value_right / t.gold_found if t.gold_found else 0.0,
              t.gold_found, f"{t.value_right} of {t.gold_found} found gold with the gold value"),
    ]
    if precision:
        p = t.found_right / t.found if t.found else 0.0
        vp = t.found_value_right / t.found if t.found else 0.0
        vr = value_prf.recall
        rows.insert(1, Score(set_name, f"span precision, relaxed{tag}", p, t.found,
                             f"{t.found_right} of {t.found} found overlap gold"))
        rows.append(Score(set_name, f"value F1{tag}", 2 * vp * vr / (vp + vr) if vp + vr else 0.0, t.gold,
                          f"value P {vp:.3f}, R {vr:.3f}"))
    else:
        rows.append(Score(set_name, f"value accuracy{tag}", value_prf.recall, t.gold,
                          f"{t.value_right} of {t.gold} gold found with an accepted value"))
    return rows


def run(data: Path, *, compare: bool = True, parse: str | None = None) -> list[Score]:
    """TempEval-3 per corpus and the Recognizers-Text date cases; dateparser's rows too unless `compare` is False;
    with `parse` ("sm", "md"), rows for the finder given that spaCy model's parse as well."""
    data = Path(data)
    sets: list[tuple[str, list[Case], bool]] = [
        ("tempeval3-timebank", tempeval_cases(data, "TimeBank"), True),
        ("tempeval3-aquaint", tempeval_cases(data, "AQUAINT"), True),
        ("recognizers-dates", recognizers_cases(data), False),
    ]
    finders: list[tuple[str, Finder]] = [("", eventwire_finder)]
    if parse:
        finders.append((f"with {parse} parse", parsed_finder(parse)))
    rows: list[Score] = []
    if compare:
        try:
            finders.append(("dateparser", dateparser_finder()))
        except ImportError:
            rows.append(Score("tempeval3-timebank", "value F1 (dateparser)", math.nan, 0,
                              "skipped: dateparser is not installed; pip install 'eventwire[test]'"))
    for name, cases, with_precision in sets:
        for suffix, finder in finders:
            rows.extend(_rows(name, score(cases, finder), suffix, precision=with_precision))
    return rows


def speed(data: Path) -> dict[str, float]:
    """Milliseconds per sentence of find_times and find_amounts over the TempEval-3 texts (one pass each)."""
    import time

    from eventwire.resolve.amounts import find_amounts

    cases = tempeval_cases(data, "TimeBank") + tempeval_cases(data, "AQUAINT")
    sentences = [(s, c.anchor) for c in cases for s in re.split(r"(?<=[.!?])\s+", c.text) if s.strip()]
    find_times("warm up on Monday", cases[0].anchor)
    find_amounts("warm up with $5")
    started = time.perf_counter()
    for s, anchor in sentences:
        find_times(s, anchor)
    t_times = time.perf_counter() - started
    started = time.perf_counter()
    for s, _ in sentences:
        find_amounts(s)
    t_amounts = time.perf_counter() - started
    n = len(sentences)
    return {"sentences": n, "find_times ms/sentence": 1000 * t_times / n, "find_amounts ms/sentence": 1000 * t_amounts / n}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("--")]
    data = Path(paths[0]) if paths else Path(__file__).resolve().parents[4] / "shared" / "data"
    if "--speed" in args:
        for name, value in speed(data).items():
            print(f"{name:28} {value:8.3f}")
        return
    compare = "--no-dateparser" not in args
    parse = next((a.split("=", 1)[1] for a in args if a.startswith("--parse=")), "sm" if "--parse" in args else None)
    for row in run(data, compare=compare, parse=parse):
        print(f"{row.set:22} {row.metric:42} {row.value:6.3f} {row.cases:6d}  {row.note}")


if __name__ == "__main__":
    main()
