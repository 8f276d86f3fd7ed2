"""The one data flow: read -> annotate -> resolve -> code. Every front end (CLI, API, eval) goes through here."""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.code.model import Claim, Event
from eventwire.read.model import Article
from eventwire.resolve.model import ActorRef, Amount, Place, TimeRef


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

    def to_dict(self) -> dict:
        return {
            "id": self.article.id,
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "actors": [a.to_dict() for a in self.actors],
            "note": self.note,
        }
