"""The coder: resolve the mentions in a parsed article, then find its events and claims, sentence by sentence."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.code.acts import main_act
from eventwire.code.attach import Anchors
from eventwire.code.claims import ClaimScope, article_claims, find_claims
from eventwire.code.evaluations import JUDGEMENT, judgements
from eventwire.code.events import Found, find_triggers
from eventwire.code.lexicon import Lexicon, load_lexicon
from eventwire.code.mentions import MentionIndex
from eventwire.code.model import Coded, Event, Evidence, Status
from eventwire.code.status import combine, modal_status
from eventwire.code.typer import Typer, main_type
from eventwire.read.model import Article
from eventwire.resolve import Mentions, resolve_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Types whose recipient, when the text names none, is the host of the place where the event happened:
# "during his visit he announced $400 million in military aid" (in Kyiv) -> aid to Ukraine; "Russian troops
# shelled Kharkiv" -> an assault on Ukraine. Never the actor's own country.
_SYMMETRIC = {"COOPERATE", "CONSULT", "AGREE"}
_HOSTED = {"AID", "CONSULT", "AGREE", "COOPERATE", "ASSAULT", "COERCE"}


def code_doc(doc: "Doc", article: Article, *, title: "Doc | None" = None, mentions: Mentions | None = None,
             lexicon: Lexicon | None = None) -> Coded:
    """Everything eventwire finds in one parsed article; `title` is its headline, parsed, if it has one."""
    mentions = mentions or resolve_doc(doc, article.published)
    lexicon = lexicon or load_lexicon()
    index = MentionIndex(doc, list(mentions.actors))
    anchors = Anchors(doc, mentions.times, mentions.places, mentions.amounts)
    events: list[Event] = []
    claims = []
    told: list[Event] = []                  # events already coded, for "the visit", "during his visit"
    focus = _focus_country(mentions.actors)
    known = {(a.start, a.end) for a in mentions.actors}
    carried: list = []                      # statements of earlier sentences whose quotation runs on into this one
    bloodshed = False                       # an earlier sentence told of physical violence
    for sent in doc.sents:
        scopes = find_claims(sent, index)
        claims.extend(s.claim for s in scopes)
        carried = [s for s in carried if s.last >= sent.start]
        active = scopes + carried
        found = find_triggers(sent, lexicon, index)
        found += [j for scope in scopes for j in judgements(scope, index, lexicon)
                  if not any(f.trigger.type == j.trigger.type and f.actor == j.actor for f in found)]
        sentence_events: list[Event] = []
        frames: dict[int, _Frame] = {}      # by trigger offset: what the parse says about whom an act addresses
        for item in found:
            if item.anaphoric and not item.actor and any(e.type == item.trigger.type for e in told):
                continue
            item = _speaker_as_actor(item, active, known)
            event = _event(item, sent, active, anchors, article, lexicon, told, known)
            if event is not None:
                frames[event.evidence.trigger_start] = _frame(item, lexicon, bloodshed)
                sentence_events.append(event)
        sentence_events = [_with_addressee(e, focus, frames.get(e.evidence.trigger_start, _NO_FRAME))
                           for e in _merge_same_type(sentence_events)]
        # a judgement with no target is kept only where its addressee could be inferred
        # an event merged from several triggers ("a bomb exploded") is physical violence if one of them says so
        violent = {item.trigger.type for item in found if frames.get(item.token.idx, _NO_FRAME).violent}
        bloodshed = bloodshed or bool(violent)
        sentence_events = [e for e in sentence_events if (_codable(e, focus) or e.type in violent)
                           and (e.recipient or not frames.get(e.evidence.trigger_start, _NO_FRAME).untargeted)]
        sentence_events = [_with_implicit_actor(e, focus, e.type in violent) for e in sentence_events]
        sentence_events = [e for e in sentence_events if not _told_before(e, told)]
        events.extend(sentence_events)
        told.extend(sentence_events)
        carried += [s for s in scopes if s.last >= sent.end]
    headline = main_act(title) if title is not None and len(title) and len(doc) else None
    story_type, story_mode, main = (main_type(events, doc, Typer.load(), title=title, headline=headline)
                                    if len(doc) else (None, None, None))
    return Coded(article, events=tuple(events), claims=tuple(article_claims(claims)), actors=mentions.actors,
                 places=mentions.places, times=mentions.times, amounts=mentions.amounts,
                 story_type=story_type, story_mode=story_mode, main=main)


def _speaker_as_actor(item: Found, scopes: list[ClaimScope], known: set[tuple[int, int]]) -> Found:
    """A pronoun subject the resolver left unnamed, inside a statement, is its speaker: "we welcome the talks",
    said X; "the Liberal Democrats say they suspect ..."."""
    if item.actor or item.pronoun is None:
        return item
    scope = _claim_for(item, scopes, known)
    if scope is None or not (scope.claim.speaker.country or scope.claim.speaker.sector):
        return item
    # "I", "we" are the speaker; "he", "they" only as the subject of what the speaker says right after the cue
    if item.pronoun.lower_ not in ("i", "we") and (item.pronoun.head.i != item.token.i
                                                   or item.token.head.i != scope.cue_token):
        return item
    from dataclasses import replace

    return replace(item, actor=(scope.claim.speaker,))


def _claim_for(item: Found, scopes: list[ClaimScope], known: set[tuple[int, int]]) -> ClaimScope | None:
    """The innermost statement holding the trigger whose speaker is someone: "he claims that clear data shows
    X" attributes X to him, not to the data."""
    inside = [s for s in scopes if s.first <= item.token.i <= s.last and s.cue_token != item.token.i
              and _speaks(s.claim.speaker, known)]
    return min(inside, key=lambda s: s.last - s.first) if inside else None


