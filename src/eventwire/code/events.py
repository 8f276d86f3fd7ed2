"""Find event triggers in a sentence and fill their roles from the dependency parse."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.code.lexicon import Lexicon, Trigger, read_table
from eventwire.code.mentions import MentionIndex
from eventwire.code.syntax import is_finite, is_passive, is_reduced_relative, passive_conjunct_of, subject
from eventwire.code.typer import threat_mode
from eventwire.resolve.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
# Determiners and possessives that make an event noun refer back to an event already told ("this trip").
# Types whose verb's direct object is what is acted with, not whom: "deployed police", "mobilised reservists".
_THEME_OBJECT = {"MOBILIZE"}
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME",
                  "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_MEASURE_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_ANAPHORIC_DET = {"this", "that", "these", "those", "the", "his", "her", "its", "their"}


@dataclass(frozen=True, slots=True)
class Found:
    """A trigger with its roles, before status, date, place and amount are attached."""

    trigger: Trigger
    token: "Token"
    last: "Token"                      # the last token of a multiword trigger
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    anaphoric: bool                    # "the visit", "his trip": a mention of an event told before
    via: "Token | None" = None         # the support verb of a nominal trigger ("announced ... aid")
    pronoun: "Token | None" = None     # the actor is a pronoun the resolver did not name ("we welcome", "they")


@lru_cache(maxsize=1)
def _light_verbs() -> dict[str, str]:
    return {r["verb"]: r["subject_role"] for r in read_table("light_verbs.tsv")}


@lru_cache(maxsize=1)
def _other_senses() -> dict[tuple[str, str, str], tuple[tuple[str, frozenset[str]], ...]]:
    """(phrase, pos, type) -> the (dependent, words) frames that give the word another sense (trigger_senses.tsv)."""
    table: dict[tuple[str, str, str], list[tuple[str, frozenset[str]]]] = {}
    for r in read_table("trigger_senses.tsv"):
        words = frozenset(w for w in (r.get("words") or "").split("|") if w)
        table.setdefault((r["phrase"], r["pos"], r["type"]), []).append((r["dependent"], words))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _frames() -> dict[tuple[str, str], tuple[tuple[Trigger, str, str], ...]]:
    """(lemma, pos) -> (trigger, dependent, entity) of the verbs that are events only in one frame
    (trigger_frames.tsv)."""
    table: dict[tuple[str, str], list[tuple[Trigger, str, str]]] = {}
    for r in read_table("trigger_frames.tsv"):
        trigger = Trigger(r["phrase"], r["pos"], r["type"], r["mode"] or None, r["cameo"] or None,
                          tuple(p for p in r["recipient_preps"].split(",") if p))
        table.setdefault((r["phrase"], r["pos"]), []).append((trigger, r["dependent"], r["entity"]))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _asked_modes() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """type -> (asked type, asked mode or *, mode) of requests and refusals, in table order (asked_modes.tsv)."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for r in read_table("asked_modes.tsv"):
        table.setdefault(r["type"], []).append((r["asked"], r["asked_mode"], r["mode"]))
    return {k: tuple(v) for k, v in table.items()}


# Types whose mode names the act asked for, refused or threatened ("demanded the release": REQUEST yield).
_ASKING = {"REQUEST", "REJECT", "THREATEN"}


def _asked_acts(tok: "Token", last: "Token") -> list["Token"]:
    """The act a request, refusal or threat is of, and what that act is done to: "urged Iran to free the sailors"
    gives "free" and "sailors", "threatened to impose sanctions" gives "impose" and "sanctions"."""
    acts = [c for head in dict.fromkeys((tok, last)) for c in head.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)))]
    return acts + [o for act in acts for o in act.children if o.dep_ in ("dobj", "nsubjpass")]


def _asked_mode(trigger: Trigger, themes: list["Token"], lexicon: Lexicon) -> str | None:
    """The mode the first theme that is itself an act gives a request or refusal (asked_modes.tsv), or a threat
    (what the act would be as a threat: typer.threat_mode)."""
    for theme in themes:
        pos = _POS.get(theme.pos_)
        entries = lexicon.triggers_for(theme.lemma_.lower(), pos) if pos else ()
        match = _match_phrase(theme, entries, lexicon) if entries else None
        if match is None:
            continue
        asked = match[0]
        if trigger.type == "THREATEN":
            mode = threat_mode(asked.type, asked.mode)
        else:
            mode = next((m for t, am, m in _asked_modes().get(trigger.type, ())
                         if t == asked.type and am in ("*", asked.mode)), None)
        if mode is not None:
            return mode
    return None


