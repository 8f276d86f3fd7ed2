"""An event's status from the parse around its trigger: negation, modality, hedges, and claims."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.code.lexicon import read_table
from eventwire.code.model import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

# When several markers apply, the strongest wins: a negated plan is negated, a hedged future is future.
_RANK = {Status.NEGATED: 5, Status.HYPOTHETICAL: 4, Status.FUTURE: 3, Status.HEDGED: 2, Status.CLAIMED: 1,
         Status.ASSERTED: 0}
_STOP_DEPS = ("ccomp", "parataxis")     # a clausal complement opens another speaker's or another time's frame


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], Status]:
    return {(r["word"], r["where"]): Status(r["status"]) for r in read_table("status_cues.tsv")}


def modal_status(trigger: "Token", *, stop: int | None = None) -> Status:
    """The status the trigger's own clause and its governors give, up to the token `stop` (a claim's cue)."""
    cues = _cues()
    best = Status.ASSERTED
    tok = trigger
    steps = 0
    presupposed = False     # past "after", "since", "due to": only a future above still holds
    while steps < 8:
        steps += 1
        for child in tok.children:
            found = _child_status(child, tok, cues)
            if found is not None and _RANK[found] > _RANK[best] and (not presupposed or found == Status.FUTURE):
                best = found
        if tok.dep_ in _STOP_DEPS or tok.head.i == tok.i:
            break
        if tok.dep_ == "pobj" and _presupposing(tok.head):
            presupposed = True
        head = tok.head
        if presupposed and head.lower_ in _CAUSAL_HEADS:
            tok = head          # "due to the ban": "due" is the reason's word, no plan
            continue
        if stop is not None and head.i == stop:
            break
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "are to be questioned" (future), "are reported to be threatening" (hedged)
            framed = cues.get((head.lemma_.lower(), "infinitive"))
            if presupposed and framed != Status.FUTURE:
                framed = None
            if head.lemma_ == "be" and head.tag_ not in ("VBZ", "VBP"):
                framed = None       # "were to take delivery in May": a past plan, told as what was arranged
            if framed is not None and _RANK[framed] > _RANK[best]:
                best = framed
        if tok.dep_ in ("xcomp", "acl", "nsubjpass", "dobj", "pobj", "prep", "compound", "amod", "nsubj",
                        "pcomp", "advcl", "conj", "relcl", "appos", "attr", "oprd", "npadvmod"):
            governed = cues.get((head.lemma_.lower(), "governor"))
            if governed == Status.NEGATED and head.pos_ not in ("VERB", "AUX"):
                governed = None     # "declined to attack" is no attack, "the worst decline since the attacks" is
            if presupposed and governed != Status.FUTURE:
                governed = None
            if governed is not None and tok.dep_ in ("xcomp", "acl", "nsubjpass", "dobj", "pobj", "prep",
                                                     "compound", "nsubj"):
                if _RANK[governed] > _RANK[best]:
                    best = governed
            if tok.dep_ in ("relcl", "advcl") and tok.pos_ in ("VERB", "AUX"):
                break      # a relative or adverbial clause has its own modality
            tok = head
            continue
        break
    return best


# Prepositions whose object is taken as having happened, whatever the clause above says of its own act: "did
# not retreat after the attack", "were told not to fly due to the ban", "is said to have resigned over the
# scandal" state the attack, the ban and the scandal. A future above still holds ("will meet after the vote").
_PRESUPPOSING = frozenset({"after", "since", "following", "amid", "despite", "over"})
_CAUSAL_HEADS = frozenset({"due", "because", "owing"})


def _presupposing(prep: "Token") -> bool:
    if prep.lower_ in _CAUSAL_HEADS:
        return True         # "due to", "because of", whatever the parse made of "due"
    if prep.dep_ not in ("prep", "agent", "pcomp"):
        return False
    return prep.lower_ in _PRESUPPOSING or (prep.lower_ in ("to", "of") and prep.head.lower_ in _CAUSAL_HEADS)


def _child_status(child: "Token", tok: "Token", cues) -> Status | None:
    dep, lemma = child.dep_, child.lower_
    if dep == "neg":
        return Status.NEGATED
    if dep in ("aux", "auxpass"):
        return cues.get((lemma, "aux"))
    if dep == "advmod":
        return cues.get((lemma, "adv"))
    if dep in ("amod", "compound"):
        return cues.get((lemma, "adj")) or cues.get((child.lemma_.lower(), "adj"))
    if dep == "mark":
        return cues.get((lemma, "mark"))
    if dep == "advcl":      # an act on a condition: "will detain journalists if they publish"
        return next((cues[(m.lower_, "condition")] for m in child.children
                     if m.dep_ == "mark" and (m.lower_, "condition") in cues), None)
    if dep == "nsubjpass" or dep == "auxpass":
        return None
    return None


def combine(modal: Status, claimed: bool) -> Status:
    """Inside a claim, an event that is otherwise asserted is claimed; a stronger mode stays."""
    if claimed and modal == Status.ASSERTED:
        return Status.CLAIMED
    return modal
