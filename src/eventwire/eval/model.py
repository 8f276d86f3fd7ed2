"""One measured figure on one gold set: what `eventwire eval` prints, a row each."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Score:
    set: str          # "tempeval3-timebank", "ngec-synthetic", ...
    metric: str       # "value accuracy", "macro-F1 (16 types)", ...
    value: float
    cases: int        # how many gold items the figure is over
    note: str = ""

    def to_dict(self) -> dict:
        return {"set": self.set, "metric": self.metric, "value": self.value, "cases": self.cases, "note": self.note}
