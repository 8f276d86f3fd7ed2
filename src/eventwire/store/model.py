"""What the store answers with: the result of saving an article, and a query for events."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What saving one coded article did.

    `added` is False when an article with the same content hash was stored before (nothing was written);
    `events_added` counts events new to the store, `events_merged` those that matched a stored event and
    only added a mention (and a source when the article is new to that event).
    """

    article_id: str
    added: bool
    events_added: int = 0
    events_merged: int = 0


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for `Store.events`; every field is optional and they combine with AND.

    Countries are ISO 3166 alpha-3 codes ("USA"; alpha-2 and English names are accepted too); `country`
    matches either role. `date_from`/`date_to` are inclusive ISO dates (2024-10-01) compared with the first
    day of each event's date. `text` is a case-insensitive substring of an evidence sentence or of an
    actor's or recipient's name or text.

    >>> EventQuery(actor_country="USA", type="AID", date_from="2024-10-01", limit=20)
    """

    actor_country: str | None = None
    recipient_country: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0
