"""Judgements inside statements: "X said Y's plan was 'reckless'" is X criticising Y (ACCUSE), praise is SUPPORT.

Two word lists decide what is a judgement: our own (`data/evaluative.tsv`, curated for political speech) and
the VADER sentiment lexicon (MIT, from the `vadersentiment` package) for the wider vocabulary. A VADER word
counts only where the parse says whom it judges (the subject of "was a fiasco", the owner of "their reckless
plan"); a word of our own list may also judge the first actor its statement names.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.code.claims import ClaimScope
from eventwire.code.events import Found
from eventwire.code.lexicon import Lexicon, Trigger, read_table
from eventwire.code.mentions import MentionIndex
from eventwire.code.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

JUDGEMENT = "(judgement)"          # the phrase of a trigger made from an evaluative word in a statement
_ACCUSE = Trigger(JUDGEMENT, "ADJ", "ACCUSE", "disapprove", "111", ())
_PRAISE = Trigger(JUDGEMENT, "ADJ", "SUPPORT", None, "051", ())
_DEMAND = Trigger(JUDGEMENT, "VERB", "REQUEST", None, "100", ())
_MODALS = {"must", "should", "ought"}
_FORETELLING = {"would", "will", "'ll", "could", "might", "may", "'d"}
# VADER valences (-4..4) strong enough to be a judgement rather than colour
_NEGATIVE, _POSITIVE = -1.5, 2.0


@lru_cache(maxsize=1)
def _own() -> dict[str, str]:
    return {r["word"]: r["polarity"] for r in read_table("evaluative.tsv")}


@lru_cache(maxsize=1)
def _vader() -> dict[str, str]:
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    words: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha():
            continue
        valence = float(parts[1])
        if valence <= _NEGATIVE:
            words[parts[0]] = "neg"
        elif valence >= _POSITIVE:
            words[parts[0]] = "pos"
    return words


def judgements(scope: ClaimScope, mentions: MentionIndex, lexicon: Lexicon) -> list[Found]:
    """What a statement does besides reporting: in each of its sentences, at most one judgement of an actor and
    one obligation it lays on another actor."""
    if not (scope.claim.speaker.country or scope.claim.speaker.sector):
        return []
    found: list[Found] = []
    for part in _sentences(scope, mentions.doc):
        found += _judgement(part, mentions, lexicon) + obligations(part, mentions)
    return found


def _sentences(scope: ClaimScope, doc) -> list[ClaimScope]:
    """The scope cut at sentence boundaries: a quotation that runs on is a statement per sentence."""
    parts = []
    first = scope.first
    for i in range(scope.first + 1, scope.last + 1):
        if doc[i].is_sent_start:
            parts.append(replace(scope, first=first, last=i - 1))
            first = i
    if first <= scope.last:
        parts.append(replace(scope, first=first, last=scope.last))
    return parts


def obligations(scope: ClaimScope, mentions: MentionIndex) -> list[Found]:
    """ "X said the government must rethink", "Y needs to explain how it would pay": a speaker saying what
    another named actor must, should, needs to or has to do demands it of them (REQUEST). The act obliged is not
    an event of its own; the demand is the speaker's."""
    doc = mentions.doc
    speaker = scope.claim.speaker
    out: list[Found] = []
    for tok in doc[scope.first:scope.last + 1]:
        if tok.pos_ not in ("VERB", "AUX") or not _obliged(tok):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN":
            continue            # "their voice must be heard": nobody named is obliged
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "xcomp":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue            # "we must", "I should": resolve, not demand
        target = next(iter(mentions.role(subj)), None)
        if target is None or target.kind == "pronoun" or (target.name and target.name == speaker.name) \
                or (target.start, target.end) == (speaker.start, speaker.end):
            continue
        out.append(Found(_DEMAND, tok, tok, (speaker,), (target,), None, (), "100", anaphoric=False))
    return out[:1]


