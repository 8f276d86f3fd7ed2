"""Toponym resolution: place names in a parsed article, resolved to gazetteer entries.

The names come from `toponyms.find_toponyms` (spaCy's place entities, and names the gazetteer finds
in frames that make them places).

Among the gazetteer entries a name could mean, the choice weighs: a "City, State" or "City, Country" pattern
(AP abbreviations and postal codes included), the countries and divisions of the article's other confidently
placed names (one vote per distinct name, weighted by share) and the `countries` hint, nearness to the
article's other places, a US town and a county the article names that hold each other, the kind of place the
other items of its list are, a state or country that holds another name's reading, the kind of place, a
capital, and population. A capital standing for its government ("Moscow said", "Kyiv's forces", see
`metonymy.used_as_actor`) is an actor, not a place, and is left out; so are demonyms ("Ukrainian").

Coordinates: a country's centroid (countrystatecity; the United States' geographic centre), a division's
centre, a town's GeoNames point, a US county the mean point of its towns. A county the tables give no point for
takes the middle of the article's towns in its state, else its state's centre.

    >>> nlp = eventwire.annotate.load_nlp()
    >>> [(p.name, p.country) for p in find_places(nlp("He flew to Paris, Texas."))]
    [('Paris', 'USA'), ('Texas', 'USA')]
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from eventwire.resolve.gazetteer import Gazetteer, GazetteerEntry, fold
from eventwire.resolve.model import Place
from eventwire.resolve.toponyms import Mention, distance_km, find_toponyms, lies_in
# Re-exported: callers import these names from this module.
from eventwire.resolve.metonymy import used_as_actor  # noqa: F401
from eventwire.resolve.toponyms import (  # noqa: F401
    DIRECTIONS, EMBEDDED_FEATURES, LABELS, LOC_TOWN_POPULATION, ORG_TOWN_POPULATION, REPEAT_LABELS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Weights of the evidence for a candidate; see `_score`.
W_CONTAINER = 12.0        # inside the division or country named right after it ("Paris, Texas")
W_ADMIN = 3.0             # inside a division the article names elsewhere
W_COUNTRY = 5.0           # in a country the article is about, times that country's share of its places
W_NEAR = 2.0              # within NEAR_KM of another confidently placed name in the article
W_FEATURE = {"country": 3.0, "region": 2.5, "admin1": 0.5, "admin2": 1.0, "city": 0.0}
W_PRIMARY = 1.0           # the candidate's own name rather than one of its alternate names
W_EPONYM = 2.5            # a city inside the division of its name ("New York", "Kyiv", "Moscow"): the city
EPONYM_POPULATION = 100000
REGION_POPULATION = 10_000_000   # regions and seas carry no population; weigh them as a large place
W_CAPITAL = 2.0           # a country's capital: the reading news means unless told otherwise
NEAR_KM = 150.0
W_LIST = 4.0              # the kind of place (state, country) that the other names of its list are
W_HOLDS = 3.0             # a state or country that holds a reading of another name in the article
W_COUNTY = 5.0            # a town inside a county the article names, or a county holding a town it names
COUNTY_KM = 40.0          # a US town this near its county's mean point, in the same state, lies in the county
MAX_SUPPORT = 2.0
OTHER_READING = 0.5
READING_KM = 60.0         # nearness to another name's reading that is not (yet) its choice
MAX_READINGS = 30         # readings of another name looked at for nearness, most populous first
CONFIDENT_MARGIN = 2.0    # score lead that makes a first-pass choice context for the others


@dataclass(slots=True)
class _Context:
    """What the article is about, from its confidently placed names, one vote per distinct name."""

    votes: dict[str, GazetteerEntry]          # folded name -> its confident choice
    hint: frozenset[str]
    _admins: dict[str, list[GazetteerEntry]] = field(default_factory=dict)

    def country_weight(self, country: str | None, own: str) -> float:
        """The share of the article's other confidently placed names in `country`; 1 for a hinted country."""
        if country is None:
            return 0.0
        if country in self.hint:
            return 1.0
        others = [e.country for key, e in self.votes.items() if key != own]
        return others.count(country) / len(others) if others else 0.0

    def admins(self, own: str, gaz: Gazetteer) -> list[GazetteerEntry]:
        """The divisions that the article's other confidently placed names name or lie in (counties)."""
        if own in self._admins:
            return self._admins[own]
        found = self._admins[own] = []
        for key, e in self.votes.items():
            if key == own:
                continue
            state = e if e.feature == "admin1" else gaz.admin1(e.country, e.admin1 or "") if e.feature == "admin2" else None
            if state is not None and state not in found:
                found.append(state)
        return found


