"""Read PETRARCH/CAMEO-format actor, agent, verb and discard dictionaries.

The formats are those of the PETRARCH coders (and TABARI before them):

- Actors: a phrase (words joined by ``_`` or spaces), then its code in brackets; ``+PHRASE`` lines after it
  are synonyms; codes may sit on following indented lines and carry dates: ``[HOB < 950601]`` (on or before),
  ``[HOBGOV 19950601 - 19990815]`` (both days included), ``[HOBREB > 990816]`` (on or after). Six-digit dates
  are YYMMDD, with 00-30 read as 20YY and 31-99 as 19YY (as KEDS, TABARI and PETRARCH do). ``ELR/GAL`` codes
  two actors. Text after ``;`` on a phrase line is a comment (the KEDS/TABARI rule).
- Agents: ``PHRASE {PLURAL} [~CODE]`` (``[CODE~]`` puts the code before the actor's), ``!NAME! = A, B``
  substitution lists used as ``CONGRESS!PERSON!``. The plural is formed regularly unless ``{...}`` gives it
  (one phrase; ``{}``: none); a phrase with a substitution marker stands for its substitutions only, with
  no plurals formed.
- Verbs: ``&SYNSET`` lists of ``+PHRASE``; blocks opened by ``--- NAME [code] ---`` holding verb lines
  (``VERB {FORMS} [code]``, ``+`` marking the verb word of a multi-word verb: ``WIRE_+TAP``, ``+BREAK_DOWN``)
  and pattern lines ``- UPPER * LOWER [code]`` where ``*`` is the verb, ``_`` ties words together, ``+`` is
  the target, ``$`` the source, ``%`` a compound actor and ``^`` skips a noun phrase.
- Discards: one phrase a line; ``+PHRASE`` discards the whole story.

``#`` starts a comment; ``<!-- ... -->`` lines are comments. Errors name the file and line.
"""
from __future__ import annotations

import re
from pathlib import Path

from eventwire.errors import DictionaryError, ModelError
from eventwire.petrarch.model import (
    ActorEntry,
    Actors,
    AgentEntry,
    Agents,
    DatedCode,
    Discards,
    PatternElement,
    VerbEntry,
    VerbPattern,
    Verbs,
)


def _lines(path: str | Path) -> list[tuple[int, str]]:
    """(line number, text without comments) for each line of the file; block comments become blank."""
    try:
        raw = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as err:
        raise ModelError(f"cannot read PETRARCH dictionary {path}: {err.strerror}; check the path") from err
    out = []
    in_comment = False
    for number, text in enumerate(raw, 1):
        if in_comment:
            if "-->" in text:
                in_comment = False
                text = text.split("-->", 1)[1]
            else:
                continue
        while "<!" in text:
            head, _, rest = text.partition("<!")
            if "-->" in rest:
                text = head + rest.split("-->", 1)[1]
            elif rest.lstrip().startswith("-"):
                in_comment = True
                text = head
            else:
                text = head
        kept = _strip_comment(text).rstrip()
        if kept.strip() or not text.strip():
            out.append((number, kept))  # a line holding only a comment does not end a synset
    return out


def _strip_comment(text: str) -> str:
    """Drop a ``#`` comment; a ``#`` inside a code block (``[###]``) is part of the code."""
    depth = 0
    for index, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return text[:index]
    return text


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s_]+", phrase.upper()) if w)


# ---------------------------------------------------------------- dates and codes

_DATE = re.compile(r"\d{6}|\d{8}")


