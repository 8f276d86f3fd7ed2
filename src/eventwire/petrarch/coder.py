"""Code a parsed sentence with PETRARCH/CAMEO dictionaries: who did what to whom, as CAMEO codes.

The matching follows the dictionaries' own conventions (see `eventwire.petrarch.dictionaries`):

- actors and agents are the longest dictionary phrases found in the words; a noun phrase's code is its first
  actor with the codes of its agents added (``Gondor's police`` -> GONCOP; ``[NGO~]`` agents go in front);
  an agent with no actor of its own takes the actors of its prepositional phrase (``the ambassadors of
  Arnor and Gondor`` -> ARNGOV, GONGOV) or stands alone as ``---GOV``; conjoined noun phrases give one
  code each;
- a verb is any verb form of the verb dictionary heading a verb phrase (auxiliaries are skipped); its
  source is the subject of its clause (climbing past subjectless and pronoun clauses), its target the first
  coded noun phrase after it in its verb phrase; a passive verb with a ``by`` phrase swaps the roles;
- the verb's block patterns are tried against the words before (``UPPER``) and after (``LOWER``) the verb:
  words in order, others allowed between them unless tied by ``_``; ``+``/``$`` take the target/source
  from the noun phrase found there, ``%`` a compound actor, ``^`` skips a noun phrase. The pattern matching
  the most words wins (the earlier line on a tie) and its code replaces the verb's;
- codes ``A:B`` also code the reverse event B; a compound source with no target codes each pair of its
  members for cooperation codes (03-06) or a ``%`` pattern; ``---`` codes nothing;
- a verb inside the verb phrase of an already coded verb with the same subject is not coded again
  (``Arnor is said to be about to restore ties`` is one event);
- a sentence holding a discard phrase is not coded.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.petrarch.model import Actors, Agents, Dictionaries, Discards, PetrarchCoding, VerbPattern, Verbs
from eventwire.petrarch.phrases import Lexicon, Sentence
from eventwire.petrarch.tree import Node, Tree, parse_penn
from eventwire.petrarch.verbs import (
    VerbSite,
    best_pattern,
    clause_subject,
    find_verbs,
    is_code,
    is_negated,
    is_passive,
    is_pronoun,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

COOPERATION = ("03", "04", "05", "06")


@dataclass(frozen=True, slots=True)
class RawEvent:
    source: str
    target: str
    code: str
    verb: str
    pattern: str


def code_tree(tree: Tree, dictionaries: Dictionaries | Lexicon, *, date: int | None = None) -> list[RawEvent]:
    """Every event the dictionaries code in one parsed sentence, in verb order."""
    lexicon = dictionaries if isinstance(dictionaries, Lexicon) else Lexicon(dictionaries)
    words = tree.words
    for phrase in lexicon.discards:
        size = len(phrase)
        if any(tuple(words[i: i + size]) == phrase for i in range(len(words) - size + 1)):
            return []
    sentence = Sentence(tree, lexicon, date)
    events: list[RawEvent] = []
    coded: list[tuple[VerbSite, Node | None]] = []
    for site in find_verbs(tree, lexicon):
        subject = clause_subject(site.vp)
        if any(_dominates(done.vp, site.vp) and (done_subject is subject or _infinitive_between(done.vp, site.vp))
               for done, done_subject in coded):
            continue
        found = _code_site(sentence, site, subject)
        if found:
            events += found
            coded.append((site, subject))
    unique: dict[tuple[str, str, str], RawEvent] = {}
    for event in events:
        unique.setdefault((event.source, event.target, event.code), event)
    return list(unique.values())


def _phrases_after(node: Node, position: int) -> list[Node]:
    """The largest phrases under `node` that start at or after word `position`, in order."""
    out: list[Node] = []
    for child in node.children:
        if child.start >= position:
            out.append(child)
        elif child.end > position:
            out += _phrases_after(child, position)
    return out


def _infinitive_between(upper: Node, lower: Node) -> bool:
    """Whether `lower` sits in a "to ..." clause inside `upper` ("urged Bree to help", "called on X to be")."""
    node: Node | None = lower
    while node is not None and node is not upper:
        if node.label == "VP" and node.children and node.children[0].label == "TO":
            return True
        node = node.parent
    return False


def _dominates(upper: Node, lower: Node) -> bool:
    node: Node | None = lower.parent
    while node is not None:
        if node is upper:
            return True
        node = node.parent
    return False


def _code_site(sentence: Sentence, site: VerbSite, subject: Node | None) -> list[RawEvent]:
    found = best_pattern(sentence, site)
    pattern: VerbPattern | None = found[0] if found else None
    binds = (found[2] + found[3]) if found else ()
    code = pattern.code if pattern else site.entry.code
    if pattern is None and is_negated(site):
        return []  # "Arnor did not attack Gondor" is no attack; a pattern may still code it ("- NOT * [112]")
    if not is_code(code):
        return []

    # default source: the clause subject, or the next one up when it is a pronoun or taken as the target
    bound = {kind: mention for kind, mention in binds}
    taken = {id(m.node) for m in bound.values()}
    source_node = subject
    while source_node is not None and (
        (not sentence.np_codes(source_node) and is_pronoun(source_node)) or id(source_node) in taken
    ):
        source_node = clause_subject(source_node)
    source = sentence.np_codes(source_node) if source_node is not None else ()

    after = _phrases_after(site.vp, site.end)
    target = sentence.first_coded_np(after, skip=taken)
    if not bound and is_passive(site):
        phrases = _phrases_after(site.vp, site.end)
        phrases += [g for c in phrases if c.label == "ADVP" for g in c.children]
        for child in phrases:
            if child.label == "PP" and child.children and child.children[0].is_leaf and child.children[0].word == "BY":
                agent = sentence.first_coded_np(child.children[1:])
                if agent:
                    source, target = agent, sentence.np_codes(subject) if subject is not None else ()
                break
    compound = False
    for kind, mention in binds:
        if kind == "source":
            source = mention.codes
        elif kind == "target":
            target = mention.codes
        elif kind == "compound":
            compound = True
            if mention.end <= site.start:
                source = mention.codes
                target = () if not any(k == "target" for k, _ in binds) else target
            else:
                target = mention.codes
    forward, _, backward = code.partition(":")
    line = pattern.text if pattern else ""
    verb = " ".join(sentence.tree.words[site.start: site.end])
    events: list[RawEvent] = []
    pairs: list[tuple[str, str]] = [(s, t) for s in source for t in target if s != t]
    if not target and len(source) > 1 and (compound or forward.startswith(COOPERATION)):
        pairs = [(s, t) for s in source for t in source if s != t]
        backward = ""
    for s, t in pairs:
        if forward and not forward.startswith("---"):
            events.append(RawEvent(s, t, forward, verb, line))
        if backward and not backward.startswith("---"):
            events.append(RawEvent(t, s, backward, verb, line))
    return events


# ---------------------------------------------------------------- entry points

_LEXICONS: dict[int, tuple[Dictionaries, Lexicon]] = {}


def lexicon_for(dictionaries: Dictionaries) -> Lexicon:
    """The phrase indexes of a dictionary set, built on first use and kept for the next sentences."""
    held = _LEXICONS.get(id(dictionaries))
    if held is None or held[0] is not dictionaries:
        if len(_LEXICONS) >= 8:
            _LEXICONS.pop(next(iter(_LEXICONS)))
        held = _LEXICONS[id(dictionaries)] = (dictionaries, Lexicon(dictionaries))
    return held[1]


def as_date(date: Any) -> int | None:
    """YYYYMMDD as an integer from a date, a datetime, "2024-10-21", "20241021" or an int; None stays None."""
    if date is None or isinstance(date, int):
        return date
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.year * 10000 + date.month * 100 + date.day
    digits = "".join(ch for ch in str(date)[:10] if ch.isdigit())
    if len(digits) != 8:
        raise ValueError(f"cannot read date {date!r}; give YYYY-MM-DD or YYYYMMDD")
    return int(digits)


def code_sentence(parse: Tree | str, dictionaries: Dictionaries, *, date: Any = None) -> list[tuple[str, str, str]]:
    """(source, target, CAMEO code) for each event in one sentence, given its tree or Penn Treebank parse.

        >>> code_sentence("(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor))) (. .)))", dicts)
        [('ARN', 'GON', '122')]
    """
    tree = parse_penn(parse) if isinstance(parse, str) else parse
    return [(e.source, e.target, e.code) for e in code_tree(tree, lexicon_for(dictionaries), date=as_date(date))]


def load_dictionaries(*, actors: str | Path | Actors, agents: str | Path | Agents | None = None,
                      verbs: str | Path | Verbs, discards: str | Path | Discards | None = None) -> Dictionaries:
    """A dictionary set from file paths (or already loaded dictionaries); agents and discards are optional."""
    from eventwire.petrarch import dictionaries as readers

    return Dictionaries(
        actors if isinstance(actors, Actors) else readers.load_actors(actors),
        agents if isinstance(agents, Agents) else (readers.load_agents(agents) if agents else Agents(())),
        verbs if isinstance(verbs, Verbs) else readers.load_verbs(verbs, strict=False),
        discards if isinstance(discards, Discards) or discards is None else readers.load_discards(discards),
    )


def code_with_dictionaries(text_or_doc: "str | Doc", *, actors: str | Path | Actors | None = None,
                           agents: str | Path | Agents | None = None, verbs: str | Path | Verbs | None = None,
                           discards: str | Path | Discards | None = None, dictionaries: Dictionaries | None = None,
                           date: Any = None, model: str = "md") -> list[PetrarchCoding]:
    """Code a text (parsed with spaCy) or an already parsed Doc with PETRARCH/CAMEO dictionaries.

    Give the dictionaries as paths (or loaded objects) through `actors`, `agents`, `verbs` and `discards`,
    or as one `dictionaries` set from `load_dictionaries` (faster when coding many texts). `date` selects
    date-restricted actor codes. Each coding carries its sentence's character offsets in the text.

        >>> code_with_dictionaries("Arnor condemned Gondor on Monday.", actors="my.actors.txt",
        ...                        verbs="CAMEO.2.0.txt", date="2024-10-21")
        [PetrarchCoding(source='ARN', target='GON', code='122', start=0, end=33, verb='CONDEMNED', pattern='')]
    """
    from eventwire.petrarch.spacy_tree import trees_from_doc

    if dictionaries is None:
        if actors is None or verbs is None:
            raise ValueError("code_with_dictionaries needs actors= and verbs= (paths or loaded), or dictionaries=")
        dictionaries = load_dictionaries(actors=actors, agents=agents, verbs=verbs, discards=discards)
    if isinstance(text_or_doc, str):
        from eventwire.annotate import load_nlp

        doc = load_nlp(model)(text_or_doc)
    else:
        doc = text_or_doc
    lexicon = lexicon_for(dictionaries)
    when = as_date(date)
    codings = []
    for tree, sent in trees_from_doc(doc):
        for event in code_tree(tree, lexicon, date=when):
            codings.append(PetrarchCoding(event.source, event.target, event.code, sent.start_char, sent.end_char,
                                          event.verb, event.pattern))
    return codings
