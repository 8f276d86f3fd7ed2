"""Find time expressions in news text and normalise them against the publication date (the anchor).

A rule grammar: regular expressions built from the word lists in `data/time_words.tsv`, each with a
function that turns its match into a TimeML-style value. Every match is a candidate; the longest
non-overlapping candidates win; adjacent dates joined by "to", "and", "through" or a dash under
"from"/"between" become a range.

Values follow TIMEX3: "2024-10-21" (day), "2024-W43" (week), "2024-W43-WE" (weekend), "2024-10"
(month), "2024-Q3", "2024-H1", "2024-SU" (season), "2024" (year), "202" (decade), "20" (century),
"2024-10-21T15:00" (clock time), "2024-10-21TMO" (part of a day), PRESENT_REF / PAST_REF /
FUTURE_REF (now, recently, the future), "P3Y" (duration, "PXY" for "several years") and
"2022-03/2022-05" (range). Sets ("every Monday", "daily") have kind "set".

Which March is "in March"? A weekday ("on Monday") is the latest one on or before the anchor; "last
Monday" the latest one before it, "next Monday" the first one after it. A bare month or day ("in
March", "Dec. 7") is the nearer of the last one and the next one, the next one counting as twice as
far, so "in March" in late October is the March just gone and "in January" the coming one. A clause
with a future marker before the expression ("will", "is due", "scheduled", ...; the `future` rows of
the data file) takes the next one on or after the anchor; one with a past marker ("since", "was",
"bought", ...) the last one. Quarters and seasons follow the same idea.
Without an anchor, relative expressions get value None and a year-less date keeps "XXXX".

    >>> from datetime import date
    >>> [(t.text, t.value) for t in find_times("Austin arrived in Kyiv on Monday.", date(2024, 10, 22))]
    [('Monday', '2024-10-21')]
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from eventwire.resolve.model import TimeRef
from eventwire.resolve.timegrammar import parse_number, pieces, time_words
from eventwire.resolve.timetense import reset as _reset_tenses
from eventwire.resolve.timetense import tense_at, tenses
from eventwire.resolve.timetense import use as _use_tenses

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class _Found:
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
_Result = tuple | None
_Rule = tuple[re.Pattern, Callable[[re.Match, date | None, str], _Result]]
# Where a match may begin: a lower-case word, or "#" for a number, "'" for an apostrophe before one.
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|'(?=\d)")

# A full stop ends a sentence unless it closes "a.m.", "U.S." or a short capitalised abbreviation ("Oct.", "Mr.").
_SENTENCE_END = re.compile(r"(?<!\.m)(?<!\.S)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.(?=\s)|[!?;](?=\s)|\n")


# ---------------------------------------------------------------- calendar helpers

def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _day(d: date) -> str:
    return d.isoformat()


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _future(text: str, start: int, end: int) -> bool:
    """Is the clause around text[start:end] about the future (a future marker before or just after it)?"""
    lo = max(0, start - 80)
    before = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    if _future_near_re().search(before) or _DEFERRED.search(before):
        return True
    last = None
    for last in _future_re().finditer(before):
        pass
    if last is None:
        return False
    # "will go, he said Friday": a past verb after the future marker governs the expression
    words = _WORD.findall(before[last.end():].lower())
    return not any((w in _PAST_VERBS or w in _SAID) and (i == 0 or words[i - 1] not in ("be", "been", "being"))
                   for i, w in enumerate(words))


# "postponed until Tuesday", "extended its deadline until 9 a.m. Friday": a date something is put off to.
_DEFERRED = re.compile(r"(?<![a-z])(?:postpon|delay|extend|give|gave|given|adjourn|defer|suspend|recess|put\s+off|"
                       r"push(?:ed)?\s+back)[a-z]*\b[^.;]*\b(?:until|till|to)\s+"
                       r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)\s+(?:[A-Z]{3}\s+)?)?$", re.I)


@lru_cache(maxsize=1)
def _future_re() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{pieces().future})(?![a-z])", re.I)


@lru_cache(maxsize=1)
def _future_near_re() -> re.Pattern:
    """A local future marker right before the expression: "ahead of Sunday's vote", "payable Dec. 15"."""
    return re.compile(rf"(?<![a-z])(?:{pieces().future_near})(?:\s+(?:the|this|next|on|by|of))?\s*$", re.I)


_PAST_VERBS = frozenset("""was were did took came went bought sold began rose fell paid met won lost gave became
brought fought struck broke hit shut spent ended changed happened occurred died arrested killed signed
""".split())
_WORD = re.compile(r"[a-z]+")
_SAID = frozenset("said told announced reported added confirmed declared stated wrote insisted denied".split())


def _past(text: str, start: int) -> bool:
    """Does a past-tense verb or "since" come shortly before text[start] in the same clause?"""
    before = text[max(0, start - 60):start]
    cut = max(before.rfind(". "), before.rfind(";"), before.rfind("\n"))
    words = _WORD.findall(before[cut + 1:].lower())[-7:]
    return any(w in _PAST_VERBS or w == "since" for w in words)


def _since(text: str, start: int) -> bool:
    return bool(re.search(r"(?:since|from)\s+(?:late\s+|early\s+)?$", text[max(0, start - 16):start], re.I))


# A past verb does not reach back a year for a date that is at most this many days ahead.
_PAST_REACH = 31


def _resolve_md(month: int, day: int | None, anchor: date, future: bool, past: bool = False) -> tuple[int, int]:
    """The year of a year-less month (and day).

    In a future clause, the next one on or after the anchor; in a past clause the last one, unless
    the next is within a month and the last most of a year back. Otherwise the nearer of the last one
    and the next one, a future one counting as twice as far: "in March" in late October is the
    March just gone, "in January" in late October the coming one.
    """
    if day is None and month == anchor.month:
        return anchor.year, month
    probe_day = day or 15
    this = _safe_date(anchor.year, month, probe_day) or date(anchor.year, month, 28)
    if future:
        return (anchor.year if this >= anchor or (day is None and month >= anchor.month) else anchor.year + 1), month
    last = this if this <= anchor else (_safe_date(anchor.year - 1, month, probe_day) or date(anchor.year - 1, month, 28))
    nxt = this if this > anchor else (_safe_date(anchor.year + 1, month, probe_day) or date(anchor.year + 1, month, 28))
    ahead, behind = (nxt - anchor).days, (anchor - last).days
    if past and ahead <= _PAST_REACH < behind:
        return nxt.year, month     # "was extended to Nov. 16" a fortnight before it
    if not past and ahead * 2 < behind:
        return nxt.year, month
    return last.year, month


def _unit_code(word: str) -> str:
    w = word.lower().rstrip("s")
    if w.startswith("centur"):
        return "CE"
    return time_words().get("unit", w) or "D"


def _duration(n: float | str | None, code: str) -> str:
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


def _shift(anchor: date, n: float, code: str) -> tuple[str, str]:
    """The date n units after the anchor (negative: before), at the unit's own precision."""
    k = int(n)
    if code in ("D", "H", "MIN", "S"):
        return _day(anchor + timedelta(days=k if code == "D" else 0)), "day"
    if code in ("W", "2W"):
        return _iso_week(anchor + timedelta(weeks=k * (2 if code == "2W" else 1))), "week"
    if code == "M":
        y, m = _shift_months(anchor.year, anchor.month, k)
        return f"{y}-{m:02d}", "month"
    if code == "Q":
        y, m = _shift_months(anchor.year, anchor.month, 3 * k)
        return f"{y}-Q{(m - 1) // 3 + 1}", "quarter"
    if code == "DE":
        return str(anchor.year + 10 * k)[:3], "decade"
    if code == "CE":
        return str(anchor.year + 100 * k)[:2], "century"
    return str(anchor.year + k), "year"


def _year_of(text: str) -> int:
    t = text.strip().lstrip("'")
    y = int(t)
    if len(t) == 2:
        y += 1900 if y > 30 else 2000
    return y


def _month_num(word: str) -> int:
    return int(time_words().get("month", word) or 0)


def _day_num(word: str) -> int:
    w = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", word.strip().lower())
    if w.isdigit():
        return int(w)
    return int(time_words().get("ordinal", w) or 0)


# ---------------------------------------------------------------- rule functions

def _iso(m: re.Match, anchor, text) -> _Result:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (_day(d), "day", "date", True) if d else None


