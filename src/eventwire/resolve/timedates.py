"""Rules that value dates named by their calendar parts.

ISO and numeric dates, a month and a day ("Oct. 21", "the 18th", "May twenty one"), a month and a year, bare
months and years, decades and centuries, weekdays ("last Monday", "Friday 31"), "yesterday" and "today",
holidays, and year ranges ("2019-21"). Each `read_*` function takes a match, the anchor and the text, and
returns a `Result` (value, precision, kind, explicit year) or None to reject the match.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.resolve.timecalendar import (
    REL_STEP, day_num, holiday_date, iso_day, month_num, resolve_md, safe_date, shift_months, year_of,
)
from eventwire.resolve.timecandidate import Result
from eventwire.resolve.timeclause import after_since, is_future, is_past
from eventwire.resolve.timegrammar import time_words
from eventwire.resolve.timetense import tense_at


def read_iso(m: re.Match, anchor, text) -> Result:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (iso_day(d), "day", "date", True) if d else None


def read_numeric(m: re.Match, anchor, text) -> Result:
    a, b, y = int(m["a"]), int(m["b"]), year_of(m["y"])
    if m["sep"] == ".":
        day, month = a, b
    else:
        month, day = a, b
        if month > 12:
            month, day = day, month
    d = safe_date(y, month, day)
    return (iso_day(d), "day", "date", True) if d else None


def read_ordinal_day(m: re.Match, anchor, text) -> Result:
    """ "on the 18th": a day of the anchor's month, or of the month before when that day is still to come."""
    day = int(m["day"])
    if anchor is None or not 1 <= day <= 31:
        return None
    future = is_future(text, m.start(), m.end())
    y, mo = anchor.year, anchor.month
    if future and day < anchor.day:
        y, mo = shift_months(y, mo, 1)
    elif not future and day > anchor.day:
        y, mo = shift_months(y, mo, -1)
    d = safe_date(y, mo, day)
    return (iso_day(d), "day", "date", False) if d else None


_PRICE_MOVE = re.compile(r"(?:rose|fell|eased|gained|lost|added|dropped|declined|climbed|slipped|jumped|rallied|"
                         r"tumbled|advanced|retreated|firmed|up|down|off)\s+$", re.I)


def read_numeric_md(m: re.Match, anchor, text) -> Result:
    month, day = int(m["a"]), int(m["b"])
    if month > 12 and day <= 12:
        month, day = day, month
    if re.search(r"\d\s+$", text[max(0, m.start() - 3):m.start()]) or re.match(r"\s*(?:%|percent)", text[m.end():]):
        return None   # a fraction: "4 5/8", "6 3/8%"
    if int(m["b"]) in (2, 4, 8, 16, 32, 64) and int(m["a"]) < int(m["b"]) and (
            _PRICE_MOVE.search(text[max(0, m.start() - 24):m.start()]) or re.match(r"\s+(?:to|at)\s+\d", text[m.end():])):
        return None   # a price change in eighths: "fell 7/8 to 31 1/8"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _month_day(month, day, m["y"] or m["yy"], anchor, text, m)


def _month_day(month: int, day: int, year: str | None, anchor, text, m) -> Result:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        d = safe_date(year_of(year), month, day)
        return (iso_day(d), "day", "date", True) if d else None
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", "day", "date", False
    y, _ = resolve_md(month, day, anchor, is_future(text, m.start(), m.end()), is_past(text, m.start()))
    d = safe_date(y, month, day) or safe_date(y - 1, month, day)
    return (iso_day(d), "day", "date", False) if d else None


def read_md(m: re.Match, anchor, text) -> Result:
    month, day = month_num(m["mon"]), day_num(m["day"])
    mod = (m["mod"] or "").lower()
    if mod and not m["y"] and anchor is not None and 1 <= month <= 12:
        # "last Oct. 23": the latest one before the anchor; "next June 5": the first after it
        y = anchor.year
        d = safe_date(y, month, day)
        if d is None:
            return None
        if mod == "last" and d >= anchor:
            d = safe_date(y - 1, month, day)
        elif mod == "next" and d <= anchor:
            d = safe_date(y + 1, month, day)
        return (iso_day(d), "day", "date", False) if d else None
    return _month_day(month, day, m["y"], anchor, text, m)


