"""Time expressions read together with their neighbours.

A clock time joined to its day ("5 p.m. Nov. 9"), a duration counted from a date ("two weeks before
Christmas"), the bare second day of "April 24 and 25", "the week of March 6", ranges ("from March to May"),
capitalised titles that are no times ("60 Minutes"), and expressions counted from the last date mentioned
("that day", "the quarter") given that date (`resolve_anaphora`).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.resolve.timecalendar import from_reference, iso_day, iso_week, safe_date, shift_months
from eventwire.resolve.timecandidate import Found
from eventwire.resolve.timegrammar import time_words


_DATE_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])")


_NAMED_QUARTER = re.compile(r"\d{4}-Q[1-4]$")


def _reportable(quarter: str, anchor: date) -> bool:
    """Could results for this quarter be reported on the anchor date: the current one or one of the last year
    (a fiscal quarter may carry the number of the calendar quarter under way)?"""
    k = int(quarter[:4]) * 4 + int(quarter[-1]) - 1
    now = anchor.year * 4 + (anchor.month - 1) // 3
    return now - 4 <= k <= now


def resolve_anaphora(found: list[Found], anchor: date | None = None) -> list[Found]:
    """Give "that day", "the following year", ... the date last mentioned before them as reference."""
    out: list[Found] = []
    last: dict[str, date] = {}
    named_quarter: tuple[int, int] | None = None
    for f in found:
        if f.rel and f.rel.startswith("Q"):
            # "the quarter", "a year ago" in quarterly talk: the quarter the text names first among those
            # that could be reported on the anchor date (a report leads with it), else the last completed one
            if named_quarter is not None and f.value:
                y, q = named_quarter
                if f.rel.startswith("Q@"):
                    y = int(f.rel[2:])
                else:
                    k = y * 4 + q - 1 + int(f.rel[1:])
                    y, q = k // 4, k % 4 + 1
                f = Found(f.start, f.end, f"{y}-Q{q}", "quarter", f.kind, False, f.rel)
            out.append(f)
            continue
        if f.value and named_quarter is None and _NAMED_QUARTER.match(f.value) \
                and (anchor is None or _reportable(f.value, anchor)):
            named_quarter = (int(f.value[:4]), int(f.value[-1]))
        if f.rel and f.value is not None:
            code = f.rel[0]
            ref = last.get({"D": "day", "W": "day", "V": "day", "F": "day"}.get(code, "month" if code == "M" else "year"))
            if ref is not None:
                pod = f.rel.partition("T")[2] or None
                value, precision = from_reference(ref, f.rel[:3], pod)
                f = Found(f.start, f.end, value, precision, f.kind, False, f.rel)
        if f.kind in ("date", "range") and f.value and not f.value.startswith("P"):
            m = _DATE_VALUE.match(f.value.split("/")[-1])
            if m:
                y, mo, d = int(m.group(1)), m.group(2), m.group(3)
                last["year"] = date(y, 1, 1)
                if mo:
                    last["month"] = date(y, int(mo), 1)
                    if d:
                        last["day"] = safe_date(y, int(mo), int(d)) or last.get("day")
                    else:
                        last.pop("day", None)
                else:
                    last.pop("month", None)
                    last.pop("day", None)
        out.append(f)
    return out


_RANGE_MID = re.compile(r"^\s*(?:-|–|—|to|and|until|till|through|thru)\s*$", re.I)
_RANGE_LEFT = re.compile(r"(?:from|between)\s+$", re.I)


def _with_year(c: Found, year_value: str | None) -> str | None:
    """Give a year-less month or day the year of the other end of its range."""
    if not c.value or c.explicit_year or not year_value or c.precision not in ("month", "day"):
        return c.value
    return year_value[:4] + c.value[4:]


def join_clock_days(text: str, found: list[Found]) -> list[Found]:
    """ "5 p.m. EST Nov. 9", "noon Saturday": a clock time followed by its day is one expression."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if (i + 1 < len(found) and a.precision == "minute" and a.value and found[i + 1].precision == "day"
                and found[i + 1].value and re.fullmatch(r"\s*(?:\([^()]{1,30}\))?\s*(?:,|on)?\s*", text[a.end:found[i + 1].start])):
            b = found[i + 1]
            out.append(Found(a.start, b.end, b.value[:10] + a.value[10:], "minute", "date", b.explicit_year))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_OFFSET_MID = re.compile(r"\s+(?P<dir>before|after|from|following|prior\s+to)\s+(?:the\s+)?$", re.I)
_SIMPLE_DURATION = re.compile(r"P(\d+)([DWMY])$")
_KIND_OF_DAY = re.compile(r"(?:trading|business|working|school)\s+days?", re.I)


