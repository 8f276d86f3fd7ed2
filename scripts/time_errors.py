"""Print where eventwire's time values differ from TempEval-3 gold, grouped by error class.

    python scripts/time_errors.py ../shared/data [TimeBank|AQUAINT|recognizers] [--class NAME] [--limit N]

Classes: missed (no overlap), spurious (found, no gold), and value errors named by the shape of the
gold value against ours ("day->week", "duration->date", ...). Each line: gold text, gold value, our
text, our value, and a stretch of context.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.eval.matching import print_groups
from eventwire.eval.times import eventwire_finder, recognizers_cases, tempeval_cases


def shape(value: str | None) -> str:
    if not value:
        return "none"
    if value.startswith("P"):
        return "duration"
    if value.endswith("_REF"):
        return "ref"
    if "/" in value:
        return "range"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
        return "time"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.search(r"-W\d\d(-WE)?$", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}-Q\d", value):
        return "quarter"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "other"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = sys.argv[1:]
    data = Path(args[0])
    corpus = args[1] if len(args) > 1 else "TimeBank"
    want = opts[opts.index("--class") + 1] if "--class" in opts else None
    limit = int(opts[opts.index("--limit") + 1]) if "--limit" in opts else 40
    cases = recognizers_cases(data) if corpus == "recognizers" else tempeval_cases(data, corpus)
    rows: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        found = eventwire_finder(case.text, case.anchor)
        for g, ok in zip(case.gold, case.accepted):
            hits = [f for f in found if f.start < g.end and g.start < f.end]
            gtext = case.text[g.start:g.end].replace("\n", " ")
            ctx = case.text[max(0, g.start - 60):g.end + 30].replace("\n", " ")
            gval = "|".join(sorted(ok))
            if not hits:
                rows["missed"].append(f"{gtext!r:30} {gval:22} anchor {case.anchor}  ...{ctx}")
                continue
            vals = {v for f in hits for v in ({f.value, *(f.value or '').split('/')} if f.value else set())}
            if vals & ok:
                continue
            f = hits[0]
            cls = f"{shape(next(iter(ok), None))}->{shape(f.value)}"
            ftext = case.text[f.start:f.end].replace("\n", " ")
            rows[cls].append(f"{gtext!r:30} {gval:22} ours {ftext!r:24} {f.value!s:22} anchor {case.anchor} "
                             f"{case.anchor.strftime('%a')}  ...{ctx}")
        if corpus != "recognizers":
            for f in found:
                if not any(f.start < g.end and g.start < f.end for g in case.gold):
                    ctx = case.text[max(0, f.start - 50):f.end + 30].replace("\n", " ")
                    rows["spurious"].append(f"{case.text[f.start:f.end]!r:30} {f.value!s:22} ...{ctx}")
    by_size = [k for k, _ in Counter({k: len(v) for k, v in rows.items()}).most_common()]
    print_groups(rows, by_size, width=24, want=want, limit=limit)


if __name__ == "__main__":
    main()
