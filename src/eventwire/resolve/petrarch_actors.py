"""Turn a user's PETRARCH/TABARI actor and agent dictionaries into an ActorLexicon for `find_actors`.

The dictionaries are read by `eventwire.petrarch.dictionaries` (`load_actors`, `load_agents`), which describes
their formats. Each actor phrase becomes a name with its default codes, and a person holding an office for each
dated code; each agent phrase becomes a sector word ("foreign minister" -> GOV), its plurals group words.

Codes are CAMEO-style: the first three letters a country (ISO alpha-3 or a CAMEO code such as IGO, NGO, IMG),
then three-letter sector codes; "---" stands for an unknown country ("---MIL" -> no country, sector MIL).

    >>> from eventwire.petrarch.dictionaries import load_actors, load_agents
    >>> lexicon = petrarch_lexicon(load_actors("PETR.Validate.actors.txt"), load_agents("PETR.Validate.agents.txt"))
    >>> find_actors(doc, on, lexicon=lexicon)
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from eventwire.petrarch.model import ActorEntry, Actors, AgentEntry, Agents

if TYPE_CHECKING:
    from eventwire.resolve.actorlexicon import ActorLexicon

UNKNOWN_COUNTRY = "---"


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


def _day(yyyymmdd: int) -> date:
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


def _name(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).title()


def petrarch_lexicon(actors: Actors | Iterable[ActorEntry],
                     agents: Agents | Iterable[AgentEntry] = ()) -> ActorLexicon:
    """An ActorLexicon made of PETRARCH dictionary entries (as `load_actors` and `load_agents` read them).

    Each actor phrase is a name with its default codes, and a person holding an office for each dated code
    (dated codes first, so they win over the default while they apply; PETRARCH's limits are included, an
    office's end is not, hence the day added). Each agent phrase is a sector word; its plurals name groups.

        >>> find_actors(doc, date(1934, 5, 1), lexicon=petrarch_lexicon(actors, agents))
    """
    from eventwire.resolve.actorlexicon import ActorLexicon

    igos, offices, sectors = [], [], []
    for actor in getattr(actors, "entries", actors):
        text = " ".join(actor.phrase).title()
        name = _name(actor.root) or text
        alias = text if text != name else ""
        for dated in actor.codes:
            for code in filter(None, dated.code.split("/")):
                country, sector = split_code(code)
                offices.append({"name": name, "aliases": alias, "surname": "", "country": country or "",
                                "sector": sector or "", "office": "",
                                "start": _day(dated.start).isoformat() if dated.start else "",
                                "end": (_day(dated.end) + timedelta(days=1)).isoformat() if dated.end else ""})
        for code in actor.default:
            country, sector = split_code(code)
            igos.append({"name": name, "aliases": alias, "country": country or "", "sector": sector or ""})
            # a named person (spaCy PERSON) is looked up among the holders
            offices.append({"name": name, "aliases": alias, "surname": "", "country": country or "",
                            "sector": sector or "", "office": "", "start": "", "end": ""})
    for agent in getattr(agents, "entries", agents):
        sectors.append({"phrase": " ".join(agent.phrase).lower(), "sector": agent.code[:3] or "", "office": "",
                        "kind": "group" if agent.plural else "person"})
    return ActorLexicon.from_tables(countries=[], igos=igos, groups=[], parties=[], sectors=sectors,
                                    offices=offices)