def join_offsets(text: str, found: list[Found]) -> list[Found]:
    """ "two weeks before Christmas", "3 days after January 12th": a date counted from another date."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        # trading or business days skip days the calendar cannot tell: the two stay apart
        dur = _SIMPLE_DURATION.match(a.value or "") if a.kind == "duration" \
            and not _KIND_OF_DAY.search(text, a.start, a.end) else None
        mid = _OFFSET_MID.match(text[a.end:b.start]) if b is not None and dur else None
        if mid and b.kind == "date" and b.value and re.fullmatch(r"\d{4}-\d\d-\d\d", b.value):
            n, unit = int(dur.group(1)), dur.group(2)
            sign = -1 if mid["dir"].lower() in ("before", "prior to") else 1
            base = date.fromisoformat(b.value)
            if unit in ("D", "W"):
                d = base + timedelta(days=sign * n * (7 if unit == "W" else 1))
            else:
                y, mo = shift_months(base.year, base.month, sign * n * (12 if unit == "Y" else 1))
                d = date(y, mo, min(base.day, calendar.monthrange(y, mo)[1]))
            out.append(Found(a.start, b.end, iso_day(d), "day", "date", b.explicit_year))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_WEEK_OF = re.compile(r"(?:the\s+)?week\s+of\s+$", re.I)
_HOLIDAY_WEEK = re.compile(r"\s+week(?![a-z-])")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")


_NEXT_DAY = re.compile(r"\s*(?:and|or|&|to|through|-|–)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                       r"(?![\d:.,]\d|\s*(?:%|percent|per\b|[a-z]))", re.I)


def add_second_days(text: str, found: list[Found]) -> list[Found]:
    """ "April 24 and 25", "May 3-4": the bare day after a date is a day of the same month."""
    out: list[Found] = []
    for i, f in enumerate(found):
        out.append(f)
        if not (f.kind == "date" and f.value and _DAY_VALUE.match(f.value)):
            continue
        m = _NEXT_DAY.match(text, f.end)
        if not m or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        first = date.fromisoformat(f.value)
        d = safe_date(first.year, first.month, int(m["d"]))
        if d and d > first:
            out.append(Found(m.start("d"), m.end(), iso_day(d), "day", "date", f.explicit_year))
    return out


def widen_weeks_of(text: str, found: list[Found]) -> list[Found]:
    """ "the week of March 6", "Easter week": the ISO week holding the day named."""
    out: list[Found] = []
    for f in found:
        if f.kind == "date" and f.value and _DAY_VALUE.match(f.value):
            week = iso_week(date.fromisoformat(f.value))
            before = _WEEK_OF.search(text, max(0, f.start - 16), f.start)
            if before:
                f = Found(before.start(), f.end, week, "week", "date", f.explicit_year)
            else:
                after = _HOLIDAY_WEEK.match(text, f.end)
                name = text[f.start:f.end]
                if after and not any(ch.isdigit() for ch in name) and not time_words().get("weekday", name) \
                        and not time_words().get("reldays", name):
                    f = Found(f.start, after.end(), week, "week", "date", f.explicit_year)
        out.append(f)
    return out


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            mid = text[a.end:b.start]
            left = text[max(0, a.start - 9):a.start]
            if (a.kind == b.kind == "date" and a.value and b.value and _RANGE_MID.match(mid)
                    and (_RANGE_LEFT.search(left) or mid.strip() in ("-", "–", "—", "through", "thru"))
                    and a.precision in ("day", "month", "year", "quarter", "season", "week")
                    and b.precision in ("day", "month", "year", "quarter", "season", "week")
                    and not a.value.endswith("_REF")):
                start_value = _with_year(a, b.value if b.explicit_year else None)
                if start_value and start_value[:4] > b.value[:4] and not a.explicit_year and start_value[:4].isdigit():
                    start_value = str(int(b.value[:4]) - 1) + start_value[4:]
                lm = _RANGE_LEFT.search(left)
                s = a.start - len(lm.group(0)) if lm else a.start
                out.append(Found(s, b.end, f"{start_value}/{b.value}", b.precision, "range", b.explicit_year))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_TITLE_WORD = re.compile(r"(?-i:Week|Weeks|Minutes|Hours|Noon|Days|Years|Year|Months|Month|Today|Tonight)\b")


_NAME_BEFORE_YEAR = re.compile(r"(?<![.!?:;\n\"“(])(?<![.!?:;]\s)\s(?P<w>[A-Z][A-Za-z]+)\s+$")
_CALENDAR_KINDS = ("month", "weekday", "season", "holiday", "partofday")


def is_title(text: str, f: Found) -> bool:
    """ "60 Minutes", "High Noon", ABC's "This Week": a capitalised time noun inside a sentence names a show or a work;
    "Windows 2000", "Orion 1980": a year after a capitalised name inside a sentence is part of the name."""
    span = text[f.start:f.end]
    if re.fullmatch(r"\d{4}", span):
        m = _NAME_BEFORE_YEAR.search(text, max(0, f.start - 30), f.start)
        return bool(m) and not any(time_words().get(k, m["w"]) for k in _CALENDAR_KINDS) \
            and m["w"].lower() not in ("fiscal", "fy", "calendar", "year", "class", "summer", "winter", "spring")
    m = _TITLE_WORD.search(span)
    if not m:
        return False
    before = text[max(0, f.start - 40):f.start].rstrip(" \t\"'“‘`(")
    return bool(before) and before[-1] not in ".!?:;\n" and not before.endswith("--")
