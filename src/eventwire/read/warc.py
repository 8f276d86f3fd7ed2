"""WARC archives -> one Article per HTML response record (warcio, then trafilatura)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from eventwire.errors import InputError
from eventwire.read.html import read_html
from eventwire.read.model import Article, Skipped


def read_warc(stream: BinaryIO, source: str, *, max_bytes: int = 50_000_000) -> Iterator[Article | Skipped]:
    """Each HTML response in a WARC (plain or gzipped) as an Article; source is "path#target-URI"."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Skipped(source, "reading WARC archives needs warcio: pip install warcio==1.8.1")
        return

    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            found += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{source}#{uri or found}"
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Skipped(where, f"record over the limit of {max_bytes:,} bytes; raise max_bytes to read it")
                continue
            try:
                yield read_html(data, source=where, url=uri or None)
            except InputError as err:
                yield Skipped(where, err.reason)
    except ArchiveLoadFailed as err:
        yield Skipped(source, f"not a readable WARC ({err}); check that the file is complete")
        return
    except (EOFError, OSError) as err:
        yield Skipped(source, f"WARC ends early or is damaged ({err}); re-download it")
        return
    if not found:
        yield Skipped(source, "WARC holds no HTML response records; pass a WARC of crawled article pages")
