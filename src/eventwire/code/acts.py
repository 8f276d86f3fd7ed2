"""The act a headline reports: the event trigger nearest the root of its parse, typed the way PLOVER types a
report of it.

A headline names its story's main event, but it is written for people, not parsers: it often lacks the actor
or recipient the coder needs to code an event. So the headline is read for its act alone: every trigger the
lexicon finds (`events.find_triggers`), the one governing the most of the clause (fewest steps to the root;
the support verb of a nominal trigger counts for it) outside the phrases that set its scene ("after clashes",
"as talks begin"); an event noun that arrives is the act ("aid convoy arrives"). It takes the status its own
clause gives it and PLOVER's reductions (`typer.reduced_type`: "will provide aid" is AGREE, "could suspend
talks" is THREATEN). An act whose content is another act is typed by that content as the PLOVER manual says: a
promise of a concession or of a retreat is CONCEDE ("agrees to lift the curfew"), a promise of harm is THREATEN
("vows to renew attacks"), and halting a conflictual act or promising not to commit it is CONCEDE ("suspends
plans to impose a curfew", "announces a suspension of attacks", "police will not beat protesters"). A headline
the parser reads as one noun phrase ("X and Y sign trade agreement") has its verb found among the compounds of
its root.

    >>> from eventwire.annotate import load_nlp
    >>> main_act(load_nlp("md")("Rebels free three hostages near Goma"))
    Act(type='RETREAT', mode='release', status=<Status.ASSERTED: 'asserted'>, trigger='free')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.code.model import Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.code.events import Found
    from eventwire.code.lexicon import Lexicon, Trigger

# What a promise (AGREE) becomes by its content, and what halting (SANCTION discontinue) a conflictual act is.
_PROMISED_CONTENT = {"CONCEDE": "CONCEDE", "RETREAT": "CONCEDE", "ASSAULT": "THREATEN", "COERCE": "THREATEN",
                     "SANCTION": "THREATEN", "THREATEN": "THREATEN"}
_HALTED_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"})
# Verbs that undo what their object names: a conflictual measure undone ("remove the curfew", "end the
# blockade") is a concession.
_UNDOING = frozenset("remove end lift ease halt stop suspend cancel scrap drop relax repeal abolish revoke rescind "
                     "reverse withdraw".split())


@dataclass(frozen=True, slots=True)
class Act:
    """What a headline says was done: PLOVER type and mode after the reductions, the status, the trigger word."""

    type: str
    mode: str | None
    status: Status
    trigger: str


def main_act(span: "Doc | Span") -> Act | None:
    """The act of the trigger nearest the root of `span` (a parsed headline or sentence); None without one."""
    from eventwire.code.events import find_triggers
    from eventwire.code.lexicon import load_lexicon
    from eventwire.code.mentions import MentionIndex
    from eventwire.code.status import modal_status
    from eventwire.code.syntax import is_finite
    from eventwire.code.typer import reduced_type, threat_mode
    from eventwire.resolve.actors import find_actors

    doc = span if not hasattr(span, "doc") else span.doc
    if not len(doc):
        return None
    lexicon = load_lexicon()
    verb = _verb_in_noun_phrase(span[:], lexicon)
    if verb is not None:
        token, trigger = verb
        status = modal_status(token)
        return Act(*reduced_type(trigger.type, trigger.mode, status), status, token.text)
    found = find_triggers(span[:], lexicon, MentionIndex(doc, find_actors(doc)))
    if not found:
        return None
    # a finite verb the parser hung in the noun phrase of the root is the headline's verb
    root = span[:].root
    hung = [f for f in found if f.token.dep_ == "compound" and f.token.head.i == root.i and is_finite(f.token)]
    main = hung or [f for f in found if not _in_side_phrase(f.via or f.token)] or found
    # a phrase read from a participle up to the noun it modifies ("curfew imposed") stands where the noun does
    best = min(main, key=lambda f: (min(_depth(f.via or f.token), _depth(f.last)), f.token.i))
    if best.token.lemma_.lower() in _ARRIVING:     # "arms shipment arrives in X": the arrival is the shipment's
        subjects = [c for c in best.token.children if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        best = next((f for f in found if f.trigger.pos == "NOUN" and f.token in subjects), best)
    status = modal_status(best.token)
    if best.via is not None and status == Status.ASSERTED:
        status = modal_status(best.via)
    type_, mode = reduced_type(best.trigger.type, best.mode, status)
    if type_ == "ASSAULT" and mode == "destroy" and any(f.trigger.type == "PROTEST" for f in found):
        # "police station burned down after a night of rioting": destruction in a riot is the riot (PLOVER
        # PROTEST riot, "property damage"; vandalism is only destruction that is not incidental to a riot)
        return Act("PROTEST", "riot", status, best.token.text)
    if _undone(best) or _forsworn(best, status):
        return Act("CONCEDE", None, status, best.token.text)
    content = _content(best, found)
    if content is not None and _undone(content):
        if type_ == "AGREE":        # a promise to undo a measure is a promised concession
            return Act("CONCEDE", None, status, best.token.text)
        content = None
    if content is not None and type_ == "AGREE" and content.trigger.type in _PROMISED_CONTENT:
        type_ = _PROMISED_CONTENT[content.trigger.type]
        mode = threat_mode(content.trigger.type, content.mode) if type_ == "THREATEN" else None
    elif content is not None and best.trigger.type == "SANCTION" and best.mode == "discontinue" \
            and content.trigger.type in _HALTED_CONTENT:
        type_, mode = "CONCEDE", None
    return Act(type_, mode, status, best.token.text)


def _forsworn(found: "Found", status: Status) -> bool:
    """Whether a conflictual act is promised not to happen ("police will not beat protesters"): a concession,
    which the PLOVER manual says often "deal[s] with promises that certain things will not happen"."""
    return (status == Status.NEGATED and found.trigger.type in _HALTED_CONTENT
            and any(c.dep_ == "aux" and c.lower_ in _WILL for c in found.token.children))


_WILL = frozenset({"will", "shall", "'ll", "wo"})


def _undone(found: "Found") -> bool:
    """Whether a conflictual act is named as the object of a verb that undoes it ("remove the curfew")."""
    tok = found.token
    return (found.trigger.type in _HALTED_CONTENT and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in _UNDOING)


def _content(act: "Found", found: list["Found"]) -> "Found | None":
    """The trigger nearest below `act` along its complements: what is promised, halted or announced ("agreed to
    lift the curfew", "a suspension of attacks"), never a side phrase ("suspended following the unrest")."""
    below = [f for f in found if f.token.i != act.token.i and _complement_of(act.token, f.token)]
    return min(below, key=lambda f: _depth(f.token), default=None)


# Dependencies that lead from an act to what it is about; prepositions only when they introduce its object.
_COMPLEMENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "pobj", "acl", "compound", "nsubjpass", "attr"})
_COMPLEMENT_PREPS = frozenset({"of", "to", "on", "for"})