def _same_speaker(speaker, actors) -> bool:
    return any((a.name and a.name == speaker.name) or (a.start, a.end) == (speaker.start, speaker.end)
               for a in actors)


def _speaks(speaker, known: set[tuple[int, int]]) -> bool:
    """A speaker the actor resolver knows ("Critics", "Zelensky", "he"), not a thing that "shows" something."""
    return bool(speaker.country or speaker.sector or speaker.kind in ("person", "pronoun")
                or (speaker.start, speaker.end) in known)


def _event(item: Found, sent: "Span", scopes, anchors: Anchors, article: Article, lexicon: Lexicon,
           told: list[Event], known: set[tuple[int, int]]) -> Event | None:
    trigger = item.token
    scope = _claim_for(item, scopes, known)
    if scope is not None and item.trigger.phrase == JUDGEMENT:
        # the judgement is the statement itself: it has the statement's own status ("is to tell" -> future)
        modal = modal_status(trigger.doc[scope.cue_token])
        scope = None
    elif scope is not None and _same_speaker(scope.claim.speaker, item.actor) and not scope.denial:
        # what speakers say they did themselves ("he said he totally condemned ...") is their own act
        scope = None
        modal = modal_status(trigger)
    else:
        modal = modal_status(trigger, stop=scope.cue_token if scope else None)
    if item.via is not None and modal == Status.ASSERTED:
        modal = modal_status(item.via, stop=scope.cue_token if scope else None)
    if modal == Status.NEGATED and item.trigger.type == "REJECT":
        modal = Status.ASSERTED
    status = combine(modal, scope is not None)
    if scope is not None and scope.denial and item.trigger.type != "REJECT":
        status = Status.NEGATED
    claimed_by = (scope.claim.speaker.name or scope.claim.speaker.text) if scope else None

    context_token = item.via or trigger
    time = anchors.date(context_token)
    roles = (*item.actor, *item.recipient)
    place = anchors.place(trigger, roles=roles) or anchors.place(context_token, roles=roles)
    during = _during(trigger, told)
    if during is not None:
        date, date_text, source = (during.date, during.date_text, during.date_source) if time is None else \
            (time.value, time.text, "text")
        place = place or during.location
    elif time is not None:
        date, date_text, source = time.value, time.text, "text"
    else:
        date, date_text, source = (article.published or "")[:10] or None, None, "publication"
        if date is None:
            source = None
    money = item.trigger.type in ("AID", "SANCTION", "COOPERATE", "AGREE", "COERCE")
    amount = anchors.amount(trigger, money=money) or (anchors.amount(item.via, money=money) if item.via else None)

    actor, recipient = item.actor, item.recipient
    trigger_type, mode, cameo = item.trigger.type, item.mode, item.cameo
    if not actor and recipient and trigger_type in _SYMMETRIC:
        # "North Korean soldiers are being trained in Russia": in a two-sided act the side named comes first
        actor, recipient = recipient, ()
    if trigger_type == "ASSAULT" and _verbal_attack(actor, recipient, item):
        trigger_type, mode, cameo = "ACCUSE", "disapprove", "111"
    if not recipient and (actor or trigger_type not in _SYMMETRIC) and trigger_type in _HOSTED \
            and place is not None and place.country:
        # a visitor's talks are with the host, but "talks were held in Havana" names no party: nor is the host one
        host = _host(place, actor)
        if host is not None:
            recipient = (host,)
    if trigger_type == "CONSULT" and mode is None:
        mode, refined = _meeting_mode(actor, recipient, place)
        if refined and cameo in (None, "040"):
            cameo = refined

    info = lexicon.cameo(cameo)
    if not sent.start <= trigger.i < sent.end:
        sent = trigger.sent                 # a judgement in a quotation's later sentence: that sentence is its evidence
    start, end = sent.start_char, sent.end_char
    text = article.body[start:end] if article.body[start:end] == sent.text else sent.text
    stripped = text.rstrip()
    # the trigger is the head word; a phrase's other words ("call on", "deploy ... soldiers") are in the sentence
    evidence = Evidence(sentence=stripped, start=start, end=start + len(stripped), trigger=trigger.text,
                        trigger_start=trigger.idx, trigger_end=trigger.idx + len(trigger.text))
    confidence = _confidence(item, actor, recipient)
    return Event(type=trigger_type, mode=mode, context=item.context, cameo=cameo,
                 quad_class=info.quad_class if info else None, goldstein=info.goldstein if info else None,
                 actor=tuple(actor), recipient=tuple(recipient), status=status, claimed_by=claimed_by,
                 date=date, date_text=date_text, date_source=source, location=place, amount=amount,
                 evidence=evidence, confidence=confidence)


