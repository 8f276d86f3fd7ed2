"""Claims: who says what. A reporting cue, its speaker, and the span of what is claimed.

The patterns, tried on each sentence:
- a cue verb and its clause: "X said that ...", "..., X said", "Acts of protest, X said, are ...";
- a quotation beside a verb whose subject is a speaker: "'...,' X said", "'...,' said X", "X added: '...'"; the
  quotation runs on through quotations that directly continue it ("'...,' he said. '...'");
- a cue verb whose frame (claim_cues.tsv) allows other content: an object ("criticised the plan"), an
  infinitive ("plans to visit"), an object and what is said of it ("called the plan reckless"), a preposition's
  object ("called for talks");
- a noun cue and its possessor: "Zelensky's warning that ...", "in her view, ...", "his concern is that ...";
- "according to X";
- a name and a colon opening a sentence ("Smith: the vote was fair"), a quotation signed with a dash.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.annotate.quotes import SPEECH_END, Quotes, mark, next_word, previous_word, skip
from eventwire.code.documents import author_token, document_author, document_word, is_document
from eventwire.code.lexicon import read_table
from eventwire.code.mentions import MentionIndex
from eventwire.code.model import Claim, Status
from eventwire.code.syntax import subject
from eventwire.resolve.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_QUOTES = "\"'“”‘’"
_DASHES = ("—", "―", "–", "--", "-")
# "as X said, ..." is a cue; "after X said ..." frames a time, "because X said ..." a reason
_FRAMING_MARKS = ("as", "")
_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE", "")
_NAME_ENTS = ("PERSON", "ORG", "NORP")
_PERSONAL = ("i", "we", "he", "she", "they", "you", "it")


@dataclass(frozen=True, slots=True)
class ClaimScope:
    """A claim and the token range whose events the speaker reports, so those events can be attributed.

    The range is empty (first > last) for a stance or intention ("X wants talks", "X criticised the plan"): the
    claim is recorded, but the events its content names are not the speaker's report.
    """

    claim: Claim
    first: int          # token indices of the content, inclusive
    last: int
    cue_token: int
    denial: bool = False  # "Iran denied supplying weapons": the content is negated by its speaker


@dataclass(frozen=True, slots=True)
class _Cue:
    strength: str              # say, claim, allege, deny, intend
    frame: frozenset[str]      # object, to, complement (a clause or a quotation is always content)
    particle: str | None       # "for" in "call for": the content is that word's object


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], tuple[_Cue, ...]]:
    table: dict[tuple[str, str], list[_Cue]] = {}
    for row in read_table("claim_cues.tsv"):
        words = row["cue"].split()
        frame = frozenset(w for w in (row.get("frame") or "").split() if w != "-")
        particle = words[1] if row["pos"] == "VERB" and len(words) > 1 else None
        key = (row["cue"] if row["pos"] == "PREP" else words[0], row["pos"])
        table.setdefault(key, []).append(_Cue(row["strength"], frame, particle))
    # a cue with a particle is tried before the bare verb: "called for talks" before "called him a liar"
    return {k: tuple(sorted(v, key=lambda c: c.particle is None)) for k, v in table.items()}


def cues_strength(cue: "Token") -> str | None:
    """How a cue word reports (say, claim, allege, deny, intend), or None when it is not a cue."""
    entries = _cues().get((cue.lemma_.lower(), "VERB" if cue.pos_ == "VERB" else "NOUN"))
    return entries[-1].strength if entries else None


def find_claims(sent: "Span", mentions: MentionIndex) -> list[ClaimScope]:
    """Every attributed statement in a sentence."""
    cues = _cues()
    quotes = Quotes.of(sent.doc)
    scopes: list[ClaimScope] = []
    taken: set[int] = set()
    for tok in sent:
        if tok.i in quotes.inside and not (tok.text == ":" and _labels_a_line(tok, sent)):
            continue        # a cue inside a quotation is the quoted speaker's ("'I think we will win,' she said")
        scope = None
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            scope = _according_to(tok, sent, mentions)      # tagged a verb as often as a preposition
        elif tok.pos_ == "VERB":
            entries = cues.get((tok.lemma_.lower(), "VERB"))
            scope = _verb_claim(tok, entries, mentions, quotes) if entries else \
                _quoted_speech(tok, sent, mentions, quotes)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in cues:
            scope = _noun_claim(tok, mentions)
        elif tok.text == ":" and tok.i - _line_start(tok, sent) <= 6:
            scope = _colon(tok, sent, mentions, quotes)
        elif tok.text.lstrip("”\"") in _DASHES and tok.text.lstrip("”\""):
            scope = _signed_quote(tok, mentions, quotes)
        if scope is not None and scope.cue_token not in taken:
            taken.add(scope.cue_token)
            scopes.append(scope)
    return scopes


def _quote_beside(verb: "Token", subj: "Token", quotes: Quotes) -> tuple[int, int] | None:
    """The quotation just before the verb and its subject ("'...,' X said") or just after them ("X said: '...'")."""
    doc = verb.doc
    lo, hi = min(verb.i, subj.left_edge.i), max(verb.i, subj.right_edge.i)
    i = lo - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ",:" or doc[i].text in _DASHES):
        i -= 1
    if i >= 0 and i in quotes.open_of and quotes.is_speech(doc, quotes.open_of[i], i):
        return quotes.open_of[i], i
    i = hi + 1
    for _ in range(8):
        if i >= len(doc):
            return None
        tok = doc[i]
        if i in quotes.close_of:
            before = doc[i - 1]
            if (before.text in ",:" or before.i == verb.i) and quotes.is_speech(doc, i, quotes.close_of[i]):
                return i, quotes.close_of[i]
            return None
        if tok.pos_ in ("VERB", "AUX") or tok.text in ".;?!" or tok.i in quotes.inside:
            return None
        i += 1
    return None


def article_claims(claims: list[Claim]) -> list[Claim]:
    """The claims the article itself attributes: a claim whose cue lies inside another speaker's content ("Officials
    say the minister wants ...", "X said Y had argued ...") is that speaker's report, and stays only as the scope of
    the events in it. A speaker's own nested cue ("X said it could not comment") is kept."""
    def inside(inner: Claim, outer: Claim) -> bool:
        return outer.content_start <= inner.cue_start < outer.content_end and not (
            inner.content_start <= outer.cue_start < inner.content_end)

    def same(a: ActorRef, b: ActorRef) -> bool:
        return bool(a.name) and a.name == b.name

    return [c for c in claims if not any(o is not c and inside(c, o) and not same(c.speaker, o.speaker)
                                         for o in claims)]