def _numeric(m: re.Match, anchor, text) -> _Result:
    a, b, y = int(m["a"]), int(m["b"]), _year_of(m["y"])
    if m["sep"] == ".":
        day, month = a, b
    else:
        month, day = a, b
        if month > 12:
            month, day = day, month
    d = _safe_date(y, month, day)
    return (_day(d), "day", "date", True) if d else None


def _ordinal_day(m: re.Match, anchor, text) -> _Result:
    """ "on the 18th": a day of the anchor's month, or of the month before when that day is still to come."""
    day = int(m["day"])
    if anchor is None or not 1 <= day <= 31:
        return None
    future = _future(text, m.start(), m.end())
    y, mo = anchor.year, anchor.month
    if future and day < anchor.day:
        y, mo = _shift_months(y, mo, 1)
    elif not future and day > anchor.day:
        y, mo = _shift_months(y, mo, -1)
    d = _safe_date(y, mo, day)
    return (_day(d), "day", "date", False) if d else None


_PRICE_MOVE = re.compile(r"(?:rose|fell|eased|gained|lost|added|dropped|declined|climbed|slipped|jumped|rallied|"
                         r"tumbled|advanced|retreated|firmed|up|down|off)\s+$", re.I)


def _numeric_md(m: re.Match, anchor, text) -> _Result:
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
    return _month_day(month, day, None, anchor, text, m)


def _month_day(month: int, day: int, year: str | None, anchor, text, m) -> _Result:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        d = _safe_date(_year_of(year), month, day)
        return (_day(d), "day", "date", True) if d else None
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", "day", "date", False
    y, _ = _resolve_md(month, day, anchor, _future(text, m.start(), m.end()), _past(text, m.start()))
    d = _safe_date(y, month, day) or _safe_date(y - 1, month, day)
    return (_day(d), "day", "date", False) if d else None


def _md(m: re.Match, anchor, text) -> _Result:
    month, day = _month_num(m["mon"]), _day_num(m["day"])
    mod = (m["mod"] or "").lower()
    if mod and not m["y"] and anchor is not None and 1 <= month <= 12:
        # "last Oct. 23": the latest one before the anchor; "next June 5": the first after it
        y = anchor.year
        d = _safe_date(y, month, day)
        if d is None:
            return None
        if mod == "last" and d >= anchor:
            d = _safe_date(y - 1, month, day)
        elif mod == "next" and d <= anchor:
            d = _safe_date(y + 1, month, day)
        return (_day(d), "day", "date", False) if d else None
    return _month_day(month, day, m["y"], anchor, text, m)


def _ymd(m: re.Match, anchor, text) -> _Result:
    d = _safe_date(int(m["y"]), int(m["a"]), int(m["b"]))
    return (_day(d), "day", "date", True) if d else None


def _nth_weekday(m: re.Match, anchor, text) -> _Result:
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    order = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1}[m["ord"].lower()]
    if m["mon"]:
        month = _month_num(m["mon"])
        if m["y"]:
            y = _year_of(m["y"])
        elif anchor is None:
            return None
        else:
            y, _ = _resolve_md(month, None, anchor, _future(text, m.start(), m.end()))
    elif anchor is None:
        return None
    else:
        step = _REL_STEP.get(m["mod"].lower().replace("the ", ""), 0)
        y, month = _shift_months(anchor.year, anchor.month, step)
    if order > 0:
        first = date(y, month, 1)
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (order - 1))
        if d.month != month:
            return None
    else:
        last = date(y, month, calendar.monthrange(y, month)[1])
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    return _day(d), "day", "date", bool(m["y"])


def _weekday_of_week(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    step = _REL_STEP.get(m["mod"].lower().replace("the ", ""), 0)
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=step)
    return _day(monday + timedelta(days=wd - 1)), "day", "date", False


def _my(m: re.Match, anchor, text) -> _Result:
    month = _month_num(m["mon"])
    return (f"{_year_of(m['y'])}-{month:02d}", "month", "date", True) if month else None


_MAY_CUE = re.compile(r"(?:in|since|by|until|till|from|to|of|early|late|mid-?|last|next|this|during|before|after|"
                      r"through|between|and|or|on|that|each|every)\s*$", re.I)


def _month(m: re.Match, anchor, text) -> _Result:
    month = _month_num(m["mon"])
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
        y, _ = _resolve_md(month, None, anchor, _future(text, m.start(), m.end()), _past(text, m.start()))
    return f"{y}-{month:02d}", "month", "date", False


def _month_rel_year(m: re.Match, anchor, text) -> _Result:
    month = _month_num(m["mon"])
    if anchor is None or not month:
        return None
    return f"{anchor.year + _REL_STEP.get(m['mod'].lower(), 0)}-{month:02d}", "month", "date", False


def _year(m: re.Match, anchor, text) -> _Result:
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


def _fiscal(m: re.Match, anchor, text) -> _Result:
    return f"{_year_of(m['y'])}", "year", "date", True


def _plain_year(m: re.Match, anchor, text) -> _Result:
    return m["y"], "year", "date", True


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _decade_word(m: re.Match, anchor, text) -> _Result:
    return f"19{_DECADE_WORDS[m['dw'].lower()]}", "decade", "date", False


def _last_night(m: re.Match, anchor, text) -> _Result:
    return (f"{_day(anchor - timedelta(days=1))}TNI", "day", "date", False) if anchor else None