def read_ymd(m: re.Match, anchor, text) -> Result:
    d = safe_date(int(m["y"]), int(m["a"]), int(m["b"]))
    return (iso_day(d), "day", "date", True) if d else None


def read_nth_weekday(m: re.Match, anchor, text) -> Result:
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    order = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1}[m["ord"].lower()]
    if m["mon"]:
        month = month_num(m["mon"])
        if m["y"]:
            y = year_of(m["y"])
        elif anchor is None:
            return None
        else:
            y, _ = resolve_md(month, None, anchor, is_future(text, m.start(), m.end()))
    elif anchor is None:
        return None
    else:
        step = REL_STEP.get(m["mod"].lower().replace("the ", ""), 0)
        y, month = shift_months(anchor.year, anchor.month, step)
    if order > 0:
        first = date(y, month, 1)
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (order - 1))
        if d.month != month:
            return None
    else:
        last = date(y, month, calendar.monthrange(y, month)[1])
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return iso_day(d), "day", "date", bool(m["y"])


def read_weekday_of_week(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    step = REL_STEP.get(m["mod"].lower().replace("the ", ""), 0)
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=step)
    return iso_day(monday + timedelta(days=wd - 1)), "day", "date", False


def read_my(m: re.Match, anchor, text) -> Result:
    month = month_num(m["mon"])
    return (f"{year_of(m['y'])}-{month:02d}", "month", "date", True) if month else None


_MAY_CUE = re.compile(r"(?:in|since|by|until|till|from|to|of|early|late|mid-?|last|next|this|during|before|after|"
                      r"through|between|and|or|on|that|each|every)\s*$", re.I)


def read_month(m: re.Match, anchor, text) -> Result:
    month = month_num(m["mon"])
    before = text[max(0, m.start() - 12):m.start()]
    if month == 5 and not m["mod"] and not _MAY_CUE.search(before):
        return None
    follow = re.match(r"\s+(?:on|to|through|for|of|against|in)\s+(?:the\s+)?([A-Z][a-z]+)", text[m.end():])
    if not m["mod"] and follow and month == 3 and not time_words().get("month", follow.group(1)):
        return None   # "March on the capital", "the March for Life"
    if anchor is None:
        return f"XXXX-{month:02d}", "month", "date", False
    mod = (m["mod"] or "").lower()
    if mod == "last":
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif mod in ("next", "coming"):
        y = anchor.year if month > anchor.month else anchor.year + 1
    elif mod == "this":
        y = anchor.year
    else:
        y, _ = resolve_md(month, None, anchor, is_future(text, m.start(), m.end()), is_past(text, m.start()))
    return f"{y}-{month:02d}", "month", "date", False


def read_month_rel_year(m: re.Match, anchor, text) -> Result:
    month = month_num(m["mon"])
    if anchor is None or not month:
        return None
    return f"{anchor.year + REL_STEP.get(m['mod'].lower(), 0)}-{month:02d}", "month", "date", False


def read_year(m: re.Match, anchor, text) -> Result:
    before = text[max(0, m.start() - 3):m.start()]
    after = text[m.end():m.end() + 12]
    if re.search(r"[$£€¥#]\s*$|\d[,.]?$|[,.]$", before) and not re.search(r"[,.]\s$", before):
        return None
    if re.match(r"\s*(?:%|percent|per\b|[-‐]\w)", after, re.I):
        return None
    if re.match(r"[,.:]\d", after):
        return None
    y = int(m["y"])
    if anchor is not None and y > anchor.year + 30:
        return None
    if not (1800 <= y <= 2099):
        return None
    # a bare number in a list of counts ("2000 people") is not a year
    if re.match(r"\s+(?:people|troops|soldiers|men|women|children|residents|police|protesters|km|miles|meters|"
                r"metres|feet|tons|tonnes|barrels|shares|units|votes|cases)\b", after, re.I):
        return None
    return str(y), "year", "date", True


def read_fiscal(m: re.Match, anchor, text) -> Result:
    return f"{year_of(m['y'])}", "year", "date", True


