"""Attach to each event the time, place and amount that stand in its own clause."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence, TypeVar

from eventwire.code.syntax import clause_head
from eventwire.resolve.model import Amount, Place, TimeRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

T = TypeVar("T", TimeRef, Place, Amount)

# Prepositions that put a time outside the event ("since February 2022" dates the war, not the visit).
_NOT_EVENT_TIME = {"since", "until", "till", "before", "after", "beginning", "start", "end", "by", "of"}
# ("on" is left out: "sanctions on Iran", "an attack on Kyiv" name a target, not a place)
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "over",
             "along", "off", "throughout", "within", "towards", "toward", "north", "south", "east", "west"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}


class Anchors:
    """Times, places and amounts indexed by the clause they stand in."""

    def __init__(self, doc: "Doc", times: Sequence[TimeRef], places: Sequence[Place], amounts: Sequence[Amount]):
        self.doc = doc
        self.times = [(t, self._root(t)) for t in times]
        self.places = [(p, self._root(p)) for p in places]
        self.amounts = [(a, self._root(a)) for a in amounts]

    def _root(self, item) -> "Token | None":
        span = self.doc.char_span(item.start, item.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def date(self, trigger: "Token") -> TimeRef | None:
        head = clause_head(trigger)
        best, best_key = None, None
        for time, root in self.times:
            if root is None or time.value is None or time.kind == "duration" or clause_head(root).i != head.i:
                continue
            if _governed_by(root, head, _NOT_EVENT_TIME):
                continue
            key = (_PRECISION_RANK.get(time.precision or "", 9), abs(root.i - trigger.i))
            if best_key is None or key < best_key:
                best, best_key = time, key
        return best

    def place(self, trigger: "Token", *, roles: Sequence = ()) -> Place | None:
        """The most specific place in the trigger's clause under a locative preposition, not a participant."""
        head = clause_head(trigger)
        best, best_key = None, None
        taken = [(a.start, a.end) for a in roles]
        for place, root in self.places:
            if root is None or clause_head(root).i != head.i:
                continue
            if any(s < place.end and place.start < e for s, e in taken):
                continue
            prep = _preposition(root)
            target = root.dep_ == "dobj" and root.head.i == trigger.i     # "shelled Kharkiv"
            if not target and (prep is None or prep.lower_ not in _LOCATIVE):
                continue
            key = (0 if place.feature == "city" else 1 if place.feature == "admin1" else 2, abs(root.i - trigger.i))
            if best_key is None or key < best_key:
                best, best_key = place, key
        return best

    def amount(self, trigger: "Token", *, money: bool) -> Amount | None:
        """An amount in the trigger's own phrase: "$400 million in military aid", "killing 12 people"."""
        near = {trigger.i, *(t.i for t in trigger.subtree)}
        chain = [trigger, *trigger.ancestors][:4]
        near.update(t.i for t in chain)
        for amount, root in self.amounts:
            if root is None or (amount.unit.isupper() and len(amount.unit) == 3) != money:
                continue
            span = self.doc.char_span(amount.start, amount.end, alignment_mode="expand")
            if span is not None and any(t.i in near for t in span):
                return amount
        return None


def _preposition(tok: "Token") -> "Token | None":
    """The preposition a place name hangs from ("in Kyiv", "in Kyiv, Ukraine")."""
    for _ in range(3):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ in ("appos", "conj", "compound", "npadvmod"):
            tok = tok.head
            continue
        return None
    return None


def _governed_by(tok: "Token", stop: "Token", words: set[str]) -> bool:
    while tok.i != stop.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in words or tok.lemma_.lower() in words:
            return True
    return False
