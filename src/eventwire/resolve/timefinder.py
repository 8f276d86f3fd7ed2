"""Finding time expressions in a text with the grammar of `timepatterns`.

Every rule is tried at each word where its match may begin (`candidates`); the longest non-overlapping matches
are kept (`select_longest`); each span loses a leading preposition and takes in a modifier before it such as
"early" or "the end of" (`trim`).
"""
from __future__ import annotations

import re
from datetime import date

from eventwire.resolve.timecandidate import Found
from eventwire.resolve.timegrammar import time_words
from eventwire.resolve.timepatterns import requirements, rules_by_token


# Where a match may begin: a lower-case word, or "#" for a number, "'" for an apostrophe before one.
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|'(?=\d)")

_MODIFIER_LEFT = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later|beginning\s+of|start\s+of|end\s+of|middle\s+of|"
    r"turn\s+of|first\s+days\s+of|last\s+days\s+of|close\s+of)(?:[\s-]+|-)(?:in\s+|of\s+)?(?:the\s+)?)$", re.I)


# TIMEX3 leaves a preposition before the expression out of its extent (TimeML marks it as a SIGNAL).
# "up to" and "at least" before a count bound the count ("up to 180 days") and stay.
_LEADING_SIGNAL = re.compile(
    r"(?:on|in|at(?!\s+(?:least|most)\b)|for|during|since|until|till|by|from|into|within|over|throughout)\s+", re.I)
_UP_TO = re.compile(r"up\s+to\s+", re.I)
# The article of a noun phrase a time expression only modifies: "the eight-year war", "the third-quarter results",
# "the two day rally", "the Aug. 7 bombings".
_DETERMINER_OF_MODIFIED = re.compile(
    r"(?:the|an?)\s+(?=(?:[\w.]+\s+)?[\w.]+-[a-z][\w-]*$"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:second|minute|hour|day|week|month|year)$"
    r"|(?-i:[A-Z][a-z]{2,8}\.?\s+\d))", re.I)


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


def candidates(text: str, anchor: date | None) -> list[Found]:
    found: list[Found] = []
    index = rules_by_token()
    need = requirements()
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
            found.append(Found(m.start(), m.end(), *res))
    return found


def select_longest(found: list[Found]) -> list[Found]:
    """Longest first, then earliest; no two overlap."""
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda f: f.start)


def trim(text: str, c: Found) -> Found:
    """Drop leading prepositions and trailing punctuation from the span; extend over "early", "late", ..."""
    s, e = c.start, c.end
    lead = _LEADING_SIGNAL.match(text, s, e) or (_UP_TO.match(text, s, e) if c.kind != "duration" else None)
    if lead and lead.end() < e:
        s = lead.end()
    det = _DETERMINER_OF_MODIFIED.match(text, s, e)
    if det and (text[e - 1].isalpha() or time_words().get("month", text[det.end():e].split()[0])):
        s = det.end()
    while e > s and text[e - 1] in " ,;:":
        e -= 1
    if text[e - 1] == "." and re.search(r"(?:[a-z]{5,}|\d)\.$", text[s:e], re.I):
        e -= 1
    if c.kind == "date" and c.precision in ("year", "month", "week", "quarter", "decade", "half", "season"):
        m = _MODIFIER_LEFT.search(text[max(0, s - 40):s])
        if m:
            s -= len(m.group(0))
    return Found(s, e, c.value, c.precision, c.kind, c.explicit_year, c.rel)