# Sectors that fight: an attack by them is physical. Anyone else "attacking" a government or a party attacks it in
# words ("the businessman attacked the government over Iraq"): PLOVER's ACCUSE, not ASSAULT.
_ARMED = {"MIL", "REB", "COP", "CRM", "SPY", "UAF", "INS"}
_PEOPLE = {"person", "pronoun", "group", "organisation", "party"}
_ATTACK_WORDS = {"attack", "assail", "savage", "batter"}
# Violent verbs that also say a hard word: "lashed out at", "pummelled the plan", "demolished his case".
_FIGURATIVE = _ATTACK_WORDS | {"lash", "pummel", "pound", "ambush", "demolish", "destroy", "hammer", "slam"}


def _verbal_attack(actor, recipient, item: Found) -> bool:
    if not actor or "military" in item.context or item.token.lemma_.lower() not in _FIGURATIVE:
        return False        # killing, shooting or wounding people is never done in words
    if item.trigger.pos != "VERB" and (item.token.lemma_.lower() not in _ATTACK_WORDS or not recipient):
        return False        # "an attack on Labour's record" by a politician is one in words too
    if any(a.sector in _ARMED or a.kind not in _PEOPLE for a in actor):
        return False
    if not recipient and item.token.lemma_.lower() not in _ATTACK_WORDS:
        return False        # "executing the plans": with nobody hit, only "attack" itself is an attack in words
    return all(r.kind in _PEOPLE and r.sector not in _ARMED for r in recipient)