_CURRENCY_SIGNS = frozenset("£$€¥")


def _framed(tok: "Token", pos: str) -> tuple[Trigger, ...]:
    """The frame triggers whose frame the token's dependents fill: "gave the party £50,000" is AID."""
    found = []
    for trigger, dep, entity in _frames().get((tok.lemma_.lower(), pos), ()):
        if any(c.dep_ == dep and any(t.ent_type_ == entity or (entity == "MONEY" and t.text in _CURRENCY_SIGNS)
                                     for t in c.subtree) for c in tok.children):
            found.append(trigger)
    return tuple(found)


# PLOVER's ASSAULT is "deliberate actions which can potentially result in substantial physical harm": what went
# off or was hit by accident ("an accidental explosion", "the device detonated accidentally") is none.
_ACCIDENTAL = frozenset({"accidental", "accidentally", "inadvertent", "inadvertently", "unintentional",
                         "unintentionally", "accident"})


def _by_accident(tok: "Token", trigger: Trigger) -> bool:
    """An assault word said to be accidental, or a death or wound by an accident ("killed in an accidental
    explosion", "injured in an accident")."""
    if trigger.type != "ASSAULT":
        return False
    causes = [tok, *(o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                     for o in p.children if o.dep_ == "pobj")]
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        causes.append(tok.head)         # "the device went off accidentally, killing three"
    return any(c.lemma_.lower() in _ACCIDENTAL for c in causes[1:]) or any(
        c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _ACCIDENTAL for t in causes for c in t.children)


def _in_other_sense(tok: "Token", trigger: Trigger) -> bool:
    """ "The figures demonstrate that ..." is a showing, "declined to comment" no rejection."""
    frames = _other_senses().get((trigger.phrase, trigger.pos, trigger.type), ())
    if any(dep == "head" and tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in words
           for dep, words in frames):
        return True         # "posed a threat to the party": the noun's verb makes it a state, not an act
    # a counted dependent is what it counts: "destroyed thousands of files"
    return any(c.dep_ == dep and (not words or any(t.lemma_.lower() in words
                                                   for t in ([c, *_counted(c)] if _is_quantity(c) else [c])))
               for dep, words in frames for c in tok.children)


