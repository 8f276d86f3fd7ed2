"""Judgements inside statements: "X said Y's plan was 'reckless'" is X criticising Y (ACCUSE), praise is SUPPORT."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.code.claims import ClaimScope
from eventwire.code.lexicon import Trigger, read_table
from eventwire.code.events import Found
from eventwire.code.mentions import MentionIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

_ACCUSE = Trigger("(judgement)", "ADJ", "ACCUSE", "disapprove", "111", ())
_PRAISE = Trigger("(judgement)", "ADJ", "SUPPORT", None, "051", ())


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {r["word"]: r["polarity"] for r in read_table("evaluative.tsv")}


def judgements(scope: ClaimScope, mentions: MentionIndex) -> list[Found]:
    """At most one judgement per claim: the first evaluative word whose target is an actor in the content."""
    doc = mentions.doc
    words = _words()
    speaker = scope.claim.speaker
    for tok in doc[scope.first:scope.last + 1]:
        polarity = words.get(tok.lemma_.lower()) or words.get(tok.lower_)
        if polarity is None or tok.pos_ not in ("ADJ", "NOUN", "VERB"):
            continue
        if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
            continue        # "not irresponsible" judges nobody
        target = _target(tok, scope, mentions)
        if target is None or (target.name and target.name == speaker.name):
            continue
        return [Found(_ACCUSE if polarity == "neg" else _PRAISE, tok, tok, (speaker,), (target,),
                      "disapprove" if polarity == "neg" else None, (), "111" if polarity == "neg" else "051",
                      anaphoric=False)]
    return []


def _target(tok: "Token", scope: ClaimScope, mentions: MentionIndex):
    """Who is judged: the subject of the judging clause ("Y's comments were irresponsible"), the noun the
    word modifies ("Y's reckless plan"), or else the first actor named in the content."""
    head = tok.head if tok.dep_ in ("acomp", "attr", "amod", "advmod", "compound") else tok
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            found = mentions.role(child)
            if found:
                return found[0]
    if tok.dep_ == "amod":
        found = mentions.owner(tok.head)
        if found is not None:
            return found
    for other in mentions.doc[scope.first:scope.last + 1]:
        found = mentions.at(other)
        if found is not None and found.kind != "pronoun":
            return found
    return None
