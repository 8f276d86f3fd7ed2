"""Claims: who says what. A reporting cue, its speaker, and the span of what is claimed."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.code.lexicon import read_table
from eventwire.code.mentions import MentionIndex
from eventwire.code.model import Claim, Status
from eventwire.code.syntax import subject
from eventwire.resolve.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONTENT_DEPS = ("ccomp", "xcomp", "advcl", "dobj", "parataxis")
_QUOTES = "\"'“”‘’"


@dataclass(frozen=True, slots=True)
class ClaimScope:
    """A claim and the token range of its content, so events inside it can be attributed."""

    claim: Claim
    first: int          # token indices of the content, inclusive
    last: int
    cue_token: int
    denial: bool = False  # "Iran denied supplying weapons": the content is negated by its speaker


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], str]:
    return {(r["cue"], r["pos"]): r["strength"] for r in read_table("claim_cues.tsv")}


def find_claims(sent: "Span", mentions: MentionIndex) -> list[ClaimScope]:
    """Every attributed statement in a sentence."""
    cues = _cues()
    scopes: list[ClaimScope] = []
    for tok in sent:
        if tok.pos_ == "VERB" and (tok.lemma_.lower(), "VERB") in cues:
            scope = _verb_claim(tok, mentions)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in cues:
            scope = _noun_claim(tok, mentions)
        elif tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(tok.doc) else False:
            scope = _according_to(tok, sent, mentions)
        else:
            continue
        if scope is not None:
            scopes.append(scope)
    return scopes


def _verb_claim(cue: "Token", mentions: MentionIndex) -> ClaimScope | None:
    content = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis")), None)
    if content is None and cue.dep_ in ("ROOT",) and cue.head is cue:
        return None
    if content is None:
        # "..., suggesting it has allowed Ukraine to endure" (a verbal xcomp), "describing a threat as
        # Pyongyang supplies ..." (an adverbial clause that states what is described)
        content = next((c for c in cue.children if c.dep_ in ("xcomp", "pcomp") and c.pos_ in ("VERB", "AUX")),
                       None) or \
            next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i
                  and any(m.dep_ == "mark" and m.lower_ in ("as", "that") for m in c.children)), None)
    if content is None:
        return None
    subj = subject(cue)
    if subj is None:
        return None
    speaker = _speaker(subj, mentions)
    if speaker is None:
        return None
    scope = _scope(cue, content.left_edge.i, content.right_edge.i, speaker, _claim_status(cue))
    if scope is not None and cues_strength(cue) == "deny":
        scope = ClaimScope(scope.claim, scope.first, scope.last, scope.cue_token, denial=True)
    return scope


def cues_strength(cue: "Token") -> str | None:
    return _cues().get((cue.lemma_.lower(), "VERB" if cue.pos_ == "VERB" else "NOUN"))


def _noun_claim(cue: "Token", mentions: MentionIndex) -> ClaimScope | None:
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    content = next((c for c in cue.children if c.dep_ in ("acl", "ccomp", "prep", "relcl") and c.i > cue.i), None)
    if content is None:
        return None
    speaker = _speaker(owner, mentions)
    if speaker is None:
        return None
    return _scope(cue, content.left_edge.i, content.right_edge.i, speaker, Status.ASSERTED)


def _according_to(tok: "Token", sent: "Span", mentions: MentionIndex) -> ClaimScope | None:
    to = tok.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    # "according to a statement from the EU's foreign policy chief": the speaker is who made the statement
    if (source.lemma_.lower(), "NOUN") in _cues():
        for prep in source.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                source = next((o for o in prep.children if o.dep_ == "pobj"), source)
                break
    speaker = _speaker(source, mentions)
    if speaker is None:
        return None
    phrase_first = tok.i
    phrase_last = max(source.right_edge.i, to.i)
    if phrase_first - sent.start > sent.end - 1 - phrase_last:     # "..., according to X." -> content before
        first, last = sent.start, phrase_first - 1
    else:                                                         # "According to X, ..." -> content after
        first, last = phrase_last + 1, sent.end - 1
    return _scope(tok, first, last, speaker, Status.ASSERTED, cue_last=to.i)


def _speaker(tok: "Token", mentions: MentionIndex) -> ActorRef | None:
    found = mentions.role(tok, loose=True)
    if found:
        return found[0]
    if tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        text = tok.doc.text[start:end]
        return ActorRef(text=text, start=start, end=end, name=text, kind="group")
    return None


def _claim_status(cue: "Token") -> Status:
    for child in cue.children:
        if child.dep_ == "neg":
            return Status.NEGATED
        if child.dep_ == "aux" and child.lower_ in ("may", "might", "could", "would"):
            return Status.HYPOTHETICAL
    return Status.ASSERTED


def _scope(cue: "Token", first: int, last: int, speaker: ActorRef, status: Status,
           cue_last: int | None = None) -> ClaimScope | None:
    doc = cue.doc
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "mark"):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in _QUOTES:
        last -= 1
    while last >= first and (doc[last].is_space or doc[last].text in ",;:"):
        last -= 1
    if last < first:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    cue_end_tok = doc[cue_last] if cue_last is not None else cue
    claim = Claim(speaker=speaker, cue=doc.text[cue.idx:cue_end_tok.idx + len(cue_end_tok.text)],
                  cue_start=cue.idx, cue_end=cue_end_tok.idx + len(cue_end_tok.text),
                  content=doc.text[start:end], content_start=start, content_end=end, status=status)
    return ClaimScope(claim, first, last, cue.i)
