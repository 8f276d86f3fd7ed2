"""PETRARCH's own unit-test suite, coded with its PETR.Validate.* dictionaries loaded.

``PETR.UnitTest.records.xml`` holds 284 sentences (fictional Middle-earth actors), each with its Penn
Treebank parse and 385 expected codings: a (source, target, CAMEO code) triple, or "no event" (also for
records PETRARCH should reject: discards and broken parses). A coding is reproduced when the coder emits
exactly that triple for that sentence; a "no event" coding when it emits nothing for it.

    $ python -m eventwire.eval.petrarch ../shared/data          # the figures, then the misses
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.model import Score

SET = "petrarch2-unit-tests"
ROOT = Path("petrarch2-validation") / "petrarch2" / "data"


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    date: int
    text: str
    parse: str
    gold: tuple[tuple[str, str, str] | None, ...]   # None: no event expected


@dataclass(frozen=True, slots=True)
class Outcome:
    record: Record
    predicted: tuple[tuple[str, str, str], ...]
    error: str = ""

    @property
    def reproduced(self) -> int:
        return sum(1 for g in self.record.gold if (g is None and not self.predicted) or (g in self.predicted))


def folder(data: Path) -> Path:
    return Path(data) / ROOT


def read_records(path: Path) -> list[Record]:
    root = ET.parse(path).getroot()
    records = []
    for node in root.iter("Sentence"):
        gold: list[tuple[str, str, str] | None] = []
        for coding in node.findall("EventCoding"):
            if "eventcode" in coding.attrib:
                gold.append((coding.get("sourcecode", ""), coding.get("targetcode", ""), coding.get("eventcode", "")))
            else:
                gold.append(None)
        records.append(Record(
            node.get("id", ""),
            int(node.get("date", "0") or 0),
            " ".join((node.findtext("Text") or "").split()),
            node.findtext("Parse") or "",
            tuple(gold),
        ))
    return records


def load_validation_dictionaries(data: Path):
    from eventwire.petrarch.dictionaries import load_actors, load_agents, load_discards, load_verbs
    from eventwire.petrarch.model import Dictionaries

    base = folder(data) / "dictionaries"
    return Dictionaries(
        load_actors(base / "PETR.Validate.actors.txt"),
        load_agents(base / "PETR.Validate.agents.txt"),
        load_verbs(base / "PETR.Validate.verbs.txt"),
        load_discards(base / "PETR.Validate.discards.txt"),
    )


def outcomes(data: Path, *, parser: str = "treebank", model: str = "md") -> list[Outcome]:
    """Code every record; parser "treebank" uses the record's own parse, "spacy" parses its text."""
    from eventwire.errors import FormatError
    from eventwire.petrarch.coder import code_tree, lexicon_for
    from eventwire.petrarch.tree import parse_penn

    lexicon = lexicon_for(load_validation_dictionaries(data))
    records = read_records(folder(data) / "text" / "PETR.UnitTest.records.xml")
    nlp = None
    if parser == "spacy":
        from eventwire.annotate import load_nlp

        nlp = load_nlp(model)
    out = []
    for record in records:
        try:
            if nlp is None:
                trees = [parse_penn(record.parse)]
            else:
                from eventwire.petrarch.spacy_tree import trees_from_doc

                trees = [tree for tree, _span in trees_from_doc(nlp(record.text))]
        except FormatError as err:
            out.append(Outcome(record, (), str(err)))
            continue
        predicted = []
        for tree in trees:
            predicted += [(e.source, e.target, e.code) for e in code_tree(tree, lexicon, date=record.date)]
        out.append(Outcome(record, tuple(dict.fromkeys(predicted))))
    return out


def scores(results: list[Outcome], *, note: str = "") -> list[Score]:
    cases = sum(len(r.record.gold) for r in results)
    reproduced = sum(r.reproduced for r in results)
    predicted = sum(len(r.predicted) for r in results)
    correct = sum(1 for r in results for p in r.predicted if p in r.record.gold)
    return [
        Score(SET, "codings reproduced (source, target, code)", reproduced / cases if cases else 0.0, cases, note),
        Score(SET, "precision of emitted codings", correct / predicted if predicted else 0.0, predicted, note),
    ]


def run(data: Path, *, parser: str | None = None) -> list[Score]:
    """Scores on the suite: coding from each record's own Treebank parse, and from spaCy's parse of its text
    (``parser="treebank"`` or ``"spacy"`` gives one of the two)."""
    from eventwire.eval.matching import DataMissing

    path = folder(data) / "text" / "PETR.UnitTest.records.xml"
    if not path.exists():
        raise DataMissing(f"{path} not found")
    rows: list[Score] = []
    for way in ([parser] if parser else ["treebank", "spacy"]):
        note = "from the records' Treebank parses" if way == "treebank" else "from spaCy parses of the text"
        rows += scores(outcomes(data, parser=way), note=note)
    return rows


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path("../shared/data")
    parser = argv[1] if len(argv) > 1 else "treebank"
    results = outcomes(data, parser=parser)
    for score in scores(results):
        print(f"{score.set}\t{score.metric}\t{score.value:.3f}\t{score.cases}")
    if "-v" in argv:
        for r in results:
            if r.reproduced < len(r.record.gold) or any(p not in r.record.gold for p in r.predicted):
                print(f"{r.record.id}\t{r.record.text[:110]}\n\tgold {list(r.record.gold)}\n\tgot  {list(r.predicted)}"
                      f"{'  ' + r.error if r.error else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