def _near(e: GazetteerEntry, other: GazetteerEntry, km: float = 0.0) -> bool:
    """Within NEAR_KM of each other, or a county and a place in the same state."""
    if other.feature not in ("city", "admin2"):
        return False
    if "admin2" in (e.feature, other.feature):
        return e.country == other.country and e.admin1 == other.admin1 and e.admin1 is not None
    if other.lat is None:
        return False
    km = km or NEAR_KM
    if abs(e.lat - other.lat) > km / 111.0:
        return False
    return distance_km(e.lat, e.lon, other.lat, other.lon) < km


def _support(m: Mention, e: GazetteerEntry, mentions: list[Mention]) -> float:
    """How many of the article's other names can be placed near `e`: 1 for another name's current choice,
    OTHER_READING for one of its other readings; capped at MAX_SUPPORT."""
    if e.feature not in ("city", "admin2") or (e.lat is None and e.feature == "city"):
        return 0.0
    seen: dict[str, float] = {}
    key = fold(m.text)
    for o in mentions:
        okey = fold(o.text)
        if okey == key or seen.get(okey, 0.0) >= 1.0:
            continue
        best = 0.0
        if o.choice is not None and o.choice is not e and _near(e, o.choice):
            best = 1.0
        else:
            for c in o.candidates[:MAX_READINGS]:
                if c is not e and _near(e, c, READING_KM):
                    best = OTHER_READING
                    break
        if best:
            seen[okey] = max(seen.get(okey, 0.0), best)
    return min(sum(seen.values()), MAX_SUPPORT)


def _score(m: Mention, e: GazetteerEntry, ctx: _Context | None, mentions: list[Mention] | None,
           gaz: Gazetteer) -> float:
    population = e.population or (REGION_POPULATION if e.feature == "region" else 0)
    score = math.log10(population + 10) + W_FEATURE.get(e.feature, 0.0)
    # A division whose population is estimated from the towns nearest its centre counts its eponymous city
    # too; the city is the usual reading ("Kyiv", "Moscow"). US states have their own figures.
    if e.feature == "city" and e.population >= EPONYM_POPULATION and any(
            c.feature == "admin1" and c.geonameid is None and lies_in(e, c) for c in m.candidates):
        score += W_EPONYM
    if gaz.is_primary_name(e, m.text):
        score += W_PRIMARY
    if gaz.is_capital(e):
        score += W_CAPITAL
    if m.container_entries and any(lies_in(e, h) for h in m.container_entries):
        score += W_CONTAINER
    if ctx is not None:
        own = fold(m.text)
        score += W_COUNTRY * ctx.country_weight(e.country, own)
        if e.feature in ("city", "admin2") and any(lies_in(e, a) for a in ctx.admins(own, gaz)):
            score += W_ADMIN
    if mentions is not None:
        score += W_NEAR * _support(m, e, mentions)
        if e.feature in ("city", "admin2") and e.country == "USA" and _county_pair(m, e, mentions):
            score += W_COUNTY
        if e.feature in ("admin1", "country"):
            if any(p.choice is not None and p.choice.feature == e.feature for p in m.peers):
                score += W_LIST
            if _holds(m, e, mentions):
                score += W_HOLDS
    return score


def _holds(m: Mention, e: GazetteerEntry, mentions: list[Mention]) -> bool:
    """True where another name of the article can be read as a town or county inside `e`."""
    key = fold(m.text)
    return any(fold(o.text) != key and any(c.feature in ("city", "admin2") and lies_in(c, e)
                                           for c in o.candidates[:MAX_READINGS])
               for o in mentions if o is not m)


def _link_peers(mentions: list[Mention]) -> None:
    """Names coordinated in one list ("Idaho, Nevada and Oregon") are peers."""
    by_root = {m.span.root.i: m for m in mentions}
    for m in mentions:
        top = m.span.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        group, stack = [], [top]
        while stack:
            tok = stack.pop()
            group.append(tok.i)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
        m.peers = [by_root[i] for i in group if i in by_root and by_root[i] is not m]


def _in_county(town: GazetteerEntry, county: GazetteerEntry) -> bool:
    return (town.admin1 == county.admin1 and town.lat is not None and county.lat is not None
            and abs(town.lat - county.lat) < 0.5
            and distance_km(town.lat, town.lon, county.lat, county.lon) < COUNTY_KM)


def _county_pair(m: Mention, e: GazetteerEntry, mentions: list[Mention]) -> bool:
    """True where another name of the article has a reading that is the county `e` lies in, or a town in
    the county `e` ("Paris and Henry County": Paris, Tennessee and Henry County, Tennessee)."""
    key = fold(m.text)
    want = "admin2" if e.feature == "city" else "city"
    for o in mentions:
        if o is m or fold(o.text) == key:
            continue
        for c in o.candidates:
            if c.feature == want and c.country == "USA" and (
                    _in_county(e, c) if want == "admin2" else _in_county(c, e)):
                return True
    return False


