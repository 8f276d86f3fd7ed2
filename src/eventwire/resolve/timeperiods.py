"""Rules that value periods, spans and times of day.

Quarters and halves ("the third quarter", "a year ago" in quarterly results), seasons and weekends, "next
month", "three years ago", "in two weeks", durations ("for six months"), references ("now", "recently"), clock
times ("5 p.m.", "noon"), sets ("every Monday", "daily") and expressions counted from the last date mentioned
("the next day", "later that year"). Each `read_*` function takes a match, the anchor and the text, and returns
a `Result` or None to reject the match.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from eventwire.resolve.timecalendar import (
    QUARTER_NUMBER, REL_STEP, day_num, duration_value, from_reference, iso_day, iso_week, last_quarter, month_num,
    quarter_end, quarter_of, resolve_md, safe_date, shift_by, shift_months, unit_code, year_ago_quarter, year_of,
)
from eventwire.resolve.timecandidate import Result
from eventwire.resolve.timeclause import is_future, is_quarterly, is_rate
from eventwire.resolve.timegrammar import parse_number, pieces, time_words


def read_period_end(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    step = REL_STEP.get((m["mod"] or "this").lower(), 0)
    if (m["unit"] or "").lower() == "month":
        y, mo = shift_months(anchor.year, anchor.month, step)
        return f"{y}-{mo:02d}", "month", "date", False
    return str(anchor.year + step), "year", "date", False


def read_the_weekend(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    wd = anchor.isoweekday()
    if wd >= 6:
        d = anchor
    elif is_future(text, m.start(), m.end()):
        d = anchor + timedelta(days=6 - wd)
    else:
        d = anchor - timedelta(days=wd)
    return f"{iso_week(d)}-WE", "week", "date", False


def read_bare_season(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    word = m["season"].lower()
    if word == "fall" and not m["det"]:
        return None
    code = time_words().get("season", word) or "SU"
    begins = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = anchor.year
    if begins > anchor.month and not is_future(text, m.start(), m.end()) and (m["det"] or "").strip().lower() != "this":
        y -= 1
    return f"{y}-{code}", "season", "date", False


def read_the_year(m: re.Match, anchor, text) -> Result:
    """ "the year", "the fiscal year", "the current year": the anchor's year."""
    if anchor is None:
        return None
    if re.match(r"[\s-]+(?:earlier|ago|before|after|later|to\s+date|-to-date)\b", text[m.end():], re.I):
        return None
    if re.match(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", text[m.end():], re.I):
        return "P1Y", None, "duration", False   # "the year ended June 30": a reporting period
    return str(anchor.year), "year", "date", False


def read_year_ago_period(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    unit = (m["unit"] or "").lower()
    if unit in ("quarter", "period") or (not unit and is_quarterly(text, m.start())):
        return year_ago_quarter(anchor), "quarter", "date", False, "Q-4"
    if unit == "month":
        y, mo = shift_months(anchor.year, anchor.month, -13)
        return f"{y}-{mo:02d}", "month", "date", False
    return str(anchor.year - 1), "year", "date", False


def read_relunit(m: re.Match, anchor, text) -> Result:
    mod, unit = m["mod"].lower(), m["unit"].lower()
    the = bool(m["the"])
    code = unit_code(unit) if unit not in ("weekend",) else "WE"
    if code in ("SP", "SU", "FA", "WI") or unit in time_words().kinds.get("season", {}):
        return _season_rel(mod, unit, anchor)
    if (mod == "past" or (the and mod == "last")) and not m["pre"]:
        if code == "WE":
            return "P2D", None, "duration", False
        return duration_value(1, code), None, "duration", False
    if anchor is None:
        return None
    step = REL_STEP.get(mod, 0)
    if code == "WE":
        d = anchor + timedelta(weeks=step)
        return f"{iso_week(d)}-WE", "week", "date", False
    if code in ("D",):
        return iso_day(anchor + timedelta(days=step)), "day", "date", False
    if code in ("H", "MIN", "S"):
        return None
    return (*shift_by(anchor, step, code), "date", False)


def _season_rel(mod: str, unit: str, anchor: date | None) -> Result:
    if anchor is None:
        return None
    code = time_words().get("season", unit) or "SU"
    begins = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    step = REL_STEP.get(mod, 0)
    if step < 0:      # the last one that has begun before this month
        y = anchor.year if begins < anchor.month else anchor.year - 1
    elif step > 0:    # the first one still to begin
        y = anchor.year if begins > anchor.month else anchor.year + 1
    else:
        y = anchor.year
    return f"{y}-{code}", "season", "date", False


def read_season(m: re.Match, anchor, text) -> Result:
    code = time_words().get("season", m["season"]) or "SU"
    if m["y"]:
        return f"{year_of(m['y'])}-{code}", "season", "date", True
    if anchor is None:
        return None
    return f"{anchor.year}-{code}", "season", "date", False


@lru_cache(maxsize=1)
def _ended_re() -> re.Pattern:
    p = pieces()
    return re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<mon>{p.month})\s*(?P<day>{p.day})(?:,?\s+(?P<y>{p.year}))?",
                      re.I)