def read_plain_year(m: re.Match, anchor, text) -> Result:
    return m["y"], "year", "date", True


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def read_decade_word(m: re.Match, anchor, text) -> Result:
    return f"19{DECADE_WORDS[m['dw'].lower()]}", "decade", "date", False


def read_last_night(m: re.Match, anchor, text) -> Result:
    return (f"{iso_day(anchor - timedelta(days=1))}TNI", "day", "date", False) if anchor else None


_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


_ONES_W = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_W = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UPTO99 = rf"(?:(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?|{_TEENS_W}|{_ONES_W})"
SPELLED_YEAR = (rf"(?:(?:{_TEENS_W}|twenty)(?:\s+hundred(?:\s+(?:and\s+)?{_UPTO99})?|[\s-]+(?:zero|oh|o)[\s-]+(?:{_ONES_W})"
                 rf"|[\s-]+(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?|[\s-]+(?:{_TEENS_W}))"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?{_UPTO99})?)(?![a-z])")
CARDINAL_DAY = rf"(?:(?:twenty|thirty)(?:[\s-](?:{_ONES_W}))?|{_TEENS_W}|{_ONES_W})(?![a-z])"


def _words_value(words: list[str]) -> int:
    """ "twenty one" -> 21, "nineteen" -> 19 (number words up to 99)."""
    total = 0
    for w in words:
        total += _SPELLED_TENS.get(w, 0) + _SPELLED_ONES.get(w, 0)
    return total