def find_triggers(sent: "Span", lexicon: Lexicon, mentions: MentionIndex) -> list[Found]:
    """Every trigger in a sentence with its roles; a word that is part of another trigger's phrase ("signed
    an agreement") or only modifies another trigger ("trade agreement", "peace talks") is not one itself."""
    matched: list[tuple["Token", Trigger, "Token"]] = []
    for tok in sent:
        entries = ()
        for pos in _readings(tok):
            entries = lexicon.triggers_for(tok.lemma_.lower(), pos)
            if not entries and "-" in tok.text:
                entries = lexicon.triggers_for(tok.lower_, pos)
            if entries:
                break
        match = _match_phrase(tok, entries, lexicon) if entries else None
        if match is None and _POS.get(tok.pos_):
            framed = _framed(tok, _POS[tok.pos_])
            match = (framed[0], tok) if framed else None
        if match is None or _in_other_sense(tok, match[0]) or _by_accident(tok, match[0]):
            continue
        # "Defense" in "US Defense Secretary Lloyd Austin" names an office, not an act; but a capitalised event
        # word the recognizer took for a name ("Ceasefire begins", "extend martial Law") is still the event
        if (tok.ent_type_ in _NAME_ENTITIES or mentions.at(tok) is not None) and not _misread_name(tok, match[1],
                                                                                                   mentions):
            continue
        matched.append((tok, *match))
    at = {tok.i for tok, _, _ in matched}
    # "could give hundreds of millions in aid": "in" heads the event noun, it is no particle of "give in"
    matched = [(tok, trigger, last) for tok, trigger, last in matched
               if not (trigger.pos == "VERB" and last.i != tok.i and last.dep_ == "prep"
                       and len(trigger.words) == 2 and any(o.dep_ == "pobj" and o.i in at for o in last.children))]
    at = {tok.i for tok, _, _ in matched}
    # "threatened to resign": the act threatened is the threat's content, not an event of its own
    threats = {tok.i for tok, trigger, _ in matched if trigger.type == "THREATEN" and trigger.pos == "VERB"}
    matched = [(tok, trigger, last) for tok, trigger, last in matched
               if not (tok.dep_ == "xcomp" and tok.head.i in threats)]
    # "launched a cyber attack": a verb phrase yields its object noun to a compound phrase built on that noun,
    # unless it spells out the compound itself ("used tear gas")
    compounds = {last.i: tok for tok, _, last in matched if last.i != tok.i and last.i == tok.head.i
                 and tok.dep_ in ("compound", "amod", "nmod")}
    spelt = {compounds[last.i].i for tok, trigger, last in matched
             if trigger.pos == "VERB" and last.i in compounds and compounds[last.i].lemma_.lower() in trigger.words}
    matched = [(tok, trigger, last) for tok, trigger, last in matched
               if tok.i not in spelt and not (trigger.pos == "VERB" and last.i != tok.i and last.i in compounds
                                              and compounds[last.i].i not in spelt)]
    at = {tok.i for tok, _, _ in matched}
    consumed = {last.i for tok, trigger, last in matched if last.i != tok.i}
    found: list[Found] = []
    for tok, trigger, last in matched:
        # a modifier is no trigger of its own ("peace talks"), unless its phrase takes in the head it modifies
        # ("cyber attack" is one COERCE trigger, not a modifier of the ASSAULT "attack"); a finite verb is no
        # modifier at all, but a headline's verb read into a noun phrase ("X condemns violence against ...")
        if tok.i in consumed or (tok.dep_ in ("compound", "amod", "nmod") and tok.head.i in at
                                 and last.i != tok.head.i and not is_finite(tok)):
            continue
        if trigger.pos == "VERB":
            item = _verb_roles(tok, last, trigger, lexicon, mentions)
        else:
            item = _noun_roles(tok, last, trigger, lexicon, mentions)
        if item is not None:
            found.append(item)
    return found


# Dependents only a verb has: a noun takes no subject, object or particle.
_VERB_DEPS = frozenset({"nsubj", "dobj", "prt"})


def _readings(tok: "Token") -> tuple[str, ...]:
    """The parts of speech to look a token up as, its tagged one first. A headline verb the tagger read as a noun
    ("Serbia and Slovenia ratify agreement", "Vanuatu approves of the plan") is also read as a verb: when it
    governs a subject, object or particle, or when, as the root of a noun phrase in the plural, it follows a
    name that would be its subject."""
    pos = _POS.get(tok.pos_)
    if pos != "NOUN" or tok.pos_ == "PROPN":
        return (pos,) if pos else ()
    children = list(tok.children)
    if any(c.dep_ in _VERB_DEPS for c in children):
        return ("VERB", "NOUN")
    if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in children) \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1 for c in children):
        return ("NOUN", "VERB")
    return ("NOUN",)


def _misread_name(tok: "Token", last: "Token", mentions: MentionIndex) -> bool:
    """Whether the name the entity recognizer (and an unresolved actor mention) found at `tok` is nothing but
    the trigger phrase from `tok` to `last` in capitals: a name that is exactly an event phrase names the event.
    A mention the resolver knows (a country, group or organisation, a sector, an office) and an acronym stay
    names."""
    if (tok.is_upper and len(tok) > 1) or tok.ent_type_ in _MEASURE_ENTITIES:
        return False        # an acronym, or a date, time or number: "in March" is a month, no march
    lo, hi = min(tok.i, last.i), max(tok.i, last.i)
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and (ent.start < lo or ent.end - 1 > hi):
        return False
    mention = mentions.at(tok)
    if mention is None:
        return True
    if mention.kind != "person" or mention.sector or mention.office:
        return False
    span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start >= lo and span.end - 1 <= hi


