"""A time expression as the grammar finds it, and the shape of a rule.

`Found` is one match: offsets into the text, its TIMEX3 value and precision, its kind, whether it names its
year, and, for an expression counted from the last date mentioned, how ("D+1": the next day). A `Rule` is a
compiled pattern with the function that values its match; that function returns a `Result`, or None to
reject the match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: str | None
    precision: str | None
    kind: str = "date"
    explicit_year: bool = False
    rel: str | None = None      # counted from the last date mentioned: "D+1" (the next day), "Y0" (that year)


# A rule's function gets the match, the anchor and the text; returns (value, precision, kind,
# explicit_year), with a fifth item for an expression counted from the last date mentioned ("D+1"
# for "the next day"), or None to reject the match.
Result = tuple | None
Rule = tuple[re.Pattern, Callable[[re.Match, date | None, str], Result]]