def read_quarter(m: re.Match, anchor, text) -> Result:
    which = (m["which"] or "").lower()
    if not which and not m["qn"] and not text[m.start():m.end()].lower().startswith("the"):
        return None   # "a quarter", "quarter" alone
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(which)
    if m["qn"]:
        q = int(m["qn"])
    if m["y"]:
        y = year_of(m["y"])
        if q:
            return f"{y}-Q{q}", "quarter", "date", True
        return None
    if anchor is None:
        return (f"XXXX-Q{q}", "quarter", "date", False) if q else None
    current = quarter_of(anchor)
    if q:
        y = anchor.year if q <= current or is_future(text, m.start(), m.end()) and q > current else anchor.year - 1
        return f"{y}-Q{q}", "quarter", "date", False
    if which in ("current", "this"):
        return f"{anchor.year}-Q{current}", "quarter", "date", False
    if which == "next":
        y, mo = shift_months(anchor.year, anchor.month, 3)
        return f"{y}-Q{(mo - 1) // 3 + 1}", "quarter", "date", False
    ended = _ended_re().match(text, m.end())
    if ended and month_num(ended["mon"]):
        # "the quarter ended July 31": the quarter whose calendar end lies nearest that day
        month, day = month_num(ended["mon"]), day_num(ended["day"])
        y = year_of(ended["y"]) if ended["y"] else resolve_md(month, day, anchor, False, True)[0]
        end = safe_date(y, month, min(day, 28) if day else 28)
        if end:
            k = min(range(y * 4 - 2, y * 4 + 5), key=lambda i: abs((quarter_end(i) - end).days))
            return f"{k // 4}-Q{k % 4 + 1}", "quarter", "date", bool(ended["y"])
    # "the quarter", "the latest quarter", "last quarter": the last completed quarter, or the quarter
    # the text has named ("the fiscal first quarter ... in the quarter")
    y, mo = shift_months(anchor.year, anchor.month, -3)
    rel = "Q0" if which in ("", "latest", "most recent") else None
    return f"{y}-Q{(mo - 1) // 3 + 1}", "quarter", "date", False, rel


def read_year_quarter(m: re.Match, anchor, text) -> Result:
    """ "the 1988 third quarter", "next year's first quarter", "last year's quarter", "the 1989 period",
    "the latest period", "the same period last year": a quarter named through its year, or the quarter
    being reported when the text compares quarters."""
    q = QUARTER_NUMBER.get((m["which"] or "").lower())
    unit = m["unit"].lower()
    if m["y"]:
        y = year_of(m["y"])
    elif anchor is None:
        return None
    else:
        y = anchor.year + REL_STEP.get((m["rel"] or "this").lower(), 0)
        if m["ago"]:
            y = anchor.year - 1
    if q:
        return f"{y}-Q{q}", "quarter", "date", bool(m["y"])
    if anchor is None or not (unit == "quarter" or is_quarterly(text, m.start())):
        return None
    last = last_quarter(anchor)
    if m["latest"]:
        return last, "quarter", "date", False, "Q0"
    rel = f"Q@{y}" if m["y"] else f"Q{4 * (y - anchor.year)}"
    return f"{y}-{last.split('-')[1]}", "quarter", "date", bool(m["y"]), rel


def read_half(m: re.Match, anchor, text) -> Result:
    h = 1 if m["which"].lower() in ("first", "1st") else 2
    if m["y"]:
        return f"{year_of(m['y'])}-H{h}", "half", "date", True
    if anchor is None:
        return None
    y = anchor.year if h == 1 or anchor.month > 6 or is_future(text, m.start(), m.end()) else anchor.year - 1
    return f"{y}-H{h}", "half", "date", False