# ---- verbs --------------------------------------------------------------------------------------------------

def _verb_claim(cue: "Token", entries: tuple[_Cue, ...], mentions: MentionIndex,
                quotes: Quotes) -> ClaimScope | None:
    subj = subject(cue)
    if subj is not None and subj.i in quotes.inside and cue.i not in quotes.inside:
        subj = _named_between(cue, quotes)      # "'..., now goodbye,' Mr Smith told": the parse took a quoted word
    if subj is None:
        return None
    named = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > subj.i and c.pos_ == "PROPN"
                  and subj.pos_ == "NOUN" and c.left_edge.i > subj.i), None)
    if named is not None:
        subj = named        # "The chairman of the council, Jane Smith warned": the parse made the name a subject too
    speaker = _speaker(subj, mentions)
    if speaker is None:
        return None
    doc = cue.doc
    for entry in entries:
        if entry.particle is not None:
            found = _particle_content(cue, entry.particle)
            if found is not None:
                prep, content = found
                return _scope(cue, content.left_edge.i, content.right_edge.i, speaker, _claim_status(cue),
                              cue_last=prep.i, events=False)
            continue
        span, events = _content(cue, subj, entry, quotes)
        if span is None:
            continue
        first, last = span
        if first - 1 in quotes.close_of:
            first -= 1
        reach = None
        if last in quotes.open_of or last + 1 in quotes.open_of:
            close = last if last in quotes.open_of else last + 1
            last = quotes.run_on(doc, close, _sent_end(cue))
            reach = quotes.run_on(doc, close, _sent_end(cue), through_paragraph=True)
        scope = _scope(cue, first, last, speaker, _claim_status(cue),
                       events=events and entry.strength != "intend", reach=reach)
        if scope is not None and entry.strength == "deny":
            scope = ClaimScope(scope.claim, scope.first, scope.last, scope.cue_token, denial=True)
        return scope
    return None


