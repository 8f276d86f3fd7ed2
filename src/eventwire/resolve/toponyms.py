"""Toponym recognition: the place names of a parsed article, each with the gazetteer entries it could mean.

Candidates come from spaCy's GPE, LOC and FAC entities (and from ORG or PERSON entities that are exactly a
country, a US state or a large town's name, which the small models often mislabel), with a leading "the",
a legislator's party ("D-Oakland") and a possessive stripped, cut at commas. The gazetteer adds names spaCy
missed or mislabelled, in frames that make them places: a place name opening or closing the name of a body
of that place ("Paris Police Department", "University of Texas"; words in places_institutions.tsv), a
capitalised dateline ("BOWLING GREEN, Ohio (AP) --"), an untagged "Town, ST", other stand-alone occurrences
of a name the article uses as a place, and a known name after a locative preposition ("in Lanexa"). Towns so
found are weak: kept only where the article backs the reading (a division it names, or a nearby place).
`find_toponyms` returns them as `Mention`s, a "City, State" pair linked to its container; choosing among the
readings is `places.find_places`'s work.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.resolve.gazetteer import Gazetteer, GazetteerEntry
from eventwire.resolve.metonymy import used_as_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


LABELS = ("GPE", "LOC", "FAC")
_ARTICLES = {"the"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PARTIES = {"D", "R", "I"}
_LOCATIVE = {"in", "near", "at", "outside", "from", "to", "into", "across", "toward", "towards", "around",
             "through", "throughout", "between", "of"}
_LOCATIVE_STRICT = {"in", "near", "outside", "from", "into", "around", "throughout"}   # not "according to"
_DIVISION_WORDS = {"province", "region", "district", "prefecture", "governorate", "oblast", "territory"}
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can")
_DATELINE_END = {"--", "—", "–", "-", "(", ":"}

ORG_TOWN_POPULATION = 100000
LOC_TOWN_POPULATION = 15000   # a LOC entity ("the Gulf", "Middle East") is not a village that shares its name
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
              "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
              "southwestern", "upstate", "downstate"}


@dataclass(slots=True)
class Mention:
    """A place name in the text, the gazetteer entries it could mean and, once chosen, its reading."""

    text: str
    start: int
    end: int
    span: "Span"
    candidates: list[GazetteerEntry]
    container: "Mention | None" = None
    container_entries: list[GazetteerEntry] = field(default_factory=list)
    choice: GazetteerEntry | None = None
    confident: bool = False
    actor: bool = False       # the name does something ("Moscow said"): a town so used stands for its government
    peers: list["Mention"] = field(default_factory=list)    # names in one list with it ("Ohio and Oregon")
    weak: bool = False        # found by the gazetteer alone ("in Lanexa"): kept only where the article backs it


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _trim(span: "Span") -> "Span | None":
    """The span without a leading "the" or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _ARTICLES:
        start += 1
    if end - start > 2 and doc[start].text in _PARTIES and doc[start + 1].text == "-":
        start += 2           # "Rep. Lee, D-Oakland": the member's home town
    while end > start and doc[end - 1].lower_ in _POSSESSIVE:
        end -= 1
    return doc[start:end] if end > start else None


def _parts(span: "Span") -> list["Span"]:
    """A span cut at its commas: "Kyiv, Ukraine" as one entity gives "Kyiv" and "Ukraine"."""
    doc = span.doc
    parts, start = [], span.start
    for tok in span:
        if tok.text == ",":
            if tok.i > start:
                parts.append(doc[start:tok.i])
            start = tok.i + 1
    if span.end > start:
        parts.append(doc[start:span.end])
    return parts


def _is_demonym(span: "Span") -> bool:
    return len(span) == 1 and span[0].tag_ in ("JJ", "NNPS") and span[0].text[:1].isupper() and \
        span[0].lower_.endswith(("an", "ese", "ish", "i", "ch"))