def _choose(m: Mention, ctx: _Context | None, mentions: list[Mention] | None, gaz: Gazetteer) -> None:
    scored = sorted(((_score(m, e, ctx, mentions, gaz), i) for i, e in enumerate(m.candidates)), reverse=True)
    m.choice = m.candidates[scored[0][1]]
    lead = scored[0][0] - scored[1][0] if len(scored) > 1 else 99.0
    m.confident = lead >= CONFIDENT_MARGIN


def _context(mentions: list[Mention], hint: Iterable[str]) -> _Context:
    """The countries and divisions the article is about: the hint, and its confidently placed names."""
    votes: dict[str, GazetteerEntry] = {}
    for m in mentions:
        if m.confident and m.choice is not None:
            votes.setdefault(fold(m.text), m.choice)
    return _Context(votes, frozenset(c.upper() for c in hint))


def find_places(doc: "Doc", *, countries: Iterable[str] = ()) -> list[Place]:
    """Places named in `doc`, each resolved to a gazetteer entry; offsets are characters into doc.text.

    `countries` (ISO 3166 alpha-3) names the countries the article is about, where the caller knows them.

        >>> [(p.name, p.country) for p in find_places(nlp("Protesters gathered in Paris, Texas."))]
        [('Paris', 'USA'), ('Texas', 'USA')]
    """
    gaz = Gazetteer.load()
    hint = tuple(countries)
    mentions = find_toponyms(doc, gaz)
    _link_peers(mentions)
    for m in mentions:
        m.candidates.sort(key=lambda e: -e.population)
        _choose(m, None, None, gaz)
    # Containers first, so that "Paris, Texas" can use Texas's choice.
    for m in mentions:
        if m.container is not None and m.container.choice is not None:
            m.container_entries = [m.container.choice]
    for _ in range(2):
        ctx = _context(mentions, hint)
        for m in mentions:
            _choose(m, ctx, mentions, gaz)
    _one_sense_per_name(mentions)
    ctx = _context(mentions, hint)

    places = []
    for m in mentions:
        e = m.choice
        if m.actor and gaz.is_capital(e):
            continue
        if m.weak and not _backed(m, ctx, mentions, gaz):
            continue
        lat, lon = e.lat, e.lon
        if lat is None and e.feature == "admin2":
            lat, lon = _county_position(e, mentions, gaz)
        places.append(Place(text=m.text, start=m.start, end=m.end, name=e.name, country=e.country,
                            lat=lat, lon=lon, geonameid=e.geonameid, feature=e.feature))
    return places


def _backed(m: Mention, ctx: _Context, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """A name found by the gazetteer alone stays where the article backs its reading: a country or state,
    a place inside a division the article names, or near another of its places."""
    e = m.choice
    if e.feature in ("country", "admin1"):
        return True
    if any(lies_in(e, h) for h in m.container_entries):
        return True
    if any(lies_in(e, a) for a in ctx.admins(fold(m.text), gaz)):
        return True
    strong = [o for o in mentions if not o.weak]
    return _support(m, e, strong) >= 1.0


def _one_sense_per_name(mentions: list[Mention]) -> None:
    """The name after the comma is the place that holds the one before it ("Atlanta, Georgia": the state);
    a name written out with its state or country once ("Paris, Texas") means that place throughout."""
    for m in mentions:
        if m.container is not None and m.choice is not None:
            holders = [h for h in m.container.candidates if lies_in(m.choice, h)]
            if holders:
                m.container.choice = holders[0]
    settled: dict[str, GazetteerEntry] = {}
    for m in mentions:
        if m.choice is not None and m.container_entries and any(lies_in(m.choice, h) for h in m.container_entries):
            settled.setdefault(fold(m.text), m.choice)
    for m in mentions:
        choice = settled.get(fold(m.text))
        if choice is not None and choice in m.candidates:
            m.choice = choice


def _county_position(county: GazetteerEntry, mentions: list[Mention], gaz: Gazetteer) -> tuple:
    """A county the gazetteer has no coordinates for: the middle of the article's towns in its state, else
    the state's centroid."""
    towns = [m.choice for m in mentions if m.choice is not None and m.choice.feature == "city"
             and m.choice.country == county.country and m.choice.admin1 == county.admin1]
    if towns:
        return (round(statistics.median(t.lat for t in towns), 4), round(statistics.median(t.lon for t in towns), 4))
    state = gaz.admin1(county.country, county.admin1 or "")
    return (state.lat, state.lon) if state is not None else (None, None)
