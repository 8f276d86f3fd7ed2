"""What the coder makes: events and claims, each pointing at the sentence that supports it."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum

from eventwire.read.model import Article
from eventwire.resolve.model import ActorRef, Amount, Place, TimeRef


class Status(str, Enum):
    """How the article presents an event (PLOVER's auxiliary modes)."""

    ASSERTED = "asserted"          # the article states it happened
    CLAIMED = "claimed"            # only a named speaker says so
    HEDGED = "hedged"              # allegedly, reportedly, is believed to
    FUTURE = "future"              # will, plans to, is expected to
    HYPOTHETICAL = "hypothetical"  # could, may, potential, if
    NEGATED = "negated"            # did not, denied (but a refusal is itself a REJECT, asserted)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence behind an event: offsets into the article body."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "trigger": self.trigger,
                "trigger_start": self.trigger_start, "trigger_end": self.trigger_end}


def _actor_dict(actor: ActorRef) -> dict:
    return {"text": actor.text, "name": actor.name, "country": actor.country,
            "sector": actor.sector, "office": actor.office}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, where, how much, and who says so."""

    type: str                              # PLOVER type, "AID"
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    status: Status
    claimed_by: str | None
    date: str | None
    date_text: str | None
    date_source: str | None                # "text" (an expression in the clause) or "publication"
    location: Place | None
    amount: Amount | None
    evidence: Evidence
    confidence: float

    @property
    def id(self) -> str:
        """Stable within an article: type, roles and the trigger's position."""
        key = "|".join([self.type, self.mode or "", self.status.value,
                        ",".join(a.country or a.name or a.text for a in self.actor),
                        ",".join(a.country or a.name or a.text for a in self.recipient),
                        str(self.evidence.trigger_start)])
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "context": list(self.context),
            "cameo": self.cameo, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "actor": [_actor_dict(a) for a in self.actor],
            "recipient": [_actor_dict(a) for a in self.recipient],
            "status": self.status.value, "claimed_by": self.claimed_by,
            "date": self.date, "date_text": self.date_text, "date_source": self.date_source,
            "location": _place_dict(self.location),
            "amount": self.amount.to_dict() if self.amount else None,
            "evidence": self.evidence.to_dict(), "confidence": self.confidence,
        }


def _place_dict(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid}


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: speaker, reporting cue, and the span of what is claimed."""

    speaker: ActorRef
    cue: str
    cue_start: int
    cue_end: int
    content: str
    content_start: int
    content_end: int
    status: Status = Status.ASSERTED       # how the reporting itself is framed ("may have said" -> hedged)

    def to_dict(self) -> dict:
        return {"speaker": _actor_dict(self.speaker), "cue": self.cue,
                "content": {"text": self.content, "start": self.content_start, "end": self.content_end},
                "status": self.status.value}


@dataclass(frozen=True, slots=True)
class Coded:
    """One article with everything eventwire found in it."""

    article: Article
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeRef, ...] = ()
    amounts: tuple[Amount, ...] = ()
    note: str | None = None        # why an article was stored but not coded ("language 'fr' is not coded")
    story_type: str | None = None  # the PLOVER type of the article's main event (coder and typer together)
    story_mode: str | None = None  # the PLOVER mode of that event, where its type has modes
    main: Event | None = None      # the coded event that carries story_type, where one does

    @property
    def main_event(self) -> Event | None:
        """The event the article is about: the one carrying its story type, else the first one coded (news
        leads with the main event)."""
        if self.story_type is not None:
            return self.main
        return min(self.events, key=lambda e: e.evidence.trigger_start, default=None)

    def to_dict(self) -> dict:
        return {
            "id": self.article.id,
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
            "story_type": self.story_type,
            "story_mode": self.story_mode,
            "main_event": self.main.id if self.main is not None else None,
            "note": self.note,
        }
