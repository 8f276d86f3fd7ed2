"""Actor resolution: every mention of a person, government, organisation or group in a parsed article.

One pass over the article in reading order, with dictionary look-ups into the actor lexicon:

- named people (spaCy PERSON) are matched to the office-holders known on the publication date; others take
  country, sector and office from the title before the name ("Ukrainian leader Volodymyr Zelensky", "Tory leader
  Michael Howard"), an apposition ("Richard Thomas, the information commissioner"), or an earlier full mention;
- a surname or "Mr X" after the full name is the same actor; "he"/"she" as a subject is the most recent person who
  was the subject of a main clause (or, failing that, the most recent person named), honorifics permitting;
  "the minister" is the most recent person mentioned with that title;
- countries, capitals and seats of government acting in the sentence ("Moscow said", "aid to Ukraine") stand for
  governments; international organisations, national groups and parties are looked up by name;
- sector nouns ("Russian troops", "Iraqi police", "some officials", "critics") are groups, with the country of
  their modifier, else the article's home country when one country clearly dominates it, else none.

    >>> nlp = eventwire.annotate.load_nlp()
    >>> [(a.text, a.country, a.sector) for a in find_actors(nlp("Russian troops shelled Kharkiv."))]
    [('Russian troops', 'RUS', 'MIL')]
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from eventwire.annotate.quotes import Quotes
from eventwire.resolve.actorlexicon import (
    FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, ActorLexicon, Entry, Holding, Party, SectorWord,
)
from eventwire.resolve.metonymy import used_as_actor
from eventwire.resolve.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_LABELS = ("GPE", "NORP", "ORG", "LOC", "FAC")
# Prepositions whose object is a party to an act rather than a location: "aid to Ukraine", "talks with Moscow".
ROLE_PREPS = frozenset({"to", "with", "against", "toward", "towards", "on", "upon", "for", "by", "from"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "within", "throughout", "inside", "outside", "around"})
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "nn", "poss", "case", "punct", "det"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRONOUNS = {"he": "m", "she": "f"}
OBJECT_PRONOUNS = {"him": "m", "her": "f"}
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
# Sectors whose former members PLOVER calls elites (ELI) when they hold no position now.
POLITICAL = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# Offices whose holders the news names by surname alone, even abroad.
LEADER_OFFICES = frozenset({"President", "Acting President", "Prime Minister", "Chancellor", "Premier",
                            "Supreme Leader", "King", "Queen", "Emperor", "Emir", "Crown Prince", "Pope",
                            "President of the Palestinian Authority"})
# Sectors a party membership does not override ("Tory" + "police officer" stays COP).
ARMED = frozenset({"MIL", "COP", "JUD", "SPY", "REB", "UAF", "PRM", "CRM"})
# Titles of those who speak for a body; with a portfolio and no body named, for a party's frontbench.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Sectors of generic titles ("spokesman", "chairman", "official") that yield to the organisation they serve.
DEFERRING = frozenset({None, "GOV", "BUS", "LAB", "LEG", "COP"})
# Verbs that make their subject a party's member: "quit the party", "joined Labour", "defected to the Tories".
MEMBERSHIP_VERBS = frozenset({"join", "rejoin", "quit", "leave"})
MEMBERSHIP_MOVES = frozenset({"defect", "resign", "switch", "cross"})
# A member's sector the party's own replaces: none known, a legislator's ("the MEP"), a party's.
MEMBER_SECTORS = frozenset({None, "LEG", "PTY"})
# Sectors whose definite description usually brings in someone new ("X was jailed. The judge said ..."), not
# the last person named.
NEWCOMERS = frozenset({"JUD", "COP", "MIL", "MED", "SPY", "CRM", "REB", "UAF"})
# A country dominates an article when it has at least this share of the country evidence (and two mentions).
HOME_SHARE = 0.6


@dataclass(slots=True)
class _Person:
    """What the article has said so far about one person."""

    ref: ActorRef
    gender: str | None       # "m", "f" or None when neither honorific nor pronoun has told
    main_subject_at: int     # index of the last sentence where the person was a main-clause subject, or -1
    seen_at: int             # token index of the last mention


def find_actors(doc: "Doc", on: date | None = None, *, lexicon: ActorLexicon | None = None) -> list[ActorRef]:
    """Every actor mention in `doc`, resolved as of `on` (the publication date), in text order."""
    return _Resolver(doc, on, lexicon or ActorLexicon.load()).run()


class _Resolver:
    def __init__(self, doc: "Doc", on: date | None, lexicon: ActorLexicon) -> None:
        self.doc = doc
        self.on = on
        self.lex = lexicon
        self.out: list[ActorRef] = []
        self.covered: set[int] = set()
        self.people: dict[str, _Person] = {}        # full name and surname keys -> person
        self.recent: list[_Person] = []             # people in order of last mention
        self.titles: dict[str, ActorRef] = {}       # "minister", "minister of defence" -> last person so titled
        self.bodies: list[tuple[ActorRef, int]] = []  # parties, organisations, groups that were main subjects
        self.home = self._home_country()
        self.named: frozenset[str] | None = None
        self.sent_index = {}
        for n, sent in enumerate(doc.sents):
            self.sent_index[sent.start] = n

    # -- the pass --------------------------------------------------------------------------------------------
    def run(self) -> list[ActorRef]:
        doc = self.doc
        names = _joined_names(doc)
        ents = {ent.start: ent for ent in names}
        chunks = {}
        for chunk in doc.noun_chunks:
            start = chunk.start
            for token in chunk[:-1]:
                if "\n" in token.whitespace_ or token.is_space:
                    start = token.i + 1       # a headline run into the first line
            chunks[start] = doc[start:chunk.end]
        titles: dict[int, tuple[int, list["Token"]]] = {}
        for ent in names:
            if ent.label_ == "PERSON" and not self._not_a_person(ent):
                title = _title_tokens(ent, self._title_word)
                start = title[0].i if title else ent.start
                titles[start] = (ent.start, title)
        sent_no = -1
        i = 0
        tokens = list(doc)
        n = len(tokens)
        while i < n:
            token = tokens[i]
            if token.is_sent_start or i == 0:
                sent_no += 1
            if i in self.covered:
                i += 1
                continue
            if i in titles:
                ent_start, title = titles[i]
                ent = ents[ent_start]
                self._person(ent, title, sent_no)
                i = ent.end
                continue
            chunk = chunks.get(i)
            if chunk is not None and self._group(chunk):
                i = chunk.end
                continue
            ent = ents.get(i)
            if ent is not None:
                if ent.label_ == "PERSON" and self._not_a_person(ent):
                    self._name(ent, "ORG") or self._group(ent)
                elif ent.label_ == "PERSON" or self._titled_name(ent) or self._person_taken_for_org(ent):
                    self._person(ent, [], sent_no)
                elif ent.label_ in NAME_LABELS:
                    self._name(ent, ent.label_)
                elif ent.label_ in ("MONEY", "QUANTITY", "CARDINAL"):
                    self._name_before_amount(ent)
                elif ent.label_ == "DATE" and ent.text.lower().endswith("-year-old"):
                    self._aged_person(ent)
                i = ent.end
                continue
            if self._party_adjective(token):
                party = self.lex.party(token.text, self.home)
                self._emit(doc[i:i + 1], party.name, party.country, party.sector_on(self.on), "organisation")
                i += 1
                continue
            if token.is_title or token.is_upper and not token.ent_type_:
                span = self._missed_name(i)
                if span is not None:
                    self._name(span, "ORG")
                    i = span.end
                    continue
            gender = PRONOUNS.get(token.lower_)
            if gender and token.dep_ in SUBJECT_DEPS:
                self._pronoun(token, gender, sent_no)
            elif token.lower_ in OBJECT_PRONOUNS and token.dep_ in OBJECT_DEPS:
                self._pronoun(token, OBJECT_PRONOUNS[token.lower_], sent_no)
            elif token.lower_ == "they" and token.dep_ in SUBJECT_DEPS:
                self._plural_pronoun(token, sent_no)
            elif token.lower_ == "it" and token.dep_ == "dobj":
                self._object_it(token)
            i += 1
        return self._backfill()

    def _name_before_amount(self, ent: "Span") -> None:
        """A name the tagger ran into the amount after it: "given Labour pounds 50,000"."""
        end = ent.start
        while end < ent.end and self.doc[end].is_title and self.doc[end].pos_ == "PROPN":
            end += 1
        if end == ent.start or end == ent.end:
            return
        name = self.doc[ent.start:end]
        if self.lex.lookup(name.text) or self.lex.party(name.text):
            self._name(name, "ORG")

    def _person_taken_for_org(self, ent: "Span") -> bool:
        """A person's name the tagger took for an organisation: after an honorific ("Mr Kilroy-Silk"), the
        surname of someone the article has named in full, or an office-holder of the article's date (abroad, a
        head of state or government only, as for any bare surname: "Kishida arrived", "Scholz met")."""
        if ent.label_ != "ORG" or len(ent) > 4:
            return False
        text = _trim_text(ent)
        if self.lex.lookup(text) or self.lex.party(text):
            return False
        if ent.start > 0 and self.doc[ent.start - 1].lower_ in HONORIFICS:
            return True
        person = self.people.get(text.lower())
        if person is not None and " " in (person.ref.name or "") and " " not in text:
            return True
        if len(ent) > 3 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            return False
        holdings = self.lex.holders(text, self.on, country=self.home)
        return bool(holdings) and (len(ent) > 1 or self._known_alone(holdings))

    def _titled_name(self, ent: "Span") -> bool:
        """A name the tagger took for an organisation that an apposition gives a person's title: "Jane Smith,
        the party's health spokeswoman"."""
        if ent.label_ != "ORG" or len(ent) < 2 or self.lex.lookup(ent.text) or self.lex.party(ent.text):
            return False
        if not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            return False
        appos = _apposition(ent)
        if not appos:
            return False
        head = appos[-1] if appos[-1].dep_ == "appos" else next((t for t in appos if t.dep_ == "appos"), None)
        if head is None:
            return False
        word = self.lex.sector_word((head.lemma_.lower(),))
        return word is not None and word.kind in ("title", "person")

    def _backfill(self) -> list[ActorRef]:
        """Give every mention of a person what any mention of them told: "Howard" in a headline is the Michael
        Howard the body names, and the first "Mr Wyatt" learns the party a later sentence gives him."""
        members = self._party_members()
        if members:
            self.out = [replace(ref, sector=members[ref.name]) if ref.kind in ("person", "pronoun")
                        and ref.name in members and ref.sector in MEMBER_SECTORS else ref for ref in self.out]
        best: dict[str, ActorRef] = {}
        for ref in self.out:
            if ref.kind in ("person", "pronoun") and ref.name:
                have = best.get(ref.name)
                if have is None or _richness(ref) > _richness(have):
                    best[ref.name] = ref
        surnames: dict[str, set[str]] = {}
        for name in best:
            if " " in name:
                surnames.setdefault(name.split()[-1].lower(), set()).add(name)
        out = []
        for ref in self.out:
            if ref.kind in ("person", "pronoun") and ref.name:
                name = ref.name
                if " " not in name and len(surnames.get(name.lower(), ())) == 1:
                    name = next(iter(surnames[name.lower()]))
                full = best.get(name)
                if full is not None and _richness(full) > _richness(ref):
                    ref = replace(ref, name=full.name, country=full.country, sector=full.sector, office=full.office)
            out.append(ref)
        return out

    def _party_members(self) -> dict[str, str]:
        """People the article has join, leave or defect to a party ("X has quit the UK Independence Party", "Y
        defected to Labour"): a party's member, its sector is the party's (GOV while it governs, else OPP)."""
        doc = self.doc
        people = {(ref.start, ref.end): ref for ref in self.out if ref.kind in ("person", "pronoun") and ref.name}
        by_token = {}
        for (start, end), ref in people.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    by_token[t.i] = ref
        members: dict[str, str] = {}
        for ref in self.out:
            party = self.lex.party(ref.name, ref.country) if ref.kind == "organisation" and ref.name else None
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand") if party else None
            if span is None:
                continue
            root = span.root
            verb = None
            if root.dep_ == "dobj" and root.head.lemma_.lower() in MEMBERSHIP_VERBS:
                verb = root.head
            elif root.dep_ == "pobj" and root.head.lower_ in ("to", "from") and \
                    root.head.head.lemma_.lower() in MEMBERSHIP_MOVES:
                verb = root.head.head
            while verb is not None and not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj":
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            person = None
            if subj is not None:      # "Jane Doe MP defected": the title may head the name
                person = by_token.get(subj.i) or next((by_token[c.i] for c in subj.children
                                                       if c.dep_ == "compound" and c.i in by_token), None)
            if person is not None:
                members[person.name] = party.sector_on(self.on)
        return members

    def _not_a_person(self, ent: "Span") -> bool:
        """spaCy calls some party names and sector nouns people ("Lib Dem", "MPs")."""
        text = _trim_text(ent)
        if self.lex.people(text):
            return False
        if self.lex.party(text) is not None or any(e.kind != "demonym" for e in self.lex.lookup(text)):
            return True
        return self.lex.sector_word(tuple(_lemma_words(list(ent)))) is not None

    def _title_word(self, token: "Token") -> bool:
        """A token that may stand in a title before a name although tagged PERSON ("Lib Dem" in "Lib Dem MP X")."""
        if not token.ent_type_:
            return False
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        text = doc[start:end].text
        return self.lex.party(text) is not None or bool(self.lex.lookup(text))

    def _party_adjective(self, token: "Token") -> bool:
        """A party's adjective before what the party owns or proposes ("Conservative policies", "Labour plans"):
        the party is a participant. Before a person or group noun ("Conservative MPs") it is a title instead."""
        if token.ent_type_ or token.is_sent_start or not token.is_title or token.dep_ not in ("amod", "compound"):
            return False
        head = token.head
        if head.i <= token.i or head.pos_ != "NOUN" or self.lex.sector_word(tuple(_lemma_words([head]))):
            return False
        return self.lex.party(token.text, self.home) is not None

    def _missed_name(self, i: int) -> "Span | None":
        """A party, organisation or seat of government spaCy did not tag, as the longest run of words naming it."""
        doc = self.doc
        if not self.lex.may_start_name(doc[i].text):
            return None
        for size in (4, 3, 2, 1):
            end = i + size
            if end > len(doc) or any(t.ent_type_ or t.is_punct or t.i in self.covered for t in doc[i:end]):
                continue
            entries = self.lex.lookup(doc[i:end].text)
            if any(e.kind in ("party", "organisation", "seat") for e in entries):
                return doc[i:end]
        return None

    def _named_people(self) -> frozenset[str]:
        """The canonical names of the office-holders the article names in full, in any term of office."""
        if self.named is None:
            self.named = frozenset(h.name for ent in self.doc.ents if ent.label_ == "PERSON"
                                   and " " in _trim_text(ent).strip() for h in self.lex.holders(_trim_text(ent)))
        return self.named

    # -- the article's home country --------------------------------------------------------------------------
    def _home_country(self) -> str | None:
        votes: Counter[str] = Counter()
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                for holding in self.lex.holders(ent.text, self.on)[:1]:
                    if " " in ent.text.strip():
                        votes[holding.country] += 1
            elif ent.label_ in NAME_LABELS:
                for entry in self.lex.lookup(_trim_text(ent))[:1]:
                    if entry.country and entry.country not in ("IGO", "IMG"):
                        votes[entry.country] += 1
        if not votes:
            return None
        country, top = votes.most_common(1)[0]
        if (top >= 2 or len(votes) == 1) and top / sum(votes.values()) >= HOME_SHARE:
            return country
        return None

    # -- people ----------------------------------------------------------------------------------------------
    def _person(self, ent: "Span", title: list["Token"], sent_no: int) -> None:
        doc = self.doc
        start = ent.start
        honorific = None
        while start > 0 and doc[start - 1].lower_ in HONORIFICS and doc[start - 1].i not in self.covered:
            start -= 1
            honorific = doc[start].lower_
        name_tokens = [t for t in ent if t.lower_ not in HONORIFICS and not t.is_punct or t.lower_ == "."]
        while len(name_tokens) > 1:           # "Lib Dem Norman Baker", "Tory Michael Howard": the title is inside
            lead = self._leading_title(name_tokens, title)
            if not lead:
                break
            title = title + name_tokens[:lead]
            name_tokens = name_tokens[lead:]
        while name_tokens and name_tokens[-1].lower_ in ("'s", "’s", "'", "’"):
            name_tokens.pop()
        if len(name_tokens) > 2 and self._post_title(name_tokens[-1]):
            title = title + [name_tokens.pop()]       # "Jane Doe MP", "John Roe QC": the title after the name
        if not name_tokens:
            return
        end = name_tokens[-1].i + 1
        if ent.start < start:
            start = ent.start
        inner_honorific = [t.lower_ for t in ent if t.lower_ in HONORIFICS]
        if inner_honorific and honorific is None:
            honorific = inner_honorific[0]
        name_text = doc[name_tokens[0].i:end].text
        full_text = (f"{honorific.capitalize()} {name_text}" if honorific in ("lord", "lady", "baroness")
                     else name_text)
        words = name_text.split()
        known = self._known_person(name_text, full_text, words)
        if honorific in ("sir", "dame") and len(words) == 1:
            # a knight or a dame is named again by the first name: "Sir Howard Newby ... Sir Howard said"
            known = self.people.get("first:" + words[0].lower()) or known
        context = self._title_context(title, ent)
        if known is not None and len(words) > 1 and known.ref.country is None and self.lex.people(name_text):
            known = None                      # a full name the lexicon knows beats an unresolved earlier surname
        ref = ActorRef(doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                       name=name_text, kind="person")
        if known is not None:
            ref = replace(ref, name=known.ref.name, country=known.ref.country, sector=known.ref.sector,
                          office=known.ref.office)
            ref = self._merge_context(ref, context, override=False)
        else:
            holdings = (self.lex.holders(full_text, self.on, country=self.home)
                        or self.lex.holders(name_text, self.on, country=self.home))
            if holdings and (len(words) > 1 or self._title_agrees(holdings, context) and self._known_alone(holdings)):
                holding = _best_holding(holdings, context)
                ref = replace(ref, name=holding.name, country=holding.country, sector=holding.sector,
                              office=holding.office)
            else:
                past = self.lex.people(full_text) or self.lex.people(name_text) if len(words) > 1 else ()
                if past:
                    ref = replace(ref, name=past[0].name, country=past[0].country)
                ref = self._merge_context(ref, context, override=True)
                if ref.country is None and self.home:
                    ref = replace(ref, country=self.home)
        while title and title[0].i > 0 and title[0].i - 1 not in self.covered:
            before = doc[title[0].i - 1]          # "Defense" parsed apart from "Minister Rustem Umerov"
            if before.is_title and self.lex.sector_word(
                    tuple(t.lower_ for t in [before, *title] if not t.is_punct)) is not None:
                title = [before, *title]
                context = self._title_context(title, ent)
                if known is None and context.word is not None and ref.sector == context.word.sector:
                    ref = replace(ref, office=ref.office if ref.country else context.word.office)
            else:
                break
        for token in title:
            self.covered.add(token.i)
        for i in range(start, end):
            self.covered.add(i)
        if title:
            first = title[0]
            while first.i < start and first.dep_ in ("det", "punct"):
                first = doc[first.i + 1]
            if first.i < start:
                ref = replace(ref, text=doc[first.i:end].text, start=first.idx)
        self.out.append(ref)
        gender = ("f" if honorific in FEMALE_HONORIFICS else "m" if honorific in MALE_HONORIFICS else None)
        self._remember(ref, gender, ent.root, sent_no, words, context)

    def _leading_title(self, tokens: list["Token"], title: list["Token"]) -> int:
        """How many of a name's first tokens are a party, a demonym or a sector word rather than the name
        (with the title's last word: "Lib" + "Dem Norman Baker")."""
        if self.lex.people(" ".join(t.text for t in tokens)):
            return 0
        for size in (3, 2, 1):
            if size >= len(tokens):
                continue
            text = " ".join(t.text for t in tokens[:size])
            if title and self.lex.party(f"{title[-1].text} {text}") is not None:
                return size
            if (self.lex.party(text) is not None or any(e.kind == "demonym" for e in self.lex.lookup(text))
                    or self.lex.sector_word(tuple(t.lower_ for t in tokens[:size])) is not None):
                return size
        return 0

    def _post_title(self, token: "Token") -> bool:
        """An abbreviated title written after a name, British style: "MP", "MEP", "QC"."""
        if not (token.is_upper and token.is_alpha and len(token.text) <= 4):
            return False
        word = self.lex.sector_word((token.lower_,))
        return word is not None and word.kind == "title"

    def _known_person(self, name_text: str, full_text: str, words: list[str]) -> _Person | None:
        for key in (full_text.lower(), name_text.lower(), words[-1].lower()):
            person = self.people.get(key)
            if person is not None:
                return person
        return None

    def _known_alone(self, holdings: tuple[Holding, ...]) -> bool:
        """A bare surname names a foreign office-holder only if a head of state or government: "Bush" in a
        British article is the president, "Brown" in an American one is not the British chancellor."""
        if self.home is None or any(h.country in (self.home, "IGO") for h in holdings):
            return True
        return any(h.office in LEADER_OFFICES for h in holdings)

    def _title_agrees(self, holdings: tuple[Holding, ...], context: "_Context") -> bool:
        """A bare surname matches a known office-holder unless the article's title for it says otherwise."""
        if context.country and all(h.country != context.country for h in holdings):
            return False
        return True

    def _remember(self, ref: ActorRef, gender: str | None, root: "Token", sent_no: int, words: list[str],
                  context: "_Context") -> None:
        key_full = (ref.name or ref.text).lower()
        person = self.people.get(key_full)
        if person is None:
            person = _Person(ref, gender, -1, root.i)
        else:
            person.gender = person.gender or gender
            if person.ref.country is None or person.ref.sector is None:
                person.ref = replace(person.ref, country=person.ref.country or ref.country,
                                     sector=person.ref.sector or ref.sector, office=person.ref.office or ref.office)
        self.people[key_full] = person
        self.people.setdefault((ref.name or ref.text).split()[-1].lower(), person)
        for holding in self.lex.people(ref.name or ""):   # "Kim" after "Kim Jong Un", "Lula" after "Lula da Silva"
            self.people.setdefault(holding.surname.lower(), person)
        if len(words) > 1:
            self.people.setdefault(" ".join(words).lower(), person)
            self.people["first:" + words[0].lower()] = person
        for key in _title_keys(ref.office, context.word):
            self.titles[key] = person.ref
        if root.i in Quotes.of(self.doc).inside:
            # a name inside a quotation is the speaker's word, not the story's: "'... what Jones did,' he added"
            # speaks of Jones, and "he" is whoever is quoted
            return
        person.seen_at = root.i
        if _is_main_subject(root):
            person.main_subject_at = sent_no
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    # -- pronouns --------------------------------------------------------------------------------------------
    def _pronoun(self, token: "Token", gender: str, sent_no: int) -> None:
        candidates = [p for p in reversed(self.recent) if p.gender in (None, gender) and p.seen_at < token.i]
        if token.dep_ not in SUBJECT_DEPS:
            # "Mr Howard urged him": an object pronoun is not its own clause's subject
            own = _clause_subject(token)
            if own is not None:
                candidates = [p for p in candidates
                              if not own.left_edge.i <= p.seen_at <= own.right_edge.i]
        if not candidates:
            return
        subjects = [p for p in candidates if p.main_subject_at >= sent_no - 2]
        chosen = max(subjects, key=lambda p: (p.main_subject_at, p.seen_at)) if subjects else candidates[0]
        if token.dep_ not in SUBJECT_DEPS:
            # "As Mr Brown announced the date, the firm urged him ...": the one other person of its own sentence
            here = [p for p in candidates if p.seen_at >= token.sent.start]
            if len(here) == 1:
                chosen = here[0]
        chosen.gender = chosen.gender or gender
        if _is_main_subject(token):
            chosen.main_subject_at = sent_no
        chosen.seen_at = token.i
        self.recent.remove(chosen)
        self.recent.append(chosen)
        self._emit_pronoun(token, chosen.ref, chosen.ref.office)

    def _plural_pronoun(self, token: "Token", sent_no: int) -> None:
        """"They" as a subject is the party, organisation or group that was last the subject of a main clause, in
        this sentence or, where "they" is itself one, in the one before: "The Tories insisted they would hold
        ministers to account. They said they would also press Labour." A "they" inside a quotation is the
        speaker's and is left alone."""
        if token.i in Quotes.of(self.doc).inside:
            return
        # a "they" that is itself a main subject may go back a sentence; one deeper down stays in its own, and
        # only as the subject of what the main clause says: "the Tories insisted they would ..."
        main = _is_main_subject(token)
        if not main and not (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT"):
            return
        first = sent_no - 1 if main else sent_no
        candidates = [(ref, at) for ref, at in self.bodies if ref.start < token.idx and first <= at <= sent_no]
        if not candidates:
            return
        people = [p for p in self.recent if p.main_subject_at >= sent_no - 1 and p.seen_at < token.i]
        ref, _ = max(candidates, key=lambda ra: (ra[1], ra[0].start))
        if any(self.doc[p.seen_at].idx > ref.start for p in people):
            return                            # someone named since: "they" may be them and others
        self._emit_pronoun(token, ref)
        if _is_main_subject(token):
            self.bodies.append((replace(ref, start=token.idx), sent_no))

    def _object_it(self, token: "Token") -> None:
        """"It" as the object of the second of two joined verbs is the first one's object where that is an
        organisation: "X has quit the party and accused it of betrayal"."""
        verb = token.head
        if verb.dep_ != "conj" or token.i in Quotes.of(self.doc).inside:
            return
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if obj is None:
            return
        ref = next((r for r in self.out if r.kind == "organisation" and r.start <= obj.idx < r.end), None)
        if ref is None:
            return
        self._emit_pronoun(token, ref)

    def _emit_pronoun(self, token: "Token", ref: ActorRef, office: str | None = None) -> None:
        """A pronoun as a mention of the actor `ref` it refers to (a person keeps the office they hold)."""
        self.covered.add(token.i)
        self.out.append(ActorRef(token.text, token.idx, token.idx + len(token.text), name=ref.name,
                                 country=ref.country, sector=ref.sector, office=office, kind="pronoun"))

    def _note_body(self, ref: ActorRef, root: "Token") -> None:
        """Remember a party, an organisation or a plural group that is a main clause's subject, for "they"."""
        if ref.kind not in ("organisation", "group") or not (ref.country or ref.sector):
            return
        if ref.kind == "group" and root.tag_ not in ("NNS", "NNPS") and not root.ent_type_:
            return
        if not _is_main_subject(root) or root.i in Quotes.of(self.doc).inside:
            return
        self.bodies.append((ref, self.sent_index.get(root.sent.start, -1)))

    # -- titles and modifiers --------------------------------------------------------------------------------
    def _title_context(self, title: list["Token"], ent: "Span") -> "_Context":
        context = self._modifiers([t for t in title if t.dep_ not in ("det", "punct", "case")])
        appos = _apposition(ent)
        if appos is not None:
            extra = self._modifiers(appos)
            if extra.organisation is None:
                extra = replace(extra, organisation=self._served_body(appos))
            context = _Context(context.country or extra.country, context.party or extra.party,
                               context.word or extra.word, context.former or extra.former,
                               context.shadow or extra.shadow, context.organisation or extra.organisation)
        if context.organisation is None and context.word is None:
            # "Kate Allen of Amnesty UK", "Jane Smith, of the Residents' Association, said": whom the person is of
            prep = next((c for c in ent.root.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
            if prep is not None:
                body = self._served_body([ent.root, prep, *[t for t in prep.subtree
                                                            if t.i > prep.i and not t.is_punct]])
                if body is not None:
                    context = replace(context, organisation=body)
        if context.party is None and self._speaks_for_a_party(title + (appos or []), context):
            party = self._party_named_near(ent.start)
            if party is not None:
                context = replace(context, party=party, country=context.country or party.country)
        return context

    def _speaks_for_a_party(self, tokens: list["Token"], context: "_Context") -> bool:
        """A title that makes its holder a party's: "the party's Treasury spokesman", or a portfolio spokesperson
        that serves no named body ("Home Affairs spokesman": a party's frontbench; a "Home Office spokesman"
        speaks for the ministry)."""
        words = [t.lower_ for t in tokens]
        if any(t.lower_ == "party" and any(c.dep_ == "case" for c in t.children) for t in tokens):
            return True
        if context.organisation is not None or context.country is not None:
            return False
        return bool(words) and words[-1] in SPOKESPEOPLE and all(
            self.lex.sector_word((w,)) is None for w in words[:-1] if w.isalpha())

    def _party_named_near(self, i: int) -> Party | None:
        """The party named last before token i, else the first one named after it."""
        at = self.doc[i].idx
        named: list[tuple[int, Party]] = []
        for ref in self.out:
            if ref.kind == "organisation" and ref.name:
                party = self.lex.party(ref.name, ref.country)
                if party is not None:
                    named.append((ref.start, party))
        for e in self.doc.ents:
            if e.label_ in ("ORG", "NORP"):
                longer = self.doc[e.start - 1:e.end] if e.start > 0 and self.doc[e.start - 1].is_title else e
                party = self.lex.party(longer.text, self.home) or self.lex.party(e.text, self.home)
                if party is not None:
                    named.append((e.start_char, party))
        before = [(start, party) for start, party in named if start < at]
        if before:
            return max(before, key=lambda sp: sp[0])[1]
        after = [(start, party) for start, party in named if start > at]
        return min(after, key=lambda sp: sp[0])[1] if after else None

    def _modifiers(self, tokens: list["Token"], *, organisation: bool = False) -> "_Context":
        """Country, party and sector word named by a run of modifier tokens ("Lib Dem home affairs spokesman")."""
        country = None
        party = None
        organisation = None
        former = shadow = False
        lowered = [t.lower_ for t in tokens]
        k = 0
        while k < len(tokens):
            matched = False
            for size in (3, 2, 1):
                if k + size > len(tokens):
                    continue
                text = " ".join(t.text for t in tokens[k:k + size])
                found_party = self.lex.party(text)
                if found_party is not None and (size > 1 or tokens[k].text[:1].isupper()):
                    party = party or found_party
                    country = country or found_party.country
                    k += size
                    matched = True
                    break
                entries = self.lex.lookup(text) if tokens[k].text[:1].isupper() else ()
                places = [e for e in entries if e.kind in ("country", "demonym", "capital", "organisation", "seat")]
                if places:
                    country = country or places[0].country
                    if places[0].kind == "organisation" and organisation is None:
                        organisation = places[0]
                    k += size
                    matched = True
                    break
            if not matched:
                if lowered[k] in ("former", "ex", "ex-", "exiled", "ousted", "late"):
                    former = True
                elif lowered[k] == "shadow":
                    shadow = True
                k += 1
        word = None
        for s in range(len(tokens)):
            found = self.lex.sector_word(tuple(_lemma_words(tokens[s:])))
            if found is not None and (organisation or found.kind != "org"):
                word = found
                break
        if word is None and not organisation:
            for e in range(len(tokens) - 1, 0, -1):
                if tokens[e].lower_ not in ("of", "for", "at", "in", "to"):
                    continue                  # a head before its complement: "chairman of the committee"
                found = self.lex.sector_word(tuple(_lemma_words(tokens[:e])))
                if found is not None and found.kind != "org":
                    word = found
                    break
        if word is None and not organisation:
            for token in reversed(tokens):    # the body a boss heads: "charity boss", "union chief"
                found = self.lex.sector_word((token.lower_,))
                if found is not None and found.kind in ("body", "group") and found.sector:
                    word = found
                    break
        return _Context(country, party, word, former, shadow, organisation)

    def _served_body(self, tokens: list["Token"]) -> Entry | None:
        """The organisation named after "of" or "for" in a title ("director of the Victims of Crime Trust",
        "spokeswoman for the Electoral Commission"), known or judged by its head word."""
        for k, token in enumerate(tokens):
            if token.lower_ not in ("of", "for") or k == 0:
                continue
            rest = [t for t in tokens[k + 1:] if t.lower_ != "the"]
            if not rest or not rest[0].text[:1].isupper():
                return None
            text = " ".join(t.text for t in rest)
            known = [e for e in self.lex.lookup(text) if e.kind == "organisation"]
            if known:
                return known[0]
            context = self._modifiers(rest, organisation=True)
            if context.word is not None:
                return Entry(text, text, context.country or self.home, context.word.sector, "organisation")
            return None
        return None

    def _merge_context(self, ref: ActorRef, context: "_Context", *, override: bool) -> ActorRef:
        country, sector, office = ref.country, ref.sector, ref.office
        if context.country and (override or country is None):
            country = context.country
        elif country is None and context.word is not None and context.word.country:
            country = context.word.country
        if override or sector is None:
            if context.word is not None:
                sector = context.word.sector or sector
                if context.word.kind == "title" and context.word.office:
                    office = office or context.word.office
            if context.organisation is not None and (context.word is None or context.word.sector in DEFERRING):
                country = context.organisation.country or country
                sector = context.organisation.sector or sector
            if context.party is not None and sector not in ARMED:
                sector = context.party.sector_on(self.on)
            if context.shadow:
                sector = "OPP"
            if (context.former and context.party is None and context.word is not None
                    and context.word.sector in POLITICAL):
                sector = "ELI"
        return replace(ref, country=country, sector=sector, office=office)

    # -- names of places and organisations -------------------------------------------------------------------
    def _name(self, ent: "Span", label: str) -> bool:
        """A country, capital, seat, organisation or party name; True when it made a mention."""
        doc = self.doc
        if ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].i not in self.covered:
            longer = doc[ent.start - 1:ent.end]
            if self.lex.lookup(_trim_text(longer)):
                ent = longer              # "Liberal" + "Democrats" tagged apart
        text = _trim_text(ent)
        entries = self.lex.lookup(text)
        entry = _choose(entries, label, self.home)
        acting = used_as_actor(ent) or _role_object(ent)
        root = ent.root
        if entry is None:
            if label == "ORG":
                return self._unknown_org(ent, acting)
            return False
        if entry.kind == "demonym":
            if acting and root.dep_ not in ("amod", "compound"):
                self._emit(ent, entry.name, entry.country, None, "group")
                return True
            return False
        if entry.kind == "party":
            party = self.lex.party(text, self.home)
            if root.dep_ in ("amod",) and not acting:
                return False
            self._emit(ent, party.name if party else entry.name, entry.country,
                       party.sector_on(self.on) if party else None, "organisation")
            return True
        if entry.kind == "organisation":
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
                return False
            self._emit(self._with_branch(ent), entry.name, entry.country, entry.sector, "organisation")
            return True
        if not acting and entry.kind == "country" and root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN":
            acting = True                     # the owner of what the noun names: "US military support"
        if not acting:
            return False
        kind = "country" if entry.kind == "country" else "capital"
        self._emit(ent, entry.name, entry.country, entry.sector or "GOV", kind)
        return True

    def _with_branch(self, ent: "Span") -> "Span":
        """An organisation's name with the country of its national branch right after it ("Amnesty
        International UK", "Save the Children USA"): the branch is the organisation, not that country."""
        doc = self.doc
        end = ent.end
        if end >= len(doc) or doc[end - 1].whitespace_ != " " or not doc[end].text[:1].isupper():
            return ent
        after = next((e for e in doc.ents if e.start == end and e.label_ == "GPE"), None)
        if after is None or not any(e.kind == "country" for e in self.lex.lookup(after.text)):
            return ent
        if after.end < len(doc) and doc[after.end].pos_ in ("PROPN", "NOUN") and not doc[after.end].is_punct:
            return ent                        # the country may begin a phrase of its own: "Oxfam UK aid"
        return doc[ent.start:after.end]

    def _unknown_org(self, ent: "Span", acting: bool) -> bool:
        """An organisation the lexicon does not know: its head word may name its sector ("Darlington Council",
        "British Navy"), a demonym or party its country; the article's home country otherwise."""
        tokens = [t for t in ent if not t.is_punct and t.lower_ != "the"]
        if not any(t.is_alpha and t.text[:1].isupper() for t in tokens):
            return False                      # "280bn", "9/11": not a name
        for k, token in enumerate(tokens):
            if k and token.lower_ in ("of", "for", "on", "against", "and"):
                tokens = tokens[:k]        # the head comes before: "Association of Probation Officers"
                break
        context = self._modifiers(tokens, organisation=True)
        sector = context.word.sector if context.word else None
        if context.party is not None:
            sector = context.party.sector_on(self.on)
        if sector is None:
            # the kind of body the text calls it first: "accountancy firm X", "the think tank Y"
            described = self._modifiers(_title_tokens(ent))
            if described.word is not None and described.word.kind == "body":
                sector = described.word.sector
                context = replace(context, country=context.country or described.country)
        if not acting and sector is None:
            return False
        country = context.country or self.home
        self._emit(ent, _trim_text(ent), country, sector, "organisation")
        return True

    def _emit(self, span: "Span", name: str | None, country: str | None, sector: str | None, kind: str,
              office: str | None = None) -> None:
        tokens = [t for t in span]
        while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
            tokens.pop()
        if not tokens:
            return
        first, last = tokens[0], tokens[-1]
        for t in span:
            self.covered.add(t.i)
        self.out.append(ActorRef(self.doc[first.i:last.i + 1].text, first.idx, last.idx + len(last.text),
                                 name=name, country=country, sector=sector, office=office, kind=kind))
        self._note_body(self.out[-1], span.root)

    # -- groups named by sector nouns ------------------------------------------------------------------------
    def _group(self, chunk: "Span") -> bool:
        root = chunk.root
        if root.ent_type_ == "PERSON" and self.lex.sector_word(tuple(_lemma_words([root]))) is None:
            return False
        if root.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE", "MONEY", "CARDINAL") or root.pos_ == "PRON":
            return False
        if root.ent_type_ == "ORG" and root.ent_iob_ != "":
            # the whole name, also where it runs past the chunk: "the Council" of "the Council of Europe"
            ent = next((e for e in self.doc.ents if e.start <= root.i < e.end), None)
            if ent is not None and self.lex.lookup(_trim_text(ent)):
                return False
        words = [t for t in chunk if t.i <= root.i]
        while words and (words[0].is_punct or words[0].is_space):
            words = words[1:]
        for k in range(len(words) - 1, -1, -1):
            if "\n" in words[k].whitespace_ or words[k].is_space:
                words = words[k + 1:]
                break
        if not words:
            return False
        chunk = self.doc[words[0].i:chunk.end]
        body = [t for t in words if t.dep_ not in ("det", "predet", "punct", "case") and t.pos_ != "DET"]
        if not body or body[-1].i != root.i:
            return False
        word = None
        phrase_start = root.i
        for size in range(min(self.lex.longest_sector_phrase, len(body)), 0, -1):
            found = self.lex.sector_word(tuple(_lemma_words(body[-size:])))
            if found is not None and found.kind != "org":
                word = found
                phrase_start = body[-size].i
                break
        if word is not None and word.sector is None and root.pos_ == "PROPN":
            word = None                       # "the Observer" is a newspaper, not observers
        if word is None and root.pos_ == "PROPN" and not root.ent_type_:
            return self._described_body(body)
        if word is None:
            for token in body[:-1]:
                if token.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
                    inner = self.doc[chunk.start:token.i + 1]     # "the government's" in "the government's laws"
                    if self.lex.sector_word(tuple(_lemma_words([token]))) is not None:
                        return self._group(inner)
            return False
        modifiers = [t for t in body if t.i < phrase_start]
        if any(t.pos_ in ("NUM",) for t in modifiers) and word.kind == "title":
            return False
        context = self._modifiers(modifiers)
        served = None
        if context.organisation is None and word.kind in ("title", "person") and word.sector in DEFERRING:
            prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
            if prep is not None:        # "a spokeswoman for the Electoral Commission": the body she serves
                served = self._served_body([root, *[t for t in prep.subtree if not t.is_punct]])
        context = _Context(context.country, context.party, word, context.former, context.shadow,
                           context.organisation or served)
        of_country = _of_country(root, self.lex)
        definite = words[0].lower_ in ("the", "this", "that")
        if word.phrase == ("party",) and definite and not modifiers and of_country is None:
            party = self._party_named_near(root.i)      # "the party": the one the story is about
            if party is not None:
                self._emit(chunk, party.name, party.country, party.sector_on(self.on), "organisation")
                return True
        if context.party is None and word.kind in ("title", "person") and self._speaks_for_a_party(body, context):
            party = self._party_named_near(root.i)      # "the party's Treasury spokesman"
            if party is not None:
                context = replace(context, party=party, country=context.country or party.country)
        if word.kind == "title" and not modifiers and definite and of_country is None:
            person = self._title_reference(word, chunk)
            if person is not None:
                ref = person
                self.out.append(ActorRef(chunk.text, chunk.start_char, chunk.end_char, name=ref.name,
                                         country=ref.country, sector=ref.sector, office=ref.office,
                                         kind="person"))
                for t in chunk:
                    self.covered.add(t.i)
                return True
        ref = ActorRef(chunk.text, chunk.start_char, chunk.end_char, kind="group")
        ref = self._merge_context(ref, context, override=True)
        country = ref.country or of_country
        if country is None and ref.sector not in ("REB", "UAF", "CRM") and self.home:
            country = self.home
        if (word.kind == "title" and word.office and root.tag_ not in ("NNS", "NNPS") and country
                and (definite or modifiers) and not context.former and not context.shadow
                and not any(t.lower_ in ("a", "an", "another", "every", "each", "no") for t in words)):
            holding = self.lex.office_holder(country, self.lex.national_word(word, country).office, self.on,
                                             named=self._named_people())
            if holding is not None:       # "the prime minister" in a British article of 2005: Tony Blair
                ref = ActorRef(chunk.text, chunk.start_char, chunk.end_char, name=holding.name,
                               country=holding.country, sector=holding.sector, office=holding.office, kind="person")
                self.out.append(ref)
                for t in chunk:
                    self.covered.add(t.i)
                for key in _title_keys(holding.office, word):
                    self.titles[key] = ref
                return True
        if definite and not modifiers and word.kind in ("title", "person") and root.tag_ == "NN" \
                and of_country is None and served is None and root.dep_ in SUBJECT_DEPS:
            person = self._described_person(word, root)
            if person is not None:
                self._emit_person(chunk, person)
                return True
        office = word.office if word.kind == "title" else None
        name = " ".join(t.text for t in body)
        if word.kind == "body" and not modifiers and country:
            name = f"{self.lex.country_name(country)} {' '.join(t.text for t in body)}"
        elif served is not None:
            name = f"{name} for {served.name}"    # one body's spokesman is not another's
        self.out.append(replace(ref, name=name, country=country, office=office,
                                kind="person" if word.kind in ("title", "person") and root.tag_ != "NNS"
                                else "group"))
        self._note_body(self.out[-1], root)
        for t in chunk:
            self.covered.add(t.i)
        return True

    def _aged_person(self, ent: "Span") -> None:
        """ "Jane Doe criticised the plan. The 52-year-old said ...": an age as a main subject takes up the person
        last named as one, as a definite description does."""
        root = ent.root
        start = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].lower_ == "the" else ent.start
        if start == ent.start or root.dep_ not in SUBJECT_DEPS:
            return
        person = self._described_person(None, root)
        if person is not None:
            self._emit_person(self.doc[start:ent.end], person)

    def _emit_person(self, span: "Span", person: _Person) -> None:
        """A description ("the businesswoman", "the 52-year-old") as a mention of the person it takes up."""
        self.out.append(ActorRef(span.text, span.start_char, span.end_char, name=person.ref.name,
                                 country=person.ref.country, sector=person.ref.sector, office=person.ref.office,
                                 kind="person"))
        for t in span:
            self.covered.add(t.i)

    def _described_person(self, word: SectorWord | None, root: "Token") -> _Person | None:
        """The person a definite description as subject takes up: "Jane Doe founded a chain of gyms. The
        businesswoman said ..." is Jane Doe, and now known as one. Only the person who was last the subject of a
        main clause, within the two sentences before, and whose sector the description does not contradict; never a
        judge, an officer or a doctor, who in news are mostly someone new."""
        sent_no = self.sent_index.get(root.sent.start, -1)
        if not self.recent:
            return None
        person = max(self.recent, key=lambda p: (p.main_subject_at, p.seen_at))
        if person.main_subject_at < sent_no - 2 or person.main_subject_at > sent_no or person.seen_at >= root.i:
            return None
        if word is not None:            # (an age says nothing of the sector)
            if person.ref.sector not in (None, word.sector) or not word.sector or word.sector in NEWCOMERS:
                return None
            if person.ref.sector is None:
                person.ref = replace(person.ref, sector=word.sector)   # the other mentions learn it in the backfill
        person.seen_at = root.i
        if _is_main_subject(root):
            person.main_subject_at = sent_no
        return person

    def _described_body(self, body: list["Token"]) -> bool:
        """A name the tagger missed, after the kind of body it is: "the think tank Demos", "charity Shelter"."""
        k = len(body)
        while k > 0 and body[k - 1].pos_ == "PROPN" and body[k - 1].is_title and not body[k - 1].ent_type_:
            k -= 1
        if k == 0 or k == len(body) or body[k - 1].pos_ != "NOUN" or not body[k - 1].is_lower:
            return False
        described = self._modifiers(body[:k])
        if described.word is None or described.word.kind != "body" or not described.word.sector:
            return False
        name = self.doc[body[k].i:body[-1].i + 1]
        self._emit(name, name.text, described.country or self.home, described.word.sector, "organisation")
        for t in body:
            self.covered.add(t.i)
        return True

    def _title_reference(self, word: SectorWord, chunk: "Span") -> ActorRef | None:
        for key in (word.office.lower() if word.office else None, " ".join(word.phrase), word.phrase[-1]):
            if key and key in self.titles:
                return self.titles[key]
        return None


@dataclass(frozen=True, slots=True)
class _Context:
    country: str | None = None
    party: Party | None = None
    word: SectorWord | None = None
    former: bool = False
    shadow: bool = False
    organisation: Entry | None = None      # "NAO head", "Amnesty director": the body a title serves


def _joined_names(doc: "Doc") -> list["Span"]:
    """The document's entities with a person's name the tagger cut in two made one again ("Yoon Suk" + "Yeol"):
    two person names with nothing but a space between them."""
    from spacy.tokens import Span

    out: list["Span"] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start
                and doc[prev.end - 1].whitespace_ == " "):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _clause_subject(token: "Token") -> "Token | None":
    """The subject of the verb a token is an argument of (through a preposition)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)


def _richness(ref: ActorRef) -> int:
    return (ref.sector is not None) * 2 + (ref.office is not None) + (ref.country is not None) * 2

def _trim_text(span: "Span") -> str:
    tokens = [t for t in span]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
        tokens.pop()
    if tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i:tokens[-1].i + 1].text


def _choose(entries: tuple[Entry, ...], label: str, home: str | None = None) -> Entry | None:
    if not entries:
        return None
    if home is not None and len({e.country for e in entries}) > 1:
        entries = tuple(sorted(entries, key=lambda e: e.country != home))
    order = {"NORP": ("demonym", "party", "country", "organisation"),
             "ORG": ("organisation", "party", "seat", "country", "capital", "demonym"),
             }.get(label, ("country", "capital", "seat", "organisation", "party", "demonym"))
    for kind in order:
        for entry in entries:
            if entry.kind == kind:
                return entry
    return entries[0]


def _role_object(span: "Span") -> bool:
    """The object of a preposition that names a party to an act: "aid to Ukraine", "talks with Moscow"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ROLE_PREPS and root.head.head.pos_ in ("VERB", "NOUN")


