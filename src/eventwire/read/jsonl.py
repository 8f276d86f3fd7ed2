"""JSONL records -> Articles: one {"id", "text", "published", "title", "url"} object a line, `text` kept exactly."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.read.language import with_language
from eventwire.read.model import Article, Skipped


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def record_article(record: object, source: str) -> Article | Skipped:
    """One JSON record as an Article; its body is `text` exactly as given, so offsets index it."""
    if not isinstance(record, dict):
        return Skipped(source, f"a JSON {type(record).__name__}, not an object; each line must be "
                               '{"text": "...", "id": "...", "published": "YYYY-MM-DD", ...}')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(source, 'no "text" (or it is empty or not a string); each record needs the article text '
                               'in "text"')
    return with_language(Article(
        body=text,
        title=_str_or_none(record.get("title")),
        published=_str_or_none(record.get("published")),
        author=_str_or_none(record.get("author")),
        url=_str_or_none(record.get("url")),
        source=source,
        given_id=_str_or_none(record.get("id")),
        language=_str_or_none(record.get("language")),
    ))


def read_jsonl(lines: Iterable[bytes | str], source: str, *, max_bytes: int = 50_000_000) -> Iterator[Article | Skipped]:
    """Each line of a JSONL stream as an Article; a bad line is Skipped with its number and the rest goes on."""
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if len(raw) > max_bytes:
            yield Skipped(where, f"line is {len(raw):,} bytes, over the limit of {max_bytes:,}; split the record "
                                 "or raise max_bytes")
            continue
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield Skipped(where, f"not valid UTF-8 ({err.reason} at byte {err.start}); save the file as UTF-8")
                continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not JSON ({err.msg} at column {err.colno}); fix or remove the line")
            continue
        yield record_article(record, where)


def read_json(text: str, source: str) -> Iterator[Article | Skipped]:
    """A .json file: one record, or a list of records (numbered source#1, #2, ...)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(source, f"not JSON ({err.msg} at line {err.lineno}, column {err.colno}); fix the file")
        return
    if isinstance(data, list):
        for number, record in enumerate(data, start=1):
            yield record_article(record, f"{source}#{number}")
    else:
        yield record_article(data, source)
