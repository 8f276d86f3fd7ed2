"""The read stage: sources (files, folders, URLs, feeds, JSONL, WARC) -> Article, or Skipped with the reason.

    from eventwire.read import read_sources
    for item in read_sources(["news/", "https://example.org/feed.xml"]):
        ...

Importing this package loads no parser, detector or HTTP client: each loads when first needed.
"""
from __future__ import annotations

from eventwire.read.model import Article, Skipped

__all__ = ["Article", "Skipped", "read_sources", "read_text_page", "read_html"]


def __getattr__(name: str):
    if name == "read_sources":
        from eventwire.read.sources import read_sources

        return read_sources
    if name == "read_text_page":
        from eventwire.read.plaintext import read_text_page

        return read_text_page
    if name == "read_html":
        from eventwire.read.html import read_html

        return read_html
    raise AttributeError(f"module 'eventwire.read' has no attribute {name!r}")