def _period_end(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    step = _REL_STEP.get((m["mod"] or "this").lower(), 0)
    if (m["unit"] or "").lower() == "month":
        y, mo = _shift_months(anchor.year, anchor.month, step)
        return f"{y}-{mo:02d}", "month", "date", False
    return str(anchor.year + step), "year", "date", False


def _the_weekend(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    wd = anchor.isoweekday()
    if wd >= 6:
        d = anchor
    elif _future(text, m.start(), m.end()):
        d = anchor + timedelta(days=6 - wd)
    else:
        d = anchor - timedelta(days=wd)
    return f"{_iso_week(d)}-WE", "week", "date", False


def _bare_season(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    word = m["season"].lower()
    if word == "fall" and not m["det"]:
        return None
    code = time_words().get("season", word) or "SU"
    begins = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = anchor.year
    if begins > anchor.month and not _future(text, m.start(), m.end()) and (m["det"] or "").strip().lower() != "this":
        y -= 1
    return f"{y}-{code}", "season", "date", False


def _the_year(m: re.Match, anchor, text) -> _Result:
    """ "the year", "the fiscal year", "the current year": the anchor's year."""
    if anchor is None:
        return None
    if re.match(r"[\s-]+(?:earlier|ago|before|after|later|to\s+date|-to-date)\b", text[m.end():], re.I):
        return None
    if re.match(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", text[m.end():], re.I):
        return "P1Y", None, "duration", False   # "the year ended June 30": a reporting period
    return str(anchor.year), "year", "date", False


_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


_ONES_W = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_W = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UPTO99 = rf"(?:(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?|{_TEENS_W}|{_ONES_W})"
_SPELLED_YEAR = (rf"(?:(?:{_TEENS_W}|twenty)(?:\s+hundred(?:\s+(?:and\s+)?{_UPTO99})?|[\s-]+(?:zero|oh|o)[\s-]+(?:{_ONES_W})"
                 rf"|[\s-]+(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?|[\s-]+(?:{_TEENS_W}))"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?{_UPTO99})?)(?![a-z])")
_CARDINAL_DAY = rf"(?:(?:twenty|thirty)(?:[\s-](?:{_ONES_W}))?|{_TEENS_W}|{_ONES_W})(?![a-z])"


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


def _spelled_md(m: re.Match, anchor, text) -> _Result:
    """ "May twenty one", "jan twenty two, 2018", "13 Sept nineteen seventy two", "twenty third day of September"."""
    month = _month_num(m["mon"])
    day_text = m["day"].lower()
    day = _day_num(day_text) or _words_value(re.split(r"[\s-]+", day_text))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = _spelled_year_value(m["ys"]) if m["ys"] else (_year_of(m["y"]) if m["y"] else None)
    if year is not None:
        d = _safe_date(year, month, day)
        return (_day(d), "day", "date", True) if d else None
    if re.fullmatch(_CARDINAL_DAY, day_text) and not re.match(r"\s*(?:[.,;:!?)]|$)", text[m.end():]):
        return None   # "in May two people died": a count, not a day
    return _month_day(month, day, None, anchor, text, m)



def _spelled_year(m: re.Match, anchor, text) -> _Result:
    """ "nineteen ninety-six", "the year two thousand": years as spoken."""
    if m["thousand"]:
        y = 2000 + (_SPELLED_ONES.get((m["k"] or "").lower(), 0))
        return str(y), "year", "date", True
    century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[m["c"].lower()]
    y = century + _SPELLED_TENS[m["t"].lower()] + _SPELLED_ONES.get((m["o"] or "").lower(), 0)
    return str(y), "year", "date", True


def _ordinal_century(m: re.Match, anchor, text) -> _Result:
    n = int(m["n"])
    return f"{n - 1:02d}", "century", "date", True


def _year_ago_period(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    unit = (m["unit"] or "").lower()
    if unit in ("quarter", "period") or (not unit and _quarterly(text, m.start())):
        return _year_ago_quarter(anchor), "quarter", "date", False, "Q-4"
    if unit == "month":
        y, mo = _shift_months(anchor.year, anchor.month, -13)
        return f"{y}-{mo:02d}", "month", "date", False
    return str(anchor.year - 1), "year", "date", False


def _decade(m: re.Match, anchor, text) -> _Result:
    digits = m["dec"]
    if digits is None:        # '90s
        digits = "199" if m["dec2"] != "0" else "200"
    return digits, "decade", "date", True


def _relday(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    n = int(time_words().get("reldays", m["rel"]) or 0)
    value = _day(anchor + timedelta(days=n))
    if m["pod"]:
        value += "T" + (time_words().get("partofday", m["pod"]) or "")
    return value, "day", "date", False


def _thispart(m: re.Match, anchor, text) -> _Result:
    if anchor is None:
        return None
    code = time_words().get("partofday", m["pod"]) or ""
    return f"{_day(anchor)}T{code}", "day", "date", False


def _weekday(m: re.Match, anchor, text) -> _Result:
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
    elif _future(text, m.start(), m.end()) or (wd != today and tense_at(m.start(), m.end()) in ("present", "future")
                                                and not _since(text, m.start())):
        d = anchor + timedelta(days=(wd - today) % 7)
    else:
        d = anchor - timedelta(days=(today - wd) % 7)
    value = _day(d)
    if m["pod"]:
        value += "T" + (time_words().get("partofday", m["pod"]) or "")
    return value, "day", "date", False


_REL_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
             "this": 0, "current": 0, "same": 0}


def _relunit(m: re.Match, anchor, text) -> _Result:
    mod, unit = m["mod"].lower(), m["unit"].lower()
    the = bool(m["the"])
    code = _unit_code(unit) if unit not in ("weekend",) else "WE"
    if code in ("SP", "SU", "FA", "WI") or unit in time_words().kinds.get("season", {}):
        return _season_rel(mod, unit, anchor)
    if (mod == "past" or (the and mod == "last")) and not m["pre"]:
        if code == "WE":
            return "P2D", None, "duration", False
        return _duration(1, code), None, "duration", False
    if anchor is None:
        return None
    step = _REL_STEP.get(mod, 0)
    if code == "WE":
        d = anchor + timedelta(weeks=step)
        return f"{_iso_week(d)}-WE", "week", "date", False
    if code in ("D",):
        return _day(anchor + timedelta(days=step)), "day", "date", False
    if code in ("H", "MIN", "S"):
        return None
    return (*_shift(anchor, step, code), "date", False)


def _season_rel(mod: str, unit: str, anchor: date | None) -> _Result:
    if anchor is None:
        return None
    code = time_words().get("season", unit) or "SU"
    begins = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    step = _REL_STEP.get(mod, 0)
    if step < 0:      # the last one that has begun before this month
        y = anchor.year if begins < anchor.month else anchor.year - 1
    elif step > 0:    # the first one still to begin
        y = anchor.year if begins > anchor.month else anchor.year + 1
    else:
        y = anchor.year
    return f"{y}-{code}", "season", "date", False


def _season(m: re.Match, anchor, text) -> _Result:
    code = time_words().get("season", m["season"]) or "SU"
    if m["y"]:
        return f"{_year_of(m['y'])}-{code}", "season", "date", True
    if anchor is None:
        return None
    return f"{anchor.year}-{code}", "season", "date", False


@lru_cache(maxsize=1)
def _ended_re() -> re.Pattern:
    p = pieces()
    return re.compile(rf"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<mon>{p.month})\s*(?P<day>{p.day})(?:,?\s+(?P<y>{p.year}))?",
                      re.I)



def _quarter_rule(m: re.Match, anchor, text) -> _Result:
    which = (m["which"] or "").lower()
    if not which and not m["qn"] and not text[m.start():m.end()].lower().startswith("the"):
        return None   # "a quarter", "quarter" alone
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(which)
    if m["qn"]:
        q = int(m["qn"])
    if m["y"]:
        y = _year_of(m["y"])
        if q:
            return f"{y}-Q{q}", "quarter", "date", True
        return None
    if anchor is None:
        return (f"XXXX-Q{q}", "quarter", "date", False) if q else None
    current = _quarter(anchor)
    if q:
        y = anchor.year if q <= current or _future(text, m.start(), m.end()) and q > current else anchor.year - 1
        return f"{y}-Q{q}", "quarter", "date", False
    if which in ("current", "this"):
        return f"{anchor.year}-Q{current}", "quarter", "date", False
    if which == "next":
        y, mo = _shift_months(anchor.year, anchor.month, 3)
        return f"{y}-Q{(mo - 1) // 3 + 1}", "quarter", "date", False
    ended = _ended_re().match(text, m.end())
    if ended and _month_num(ended["mon"]):
        # "the quarter ended July 31": the quarter whose calendar end lies nearest that day
        month, day = _month_num(ended["mon"]), _day_num(ended["day"])
        y = _year_of(ended["y"]) if ended["y"] else _resolve_md(month, day, anchor, False, True)[0]
        end = _safe_date(y, month, min(day, 28) if day else 28)
        if end:
            k = min(range(y * 4 - 2, y * 4 + 5), key=lambda i: abs((_quarter_end(i) - end).days))
            return f"{k // 4}-Q{k % 4 + 1}", "quarter", "date", bool(ended["y"])
    # "the quarter", "the latest quarter", "last quarter": the last completed quarter, or the quarter
    # the text has named ("the fiscal first quarter ... in the quarter")
    y, mo = _shift_months(anchor.year, anchor.month, -3)
    rel = "Q0" if which in ("", "latest", "most recent") else None
    return f"{y}-Q{(mo - 1) // 3 + 1}", "quarter", "date", False, rel


def _quarter_end(k: int) -> date:
    """The last day of quarter number k (year * 4 + quarter - 1)."""
    y, q = k // 4, k % 4 + 1
    return date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])


_QUARTER_NUMBER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _last_quarter(anchor: date, years_back: int = 0) -> str:
    """The last completed quarter before the anchor, `years_back` years earlier."""
    y, mo = _shift_months(anchor.year, anchor.month, -3 - 12 * years_back)
    return f"{y}-Q{(mo - 1) // 3 + 1}"


def _year_quarter(m: re.Match, anchor, text) -> _Result:
    """ "the 1988 third quarter", "next year's first quarter", "last year's quarter", "the 1989 period",
    "the latest period", "the same period last year": a quarter named through its year, or the quarter
    being reported when the text compares quarters."""
    q = _QUARTER_NUMBER.get((m["which"] or "").lower())
    unit = m["unit"].lower()
    if m["y"]:
        y = _year_of(m["y"])
    elif anchor is None:
        return None
    else:
        y = anchor.year + _REL_STEP.get((m["rel"] or "this").lower(), 0)
        if m["ago"]:
            y = anchor.year - 1
    if q:
        return f"{y}-Q{q}", "quarter", "date", bool(m["y"])
    if anchor is None or not (unit == "quarter" or _quarterly(text, m.start())):
        return None
    last = _last_quarter(anchor)
    if m["latest"]:
        return last, "quarter", "date", False, "Q0"
    rel = f"Q@{y}" if m["y"] else f"Q{4 * (y - anchor.year)}"
    return f"{y}-{last.split('-')[1]}", "quarter", "date", bool(m["y"]), rel


def _half(m: re.Match, anchor, text) -> _Result:
    h = 1 if m["which"].lower() in ("first", "1st") else 2
    if m["y"]:
        return f"{_year_of(m['y'])}-H{h}", "half", "date", True
    if anchor is None:
        return None
    y = anchor.year if h == 1 or anchor.month > 6 or _future(text, m.start(), m.end()) else anchor.year - 1
    return f"{y}-H{h}", "half", "date", False


def _ago(m: re.Match, anchor, text) -> _Result:
    n = parse_number(m["n"]) if m["n"] else 1
    code = _unit_code(m["unit"])
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if direction == "later":
        return _duration(n, code), None, "duration", False
    if n == "X":
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), None, "date", False
    if anchor is None or n is None:
        return None
    if code in ("H", "MIN", "S"):
        return _day(anchor), "day", "date", False
    if code == "Y" and n == 1 and _quarterly(text, m.start()):
        return _year_ago_quarter(anchor), "quarter", "date", False, "Q-4"
    return (*_shift(anchor, sign * n, code), "date", False)


_QUARTER_TALK = re.compile(r"quarter|three\s+months\s+ended", re.I)


def _quarterly(text: str, start: int) -> bool:
    """Is the sentence comparing quarters ("profit rose to $5 million from $4 million a year ago")?"""
    return bool(_QUARTER_TALK.search(text[max(0, start - 400):start]))


def _year_ago_quarter(anchor: date) -> str:
    """The last completed quarter before the anchor, a year earlier: what quarterly results compare with."""
    y, mo = _shift_months(anchor.year, anchor.month, -15)
    return f"{y}-Q{(mo - 1) // 3 + 1}"


def _in_n(m: re.Match, anchor, text) -> _Result:
    before = text[max(0, m.start() - 40):m.start()].lower()
    n = parse_number(m["n"])
    code = _unit_code(m["unit"])
    if n is None:
        return None
    if re.search(r"\b(?:first|time|highest|lowest|most|least|best|worst|biggest|largest|smallest|fastest|"
                 r"record|once|twice|times)\b[^,.;]*$", before) or anchor is None or n == "X" \
            or not _future(text, m.start(), m.end()):
        return _duration(n, code), None, "duration", False
    return (*_shift(anchor, n, code), "date", False)


_RATE_BEFORE = re.compile(r"(?:[\d$%]\S*|million|billion|thousand|trillion|cents?|dollars|percent|each|times|once|"
                          r"twice|[a-z]+[^s\W]s)\s+$", re.I)
_NOT_PLURAL = frozenset("was has is its as this his us thus always perhaps".split())


def _is_rate(text: str, start: int) -> bool:
    """ "$500 million a year", "700 seats a week": a rate, not a duration."""
    m = _RATE_BEFORE.search(text[max(0, start - 30):start])
    return bool(m) and m.group(0).strip().lower() not in _NOT_PLURAL


def _duration_rule(m: re.Match, anchor, text) -> _Result:
    n = parse_number(m["n"]) if m["n"] else None
    if m["n"] and n is None:
        return None
    article = (m["n"] or "").lower() in ("a", "an")
    unit_word = m["unit"].lower()
    if article and (unit_word.startswith(("second", "quarter")) or _is_rate(text, m.start())):
        return None   # "a second time", "a quarter of", "$5 million a year"
    if unit_word.startswith("quarter") and re.match(r"\s+of\b", text[m.end():]):
        return None   # "three-quarters of the vote"
    if (m["half"] or m["half2"]) and isinstance(n, float):
        n += 0.5
    unit = m["unit"]
    code = _unit_code(unit)
    if n is None:
        n = "X" if unit.lower().endswith(("s", "ies")) else 1
    if isinstance(n, float) and n > 1000:
        return None
    if m["old"]:
        return None   # an age ("a 6-year-old boy") is not a time
    return _duration(n, code), None, "duration", False


def _vague_duration(m: re.Match, anchor, text) -> _Result:
    return _duration("X", _unit_code(m["unit"])), None, "duration", False


def _relative_n(m: re.Match, anchor, text) -> _Result:
    n = parse_number(m["n"])
    if n is None or re.match(r"[\s-]+old\b", text[m.end():]):
        return None
    return _duration(n, _unit_code(m["unit"])), None, "duration", False


def _reference(m: re.Match, anchor, text) -> _Result:
    word = m["ref"]
    if word.lower() == "now" and re.match(r"\s*(?:defunct|retired|former|closed)\b", text[m.end():], re.I):
        return None
    if word.lower() == "current" and (re.match(r"[\s-]+(?:account|accounts|of|and|flow|flows|sea|ocean|river)\b", text[m.end():], re.I)
                                      or re.search(r"(?:electric|alternating|direct|strong|ocean|sea)\s+$", text[max(0, m.start() - 14):m.start()], re.I)):
        return None   # the current account, an ocean current
    value = time_words().get("reference", word)
    return value, None, ("duration" if value and value.startswith("P") else "date"), False


def _clock(m: re.Match, anchor, text) -> _Result:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    day = _day(anchor) if anchor else "XXXX-XX-XX"
    return f"{day}T{h:02d}:{mi:02d}", "minute", "date", False


def _noon(m: re.Match, anchor, text) -> _Result:
    if re.search(r"(?:high|after)\s+$", text[max(0, m.start() - 6):m.start()], re.I):
        return None   # "high noon" is an idiom
    day = _day(anchor) if anchor else "XXXX-XX-XX"
    return f"{day}T{'12:00' if m['w'].lower() == 'noon' else '24:00'}", "minute", "date", False


def _set_every(m: re.Match, anchor, text) -> _Result:
    unit = m["unit"].lower()
    wd = time_words().get("weekday", unit.rstrip("s"))
    if wd:
        return f"XXXX-WXX-{wd}", None, "set", False
    month = time_words().get("month", unit)
    if month:
        return f"XXXX-{int(month):02d}", None, "set", False
    return _duration(1, _unit_code(unit)), None, "set", False


def _set_adverb(m: re.Match, anchor, text) -> _Result:
    code = {"daily": "D", "nightly": "D", "weekly": "W", "monthly": "M", "quarterly": "Q", "yearly": "Y",
            "annually": "Y", "hourly": "H"}[m["adv"].lower()]
    return _duration(1, code), None, "set", False


def _holiday_date(rule: str, year: int) -> date | None:
    kind, _, arg = rule.partition(":")
    if kind == "fixed":
        month, day = arg.split("-")
        return _safe_date(year, int(month), int(day))
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


def _holiday(m: re.Match, anchor, text) -> _Result:
    rule = time_words().get("holiday", m["hol"].replace("’", "'"))
    if not rule:
        return None
    if m["y"]:
        d = _holiday_date(rule, _year_of(m["y"]))
        return (_day(d), "day", "date", True) if d else None
    if anchor is None:
        return None
    mod = (m["mod"] or "").lower()
    past = _holiday_date(rule, anchor.year)
    if past is None:
        return None
    if past > anchor:
        past = _holiday_date(rule, anchor.year - 1)
    nxt = _holiday_date(rule, anchor.year) if _holiday_date(rule, anchor.year) > anchor else _holiday_date(rule, anchor.year + 1)
    if mod in ("last", "previous"):
        d = past if past < anchor else _holiday_date(rule, anchor.year - 1)
    elif mod in ("next", "following") or _future(text, m.start(), m.end()):
        d = nxt
    elif mod == "this":
        d = _holiday_date(rule, anchor.year)
    else:
        d = nxt if (nxt - anchor).days * 2 < (anchor - past).days else past
    return _day(d), "day", "date", False


def _year_range(m: re.Match, anchor, text) -> _Result:
    a = int(m["y"])
    b_text = m["y2"]
    b = int(b_text) if len(b_text) == 4 else int(str(a)[:2] + b_text)
    if b <= a or b - a > 50:
        return None
    return f"{a}/{b}", "year", "range", True


# ---------------------------------------------------------------- expressions counted from another date

_ANAPHOR_STEP = {"that": 0, "the same": 0, "that same": 0, "this same": 0, "the following": 1, "the next": 1,
                 "the previous": -1, "the preceding": -1, "the prior": -1}


def _anaphor(m: re.Match, anchor, text) -> _Result:
    """ "that day", "the next morning", "later that year", "the following month": counted from the date
    last mentioned (`_anaphora` fills the value in); from the anchor when no date came before."""
    if m["inthe"]:       # "later in the day", "earlier in the year": the anchor's own day or year
        code = {"week": "W", "month": "M", "year": "Y"}.get(m["inthe"].lower(), "D")
        return (*_from_reference(anchor, f"{code}+0"), "date", False) if anchor else None
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
    value, precision = _from_reference(anchor, rel, pod) if anchor else (None, None)
    return value, precision, "date", False, rel + (f"T{pod}" if pod else "")


def _from_reference(ref: date, rel: str, pod: str | None = None) -> tuple[str, str]:
    code, step = rel[0], int(rel[1:3])
    if code == "D":
        value = _day(ref + timedelta(days=step))
        return (value + f"T{pod}" if pod else value), "day"
    if code == "W":
        return _iso_week(ref + timedelta(weeks=step)), "week"
    if code == "M":
        y, mo = _shift_months(ref.year, ref.month, step)
        return f"{y}-{mo:02d}", "month"
    return str(ref.year + step), "year"


_DATE_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])")


