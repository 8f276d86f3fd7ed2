"""Run the gold sets and lay their figures out as one table (terminal text or Markdown)."""
from __future__ import annotations

import datetime as _dt
import importlib
import inspect
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.eval import SETS
from eventwire.eval.matching import DataMissing, skipped
from eventwire.eval.model import Score

COLUMNS = ("set", "metric", "figure", "cases", "note")


class UnknownSet(EventwireError, ValueError):
    """`only` named a set the registry does not know."""


def set_names() -> list[str]:
    """The sets `eventwire eval --only` accepts, in table order."""
    return [name for name, _ in SETS]


def run_all(data: Path, only: Sequence[str] | None = None, *, full: bool = False,
            progress: Callable[[str], None] | None = None) -> list[Score]:
    """Run every known set (or those named in `only`) on the data folder; one list of rows, in table order.

    A set whose module is not there yet, or whose data folder is missing, gives one "skipped: <reason>" row;
    a set that fails gives one "error: ..." row; neither stops the others. `full` runs whole sets where the
    default is a fixed sample (ngec-synthetic).

        run_all(Path("../shared/data"), only=["canonical", "eventwire-gold"])
    """
    data = Path(data)
    chosen = _choose(only)
    rows: list[Score] = []
    for name, module_name in chosen:
        if progress:
            progress(f"eval {name} ...")
        started = time.perf_counter()
        rows.extend(run_set(name, module_name, data, full=full))
        if progress:
            progress(f"eval {name}: {time.perf_counter() - started:.1f} s")
    return rows


def run_set(name: str, module_name: str, data: Path, *, full: bool = False) -> list[Score]:
    """One set's rows; never raises for a missing module or data folder."""
    try:
        module = importlib.import_module(f"eventwire.eval.{module_name}")
    except ModuleNotFoundError as err:
        if err.name and err.name.endswith(f"eval.{module_name}"):
            return [skipped(name, f"module eventwire.eval.{module_name} is not there yet")]
        return [Score(name, "(not run)", math.nan, 0, f"error: cannot import eventwire.eval.{module_name}: {err}")]
    run = getattr(module, "run", None)
    if run is None:
        return [skipped(name, f"eventwire.eval.{module_name} has no run(data) function")]
    if not data.is_dir():
        return [skipped(name, f"data folder {data} not found; pass --data DIR")]
    options = {"full": full}
    params = inspect.signature(run).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        options = {k: v for k, v in options.items() if k in params}
    try:
        rows = list(run(data, **options))
    except DataMissing as err:
        return [skipped(name, str(err))]
    except FileNotFoundError as err:
        return [skipped(name, f"{err.filename or err} not found")]
    except Exception as err:  # noqa: BLE001 - one broken set must not hide the others' figures
        return [Score(name, "(not run)", math.nan, 0, f"error: {type(err).__name__}: {err}")]
    return rows or [skipped(name, "the set gave no figures")]


def _choose(only: Sequence[str] | None) -> list[tuple[str, str]]:
    if not only:
        return list(SETS)
    by_name = {n: (n, m) for n, m in SETS} | {m: (n, m) for n, m in SETS}
    unknown = [o for o in only if o not in by_name]
    if unknown:
        raise UnknownSet(f"unknown eval set {', '.join(repr(u) for u in unknown)}; "
                         f"available: {', '.join(set_names())}")
    chosen = []
    for o in only:
        if by_name[o] not in chosen:
            chosen.append(by_name[o])
    return chosen


def format_figure(value: float) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3f}"


def _cells(scores: Sequence[Score]) -> list[tuple[str, ...]]:
    return [(s.set, s.metric, format_figure(s.value), str(s.cases) if s.cases else "-", s.note) for s in scores]


def format_table(scores: Sequence[Score]) -> str:
    """One plain-text table: set, metric, figure, cases, note."""
    rows = [COLUMNS, *_cells(scores)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS) - 1)]
    lines = []
    for i, r in enumerate(rows):
        left = "  ".join(c.rjust(w) if j in (2, 3) and i else c.ljust(w) for j, (c, w) in enumerate(zip(r, widths)))
        lines.append(f"{left}  {r[-1]}".rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    return "\n".join(lines)


def format_markdown(scores: Sequence[Score]) -> str:
    """The same table in Markdown."""
    def esc(c: str) -> str:
        return c.replace("|", "\\|")
    out = ["| " + " | ".join(COLUMNS) + " |", "|---|---|---:|---:|---|"]
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in _cells(scores)]
    return "\n".join(out)


def write_markdown(scores: Sequence[Score], path: Path, command: str, *,
                   date: str | None = None) -> Path:
    """Write docs/accuracy.md: the table, the command that made it and the date."""
    path = Path(path)
    date = date or _dt.date.today().isoformat()
    text = "\n".join([
        "# Accuracy",
        "",
        f"Measured {date} with `{command}` on the gold sets in `../shared/data` (see each set's README there).",
        "Most figures are fractions (1.000 is perfect; for `must_not violations` lower is better; rows in km say so);",
        "`cases` is how many items a figure is over. Rows that say `skipped` were not measured, and why. What each scorer counts is",
        "written in its module's docstring under `src/eventwire/eval/`.",
        "",
        format_markdown(scores),
        "",
    ])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path

