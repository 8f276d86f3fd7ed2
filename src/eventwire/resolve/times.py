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

from datetime import date
from typing import TYPE_CHECKING

from eventwire.resolve.model import TimeRef
from eventwire.resolve.timecandidate import Found
from eventwire.resolve.timecompose import (
    add_second_days, is_title, join_clock_days, join_offsets, join_ranges, resolve_anaphora, widen_weeks_of,
)
from eventwire.resolve.timefinder import candidates, select_longest, trim
from eventwire.resolve.timetense import tenses
from eventwire.resolve.timetense import reset as _reset_tenses
from eventwire.resolve.timetense import use as _use_tenses
# Re-exported: callers import these names from this module.
from eventwire.resolve.timegrammar import parse_number, pieces, time_words  # noqa: F401
from eventwire.resolve.timetense import tense_at  # noqa: F401

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
        found = [trim(text, c) for c in select_longest(candidates(text, anchor))]
        if doc is not None:
            found = _add_entities(text, anchor, doc, found)
    finally:
        _reset_tenses(token)
    found = join_clock_days(text, sorted(found, key=lambda f: f.start))
    found = join_ranges(text, add_second_days(text, widen_weeks_of(text, join_offsets(text, found))))
    found = resolve_anaphora([f for f in found if not is_title(text, f)], anchor)
    return [TimeRef(text[c.start:c.end], c.start, c.end, c.value, c.precision, c.kind) for c in found]


def _add_entities(text: str, anchor: date | None, doc: "Doc", found: list[Found]) -> list[Found]:
    out = list(found)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < f.end and f.start < e for f in out):
            continue
        ref = normalise_time(text[s:e], anchor)
        if ref is not None and ref.value is not None:
            out.append(Found(s, e, ref.value, ref.precision, ref.kind, False))
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