_NAMED_QUARTER = re.compile(r"\d{4}-Q[1-4]$")


def _reportable(quarter: str, anchor: date) -> bool:
    """Could results for this quarter be reported on the anchor date: the current one or one of the last year
    (a fiscal quarter may carry the number of the calendar quarter under way)?"""
    k = int(quarter[:4]) * 4 + int(quarter[-1]) - 1
    now = anchor.year * 4 + (anchor.month - 1) // 3
    return now - 4 <= k <= now


def _anaphora(found: list[_Found], anchor: date | None = None) -> list[_Found]:
    """Give "that day", "the following year", ... the date last mentioned before them as reference."""
    out: list[_Found] = []
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
                f = _Found(f.start, f.end, f"{y}-Q{q}", "quarter", f.kind, False, f.rel)
            out.append(f)
            continue
        if f.value and named_quarter is None and _NAMED_QUARTER.match(f.value) \
                and (anchor is None or _reportable(f.value, anchor)):
            named_quarter = (int(f.value[:4]), int(f.value[-1]))
        if f.rel and f.value is not None:
            code = f.rel[0]
            ref = last.get({"D": "day", "W": "day"}.get(code, "month" if code == "M" else "year"))
            if ref is not None:
                pod = f.rel.partition("T")[2] or None
                value, precision = _from_reference(ref, f.rel[:3], pod)
                f = _Found(f.start, f.end, value, precision, f.kind, False, f.rel)
        if f.kind in ("date", "range") and f.value and not f.value.startswith("P"):
            m = _DATE_VALUE.match(f.value.split("/")[-1])
            if m:
                y, mo, d = int(m.group(1)), m.group(2), m.group(3)
                last["year"] = date(y, 1, 1)
                if mo:
                    last["month"] = date(y, int(mo), 1)
                    if d:
                        last["day"] = _safe_date(y, int(mo), int(d)) or last.get("day")
                    else:
                        last.pop("day", None)
                else:
                    last.pop("month", None)
                    last.pop("day", None)
        out.append(f)
    return out