def _readings(span: "Span", gaz: Gazetteer) -> list[GazetteerEntry]:
    """The gazetteer's readings of a name; a bare direction ("Central", "West") is no place, and initials
    ("E.U.", "U.N.", "PA") name a country or state, never a town that the folded letters spell ("Eu", "Pa")."""
    text = span.text
    if text.lower() in DIRECTIONS:
        return []
    entries = gaz.candidates(text)
    if ("." in text and text.replace(".", "").isupper()) or (text.isupper() and len(text) <= 3):
        entries = [e for e in entries if e.feature in ("country", "admin1")]
    return entries


def _well_known(entries: list[GazetteerEntry], text: str, gaz: Gazetteer) -> list[GazetteerEntry]:
    """The entries a name tagged as an organisation may still mean: a country, a state or a large town."""
    return [e for e in entries if gaz.is_primary_name(e, text)
            and (e.feature in ("country", "admin1") or e.population >= ORG_TOWN_POPULATION)]


def find_toponyms(doc: "Doc", gaz: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS and ent.label_ not in ("ORG", "PERSON"):
            continue
        trimmed = _trim(ent)
        if trimmed is None:
            continue
        for part in _parts(trimmed):
            part = _trim(part)
            if part is None or _is_demonym(part):
                continue
            if not part.text[:1].isupper():
                continue
            candidates = _readings(part, gaz)
            if not candidates and ent.label_ == "GPE" and gaz.abbreviation(part.text) is not None:
                candidates = [gaz.abbreviation(part.text)]       # "Ill." tagged as a place, spelt exactly
            if not candidates and len(part) > 1 and part[-1].lower_ in _DIVISION_WORDS:
                part = part[:-1]     # "Nyanza Province": the division Nyanza
                candidates = [e for e in gaz.candidates(part.text) if e.feature in ("admin1", "admin2", "region")]
            if not candidates and len(part) > 1 and part[0].lower_ in DIRECTIONS:
                part = part[1:]      # "Northeast Georgia": the place is Georgia
                candidates = [e for e in gaz.candidates(part.text) if e.feature in ("country", "admin1", "region")]
            if ent.label_ == "LOC":
                candidates = [e for e in candidates if e.feature != "city" or e.population >= LOC_TOWN_POPULATION]
            if ent.label_ in ("ORG", "PERSON") and len(part) == len(trimmed):
                held = _held(doc, part, candidates)
                if held:              # "Post Falls, Idaho" tagged as an organisation: the state says it is a town
                    mentions.append(Mention(part.text, part.start_char, part.end_char, part, held,
                                             actor=used_as_actor(part)))
                    continue
            if ent.label_ == "PERSON":
                # A country tagged as a person ("Sierra Leone"); a state or town name is too often a name,
                # unless a locative preposition stands before it ("crews from Tyler"): then it is weak.
                whole = len(part) == len(trimmed)
                countries_only = [e for e in candidates if e.feature == "country" and gaz.is_primary_name(e, part.text)
                                  and whole]
                if not countries_only and whole and part.start and doc[part.start - 1].lower_ in _LOCATIVE_STRICT:
                    towns = _named(part, gaz, ("city", "admin2", "admin1"))
                    if towns:
                        mentions.append(Mention(part.text, part.start_char, part.end_char, part, towns, weak=True))
                    continue
                candidates = countries_only
            if ent.label_ == "ORG":
                # spaCy often tags a lone town or state name as ORG ("Fargo", "Minnesota" in a sports line).
                if part.text.isupper() or len(part) != len(trimmed):
                    continue
                candidates = _well_known(candidates, part.text, gaz)
                if not candidates:
                    for inner, found, weak in _embedded(part, gaz):
                        mentions.append(Mention(inner.text, inner.start_char, inner.end_char, inner, found,
                                                 weak=weak))
                    continue
            if not candidates:
                continue
            mentions.append(Mention(part.text, part.start_char, part.end_char, part, candidates,
                                     actor=used_as_actor(part)))
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions.extend(_untagged(doc, gaz, taken))
    mentions.extend(_repeated(doc, mentions, taken))
    mentions.sort(key=lambda x: x.start)
    _link_containers(doc, mentions, gaz)
    return mentions


def _institutions() -> frozenset[str]:
    global _INSTITUTION_WORDS
    if _INSTITUTION_WORDS is None:
        text = (resources.files("eventwire") / "data" / "places_institutions.tsv").read_text(encoding="utf-8")
        _INSTITUTION_WORDS = frozenset(line.strip().lower() for line in text.splitlines()
                                       if line.strip() and not line.startswith("#"))
    return _INSTITUTION_WORDS


_INSTITUTION_WORDS: frozenset[str] | None = None
EMBEDDED_FEATURES = ("country", "admin1", "admin2", "city")


def _named(span: "Span", gaz: Gazetteer, features=EMBEDDED_FEATURES) -> list[GazetteerEntry]:
    """The entries whose own name `span` is, of the given kinds."""
    if not all(t.text[:1].isupper() for t in span) or any(t.is_punct and t.text != "." for t in span) or \
            any(t.pos_ != "PROPN" for t in span) or _is_demonym(span):
        return []
    if len(span) == 1 and span[0].lower_.endswith(_DEMONYM_ENDINGS):
        return []            # "Canadian Food Inspection Agency": a demonym, not the town of Canadian
    entries = [e for e in gaz.candidates(span.text) if e.feature in features
               and (e.feature in ("country", "admin1") or gaz.is_primary_name(e, span.text))]
    if span.text.isupper():  # "UK Department for ...", not the Russian village of Uk
        entries = [e for e in entries if e.feature in ("country", "admin1")]
    return entries


def _embedded(span: "Span", gaz: Gazetteer) -> list[tuple["Span", list[GazetteerEntry], bool]]:
    """Place names inside the name of a body: a leading place name before a word that names a body of the
    place ("Paris Police Department", "the Butler County Sheriff's Office", "Texas Forestry Service"), and
    "of <country or state>" closing it ("University of Texas", "Association of Western Pennsylvania").
    A town so found is weak: kept only where the article backs it (the "White House" is no town)."""
    words = _institutions()
    found = []
    for k in range(min(4, len(span) - 1), 0, -1):
        if any(t.lower_ in words for t in span[k:]) and span[k].text[:1].isupper() and \
                not any(t.lower_ in words for t in span[:k]):
            entries = [e for e in _named(span[:k], gaz) if e.feature != "admin1" or e.country == "USA"]
            if entries:
                found.append((span[:k], entries, not any(e.feature in ("country", "admin1") for e in entries)))
                break
    for i, tok in enumerate(span):
        if tok.lower_ == "of" and 0 < i < len(span) - 1:
            rest = span[i + 1:]
            if len(rest) > 1 and rest[0].lower_ in DIRECTIONS:
                rest = rest[1:]
            entries = [e for e in _named(rest, gaz) if e.feature in ("country", "admin1")]
            if entries and not (found and found[0][0].end > rest.start):
                found.append((rest, entries, False))
            break
    return found


_TITLES = {"mr", "mrs", "ms", "dr", "rep", "sen", "gov", "gen", "sgt", "lt", "capt", "col", "st", "saint"}
REPEAT_LABELS = ("ORG", "")


def _repeated(doc: "Doc", mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """Other occurrences of a name the article uses as a place, standing alone where spaCy tagged them as an
    organisation or a person or not at all ("Dublin's boards" after "in Dublin"): one sense per name."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if not m.weak and len(m.span) <= 3:
            names.setdefault(m.text, m)
    if not names:
        return []
    found: list[Mention] = []
    firsts = {}
    for text, m in names.items():
        firsts.setdefault(m.span[0].text, []).append(m)
    for tok in doc:
        if tok.i in taken or tok.text not in firsts:
            continue
        for m in firsts[tok.text]:
            end = tok.i + len(m.span)
            if end > len(doc) or doc[tok.i:end].text != m.text or any(i in taken for i in range(tok.i, end)):
                continue
            span = doc[tok.i:end]
            labels = {t.ent_type_ for t in span}
            label = next(iter(labels))
            if len(labels) != 1 or (label not in REPEAT_LABELS and not (
                    label == "PERSON" and tok.i and doc[tok.i - 1].lower_ in _LOCATIVE_STRICT)):
                continue           # a person's name, unless after "in", "from", "near"...
            if span[0].ent_iob_ == "I" or (end < len(doc) and doc[end].ent_iob_ == "I"):
                continue           # part of a longer name
            before = doc[tok.i - 1] if tok.i else None
            after = doc[end] if end < len(doc) else None
            if (before is not None and (before.pos_ == "PROPN" or before.lower_.rstrip(".") in _TITLES)) or \
                    (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()):
                continue
            found.append(Mention(span.text, span.start_char, span.end_char, span, list(m.candidates),
                                  actor=used_as_actor(span)))
            taken.update(range(tok.i, end))
            break
    return found


def _free(tok) -> bool:
    """A token spaCy tagged as no entity, or an upper-case organisation (a dateline's town often is one)."""
    return not tok.ent_type_ or (tok.ent_type_ == "ORG" and tok.text.isupper())


def _untagged(doc: "Doc", gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """Capitalised names spaCy left untagged that the gazetteer knows, in a frame that makes them places:
    a dateline ("BOWLING GREEN, Ohio (AP) --"), "Town, State", a body of the place ("Grovetown police"), or
    a locative preposition ("in Lanexa"; weak: kept only where the article backs the reading)."""
    words = _institutions()
    found: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if tok.text in _PARTIES and 0 < i < n - 2 and doc[i - 1].text == "," and doc[i + 1].text == "-" and \
                i + 2 not in taken and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
            # "Rep. Lee, D-Oakland": a legislator's party and home town
            for end in range(min(i + 5, n), i + 2, -1):
                entries = _named(doc[i + 2:end], gaz, ("city", "admin2"))
                if entries:
                    span = doc[i + 2:end]
                    found.append(Mention(span.text, span.start_char, span.end_char, span, entries))
                    break
            i += 2
            continue
        if i in taken or not _free(tok) or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or not tok.is_alpha:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and j not in taken and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and doc[j].is_alpha and _free(doc[j]) and doc[j].lower_ not in words:
            j += 1
        best = None
        for end in range(j, i, -1):
            span = doc[i:end]
            dateline = span.text.isupper() and (i == 0 or doc[i - 1].is_sent_end or doc[i - 1].text in ("\n", ".")
                                                 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text)
            if span.text.isupper() and not dateline:
                continue
            nxt = doc[end] if end < n else None
            entries = gaz.candidates(span.text) if dateline else _named(span, gaz)
            entries = [e for e in entries if e.feature in EMBEDDED_FEATURES]
            if not entries:
                continue
            weak = False
            if nxt is not None and nxt.text == ",":
                holders, _ = _state_after(doc, end + 1, gaz)
                inside = [e for e in entries if any(lies_in(e, h) for h in holders)]
                if inside:
                    best = (span, inside, False)
                    break
            if dateline and nxt is not None and (nxt.text in _DATELINE_END or nxt.text == ","):
                best = (span, entries, False)
                break
            if nxt is not None and nxt.lower_ in words and (nxt.text[:1].isupper() or nxt.lower_ == "police"):
                best = (span, [e for e in entries if e.feature in ("city", "admin2", "admin1")] or entries, False)
                break
            if i > 0 and doc[i - 1].lower_ in _LOCATIVE and (nxt is None or not nxt.text[:1].isupper()):
                best, weak = (span, entries, True), True
                break
        if best is None:
            i += 1
            continue
        span, entries, weak = best
        found.append(Mention(span.text, span.start_char, span.end_char, span, entries, weak=weak,
                              actor=used_as_actor(span)))
        i = span.end
    return found


def _state_after(doc: "Doc", i: int, gaz: Gazetteer) -> tuple[list[GazetteerEntry], "Span | None"]:
    """A division or country written from token i on, e.g. "Ill." or "TX" after "Springfield,"; its span."""
    if i >= len(doc):
        return [], None
    text, end = doc[i].text, i + 1
    if end < len(doc) and doc[end].text == "." and not text.endswith(".") and doc[end].idx == doc[i].idx + len(text):
        text, end = text + ".", end + 1
    entry = None
    if len(text) == 2 and text.isupper():
        entry = gaz.admin1("USA", text)
    if entry is None:
        entry = gaz.abbreviation(text)
    if entry is not None:
        return [entry], doc[i:end]
    return [e for e in gaz.candidates(text) if e.feature in ("admin1", "country") and text[:1].isupper()], None


def _listed(a: Mention, b: Mention) -> bool:
    """True where two names are items of one list: conjuncts of one another or of one head, or `a` itself
    comes after a comma that follows another item."""
    ra, rb = a.span.root, b.span.root
    if (rb.dep_ == "conj" and rb.head.i == ra.i) or (ra.dep_ == "conj" and rb.dep_ == "conj" and ra.head.i == rb.head.i):
        return True
    before = a.span.start - 1
    return before > 0 and a.span.doc[before].text == "," and a.span.doc[before - 1].pos_ == "PROPN" and \
        b.span.end < len(b.span.doc) and b.span.doc[b.span.end].text in (",", "and", "or")


def _held(doc: "Doc", part: "Span", candidates: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The readings of a name that the state or country written after its comma holds ("Town, ST")."""
    if part.end >= len(doc) - 1 or doc[part.end].text != ",":
        return []
    holders, _ = _state_after(doc, part.end + 1, Gazetteer.load())
    return [e for e in candidates if e.feature in ("city", "admin2") and any(lies_in(e, h) for h in holders)]


def _link_containers(doc: "Doc", mentions: list[Mention], gaz: Gazetteer) -> None:
    """"City, State" and "City, Country": the name after the comma holds the one before it."""
    added: list[Mention] = []
    for k, m in enumerate(mentions):
        end_tok = m.span.end
        if end_tok >= len(doc) or doc[end_tok].text != ",":
            continue
        if any(e.feature == "country" for e in m.candidates):
            continue          # "Japan, China and Korea" is a list
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        follows = nxt is not None and nxt.span.start == end_tok + 1
        if follows and _listed(m, nxt) and any(e.feature == "admin1" for e in m.candidates):
            continue          # "Virginia, Washington, West Virginia and Wyoming" is a list
        if follows:
            holders = [e for e in nxt.candidates if e.feature in ("admin1", "country")]
            if holders:
                m.container = nxt
                m.container_entries = holders
                continue
        m.container_entries, span = _state_after(doc, end_tok + 1, gaz)
        if not m.container_entries:
            continue
        if follows:
            nxt.candidates = list(m.container_entries)     # "IL" after "Springfield," is Illinois
            m.container = nxt
        elif span is not None:                              # "Ill." that spaCy left untagged
            m.container = Mention(span.text, span.start_char, span.end_char, span, list(m.container_entries))
            added.append(m.container)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda x: x.start)


def lies_in(entry: GazetteerEntry, holder: GazetteerEntry) -> bool:
    if entry is holder or entry.country is None or entry.country != holder.country:
        return False
    if holder.feature == "country":
        return entry.feature != "country"
    if entry.feature not in ("city", "admin2") or holder.feature != "admin1":
        return False
    if entry.admin1 and entry.admin1 == holder.admin1:
        return True
    if entry.country == "USA":           # US division codes match GeoNames admin1 codes exactly
        return False
    return (holder.lat is not None and entry.lat is not None
            and distance_km(entry.lat, entry.lon, holder.lat, holder.lon) < 250)