def _during(trigger, told: list[Event]) -> Event | None:
    """ "During his visit, he announced ...": the event inherits the earlier event's date and place."""
    head = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if head is None:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("during", "on", "amid"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    lemma = obj.lemma_.lower()
                    for event in reversed(told):
                        words = event.evidence.trigger.lower()
                        if lemma in (words, words.rstrip("s")) or _same_lemma(event, obj):
                            return event
    return None


def _same_lemma(event: Event, tok) -> bool:
    return event.type == "CONSULT" and tok.lemma_.lower() in ("visit", "trip", "tour", "talks", "meeting")


# PLOVER's CONSULT modes that who met and where tell (manual; CAMEO 042 make a visit, 044 meet at a 'third'
# location): three sides or more meet in a multilateral setting; two sides meeting in neither one's country meet
# with a third party as host; a side meeting the other in the other's country visits.
def _meeting_mode(actor, recipient, place) -> tuple[str | None, str | None]:
    """The mode and CAMEO code of a meeting with no mode of its own (None, None where nothing tells)."""
    named = [a for a in recipient if a.kind != "host"]           # the host the place gave is no side of its own
    sides = {a.country for a in (*actor, *named) if a.country}
    if len(sides) >= 3:
        return "multilateral", None
    if place is None or not place.country:
        return None, None
    if len(sides) >= 2 and place.country not in sides:
        return "third-party", "044"
    visitors = {a.country for a in actor if a.country}
    hosts = {a.country for a in recipient if a.country}
    if visitors and place.country in hosts and place.country not in visitors:
        return "visit", "042"
    if hosts and place.country in visitors and place.country not in hosts:
        return "visit", "043"       # "the chancellor met the French president in Berlin": Germany hosts
    return None, None


def _host(place, actor):
    from eventwire.resolve.model import ActorRef

    if any(a.country == place.country for a in actor) or len({a.country for a in actor if a.country}) > 1:
        return None         # the host's own talks; or two sides meeting abroad ("Iran and the US held talks in Oman")
    return ActorRef(text=place.text, start=place.start, end=place.end, name=place.name, country=place.country,
                    sector="GOV", kind="host")


# Types whose actor, when the text names none, is the government the article is about: "the potential decision
# to lower the conscription age" in an article about Ukraine is a Ukrainian measure. Other types are not guessed.
_DOMESTIC = {"MOBILIZE"}


def _focus_country(actors) -> str | None:
    """The country the article is mostly about: over 40% of the actor mentions that carry a country."""
    counts: dict[str, int] = {}
    for actor in actors:
        if actor.country and actor.country != "IGO":
            counts[actor.country] = counts.get(actor.country, 0) + 1
    if not counts:
        return None
    country, n = max(counts.items(), key=lambda kv: kv[1])
    return country if n / sum(counts.values()) > 0.4 else None


def _implicit_actor(event: Event, focus: str | None):
    if event.actor or event.recipient or event.type not in _DOMESTIC or focus is None:
        return None
    from eventwire.resolve.model import ActorRef

    return ActorRef(text="", start=event.evidence.trigger_start, end=event.evidence.trigger_start, name=None,
                    country=focus, sector="GOV", kind="implicit")


def _with_implicit_actor(event: Event, focus: str | None, violent: bool = False) -> Event:
    """Fill a side the text leaves implicit; such a participant has empty text and lowers the confidence."""
    actor = _implicit_actor(event, focus) or _unnamed_attacker(event, violent)
    if actor is not None:
        return _replace(event, actor=(actor,), confidence=round(event.confidence * 0.6, 2))
    target = _implicit_target(event, focus)
    if target is not None:
        return _replace(event, recipient=(target,), confidence=round(event.confidence * 0.6, 2))
    return event


def _unnamed_attacker(event: Event, violent: bool):
    """PLOVER's generic unidentified actor (sector UNK: "two civilians were killed by a bomb") for physical
    violence whose doer the text does not name."""
    if event.actor or not violent:
        return None
    from eventwire.resolve.model import ActorRef

    return ActorRef(text="", start=event.evidence.trigger_start, end=event.evidence.trigger_start, name=None,
                    country=None, sector="UNK", kind="implicit")


# An attack with no target named in an article about one country is an attack on that country ("Russian
# counter-offensives reclaiming territory" in an article about Ukraine). Only for ASSAULT, and never the
# attacker's own country.
_TARGETED = {"ASSAULT"}


def _implicit_target(event: Event, focus: str | None):
    if event.recipient or event.type not in _TARGETED or focus is None or not event.actor:
        return None
    if any(a.country == focus or not a.country for a in event.actor):
        return None
    from eventwire.resolve.model import ActorRef

    return ActorRef(text="", start=event.evidence.trigger_start, end=event.evidence.trigger_start, name=None,
                    country=focus, sector="GOV", kind="implicit")


# Acts addressed to whoever holds power, which domestic political speech often leaves unnamed: "the opposition
# branded it a waste of money", "campaigners called for an inquiry", "barristers threatened to resign", "the
# party pledged to oppose the bill" are aimed at the government. Where the article is about one country and every
# actor is of that country (or an international NGO speaking into it) and of its public life outside the
# government, a criticism, a demand or a threat with
# no recipient named is addressed to that government, and so is a rejection or an endorsement of a public measure
# (a bill, a plan, a scheme: the government's). Refusals to act ("declined to comment") address nobody; a company
# addresses its market.
_ADDRESSED = {"ACCUSE", "REQUEST", "THREATEN"}
_ON_MEASURES = {"REJECT", "SUPPORT"}
_PUBLIC = {"OPP", "PTY", "LEG", "JUD", "LAB", "SOC", "NGO", "CVL", "ELI", "REL", "EDU", "MED", "JRN"}


class _Measures:
    """The public-measure nouns of public_measures.tsv, read on first use."""

    _words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if _Measures._words is None:
            from eventwire.code.lexicon import read_table
            _Measures._words = frozenset(row["word"].lower() for row in read_table("public_measures.tsv"))
        return word in _Measures._words


_MEASURES = _Measures()


def _acts_on_measure(tok) -> bool:
    """The trigger's object, or the object of its preposition, names a public measure: "opposed the bill",
    "support for the plans", "voted against the proposal"."""
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _MEASURES:
            return True
        if child.dep_ == "prep":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in _MEASURES for o in child.children):
                return True
    return False


