"""Read PETRARCH/TABARI actor and agent dictionaries, and turn them into an ActorLexicon.

Actor dictionary (one actor per root line; synonyms and dated codes follow it):

    GEORGE_W._BUSH [USAELI]          root phrase and default code ("_" and " " both join words)
    +PRESIDENT_BUSH                  a synonym: same actor, same codes
        [USAGOV 010120-090120]       a dated code: from 20 Jan 2001 to 20 Jan 2009 (both days included)
        [USAELI >090120]             after 20 Jan 2009;  "[CODE <YYMMDD]" before a date
    # comment, and <!-- comment --> lines

Six-digit dates are YYMMDD with 00-30 read as 20YY and the rest as 19YY (as KEDS, TABARI and PETRARCH do);
eight-digit dates are YYYYMMDD. Agent dictionary: `PHRASE {PLURAL, ...} [~SECTOR]`, where `{}` means the phrase
has no plural and no braces mean regular plurals; `!SET! = A, B` lines define substitution sets used as
`CONGRESS!PERSON!`, which expand to every member.

Codes are CAMEO-style: the first three letters a country (ISO alpha-3 or a CAMEO code such as IGO, NGO, IMG),
then three-letter sector codes; "---" stands for an unknown country ("---MIL" -> no country, sector MIL).

    >>> actors = load_petrarch_actors(Path("PETR.Validate.actors.txt"))
    >>> agents = load_petrarch_agents(Path("PETR.Validate.agents.txt"))
    >>> lexicon = petrarch_lexicon(actors, agents)
    >>> find_actors(doc, on, lexicon=lexicon)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventwire.errors import ModelError

_CODE = re.compile(r"\[\s*([^\]\s<>]*)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*\]")
_PLURALS = re.compile(r"\{([^}]*)\}")
_SET = re.compile(r"^\s*(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code that applies between two dates, both included; None leaves that side open."""

    code: str
    start: date | None = None
    end: date | None = None

    def applies(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    """One phrase of an actor dictionary: the root phrase or one of its synonyms."""

    phrase: tuple[str, ...]               # upper-case words: ("GEORGE", "W.", "BUSH")
    code: str | None                      # the default code, None when only dated codes are given
    dates: tuple[DatedCode, ...] = ()     # date restrictions, first match wins
    root: tuple[str, ...] = ()            # the root phrase of the entry this one is a synonym of (itself if root)

    def code_on(self, on: date | None) -> str | None:
        """The code that applies on a date (the default when no restriction matches or no date is given)."""
        if on is not None:
            for dated in self.dates:
                if dated.applies(on):
                    return dated.code
        return self.code


@dataclass(frozen=True, slots=True)
class PetrarchAgent:
    """One phrase of an agent dictionary: "FOREIGN MINISTER" -> "~GOVFRM"."""

    phrase: tuple[str, ...]
    code: str                             # as written: "~GOV" (appended to the actor's code) or "GOV~"
    plurals: tuple[tuple[str, ...], ...] | None = None   # None: regular plurals; (): none

    @property
    def sector(self) -> str | None:
        """The first three-letter sector of the code: "~GOVFRM" -> "GOV"."""
        bare = self.code.replace("~", "")
        return bare[:3] or None


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """A CAMEO-style code as (country, sector): "USAGOV" -> ("USA", "GOV"), "---MIL" -> (None, "MIL"),
    "ISR" -> ("ISR", None), "~GOV" -> (None, "GOV")."""
    if not code:
        return None, None
    code = code.upper()
    if code.startswith("~"):
        return None, code[1:4] or None
    if code.endswith("~"):
        return None, code[:3] or None
    country = code[:3]
    sector = code[3:6] or None
    return (None if country == UNKNOWN_COUNTRY else country), sector


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s_]+", text.strip().upper()) if w)


