"""The Article: what the read stage makes of one source."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, its body as plain text; every offset eventwire reports indexes `body`."""

    body: str
    title: str | None = None
    published: str | None = None          # ISO 8601: "2024-10-22" or "2024-10-22T09:30:00+00:00"
    author: str | None = None
    categories: tuple[str, ...] = ()
    credit_line: str | None = None        # "Phil Stewart / Reuters": photo or wire credit, not the author
    cited_sources: tuple[str, ...] = ()   # "With input from ABC News, ..." -> ("ABC News", ...)
    language: str | None = None           # ISO 639-1, "en"
    url: str | None = None
    source: str = ""                      # where it was read: a path, "path:line", a URL, "-"
    given_id: str | None = None           # the id a JSONL record gave, if any
    contributors: tuple[str, ...] = ()    # "Additional reporting by Ann Lee" -> ("Ann Lee",)
    sitename: str | None = None           # the publisher a page names, "Reuters"
    notes: tuple[str, ...] = ()           # what reading did that a user should know ("decoded as Windows-1252")

    @property
    def hash(self) -> str:
        """SHA-256 of the body with white space folded: the same article read twice has one hash."""
        folded = " ".join(self.body.split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return self.given_id or self.hash[:16]

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "categories": list(self.categories),
            "credit_line": self.credit_line,
            "cited_sources": list(self.cited_sources),
            "body": self.body,
            "language": self.language,
            "url": self.url,
            "source": self.source,
            "hash": self.hash,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why: a batch never drops an input silently."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.source}: {self.reason}"
