"""A news page scraped to plain text -> Article: headline, dates, byline and credits out, prose in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.errors import FormatError
from eventwire.read import furniture as f
from eventwire.read.dates import published_line
from eventwire.read.language import with_language
from eventwire.read.model import Article

# A line this long after the headline is article text even without a final stop.
_LONG_LINE = 8
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


@dataclass
class _Page:
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    credit_line: str | None = None
    categories: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)


def _words(line: str) -> int:
    return len(line.split())


def _is_prose(line: str, *, have_title: bool) -> bool:
    """A line of running text: a sentence (or long enough to be one), not a label or a headline."""
    words = _words(line)
    if words >= 30:
        return True
    if words < 4 or not _TERMINAL.search(line):
        return False
    # A question may be a headline: only prose once the headline is known.
    return have_title or not line.rstrip("\"'”’»)]").endswith("?")


def _is_headline(line: str) -> bool:
    words = _words(line)
    return 1 <= words <= 30 and len(line) <= 250 and line[-1] not in ".,;:" and any(c.isalpha() for c in line)


def _furniture(line: str, page: _Page) -> bool | str:
    """Record what a furniture line says; True if it was furniture, "author-next" after a lone "Written By"."""
    if f.is_close(line) or f.is_junk(line):
        return True
    dated = published_line(line)
    if dated:
        kind, value = dated
        if kind == "published" and not page.published:
            page.published = value
        elif kind == "updated" and not page.updated:
            page.updated = value
        return True
    cited = f.cited_sources(line)
    if cited:
        page.cited += [c for c in cited if c not in page.cited]
        return True
    people = f.contributors(line)
    if people is not None:
        page.contributors += [p for p in people if p not in page.contributors]
        return True
    if f.byline_label(line):
        return "author-next"
    author = f.byline(line)
    if author:
        page.author = page.author or author
        return True
    credit = f.credit(line)
    if credit:
        page.credit_line = page.credit_line or credit
        return True
    return False


def read_text_page(text: str, *, source: str = "", url: str | None = None) -> Article:
    """Read a news page scraped to plain text; raise FormatError if it holds no article text.

    >>> read_text_page("Council backs budget\\n\\nThe city council approved the budget on Monday.").title
    'Council backs budget'
    """
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    page = _Page()
    kept = [False] * len(lines)
    dropped = [False] * len(lines)
    in_body = stopped = False
    expect_author = False
    nonblank = [i for i, line in enumerate(stripped) if line]

    for n, i in enumerate(nonblank):
        line = stripped[i]
        if expect_author:
            expect_author = False
            found = f.names(line)
            if found and _words(line) <= 8:
                page.author = page.author or ", ".join(found)
                dropped[i] = True
                continue
        if stopped:
            # After "Related": link lists. Only a late byline or source line is still read.
            if f.byline_label(line):
                expect_author = True
            elif f.byline(line) or f.cited_sources(line) or f.contributors(line):
                _furniture(line, page)
            continue
        if page.title and abs(len(line) - len(page.title)) < 8 and f.fold(line) == f.fold(page.title):
            dropped[i] = True
            continue
        kind = _furniture(line, page)
        if kind:
            expect_author = kind == "author-next"
            dropped[i] = True
            continue
        if in_body and f.is_stop(line):
            stopped = True
            continue
        if not in_body and not _is_prose(line, have_title=page.title is not None):
            rest = nonblank[n + 1 :]
            if page.title is None and not page.categories:
                follows = any(_is_headline(stripped[j]) and not published_line(stripped[j]) for j in rest[:3])
                cats = f.categories(line, headline_follows=follows)
                if cats:
                    page.categories = cats
                    dropped[i] = True
                    continue
            if page.title is None and _is_headline(line) and rest:
                page.title = line
                dropped[i] = True
                continue
            if page.title is not None and _words(line) >= _LONG_LINE and not f.is_stop(line):
                pass                   # a first paragraph without a final stop: article text
            elif f.is_stop(line) or page.title is not None or _words(line) < 4:
                dropped[i] = True      # header furniture: a standfirst label, a menu entry, a kicker
                continue
        in_body = True
        kept[i] = True

    if not any(kept):
        raise FormatError(
            source or "text",
            "no article text found (only a headline, dates, credits or other page furniture); "
            "pass the page with its article text",
        )
    body = _body(lines, kept, dropped)
    return with_language(Article(
        body=body,
        title=page.title,
        published=page.published or page.updated,
        author=page.author,
        categories=tuple(page.categories),
        credit_line=page.credit_line,
        cited_sources=tuple(page.cited),
        contributors=tuple(page.contributors),
        url=url,
        source=source,
    ))


def _body(lines: list[str], kept: list[bool], dropped: list[bool]) -> str:
    """The original text from the first kept line to the last, without furniture lines in between."""
    first = kept.index(True)
    last = len(kept) - 1 - kept[::-1].index(True)
    span = range(first, last + 1)
    if not any(dropped[i] for i in span) and all(kept[i] or not lines[i].strip() for i in span):
        return "\n".join(lines[first : last + 1]).strip()
    out: list[str] = []
    for i in span:
        if lines[i].strip() and not kept[i]:
            continue
        if not lines[i].strip() and (not out or not out[-1].strip()):
            continue
        out.append(lines[i])
    return "\n".join(out).strip()