def _weekday_dom(m: re.Match, anchor, text) -> _Result:
    """ "Friday 31", "Tuesday the eleventh", "Mon 13th": the nearest month whose day falls on that weekday."""
    wd = int(time_words().get("weekday", m["wd"].rstrip(".")) or 0)
    day = _day_num(m["day"])
    if anchor is None or not wd or not 1 <= day <= 31:
        return None
    future = _future(text, m.start(), m.end()) or tense_at(m.start(), m.end()) == "future"
    past = not future and (_past(text, m.start()) or tense_at(m.start(), m.end()) == "past")
    best: date | None = None
    for k in range(0, 15):
        for sign in ((1,) if future else (-1,) if past else (-1, 1)):
            y, mo = _shift_months(anchor.year, anchor.month, sign * k)
            d = _safe_date(y, mo, day)
            if d and d.isoweekday() == wd and (best is None):
                best = d
        if best:
            break
    return (_day(best), "day", "date", False) if best else None


def _compound_ago(m: re.Match, anchor, text) -> _Result:
    """ "2 weeks and 2 days ago", "1 month 21 days later": a date at the finest unit, or a duration after "later"."""
    parts = re.findall(rf"({pieces().number})[\s-]+({pieces().unit})", m["parts"], re.I)
    if len(parts) < 2:
        return None
    amounts: list[tuple[float, str]] = []
    for n_text, unit in parts:
        n = parse_number(n_text)
        if not isinstance(n, float):
            return None
        amounts.append((n, _unit_code(unit)))
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
            y, mo = _shift_months(d.year, d.month, sign * k)
            d = date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
        elif code in ("W", "2W", "D"):
            d += timedelta(days=sign * int(n) * {"W": 7, "2W": 14, "D": 1}[code])
        else:
            return None
    finest = amounts[-1][1] if amounts else "D"
    if all(c in ("Y", "M") for _, c in amounts) and finest == "M":
        return f"{d.year}-{d.month:02d}", "month", "date", False
    return _day(d), "day", "date", False


def _day_of_rel_month(m: re.Match, anchor, text) -> _Result:
    """ "the 20th of next month", "the 15th day of this month"."""
    if anchor is None:
        return None
    day = _day_num(m["day"])
    y, mo = _shift_months(anchor.year, anchor.month, _REL_STEP.get(m["mod"].lower(), 0))
    d = _safe_date(y, mo, day)
    return (_day(d), "day", "date", False) if d else None


def _clock_word(m: re.Match, anchor, text) -> _Result:
    """ "midday", "4 in the morning", "mid-afternoon": a time of the anchor's day."""
    day = _day(anchor) if anchor else "XXXX-XX-XX"
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


# ---------------------------------------------------------------- the grammar

