"""Bytes to text: refuse empty and binary input, try UTF-8 first, say what was done otherwise."""
from __future__ import annotations

import codecs

from eventwire.errors import FormatError

# Share of characters that may be control characters (other than tab, newline, carriage return, form feed)
# before the bytes are taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


def looks_binary(data: bytes) -> bool:
    """True if the bytes hold NUL bytes in their first 8 kB: text files never do."""
    return b"\x00" in data[:8192]


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS) or 0x7F <= ord(ch) < 0xA0)
    return controls / len(sample)


def decode_text(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode bytes as text and return (text, note); note says what was done when it was not plain UTF-8.

    Raises FormatError for empty or binary input, or bytes that no text encoding explains.
    """
    if not data.strip():
        raise FormatError(source, "empty file (no text at all); check that it was saved or downloaded completely")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "decoded as UTF-16 (byte-order mark)"
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise FormatError(source, "binary file (NUL bytes), not text; pass a text, HTML, JSONL, feed or WARC file")
    note = None
    if data.startswith(codecs.BOM_UTF8):
        data, note = data[3:], "UTF-8 byte-order mark removed"
    try:
        return data.decode("utf-8"), note
    except UnicodeDecodeError as err:
        first_bad = err.start
    text, encoding = _fallback(data, source)
    return text, f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {encoding}"


def _fallback(data: bytes, source: str) -> tuple[str, str]:
    """Windows-1252 (the usual culprit for invalid UTF-8 in news text), else Latin-1, if the result reads as text."""
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise FormatError(
            source,
            "not valid UTF-8 and not readable as Windows-1252/Latin-1 text (control characters); "
            "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)",
        )
    return text, encoding
