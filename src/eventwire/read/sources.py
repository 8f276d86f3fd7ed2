"""Inputs -> Articles: expand paths, folders, "-" and URLs, pick a reader by name and content, never stop on one bad input."""
from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from eventwire.errors import InputError
from eventwire.read.decode import decode_text
from eventwire.read.feeds import looks_like_feed, read_feed
from eventwire.read.html import looks_like_html, read_html
from eventwire.read.jsonl import read_json, read_jsonl
from eventwire.read.model import Article, Skipped
from eventwire.read.plaintext import read_text_page

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_FEED_EXT = {".rss", ".atom", ".xml"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_GZIP_MAGIC = b"\x1f\x8b"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


def read_sources(sources: Iterable[str], *, allow_private: bool = False, transport=None,
                 max_bytes: int = 50_000_000, timeout: float = 20.0) -> Iterator[Article | Skipped]:
    """Read every source (file, folder, "-" for standard input, http(s) URL), yielding an Article or a Skipped each.

    Folders are read recursively in sorted order, hidden files left out. A bad input yields
    Skipped(source, reason) and reading goes on.

    >>> for item in read_sources(["news/", "https://example.org/story.html"]):
    ...     print(item.title if isinstance(item, Article) else item)
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    for source in map(os.fspath, sources):
        if source == "-":
            yield from _guard("-", lambda: _read_stdin(max_bytes))
        elif "://" in source:
            yield from _guard(source, lambda s=source: _read_url(s, allow_private=allow_private, transport=transport,
                                                                   max_bytes=max_bytes, timeout=timeout))
        else:
            path = Path(source)
            if path.is_dir():
                for file in _walk(path):
                    yield from _guard(str(file), lambda f=file: _read_file(f, max_bytes))
            elif path.is_file():
                yield from _guard(source, lambda: _read_file(path, max_bytes))
            elif path.exists():
                yield Skipped(source, "not a regular file or folder (a device or pipe?); pass a file or folder")
            else:
                yield Skipped(source, "no such file or folder; check the path")


def _guard(source: str, make) -> Iterator[Article | Skipped]:
    """Run one reader; turn an InputError or an OS error into Skipped so the batch goes on."""
    try:
        yield from make()
    except InputError as err:
        yield Skipped(err.source if err.source.startswith(source) else source, err.reason)
    except PermissionError as err:
        yield Skipped(source, f"permission denied ({err.strerror}); check the file's permissions")
    except OSError as err:
        yield Skipped(source, f"cannot be read ({err.strerror or err}); check the file")


# A folder's own documentation is not news: README.md, LICENSE and the like are passed over in a folder walk
# (named on the command line, they are read like any file).
_FOLDER_DOCS = ("readme", "license", "licence", "changelog", "notice")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, recursively, sorted by path; hidden files, folder docs and .md files left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if name.startswith(".") or lower.endswith((".md", ".rst")) or lower.split(".")[0] in _FOLDER_DOCS:
                continue
            yield Path(root) / name


def _too_big(size: int, max_bytes: int) -> str:
    return (f"{size / 1e6:,.1f} MB, over the limit of {max_bytes / 1e6:,.1f} MB; split it, or raise "
            "max_bytes if you mean to read it whole")


def _read_stdin(max_bytes: int) -> Iterator[Article | Skipped]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Skipped("-", "standard input " + _too_big(len(data), max_bytes))
        return
    yield from read_bytes(data, name="-", source="-", max_bytes=max_bytes)


def _read_url(url: str, *, allow_private: bool, transport, max_bytes: int, timeout: float):
    from eventwire.read.fetch import fetch

    fetched = fetch(url, allow_private=allow_private, transport=transport, max_bytes=max_bytes, timeout=timeout)
    name = fetched.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        name += ".html"
    elif fetched.content_type in _FEED_TYPES:
        name += ".xml"
    items = read_bytes(fetched.data, name=name, source=url, url=fetched.url, max_bytes=max_bytes)
    for item in items:
        yield item


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Skipped]:
    source = str(path)
    lower = path.name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        from eventwire.read.warc import read_warc

        with path.open("rb") as stream:
            yield from read_warc(stream, source, max_bytes=max_bytes)
        return
    if lower.endswith(tuple(_JSONL_EXT)) or lower.endswith(tuple(e + ".gz" for e in _JSONL_EXT)):
        opener = gzip.open if lower.endswith(".gz") else open
        with opener(path, "rb") as stream:
            try:
                yield from read_jsonl(stream, source, max_bytes=max_bytes)
            except (EOFError, zlib.error, gzip.BadGzipFile) as err:
                yield Skipped(source, f"truncated gzip: {err}; re-download or recompress it")
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Skipped(source, _too_big(size, max_bytes))
        return
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)
    yield from read_bytes(data, name=path.name, source=source, max_bytes=max_bytes)


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes | Skipped:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inner = stream.read(max_bytes + 1)
    except EOFError as err:
        return Skipped(source, f"truncated gzip: {err}; re-download or recompress it")
    except (gzip.BadGzipFile, zlib.error) as err:
        return Skipped(source, f"damaged gzip ({err}); re-download or recompress it")
    if len(inner) > max_bytes:
        return Skipped(source, "decompressed size " + _too_big(len(inner), max_bytes))
    return inner


def read_bytes(data: bytes, *, name: str, source: str, url: str | None = None,
               max_bytes: int = 50_000_000) -> Iterator[Article | Skipped]:
    """Read one input's bytes, choosing the reader by its name (extension) and then by its content."""
    lower = name.lower()
    if lower.endswith(".gz") or data[:2] == _GZIP_MAGIC:
        if lower.endswith(".warc.gz"):
            from eventwire.read.warc import read_warc

            yield from read_warc(io.BytesIO(data), source, max_bytes=max_bytes)
            return
        inner = _gunzip(data, source, max_bytes)
        if isinstance(inner, Skipped):
            yield inner
            return
        yield from read_bytes(inner, name=name[:-3] if lower.endswith(".gz") else name, source=source, url=url,
                              max_bytes=max_bytes)
        return
    suffix = os.path.splitext(lower)[1]
    if suffix == ".warc" or data[:5] == b"WARC/":
        from eventwire.read.warc import read_warc

        yield from read_warc(io.BytesIO(data), source, max_bytes=max_bytes)
        return
    text, note = decode_text(data, source)
    if suffix in _JSONL_EXT:
        yield from _noted(read_jsonl(text.splitlines(), source, max_bytes=max_bytes), note)
    elif suffix == ".json":
        yield from _noted(read_json(text, source), note)
    elif looks_like_feed(data):
        yield from _noted(read_feed(data, source), note)
    elif suffix in _FEED_EXT and not looks_like_html(data):
        tag = re.search(r"<([A-Za-z][\w:.-]*)", text)
        yield Skipped(source, f"not RSS or Atom (first tag <{tag[1] if tag else '?'}>); pass a feed, or the "
                              "article URL instead")
    elif suffix in _HTML_EXT or looks_like_html(data):
        # The bytes, not our decoding: trafilatura honours the page's declared charset.
        yield read_html(data, source=source, url=url)
    else:
        yield _note(read_text_page(text, source=source, url=url), note)


def _note(item: Article | Skipped, note: str | None) -> Article | Skipped:
    if note and isinstance(item, Article):
        return replace(item, notes=item.notes + (note,))
    return item


def _noted(items: Iterable[Article | Skipped], note: str | None) -> Iterator[Article | Skipped]:
    for item in items:
        yield _note(item, note)