def _spelled_year_value(text: str) -> int | None:
    """ "nineteen seventy eight" -> 1978, "two thousand and eighteen" -> 2018, "nineteen zero one" -> 1901,
    "seventeen hundred thirty three" -> 1733."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _words_value(words[2:])
    if "hundred" in words:
        i = words.index("hundred")
        return _words_value(words[:i]) * 100 + _words_value(words[i + 1:])
    if len(words) >= 2 and words[1] in ("zero", "oh", "o"):
        return _words_value(words[:1]) * 100 + _words_value(words[2:])
    if len(words) >= 2:
        return _words_value(words[:1]) * 100 + _words_value(words[1:])
    return None


def read_spelled_md(m: re.Match, anchor, text) -> Result:
    """ "May twenty one", "jan twenty two, 2018", "13 Sept nineteen seventy two", "twenty third day of September"."""
    month = month_num(m["mon"])
    day_text = m["day"].lower()
    day = day_num(day_text) or _words_value(re.split(r"[\s-]+", day_text))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = _spelled_year_value(m["ys"]) if m["ys"] else (year_of(m["y"]) if m["y"] else None)
    if year is not None:
        d = safe_date(year, month, day)
        return (iso_day(d), "day", "date", True) if d else None
    if re.fullmatch(CARDINAL_DAY, day_text) and not re.match(r"\s*(?:[.,;:!?)]|$)", text[m.end():]):
        return None   # "in May two people died": a count, not a day
    return _month_day(month, day, None, anchor, text, m)


def read_spelled_year(m: re.Match, anchor, text) -> Result:
    """ "nineteen ninety-six", "the year two thousand": years as spoken."""
    if m["thousand"]:
        y = 2000 + (_SPELLED_ONES.get((m["k"] or "").lower(), 0))
        return str(y), "year", "date", True
    century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[m["c"].lower()]
    y = century + _SPELLED_TENS[m["t"].lower()] + _SPELLED_ONES.get((m["o"] or "").lower(), 0)
    return str(y), "year", "date", True


def read_ordinal_century(m: re.Match, anchor, text) -> Result:
    n = int(m["n"])
    return f"{n - 1:02d}", "century", "date", True


def read_decade(m: re.Match, anchor, text) -> Result:
    digits = m["dec"]
    if digits is None:        # '90s
        digits = "199" if m["dec2"] != "0" else "200"
    return digits, "decade", "date", True


def read_relday(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    n = int(time_words().get("reldays", m["rel"]) or 0)
    value = iso_day(anchor + timedelta(days=n))
    if m["pod"]:
        value += "T" + (time_words().get("partofday", m["pod"]) or "")
    return value, "day", "date", False


def read_thispart(m: re.Match, anchor, text) -> Result:
    if anchor is None:
        return None
    code = time_words().get("partofday", m["pod"]) or ""
    return f"{iso_day(anchor)}T{code}", "day", "date", False


def read_weekday(m: re.Match, anchor, text) -> Result:
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    if not wd:
        return None
    if anchor is None:
        return f"XXXX-WXX-{wd}", "day", "date", False
    mod = (m["mod"] or "").lower()
    today = anchor.isoweekday()
    if mod in ("last", "past", "previous"):
        back = (today - wd) % 7 or 7
        d = anchor - timedelta(days=back)
    elif mod in ("next", "coming", "following"):
        d = anchor + timedelta(days=(wd - today) % 7 or 7)
    elif mod == "this":
        d = anchor + timedelta(days=wd - today)
    elif is_future(text, m.start(), m.end()) or (wd != today and tense_at(m.start(), m.end()) in ("present", "future")
                                                and not after_since(text, m.start())):
        d = anchor + timedelta(days=(wd - today) % 7)
    else:
        d = anchor - timedelta(days=(today - wd) % 7)
    value = iso_day(d)
    pod = time_words().get("partofday", m["pod"]) or "" if m["pod"] else ""
    if pod:
        value += "T" + pod
    if mod in ("previous", "following") and m["the"]:
        # "the previous Friday", "the following Monday": counted from the day last mentioned
        return value, "day", "date", False, ("V" if mod == "previous" else "F") + f"+{wd}" + (f"T{pod}" if pod else "")
    return value, "day", "date", False


def read_holiday(m: re.Match, anchor, text) -> Result:
    rule = time_words().get("holiday", m["hol"].replace("’", "'"))
    if not rule:
        return None
    if m["y"]:
        d = holiday_date(rule, year_of(m["y"]))
        return (iso_day(d), "day", "date", True) if d else None
    if anchor is None:
        return None
    mod = (m["mod"] or "").lower()
    past = holiday_date(rule, anchor.year)
    if past is None:
        return None
    if past > anchor:
        past = holiday_date(rule, anchor.year - 1)
    nxt = holiday_date(rule, anchor.year) if holiday_date(rule, anchor.year) > anchor else holiday_date(rule, anchor.year + 1)
    if mod in ("last", "previous"):
        d = past if past < anchor else holiday_date(rule, anchor.year - 1)
    elif mod in ("next", "following") or is_future(text, m.start(), m.end()):
        d = nxt
    elif mod == "this":
        d = holiday_date(rule, anchor.year)
    else:
        d = nxt if (nxt - anchor).days * 2 < (anchor - past).days else past
    return iso_day(d), "day", "date", False


def read_year_range(m: re.Match, anchor, text) -> Result:
    a = int(m["y"])
    b_text = m["y2"]
    b = int(b_text) if len(b_text) == 4 else int(str(a)[:2] + b_text)
    if b <= a or b - a > 50:
        return None
    return f"{a}/{b}", "year", "range", True


def read_weekday_dom(m: re.Match, anchor, text) -> Result:
    """ "Friday 31", "Tuesday the eleventh", "Mon 13th": the nearest month whose day falls on that weekday."""
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    day = day_num(m["day"])
    if anchor is None or not wd or not 1 <= day <= 31:
        return None
    future = is_future(text, m.start(), m.end()) or tense_at(m.start(), m.end()) == "future"
    past = not future and (is_past(text, m.start()) or tense_at(m.start(), m.end()) == "past")
    best: date | None = None
    for k in range(0, 15):
        for sign in ((1,) if future else (-1,) if past else (-1, 1)):
            y, mo = shift_months(anchor.year, anchor.month, sign * k)
            d = safe_date(y, mo, day)
            if d and d.isoweekday() == wd and (best is None):
                best = d
        if best:
            break
    return (iso_day(best), "day", "date", False) if best else None


def read_day_of_rel_month(m: re.Match, anchor, text) -> Result:
    """ "the 20th of next month", "the 15th day of this month"."""
    if anchor is None:
        return None
    day = day_num(m["day"])
    y, mo = shift_months(anchor.year, anchor.month, REL_STEP.get(m["mod"].lower(), 0))
    d = safe_date(y, mo, day)
    return (iso_day(d), "day", "date", False) if d else None