def _named_between(cue: "Token", quotes: Quotes) -> "Token | None":
    """The name or personal pronoun between a quotation's closing mark and the cue after it."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and i not in quotes.open_of and i not in quotes.inside:
        tok = doc[i]
        if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.lower_ in _PERSONAL):
            return tok
        i -= 1
    return None


def _content(cue: "Token", subj: "Token", entry: _Cue, quotes: Quotes) -> tuple[tuple[int, int] | None, bool]:
    """The token range of a verb cue's content, and whether the events in it are the speaker's report."""
    clause = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis")
                   and not (c.dep_ == "parataxis" and c.i < cue.i and _has_own_cue(c))
                   and not (c.lemma_ == "do" and c.i < cue.i)), None)     # "he did, at last, say ..."
    quote = _quote_beside(cue, subj, quotes)
    if clause is not None:
        span = (clause.left_edge.i, clause.right_edge.i)
        if quote is not None and quote[0] <= span[1] + 1 and span[0] <= quote[1] + 1:
            span = (min(span[0], quote[0]), max(span[1], quote[1]))
        return span, True
    if quote is not None:
        return quote, True
    told = _told_clause(cue)
    if told is not None:
        return (told.left_edge.i, told.right_edge.i), True
    # "..., suggesting it has allowed Ukraine to endure", "denied supplying weapons", "plans to visit"
    verbal = next((c for c in cue.children if c.dep_ in ("xcomp", "pcomp") and c.pos_ in ("VERB", "AUX")), None)
    if verbal is not None:
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in verbal.children)
        if not infinitive or "to" in entry.frame:
            return (verbal.left_edge.i, verbal.right_edge.i), True
    # "describing a threat as Pyongyang supplies ...": an adverbial clause that states what is described
    adverbial = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i
                      and any(m.dep_ == "mark" and m.lower_ in ("as", "that") for m in c.children)), None)
    if adverbial is not None:
        return (adverbial.left_edge.i, adverbial.right_edge.i), True
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is not None and "complement" in entry.frame:
        # "called the plan reckless", "accused Russia of shelling Kharkiv", "described it as a threat"
        said = [c for c in cue.children if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for", "to")))]
        if said:
            return (obj.left_edge.i, max(c.right_edge.i for c in said)), any(c.dep_ != "prep" for c in said)
        if obj.dep_ == "dobj" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in obj.children):
            return (obj.left_edge.i, obj.right_edge.i), False
    if obj is not None and "object" in entry.frame and obj.tag_ not in ("WP", "WDT"):
        return (obj.left_edge.i, obj.right_edge.i), False
    # "Acts of protest, Mr. Obama said, are ...", "Russia attacked Ukraine, Macron said", "as X said, ..."
    head = cue.head
    if cue.dep_ in ("parataxis", "ccomp", "advcl") and head.i != cue.i and head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children) \
            and all(m.lower_ in _FRAMING_MARKS for m in cue.children if m.dep_ == "mark") \
            and (cue.dep_ != "ccomp" or cue.i > head.i):
        return _around(head, cue), True
    return None, False


# Cues that take whom they tell and then what: "told the paper he wants a date set".
_TELLING = {"tell", "inform", "assure", "reassure", "warn", "remind", "advise", "notify", "promise"}


def _told_clause(cue: "Token") -> "Token | None":
    """What a telling verb says after whom it tells, where the parser hung the clause on the hearer as a
    relative clause with no relative word ("told the newspaper he wants ...")."""
    if cue.lemma_.lower() not in _TELLING:
        return None
    for obj in cue.children:
        if obj.dep_ in ("dobj", "dative") and obj.i > cue.i:
            for clause in obj.children:
                if clause.dep_ == "relcl" and clause.i > obj.i and any(
                        c.dep_ == "nsubj" and c.i > obj.i and c.tag_ not in ("WP", "WDT", "WP$") and c.lower_ != "that"
                        for c in clause.children) and _complete(clause):
                    return clause
    return None


def _complete(verb: "Token") -> bool:
    """A clause with nothing missing ("he wants a date set", "she will resign"), not a relative clause whose
    object is the noun it describes ("the man she met")."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") or
               (c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "should", "must", "may", "might", "can"))
               for c in verb.children)