def _match_phrase(tok: "Token", entries: tuple[Trigger, ...],
                  lexicon: Lexicon | None = None) -> tuple[Trigger, "Token"] | None:
    """The longest entry whose further words follow the token; among equally long entries of several types
    ("strike": PROTEST or ASSAULT), the one a modifier of the token points to ("air strike" -> ASSAULT)."""
    matches, rest = _longest_matches(tok, entries)
    if matches and rest and _to_a_place(matches[0][1]) and not _civilian_subject(tok):
        # "withdrew from Kherson": a phrase whose preposition leads to a place yields to the head word's own
        # sense (RETREAT from territory), "withdrew from the Council of Europe" keeps the phrase's (SANCTION), and
        # so does a body with no forces leaving a country ("the aid agency withdrew from Mali": SANCTION withdraw)
        matches = _longest_matches(tok, rest)[0] or matches
    if len(matches) > 1 and lexicon is not None:
        cues = [c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        if tok.pos_ == "VERB":      # "teachers strike over pay": who acts and what over tell the verb's sense
            subj = subject(tok)
            if subj is not None:
                cues += [subj.lemma_.lower()] + [c.lemma_.lower() for c in subj.children
                                                 if c.dep_ in ("amod", "compound")]
            cues += [o.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ in ("over", "for")
                     for o in p.children if o.dep_ == "pobj"]
        for trigger, last in matches:
            if any(m.type == trigger.type for cue in cues for m in lexicon.modifiers_for(cue, trigger.type)):
                return trigger, last
    return matches[0] if matches else None


def _longest_matches(tok: "Token", entries: tuple[Trigger, ...],
                     ) -> tuple[list[tuple[Trigger, "Token"]], tuple[Trigger, ...]]:
    """The longest entries (longest first in `entries`) whose further words follow the token, and the shorter
    entries left after them."""
    matches: list[tuple[Trigger, "Token"]] = []
    for k, trigger in enumerate(entries):
        if matches and len(trigger.words) < len(matches[0][0].words):
            return matches, entries[k:]
        last = _phrase_end(tok, trigger.words[1:])
        if last is not None:
            matches.append((trigger, last))
    return matches, ()


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Bodies and people without forces: what they withdraw from a country is "oneself or one's non-military
# resources (e.g., aid, observers, diplomats, peacekeepers)", PLOVER's SANCTION withdraw, not a retreat.
_CIVILIAN = frozenset({"group", "organisation", "organization", "ngo", "charity", "agency", "company", "firm",
                       "embassy", "mission", "observer", "monitor", "diplomat", "staff", "worker", "volunteer",
                       "delegation", "peacekeeper", "investor", "bank", "airline"})


def _civilian_subject(verb: "Token") -> bool:
    subj = subject(verb)
    if subj is None:    # a headline parsed as a noun phrase: "aid group withdraws from Mali"
        subj = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i), None)
    return subj is not None and subj.lemma_.lower() in _CIVILIAN


def _to_a_place(last: "Token") -> bool:
    """Whether a phrase ends in a preposition whose object names a place."""
    return last.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_ENTITIES for c in last.children)