def _date(text: str, path, line: int) -> int:
    text = text.strip()
    if not _DATE.fullmatch(text):
        raise DictionaryError(path, line, f"date '{text}' is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{19 if year > 30 else 20}{text}"
    return int(text)


def _code_block(block: str, path, line: int) -> DatedCode:
    """``HOB``, ``HOB < 950601``, ``HOBGOV 19950601 - 19990815``, ``HOBREB > 990816``; each limit is included."""
    block = block.strip()
    match = re.fullmatch(r"([^\s<>]+?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?", block)
    if not match or match.group(1)[0].isdigit():
        raise DictionaryError(path, line, f"cannot read code block [{block}]; expected [CODE], [CODE <YYMMDD], "
                                          "[CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]")
    code = match.group(1)
    if match.group(2) == "<":
        return DatedCode(code, None, _date(match.group(3), path, line))
    if match.group(2) == ">":
        return DatedCode(code, _date(match.group(3), path, line), None)
    if match.group(4):
        return DatedCode(code, _date(match.group(4), path, line), _date(match.group(5), path, line))
    return DatedCode(code)


# ---------------------------------------------------------------- actors

def load_actors(path: str | Path) -> Actors:
    """Read a PETRARCH actor dictionary (``PHRASE [CODE]``, ``+SYNONYM``, dated code lines)."""
    entries: list[ActorEntry] = []
    group: list[tuple[str, int]] = []      # phrases of the current entry
    codes: list[DatedCode] = []

    def flush() -> None:
        if not group:
            return
        if not codes:
            raise DictionaryError(path, group[0][1], f"actor '{group[0][0]}' has no code; add [CODE] after it")
        default = tuple(c for dc in codes if dc.start is None and dc.end is None for c in dc.code.split("/") if c)
        dated = tuple(dc for dc in codes if not (dc.start is None and dc.end is None))
        root = group[0][0]
        for phrase, number in group:
            words = _words(phrase)
            if words:
                entries.append(ActorEntry(words, default, dated, root, number))
        group.clear()
        codes.clear()

    for number, text in _lines(path):
        stripped = text.strip()
        if not stripped:
            continue
        blocks = re.findall(r"\[([^\]]*)\]", stripped)
        if stripped.count("[") != stripped.count("]"):
            raise DictionaryError(path, number, f"unbalanced brackets in '{stripped}'; close the code block with ]")
        head = re.sub(r"\[[^\]]*\]", "", stripped).partition(";")[0].strip()
        if head.startswith("+"):
            if not group:
                raise DictionaryError(path, number, f"synonym '{head}' has no actor before it; put it under one")
            group.append((head[1:].strip(), number))
        elif head:
            if group and codes:
                flush()
            elif group and not text[:1].isspace():
                flush()
            group.append((head, number))
        for block in blocks:
            if not group:
                raise DictionaryError(path, number, f"code [{block}] has no actor phrase before it")
            codes.append(_code_block(block, path, number))
    flush()
    return Actors(tuple(entries), str(path))


# ---------------------------------------------------------------- agents

_IRREGULAR_PLURAL_ENDINGS = (("MAN", "MEN"),)


def _add_s(word: str) -> str:
    """An upper-case word with the English -s ending: a noun's plural, a verb's third person singular."""
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def plural(word: str) -> str:
    """The regular English plural of an upper-case word."""
    for singular, plural_ in _IRREGULAR_PLURAL_ENDINGS:
        if word.endswith(singular):
            return word[: -len(singular)] + plural_
    return _add_s(word)


def load_agents(path: str | Path) -> Agents:
    """Read a PETRARCH agent dictionary (``PHRASE {PLURALS} [~CODE]``, ``!SUBST! = A, B``)."""
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, text in _lines(path):
        stripped = text.strip()
        if not stripped:
            continue
        sub = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", stripped, flags=re.I)
        if sub:
            substitutions[sub.group(1).upper()] = [w.strip().upper() for w in sub.group(2).split(",") if w.strip()]
            continue
        code_match = re.search(r"\[([^\]]*)\]", stripped)
        if not code_match:
            raise DictionaryError(path, number, f"agent '{stripped}' has no code; write it as PHRASE [~CODE]")
        raw_code = code_match.group(1).strip()
        if "~" not in raw_code:
            raise DictionaryError(path, number, f"agent code [{raw_code}] has no '~'; write [~CODE] (suffix) "
                                                "or [CODE~] (prefix)")
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.replace("~", "").strip()
        head = stripped[: code_match.start()].strip()
        given: str | None = None
        brace = re.search(r"\{([^}]*)\}", head)
        if brace:
            given = brace.group(1).strip()
            head = (head[: brace.start()] + head[brace.end():]).strip()
        if not head:
            raise DictionaryError(path, number, "agent line has a code but no phrase")
        substituted = "!" in head
        for phrase in _expand_substitutions(head.upper(), substitutions, path, number):
            words = _words(phrase)
            entries.append(AgentEntry(words, code, prefix, number))
            if given is not None:
                forms = [_words(p) for p in _expand_substitutions(given.upper(), substitutions, path, number)]
            elif substituted:
                forms = []
            else:
                forms = [words[:-1] + (plural(words[-1]),)]
            for form in forms:
                if form and form != words:
                    entries.append(AgentEntry(form, code, prefix, number, plural=True))
    return Agents(tuple(entries), str(path))


def _expand_substitutions(phrase: str, substitutions: dict[str, list[str]], path, line: int) -> list[str]:
    match = re.search(r"![A-Z0-9_]+!", phrase)
    if not match:
        return [phrase]
    name = match.group(0)
    if name not in substitutions:
        raise DictionaryError(path, line, f"substitution {name} is not defined; add '{name} = WORD, WORD' above")
    out = []
    for word in substitutions[name]:
        out += _expand_substitutions(phrase[: match.start()] + word + phrase[match.end():], substitutions, path, line)
    return out


# ---------------------------------------------------------------- discards

def load_discards(path: str | Path) -> Discards:
    """Read a PETRARCH discard list: one phrase a line, ``+PHRASE`` for a story-level discard."""
    phrases = []
    for _number, text in _lines(path):
        stripped = text.strip()
        if not stripped:
            continue
        story = stripped.startswith("+")
        words = _words(stripped.lstrip("+"))
        if words:
            phrases.append((words, story))
    return Discards(tuple(phrases), str(path))


# ---------------------------------------------------------------- verbs

def verb_forms(word: str) -> tuple[str, ...]:
    """The regular forms of an upper-case verb: itself, -S, -ED and -ING."""
    third = _add_s(word)
    if word.endswith("E"):
        past, ing = word + "D", (word + "ING" if word.endswith("EE") else word[:-1] + "ING")
    elif word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        past, ing = word[:-1] + "IED", word + "ING"
    else:
        past, ing = word + "ED", word + "ING"
    return (word, third, past, ing)


_HEADER = re.compile(r"^-{3}\s*([^\[\]]+?)\s*(\[[^\]]*\])?\s*(?:\[[^\]]*\]\s*)*[-\s]*$")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*$")


def load_verbs(path: str | Path, *, strict: bool = True) -> Verbs:
    """Read a PETRARCH verb dictionary: synsets, verb blocks, verbs and their patterns.

    With ``strict=False`` a line that cannot be read is left out and listed in ``Verbs.skipped`` (the
    published CAMEO dictionaries hold a few such lines); otherwise it raises DictionaryError.
    """
    synsets_raw: dict[str, list[tuple[str, int]]] = {}
    forms: dict[str, list[VerbEntry]] = {}
    raw_patterns: dict[str, list[tuple[str, str, int]]] = {}
    transformations: list[str] = []
    skipped: list[str] = []
    block: str | None = None
    block_code = "---"
    synset: str | None = None

    def problem(err: DictionaryError) -> None:
        if strict:
            raise err
        skipped.append(str(err))

    for number, text in _lines(path):
        stripped = text.strip()
        if not stripped:
            synset = None
            continue
        if stripped.startswith("~"):
            transformations.append(stripped)
            continue
        if stripped.startswith("&"):
            synset = stripped.split()[0][1:].rstrip("_").upper()
            synsets_raw.setdefault(synset, [])
            continue
        if synset is not None and stripped.startswith("+"):
            synsets_raw[synset].append((stripped[1:].strip(), number))
            continue
        synset = None
        try:
            if stripped.startswith("---"):
                header = _HEADER.match(stripped)
                if not header:
                    raise DictionaryError(path, number, f"cannot read block header '{stripped}'; "
                                                        "write it as --- NAME [CODE] ---")
                block = header.group(1).strip().upper()
                block_code = header.group(2)[1:-1].strip() if header.group(2) else "---"
                raw_patterns.setdefault(block, [])
            elif stripped.startswith("-"):
                if block is None:
                    raise DictionaryError(path, number, "pattern line before any --- VERB [CODE] --- block header")
                match = _PATTERN.match(stripped)
                if not match:
                    raise DictionaryError(path, number, f"pattern '{stripped}' has no code; end it with [CODE]")
                if "*" not in match.group(1):
                    raise DictionaryError(path, number, f"pattern '{stripped}' has no '*' marking the verb")
                raw_patterns[block].append((match.group(1), match.group(2).strip(), number))
            elif block is None:
                raise DictionaryError(path, number, f"verb line '{stripped}' comes before any --- VERB [CODE] --- "
                                                    "header")
            else:
                for entry in _verb_line(stripped, block, block_code, path, number):
                    forms.setdefault(entry.word, []).append(entry)
        except DictionaryError as err:
            problem(err)
    synsets = _expand_synsets(synsets_raw, path)
    patterns: dict[str, tuple[VerbPattern, ...]] = {}
    for name, items in raw_patterns.items():
        kept = []
        for text, code, number in items:
            try:
                kept.append(_pattern(text, code, number, synsets, path))
            except DictionaryError as err:
                problem(err)
        patterns[name] = tuple(kept)
    return Verbs(
        {word: tuple(entries) for word, entries in forms.items()},
        patterns,
        synsets,
        tuple(transformations),
        str(path),
        tuple(skipped),
    )


def _verb_line(text: str, block: str, block_code: str, path, line: int) -> list[VerbEntry]:
    code = block_code
    code_match = re.search(r"\[([^\]]*)\]", text)
    if code_match:
        code = code_match.group(1).strip()
        text = (text[: code_match.start()] + text[code_match.end():]).strip()
    explicit: list[str] | None = None
    brace = re.search(r"\{([^}]*)\}", text)
    if brace:
        explicit = brace.group(1).split()
        text = (text[: brace.start()] + text[brace.end():]).strip()
    if "{" in text or "}" in text:
        raise DictionaryError(path, line, f"unbalanced braces in verb line '{text}'")
    base = text.strip()
    if not base:
        raise DictionaryError(path, line, "verb line has no verb")
    entries = []
    spellings = [base] + (explicit or [])
    for index, spelling in enumerate(spellings):
        before, word, after = _split_multiword(spelling, path, line)
        words = [word] if index > 0 or explicit is not None else list(verb_forms(word))
        for form in words:
            entries.append(VerbEntry(form, before, after, code, block, line))
    return entries


def _split_multiword(spelling: str, path, line: int) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    parts = [p for p in re.split(r"[\s_]+", spelling.upper()) if p]
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(marked) > 1:
        raise DictionaryError(path, line, f"verb '{spelling}' marks more than one verb word with '+'")
    at = marked[0] if marked else 0
    parts = [p.lstrip("+") for p in parts]
    return tuple(parts[:at]), parts[at], tuple(parts[at + 1:])


def _expand_synsets(raw: dict[str, list[tuple[str, int]]], path) -> dict[str, tuple[tuple[str, ...], ...]]:
    done: dict[str, tuple[tuple[str, ...], ...]] = {}

    def expand(name: str, seen: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        if name in done:
            return done[name]
        if name in seen:
            raise DictionaryError(path, raw[name][0][1] if raw[name] else 0, f"synset &{name} contains itself")
        out: list[tuple[str, ...]] = []
        for phrase, number in raw[name]:
            if phrase.startswith("&"):
                inner = phrase[1:].rstrip("_").upper()
                if inner not in raw:
                    raise DictionaryError(path, number, f"synset &{inner} is used but not defined")
                out += expand(inner, seen + (name,))
            else:
                words = _words(phrase)
                if words:
                    out.append(words)
        done[name] = tuple(out)
        return done[name]

    for name in raw:
        expand(name, ())
    return done


_MARKERS = {"+": "target", "$": "source", "%": "compound", "^": "skip"}


def _pattern(text: str, code: str, line: int, synsets, path) -> VerbPattern:
    # groups written {A B} or (A B) are tied words
    flat = text
    while re.search(r"[{(][^{}()]*[})]", flat):
        flat = re.sub(r"[{(]([^{}()]*)[})]", lambda m: "_".join(m.group(1).split()), flat)
    if re.search(r"[{}()]", flat):
        raise DictionaryError(path, line, f"unbalanced brackets in pattern '{text}'")
    sides: list[list[PatternElement]] = [[], []]
    side = 0
    joined = False
    before_joined = after_joined = False
    for piece in re.findall(r"[^\s_]+|_+|\s+", flat.strip()):
        if piece.isspace():
            continue
        if piece.startswith("_"):
            joined = True
            continue
        if piece == "*":
            if side == 1:
                raise DictionaryError(path, line, f"pattern '{text}' has more than one '*'; keep one for the verb")
            before_joined, side, joined = joined, 1, False
            continue
        if piece in _MARKERS:
            element = PatternElement(_MARKERS[piece], piece, (), joined)
        elif piece.startswith("&"):
            name = piece[1:].rstrip("_").upper()
            if name not in synsets:
                raise DictionaryError(path, line, f"pattern uses synset &{name}, which is not defined; "
                                                  "define it with &NAME and +PHRASE lines")
            element = PatternElement("synset", name, synsets[name], joined)
        else:
            element = PatternElement("word", piece.upper(), (), joined)
        if side == 1 and not sides[1]:
            after_joined = joined
        sides[side].append(element)
        joined = False
    return VerbPattern(tuple(sides[0]), tuple(sides[1]), before_joined, after_joined, code, line,
                       f"- {text} [{code}]")
