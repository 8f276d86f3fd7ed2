"""Builders for store and export tests: coded articles made directly from the stage dataclasses."""
from __future__ import annotations

from eventwire.code.model import Claim, Coded, Event, Evidence, Status
from eventwire.read.model import Article
from eventwire.resolve.model import ActorRef, Amount, Place

KYIV = Place("Kyiv", 0, 4, "Kyiv", "UKR", 50.45, 30.52, 703448)


def actor(text: str, country: str | None = None, *, name: str | None = None, sector: str | None = "GOV",
          office: str | None = None) -> ActorRef:
    return ActorRef(text, 0, len(text), name or text, country, sector, office)


def event(body: str, trigger: str, *, type: str = "AID", mode: str | None = "military",
          actors=(), recipients=(), date: str | None = "2024-10-21", status: Status = Status.ASSERTED,
          claimed_by: str | None = None, location: Place | None = None, amount: Amount | None = None,
          cameo: str | None = "072", quad_class: int | None = 2, goldstein: float | None = 8.3,
          confidence: float = 0.9) -> Event:
    t = body.index(trigger)
    start = body.rfind(". ", 0, t)
    start = 0 if start < 0 else start + 2
    end = body.find(".", t)
    end = len(body) if end < 0 else end + 1
    evidence = Evidence(body[start:end], start, end, trigger, t, t + len(trigger))
    return Event(type, mode, (mode,) if mode else (), cameo, quad_class, goldstein, tuple(actors),
                 tuple(recipients), status, claimed_by, date, "on Monday" if date else None,
                 "text" if date else None, location, amount, evidence, confidence)


def aid_article(body: str, *, url: str = "https://example.org/a", published: str = "2024-10-22",
                given_id: str | None = None, actor_text: str = "Lloyd Austin", amount: bool = True) -> Coded:
    """An article reporting US military aid to Ukraine on 2024-10-21."""
    article = Article(body=body, title="Aid", published=published, url=url, source=url, language="en",
                      categories=("Politics",), given_id=given_id)
    money = Amount("$400 million", body.find("$"), body.find("$") + 12, 400000000, "USD") if amount else None
    aid = event(body, "announced", actors=[actor(actor_text, "USA", office="Secretary of Defense")],
                recipients=[actor("Ukraine", "UKR")], location=KYIV, amount=money)
    claim = Claim(actor("Zelensky", "UKR"), "said", 0, 4, "the aid matters", 5, 20)
    return Coded(article, events=(aid,), claims=(claim,), actors=(actor(actor_text, "USA"),))