def _around(head: "Token", cue: "Token") -> tuple[int, int]:
    """The clause a parenthetical cue stands in, without the cue's own words where they end it."""
    first, last = head.left_edge.i, head.right_edge.i
    if cue.right_edge.i >= last:
        last = cue.left_edge.i - 1
    elif cue.left_edge.i <= first:
        first = cue.right_edge.i + 1
    return first, last


def _has_own_cue(clause: "Token") -> bool:
    return any((c.lemma_.lower(), "VERB") in _cues() for c in clause.children if c.dep_ in ("ccomp", "parataxis"))


def _particle_content(cue: "Token", particle: str) -> tuple["Token", "Token"] | None:
    for child in cue.children:
        if child.dep_ in ("prep", "prt") and child.lower_ == particle:
            obj = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is None and child.dep_ == "prt":
                obj = next((o for o in cue.children if o.dep_ == "dobj"), None)
            if obj is not None:
                return child, obj
    return None


def _quoted_speech(verb: "Token", sent: "Span", mentions: MentionIndex, quotes: Quotes) -> ClaimScope | None:
    """A verb not in the cue list that introduces or closes a quotation ("'...,' she smiled", "He went on: '...'")."""
    if verb.i in quotes.inside or verb.dep_ not in ("ROOT", "parataxis", "conj", "ccomp"):
        return None
    if any(c.dep_ in ("dobj", "neg") and c.i not in quotes.open_of for c in verb.children):
        return None
    subj = subject(verb)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in _PERSONAL[:5] or mentions.at(subj)):
        return None
    quote = _quote_beside(verb, subj, quotes)
    if quote is None:
        return None
    speaker = _speaker(subj, mentions)
    if speaker is None:
        return None
    last = quotes.run_on(verb.doc, quote[1], sent.end)
    return _scope(verb, quote[0], last, speaker, Status.ASSERTED,
                  reach=quotes.run_on(verb.doc, quote[1], sent.end, through_paragraph=True))


# ---- nouns, prepositions, punctuation ------------------------------------------------------------------------

def _noun_claim(cue: "Token", mentions: MentionIndex) -> ClaimScope | None:
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    speaker = _speaker(owner, mentions)
    if speaker is None:
        return None
    events = cues_strength(cue) != "intend"
    content = next((c for c in cue.children if c.dep_ in ("acl", "ccomp", "prep", "relcl") and c.i > cue.i), None)
    if content is not None:
        return _scope(cue, content.left_edge.i, content.right_edge.i, speaker, Status.ASSERTED, events=events)
    head = cue.head
    # "in Mr. Smith's view, the plan will fail": the clause the phrase stands in
    if cue.dep_ == "pobj" and head.lower_ in ("in", "to") and head.head.pos_ in ("VERB", "AUX") and head.i != head.head.i:
        first, last = _around(head.head, head)
        return _scope(cue, first, last, speaker, Status.ASSERTED, cue_first=head.i, events=events)
    # "his concern is that they will close the plant"
    if cue.dep_ == "nsubj" and head.lemma_ == "be":
        said = next((c for c in head.children if c.dep_ in ("ccomp", "attr", "xcomp") and c.i > head.i), None)
        if said is not None:
            return _scope(cue, said.left_edge.i, said.right_edge.i, speaker, Status.ASSERTED, events=events)
    return None


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