def _title_tokens(ent: "Span", title_word=lambda token: False) -> list["Token"]:
    """The modifiers written before a name and attached to it: "US Defense Secretary" in "US Defense Secretary
    Lloyd Austin", "Tory leader" in "Tory leader Michael Howard"."""
    doc = ent.doc
    tokens: list["Token"] = []
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in HONORIFICS:      # "Lord" in "lord chancellor Lord Mackay" is the name's
        i -= 1
    lowest = i + 1
    while i >= 0:
        token = doc[i]
        attached = token.whitespace_ == "" and not token.is_punct or token.text == "-"   # "ex-minister"
        if token.is_sent_end or "\n" in token.whitespace_ or (token.ent_type_ == "PERSON" and not title_word(token)):
            break
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            break
        if not attached:
            if token.dep_ not in TITLE_DEPS:
                break
            if not (lowest <= token.head.i < ent.end or (token.head.i > i and token.head.i < ent.end)):
                break
            if token.is_punct:
                break
        tokens.insert(0, token)
        lowest = i
        i -= 1
    while tokens and tokens[0].dep_ in ("det", "punct", "case"):
        tokens.pop(0)
    return tokens


def _apposition(ent: "Span") -> list["Token"] | None:
    """The words of an apposition to a name: "Richard Thomas, the information commissioner," (either side), or
    "Edward Leigh, who is chairman of the committee"."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            return [t for t in child.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
        if child.dep_ == "relcl" and child.lemma_ == "be":
            for attr in child.children:
                if attr.dep_ == "attr":
                    return [t for t in attr.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
    if root.dep_ == "appos" and root.head.ent_type_ != "PERSON":
        head = root.head
        return [t for t in head.subtree if t.i <= head.i and t.i < ent.start and t.dep_ not in ("det", "punct")]
    return None


def _of_country(root: "Token", lex: ActorLexicon) -> str | None:
    """The country in "the government of Iraq", "police in Basra" is left alone: only "of" counts."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP", "ORG"):
                    for entry in lex.lookup(obj.text):
                        if entry.country:
                            return entry.country
    return None


def _lemma_words(tokens: list["Token"]) -> list[str]:
    words = [t.lower_ for t in tokens]
    if tokens and tokens[-1].tag_ in ("NNS", "NNPS"):
        words[-1] = tokens[-1].lemma_.lower()
    return words


def _is_main_subject(token: "Token") -> bool:
    """The subject (or the possessor of the subject) of a sentence's main verb."""
    if token.dep_ == "poss":
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return False
    head = token.head
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ROOT" or (head.dep_ in ("ccomp",) and head.head.dep_ == "ROOT" and False)


def _title_keys(office: str | None, word: SectorWord | None) -> list[str]:
    keys = []
    if office:
        lowered = office.lower()
        keys.append(lowered)
        keys.append(lowered.split(" of ")[0].split()[-1])
    if word is not None:
        keys.append(" ".join(word.phrase))
        if word.office:
            keys.append(word.office.lower())
        keys.append(word.phrase[-1])
    return keys


def _best_holding(holdings: tuple[Holding, ...], context: _Context) -> Holding:
    if context.word is not None and context.word.office:
        wanted = context.word.office.lower()
        for holding in holdings:
            if holding.office.lower() == wanted:
                return holding
    return holdings[0]
