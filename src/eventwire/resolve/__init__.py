"""Resolve: the actors, places, times and amounts of a parsed article, each with offsets into its body."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.resolve.model import ActorRef, Amount, Place, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Mentions:
    actors: tuple[ActorRef, ...]
    places: tuple[Place, ...]
    times: tuple[TimeRef, ...]
    amounts: tuple[Amount, ...]


def anchor_date(published: str | None) -> dt.date | None:
    """The publication date as a date, from an ISO 8601 date or date-time; None if absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_doc(doc: "Doc", published: str | None) -> Mentions:
    from eventwire.resolve.actors import find_actors
    from eventwire.resolve.amounts import find_amounts
    from eventwire.resolve.places import find_places
    from eventwire.resolve.times import find_times

    anchor = anchor_date(published)
    actors = find_actors(doc, on=anchor)
    countries = [a.country for a in actors if a.country and a.country != "IGO"]
    places = find_places(doc, countries=countries)
    times = find_times(doc.text, anchor, doc=doc)
    amounts = find_amounts(doc.text, doc=doc)
    return Mentions(tuple(actors), tuple(places), tuple(times), tuple(amounts))
