"""The word lists and regular-expression pieces of the time grammar, built once from `data/time_words.tsv`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.errors import ModelError


@dataclass(frozen=True, slots=True)
class TimeWords:
    """The lexicon: each kind ("month", "unit", ...) maps a lower-case word to its value."""

    kinds: dict[str, dict[str, str]]

    def get(self, kind: str, word: str) -> str | None:
        return self.kinds.get(kind, {}).get(_norm(word))

    def alternation(self, kind: str) -> str:
        """A regex alternation of the words of one kind, longest first, spaces matching any whitespace."""
        words = sorted(self.kinds.get(kind, {}), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in words)


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower().rstrip("."))


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """Read `time_words.tsv` (cached)."""
    text = resources.files("eventwire").joinpath("data/time_words.tsv").read_text(encoding="utf-8")
    kinds: dict[str, dict[str, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ModelError(f"time_words.tsv line {n}: expected 'kind<TAB>word<TAB>value', got {line!r}")
        kinds.setdefault(parts[0], {})[_norm(parts[1])] = parts[2] if len(parts) > 2 else ""
    return TimeWords(kinds)


@dataclass(frozen=True, slots=True)
class Pieces:
    """Regex fragments shared by the patterns of `timepatterns.py`."""

    month: str        # any month name or abbreviation, an optional dot
    month_cap: str    # the same, capitalised only (for a bare month name)
    weekday: str
    day: str          # 1..31 as digits (with st/nd/rd/th) or an ordinal word
    year: str         # 1500..2099
    number: str       # a count: digits, number words, "a few", "several"
    unit: str         # a duration unit, singular or plural
    season: str
    partofday: str
    reference: str
    reldays: str
    future: str       # words that put the rest of a clause in the future ("will", "plans to")
    future_near: str  # words that make only what directly follows them future ("ahead of", "payable")


@lru_cache(maxsize=1)
def pieces() -> Pieces:
    w = time_words()
    months = w.alternation("month")
    month = rf"(?:{months})(?![a-z])\.?"
    full = [m for m in w.kinds["month"] if len(m) > 3 or m == "may"]
    abbr = [m for m in w.kinds["month"] if m not in full]
    caps = "|".join(sorted((m[:1].upper() + m[1:] for m in full), key=len, reverse=True))
    abbr_caps = "|".join(m[:1].upper() + m[1:] for m in abbr)
    month_cap = rf"(?-i:(?:{caps})(?![a-zA-Z])|(?:{abbr_caps})\.)"
    full_days = "|".join(d for d in w.kinds["weekday"] if len(d) > 5)
    short_days = "|".join(d[:1].upper() + d[1:] for d in w.kinds["weekday"] if len(d) <= 5)
    weekday = rf"(?:(?:{full_days})(?![a-z])|(?-i:(?:{short_days}))\.)"
    ordinals = w.alternation("ordinal")
    day = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|(?:{ordinals})(?![a-z]))"
    year = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    number = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|(?:{tens})(?:[\s-](?:{ones}))?"
              rf"|(?:{w.alternation('number')})(?![a-z]))")
    units = "|".join(u for u in w.kinds["unit"] if u != "century")
    unit = rf"(?:(?:{units})s?|centur(?:y|ies))(?![a-z])"
    return Pieces(
        month=month, month_cap=month_cap, weekday=weekday, day=day, year=year, number=number, unit=unit,
        season=w.alternation("season"), partofday=w.alternation("partofday"),
        reference=w.alternation("reference"), reldays=w.alternation("reldays"),
        future=w.alternation("future"), future_near=w.alternation("future_near"),
    )


def parse_number(text: str) -> float | str | None:
    """The value of a count: "3" -> 3, "twenty-one" -> 21, "2 1/2" -> 2.5, "several" -> "X"."""
    t = _norm(text).replace("-", " ")
    if not t:
        return None
    half = t.endswith(" 1/2")
    if half:
        t = t[:-4]
    try:
        v = float(t.replace(",", ""))
        return v + 0.5 if half else v
    except ValueError:
        pass
    w = time_words().kinds["number"]
    if t in w:
        return "X" if w[t] == "X" else float(w[t])
    parts = t.split()
    if len(parts) == 2 and parts[0] in w and parts[1] in w and w[parts[0]] != "X" and w[parts[1]] != "X":
        return float(w[parts[0]]) + float(w[parts[1]])
    return None
