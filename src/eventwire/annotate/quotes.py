"""Quotations in a parsed document: where each opens and closes, and which tokens they hold.

Found once per document and kept in its user data, for the actor resolver (a name inside a quotation is no
antecedent for a pronoun outside it) and for claims (a quotation's speaker and its run-on paragraphs).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING = ("“", "``", "‘‘")
CLOSING = ("”", "’’")
EITHER = ('"', "''")
SPEECH_END = (",", "?", "!", ".", "…")
QUOTE_KEY = "eventwire.quotes"


class Quotes:
    """The quotations of a document: each opening mark's closing partner and back, found once per document.

    A quotation left open at the end of a paragraph (a quote running on into the next paragraph) closes there.
    """

    def __init__(self, doc: "Doc"):
        self.close_of: dict[int, int] = {}
        self.open_of: dict[int, int] = {}
        self.inside: dict[int, int] = {}          # token index -> opening mark of the quotation holding it
        open_at: int | None = None
        last_word = -1
        for tok in doc:
            if tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_:
                if open_at is not None and last_word > open_at:
                    self._pair(open_at, last_word, closed=False)
                open_at = None
                if tok.is_space:
                    continue
            kind = mark(tok.text)
            if kind == "either":
                kind = direction(doc, tok) or ("open" if open_at is None else "close")
            if kind == "open":
                if open_at is not None and last_word > open_at and doc[last_word].text in SPEECH_END[1:]:
                    # a quotation running on into a new paragraph reopens with no closing mark before it
                    self._pair(open_at, last_word, closed=False)
                open_at = tok.i
            elif kind == "close" and open_at is not None:
                self._pair(open_at, tok.i, closed=True)
                open_at = None
            if not tok.is_space:
                last_word = tok.i
        if open_at is not None and last_word > open_at:
            self._pair(open_at, last_word, closed=False)

    def _pair(self, first: int, last: int, *, closed: bool) -> None:
        self.close_of[first] = last
        if closed:
            self.open_of[last] = first
        for i in range(first + 1, last):
            self.inside[i] = first

    @classmethod
    def of(cls, doc: "Doc") -> "Quotes":
        found = doc.user_data.get(QUOTE_KEY)
        if not isinstance(found, cls):
            found = cls(doc)
            doc.user_data[QUOTE_KEY] = found
        return found

    def is_speech(self, doc: "Doc", first: int, last: int) -> bool:
        """A quoted utterance, not a quoted word or title: three words or more, or closing on speech punctuation."""
        words = sum(1 for t in doc[first + 1:last] if t.is_alpha)
        return words >= 3 or (last - 1 > first and doc[last - 1].text in SPEECH_END and words >= 1)

    def run_on(self, doc: "Doc", close: int, sent_end: int, *, through_paragraph: bool = False) -> int:
        """Where a quotation ends once the quotations that continue it are added: "'...,' he said, '...'" and
        quoted sentences that follow with no cue of their own, up to three. A quoted sentence that text follows
        in its paragraph may be another speaker's; `through_paragraph` takes it on all the same where it is a
        sentence of its own, as papers that run a paragraph's quotations and narration together print them."""
        last = close
        for j in range(close + 1, sent_end):
            if j in self.close_of:
                if doc[previous_word(doc, j - 1)].text == ",":
                    last = self.close_of[j]
                break
        end = max(last, sent_end - 1)
        for _ in range(3):
            i = next_word(doc, end + 1)
            if i >= len(doc) or i not in self.close_of:
                break
            quote_end = self.close_of[i]
            after = next_word(doc, quote_end + 1)
            if after < len(doc) and not paragraph_between(doc, quote_end, after) and not (
                    through_paragraph and _starts_sentence(doc, after)):
                break           # text follows the quotation in its paragraph: it may have a cue of its own
            last = end = quote_end
        return last


def mark(text: str) -> str | None:
    if text in OPENING:
        return "open"
    if text in EITHER:
        return "either"
    if text in CLOSING or (text[:1] == "”" and not text[1:].isalnum()):
        return "close"
    return None


def direction(doc: "Doc", tok: "Token") -> str | None:
    """Which way a straight quote mark faces, from the spaces around it: '"' before a word and after a space
    opens, one after a word and before a space closes; None when the spaces do not tell."""
    before = tok.i == 0 or bool(doc[tok.i - 1].whitespace_) or doc[tok.i - 1].is_space
    after = bool(tok.whitespace_) or tok.i + 1 == len(doc) or doc[tok.i + 1].is_space
    if before and not after and tok.i + 1 < len(doc) and (doc[tok.i + 1].is_alpha or doc[tok.i + 1].is_digit
                                                             or doc[tok.i + 1].text in "(["):
        return "open"
    if after and not before:
        return "close"
    return None


def skip(doc: "Doc", i: int, chars: str) -> int:
    """The first index from i that is not white space and not one of `chars`."""
    while i < len(doc) and (doc[i].is_space or (chars and doc[i].text in chars)):
        i += 1
    return i


def previous_word(doc: "Doc", i: int) -> int:
    while i > 0 and doc[i].is_space:
        i -= 1
    return i


def next_word(doc: "Doc", i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def paragraph_between(doc: "Doc", a: int, b: int) -> bool:
    return "\n" in doc[a].whitespace_ or any("\n" in doc[i].text_with_ws for i in range(a + 1, b))


def _starts_sentence(doc: "Doc", i: int) -> bool:
    """Whether token i opens a sentence: the parser's boundary, and a capital after the quotation's full stop."""
    before = doc[previous_word(doc, i - 1)]
    inner = doc[previous_word(doc, before.i - 1)] if mark(before.text) else before
    return doc[i].is_sent_start and inner.text in (".", "?", "!") and doc[i].text[:1].isupper()
