"""Validate eventwire's lexicon data files (plover.tsv, cameo.tsv, triggers.tsv, modifiers.tsv) and print counts.

Checks that every row has the header's columns, tab-separated; that types, modes and contexts exist in plover.tsv;
that every CAMEO code used exists in cameo.tsv; and that no (phrase, pos, type) trigger row is repeated.

Example:
    python scripts/check_lexicon.py            # prints counts per type; exits 1 and lists problems if any
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
POS = ("VERB", "NOUN", "ADJ")


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    values: dict[str, str]


def read_rows(path: Path) -> tuple[list[str], list[Row], list[str]]:
    """Header, rows and format problems of one tab-separated data file ('#' lines are comments)."""
    problems: list[str] = []
    header: list[str] = []
    rows: list[Row] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if not header:
            header = fields
            continue
        where = f"{path.name}:{number}"
        if len(fields) != len(header):
            problems.append(f"{where}: {len(fields)} tab-separated fields, header has {len(header)}: {raw!r}")
            continue
        if any(f != f.strip() for f in fields):
            problems.append(f"{where}: a field has leading or trailing spaces: {raw!r}")
        rows.append(Row(number, dict(zip(header, fields))))
    if not header:
        problems.append(f"{path.name}: no header line")
    return header, rows, problems


def require_columns(name: str, header: list[str], columns: tuple[str, ...]) -> list[str]:
    """The columns the loader reads must come first, in order; extra columns may follow."""
    if tuple(header[: len(columns)]) != columns:
        return [f"{name}: header {header} must start with {list(columns)}"]
    return []


@dataclass(frozen=True, slots=True)
class Ontology:
    types: frozenset[str]
    modes: dict[str, frozenset[str]]
    contexts: frozenset[str]


def check_plover(data: Path = DATA) -> tuple[Ontology, list[str]]:
    header, rows, problems = read_rows(data / "plover.tsv")
    problems += require_columns("plover.tsv", header, ("kind", "type", "name"))
    types, contexts, modes, seen = set(), set(), {}, set()
    for row in rows:
        v, where = row.values, f"plover.tsv:{row.line}"
        key = (v["kind"], v["type"], v["name"])
        if key in seen:
            problems.append(f"{where}: duplicate {key}")
        seen.add(key)
        if v["kind"] == "type":
            types.add(v["type"])
        elif v["kind"] == "mode":
            modes.setdefault(v["type"], set()).add(v["name"])
        elif v["kind"] == "context":
            if v["type"] != "*":
                problems.append(f"{where}: a context applies to any type; write '*' in the type column")
            contexts.add(v["name"])
        else:
            problems.append(f"{where}: kind must be type, mode or context, not {v['kind']!r}")
        if not v.get("definition"):
            problems.append(f"{where}: no definition")
    if types != set(PLOVER_TYPES):
        problems.append(f"plover.tsv: types {sorted(types)} differ from PLOVER 2.0's 16 {sorted(PLOVER_TYPES)}")
    for t in modes:
        if t not in types:
            problems.append(f"plover.tsv: modes given for unknown type {t}")
    return Ontology(frozenset(types), {t: frozenset(m) for t, m in modes.items()}, frozenset(contexts)), problems


def quad_class_of(code: str) -> int:
    """GDELT's QuadClass from the root code: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def check_cameo(ontology: Ontology, data: Path = DATA) -> tuple[dict[str, dict[str, str]], list[str]]:
    header, rows, problems = read_rows(data / "cameo.tsv")
    problems += require_columns("cameo.tsv", header,
                                ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode"))
    codes: dict[str, dict[str, str]] = {}
    for row in rows:
        v, where = row.values, f"cameo.tsv:{row.line}"
        code = v["code"]
        if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
            problems.append(f"{where}: code {code!r} is not a CAMEO code (2-4 digits, root 01-20)")
            continue
        if code in codes:
            problems.append(f"{where}: duplicate code {code}")
        codes[code] = v
        try:
            goldstein = float(v["goldstein"])
            if not -10 <= goldstein <= 10:
                problems.append(f"{where}: goldstein {goldstein} outside -10..10")
        except ValueError:
            problems.append(f"{where}: goldstein {v['goldstein']!r} is not a number")
        if v["quad_class"] != str(quad_class_of(code)):
            problems.append(f"{where}: quad_class {v['quad_class']} should be {quad_class_of(code)} for {code}")
        t, mode = v["plover_type"], v["plover_mode"]
        if t and t not in ontology.types:
            problems.append(f"{where}: unknown PLOVER type {t}")
        if mode and mode not in ontology.modes.get(t, ()):
            problems.append(f"{where}: {mode!r} is not a mode of {t} in plover.tsv")
        for ctx in filter(None, v.get("plover_context", "").split(",")):
            if ctx not in ontology.contexts:
                problems.append(f"{where}: unknown context {ctx!r}")
    for code in codes:
        parent = code[:3] if len(code) == 4 else code[:2] if len(code) == 3 else None
        if parent and parent not in codes:
            problems.append(f"cameo.tsv: {code} has no parent code {parent}")
    return codes, problems


def check_triggers(ontology: Ontology, codes: dict, data: Path = DATA) -> tuple[list[Row], list[str]]:
    header, rows, problems = read_rows(data / "triggers.tsv")
    problems += require_columns("triggers.tsv", header, ("phrase", "pos", "type", "mode", "cameo", "recipient_preps"))
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        v, where = row.values, f"triggers.tsv:{row.line}"
        phrase, pos, t, mode, cameo = v["phrase"], v["pos"], v["type"], v["mode"], v["cameo"]
        if not phrase or phrase != phrase.lower() or "  " in phrase:
            problems.append(f"{where}: phrase {phrase!r} must be lower-case lemmas separated by single spaces")
        if pos not in POS:
            problems.append(f"{where}: pos {pos!r} must be one of {POS}")
        if t not in ontology.types:
            problems.append(f"{where}: unknown PLOVER type {t!r}")
        if mode and mode not in ontology.modes.get(t, ()):
            problems.append(f"{where}: {mode!r} is not a mode of {t} in plover.tsv")
        if cameo and cameo not in codes:
            problems.append(f"{where}: CAMEO code {cameo!r} is not in cameo.tsv")
        preps = v["recipient_preps"]
        if preps and not re.fullmatch(r"[a-z]+(,[a-z]+)*", preps):
            problems.append(f"{where}: recipient_preps {preps!r} must be a comma list of lower-case words")
        key = (phrase, pos, t)
        if key in seen:
            problems.append(f"{where}: duplicate trigger {key}")
        seen.add(key)
    return rows, problems


def check_modifiers(ontology: Ontology, codes: dict, data: Path = DATA) -> tuple[list[Row], list[str]]:
    header, rows, problems = read_rows(data / "modifiers.tsv")
    problems += require_columns("modifiers.tsv", header, ("word", "type", "mode", "context"))
    seen = set()
    for row in rows:
        v, where = row.values, f"modifiers.tsv:{row.line}"
        word, t, mode, ctx, cameo = v["word"], v["type"], v["mode"], v["context"], v.get("cameo", "")
        if not re.fullmatch(r"[a-z0-9]+", word):
            problems.append(f"{where}: word {word!r} must be one lower-case token (spaCy splits hyphens)")
        if t != "*" and t not in ontology.types:
            problems.append(f"{where}: unknown PLOVER type {t!r}")
        if mode and (t == "*" or mode not in ontology.modes.get(t, ())):
            problems.append(f"{where}: {mode!r} is not a mode of {t} in plover.tsv")
        if ctx and ctx not in ontology.contexts:
            problems.append(f"{where}: unknown context {ctx!r}")
        if cameo and cameo not in codes:
            problems.append(f"{where}: CAMEO code {cameo!r} is not in cameo.tsv")
        if not (mode or ctx or cameo):
            problems.append(f"{where}: a modifier must set a mode, a context or a CAMEO code")
        key = (word, t, mode, ctx)
        if key in seen:
            problems.append(f"{where}: duplicate modifier {key}")
        seen.add(key)
    return rows, problems


def type_mismatches(triggers: list[Row], codes: dict) -> list[str]:
    """Triggers whose CAMEO code maps to another PLOVER type (allowed, e.g. a declared ceasefire: CONCEDE, 0871)."""
    out = []
    for row in triggers:
        v = row.values
        mapped = codes.get(v["cameo"], {}).get("plover_type")
        if v["cameo"] and mapped and mapped != v["type"]:
            out.append(f"{v['phrase']} ({v['pos']}) {v['type']} uses {v['cameo']} ({mapped})")
    return out


def check_all(data: Path = DATA) -> tuple[dict, list[str]]:
    """Run every check; return the counts and the list of problems (empty when the files are sound)."""
    ontology, problems = check_plover(data)
    codes, p = check_cameo(ontology, data)
    problems += p
    triggers, p = check_triggers(ontology, codes, data)
    problems += p
    modifiers, p = check_modifiers(ontology, codes, data)
    problems += p
    counts = {
        "triggers": Counter(r.values["type"] for r in triggers),
        "triggers_pos": Counter((r.values["type"], r.values["pos"]) for r in triggers),
        "modifiers": Counter(r.values["type"] for r in modifiers),
        "cameo": Counter(v["plover_type"] or "-" for v in codes.values()),
        "modes": {t: len(m) for t, m in ontology.modes.items()},
        "contexts": len(ontology.contexts),
        "mismatches": type_mismatches(triggers, codes),
    }
    return counts, problems


def main(argv: list[str] | None = None) -> int:
    counts, problems = check_all()
    print(f"{'type':<10} {'triggers':>8} {'verbs':>6} {'nouns':>6} {'modifiers':>9} {'cameo':>6} {'modes':>6}")
    for t in PLOVER_TYPES:
        print(f"{t:<10} {counts['triggers'][t]:>8} {counts['triggers_pos'][(t, 'VERB')]:>6} "
              f"{counts['triggers_pos'][(t, 'NOUN')]:>6} {counts['modifiers'][t]:>9} {counts['cameo'][t]:>6} "
              f"{counts['modes'].get(t, 0):>6}")
    print(f"{'total':<10} {sum(counts['triggers'].values()):>8} {'':>6} {'':>6} "
          f"{sum(counts['modifiers'].values()):>9} {sum(counts['cameo'].values()):>6}")
    print(f"modifiers for any type: {counts['modifiers']['*']}; contexts: {counts['contexts']}; "
          f"CAMEO codes without a PLOVER type: {counts['cameo']['-']}")
    if argv and "--mismatches" in argv:
        print("triggers whose CAMEO code maps to another type:")
        for m in counts["mismatches"]:
            print("  " + m)
    else:
        print(f"triggers whose CAMEO code maps to another type: {len(counts['mismatches'])} (--mismatches lists them)")
    for problem in problems:
        print("PROBLEM " + problem, file=sys.stderr)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
