"""What the resolvers find in an article: actors, places, times and amounts, each pointing into the body."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A mention of an actor: a person, a group or a government, resolved as of the article's date.

    `name` is the canonical name ("Lloyd Austin" for "he", "Austin" or "the US defense secretary");
    `country` an ISO 3166 alpha-3 code or "IGO"; `sector` a PLOVER sector code (GOV, MIL, REB, ...).
    """

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    kind: str = "person"        # person, country, capital, organisation, group, pronoun, document (its author)

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "sector": self.sector, "office": self.office}


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    text: str
    start: int
    end: int
    name: str
    country: str | None           # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    feature: str = "city"         # country, admin1, city, region

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid}


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression normalised against the publication date.

    `value` is ISO-like: "2024-10-21" (day), "2024-W43" (week), "2024-10" (month), "2024" (year);
    None where the expression cannot be anchored (a bare duration, say).
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None         # day, week, month, quarter, year, decade; None for a duration
    kind: str = "date"            # date, range, duration, set

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end,
                "value": self.value, "precision": self.precision}


@dataclass(frozen=True, slots=True)
class Amount:
    """A quantity: money ("$400 million" -> 400000000 USD) or a PLOVER count (12 dead)."""

    text: str
    start: int
    end: int
    value: float
    unit: str                     # ISO 4217 for money ("USD"), else killed, injured, arrested, people, troops

    def to_dict(self) -> dict:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "text": self.text}
