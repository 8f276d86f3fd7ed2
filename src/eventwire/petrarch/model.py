"""The nouns of PETRARCH compatibility: dictionary entries, verb patterns and the codings they produce."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DatedCode:
    """One actor code, valid from `start` to `end`, both days included (YYYYMMDD integers; None leaves that
    side open), as PETRARCH reads ``[CODE <date]``, ``[CODE >date]`` and ``[CODE date-date]``."""

    code: str
    start: int | None = None
    end: int | None = None

    def applies(self, date: int | None) -> bool:
        if date is None:
            return self.start is None and self.end is None
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor dictionary entry: one phrase (its synonyms are entries of their own) and its codes.

    `codes` holds the date-restricted codes in file order; `default` the unrestricted ones (a code like
    ``ELR/GAL`` stands for two actors and gives two codes).
    """

    phrase: tuple[str, ...]
    default: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    root: str                 # the entry's first phrase, as written
    line: int

    def codes_on(self, date: int | None) -> tuple[str, ...]:
        """The entry's codes on a date: the first matching restriction in file order, else the default."""
        for dated in self.codes:
            if dated.applies(date):
                return tuple(c for c in dated.code.split("/") if c)
        return self.default


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent phrase (or one of its plurals) and its code; `prefix` when written ``[XXX~]``."""

    phrase: tuple[str, ...]
    code: str
    prefix: bool
    line: int
    plural: bool = False      # a plural form (listed in {...} or formed regularly), not the phrase as written


@dataclass(frozen=True, slots=True)
class PatternElement:
    """One element of a verb pattern.

    kind: "word" (text is the word), "synset" (alternatives: tuples of words), or a marker:
    "source" ($), "target" (+), "compound" (%), "skip" (^).
    `joined` is True when an underscore ties it to the element before it (or to the verb), so no
    other word may come between.
    """

    kind: str
    text: str = ""
    alternatives: tuple[tuple[str, ...], ...] = ()
    joined: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """``- UPPER * LOWER [code]``: words before and after the verb, and the CAMEO code when they match."""

    before: tuple[PatternElement, ...]
    after: tuple[PatternElement, ...]
    before_joined: bool       # the last element before the verb is tied to it by "_" ("IN_*")
    after_joined: bool        # the first element after the verb is tied to it by "_" ("*_OUT")
    code: str
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb (one or more words) of a verb block; `word` is the inflected verb word itself."""

    word: str
    before: tuple[str, ...]   # words that must come right before the verb word ("WIRE" in WIRE_+TAP)
    after: tuple[str, ...]    # words that must come right after it ("DOWN" in BREAK_DOWN)
    code: str                 # the verb's own code, else its block's
    block: str                # the block's name, keying its patterns
    line: int


@dataclass(frozen=True, slots=True)
class Actors:
    entries: tuple[ActorEntry, ...]
    path: str = ""


@dataclass(frozen=True, slots=True)
class Agents:
    entries: tuple[AgentEntry, ...]
    path: str = ""


@dataclass(frozen=True, slots=True)
class Verbs:
    """A verb dictionary: verb forms by their verb word, patterns by block, synsets by name."""

    forms: dict[str, tuple[VerbEntry, ...]]
    patterns: dict[str, tuple[VerbPattern, ...]]
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    transformations: tuple[str, ...] = ()   # PETRARCH 2 "~" transformation lines, kept but not applied
    path: str = ""
    skipped: tuple[str, ...] = ()           # "file:line: reason" for each line left out (strict=False)


@dataclass(frozen=True, slots=True)
class Discards:
    """Phrases whose presence means a sentence (or, with `story`, its whole story) is not coded."""

    phrases: tuple[tuple[tuple[str, ...], bool], ...]   # (words, story-level)
    path: str = ""


@dataclass(frozen=True, slots=True)
class Dictionaries:
    actors: Actors
    agents: Agents
    verbs: Verbs
    discards: Discards | None = None


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """One coded event: source and target actor codes (``---`` where unknown), CAMEO code, and where.

    `start`/`end` are character offsets of the sentence in the text given to the coder (0, 0 when coded
    from a parse alone); `verb` is the verb word that carried the event and `pattern` the dictionary line
    that decided the code ("" for the verb's default).
    """

    source: str
    target: str
    code: str
    start: int = 0
    end: int = 0
    verb: str = ""
    pattern: str = ""
