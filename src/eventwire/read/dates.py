"""Publication dates as pages print them ("PublishedOctober 22, 2024", "22 Oct 2024 10:31 BST") to ISO 8601."""
from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_ORD = r"(?:st|nd|rd|th)?"

# Fixed offsets of the zone names news sites print; the US "ET/CT/MT/PT" depend on daylight saving time.
_ZONES = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "WET": "+00:00", "BST": "+01:00", "CET": "+01:00",
    "WAT": "+01:00", "CEST": "+02:00", "EET": "+02:00", "SAST": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "AST": "-04:00", "IST": "+05:30", "PKT": "+05:00", "HKT": "+08:00", "SGT": "+08:00", "JST": "+09:00",
    "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00",
}
_US_ZONES = {"ET": (-5, -4), "CT": (-6, -5), "MT": (-7, -6), "PT": (-8, -7)}
_ZONE = r"(?P<tz>" + "|".join(sorted(list(_ZONES) + list(_US_ZONES), key=len, reverse=True)) + \
    r"|(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})"

_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?![\d])"),
    re.compile(_MONTH + r"\s*(?P<d>\d{1,2})" + _ORD + r",?\s*(?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})" + _ORD + r"\s*(?:of\s+)?" + _MONTH + r",?\s*(?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
]
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?|\s*(?P<ampm2>[ap]\.?m\.?))"
    r"(?![\d])(?:\s*\(?" + _ZONE + r"\)?)?(?![a-z])",
    re.I,
)
_ISO_TIME = re.compile(r"T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?")

_LABEL = re.compile(
    r"^(?P<label>(?i:first\s+published|last\s+updated|last\s+modified|published|updated|posted|modified|"
    r"date(?:line)?|created))(?![a-z])\s*(?i:on|at)?\s*[:：]?\s*"
)
_BULLETS = " \t•·●▪‣◦*-–—|>"
# Words allowed beside a date on a published line (they say nothing more than "when").
_FILLER = re.compile(r"\b(?:on|at|the|of|and|" + _WEEKDAY + r"|local time|time)\b", re.I)


def _us_offset(zone: str, day: date) -> str:
    """US zones switch to daylight time from the second Sunday of March to the first Sunday of November."""
    standard, daylight = _US_ZONES[zone]
    march = date(day.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = date(day.year, 11, 1)
    end = november + timedelta(days=(6 - november.weekday()) % 7)
    hours = daylight if start <= day < end else standard
    return f"{hours:+03d}:00"


def _offset(tz: str | None, day: date) -> str:
    if not tz:
        return ""
    tz = tz.strip()
    upper = tz.upper()
    if upper in _ZONES:
        return _ZONES[upper]
    if upper in _US_ZONES:
        return _us_offset(upper, day)
    match = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])\s?(\d{1,2}):?(\d{2})?", upper)
    if match:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return ""


def _find_date(text: str) -> tuple[date, tuple[int, int]] | None:
    best = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match or (best and best[1][0] <= match.start()):
            continue
        groups = match.groupdict()
        year = int(groups["y"])
        if "mon" in groups and groups["mon"]:
            month, day = _MONTHS[groups["mon"].lower().rstrip(".")], int(groups["d"])
        elif "mo" in groups and groups.get("mo"):
            month, day = int(groups["mo"]), int(groups["d"])
        else:
            first, second = int(groups["a"]), int(groups["b"])
            # 22/10/2024 and 22.10.2024 are day first; 10/22/2024 month first; ambiguous "/" dates read US-style.
            if first > 12 or (groups["sep"] == "." and second <= 12):
                day, month = first, second
            else:
                month, day = first, second
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if not 1900 <= year <= 2100:
            continue
        best = (found, match.span())
    return best


def _find_time(text: str, day: date) -> tuple[str, tuple[int, int]] | None:
    match = _TIME.search(text)
    if not match:
        return None
    hour, minute, second = int(match["h"]), int(match["m"] or 0), int(match["s"] or 0)
    ampm = (match["ampm"] or match["ampm2"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}{_offset(match['tz'], day)}", match.span()


def parse_date_text(text: str) -> str | None:
    """The ISO 8601 date (or date-time when a time is given) in a short text, or None.

    >>> parse_date_text("October 22, 2024 10:31 AM EDT")
    '2024-10-22T10:31:00-04:00'
    """
    iso = _ISO_TIME.search(text)
    found = _find_date(text)
    if not found:
        return None
    day, (start, end) = found
    if iso and iso.start() == end:
        offset = iso["tz"] or ""
        if offset == "Z":
            offset = "+00:00"
        elif offset and ":" not in offset:
            offset = offset[:3] + ":" + offset[3:]
        return f"{day.isoformat()}T{iso['h']}:{iso['m']}:{iso['s'] or '00'}{offset}"
    rest = text[:start] + " " + text[end:]
    time = _find_time(rest, day)
    return f"{day.isoformat()}T{time[0]}" if time else day.isoformat()


def published_line(line: str) -> tuple[str, str] | None:
    """(kind, ISO value) when a line only says when the page was published or updated, else None.

    kind is "published" or "updated". Accepts "PublishedOctober 22, 2024", "• Published: 22 Oct 2024",
    "Updated 10:31 AM EDT, Tue October 22, 2024", "October 22, 2024 10:31 AM EDT".
    """
    text = line.strip().lstrip(_BULLETS).strip()
    if not text or len(text) > 160:
        return None
    parts = [part for part in re.split(r"\s[|•·]\s", text) if part.strip()]
    if len(parts) > 1:
        found = [published_line(part) for part in parts]
        if all(found):
            return next((f for f in found if f[0] == "published"), found[0])
        return None
    kind = "published"
    label = _LABEL.match(text)
    if label:
        if re.match(r"(?i)(last\s+)?(updated|modified)", label["label"]):
            kind = "updated"
        text = text[label.end():]
    found = _find_date(text)
    if not found:
        return None
    day, (start, end) = found
    rest = text[:start] + " " + text[end:]
    time = _find_time(rest, day)
    if time:
        rest = rest[: time[1][0]] + " " + rest[time[1][1]:]
    if re.search(r"[A-Za-z]{2,}", _FILLER.sub(" ", rest)):
        # Something else is said on the line ("Updated" twice, a second date label, prose): not a date line,
        # unless the leftover is a second labelled time such as "| Updated 11:02 AM".
        second = _LABEL.sub("", _FILLER.sub(" ", rest).strip().lstrip(_BULLETS).strip())
        if re.search(r"[A-Za-z]{2,}", _FILLER.sub(" ", _TIME.sub(" ", second))):
            return None
    return kind, (f"{day.isoformat()}T{time[0]}" if time else day.isoformat())