@lru_cache(maxsize=1)
def _rules() -> list[_Rule]:
    p = pieces()
    holidays = time_words().alternation("holiday").replace("'", "['’]")
    mon, day, year, wd, num, unit = p.month, p.day, p.year, p.weekday, p.number, p.unit
    yy = rf"(?P<y>{year}|'\d\d(?![\d]))"
    lead_wd = rf"(?:(?P<mod>last|this|next)\s+)?(?:{wd},?\s+(?:the\s+)?)?"
    vague = r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just|only|at\s+least|up\s+to|barely|fewer\s+than)\s+)?"
    flags = re.I
    table: list[tuple[str, Callable]] = [
        (r"(?<!\d)(?<!\d-)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])", _iso),
        (r"(?<![\d/.,])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)", _numeric),
        (r"(?<![\d/.,$])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)", _numeric_md),
        (rf"{lead_wd}(?:(?<![a-z])|(?-i:(?<=[a-z])(?=[A-Z])))(?:the\s+)?(?P<mon>{mon})\s*(?:the\s+)?(?P<day>{day})(?:(?:\s*,?\s*|\s+(?:in|of)\s+){yy})?", _md),
        (rf"{lead_wd}(?<![a-z\d$£€¥])(?:the\s+)?(?P<day>{day})(?:\s+of)?\s+(?P<mon>{mon})(?:(?:\s*,?\s*|\s+(?:in|of)\s+){yy})?", _md),
        (r"(?<![\d/.,-])(?P<y>\d{4})(?P<sep>[/.-])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})(?![\d/-])", _ymd),
        (r"(?<![\d/.,$])(?<!\d-)(?P<y>(?:19|20)\d\d)(?P<a>0[1-9]|1[0-2])(?P<b>0[1-9]|[12]\d|3[01])(?![\d])", _ymd),
        (rf"(?<![a-z])(?P<mon>{mon})[/-](?P<day>\d{{1,2}})(?![\d/-])", _md),
        (r"(?<![a-z])(?:on\s+)?the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[.,;:)!?]|$|and\b|or\b|at\b|when\b|of\s+(?:this|the)\s+month\b))", _ordinal_day),
        (rf"(?<![\d/])(?P<day>\d{{1,2}})(?P<sep>[/-])(?P<mon>{mon})(?P=sep){yy}", _md),
        (rf"(?<![\d/])(?P<y>\d{{4}})(?P<sep>[/-])(?P<mon>{mon})(?P=sep)(?P<day>\d{{1,2}})(?![\d/])", _md),
        (rf"(?<![a-z])(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{wd})\s+(?:of|in)\s+"
         rf"(?:(?P<mod>next|last|this|previous|the\s+next|the\s+previous)\s+month|(?P<mon>{mon})(?:,?\s+{yy})?)(?![a-z])", _nth_weekday),
        (rf"(?<![a-z])(?:on\s+)?(?P<wd>{wd}),?\s+(?:of\s+)?(?P<mod>next|last|this|the\s+following|the\s+previous)\s+week(?![a-z])", _weekday_of_week),
        (rf"(?<![a-z])(?P<mod>next|last|this)\s+week\s+(?:on\s+)?(?P<wd>{wd})", _weekday_of_week),
        (rf"(?<![a-z])(?P<mon>{mon})(?:\s+of)?,?\s+{yy}", _my),
        (rf"(?<![a-z])(?:(?P<mod>last|next|this|coming)\s+)?(?P<mon>{p.month_cap})", _month),
        (rf"(?<![a-z])(?P<mon>{p.month_cap})\s+(?:of\s+)?(?P<mod>this|last|next)\s+year(?![a-z])", _month_rel_year),
        (rf"(?<![\w$£€¥#.,'-])(?P<y>{year})(?!s\b|'s\b)", _year),
        (rf"(?<![a-z])(?:fiscal|FY)\s*(?:year\s+)?(?P<y>{year}|'?\d\d(?![\d%]))", _fiscal),
        (r"(?<![\w$])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d|20\d)0|'(?P<dec2>\d)0)'?s(?![a-z])", _decade),
        (rf"(?<![a-z])(?:mid|pre|post)-(?P<y>{year})", _plain_year),
        (r"(?<![a-z])the\s+(?:(?:full|fiscal|current|calendar|latest|current\s+fiscal|latest\s+fiscal|entire|whole)\s+)?year(?![a-z'-])", _the_year),
        (r"(?<![a-z])(?:(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
         r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<o>one|two|three|four|five|six|"
         r"seven|eight|nine))?|(?:the\s+year\s+)?(?P<thousand>two\s+thousand)(?:\s+and\s+(?P<k>one|two|three|four|five|six|"
         r"seven|eight|nine))?)(?![a-z])", _spelled_year),
        (r"(?<![a-z])(?:the\s+)?(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century(?![a-z])", _ordinal_century),
        (r"(?<![a-z])the\s+(?:(?:early|late|mid)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|"
         r"eighties|nineties)(?![a-z])", _decade_word),
        (r"(?<![a-z])last\s+night(?![a-z])", _last_night),
        (r"(?<![a-z])(?:around\s+|by\s+)?(?:the\s+)?(?:(?P<mod>this|last|next)\s+)?(?P<unit>year|month)(?:[\s-]|['’]s\s+)end(?![a-z])", _period_end),
        (r"(?<![a-z])(?:the\s+)?end\s+of\s+(?:the|(?P<mod>this|last|next))\s+(?P<unit>year|month)(?![a-z])", _period_end),
        (r"(?<![a-z])the\s+weekend(?![a-z])", _the_weekend),
        (r"(?<![a-z])(?P<det>the\s+|this\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|winter|fall)(?![a-z])(?!\s+of\b)", _bare_season),
        (r"(?<![a-z])(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:ago|earlier)(?:\s+(?P<unit>quarter|period|month))?(?![a-z])", _year_ago_period),
        (rf"(?<![a-z])(?P<rel>{p.reldays})(?![a-z])(?:\s+(?P<pod>morning|afternoon|evening|night))?", _relday),
        (r"(?<![a-z])(?:this|tonight's|today's)\s+(?P<pod>morning|afternoon|evening)(?![a-z])", _thispart),
        (rf"(?<![a-z])(?:(?P<pre>earlier|later)\s+(?:on\s+)?)?(?:(?P<det>that\s+same|this\s+same|the\s+same|that|"
         rf"the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|night|"
         rf"week|month|year)|(?P<det2>the\s+next)\s+(?P<unit2>day|morning|afternoon|evening|night))(?![a-z'-])", _anaphor),
        (r"(?<![a-z])(?:earlier|later)\s+in\s+the\s+(?P<inthe>day|week|month|year)(?![a-z])", _anaphor),
        (r"(?<![a-z])the\s+(?P<unit>day)\s+(?P<dir>before|after)(?=\s*(?:[.,;:!?)]|$))", _anaphor),
        (rf"(?<![a-z])(?:on\s+)?(?P<wd>{wd}),?\s+(?:the\s+)?(?P<day>{day}|{_CARDINAL_DAY})"
         rf"(?![.,]\d)(?=\s*(?:[.,;:!?)]|$|(?:at|and|or|in|to|for|from|with|when)\b))", _weekday_dom),
        (rf"(?<![a-z])(?P<parts>{num}[\s-]+{unit}(?:,?\s+(?:and\s+)?{num}[\s-]+{unit})+)\s+"
         rf"(?P<dir>ago|earlier|later|from\s+now|back)(?![a-z])", _compound_ago),
        (rf"(?<![a-z])(?:around\s+)?(?:the\s+)?(?P<day>{day})(?:\s+day)?\s+(?:of\s+)?(?P<mod>next|this|last|previous|"
         rf"the\s+next|the\s+previous)\s+month(?![a-z])", _day_of_rel_month),
        (r"(?<![a-z])(?:(?P<mid>midday)|mid[\s-](?P<pod>morning|afternoon|evening)|(?P<h>1[0-2]|[1-9])\s+(?:o'clock\s+)?"
         r"in\s+the\s+(?P<when>morning|afternoon|evening|night))(?![a-z])", _clock_word),
        (rf"(?<![a-z])(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?:the\s+)?(?P<day>{day}|{_CARDINAL_DAY})"
         rf"(?:,?\s+(?:(?P<ys>{_SPELLED_YEAR})|(?P<y>{year})))?", _spelled_md),
        (rf"(?<![a-z$£€¥\d])(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day}|{_CARDINAL_DAY})(?:\s+day)?\s+(?:of\s+)?(?P<mon>{mon})"
         rf"(?:,?\s+(?:(?P<ys>{_SPELLED_YEAR})|(?P<y>{year})))?", _spelled_md),
        (rf"(?<![a-z])(?:(?P<mod>last|next|this|coming|past|previous|following)\s+)?(?P<wd>{wd})"
         rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", _weekday),
        (rf"(?<![a-z])(?P<pre>(?:(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?))?(?P<the>the\s+)?(?:this\s+(?=past\s))?"
         rf"(?P<mod>last|past|previous|next|coming|this|current|following)\s+"
         rf"(?P<unit>week|weekend|month|year|quarter|decade|century|{p.season})(?![a-z])", _relunit),
        (rf"(?<![a-z])(?:(?:early|late|mid)[\s-]+)?(?:(?:in|during)\s+)?the\s+(?P<season>{p.season})\s+of\s+{yy}", _season),
        (rf"(?<![a-z])(?P<season>{p.season})\s+{yy}", _season),
        (rf"(?<![a-z])(?:the\s+)?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th|last|latest|current|this|next|"
         rf"previous|past|most\s+recent|fiscal|same)?[\s-]*(?:fiscal[\s-]+)?quarter(?![a-z])"
         rf"(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s+){yy})?", _quarter_rule),
        (rf"(?<![a-z])Q(?P<qn>[1-4])\s*{yy}", _quarter_rule),
        (rf"(?<![a-z])(?:the\s+)?(?:(?P<y>{year})|(?P<rel>this|last|next)\s+year['’]s)\s+(?:fiscal[\s-]+)?"
         rf"(?:(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?"
         rf"(?P<unit>quarter|period)(?![a-z])", _year_quarter),
        (r"(?<![a-z])the\s+(?:(?P<latest>latest|most\s+recent)|(?:corresponding|comparable|same|year-ago)\s*)\s+"
         r"(?P<unit>period)(?(latest)|\s+(?:(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)))(?![a-z])"
         r"(?P<y>)?(?P<rel>)?(?P<which>)?", _year_quarter),
        (rf"(?<![a-z])(?:the\s+)?(?P<which>first|second|last|1st|2nd)[\s-]+half(?:\s+of\s+(?:the\s+year\s+)?{yy})?", _half),
        (rf"(?<![a-z]){vague}(?:(?P<n>{num})[\s-]+)?(?P<unit>{unit})\s+(?P<dir>ago|earlier|later|from\s+now|back)(?![a-z])", _ago),
        (rf"(?<![a-z])in\s+(?:the\s+next\s+)?(?P<n>{num})[\s-]+(?P<unit>{unit})", _in_n),
        (rf"(?<![a-z])(?:the\s+)?(?:last|past|next|previous|coming|first|final|following|other)\s+{vague}(?P<n>{num})[\s-]+"
         rf"(?P<unit>{unit})", _relative_n),
        (rf"(?<![a-z]){vague}(?:(?:for|within|in|during)\s+)?(?:the\s+)?(?:(?P<n>{num})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:(?:more|additional|further|extra)\s+)?)"
         rf"(?P<unit>{unit})(?P<half2>\s+and\s+a\s+half)?(?:[\s-]+(?:long|(?P<old>old)))?", _duration_rule),
        (r"(?<![a-z])(?:for|over|in|within)\s+(?:the\s+)?(?:(?:past|last|coming|next)\s+)?(?P<unit>years|months|weeks|days|decades|hours)(?![a-z])", _vague_duration),
        (r"(?<![a-z])(?P<unit>years|months|weeks|days|decades|hours)[\s-]+long(?![a-z])", _vague_duration),
        (rf"(?<![a-z'])(?:(?:in|for|until|up\s+to|into)\s+)?(?P<ref>{p.reference})(?![a-z'])", _reference),
        (r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m(?![a-z]))"
         r"(?:\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC|BST|CET|local\s+time))?", _clock),
        (r"(?<![\d:.])(?:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]m))?"
         r"(?:\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC|BST|CET|local\s+time))(?![\d])", _clock),
        (r"(?<![a-z])(?P<w>noon|midnight)(?![a-z])", _noon),
        (rf"(?<![a-z])(?:every|each)\s+(?:other\s+)?(?P<unit>day|week|month|year|quarter|{p.weekday}|{mon})(?![a-z])", _set_every),
        (r"(?<![a-z])(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|quarter)(?![a-z])", _set_every),
        (r"(?<![a-z])(?P<adv>daily|nightly|weekly|monthly|yearly|annually|hourly)(?![a-z])", _set_adverb),
        (rf"(?<![a-z])(?:(?P<mod>last|this|next|previous|following)\s+)?(?P<hol>{holidays})(?![a-z])(?:,?\s+{yy})?", _holiday),
        (rf"(?<![\w$£€.,])(?P<y>{year})\s*[-–]\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d%])", _year_range),
    ]
    return [(re.compile(pattern, flags), fn) for pattern, fn in table]