def read_ago(m: re.Match, anchor, text) -> Result:
    # "years ago", "days later": a plural unit with no count is an unspecified number of them
    n = parse_number(m["n"]) if m["n"] else ("X" if m["unit"].lower().endswith("s") else 1)
    code = unit_code(m["unit"])
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if direction == "later":
        return duration_value(n, code), None, "duration", False
    if n == "X":
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), None, "date", False
    if anchor is None or n is None:
        return None
    if code in ("H", "MIN", "S"):
        return iso_day(anchor), "day", "date", False
    if code == "Y" and n == 1 and is_quarterly(text, m.start()):
        return year_ago_quarter(anchor), "quarter", "date", False, "Q-4"
    return (*shift_by(anchor, sign * n, code), "date", False)


def read_in_n(m: re.Match, anchor, text) -> Result:
    before = text[max(0, m.start() - 40):m.start()].lower()
    n = parse_number(m["n"])
    code = unit_code(m["unit"])
    if n is None:
        return None
    if re.search(r"\b(?:first|time|highest|lowest|most|least|best|worst|biggest|largest|smallest|fastest|"
                 r"record|once|twice|times)\b[^,.;]*$", before) or anchor is None or n == "X" \
            or not is_future(text, m.start(), m.end()):
        return duration_value(n, code), None, "duration", False
    return (*shift_by(anchor, n, code), "date", False)


def read_duration(m: re.Match, anchor, text) -> Result:
    n = parse_number(m["n"]) if m["n"] else None
    if m["n"] and n is None:
        return None
    article = (m["n"] or "").lower() in ("a", "an")
    unit_word = m["unit"].lower()
    if article and (unit_word.startswith(("second", "quarter")) or is_rate(text, m.start())):
        return None   # "a second time", "a quarter of", "$5 million a year"
    if unit_word.startswith("quarter") and n != "X" and re.match(r"\s+of\b", text[m.end():]):
        return None   # "three-quarters of the vote"
    if (m["half"] or m["half2"]) and isinstance(n, float):
        n += 0.5
    unit = m["unit"]
    code = unit_code(unit)
    if n is None:
        n = "X" if unit.lower().endswith(("s", "ies")) else 1
    if isinstance(n, float) and n > 1000:
        return None
    if m["old"]:
        return None   # an age ("a 6-year-old boy") is not a time
    return duration_value(n, code), None, "duration", False


def read_vague_duration(m: re.Match, anchor, text) -> Result:
    return duration_value("X", unit_code(m["unit"])), None, "duration", False


def read_relative_n(m: re.Match, anchor, text) -> Result:
    n = parse_number(m["n"])
    if n is None or re.match(r"[\s-]+old\b", text[m.end():]):
        return None
    return duration_value(n, unit_code(m["unit"])), None, "duration", False


def read_reference(m: re.Match, anchor, text) -> Result:
    word = m["ref"]
    if word.lower() == "now" and re.match(r"\s*(?:defunct|retired|former|closed)\b", text[m.end():], re.I):
        return None
    if word.lower() == "current" and (re.match(r"[\s-]+(?:account|accounts|of|and|flow|flows|sea|ocean|river)\b", text[m.end():], re.I)
                                      or re.search(r"(?:electric|alternating|direct|strong|ocean|sea)\s+$", text[max(0, m.start() - 14):m.start()], re.I)):
        return None   # the current account, an ocean current
    value = time_words().get("reference", word)
    return value, None, ("duration" if value and value.startswith("P") else "date"), False


def read_clock(m: re.Match, anchor, text) -> Result:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    day = iso_day(anchor) if anchor else "XXXX-XX-XX"
    return f"{day}T{h:02d}:{mi:02d}", "minute", "date", False


def read_noon(m: re.Match, anchor, text) -> Result:
    if re.search(r"(?:high|after)\s+$", text[max(0, m.start() - 6):m.start()], re.I):
        return None   # "high noon" is an idiom
    day = iso_day(anchor) if anchor else "XXXX-XX-XX"
    return f"{day}T{'12:00' if m['w'].lower() == 'noon' else '24:00'}", "minute", "date", False