def _date(text: str) -> date:
    if len(text) <= 7:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _lines(path: Path) -> list[str]:
    """The dictionary's lines with comments removed ("#" to the end of a line, <!-- ... --> anywhere)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise ModelError(f"cannot read PETRARCH dictionary {path}: {err.strerror}; pass the .txt file's path") from err
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("<"):
            continue
        out.append(line.split("#", 1)[0].rstrip())
    return out


def _dated(match: re.Match) -> DatedCode | None:
    code, sign, when, start, end = match.groups()
    if sign == "<":
        return DatedCode(code, None, _date(when) - timedelta(days=1))
    if sign == ">":
        return DatedCode(code, _date(when) + timedelta(days=1), None)
    if start:
        return DatedCode(code, _date(start), _date(end))
    return None


def load_petrarch_actors(path: Path) -> list[PetrarchActor]:
    """Every phrase of a PETRARCH actor dictionary, synonyms included, each with its entry's codes."""
    entries: list[tuple[tuple[str, ...], list[tuple[str, ...]], list[str | None], list[DatedCode]]] = []
    for line in _lines(path):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+") and entries:
            phrase = _words(_CODE.sub("", stripped[1:]))
            if phrase:
                entries[-1][1].append(phrase)
            continue
        if stripped.startswith("[") and entries:
            for match in _CODE.finditer(stripped):
                dated = _dated(match)
                if dated is None:
                    entries[-1][2][0] = match.group(1) or None
                else:
                    entries[-1][3].append(dated)
            continue
        match = _CODE.search(stripped)
        phrase = _words(stripped[:match.start()] if match else stripped)
        if not phrase:
            continue
        default = None
        dates: list[DatedCode] = []
        if match:
            dated = _dated(match)
            if dated is None:
                default = match.group(1) or None
            else:
                dates.append(dated)
        entries.append((phrase, [], [default], dates))
    actors = []
    for root, synonyms, default, dates in entries:
        for phrase in (root, *synonyms):
            actors.append(PetrarchActor(phrase, default[0], tuple(dates), root))
    return actors


def load_petrarch_agents(path: Path) -> list[PetrarchAgent]:
    """Every phrase of a PETRARCH agent dictionary, with substitution sets (!PERSON!) expanded."""
    sets: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for line in _lines(path):
        if not line.strip():
            continue
        found = _SET.match(line)
        if found:
            sets[found.group(1).upper()] = [w.strip().upper() for w in found.group(2).split(",") if w.strip()]
            continue
        match = _CODE.search(line)
        if match is None:
            continue
        head = line[:match.start()]
        plurals: tuple[tuple[str, ...], ...] | None = None
        braces = _PLURALS.search(head)
        if braces:
            plurals = tuple(_words(p) for p in braces.group(1).split(",") if _words(p))
            head = head[:braces.start()]
        for text in _expand(head.strip(), sets):
            phrase = _words(text)
            if phrase:
                agents.append(PetrarchAgent(phrase, match.group(1), plurals))
    return agents


def _expand(text: str, sets: dict[str, list[str]]) -> list[str]:
    found = re.search(r"![A-Za-z0-9_]+!", text)
    if found is None:
        return [text]
    members = sets.get(found.group(0).upper(), [])
    out = []
    for member in members:
        out.extend(_expand(text[:found.start()] + member + text[found.end():], sets))
    return out


def petrarch_lexicon(actors: list[PetrarchActor], agents: list[PetrarchAgent] = ()) -> "ActorLexicon":
    """An ActorLexicon made of PETRARCH entries: each actor phrase is a name with its default code, and a person
    holding an office for each dated code (dated codes first, so they win over the default while they apply);
    each agent phrase is a sector word.

        >>> find_actors(doc, date(1934, 5, 1), lexicon=petrarch_lexicon(actors, agents))
    """
    from eventwire.resolve.actorlexicon import ActorLexicon

    igos, offices, sectors = [], [], []
    for actor in actors:
        text = " ".join(actor.phrase).title()
        name = " ".join(actor.root or actor.phrase).title()
        country, sector = split_code(actor.code)
        alias = text if text != name else ""
        if actor.code:
            igos.append({"name": name, "aliases": alias, "country": country or "", "sector": sector or ""})
        for dated in actor.dates:
            d_country, d_sector = split_code(dated.code)
            offices.append({"name": name, "aliases": alias, "surname": "", "country": d_country or "",
                            "sector": d_sector or "", "office": "",
                            "start": dated.start.isoformat() if dated.start else "",
                            "end": (dated.end + timedelta(days=1)).isoformat() if dated.end else ""})
        if actor.code:                   # a named person (spaCy PERSON) is looked up among the holders
            offices.append({"name": name, "aliases": alias, "surname": "", "country": country or "",
                            "sector": sector or "", "office": "", "start": "", "end": ""})
    for agent in agents:
        phrase = " ".join(agent.phrase).lower()
        sectors.append({"phrase": phrase, "sector": agent.sector or "", "office": "", "kind": "person"})
        for plural in agent.plurals or ():
            sectors.append({"phrase": " ".join(plural).lower(), "sector": agent.sector or "", "office": "",
                            "kind": "group"})
    return ActorLexicon.from_tables(countries=[], igos=igos, groups=[], parties=[], sectors=sectors,
                                    offices=offices)