def _asks_for_something(tok) -> bool:
    """A request names what it asks for: an object, a clause, or a prepositional phrase ("called for talks")."""
    return any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep", "acl") for c in tok.children) or \
        tok.dep_ in ("compound", "amod")


@dataclass(frozen=True, slots=True)
class _Frame:
    """What the parse around a trigger says about whom the act addresses."""

    untargeted: bool = False    # a judgement naming no target ("a shambles")
    on_measure: bool = False    # its object is a public measure ("opposed the bill")
    bare: bool = False          # a request that asks for nothing named ("'Why?' he asked")
    violent: bool = False       # an assault the words make physical ("the bombing", "the device exploded")


_NO_FRAME = _Frame()


def _frame(item: Found, lexicon: Lexicon, bloodshed: bool = False) -> _Frame:
    return _Frame(untargeted=item.trigger.phrase == JUDGEMENT and not item.recipient,
                  on_measure=_acts_on_measure(item.token),
                  bare=item.trigger.type == "REQUEST" and not _asks_for_something(item.token),
                  violent=item.trigger.type == "ASSAULT" and _physical(item, lexicon, bloodshed))


def _specific(noun) -> bool:
    """Whether an event noun tells of one act or several, not of a kind of act: "the bombing", "Saturday's
    attack", "two explosions", but not "evidence gained under torture", "a bomb plot", "weapons of mass
    destruction". A name or a date makes it one act ("2007 Bagram bombing", "the April 15 attack"), and so does
    an attempt at it ("the failed assassination attempt")."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() == "attempt":
        return _specific(noun.head)
    if noun.dep_ in ("compound", "amod", "nmod", "poss"):
        return False
    return noun.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("compound", "nmod") and c.ent_type_ in _OCCASIONS)
        for c in noun.children)


_OCCASIONS = frozenset({"GPE", "LOC", "FAC", "DATE", "NORP", "ORG", "EVENT"})


# An attack whose doer news cannot name ("4 people were killed in a suicide bombing") is where the PLOVER manual
# considers relaxing its rule of a named actor, and its sector table has the actor for it: UNK, "generic
# unidentified actors (e.g. actor for 'two civilians were killed by a bomb')". Such an assault stands without a
# participant eventwire can place, its actor UNK. Only where
# the words make the violence physical, since "attack", "battle", "beat" or "exploded" alone may be figurative
# ("an attack on his record", "prices exploded"): a noun of one of these modes ("bombing", "explosion",
# "shooting", "assassination", "massacre"), a terrorist or military context, a weapon named as the act's
# modifier, subject, object or instrument ("the bomb exploded", "a knife attack", "opened fire with rifles"), or
# an earlier sentence of the story that told of such violence (a word keeps one sense in one story).
_VIOLENT_NOUN_MODES = frozenset({"explosives", "firearms", "assassinate", "suicide-attack", "massacre",
                                 "heavy-weapons", "aerial", "drone", "unconventional", "targeted", "torture",
                                 "sexual", "cleansing", "primitive"})
_VIOLENT_CONTEXTS = frozenset({"terrorism", "military"})
# Trigger nouns that name the weapon rather than the act ("a bomb"): what it did is said by a verb.
_WEAPONS = frozenset({"bomb", "car bomb", "firebomb", "grenade", "mine", "landmine", "rocket", "missile", "shell",
                      "mortar", "device", "explosive"})


def _physical(item: Found, lexicon: Lexicon, bloodshed: bool = False) -> bool:
    if item.trigger.pos == "NOUN" and (not _specific(item.token) or item.token.lemma_.lower() in _WEAPONS):
        return False        # a weapon is no act: "a bomb" is one with the verb that says what it did
    if bloodshed or _VIOLENT_CONTEXTS & set(item.context):
        return True         # one sense per story: after a bombing, "the attacks" are no words
    if item.trigger.pos == "NOUN" and (item.trigger.mode or item.mode) in _VIOLENT_NOUN_MODES:
        return True
    tok = item.token
    near = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "amod", "compound", "nmod")]
    near += [o for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")
             for o in c.children if o.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl"):
        near.append(tok.head)               # "a device that exploded"
    words = [w for n in near for w in (n, *(m for m in n.children if m.dep_ in ("amod", "compound")))]
    return any(m.mode for w in words for m in lexicon.modifiers_for(w.lemma_.lower(), "ASSAULT")
               if m.type == "ASSAULT")


def _with_addressee(event: Event, focus: str | None, frame: _Frame) -> Event:
    """The event with its implicit addressee. A judgement with no target is made by any public speaker, a
    minister too, of the other side of the country's politics."""
    if event.recipient or focus is None or not event.actor or frame.bare:
        return event
    if event.type not in _ADDRESSED and not (event.type in _ON_MEASURES and frame.on_measure):
        return event
    # a legislature deciding on a bill is no addressee's critic: its bills come from its own members too
    public = _PUBLIC | {"GOV"} if frame.untargeted else \
        _PUBLIC - {"LEG"} if event.type in _ON_MEASURES else _PUBLIC
    if any(not (a.country == focus or _international_ngo(a))
           or not (a.sector in public or (a.sector is None and a.kind == "person")) for a in event.actor):
        return event
    from eventwire.resolve.model import ActorRef

    target = ActorRef(text="", start=event.evidence.trigger_start, end=event.evidence.trigger_start, name=None,
                      country=focus, sector="GOV", kind="implicit")
    return _replace(event, recipient=(target,), confidence=round(event.confidence * 0.8, 2))


