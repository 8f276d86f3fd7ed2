"""Is a place name standing for its government ("Moscow said", "Kyiv's forces")? Shared by places and actors."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Dependency labels under which a place name acts rather than locates.
_ACTING = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "dative"}


def used_as_actor(span: "Span") -> bool:
    """True where a toponym is the doer, the possessor or the target of an act, not a location.

    "Moscow said", "Pyongyang supplies", "Kyiv's forces", "aid to Ukraine" (pobj of "to" after a
    transfer noun is left to the coder) -> True; "in Kyiv", "near Kharkiv" -> False.
    """
    root = span.root
    if root.dep_ in _ACTING:
        return True
    if root.dep_ == "conj":
        head = root.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ in _ACTING and head.ent_type_ in ("GPE", "NORP", "ORG", "")
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        return True
    return False