def _complement_of(head: "Token", token: "Token") -> bool:
    steps = 0
    while token.head.i != token.i and steps < 50:
        if not (token.dep_ in _COMPLEMENT_DEPS or (token.dep_ == "prep" and token.lower_ in _COMPLEMENT_PREPS)):
            return False
        token = token.head
        steps += 1
        if token.i == head.i:
            return True
    return False


def _verb_in_noun_phrase(span: "Span", lexicon: "Lexicon") -> "tuple[Token, Trigger] | None":
    """In a headline parsed as a noun phrase, a compound before the root that is a verb trigger taking the root
    as its object ("sign" in "X and Y sign trade agreement" -> "sign agreement")."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in root.lefts:
        if tok.dep_ != "compound":
            continue
        for trigger in lexicon.triggers_for(tok.lemma_.lower(), "VERB"):
            if trigger.words[1:] == (root.lemma_.lower(),):
                return tok, trigger
    return None


# Verbs whose subject, when it names an event, is what the headline reports ("aid convoy arrives").
_ARRIVING = frozenset("arrive reach enter land".split())
# Prepositions that set the scene of an act (its time, cause or setting) rather than report it.
_SCENE_PREPS = frozenset("after following amid amidst despite before since during ahead over as".split())


def _in_side_phrase(token: "Token") -> bool:
    """Whether a trigger stands in an adverbial clause or a phrase of time or cause ("after clashes", "as talks
    begin", "following recent violence"): the circumstances of the headline's act, not the act."""
    steps = 0
    while token.head.i != token.i and steps < 50:
        if token.dep_ == "advcl" or (token.dep_ == "prep" and token.lower_ in _SCENE_PREPS):
            return True
        token = token.head
        steps += 1
    return False


def _depth(token: "Token") -> int:
    steps = 0
    while token.head.i != token.i and steps < 50:
        token = token.head
        steps += 1
    return steps
