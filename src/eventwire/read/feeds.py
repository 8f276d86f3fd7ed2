"""RSS and Atom feeds -> one Article per entry (feedparser), with the entry's HTML reduced to text."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone

from eventwire.read.language import with_language
from eventwire.read.model import Article, Skipped

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|figcaption)\b[^>]*>")


def looks_like_feed(data: bytes) -> bool:
    """True if the bytes open an RSS, Atom or RDF feed."""
    return bool(_FEED_START.match(data[:4096]))


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph a line, entities decoded, white space tidied."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    from lxml import html as lxml_html

    marked = _BLOCK.sub("\n\n", fragment)
    try:
        text = lxml_html.fromstring(f"<div>{marked}</div>").text_content()
    except Exception:  # lxml raises several types on broken fragments; fall back to removing tags
        text = re.sub(r"<[^>]+>", " ", marked)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _iso(parsed) -> str | None:
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()


def read_feed(data: bytes, source: str) -> Iterator[Article | Skipped]:
    """Each entry of an RSS/Atom feed as an Article (title, published, author, categories, url, body)."""
    try:
        import feedparser
    except ImportError:
        yield Skipped(source, "reading RSS/Atom feeds needs feedparser: pip install feedparser==6.0.14")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if getattr(feed, "bozo", False) else ""
        yield Skipped(source, f"a feed with no entries{problem}; check the feed URL or pass article pages instead")
        return
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{number}"
        contents = entry.get("content") or []
        html = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
        body = html_to_text(html)
        if not body:
            yield Skipped(where, "feed entry has no text (only a title and link); read its link as a URL instead")
            continue
        tags = tuple(dict.fromkeys(t.get("term") for t in entry.get("tags", []) if t.get("term")))
        yield with_language(Article(
            body=body,
            title=html_to_text(entry.get("title", "")) or None,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            author=entry.get("author") or None,
            categories=tags,
            url=entry.get("link") or None,
            sitename=feed.feed.get("title") or None,
            source=where,
        ))