# Acts one actor does once to one other in a story's span: a resignation, a meeting. Told again ("Mr X quit ...
# Mr X said he was resigning because ...") it is the same act, coded once (where first told).
_ONCE = {"RETREAT", "CONSULT"}


def _told_before(event: Event, told: list[Event]) -> bool:
    if event.type not in _ONCE or not event.actor or not all(a.name for a in event.actor):
        return False
    names = frozenset(a.name for a in event.actor)
    others = frozenset(a.name or a.country for a in event.recipient)
    return any(e.type == event.type and e.mode == event.mode and frozenset(a.name for a in e.actor) == names
               and frozenset(a.name or a.country for a in e.recipient) == others for e in told)


def _international_ngo(actor) -> bool:
    """An international NGO (Amnesty, Human Rights Watch) speaks into a country's public life as its own
    campaigners do: "Amnesty questioned whether the decisions were lawful" in a story about one country."""
    return actor.country == "IGO" and actor.sector == "NGO"


def _merge_same_type(events: list[Event]) -> list[Event]:
    """One sentence, one event per type and participants: "As Austin engages with Zelensky, discussions ..."."""
    out: list[Event] = []
    for event in events:
        same = next((e for e in out if e.type == event.type and e.actor and event.actor
                     and _nested(_countries(e.actor), _countries(event.actor))
                     and _nested(_countries(e.recipient), _countries(event.recipient))), None)
        if same is not None:        # "air strikes killed 12": the verb and its noun subject are one event
            fuller = same if len(same.recipient) >= len(event.recipient) else event
            out[out.index(same)] = _replace(fuller, mode=same.mode or event.mode,
                                            amount=same.amount or event.amount,
                                            location=same.location or event.location)
            continue
        twin = next((e for e in out if e.type == event.type and (not e.actor or not event.actor)
                     and _compatible(_countries(e.recipient), _countries(event.recipient))), None)
        if twin is None:
            out.append(event)
            continue
        fuller, other = (twin, event) if len(twin.actor) + len(twin.recipient) >= \
            len(event.actor) + len(event.recipient) else (event, twin)
        status = max((twin.status, event.status), key=lambda s: _STATUS_RANK[s])
        merged = _replace(fuller, status=status, mode=fuller.mode or other.mode,
                          recipient=fuller.recipient or other.recipient)
        out[out.index(twin)] = merged
    return out


