"""The actor lexicon: countries, organisations, parties, sector words and office-holders, read from data/actors_*.tsv.

    >>> lexicon = ActorLexicon.load()
    >>> lexicon.lookup("Kremlin")[0].country
    'RUS'
    >>> [h.office for h in lexicon.holders("Austin", date(2024, 10, 22))]
    ['Secretary of Defense']
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from eventwire.code.lexicon import read_table

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lady", "lord",
                        "baroness", "mister", "madam", "prof", "prof."})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "baroness", "madam"})
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "mister"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a name that stands for an actor: a country, a capital, a seat, an organisation or a party.

    `kind` is country, demonym, capital, seat, organisation or party. A party's `sector` is None here: it is GOV
    or OPP depending on the date (see `Party.sector_on`).
    """

    text: str
    name: str
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Party:
    """A political party with the periods it governed: GOV then, OPP otherwise (PLOVER 2.0 sector note 1)."""

    name: str
    country: str
    governing: tuple[tuple[date, date | None], ...]

    def sector_on(self, on: date | None) -> str:
        if on is None:
            on = date.today()
        for start, end in self.governing:
            if start <= on and (end is None or on < end):
                return "GOV"
        return "OPP"


@dataclass(frozen=True, slots=True)
class SectorWord:
    """A noun or title that names a sector: "defence minister" -> GOV, office "Minister of Defence"."""

    phrase: tuple[str, ...]
    sector: str | None
    office: str | None
    kind: str                     # title, person, group, body, org
    country: str | None = None    # for titles only one country has: "home secretary" -> GBR


@dataclass(frozen=True, slots=True)
class Holding:
    """One person's term in one office."""

    name: str
    aliases: tuple[str, ...]
    surname: str
    country: str | None
    sector: str | None
    office: str | None
    start: date | None
    end: date | None

    def held_on(self, on: date | None) -> bool:
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _key(text: str) -> str:
    """The form names are indexed by: lower case, curly apostrophes straightened, spaces collapsed."""
    return " ".join(text.replace("\u2019", "'").lower().split())


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