def _obliged(verb: "Token") -> bool:
    """The verb is governed by a deontic modal: "must go", "should go", "needs to go", "have to go"."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) and \
            not any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("need", "have", "ought") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "would have to pay", "will need to": a consequence foretold, not a demand
        return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FORETELLING)
                       for c in verb.head.children)
    return False


def _judgement(scope: ClaimScope, mentions: MentionIndex, lexicon: Lexicon) -> list[Found]:
    """At most one judgement per statement: the first evaluative word that judges an actor other than the
    speaker. Words that are event triggers ("attack", "kill") are events, not judgements."""
    doc = mentions.doc
    own, vader = _own(), _vader()
    speaker = scope.claim.speaker
    if not (speaker.country or speaker.sector):
        return []
    untargeted = None
    for tok in doc[scope.first:scope.last + 1]:
        if tok.pos_ not in ("ADJ", "NOUN", "VERB"):
            continue
        lemma = tok.lemma_.lower()
        curated = own.get(lemma) or own.get(tok.lower_) or own.get(_hyphened(tok))
        polarity = curated or (vader.get(tok.lower_) or vader.get(lemma) if tok.pos_ == "ADJ" else None)
        if polarity in (None, "none") or lexicon.triggers_for(lemma, "VERB" if tok.pos_ == "VERB" else "NOUN"):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
               for c in (*tok.children, *tok.head.children)):
            continue        # "not irresponsible", "no sign of incompetence" judge nobody
        if tok.pos_ == "ADJ" and any(c.dep_ == "ccomp" for c in tok.children):
            continue        # "he was confident the plan would work": his own stance, not a judgement of him
        target = _target(tok, scope, mentions, fallback=curated in ("neg", "pos") and _judges_thing(tok))
        if target is not None and target.name and target.name == speaker.name:
            continue
        if target is None:
            # "the sums don't add up", "a fiasco from start to finish": a judgement of whoever is in charge,
            # which the coder names where the article's politics make it plain (else drops)
            if untargeted is None and curated == "neg" and _judges_thing(tok):
                untargeted = _found(tok, speaker, ())
            continue
        return [_found(tok, speaker, (target,), positive=polarity == "pos")]
    return [untargeted] if untargeted is not None else []


def _hyphened(tok: "Token") -> str | None:
    """The word a hyphen joins to the token before it, as the list writes it: "over-react" for "over-reacted"."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"


def _found(tok: "Token", speaker, recipient: tuple, *, positive: bool = False) -> Found:
    return Found(_PRAISE if positive else _ACCUSE, tok, tok, (speaker,), recipient,
                 None if positive else "disapprove", (), "051" if positive else "111", anaphoric=False)


def _judges_thing(tok: "Token") -> bool:
    """A word said of something: a predicate ("was disastrous", "is a shambles", "branded it a fiasco"), the
    description of a thing ("a disastrous policy") or an exclamation standing alone, not a word that only colours
    a circumstance ("in difficult circumstances")."""
    return tok.dep_ in ("acomp", "attr", "oprd", "amod", "ROOT", "xcomp", "ccomp", "dobj", "appos", "conj")


def _target(tok: "Token", scope: ClaimScope, mentions: MentionIndex, *, fallback: bool):
    """Who is judged: the subject of the judging clause ("Y's comments were irresponsible"), the noun the
    word modifies ("Y's reckless plan"), or (for our own words) the first actor named in the content."""
    if tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
        # a feeling ("employees are terrified", "angered by the plan") judges what causes it, not who feels it
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "at", "by", "about", "over"):
                for obj in prep.children:
                    found = mentions.role(obj) if obj.dep_ == "pobj" else []
                    if found:
                        return found[0]
        return None
    if tok.pos_ == "NOUN":
        # "Tory hypocrisy", "the minister's incompetence", "the failures of this government": the noun's owner
        found = mentions.owner(tok)
        if found is not None and found.kind != "pronoun":
            return found
    head = tok.head if tok.dep_ in ("acomp", "attr", "amod", "advmod", "compound", "dobj") else tok
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            found = mentions.role(child)
            if found:
                return found[0]
    if tok.pos_ == "VERB" and tok.dep_ == "relcl":
        found = mentions.role(tok.head)         # "Mr Blair, who will waste more": whom the clause describes
        if found:
            return found[0]
    if tok.dep_ == "amod":
        found = mentions.owner(tok.head)
        if found is not None:
            return found
        if tok.head.dep_ in ("dobj", "attr") and tok.head.head.lemma_ in ("have", "be"):
            holder = subject(tok.head.head)     # "he has a remarkable ability", "it was a reckless plan"
            found = mentions.role(holder) if holder is not None else []
            if found:
                return found[0]
    if not fallback:
        return None
    for other in mentions.doc[scope.first:scope.last + 1]:
        found = mentions.at(other)
        if found is not None and found.kind != "pronoun":
            return found
    return None