@lru_cache(maxsize=1)
def _rules_by_token() -> dict[str, tuple[_Rule, ...]]:
    """Each rule under every word its match may start with, so a rule is tried only where it can match."""
    w = time_words()

    def firsts(kind: str) -> set[str]:
        return {k.split()[0].split("-")[0].replace("'", "") for k in w.kinds.get(kind, {})}

    mods = {"last", "next", "this", "coming", "past", "previous", "following", "current", "the", "early", "late",
            "mid", "earlier", "later", "latest", "most", "same", "fiscal"}
    months, weekdays, seasons = firsts("month"), firsts("weekday"), firsts("season")
    ords = firsts("ordinal") | {"twenty", "thirty"}
    numbers = firsts("number") | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
    units = {u + "s" for u in firsts("unit")} | firsts("unit") | {"centuries", "years", "months"}
    vague = {"about", "around", "roughly", "nearly", "almost", "some", "more", "less", "over", "under", "just", "only",
             "at", "up", "barely", "fewer"}
    preps = {"in", "for", "within", "during", "over", "until", "up", "into", "on", "at", "by", "around"}
    amounts = vague | numbers | units | preps | mods | {"#", "first", "final", "other"}
    triggers: dict[Callable, set[str]] = {
        _iso: {"#"}, _ordinal_day: {"on", "the"}, _numeric: {"#"}, _numeric_md: {"#"}, _ymd: {"#"}, _year: {"#"}, _clock: {"#", "at"},
        _year_range: {"#"}, _decade: {"#", "'", "the", "early", "mid", "late"},
        _md: mods | weekdays | months | ords | {"#"}, _nth_weekday: {"the", "last", "#"} | ords,
        _weekday_of_week: {"on"} | weekdays | mods, _my: months, _month_rel_year: months, _month: mods | months,
        _fiscal: {"fiscal", "fy"}, _plain_year: {"mid", "pre", "post"}, _the_year: {"the"},
        _spelled_year: {"nineteen", "eighteen", "twenty", "the", "two"}, _ordinal_century: {"the", "#"}, _decade_word: {"the"}, _last_night: {"last"},
        _period_end: mods | {"around", "by", "year", "month", "end"}, _the_weekend: {"the"},
        _bare_season: mods | seasons, _season: mods | seasons | {"in", "during"},
        _year_ago_period: {"the", "comparable", "same", "year"}, _relday: firsts("reldays"),
        _thispart: {"this", "tonight", "today"}, _weekday: mods | weekdays, _relunit: mods,
        _quarter_rule: mods | ords | {"#", "quarter", "q"}, _half: mods | ords | {"#"},
        _year_quarter: {"the", "this", "last", "next", "#"},
        _ago: amounts, _in_n: {"in"}, _relative_n: amounts, _duration_rule: amounts, _vague_duration: amounts,
        _reference: preps | firsts("reference"), _noon: {"noon", "midnight"},
        _set_every: {"every", "each", "once", "twice", "#"} | numbers,
        _set_adverb: {"daily", "nightly", "weekly", "monthly", "yearly", "annually", "hourly"},
        _holiday: mods | firsts("holiday"),
        _anaphor: {"that", "the", "earlier", "later", "this"}, _weekday_dom: weekdays | {"on"},
        _compound_ago: amounts, _day_of_rel_month: {"the", "around", "#"} | ords, _clock_word: {"midday", "mid", "#"},
        _spelled_md: months | weekdays | ords | numbers | {"the", "#"},
    }
    index: dict[str, list[_Rule]] = {}
    for rule in _rules():
        for key in triggers[rule[1]]:
            index.setdefault(key, []).append(rule)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _requirements() -> dict[Callable, frozenset[str]]:
    """Words a rule cannot match without (any one of them): a text that has none skips the rule."""
    w = time_words()

    def words(kind: str) -> set[str]:
        return {part.replace("'", "") for k in w.kinds.get(kind, {}) for part in re.split(r"[\s-]+", k)}

    months, weekdays, seasons = words("month"), words("weekday"), words("season")
    units = words("unit") | {u + "s" for u in words("unit")} | {"centuries"}
    periods = {"week", "weekend", "month", "year", "quarter", "decade", "century"} | seasons
    need: dict[Callable, set[str]] = {
        _md: months, _my: months, _month: months, _month_rel_year: months, _nth_weekday: weekdays,
        _weekday_of_week: weekdays, _weekday: weekdays, _the_weekend: {"weekend"}, _bare_season: seasons,
        _season: seasons, _relunit: periods, _quarter_rule: {"quarter", "q"}, _half: {"half"},
        _year_quarter: {"quarter", "period"},
        _ago: {"ago", "earlier", "later", "now", "back"}, _in_n: units, _relative_n: units, _duration_rule: units,
        _vague_duration: {"years", "months", "weeks", "days", "decades", "hours"}, _reference: words("reference"),
        _holiday: words("holiday"), _year_ago_period: {"year"}, _the_year: {"year"}, _period_end: {"end"},
        _decade_word: set(_DECADE_WORDS), _last_night: {"night"},
        _spelled_year: {"nineteen", "eighteen", "twenty", "thousand"}, _ordinal_century: {"century"},
        _thispart: {"morning", "afternoon", "evening"}, _relday: words("reldays"), _noon: {"noon", "midnight"},
        _set_every: {"every", "each", "a", "an", "per"},
        _anaphor: {"day", "morning", "afternoon", "evening", "night", "week", "month", "year"}, _weekday_dom: weekdays,
        _compound_ago: {"ago", "earlier", "later", "now", "back"}, _day_of_rel_month: {"month"},
        _clock_word: {"midday", "mid", "morning", "afternoon", "evening", "night"}, _spelled_md: months,
    }
    return {fn: frozenset(v) for fn, v in need.items()}


_MODIFIER_LEFT = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later|beginning\s+of|start\s+of|end\s+of|middle\s+of|"
    r"turn\s+of|first\s+days\s+of|last\s+days\s+of|close\s+of)(?:[\s-]+|-)(?:in\s+|of\s+)?(?:the\s+)?)$", re.I)
_RANGE_MID = re.compile(r"^\s*(?:-|–|—|to|and|until|till|through|thru)\s*$", re.I)
_RANGE_LEFT = re.compile(r"(?:from|between)\s+$", re.I)


