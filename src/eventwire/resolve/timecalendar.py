"""Calendar arithmetic for the time grammar.

TIMEX3 values of days, ISO weeks, months, quarters and years counted from a date (`shift_by`, `shift_months`,
`from_reference`); the year a year-less month or day most likely means (`resolve_md`); duration values such as
"P2Y6M" (`duration_value`); and the dates of the holidays that `data/time_words.tsv` writes as rules
(`holiday_date`: a fixed day, the nth weekday of a month, Easter).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.resolve.timegrammar import time_words


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def iso_day(d: date) -> str:
    return d.isoformat()


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A past verb does not reach back a year for a date that is at most this many days ahead.
_PAST_REACH = 31


def resolve_md(month: int, day: int | None, anchor: date, future: bool, past: bool = False) -> tuple[int, int]:
    """The year of a year-less month (and day).

    In a future clause, the next one on or after the anchor; in a past clause the last one, unless
    the next is within a month and the last most of a year back. Otherwise the nearer of the last one
    and the next one, a future one counting as twice as far: "in March" in late October is the
    March just gone, "in January" in late October the coming one.
    """
    if day is None and month == anchor.month:
        return anchor.year, month
    probe_day = day or 15
    this = safe_date(anchor.year, month, probe_day) or date(anchor.year, month, 28)
    if future:
        return (anchor.year if this >= anchor or (day is None and month >= anchor.month) else anchor.year + 1), month
    last = this if this <= anchor else (safe_date(anchor.year - 1, month, probe_day) or date(anchor.year - 1, month, 28))
    nxt = this if this > anchor else (safe_date(anchor.year + 1, month, probe_day) or date(anchor.year + 1, month, 28))
    ahead, behind = (nxt - anchor).days, (anchor - last).days
    if past and ahead <= _PAST_REACH < behind:
        return nxt.year, month     # "was extended to Nov. 16" a fortnight before it
    if not past and ahead * 2 < behind:
        return nxt.year, month
    return last.year, month


def unit_code(word: str) -> str:
    w = word.lower().rstrip("s")
    if w.startswith("centur"):
        return "CE"
    return time_words().get("unit", w) or "D"


def duration_value(n: float | str | None, code: str) -> str:
    if n is None:
        n = 1
    if code == "2W":
        code, n = "W", (n if n == "X" else n * 2)
    if code == "DE":
        code, n = "Y", (n if n == "X" else n * 10)
    if code == "CE":
        code, n = "Y", (n if n == "X" else n * 100)
    if n != "X" and isinstance(n, float) and not n.is_integer():
        # 2.5 years -> P2Y6M, 1.5 days -> P36H
        whole, frac = int(n), n - int(n)
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60)}.get(code)
        if sub:
            part = round(frac * sub[1])
            head = f"{whole}{code}" if whole else ""
            if code in ("H",):
                return f"PT{head}{part}M"
            if code == "MIN":
                return f"PT{f'{whole}M' if whole else ''}{part}S"
            if sub[0] == "H":
                return f"P{head}T{part}H"
            return f"P{head}{part}{sub[0]}"
    num = "X" if n == "X" else str(int(n))
    if code in ("H", "MIN", "S"):
        return f"PT{num}{'M' if code == 'MIN' else code}"
    return f"P{num}{code}"


def shift_by(anchor: date, n: float, code: str) -> tuple[str, str]:
    """The date n units after the anchor (negative: before), at the unit's own precision."""
    k = int(n)
    if code in ("D", "H", "MIN", "S"):
        return iso_day(anchor + timedelta(days=k if code == "D" else 0)), "day"
    if code in ("W", "2W"):
        return iso_week(anchor + timedelta(weeks=k * (2 if code == "2W" else 1))), "week"
    if code == "M":
        y, m = shift_months(anchor.year, anchor.month, k)
        return f"{y}-{m:02d}", "month"
    if code == "Q":
        y, m = shift_months(anchor.year, anchor.month, 3 * k)
        return f"{y}-Q{(m - 1) // 3 + 1}", "quarter"
    if code == "DE":
        return str(anchor.year + 10 * k)[:3], "decade"
    if code == "CE":
        return str(anchor.year + 100 * k)[:2], "century"
    return str(anchor.year + k), "year"


def year_of(text: str) -> int:
    t = text.strip().lstrip("'")
    y = int(t)
    if len(t) == 2:
        y += 1900 if y > 30 else 2000
    return y


def month_num(word: str) -> int:
    return int(time_words().get("month", word) or 0)


def day_num(word: str) -> int:
    w = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", word.strip().lower())
    if w.isdigit():
        return int(w)
    return int(time_words().get("ordinal", w) or 0)


REL_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
             "this": 0, "current": 0, "same": 0}


def quarter_end(k: int) -> date:
    """The last day of quarter number k (year * 4 + quarter - 1)."""
    y, q = k // 4, k % 4 + 1
    return date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])


QUARTER_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def last_quarter(anchor: date, years_back: int = 0) -> str:
    """The last completed quarter before the anchor, `years_back` years earlier."""
    y, mo = shift_months(anchor.year, anchor.month, -3 - 12 * years_back)
    return f"{y}-Q{(mo - 1) // 3 + 1}"


def year_ago_quarter(anchor: date) -> str:
    """The last completed quarter before the anchor, a year earlier: what quarterly results compare with."""
    y, mo = shift_months(anchor.year, anchor.month, -15)
    return f"{y}-Q{(mo - 1) // 3 + 1}"


def holiday_date(rule: str, year: int) -> date | None:
    kind, _, arg = rule.partition(":")
    if kind == "fixed":
        month, day = arg.split("-")
        return safe_date(year, int(month), int(day))
    if kind == "nth":      # month:weekday:n, and an optional day offset ("nth:11:4:4:1", the day after)
        month, weekday, n, *shift = (int(x) for x in arg.split(":"))
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1) + sum(shift))
    if kind == "last":
        month, weekday = (int(x) for x in arg.split(":"))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    if kind == "election":   # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(1 - first.isoweekday()) % 7 + 1)
    if kind == "easter":     # the anonymous Gregorian computus
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        el = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * el) // 433
        month = (h + el - 7 * m + 90) // 25
        day = (h + el - 7 * m + 33 * month + 19) % 32
        return date(year, month, day) + timedelta(days=int(arg or 0))
    return None


def from_reference(ref: date, rel: str, pod: str | None = None) -> tuple[str, str]:
    code, step = rel[0], int(rel[1:3])
    if code == "D":
        value = iso_day(ref + timedelta(days=step))
        return (value + f"T{pod}" if pod else value), "day"
    if code in ("V", "F"):
        # the weekday `step` before ("V") or after ("F") the reference day
        back = (ref.isoweekday() - step) % 7 or 7
        ahead = (step - ref.isoweekday()) % 7 or 7
        value = iso_day(ref - timedelta(days=back) if code == "V" else ref + timedelta(days=ahead))
        return (value + f"T{pod}" if pod else value), "day"
    if code == "W":
        return iso_week(ref + timedelta(weeks=step)), "week"
    if code == "M":
        y, mo = shift_months(ref.year, ref.month, step)
        return f"{y}-{mo:02d}", "month"
    return str(ref.year + step), "year"