def _phrase_end(tok: "Token", extra: tuple[str, ...]) -> "Token | None":
    """The last token of a phrase whose further words follow as particles, prepositions or objects."""
    doc = tok.doc
    last = tok
    for k, word in enumerate(extra):
        child = next((c for c in last.children if (c.lower_ == word or c.lemma_.lower() == word)
                      and not (c.dep_ == "aux" and c.i < last.i)), None)      # "is to tell" has no "tell to"
        if child is None:       # "declared a cease-fire": the first word of a compound object, past its article
            child = next((m for c in last.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "attr")
                          for m in c.children if m.dep_ in ("compound", "amod") and m.i < c.i
                          and (m.lower_ == word or m.lemma_.lower() == word)), None)
        if child is None:       # "a paramilitary group formed in the north": a participle's noun is its object
            child = next((n for n in _objects(last) if n.lemma_.lower() == word or n.lower_ == word), None)
        if child is None:       # "formed a paramilitary group": the kind of a collective noun stands for it
            child = next((m for n in _objects(last) if n.lemma_.lower() in _COLLECTIVE for m in n.children
                          if m.dep_ in ("amod", "compound") and (m.lemma_.lower() == word or m.lower_ == word)),
                         None)
        if child is None:       # "rebels return seized property": the object the parse hung on a participle
            child = next((o for c in last.children if c.i == last.i + 1 and c.tag_ in ("VBN", "VBD")
                          and c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "ccomp")
                          and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                          for o in c.children if o.dep_ == "dobj" and (o.lower_ == word or o.lemma_.lower() == word)),
                         None)
        if child is None:       # "hundreds of police called to the capital": the counted noun is the object
            child = next((o for c in last.children if _is_quantity(c) for o in _counted(c)
                          if o.lower_ == word or o.lemma_.lower() == word), None)
        if child is None and word == "to" and last.i == tok.i:
            child = _infinitive(tok)        # "told the police to release": the infinitive stands for "to",
            if child is not None and k + 1 < len(extra) and child.lemma_.lower() != extra[k + 1]:
                return None                 # and is the phrase's next word ("call to arms" is no "to take up arms")
        if child is None and last.i + 1 < len(doc) and doc[last.i + 1].lower_ == word \
                and not (last.i != tok.i and doc[last.i + 1].dep_ == "aux"):
            child = doc[last.i + 1]         # "ordered troops to the border", not "ordered troops to withdraw"
        if child is None:
            child = next((c for c in tok.children if (c.lower_ == word or c.lemma_.lower() == word) and c.i > tok.i),
                         None)      # "laid down their arms": the object after the particle
        if child is None:
            return None
        if child.dep_ == "prep" and last.i == tok.i and k == len(extra) - 1 and any(
                c.dep_ == "dobj" and tok.i < c.i < child.i for c in tok.children):
            return None     # "take part in": a preposition after the verb's own object is no particle of it
            #                 (a phrase that goes on past it is: "called his followers to arms")
        last = child
    return last


# Nouns of a body of people whose modifier says what kind it is ("a paramilitary group", "an armed wing").
_COLLECTIVE = frozenset({"group", "force", "unit", "organisation", "organization", "wing", "brigade", "outfit",
                         "squad", "band", "movement"})


def _objects(verb: "Token") -> list["Token"]:
    """A verb's object nouns: its direct or passive objects, and the noun it modifies as a reduced relative."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.append(verb.head)
    return out


_QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                             "million", "millions", "number", "handful"})


def _is_quantity(tok: "Token") -> bool:
    return tok.lower_ in _QUANTITY_NOUNS or tok.ent_type_ == "CARDINAL"


def _counted(tok: "Token") -> list["Token"]:
    """What a quantity counts: "police" in "hundreds of police"."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _owner_of_demand(tok: "Token", mentions: MentionIndex, actor: list[ActorRef]) -> list[ActorRef]:
    """Whose act or answer a request asks for: "called for the minister's resignation", "asked for details of
    the department's orders" are requests of the minister, of the department."""
    taken = {(a.start, a.end) for a in actor}
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in child.children:
                if obj.dep_ != "pobj" or mentions.at(obj) is not None:
                    continue
                owner = mentions.owner(obj)
                if owner is not None and (owner.start, owner.end) not in taken and owner.kind != "pronoun":
                    return [owner]
    return []