class _Groups:
    """A match whose absent or unmatched named groups read as None."""

    __slots__ = ("_m", "_g")

    def __init__(self, m: re.Match) -> None:
        self._m, self._g = m, m.groupdict()

    def __getitem__(self, name: str) -> str | None:
        return self._g.get(name)

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _candidates(text: str, anchor: date | None) -> list[_Found]:
    found: list[_Found] = []
    index = _rules_by_token()
    need = _requirements()
    tokens = [(t.start(), "#" if t.group(0)[0].isdigit() else t.group(0).lower()) for t in _TOKEN.finditer(text)]
    present = {key for _, key in tokens}
    skip = {fn for fn, words in need.items() if words.isdisjoint(present)}
    for start, key in tokens:
        for pattern, fn in index.get(key, ()):
            if fn in skip:
                continue
            m = pattern.match(text, start)
            if m is None or m.end() == m.start():
                continue
            res = fn(_Groups(m), anchor, text)
            if res is None:
                continue
            found.append(_Found(m.start(), m.end(), *res))
    return found


def _select(found: list[_Found]) -> list[_Found]:
    """Longest first, then earliest; no two overlap."""
    chosen: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda f: f.start)


def _trim(text: str, c: _Found) -> _Found:
    """Drop leading prepositions and trailing punctuation from the span; extend over "early", "late", ..."""
    s, e = c.start, c.end
    lead = re.match(r"(?:(?:on|in|at|for|during|since|until|till|by|from|into|up\s+to|within)\s+)", text[s:e], re.I)
    if lead and c.kind != "duration" and lead.end() < e - s:
        s += lead.end()
    while e > s and text[e - 1] in " ,;:":
        e -= 1
    if text[e - 1] == "." and re.search(r"(?:[a-z]{5,}|\d)\.$", text[s:e], re.I):
        e -= 1
    if c.kind == "date" and c.precision in ("year", "month", "week", "quarter", "decade", "half", "season"):
        m = _MODIFIER_LEFT.search(text[max(0, s - 40):s])
        if m:
            s -= len(m.group(0))
    return _Found(s, e, c.value, c.precision, c.kind, c.explicit_year, c.rel)


def _with_year(c: _Found, year_value: str | None) -> str | None:
    """Give a year-less month or day the year of the other end of its range."""
    if not c.value or c.explicit_year or not year_value or c.precision not in ("month", "day"):
        return c.value
    return year_value[:4] + c.value[4:]


def _clock_days(text: str, found: list[_Found]) -> list[_Found]:
    """ "5 p.m. EST Nov. 9", "noon Saturday": a clock time followed by its day is one expression."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if (i + 1 < len(found) and a.precision == "minute" and a.value and found[i + 1].precision == "day"
                and found[i + 1].value and re.fullmatch(r"\s*(?:\([^()]{1,30}\))?\s*(?:,|on)?\s*", text[a.end:found[i + 1].start])):
            b = found[i + 1]
            out.append(_Found(a.start, b.end, b.value[:10] + a.value[10:], "minute", "date", b.explicit_year))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_OFFSET_MID = re.compile(r"\s+(?P<dir>before|after|from|following|prior\s+to)\s+(?:the\s+)?$", re.I)
_SIMPLE_DURATION = re.compile(r"P(\d+)([DWMY])$")


def _offsets(text: str, found: list[_Found]) -> list[_Found]:
    """ "two weeks before Christmas", "3 days after January 12th": a date counted from another date."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        dur = _SIMPLE_DURATION.match(a.value or "") if a.kind == "duration" else None
        mid = _OFFSET_MID.match(text[a.end:b.start]) if b is not None and dur else None
        if mid and b.kind == "date" and b.value and re.fullmatch(r"\d{4}-\d\d-\d\d", b.value):
            n, unit = int(dur.group(1)), dur.group(2)
            sign = -1 if mid["dir"].lower() in ("before", "prior to") else 1
            base = date.fromisoformat(b.value)
            if unit in ("D", "W"):
                d = base + timedelta(days=sign * n * (7 if unit == "W" else 1))
            else:
                y, mo = _shift_months(base.year, base.month, sign * n * (12 if unit == "Y" else 1))
                d = date(y, mo, min(base.day, calendar.monthrange(y, mo)[1]))
            out.append(_Found(a.start, b.end, _day(d), "day", "date", b.explicit_year))
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


def _second_days(text: str, found: list[_Found]) -> list[_Found]:
    """ "April 24 and 25", "May 3-4": the bare day after a date is a day of the same month."""
    out: list[_Found] = []
    for i, f in enumerate(found):
        out.append(f)
        if not (f.kind == "date" and f.value and _DAY_VALUE.match(f.value)):
            continue
        m = _NEXT_DAY.match(text, f.end)
        if not m or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        first = date.fromisoformat(f.value)
        d = _safe_date(first.year, first.month, int(m["d"]))
        if d and d > first:
            out.append(_Found(m.start("d"), m.end(), _day(d), "day", "date", f.explicit_year))
    return out


def _weeks_of(text: str, found: list[_Found]) -> list[_Found]:
    """ "the week of March 6", "Easter week": the ISO week holding the day named."""
    out: list[_Found] = []
    for f in found:
        if f.kind == "date" and f.value and _DAY_VALUE.match(f.value):
            week = _iso_week(date.fromisoformat(f.value))
            before = _WEEK_OF.search(text, max(0, f.start - 16), f.start)
            if before:
                f = _Found(before.start(), f.end, week, "week", "date", f.explicit_year)
            else:
                after = _HOLIDAY_WEEK.match(text, f.end)
                name = text[f.start:f.end]
                if after and not any(ch.isdigit() for ch in name) and not time_words().get("weekday", name) \
                        and not time_words().get("reldays", name):
                    f = _Found(f.start, after.end(), week, "week", "date", f.explicit_year)
        out.append(f)
    return out


def _ranges(text: str, found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
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
                out.append(_Found(s, b.end, f"{start_value}/{b.value}", b.precision, "range", b.explicit_year))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_times(text: str, anchor: date | None, *, doc: "Doc | None" = None) -> list[TimeRef]:
    """Every time expression in `text`, normalised against `anchor` (the publication date).

    `doc`, a spaCy parse of the same text, adds its DATE entities that the grammar missed, where
    the grammar can read them.

        >>> from datetime import date
        >>> [t.value for t in find_times("since February 2022, three years ago", date(2024, 10, 22))]
        ['2022-02', '2021']
    """
    token = _use_tenses(tenses(doc) if doc is not None else None)
    try:
        found = [_trim(text, c) for c in _select(_candidates(text, anchor))]
        if doc is not None:
            found = _add_entities(text, anchor, doc, found)
    finally:
        _reset_tenses(token)
    found = _clock_days(text, sorted(found, key=lambda f: f.start))
    found = _ranges(text, _second_days(text, _weeks_of(text, _offsets(text, found))))
    found = _anaphora([f for f in found if not _title(text, f)], anchor)
    return [TimeRef(text[c.start:c.end], c.start, c.end, c.value, c.precision, c.kind) for c in found]


_TITLE_WORD = re.compile(r"(?-i:Week|Weeks|Minutes|Hours|Noon|Days|Years|Year|Months|Month|Today|Tonight)\b")


def _title(text: str, f: _Found) -> bool:
    """ "60 Minutes", "High Noon", ABC's "This Week": a capitalised time noun inside a sentence names a show or a work."""
    span = text[f.start:f.end]
    m = _TITLE_WORD.search(span)
    if not m:
        return False
    before = text[max(0, f.start - 40):f.start].rstrip(" \t\"'“‘`(")
    return bool(before) and before[-1] not in ".!?:;\n" and not before.endswith("--")


def _add_entities(text: str, anchor: date | None, doc: "Doc", found: list[_Found]) -> list[_Found]:
    out = list(found)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < f.end and f.start < e for f in out):
            continue
        ref = normalise_time(text[s:e], anchor)
        if ref is not None and ref.value is not None:
            out.append(_Found(s, e, ref.value, ref.precision, ref.kind, False))
    return out


def normalise_time(expression: str, anchor: date | None) -> TimeRef | None:
    """One expression ("last Monday", "Oct. 21") as a TimeRef over the whole string, or None.

        >>> from datetime import date
        >>> normalise_time("last week", date(2024, 10, 22)).value
        '2024-W42'
    """
    refs = find_times(expression, anchor)
    if not refs:
        return None
    best = max(refs, key=lambda r: r.end - r.start)
    return TimeRef(expression, 0, len(expression), best.value, best.precision, best.kind)