def _colon(colon: "Token", sent: "Span", mentions: MentionIndex, quotes: Quotes) -> ClaimScope | None:
    """A name and a colon opening a sentence or a line: a headline's "Smith: ...", a transcript's "SMITH: ..."
    (whose label the parser often runs into the sentence before), a headline's "Poll: ..."."""
    doc = colon.doc
    start = skip(doc, _line_start(colon, sent), "\"“")
    name = doc[start:colon.i]
    if not 1 <= len(name) <= 4 or any(t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON") for t in name):
        return None
    label = len(name) == 1 and (_transcript_label(name[0]) or (document_word(name[0]) and name[0].is_title))
    if not label and not all(t.ent_type_ in _NAME_ENTS or mentions.at(t) or t.text in (".",) for t in name):
        return None
    first = skip(doc, colon.i + 1, "")
    if first >= len(doc):
        return None
    last = quotes.close_of.get(first, doc[first].sent.end - 1)
    if first > last:
        return None
    if label and mentions.at(name[0]) is None:
        speaker = ActorRef(text=name.text, start=name.start_char, end=name.end_char, name=name.text,
                           kind="document" if document_word(name[0]) else "person")
    else:
        speaker = _speaker(name.root, mentions)
    if speaker is None:
        return None
    return _scope(colon, first, last, speaker, Status.ASSERTED)


def _line_start(tok: "Token", sent: "Span") -> int:
    """The first token of the line `tok` is on, or of its sentence if that starts later."""
    i = tok.i
    while i > sent.start and not tok.doc[i - 1].is_space and "\n" not in tok.doc[i - 1].whitespace_:
        i -= 1
    return i


def _labels_a_line(colon: "Token", sent: "Span") -> bool:
    """A colon right after a transcript's speaker label opening a line, quoted or not: '"SMITH: ...'."""
    start = skip(colon.doc, _line_start(colon, sent), "\"“")
    return start == colon.i - 1 and _transcript_label(colon.doc[start])


def _transcript_label(tok: "Token") -> bool:
    """A speaker's name in capitals before a colon, as transcripts write it: "SMITH:", where the article names
    that person elsewhere (so "NOTE:" or "UPDATE:" is no speaker)."""
    if not (tok.is_alpha and tok.is_upper and len(tok.text) >= 3):
        return False
    name = tok.text.capitalize()
    return any(t.text == name and t.ent_type_ == "PERSON" for t in tok.doc)


def _signed_quote(dash: "Token", mentions: MentionIndex, quotes: Quotes) -> ClaimScope | None:
    """A quotation signed after a dash: "'...' — Jane Smith"."""
    doc = dash.doc
    close = dash.i if dash.text[:1] in "”\"" else previous_word(doc, dash.i - 1)
    first = quotes.open_of.get(close)
    if first is None or not quotes.is_speech(doc, first, close):
        return None
    i = skip(doc, dash.i + 1, "")
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return None
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    speaker = _speaker(doc[end], mentions)
    if speaker is None:
        return None
    return _scope(dash, first, close if close < dash.i else close - 1, speaker, Status.ASSERTED)


# ---- shared -------------------------------------------------------------------------------------------------

def _sent_end(tok: "Token") -> int:
    """The end (exclusive) of the sentence holding a token, without building sentence spans."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and not doc[i].is_sent_start:
        i += 1
    return i


def _speaker(tok: "Token", mentions: MentionIndex, *, follow: bool = True) -> ActorRef | None:
    tok = _speaking_token(tok)
    if tok is None:
        return None
    if follow and tok.lower_ in _GENDER:
        last = _last_speaker(tok, mentions)
        if last is not None:
            return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=last.name,
                            country=last.country, sector=last.sector, office=last.office, kind="pronoun")
    if is_document(tok) and mentions.at(tok) is None:
        author = document_author(tok, mentions)
        if author is not None:      # keeps the document's words and offsets, takes its author's name
            return replace(author, text=tok.doc[tok.left_edge.i:tok.i + 1].text, start=tok.left_edge.idx,
                           end=tok.idx + len(tok.text), kind="document")
    found = mentions.role(tok, loose=True)
    # "he" or "she" resolved to a country or a party is the resolver guessing: look for the person instead
    if found and not (tok.lower_ in ("he", "she") and found[0].kind not in ("person",) and not (
            found[0].kind == "pronoun" and found[0].name)):
        return _named_description(found[0], tok, mentions)
    if tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ in _SPEAKER_ENTS:
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        text = tok.doc[tok.left_edge.i:tok.i + 1].text
        return ActorRef(text=text, start=start, end=end, name=text, kind="group")
    if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
        named = _antecedent(tok, mentions)
        if named is not None:
            return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=named.name,
                            country=named.country, sector=named.sector, office=named.office, kind="pronoun")
        return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind="pronoun")
    return None


def _speaking_token(tok: "Token") -> "Token | None":
    """The token that names who speaks, from the subject of a cue.

    - a description with a name in apposition: "the director of the trust, Jane Smith, said" -> the name;
    - a document or a body of evidence with its author: "a report by the watchdog says", "figures compiled by
      the party suggest", "the letter, from the ministry, says" -> the author; with none named, the document
      speaks for itself ("the report said", "a poll shows");
    - a token that is no word ("'goodbye" split off a quotation) is no speaker.
    """
    if not (tok.text[:1].isalnum() or tok.text[:1] in "'’" and tok.text[1:2].isalnum() and tok.pos_ == "PRON"):
        return None
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"):
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG") and child.pos_ == "PROPN" \
                    and not (tok.pos_ == "PROPN" and child.ent_type_ == "ORG"):
                return child
    if not is_document(tok):
        return tok
    return author_token(tok) or tok


# A pronoun that speaks ("he said", "she added") most often names whoever spoke last in the story: the subject of
# the nearest reporting verb before it, a few sentences back at most, whose gender does not conflict.
_GENDER = {"he": "m", "she": "f", "it": "n"}
_MALE = frozenset("mr sir lord spokesman chairman he him his king prince baron duke".split())
_FEMALE = frozenset("mrs ms miss dame lady baroness spokeswoman chairwoman she her queen princess duchess".split())
_LAST_SPEAKER_SENTENCES = 3
_BODIES = {"organisation", "country", "capital", "group", "document"}


def _last_speaker(pronoun: "Token", mentions: MentionIndex) -> ActorRef | None:
    doc = pronoun.doc
    inside = Quotes.of(doc).inside
    want = _GENDER[pronoun.lower_]
    sentences = 0
    cues = _cues()
    for i in range(pronoun.i - 1, max(-1, pronoun.i - _ANTECEDENT_REACH), -1):
        tok = doc[i]
        if tok.is_sent_start:
            sentences += 1
            if sentences > _LAST_SPEAKER_SENTENCES:
                return None
        if i in inside or tok.pos_ != "VERB" or (tok.lemma_.lower(), "VERB") not in cues:
            continue
        subj = subject(tok)
        if subj is None or subj.i >= pronoun.i or subj.i in inside:
            continue
        if subj.lower_ in _GENDER or subj.pos_ == "PRON":
            if subj.lower_ == pronoun.lower_ or subj.lower_ not in _PERSONAL:
                continue        # the same speaker carried on ("he said ... he added"), or "this suggested"
            return None
        if subj.pos_ == "NOUN" and mentions.at(subj) is None:
            if want == "n" and not is_document(subj):
                return None     # "the section said ...; it said": a thing the coder cannot name
            if want != "n":
                continue        # "X's admission suggested ...": a thing that speaks, not the person who did
        actor = _speaker(subj, mentions, follow=False)
        if actor is None or not _may_be(actor, subj, want):
            continue
        return actor
    return None


def _may_be(actor: ActorRef, tok: "Token", gender: str) -> bool:
    """Whether a speaker can be the one a pronoun names: for "he" and "she" a person, not a party or a country;
    for "it" a body or a document named in the singular ("the ministry", "the letter"), not a person."""
    if gender == "n":
        return actor.kind in _BODIES and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "PERSON"
    if actor.kind not in ("person",) and tok.ent_type_ != "PERSON":
        return False
    words = {w.lower() for w in tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.split()}
    words |= set((actor.text or "").lower().split())
    other = _FEMALE if gender == "m" else _MALE
    return not words & other


# Which entity a pronoun the resolver left open most likely names: the nearest before it outside quotations,
# preferring one that is the subject of its clause (the person the story is following) over one merely named.
_ANTECEDENT_ENTS = {"he": "PERSON", "she": "PERSON", "it": "ORG"}
_ANTECEDENT_REACH = 300


def _named_description(actor: ActorRef, tok: "Token", mentions: MentionIndex) -> ActorRef:
    """ "The information commissioner said", "a Labour backbencher has said": a description of a person that the
    resolver could not name takes the name of the person the article gives that title ("Information
    Commissioner Jane Smith", "Jane Smith, the information commissioner"), else, for "the ...", of the person
    the story last made a subject, and for "a ..." (a story's opening "..., a backbencher has said"), of the
    person named as a subject in the next two sentences. It keeps its own text and offsets."""
    text = actor.text.lower()
    if actor.kind != "person" or not actor.name or not text.startswith(("the ", "a ", "an ")):
        return actor
    if not set(actor.name.lower().split()) <= set(text.replace("'s", "").split()):
        return actor        # the resolver named it already ("the prime minister" -> a name)
    doc = tok.doc
    nouns = {t.lower_ for t in doc[tok.left_edge.i:tok.i + 1] if t.pos_ in ("NOUN", "PROPN")}
    named = _titled_person(doc, nouns, tok.i) if nouns else None
    if named is None and text.startswith("the "):
        named = _antecedent(tok, mentions, label="PERSON")
        if named is None and not _people_before(tok):
            # a story's lead gives the title, its next sentences the name: "The watchdog's chief says ...
            # Jane Smith said ..."
            named = _next_named_subject(tok, mentions)
    elif named is None:
        named = _next_named_subject(tok, mentions)
    if named is None:
        return actor
    return ActorRef(text=actor.text, start=actor.start, end=actor.end, name=named.name, country=actor.country,
                    sector=actor.sector, office=actor.office, kind=actor.kind)


def _people_before(tok: "Token") -> bool:
    """Whether the article names a person before this token."""
    return any(ent.label_ == "PERSON" and ent.end <= tok.i for ent in tok.doc.ents)


_TITLE_REACH = 6


def _titled_person(doc: "Doc", nouns: set[str], near: int) -> ActorRef | None:
    """The person, anywhere in the article, whose title holds every noun of a description, nearest first."""
    best: tuple[int, "Span"] | None = None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start <= near < ent.end:
            continue
        words: set[str] = set()
        i = ent.start - 1
        while i >= 0 and ent.start - i <= _TITLE_REACH and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") \
                and not doc[i].is_space and "\n" not in doc[i].whitespace_:
            words.add(doc[i].lower_)
            i -= 1
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos":
                words |= {t.lower_ for t in child.subtree}
        if root.dep_ == "appos":
            words |= {t.lower_ for t in root.head.subtree if t.i < ent.start}
        if nouns <= words:
            distance = abs(ent.start - near)
            if best is None or distance < best[0]:
                best = (distance, ent)
    if best is None:
        return None
    ent = best[1]
    while len(ent) > 1 and ent[0].lower_ in ("mr", "mrs", "ms", "dr", "sir"):
        ent = ent[1:]
    return ActorRef(text=ent.text, start=ent.start_char, end=ent.end_char, name=ent.text, kind="person")


def _next_named_subject(tok: "Token", mentions: MentionIndex) -> ActorRef | None:
    """The first named person who is a subject in the two sentences after the one holding `tok`."""
    doc = tok.doc
    inside = Quotes.of(doc).inside
    sentences = 0
    for i in range(tok.i + 1, min(len(doc), tok.i + _ANTECEDENT_REACH)):
        t = doc[i]
        if t.is_sent_start:
            sentences += 1
            if sentences > 2:
                return None
        if sentences == 0 or i in inside or t.ent_type_ != "PERSON" or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        return _person(t, mentions)
    return None


def _antecedent(pronoun: "Token", mentions: MentionIndex, label: str | None = None) -> ActorRef | None:
    label = label or _ANTECEDENT_ENTS.get(pronoun.lower_)
    if label is None:
        return None
    doc = pronoun.doc
    inside = Quotes.of(doc).inside
    named: "Token | None" = None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - _ANTECEDENT_REACH), -1):
        tok = doc[i]
        if i in inside or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
            continue
        head = tok.head if tok.dep_ == "compound" else tok
        if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
            head = tok = head.head          # "Jane Smith, the party's spokeswoman, said": the name
        is_subject = head.dep_ in ("nsubj", "nsubjpass")
        # a named subject the tagger mislabelled ("Vince Cable" as ORG) still names a person
        if tok.ent_type_ == label or (is_subject and label == "PERSON" and tok.pos_ == "PROPN"
                                      and tok.ent_type_ in ("ORG", "")):
            named = named or tok
            if is_subject:
                named = tok
                break
    if named is None:
        return None
    return _person(named, mentions)


def _person(last: "Token", mentions: MentionIndex) -> ActorRef:
    """The person a name ending at `last` names: the resolver's actor when it knows one, else the whole name."""
    known = mentions.at(last)
    if known is not None and known.name:
        return known
    doc = last.doc
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    span = doc[first:last.i + 1]
    return ActorRef(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="person")


def _claim_status(cue: "Token") -> Status:
    for child in cue.children:
        if child.dep_ == "neg":
            return Status.NEGATED
        if child.dep_ == "aux" and child.lower_ in ("may", "might", "could", "would"):
            return Status.HYPOTHETICAL
    return Status.ASSERTED


def _scope(cue: "Token", first: int, last: int, speaker: ActorRef, status: Status,
           cue_last: int | None = None, cue_first: int | None = None, events: bool = True,
           reach: int | None = None) -> ClaimScope | None:
    """The claim of `first`..`last` and the scope of the events it reports, which runs on to `reach` where the
    speaker's quotation goes on past the content recorded (quoted sentences in a paragraph that goes on)."""
    doc = cue.doc
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "mark"):
        if doc[first].text in _QUOTES or mark(doc[first].text) == "open":
            break
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in _QUOTES \
            and mark(doc[last].text) is None:
        last -= 1
    while last >= first and (doc[last].is_space or doc[last].text in ",;:"):
        last -= 1
    if last < first or (last == first and doc[first].is_punct):
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    cue_start_tok = doc[cue_first] if cue_first is not None else cue
    cue_end_tok = doc[cue_last] if cue_last is not None else cue
    cue_start, cue_end = cue_start_tok.idx, cue_end_tok.idx + len(cue_end_tok.text)
    # spans, not doc.text: Doc.text joins every token of the document on each call
    claim = Claim(speaker=speaker, cue=doc[cue_start_tok.i:cue_end_tok.i + 1].text, cue_start=cue_start,
                  cue_end=cue_end, content=doc[first:last + 1].text, content_start=start, content_end=end,
                  status=status)
    if not events:
        return ClaimScope(claim, cue.i + 1, cue.i, cue.i)
    return ClaimScope(claim, first, max(last, reach or last), cue.i)
