"""When two reports are the same event: the merge key, and the first day of a coded date.

The merge key of an event is

    (type, mode, status, sorted set of actor keys, sorted set of recipient keys, date)

where an actor's key is its ISO3 country when it has one, else its canonical name (else its text), folded to
lower case. So "Lloyd Austin" and "Washington" (both USA) giving Ukraine aid on 2024-10-21 are one event, and
two articles reporting it give one event with two sources. An event without a date never merges across
articles: its key carries the article id, since nothing says two undated reports are the same occurrence.
`claimed_by`, location, amount and evidence are not in the key; the first report's values are kept and later
reports fill what it lacked.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from eventwire.code.model import Event
from eventwire.resolve.model import ActorRef


def actor_key(actor: ActorRef) -> str:
    if actor.country:
        return actor.country.upper()
    return (actor.name or actor.text).strip().casefold()


def merge_key(event: Event, article_id: str) -> str:
    """The key under which reports of the same event merge (see the module docstring)."""
    actors = ",".join(sorted({actor_key(a) for a in event.actor}))
    recipients = ",".join(sorted({actor_key(a) for a in event.recipient}))
    date = event.date or f"undated@{article_id}"
    return "|".join([event.type.upper(), event.mode or "", event.status.value, actors, recipients, date])


def event_id(key: str) -> str:
    """A stable id for a merged event: the same key gives the same id in every database."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$|^(\d{3})0s$")


def date_start(date: str | None) -> str | None:
    """The first day of a coded date, ISO: "2024-W43" -> "2024-10-21", "2024-10" -> "2024-10-01"."""
    if not date:
        return None
    try:
        if m := _DAY.match(date):
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        if m := _WEEK.match(date):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat()
        if m := _QUARTER.match(date):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1).isoformat()
        if m := _MONTH.match(date):
            return dt.date(int(m[1]), int(m[2]), 1).isoformat()
        if m := _YEAR.match(date):
            return f"{m[1]}-01-01"
        if m := _DECADE.match(date):
            return f"{m[1] or m[2]}0-01-01"
    except ValueError:
        return None
    return None
