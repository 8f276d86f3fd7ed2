"""Documents and their authors: a report, a statement or a letter stands for whoever made it.

"A report by the Audit Office says ..." is the Audit Office speaking; "the report was welcomed by X" is X
welcoming the Audit Office's work. The author is named beside the document ("by X", "from X", "X's report", "the
X report", "X issued a statement", "in a statement, X said") or at another mention of the same document.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.code.lexicon import read_table
from eventwire.code.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.code.mentions import MentionIndex
    from eventwire.resolve.model import ActorRef


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    """The document nouns of claim_cues.tsv (pos SOURCE)."""
    return frozenset(r["cue"] for r in read_table("claim_cues.tsv") if r["pos"] == "SOURCE")


def document_word(tok: "Token") -> bool:
    """A document noun whatever the tagger made of it: "Poll" opening a headline is often tagged a name."""
    return tok.lemma_.lower() in _documents() or tok.lower_ in _documents()


def is_document(tok: "Token") -> bool:
    """A document or a body of evidence that can stand where a speaker stands ("the report said")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _documents()


def author_token(doc_noun: "Token") -> "Token | None":
    """Who made a document: "a report by X", "a letter from X", "figures compiled by X", "the letter, from X"."""
    for child in doc_noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ in ("acl", "appos") and child.i > doc_noun.i:
            for prep in child.children:
                if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "from"):
                    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def document_author(noun: "Token", mentions: "MentionIndex") -> "ActorRef | None":
    """Who made a document: the author its own words name ("a report by X"), else the author the article gives
    another mention of the same kind of document, nearest first and earlier before later: "The report said" after
    "a report by the Audit Office"; "..., said the statement" after "In a statement, the party said"; "A letter
    said" before "The letter, from the ministry, says"."""
    by = author_token(noun)
    if by is not None:
        return _named(mentions.at(by))
    doc = noun.doc
    lemma = noun.lemma_.lower()
    others = [t for t in doc if t.i != noun.i and t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
    for other in sorted(others, key=lambda t: (t.i > noun.i, abs(t.i - noun.i))):
        author = _credited(other, mentions)
        if author is not None:
            return author
    return None


def _credited(noun: "Token", mentions: "MentionIndex") -> "ActorRef | None":
    """The named author of a document mention: "a report by X", "X's statement", "the X report", "in a
    statement, X said"."""
    by = author_token(noun)
    if by is not None:
        return _named(mentions.at(by))
    for child in noun.children:
        if child.dep_ in ("poss", "compound"):
            found = _named(mentions.at(child))
            if found is not None:
                return found
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        subj = subject(noun.head.head)
        if subj is not None:
            return _named(mentions.at(subj))
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING:
        subj = subject(noun.head)
        if subj is not None:
            return _named(mentions.at(subj))
    return None


# Verbs whose subject makes the document that is their object: "the ministry issued a statement".
_ISSUING = {"issue", "publish", "release", "produce", "write", "send", "sign", "compile", "submit", "circulate"}


def _named(actor: "ActorRef | None") -> "ActorRef | None":
    return actor if actor is not None and actor.kind != "pronoun" and actor.name else None