class ActorLexicon:
    """Every name, word and office-holder the actor resolver knows, indexed for dictionary look-ups."""

    def __init__(self, entries: list[Entry], parties: list[tuple[Party, list[str], list[str]]],
                 sector_words: list[SectorWord], holdings: list[Holding]) -> None:
        self._names: dict[str, list[Entry]] = {}
        for entry in entries:
            self._names.setdefault(_key(entry.text), []).append(entry)
        self._parties: dict[str, list[Party]] = {}
        for party, aliases, adjectives in parties:
            for text in (party.name, *aliases):
                self._parties.setdefault(_key(text), []).append(party)
                self._names.setdefault(_key(text), []).append(
                    Entry(text, party.name, party.country, None, "party"))
            for word in adjectives:
                if party not in self._parties.setdefault(_key(word), []):
                    self._parties[_key(word)].append(party)
        self._sectors: dict[tuple[str, ...], SectorWord] = {}
        self._national: dict[tuple[tuple[str, ...], str], SectorWord] = {}
        for w in sector_words:
            if w.phrase in self._sectors and w.country:
                self._national[(w.phrase, w.country)] = w       # "chancellor" in Britain
            else:
                self._sectors.setdefault(w.phrase, w)
        self.longest_sector_phrase = max((len(w.phrase) for w in sector_words), default=1)
        self._people: dict[str, list[Holding]] = {}
        self._surnames: dict[str, list[Holding]] = {}
        self._offices: dict[tuple[str | None, str], list[Holding]] = {}
        for holding in holdings:
            if holding.office:
                self._offices.setdefault((holding.country, holding.office.lower()), []).append(holding)
            for text in (holding.name, *holding.aliases):
                self._people.setdefault(_key(text), []).append(holding)
            self._surnames.setdefault(_key(holding.surname), []).append(holding)
        self._first_words = {key.split()[0] for key in self._names if key}
        self._canonical: dict[str, str] = {}
        for entry in entries:
            if entry.kind == "country":
                self._canonical.setdefault(entry.country or "", entry.name)

    # -- loading ---------------------------------------------------------------------------------------------
    @classmethod
    def load(cls) -> "ActorLexicon":
        """The lexicon from the package's data files, read once per process."""
        return _load_default()

    @classmethod
    def from_tables(cls, *, countries: list[dict], igos: list[dict], groups: list[dict], parties: list[dict],
                    sectors: list[dict], offices: list[dict]) -> "ActorLexicon":
        """Build a lexicon from rows shaped like the data files' (used by tests and by other dictionaries)."""
        entries: list[Entry] = []
        canonical: dict[str, str] = {}
        for row in countries:
            code, kind = row["country"], row["kind"]
            if kind == "name":
                canonical.setdefault(code, row["text"])
        for row in countries:
            code, kind = row["country"], row["kind"]
            name = canonical.get(code, code)
            if kind in ("name", "alias"):
                entries.append(Entry(row["text"], name, code, "GOV", "country"))
            elif kind == "demonym":
                entries.append(Entry(row["text"], name, code, None, "demonym"))
            elif kind == "capital":
                entries.append(Entry(row["text"], name, code, row.get("sector") or "GOV", kind))
            else:
                seat = row["text"][4:] if row["text"].startswith("the ") else row["text"]
                entries.append(Entry(row["text"], seat, code, row.get("sector") or "GOV", kind))
        for rows, kind in ((igos, "organisation"), (groups, "organisation")):
            for row in rows:
                for text in (row["name"], *_split(row.get("aliases", ""))):
                    entries.append(Entry(text, row["name"], row["country"] or None, row["sector"] or None, kind))
        party_rows = []
        for row in parties:
            periods = []
            for period in _split(row.get("governing", "")):
                start, _, end = period.partition("/")
                periods.append((date.fromisoformat(start), _date(end)))
            party = Party(row["name"], row["country"], tuple(periods))
            party_rows.append((party, _split(row.get("aliases", "")), _split(row.get("adjective", ""))))
        words = [SectorWord(tuple(_key(row["phrase"]).split()), row["sector"] or None, row["office"] or None,
                            row["kind"] or "person", row.get("country") or None) for row in sectors]
        holdings = []
        for row in offices:
            name = row["name"]
            surname = row.get("surname") or name.split()[-1]
            holdings.append(Holding(name, tuple(_split(row.get("aliases", ""))), surname, row["country"] or None,
                                    row["sector"] or None, row["office"] or None, _date(row["start"]),
                                    _date(row.get("end", ""))))
        return cls(entries, party_rows, words, holdings)

    # -- look-ups --------------------------------------------------------------------------------------------
    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Every country, capital, seat, organisation or party reading of a name ("Kyiv", "the Kremlin", "NATO")."""
        key = _key(text)
        found = self._names.get(key)
        if found is None and key.startswith("the "):
            found = self._names.get(key[4:])
        if found is None and key.endswith("s") and len(key) > 3:
            found = [e for e in self._names.get(key[:-1], ()) if e.kind == "demonym"]
        return tuple(found or ())

    def may_start_name(self, word: str) -> bool:
        """Whether some country, organisation, party or seat name starts with this word (a cheap pre-check)."""
        key = _key(word)
        return key in self._first_words or (key == "the")

    def country_name(self, code: str | None) -> str | None:
        """The canonical name of a country code ("UKR" -> "Ukraine"), or the code itself."""
        if code is None:
            return None
        return self._canonical.get(code, code)

    def party(self, text: str, country: str | None = None) -> Party | None:
        """The party a name or a member's adjective refers to ("Tories", "Tory", "Lib Dem"); where parties of
        several countries share it ("Conservative"), the one of `country` if given, else the first listed."""
        found = self._parties.get(_key(text))
        if not found:
            return None
        if country is not None:
            for party in found:
                if party.country == country:
                    return party
        return found[0]

    def sector_word(self, words: tuple[str, ...]) -> SectorWord | None:
        """The sector word for a lower-case phrase, trying the singular of a plural last word."""
        found = self._sectors.get(words)
        if found is None and words and words[-1].endswith("s") and len(words[-1]) > 2:
            found = self._sectors.get((*words[:-1], words[-1][:-1]))
        return found

    def national_word(self, word: SectorWord, country: str | None) -> SectorWord:
        """What a title means in one country: "chancellor" in Britain is the Chancellor of the Exchequer."""
        return self._national.get((word.phrase, country or ""), word)

    def people(self, name: str) -> tuple[Holding, ...]:
        """Every term of office of a person known by this full name or alias, any date."""
        return tuple(self._people.get(_key(_strip_honorific(name)), ()))

    def office_holder(self, country: str | None, office: str, on: date | None,
                      *, named: frozenset[str] = frozenset()) -> Holding | None:
        """Who held an office of a country on a date ("GBR", "Prime Minister", 2005-02-01 -> Tony Blair), if the
        lexicon knows exactly one person. With no date, the one holder, in any term, among the people an article
        names (`named`, canonical names): an undated story about "the attorney general" that names Lord Goldsmith."""
        holdings = self._offices.get((country, office.lower()), ())
        found = [h for h in holdings if h.held_on(on)] if on is not None else \
            [h for h in holdings if h.name in named]
        return found[0] if len({h.name for h in found}) == 1 else None

    def holders(self, name: str, on: date | None = None, *, country: str | None = None) -> tuple[Holding, ...]:
        """Terms of office held on `on` by the person this name or surname refers to.

        A full name or alias is tried first; a bare surname counts only when it picks out one person on that date
        ("Austin" in 2024 -> Lloyd Austin; "Austin" in 2030 -> nobody), or one person of `country` (the country
        the article is about) when several share it.
        """
        key = _key(_strip_honorific(name))
        found = [h for h in self._people.get(key, ()) if h.held_on(on)]
        if found:
            return tuple(found)
        if " " in key and key not in self._surnames:
            return ()
        found = [h for h in self._surnames.get(key, ()) if h.held_on(on)]
        if len({h.name for h in found}) > 1 and country is not None:
            found = [h for h in found if h.country == country]
        if len({h.name for h in found}) == 1:
            return tuple(found)
        return ()


def _strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS - {"lord"}:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _load_default() -> ActorLexicon:
    return ActorLexicon.from_tables(
        countries=read_table("actors_countries.tsv"), igos=read_table("actors_igos.tsv"),
        groups=read_table("actors_groups.tsv"), parties=read_table("actors_parties.tsv"),
        sectors=read_table("actors_sectors.tsv"), offices=read_table("actors_offices.tsv"))