def read_set_every(m: re.Match, anchor, text) -> Result:
    unit = m["unit"].lower()
    wd = time_words().get("weekday", unit.rstrip("s"))
    if wd:
        return f"XXXX-WXX-{wd}", None, "set", False
    month = time_words().get("month", unit)
    if month:
        return f"XXXX-{int(month):02d}", None, "set", False
    return duration_value(1, unit_code(unit)), None, "set", False


def read_set_adverb(m: re.Match, anchor, text) -> Result:
    code = {"daily": "D", "nightly": "D", "weekly": "W", "monthly": "M", "quarterly": "Q", "yearly": "Y",
            "annually": "Y", "hourly": "H"}[m["adv"].lower()]
    return duration_value(1, code), None, "set", False


_ANAPHOR_STEP = {"that": 0, "the same": 0, "that same": 0, "this same": 0, "the following": 1, "the next": 1,
                 "the previous": -1, "the preceding": -1, "the prior": -1}


def read_anaphor(m: re.Match, anchor, text) -> Result:
    """ "that day", "the next morning", "later that year", "the following month": counted from the date
    last mentioned (`timecompose.resolve_anaphora` fills the value in); from the anchor when no date came before."""
    if m["inthe"]:       # "later in the day", "earlier in the year": the anchor's own day or year
        code = {"week": "W", "month": "M", "year": "Y"}.get(m["inthe"].lower(), "D")
        return (*from_reference(anchor, f"{code}+0"), "date", False) if anchor else None
    det = re.sub(r"\s+", " ", (m["det"] or m["det2"] or "").lower())
    unit = (m["unit"] or m["unit2"]).lower()
    if m["dir"]:
        step = -1 if m["dir"].lower() == "before" else 1
    elif m["next"]:
        step = {"next": 1, "last": -1, "past": -1, "previous": -1}[m["next"].lower()]
    else:
        step = _ANAPHOR_STEP.get(det, 0)
    code = {"week": "W", "month": "M", "year": "Y"}.get(unit, "D")
    rel = f"{code}{step:+d}"
    pod = time_words().get("partofday", unit) if code == "D" and unit != "day" else None
    value, precision = from_reference(anchor, rel, pod) if anchor else (None, None)
    return value, precision, "date", False, rel + (f"T{pod}" if pod else "")


def read_compound_ago(m: re.Match, anchor, text) -> Result:
    """ "2 weeks and 2 days ago", "1 month 21 days later": a date at the finest unit, or a duration after "later"."""
    parts = re.findall(rf"({pieces().number})[\s-]+({pieces().unit})", m["parts"], re.I)
    if len(parts) < 2:
        return None
    amounts: list[tuple[float, str]] = []
    for n_text, unit in parts:
        n = parse_number(n_text)
        if not isinstance(n, float):
            return None
        amounts.append((n, unit_code(unit)))
    direction = m["dir"].lower()
    if direction == "later":
        order = "YMWD"
        codes = sorted(amounts, key=lambda a: order.index(a[1]) if a[1] in order else 9)
        return "P" + "".join(f"{int(n)}{c}" for n, c in codes if c in order), None, "duration", False
    if anchor is None:
        return None
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    d = anchor
    for n, code in amounts:
        if code in ("Y", "M", "Q"):
            k = int(n) * {"Y": 12, "M": 1, "Q": 3}[code]
            y, mo = shift_months(d.year, d.month, sign * k)
            d = date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
        elif code in ("W", "2W", "D"):
            d += timedelta(days=sign * int(n) * {"W": 7, "2W": 14, "D": 1}[code])
        else:
            return None
    finest = amounts[-1][1] if amounts else "D"
    if all(c in ("Y", "M") for _, c in amounts) and finest == "M":
        return f"{d.year}-{d.month:02d}", "month", "date", False
    return iso_day(d), "day", "date", False


def read_clock_word(m: re.Match, anchor, text) -> Result:
    """ "midday", "4 in the morning", "mid-afternoon": a time of the anchor's day."""
    day = iso_day(anchor) if anchor else "XXXX-XX-XX"
    if m["mid"]:
        return f"{day}T12:00", "minute", "date", False
    if m["pod"]:
        code = time_words().get("partofday", m["pod"]) or "AF"
        return f"{day}T{code}", "minute", "date", False
    h = int(m["h"])
    when = m["when"].lower()
    if when in ("afternoon", "evening", "night") and h < 12:
        h += 12
    return f"{day}T{h:02d}:00", "minute", "date", False