def _infinitive(verb: "Token") -> "Token | None":
    """The to-infinitive a verb governs ("told the police to release", "wants the government to resign"), also
    where the parse hangs it on the object ("telling councils to find")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("xcomp", "ccomp", "acl") and child.i > verb.i and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                return child
    return None


def _recipients_via_preps(tok: "Token", preps: tuple[str, ...], mentions: MentionIndex,
                          *, skip: "Token | None" = None) -> list[ActorRef]:
    found: list[ActorRef] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps and (skip is None or child.i != skip.i):
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    found.extend(mentions.role(obj))
    return found


def _modifiers(tok: "Token", trigger: Trigger, lexicon: Lexicon, extra: list["Token"] = ()):
    """The mode, CAMEO code and contexts the trigger's modifiers (and those of its themes, `extra`) give. A
    one-word trigger's mode is only its default: a modifier of the word itself names a more specific one
    ("hunger strike": PROTEST hunger, not strike)."""
    mode, cameo, context = trigger.mode, trigger.cameo, []
    own = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    words = list(own)
    for other in extra:
        words.extend(c for c in other.subtree if c.dep_ in ("amod", "compound") or c.i == other.i)
    overridable = len(trigger.words) == 1
    for word in words:
        for mod in lexicon.modifiers_for(word.lemma_.lower(), trigger.type):
            if mod.type == trigger.type:
                if overridable and mod.mode and word in own:
                    mode, overridable = mod.mode, False
                mode = mode or mod.mode
                cameo = mod.cameo or cameo
            if mod.context and mod.context not in context:
                context.append(mod.context)
    return mode, cameo, tuple(context)


# Verbs of aiming: followed by the subject's own infinitive ("GM is seeking to cut jobs") they state an aim, not
# a request made of anyone.
_AIMING = {"seek", "want", "aim", "hope"}
_PERSONAL = {"i", "we", "he", "she", "they"}


def _verb_roles(tok, last, trigger, lexicon, mentions) -> Found | None:
    unnamed = None
    own_clause = trigger.words[-1] == "to" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in last.children)
    if (trigger.type == "REQUEST" and tok.lemma_.lower() in _AIMING
            and (any(c.dep_ == "xcomp" for c in tok.children) if last.i == tok.i else own_clause)
            and not any(c.dep_ in ("dobj", "dative") for c in tok.children)):
        return None
    if trigger.type == "REQUEST" and any(c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in tok.children):
        return None         # "pleaded not guilty": a plea in court, not an appeal to anyone
    if trigger.type == "REQUEST" and any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in tok.children):
        return None         # "asking the critical questions": an inquiry, not a request
    shared = passive_conjunct_of(tok)        # "was arrested and charged": "charged" is passive too
    passive = is_passive(tok) or shared is not None
    preps = trigger.recipient_preps
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr")]
    # what is deployed, threatened or demanded sets the mode: "deployed police", "called for the release of"
    themes = objects + [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if trigger.type in _ASKING:
        themes += _asked_acts(tok, last)
    if passive:
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    actor.extend(mentions.role(obj))
        for child in (*tok.children, *(shared.children if shared is not None else ())):
            if child.dep_ == "nsubjpass":
                recipient.extend(mentions.role(child))
        if not actor and trigger.type in _EXCLUDING:
            actor.extend(_excluder(tok, mentions))
    elif is_reduced_relative(tok):
        passive = True
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        for obj in (agent.children if agent is not None else ()):
            if obj.dep_ == "pobj":
                actor.extend(mentions.role(obj))
        undergoer = tok.head if tok.dep_ == "acl" else subject(tok.head)
        if undergoer is not None:
            recipient.extend(mentions.role(undergoer))
    elif _goes_off(tok) or _consequence(tok, trigger):
        pass        # "the bomb exploded": the subject is the device, not whoever set it
    else:
        subj = subject(tok)
        if subj is not None:
            actor.extend(mentions.role(subj, loose=True))
            if not actor and subj.pos_ == "PRON" and subj.lower_ in _PERSONAL:
                unnamed = subj
    via_prep = _recipients_via_preps(tok, preps, mentions,
                                     skip=last if last.i != tok.i and last.lower_ not in preps else None)
    if not via_prep and last.i != tok.i and last.pos_ == "NOUN":     # "imposed sanctions on Iran"
        via_prep = _recipients_via_preps(last, preps or ("on", "against", "to", "with"), mentions)
    if via_prep:
        recipient.extend(via_prep)
    elif not passive and trigger.type not in _THEME_OBJECT:
        for obj in objects:
            recipient.extend(mentions.role(obj))
    if not recipient and trigger.type == "REQUEST":
        recipient.extend(_owner_of_demand(tok, mentions, actor))
    if not recipient and trigger.words[-1] == "to":     # "wants the government to resign"
        for subj in last.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                recipient.extend(mentions.role(subj))
    if not recipient and trigger.type == "ACCUSE" and not passive:
        # "alleged that Iran had cheated", "complained that the ministry ignored them": whom the clause accuses
        for comp in tok.children:
            if comp.dep_ == "ccomp":
                subj = subject(comp)
                if subj is not None and subj.i > tok.i:
                    recipient.extend(mentions.role(subj))
    if not recipient:       # "threatened to strike South Korea", "urged ... to": the act's own target
        for comp in tok.children:
            if comp.dep_ == "xcomp" and comp.pos_ == "VERB":
                for obj in comp.children:
                    if obj.dep_ in ("dobj", "dative"):
                        recipient.extend(mentions.role(obj))
    mode, cameo, context = _modifiers(tok, trigger, lexicon, extra=themes)
    if mode is None and trigger.type in _ASKING:
        mode = _asked_mode(trigger, themes, lexicon)
    return Found(trigger, tok, last, tuple(_unique(actor)), tuple(_unique(recipient, actor)), mode, context,
                 cameo, anaphoric=False, pronoun=unnamed)


# Verbs whose intransitive subject is what goes off, not who sets it off: "a car bomb exploded", "the device
# detonated" (but "the militants detonated a bomb" names the attackers).
_GOING_OFF = frozenset({"explode", "detonate"})


def _consequence(verb: "Token", trigger: Trigger) -> bool:
    """A violent participle telling what an act did, whose doer is not its clause's subject: "the bomb exploded,
    killing three" (the device), "the hall was wrecked by a blast, killing two" (the hall)."""
    if trigger.type != "ASSAULT" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    head = verb.head
    return _goes_off(head) or is_passive(head) or (head.dep_ in ("relcl", "acl") and _goes_off(head))


