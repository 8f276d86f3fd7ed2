"""The tense of the verb that governs a time expression, read from a spaCy parse.

"The minister met him Monday" (past: the Monday just gone) against "the minister meets him Monday"
or "will meet him Monday" (future: the coming Monday). `tenses(doc)` maps the character offset of
each noun that modifies a verb directly to "past", "future" or "present"; `find_times` consults it,
through `tense_at`, for a bare weekday, which could lie on either side of the publication date.
"""
from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs whose infinitive complement lies ahead ("plans to meet on Friday").
_INTENT = frozenset("""plan intend expect schedule hope want aim prepare agree decide promise threaten vow seek
propose set due hope wish need try arrange""".split())
# Reporting verbs in the present tense ("says Monday") do not make what they report future.
_REPORT = frozenset("say tell report announce claim confirm insist deny add note write".split())
_FUTURE_AUX = frozenset("will shall 'll wo would".split())
_MODAL = frozenset("can may might should must".split())

_TENSES: ContextVar[dict[int, str] | None] = ContextVar("time_tenses", default=None)


_PARTS = frozenset("morning afternoon evening night noon midnight".split())


def _verb_of(token: "Token") -> "Token | None":
    """The verb a time word modifies directly ("met Monday", "met on Monday", "met Monday night"), else None."""
    if token.dep_ in ("poss", "case"):
        return None
    t = token
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ == "ADP" or (head.pos_ == "NOUN" and head.lower_ in _PARTS):
            t = head
            continue
        return None
    return None


def verb_tense(verb: "Token", depth: int = 0) -> str | None:
    """ "past", "future" or "present" for a verb and its auxiliaries; None where it cannot be told."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        if "have" in words and "would" in words:
            return "past"            # "would have met"
        return "future"
    if words & _MODAL:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or ("have" in {a.lemma_ for a in auxes}
                                                                      and verb.tag_ == "VBN"):
        if any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxes) and verb.tag_ == "VBG" \
                and verb.lemma_ in _INTENT:
            return "future"          # "were planning to drive on Monday"
        return "past"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.i != verb.i and head.lemma_ in _INTENT:
            if any(c.lower_ == "had" for c in head.children) or any(c.lower_ == "had" for c in head.head.children):
                return "past"        # "had been due to expire"
            return "future"          # "plans to meet", "were planning to drive"
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 4:
            return verb_tense(head, depth + 1)
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        return None if verb.lemma_ in _REPORT else "present"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"              # "is leaving Thursday"
    return None


def tenses(doc: "Doc") -> dict[int, str]:
    """The tense governing each token, keyed by the token's character offset."""
    out: dict[int, str] = {}
    for token in doc:
        if token.pos_ not in ("PROPN", "NOUN", "NUM"):
            continue
        verb = _verb_of(token)
        if verb is None:
            continue
        tense = verb_tense(verb)
        if tense:
            out[token.idx] = tense
    return out


def tense_at(start: int, end: int) -> str | None:
    """The tense governing the first token found in text[start:end], when a parse is in force."""
    table = _TENSES.get()
    if not table:
        return None
    for pos in range(start, end):
        if pos in table:
            return table[pos]
    return None


def use(table: dict[int, str] | None):
    """Put a tense table in force; returns the token that `reset` takes."""
    return _TENSES.set(table)


def reset(token) -> None:
    _TENSES.reset(token)
