"""An HTML page -> Article, by trafilatura (main text and metadata), tuned for precision."""
from __future__ import annotations

import re

from eventwire.errors import FormatError
from eventwire.read.furniture import byline, cited_sources, contributors, fold, is_close, is_junk
from eventwire.read.language import with_language
from eventwire.read.model import Article

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)


# Fewer words than this is a menu, a caption or a cookie notice, not an article.
_MIN_WORDS = 8


def looks_like_html(data: bytes) -> bool:
    """True if the bytes start the way an HTML document does."""
    return bool(_HTML_START.match(data[:2048]))


def _split(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    items = value if isinstance(value, (list, tuple)) else re.split(r"\s*[;,]\s*", str(value))
    out: list[str] = []
    for item in items:
        item = str(item).strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


def read_html(html: str | bytes, *, source: str = "", url: str | None = None) -> Article:
    """Read the article in an HTML page; raise FormatError if the page has no main text.

    >>> read_html("<html><body><article><p>" + "The council approved the budget. " * 5 + "</p></article></body></html>").body[:32]
    'The council approved the budget.'
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < _MIN_WORDS:
        raise FormatError(
            source or url or "html",
            "no article text found in the HTML (no main content: an index, a login wall or a script-only page?); "
            "pass the article page itself, or its text",
        )
    lines = text.split("\n")
    title = doc.title or None
    if title and len(lines) > 1 and fold(lines[0]) == fold(title):
        lines = lines[1:]              # the headline repeated as the first line of the text
    kept = [line for line in lines if not (is_junk(line) or is_close(line))]
    cited: list[str] = []
    helpers: list[str] = []
    author = doc.author or None
    # Closing lines that name sources, contributors or the author belong in fields, not in the body.
    while len(kept) > 1:
        last = kept[-1].strip()
        if (found := cited_sources(last)) is not None:
            cited = found + [c for c in cited if c not in found]
        elif (people := contributors(last)) is not None:
            helpers = people + [p for p in helpers if p not in people]
        elif (name := byline(last)) is not None:
            author = author or name
        elif last:
            break
        kept.pop()
    text = "\n".join(kept).strip()
    return with_language(Article(
        body=text,
        title=title,
        published=(doc.date or None),
        author=author,
        cited_sources=tuple(cited),
        contributors=tuple(helpers),
        categories=_split(doc.categories),
        url=(doc.url or url or None),
        sitename=(doc.sitename or None),
        source=source or url or "",
    ))