def _goes_off(verb: "Token") -> bool:
    return verb.lemma_.lower() in _GOING_OFF and not any(c.dep_ in ("dobj", "dative") for c in verb.children)


# Types whose passive "from" names who acts: "was suspended from the party", "was expelled from the council".
_EXCLUDING = {"SANCTION"}


def _excluder(verb: "Token", mentions: MentionIndex) -> list[ActorRef]:
    """The body a passive exclusion is from: "Russia was suspended from the Council of Europe"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return mentions.role(obj)
    return []


def _noun_roles(tok, last, trigger, lexicon, mentions) -> Found | None:
    # a compound phrase's roles hang on its head noun: "a legal challenge against X" -> "challenge"
    noun = last if last.i != tok.i and tok.head.i == last.i and tok.dep_ in ("compound", "amod", "nmod") else tok
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            owner = mentions.owner(child, depth=1)
            if owner is not None:
                actor.append(owner)
    mention = mentions.at(noun)
    if mention is not None and not actor:
        actor.append(mention)
    if not actor:      # "Russian counter-offensives": a modifier the parse hung elsewhere in the noun phrase
        i = noun.i - 1
        while i >= max(0, noun.i - 4) and not noun.doc[i + 1].is_sent_start and _in_noun_phrase(noun.doc[i]):
            owner = mentions.at(noun.doc[i]) or mentions.demonym(noun.doc[i])
            if owner is not None:
                actor.append(owner)
                break
            i -= 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for obj in child.children:
                if obj.dep_ == "pobj" and not _bare_kind(obj):
                    actor.extend(mentions.role(obj))
    if not actor:
        actor.extend(_answerable(noun, mentions))
    recipient.extend(_recipients_via_preps(noun, trigger.recipient_preps, mentions))
    if not recipient:       # "bombings targeted at the army", "attacks which seemed aimed at civilians"
        for clause in noun.children:
            if clause.dep_ in ("acl", "relcl"):
                for verb in [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "acomp", "oprd"))]:
                    if verb.lemma_.lower() in _AIMED:
                        recipient.extend(_recipients_via_preps(verb, ("at", "against"), mentions))
    via = None
    # A support verb gives the noun its missing participants: "he announced $400 million in aid",
    # "Austin's approach has faced criticism".
    verb, role = _support_verb(noun)
    if verb is not None:
        if role is not None:
            via = verb
            subj = subject(verb)
            found = mentions.role(subj) if subj is not None else []
            if role == "actor" and not actor:
                actor.extend(found)
            elif role == "recipient" and not recipient:
                recipient.extend(found)
            if not recipient:
                recipient.extend(_recipients_via_preps(verb, trigger.recipient_preps + ("to",), mentions))
    if not recipient and trigger.type == "REQUEST":
        recipient.extend(_owner_of_demand(noun, mentions, actor))
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    anaphoric = (det is not None and det.lower_ in _ANAPHORIC_DET and not recipient
                 and not any(c.dep_ in ("amod", "compound") for c in noun.children)
                 and noun.tag_ == "NN")
    mode, cameo, context = _modifiers(tok, trigger, lexicon)
    return Found(trigger, tok, last, tuple(_unique(actor)), tuple(_unique(recipient, actor)), mode, context,
                 cameo, anaphoric=anaphoric, via=via)


_RESPONSIBLE = frozenset({"responsible", "responsibility", "blame", "credit"})


def _answerable(noun: "Token", mentions: MentionIndex) -> list[ActorRef]:
    """Who stands behind an act or answers for it: "the group behind the bombing", "the man responsible for the
    attack", "the militants claimed responsibility for the explosions"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    holder = prep.head
    if prep.lower_ == "behind" and holder.pos_ in ("NOUN", "PROPN", "PRON"):
        found = mentions.role(holder, loose=True)
        if not found and holder.dep_ == "appos":        # "Salman Abedi, the bomber behind the bombing"
            found = mentions.role(holder.head, loose=True)
        return found
    if prep.lower_ != "for" or holder.lemma_.lower() not in _RESPONSIBLE:
        return []
    if holder.dep_ in ("amod", "acl") and holder.head.pos_ in ("NOUN", "PROPN"):
        return mentions.role(holder.head, loose=True)       # "the man responsible for"
    if holder.dep_ in ("dobj", "acomp"):                    # "X claimed responsibility for", "X was responsible for"
        subj = subject(holder.head)
        return mentions.role(subj, loose=True) if subj is not None else []
    return []


