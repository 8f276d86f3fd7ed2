"""The act a headline reports: the event trigger nearest the root of its parse, typed the way PLOVER types a
report of it.

A headline names its story's main event, but it is written for people, not parsers: it often lacks the actor
or recipient the coder needs to code an event. So the headline is read for its act alone: every trigger the
lexicon finds (`events.find_triggers`), the one governing the most of the clause (fewest steps to the root;
the support verb of a nominal trigger counts for it), with the status its own clause gives it and PLOVER's
reductions (`typer.story_type_of`: "agrees to provide aid" is AGREE, "could suspend talks" is THREATEN).

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
    from eventwire.code.typer import reduced_type
    from eventwire.resolve import resolve_doc

    doc = span if not hasattr(span, "doc") else span.doc
    if not len(doc):
        return None
    mentions = resolve_doc(doc, None)
    found = find_triggers(span[:], load_lexicon(), MentionIndex(doc, list(mentions.actors)))
    if not found:
        return None
    best = min(found, key=lambda f: (_depth(f.via or f.token), f.token.i))
    status = modal_status(best.token)
    if best.via is not None and status == Status.ASSERTED:
        status = modal_status(best.via)
    type_, mode = reduced_type(best.trigger.type, best.mode, status)
    return Act(type_, mode, status, best.token.text)


def _depth(token: "Token") -> int:
    steps = 0
    while token.head.i != token.i and steps < 50:
        token = token.head
        steps += 1
    return steps
