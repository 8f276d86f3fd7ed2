"""Eval: accuracy on the gold sets in ../shared/data, one table of measured figures.

Each set is a module here with `run(data: Path, **options) -> list[Score]`; `SETS` names them in the order the
table lists them. The runner imports each only when it runs, so a set whose module or data is missing gives a
"skipped: <reason>" row instead of stopping the others.

    >>> from eventwire.eval.runner import run_all, format_table
    >>> print(format_table(run_all(Path("../shared/data"), only=["canonical"])))
"""
from __future__ import annotations

# (set name as the table and --only spell it, module under eventwire.eval)
SETS: list[tuple[str, str]] = [
    ("canonical", "canonical"),
    ("eventwire-gold", "eventwire_gold"),
    ("ngec-synthetic", "ngec"),
    ("polnear-dev", "polnear"),
    ("wikievents-dev", "wikievents"),
    ("meantime", "meantime"),
    ("times", "times"),
    ("amounts", "amounts"),
    ("places", "places"),
    ("actors", "actors"),
    ("petrarch", "petrarch"),
    ("extraction", "extraction"),
]

__all__ = ["SETS"]