def _bare_kind(tok: "Token") -> bool:
    """A singular common noun with no determiner names a kind, not a party: "trial by jury", "rule by decree"."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod")
                                        for c in tok.children)


def _in_noun_phrase(tok: "Token") -> bool:
    return tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or tok.text in ("-", "–") or tok.tag_ == "POS"


# Participles that give an act its target: "targeted at", "aimed at", "directed against".
_AIMED = frozenset({"target", "aim", "direct"})
# Verbs whose "with" names the act the subject answers or opens with ("responded with sanctions").
_ANSWERING = {"open", "respond", "react", "retaliate", "reply", "answer", "counter"}


def _support_verb(noun: "Token") -> tuple["Token | None", str | None]:
    """The verb that carries an event noun, and the role its subject plays in the noun's event.

    Through quantities ("announced $400 million in aid") and "on" ("arrived on a visit": the subject is the
    visitor); a verb outside the support-verb table carries nothing ("the attack killed ...").
    """
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            if tok.head.pos_ not in ("VERB", "AUX"):
                return None, None
            role = _light_verbs().get(tok.head.lemma_.lower())
            return (tok.head, role) if role else (None, None)
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep, up = tok.head.lower_, tok.head.head
            if prep == "on" and up.pos_ == "VERB":
                return up, "actor"
            if prep == "at" and tok is noun and up.pos_ == "VERB":
                return up, "actor"      # "told his voters at a meeting", "spoke at the summit": who was there
            if prep == "with" and tok is noun and up.pos_ == "VERB" and up.lemma_.lower() in _ANSWERING:
                return up, "actor"      # "opened the conference with an attack on ...", "responded with sanctions"
            if prep == "in" and tok is noun and up.pos_ == "VERB" and _light_verbs().get(up.lemma_.lower()) == "actor":
                return up, "actor"      # "give millions of pounds in aid"
            if prep in ("in", "of"):
                tok = up
                continue
            return None, None
        if tok.dep_ in ("compound", "appos", "conj"):
            tok = tok.head
            continue
        return None, None
    return None, None


def _unique(actors: list[ActorRef], exclude: list[ActorRef] = ()) -> list[ActorRef]:
    seen = {(a.start, a.end) for a in exclude}
    out = []
    for actor in actors:
        if (actor.start, actor.end) in seen:
            continue
        seen.add((actor.start, actor.end))
        out.append(actor)
    return out
