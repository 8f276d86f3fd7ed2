"""Small questions asked of the dependency parse: clause heads, conjuncts, subjects, voice."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"}


# Verbs with an object whose infinitive is still the subject's act ("promised them to withdraw").
_SUBJECT_CONTROL = {"promise", "vow", "pledge", "threaten", "offer"}
# Verbs that make their object do what the infinitive says ("prompted a donor to say").
_CAUSING = {"prompt", "lead", "force", "cause", "encourage", "persuade", "urge", "push", "inspire", "provoke",
            "spur", "drive", "compel", "allow", "enable", "invite", "ask", "tell"}


def is_verbal(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX")


def is_finite(tok: "Token") -> bool:
    """A finite verb ("condemns", "reject"): never a noun's modifier, wherever the parse hangs it."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VBD")


def clause_head(tok: "Token") -> "Token":
    """The verb that heads the clause a token stands in (the token itself if it is a verb)."""
    while not is_verbal(tok) and tok.dep_ != "ROOT" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conjuncts(tok: "Token") -> list["Token"]:
    """The token and the tokens coordinated with it ("Austin and Zelensky")."""
    return [tok, *tok.conjuncts]


def is_passive(verb: "Token") -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def passive_conjunct_of(verb: "Token") -> "Token | None":
    """The passive verb a bare participle is coordinated with, sharing its subject and auxiliary: "charged" in
    "she was arrested and charged" is passive, and "she" its subject."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.i == verb.i or not is_passive(head):
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return head


def is_reduced_relative(verb: "Token") -> bool:
    """A past participle modifying a noun ("the six members killed", "a candidate suspended by the party") or
    a clause ("..., accused of destroying evidence"): the noun, or the clause's subject, is the participle's
    object, not its subject."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                              for c in verb.children):
        return False
    if verb.dep_ == "acl":      # a participle the tagger read as a past tense ("the members killed") too
        return verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ == "advcl"      # "Asked about the plan, he said ...": he was asked


def subject(verb: "Token") -> "Token | None":
    """The subject of a verb, inherited through xcomp, conj, advcl and relative clauses.

    "X decided to attack Y" -> X for "attack"; "X met and praised Y" -> X for "praised";
    "the troops who attacked" -> "troops" for "attacked"; "..., suggesting it ..." -> the subject of the head.
    """
    seen = 0
    participle = False          # climbed from an -ing adjunct: "X was quoted saying", "was seen leaving"
    while seen < 6:
        seen += 1
        for child in verb.children:
            if child.dep_ in SUBJECTS or (participle and child.dep_ == "nsubjpass"):
                if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ == "relcl" and not is_passive(verb):
            return verb.head
        # "he did, for the first time, say ...": the parser took the emphatic "did" for a clause of its own
        done = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "do" and c.i < verb.i
                     and not any(d.dep_ in CLAUSAL for d in c.children)), None)
        if done is not None:
            found = next((c for c in done.children if c.dep_ in SUBJECTS), None)
            if found is not None:
                return found
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _SUBJECT_CONTROL:
            # "asked citizens to take to the streets": the object of the asking verb does the act
            controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i),
                              None)
            if controller is not None:
                return controller
        if verb.dep_ == "advcl" and verb.head.lemma_.lower() in _CAUSING and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            # "the row prompted a donor to say ...", parsed as a clause of purpose: the one prompted
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return controller
        if verb.dep_ == "xcomp":        # "Hamas is believed to have fired": the raised subject
            raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None and is_passive(verb.head):
                return raised
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head.i != verb.i:
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
                return None      # "as Pyongyang supplies ...": an adverbial clause with its own frame
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            up = verb.head
            if verb.dep_ in ("xcomp", "pcomp", "prep") or up.lower_ in ("of", "with"):
                # "the men accused of carrying out the attack": what a reduced relative's noun is said to do
                holder = up.head if up.pos_ == "ADP" else up
                if holder.dep_ == "acl" and holder.tag_ == "VBN" and is_reduced_relative(holder):
                    return holder.head
            verb = up
            while not is_verbal(verb) and verb.dep_ != "ROOT" and verb.head.i != verb.i:
                verb = verb.head
            continue
        return None
    return None


def ancestors_in_clause(tok: "Token") -> Iterator["Token"]:
    """The token's heads, up to and including the head of the sentence."""
    while tok.head.i != tok.i:
        tok = tok.head
        yield tok


def span_of(tok: "Token") -> tuple[int, int]:
    """Character offsets of a token's whole subtree."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)
