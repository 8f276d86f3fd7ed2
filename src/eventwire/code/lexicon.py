"""The coder's knowledge, read from the data files under eventwire/data: triggers, modifiers, CAMEO codes."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.errors import ModelError


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that signals an event type: "visit" (VERB) -> CONSULT/visit, CAMEO 042."""

    phrase: str                       # lemma, or lemma plus particle/preposition words: "call on"
    pos: str                          # VERB, NOUN or ADJ
    type: str                         # PLOVER type
    mode: str | None
    cameo: str | None
    recipient_preps: tuple[str, ...]  # prepositions whose object is the recipient ("to" for aid)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.phrase.split())


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Modifier:
    """A word that sets an event's mode or context: "military" aid -> AID/military."""

    word: str
    type: str                         # PLOVER type it applies to, or "*" for any
    mode: str | None
    context: str | None
    cameo: str | None = None          # the refined CAMEO code it implies ("military" aid -> 072)


def data_file(name: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / name))


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file; lines starting with '#' are comments (source, licence, notes)."""
    path = data_file(name)
    if not path.exists():
        raise ModelError(f"data file {path} is missing; reinstall eventwire (pip install -e .)")
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


class Lexicon:
    """Triggers indexed by their first word's lemma and part of speech."""

    def __init__(self, triggers: list[Trigger], cameo: dict[str, CameoCode], modifiers: list[Modifier]):
        self._by_head: dict[tuple[str, str], list[Trigger]] = {}
        for trigger in triggers:
            self._by_head.setdefault((trigger.words[0], trigger.pos), []).append(trigger)
        for entries in self._by_head.values():     # longest phrase first, so "call on" wins over "call"
            entries.sort(key=lambda t: -len(t.words))
        self._cameo = cameo
        self._modifiers: dict[str, list[Modifier]] = {}
        for mod in modifiers:
            self._modifiers.setdefault(mod.word, []).append(mod)

    def triggers_for(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return tuple(self._by_head.get((lemma.lower(), pos), ()))

    def cameo(self, code: str | None) -> CameoCode | None:
        return self._cameo.get(code) if code else None

    def modifiers_for(self, word: str, type_: str) -> tuple[Modifier, ...]:
        return tuple(m for m in self._modifiers.get(word.lower(), ()) if m.type in (type_, "*"))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_head.values())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    triggers = [
        Trigger(r["phrase"].lower(), r["pos"].upper(), r["type"].upper(), r["mode"] or None, r["cameo"] or None,
                tuple(p for p in r["recipient_preps"].split(",") if p))
        for r in read_table("triggers.tsv")
    ]
    cameo = {}
    for r in read_table("cameo.tsv"):
        cameo[r["code"]] = CameoCode(
            r["code"], r["name"],
            float(r["goldstein"]) if r["goldstein"] else None,
            int(r["quad_class"]) if r["quad_class"] else None,
            r["plover_type"] or None, r["plover_mode"] or None)
    modifiers = [Modifier(r["word"].lower(), r["type"].upper(), r["mode"] or None, r["context"] or None,
                          r.get("cameo") or None)
                 for r in read_table("modifiers.tsv")]
    return Lexicon(triggers, cameo, modifiers)
