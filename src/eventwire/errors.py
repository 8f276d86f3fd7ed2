"""Every error eventwire raises, in one tree.

    EventwireError
    ├── InputError          a source cannot be read (names the input and what to do)
    │   ├── FetchError      a URL could not be fetched or was refused
    │   └── FormatError     the bytes are not an article (binary, empty, bad JSON line, ...)
    ├── ModelError          the spaCy pipeline or a data file is missing
    │   └── DictionaryError a PETRARCH dictionary line cannot be read (names file and line)
    └── StoreError          the database cannot be opened, migrated or written

Each message says what went wrong with which input and what to do about it.
"""
from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises."""


class InputError(EventwireError):
    """A source cannot be read; `source` names it, `reason` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot read {source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched, or was refused before fetching."""


class FormatError(InputError):
    """The input's bytes hold no article eventwire can read."""


class ModelError(EventwireError):
    """A language model or a data file that eventwire needs is missing."""


class DictionaryError(ModelError):
    """A PETRARCH dictionary line cannot be read; the message names the file, the line and the fix."""

    def __init__(self, path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class StoreError(EventwireError):
    """The database cannot be opened, migrated or written."""
