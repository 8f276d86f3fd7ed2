"""Store: coded articles in SQLite, identical events merged with their sources counted, queried by filters.

    >>> from eventwire.store import Store, EventQuery
    >>> with Store(":memory:") as store:
    ...     store.save(coded)
    ...     store.events(EventQuery(country="UKR", type="AID"))
"""
from __future__ import annotations

from eventwire.store.merge import merge_key
from eventwire.store.model import EventQuery, SaveResult
from eventwire.store.sqlite import Store

__all__ = ["EventQuery", "SaveResult", "Store", "merge_key"]