_STATUS_RANK = {Status.NEGATED: 5, Status.HYPOTHETICAL: 4, Status.FUTURE: 3, Status.HEDGED: 2,
                Status.CLAIMED: 1, Status.ASSERTED: 0}


def _replace(event: Event, **changes) -> Event:
    from dataclasses import replace

    return replace(event, **changes)


# Types that are acts between two parties: without a recipient ("the party promised to cut taxes") there is
# nothing to code. The others (ACCUSE, AID, REJECT, RETREAT, PROTEST, MOBILIZE, COERCE, ASSAULT) may stand alone.
_DYADIC = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "REQUEST", "THREATEN", "CONCEDE", "SANCTION"}


# Acts of speech and diplomacy: someone must be doing them. "Asked whether ..., he said", "the appeal to voters",
# "was welcomed" with nobody named who asks, appeals or welcomes is no event eventwire can state. So are decisions
# (PLOVER codes no event without an actor, and considers relaxing that only for attacks and arrests whose doer
# news cannot name): "the men freed from the camp", "he was suspended", "his resignation" name nobody who frees,
# suspends or resigns; the article states the act where it names who did it.
_SAID = {"REQUEST", "SUPPORT"}
_DECIDED = {"RETREAT", "SANCTION"}


def _codable(event: Event, focus: str | None) -> bool:
    if not event.actor and not event.recipient and event.type in _SYMMETRIC:
        # "talks were held in Havana": a meeting with no party named is coded where it happened, with none
        return event.location is not None and event.location.country is not None
    if event.type in _DYADIC and not event.recipient and not _between_actors(event):
        return False
    if event.type in _SAID | _DECIDED and not event.actor:
        return False
    return _known(event.actor) or _known(event.recipient) or _implicit_actor(event, focus) is not None


# Acts that two sides named together do with each other: "Germany and France held talks", "... signed a deal"
# (CAMEO 057, sign a formal agreement, is SUPPORT in PLOVER but as mutual as the others).
_MUTUAL_CAMEO = {"057"}


def _between_actors(event: Event) -> bool:
    """A mutual act whose actors are two sides or more: one event with all of them, no recipient needed."""
    if event.type not in _SYMMETRIC and event.cameo not in _MUTUAL_CAMEO:
        return False
    return len({a.country or a.name for a in event.actor if a.country or a.name}) >= 2


def _known(actors) -> bool:
    """At least one participant eventwire can place: a country or a PLOVER sector."""
    return any(a.country or a.sector for a in actors)


def _nested(a: frozenset, b: frozenset) -> bool:
    return a <= b or b <= a


def _compatible(a: frozenset, b: frozenset) -> bool:
    return not a or not b or a == b


def _countries(actors) -> frozenset:
    return frozenset(a.country for a in actors if a.country)


def _confidence(item: Found, actor, recipient) -> float:
    score = 0.5
    if actor and all(a.country for a in actor):
        score += 0.2
    if recipient:
        score += 0.15
    if item.trigger.pos == "VERB":
        score += 0.1
    return round(min(score, 0.95), 2)
