"""Code a parsed sentence with PETRARCH/CAMEO dictionaries: who did what to whom, as CAMEO codes.

The matching follows the dictionaries' own conventions (see `eventwire.petrarch.dictionaries`):

- actors and agents are the longest dictionary phrases found in the words; a noun phrase's code is its first
  actor with the codes of its agents added (``Gondor's police`` -> GONCOP; ``[NGO~]`` agents go in front);
  an agent with no actor of its own takes the actors of its prepositional phrase (``the ambassadors of
  Arnor and Gondor`` -> ARNGOV, GONGOV) or stands alone as ``---GOV``; conjoined noun phrases give one
  code each;
- a verb is any verb form of the verb dictionary heading a verb phrase (auxiliaries are skipped); its
  source is the subject of its clause (climbing past subjectless and pronoun clauses), its target the first
  coded noun phrase after it in its verb phrase; a passive verb with a ``by`` phrase swaps the roles;
- the verb's block patterns are tried against the words before (``UPPER``) and after (``LOWER``) the verb:
  words in order, others allowed between them unless tied by ``_``; ``+``/``$`` take the target/source
  from the noun phrase found there, ``%`` a compound actor, ``^`` skips a noun phrase. The pattern matching
  the most words wins (the earlier line on a tie) and its code replaces the verb's;
- codes ``A:B`` also code the reverse event B; a compound source with no target codes each pair of its
  members for cooperation codes (03-06) or a ``%`` pattern; ``---`` codes nothing;
- a verb inside the verb phrase of an already coded verb with the same subject is not coded again
  (``Arnor is said to be about to restore ties`` is one event);
- a sentence holding a discard phrase is not coded.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.petrarch.model import (
    ActorEntry,
    Actors,
    AgentEntry,
    Agents,
    Dictionaries,
    Discards,
    PatternElement,
    PetrarchCoding,
    VerbEntry,
    VerbPattern,
    Verbs,
)
from eventwire.petrarch.tree import Node, Tree, parse_penn

if TYPE_CHECKING:
    from spacy.tokens import Doc

AUXILIARIES = frozenset(
    "AM IS ARE WAS WERE BE BEEN BEING 'S 'M 'RE HAVE HAS HAD HAVING 'VE 'D DO DOES DID DOING".split()
)
BE_FORMS = frozenset("AM IS ARE WAS WERE BE BEEN BEING 'S 'M 'RE".split())
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "EX"})
NOUN_LIKE = frozenset({"NP", "NML", "NX", "NAC", "WHNP"})
OWN_CHILD_LABELS = frozenset({"NP", "NML", "NX", "NAC", "ADJP", "QP", "PRN", "WHNP", "UCP"})
COOPERATION = ("03", "04", "05", "06")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    actor: ActorEntry | None = None
    agent: AgentEntry | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    codes: tuple[str, ...]
    node: Node


@dataclass(slots=True)
class RawEvent:
    source: str
    target: str
    code: str
    verb: str
    pattern: str


class Lexicon:
    """Phrase indexes over one set of dictionaries, built once and shared by every sentence."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self.dictionaries = dictionaries
        self.actors: dict[str, list[ActorEntry]] = {}
        for entry in dictionaries.actors.entries:
            self.actors.setdefault(entry.phrase[0], []).append(entry)
        self.agents: dict[str, list[AgentEntry]] = {}
        for agent in dictionaries.agents.entries:
            self.agents.setdefault(agent.phrase[0], []).append(agent)
        for table in (self.actors, self.agents):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e.phrase))
        discards = dictionaries.discards.phrases if dictionaries.discards else ()
        self.discards = [words for words, _story in discards]

    def longest(self, table, words: list[str], at: int):
        for entry in table.get(words[at], ()):
            size = len(entry.phrase)
            if tuple(words[at: at + size]) == entry.phrase:
                return entry
        return None


@dataclass
class Sentence:
    """One sentence being coded: its tree, its phrase matches and the codes of its noun phrases."""

    tree: Tree
    lexicon: Lexicon
    date: int | None
    matches: dict[int, Match] = field(default_factory=dict)
    np_cache: dict[int, tuple[str, ...]] = field(default_factory=dict)
    bare_actors: dict[int, list[str]] = field(default_factory=dict)   # a noun phrase's actors before agents
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        words = self.tree.words
        at = 0
        while at < len(words):
            actor = self.lexicon.longest(self.lexicon.actors, words, at)
            agent = self.lexicon.longest(self.lexicon.agents, words, at)
            if actor and (not agent or len(actor.phrase) >= len(agent.phrase)):
                self.matches[at] = Match(at, at + len(actor.phrase), actor=actor)
                at += len(actor.phrase)
            elif agent:
                self.matches[at] = Match(at, at + len(agent.phrase), agent=agent)
                at += len(agent.phrase)
            else:
                at += 1
        for node in self.tree.root.walk():
            if node.label in NOUN_LIKE and node.children:
                codes = self.np_codes(node)
                if codes:
                    self.mentions.append(Mention(node.start, node.end, codes, node))

    # ------------------------------------------------------------ noun phrases

    def own_leaves(self, node: Node) -> list[Node]:
        """The words of a noun phrase itself: not those of its prepositional phrases or clauses."""
        out: list[Node] = []
        for child in node.children:
            if child.is_leaf:
                out.append(child)
            elif child.label in OWN_CHILD_LABELS:
                out += self.own_leaves(child)
        return out

    def np_codes(self, node: Node) -> tuple[str, ...]:
        key = id(node)
        if key not in self.np_cache:
            self.np_cache[key] = tuple(dict.fromkeys(self._np_codes(node)))
        return self.np_cache[key]

    def _np_codes(self, node: Node) -> list[str]:
        children = node.children
        conjuncts = [c for c in children if c.label in NOUN_LIKE and c.children]
        if any(c.label == "CC" for c in children) and len(conjuncts) >= 2:
            # "Danish media and government": a conjunct with agents only shares the first conjunct's actor
            lead = next((self.bare_actors[id(c)] for c in conjuncts
                         if self.np_codes(c) and self.bare_actors.get(id(c))), [])
            codes: list[str] = []
            for conjunct in conjuncts:
                own = self.np_codes(conjunct)
                if lead and own and all(code.startswith("---") for code in own):
                    own = tuple(actor + code[3:] for actor in lead for code in own)
                codes += own
            return codes
        own = self.own_leaves(node)
        match_ends = {m.end - 1 for m in self.matches.values()}
        groups = _split_conjoined_nouns(own, match_ends)
        described = [self._describe(group) for group in groups]
        coded = [d for d in described if d[0] or d[1]]
        if len(coded) > 1:
            first_actor = next((d for d in described if d[0]), None)
            shared = self._prepositional_actors(node) if first_actor is None else []
            codes = []
            for actors, agents in coded:
                if not actors and first_actor:
                    actors, agents = first_actor[0], first_actor[1][:-1] + agents
                codes += self._combine(actors or shared, agents)
            return codes
        actors, agents = ([], [])
        for a, g in described:
            actors = actors or a
            agents = agents + g
        if not actors:
            actors = self._prepositional_actors(node)
        self.bare_actors[id(node)] = actors
        return self._combine(actors, agents)

    def _describe(self, leaves: list[Node]) -> tuple[list[str], list[AgentEntry]]:
        """The first actor's codes and every agent among a run of words."""
        actors: list[str] = []
        agents: list[AgentEntry] = []
        for leaf in leaves:
            match = self.matches.get(leaf.index)
            if match is None:
                continue
            if match.actor and not actors:
                actors = list(match.actor.codes_on(self.date))
            elif match.agent:
                agents.append(match.agent)
        return actors, agents

    def _prepositional_actors(self, node: Node) -> list[str]:
        for child in node.children:
            if child.label == "PP":
                for inner in child.children:
                    if inner.label in NOUN_LIKE and inner.children:
                        found = list(self.np_codes(inner))
                        if found:
                            return found
            elif child.label in NOUN_LIKE and child.children:
                found = self._prepositional_actors(child)
                if found:
                    return found
        return []

    @staticmethod
    def _combine(actors: list[str], agents: list[AgentEntry]) -> list[str]:
        """Actor codes with the agents' codes added: suffixes after, ``[XXX~]`` prefixes before."""
        if not actors and not agents:
            return []
        prefix = "".join(a.code for a in agents if a.prefix)
        out = []
        for actor in actors or [None]:
            code = actor if actor is not None else ("" if prefix else "---")
            for agent in agents:
                if not agent.prefix and not _holds(code, agent.code):
                    code += agent.code
            out.append(prefix + code)
        return out

    # ------------------------------------------------------------ lookups

    def mention_nodes(self, start: int, limit: int) -> list[Mention]:
        return [m for m in self.mentions if m.start == start and m.end <= limit]

    def first_coded_np(self, nodes: list[Node], skip: set[int] = frozenset()) -> tuple[str, ...]:
        for top in nodes:
            for node in top.walk():
                if node.label in NOUN_LIKE and node.children and id(node) not in skip:
                    codes = self.np_codes(node)
                    if codes:
                        return codes
        return ()


def _holds(code: str, part: str) -> bool:
    """Whether `part` already sits in `code` on a three-letter boundary (USAGOV holds GOV; GMWGOV not WGO)."""
    return any(code.startswith(part, at) for at in range(0, len(code), 3))


def _split_conjoined_nouns(leaves: list[Node], match_ends: set[int] = frozenset()) -> list[list[Node]]:
    """Split ``lawmakers and officials`` or ``Rohan, Fornost and Bree`` (nouns or dictionary phrases before a
    conjunction, and the commas of such a list) into conjuncts; ``awful and evil minister`` stays whole."""
    listing = any(leaf.label == "CC" for leaf in leaves)
    groups: list[list[Node]] = [[]]
    for position, leaf in enumerate(leaves):
        separator = leaf.label == "CC" or (listing and leaf.label == ",")
        before = leaves[position - 1] if position else None
        if (separator and before is not None and position < len(leaves) - 1 and groups[-1]
                and (before.label.startswith("NN") or before.index in match_ends)):
            groups.append([])
            continue
        groups[-1].append(leaf)
    return [g for g in groups if g]


# ---------------------------------------------------------------- verbs and patterns

@dataclass
class VerbSite:
    leaf: Node
    entry: VerbEntry
    start: int                # first word of the verb (multi-word verbs start earlier)
    end: int                  # one past its last word
    vp: Node


def find_verbs(tree: Tree, lexicon: Lexicon) -> list[VerbSite]:
    verbs = lexicon.dictionaries.verbs
    words = tree.words
    sites = []
    for leaf in tree.leaves:
        entries = verbs.forms.get(leaf.word)
        if not entries:
            continue
        best: VerbEntry | None = None
        for entry in entries:
            lo, hi = leaf.index - len(entry.before), leaf.index + 1 + len(entry.after)
            if lo < 0 or tuple(words[lo: leaf.index]) != entry.before:
                continue
            if tuple(words[leaf.index + 1: hi]) != entry.after:
                continue
            if not entry.before and not entry.after and not (leaf.label.startswith("VB") or leaf.label == "MD"):
                continue
            if best is None or len(entry.before) + len(entry.after) > len(best.before) + len(best.after):
                best = entry
        if best is None:
            continue
        vp = leaf.parent
        while vp is not None and not vp.label.startswith("VP"):
            if vp.label not in ("NP", "NML", "ADVP", "PRT"):
                vp = None
                break
            vp = vp.parent
        if vp is None:
            continue
        start, end = leaf.index - len(best.before), leaf.index + 1 + len(best.after)
        wider = vp
        while wider.parent is not None and wider.parent.label in ("VP", "S") and (
                wider.start > start or wider.end < end):
            wider = wider.parent  # a multi-word verb spread over verb phrases: take the one holding all its words
        if wider.start <= start and wider.end >= end and wider.label == "VP":
            vp = wider
        if (leaf.label == "MD" or leaf.word in AUXILIARIES) and any(
            c.label == "VP" and c.start > leaf.index for c in vp.children
        ):
            continue
        sites.append(VerbSite(leaf, best, start, end, vp))
    return sites


def clause_subject(node: Node) -> Node | None:
    """The subject noun phrase of the clause `node` sits in, climbing past clauses that have none."""
    while node.parent is not None:
        parent = node.parent
        if parent.label in ("S", "SINV", "SQ"):
            before = parent.children[: parent.children.index(node)]
            subjects = [c for c in before if c.label in NOUN_LIKE and c.children]
            if subjects:
                return subjects[-1]
            if node.label == "S" and any(c.label == "CC" for c in before):
                # "Gondor launched ... and shelling ...": a conjoined clause shares the first one's subject
                for sibling in reversed(before):
                    if sibling.label == "S":
                        shared = [c for c in sibling.children if c.label in NOUN_LIKE and c.children]
                        if shared:
                            return shared[0]
        elif parent.label in NOUN_LIKE:
            return parent
        node = parent
    return None


def is_pronoun(node: Node) -> bool:
    leaves = [leaf for leaf in node.walk() if leaf.is_leaf]
    return bool(leaves) and all(leaf.label in PRONOUN_TAGS or leaf.label == "DT" for leaf in leaves)


def is_passive(site: VerbSite) -> bool:
    if site.leaf.label not in ("VBN", "VBD"):
        return False
    level: Node | None = site.vp.parent
    for _ in range(2):
        if level is None or not level.label.startswith("VP"):
            break
        first = next((c for c in level.children if c.is_leaf), None)
        if first is not None and first.word in BE_FORMS:
            return True
        level = level.parent
    return False


class PatternMatcher:
    """Match one verb pattern's words and markers against the words around a verb."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.words = sentence.tree.words

    def match(self, elements: tuple[PatternElement, ...], lo: int, hi: int, *, first_at: int | None,
              end_at: int | None):
        """(binds, words matched) for the first way the elements fit in words[lo:hi], else None."""

        def step(k: int, pos: int, binds: tuple, score: int):
            if k == len(elements):
                if end_at is not None and pos != end_at:
                    return None
                return binds, score
            element = elements[k]
            anchored = (k == 0 and first_at is not None) or (k > 0 and element.joined)
            starts = [first_at if k == 0 and first_at is not None else pos] if anchored else range(pos, hi + 1)
            for start in starts:
                for new_pos, bind, gained in self.consume(element, start, hi):
                    found = step(k + 1, new_pos, binds + bind, score + gained)
                    if found is not None:
                        return found
            return None

        return step(0, lo, (), 0)

    def noun_words_end(self, at: int) -> int | None:
        return _noun_words_end(self.sentence.tree, at)

    def consume(self, element: PatternElement, at: int, hi: int):
        words = self.words
        if element.kind == "word":
            if at < hi and words[at] == element.text:
                yield at + 1, (), 1
        elif element.kind == "synset":
            for alternative in element.alternatives:
                end = at + len(alternative)
                if end <= hi and tuple(words[at:end]) == alternative:
                    yield end, (), len(alternative)
        elif element.kind in ("target", "source", "compound"):
            for mention in self.sentence.mention_nodes(at, hi):
                if element.kind == "compound" and len(mention.codes) < 2:
                    continue
                yield mention.end, ((element.kind, mention),), 1
        elif element.kind == "skip":
            end = self.noun_words_end(at)
            if end is not None and end <= hi:
                yield end, (), 1
        elif element.kind == "anchor":
            yield at, (), 0


def is_code(code: str) -> bool:
    """A CAMEO code (``064``, ``174K``, ``032:033``); ``---`` and placeholders such as ``+++`` are not."""
    return any(ch.isdigit() for ch in code.partition(":")[0])


def _noun_words_end(tree: Tree, at: int) -> int | None:
    """One past the words of the noun phrase starting at word `at` (not its prepositional phrases)."""
    if at >= len(tree.leaves):
        return None
    leaf = tree.leaves[at]
    phrase = leaf.parent
    if phrase is None or phrase.label not in NOUN_LIKE:
        return None
    while phrase.parent is not None and phrase.parent.label in NOUN_LIKE and phrase.parent.start == phrase.start \
            and phrase.start == at:
        phrase = phrase.parent
    end = at + 1
    for child in phrase.children:
        if child.end <= at:
            continue
        if not (child.is_leaf or child.label in OWN_CHILD_LABELS):
            break
        end = child.end
    return end


def best_pattern(sentence: Sentence, site: VerbSite):
    patterns = sentence.lexicon.dictionaries.verbs.patterns.get(site.entry.block, ())
    matcher = PatternMatcher(sentence)
    best = None
    for pattern in patterns:
        if not (is_code(pattern.code) or pattern.code.startswith("---")):
            continue  # a placeholder such as [+++] or [xxy] is no code: the pattern cannot apply
        upper = matcher.match(pattern.before, 0, site.start, first_at=None,
                              end_at=site.start if pattern.before_joined else None)
        if upper is None:
            continue
        lower = matcher.match(pattern.after, site.end, site.vp.end,
                              first_at=site.end if pattern.after_joined else None, end_at=None)
        if lower is None:
            continue
        score = upper[1] + lower[1]
        if best is None or score > best[1]:
            best = (pattern, score, upper[0], lower[0])
    return best


def code_tree(tree: Tree, dictionaries: Dictionaries | Lexicon, *, date: int | None = None) -> list[RawEvent]:
    """Every event the dictionaries code in one parsed sentence, in verb order."""
    lexicon = dictionaries if isinstance(dictionaries, Lexicon) else Lexicon(dictionaries)
    words = tree.words
    for phrase in lexicon.discards:
        size = len(phrase)
        if any(tuple(words[i: i + size]) == phrase for i in range(len(words) - size + 1)):
            return []
    sentence = Sentence(tree, lexicon, date)
    events: list[RawEvent] = []
    coded: list[tuple[VerbSite, Node | None]] = []
    for site in find_verbs(tree, lexicon):
        subject = clause_subject(site.vp)
        if any(_dominates(done.vp, site.vp) and (done_subject is subject or _infinitive_between(done.vp, site.vp))
               for done, done_subject in coded):
            continue
        found = _code_site(sentence, site, subject)
        if found:
            events += found
            coded.append((site, subject))
    unique: dict[tuple[str, str, str], RawEvent] = {}
    for event in events:
        unique.setdefault((event.source, event.target, event.code), event)
    return list(unique.values())


def _infinitive_between(upper: Node, lower: Node) -> bool:
    """Whether `lower` sits in a "to ..." clause inside `upper` ("urged Bree to help", "called on X to be")."""
    node: Node | None = lower
    while node is not None and node is not upper:
        if node.label == "VP" and node.children and node.children[0].label == "TO":
            return True
        node = node.parent
    return False


def _dominates(upper: Node, lower: Node) -> bool:
    node: Node | None = lower.parent
    while node is not None:
        if node is upper:
            return True
        node = node.parent
    return False


def _code_site(sentence: Sentence, site: VerbSite, subject: Node | None) -> list[RawEvent]:
    found = best_pattern(sentence, site)
    pattern: VerbPattern | None = found[0] if found else None
    binds = (found[2] + found[3]) if found else ()
    code = pattern.code if pattern else site.entry.code
    if not is_code(code):
        return []

    # default source: the clause subject, or the next one up when it is a pronoun or taken as the target
    bound = {kind: mention for kind, mention in binds}
    taken = {id(m.node) for m in bound.values()}
    source_node = subject
    while source_node is not None and (
        (not sentence.np_codes(source_node) and is_pronoun(source_node)) or id(source_node) in taken
    ):
        source_node = clause_subject(source_node)
    source = sentence.np_codes(source_node) if source_node is not None else ()

    after = [c for c in site.vp.children if c.start >= site.end]
    target = sentence.first_coded_np(after, skip=taken)
    if not bound and is_passive(site):
        phrases = [c for c in site.vp.children if c.start >= site.end]
        phrases += [g for c in phrases if c.label == "ADVP" for g in c.children]
        for child in phrases:
            if child.label == "PP" and child.children and child.children[0].is_leaf and child.children[0].word == "BY":
                agent = sentence.first_coded_np(child.children[1:])
                if agent:
                    source, target = agent, sentence.np_codes(subject) if subject is not None else ()
                break
    compound = False
    for kind, mention in binds:
        if kind == "source":
            source = mention.codes
        elif kind == "target":
            target = mention.codes
        elif kind == "compound":
            compound = True
            if mention.end <= site.start:
                source = mention.codes
                target = () if not any(k == "target" for k, _ in binds) else target
            else:
                target = mention.codes
    forward, _, backward = code.partition(":")
    line = pattern.text if pattern else ""
    verb = " ".join(sentence.tree.words[site.start: site.end])
    events: list[RawEvent] = []
    pairs: list[tuple[str, str]] = [(s, t) for s in source for t in target if s != t]
    if not target and len(source) > 1 and (compound or forward.startswith(COOPERATION)):
        pairs = [(s, t) for s in source for t in source if s != t]
        backward = ""
    for s, t in pairs:
        if forward and not forward.startswith("---"):
            events.append(RawEvent(s, t, forward, verb, line))
        if backward and not backward.startswith("---"):
            events.append(RawEvent(t, s, backward, verb, line))
    return events


# ---------------------------------------------------------------- entry points

_LEXICONS: dict[int, tuple[Dictionaries, Lexicon]] = {}


def lexicon_for(dictionaries: Dictionaries) -> Lexicon:
    """The phrase indexes of a dictionary set, built on first use and kept for the next sentences."""
    held = _LEXICONS.get(id(dictionaries))
    if held is None or held[0] is not dictionaries:
        if len(_LEXICONS) >= 8:
            _LEXICONS.pop(next(iter(_LEXICONS)))
        held = _LEXICONS[id(dictionaries)] = (dictionaries, Lexicon(dictionaries))
    return held[1]


def as_date(date: Any) -> int | None:
    """YYYYMMDD as an integer from a date, a datetime, "2024-10-21", "20241021" or an int; None stays None."""
    if date is None or isinstance(date, int):
        return date
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.year * 10000 + date.month * 100 + date.day
    digits = "".join(ch for ch in str(date)[:10] if ch.isdigit())
    if len(digits) != 8:
        raise ValueError(f"cannot read date {date!r}; give YYYY-MM-DD or YYYYMMDD")
    return int(digits)


def code_sentence(parse: Tree | str, dictionaries: Dictionaries, *, date: Any = None) -> list[tuple[str, str, str]]:
    """(source, target, CAMEO code) for each event in one sentence, given its tree or Penn Treebank parse.

        >>> code_sentence("(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor))) (. .)))", dicts)
        [('ARN', 'GON', '122')]
    """
    tree = parse_penn(parse) if isinstance(parse, str) else parse
    return [(e.source, e.target, e.code) for e in code_tree(tree, lexicon_for(dictionaries), date=as_date(date))]


def load_dictionaries(*, actors: str | Path | Actors, agents: str | Path | Agents | None = None,
                      verbs: str | Path | Verbs, discards: str | Path | Discards | None = None) -> Dictionaries:
    """A dictionary set from file paths (or already loaded dictionaries); agents and discards are optional."""
    from eventwire.petrarch import dictionaries as readers

    return Dictionaries(
        actors if isinstance(actors, Actors) else readers.load_actors(actors),
        agents if isinstance(agents, Agents) else (readers.load_agents(agents) if agents else Agents(())),
        verbs if isinstance(verbs, Verbs) else readers.load_verbs(verbs, strict=False),
        discards if isinstance(discards, Discards) or discards is None else readers.load_discards(discards),
    )


def code_with_dictionaries(text_or_doc: "str | Doc", *, actors: str | Path | Actors | None = None,
                           agents: str | Path | Agents | None = None, verbs: str | Path | Verbs | None = None,
                           discards: str | Path | Discards | None = None, dictionaries: Dictionaries | None = None,
                           date: Any = None, model: str = "md") -> list[PetrarchCoding]:
    """Code a text (parsed with spaCy) or an already parsed Doc with PETRARCH/CAMEO dictionaries.

    Give the dictionaries as paths (or loaded objects) through `actors`, `agents`, `verbs` and `discards`,
    or as one `dictionaries` set from `load_dictionaries` (faster when coding many texts). `date` selects
    date-restricted actor codes. Each coding carries its sentence's character offsets in the text.

        >>> code_with_dictionaries("Arnor condemned Gondor on Monday.", actors="my.actors.txt",
        ...                        verbs="CAMEO.2.0.txt", date="2024-10-21")
        [PetrarchCoding(source='ARN', target='GON', code='122', start=0, end=33, verb='CONDEMNED', pattern='')]
    """
    from eventwire.petrarch.spacy_tree import trees_from_doc

    if dictionaries is None:
        if actors is None or verbs is None:
            raise ValueError("code_with_dictionaries needs actors= and verbs= (paths or loaded), or dictionaries=")
        dictionaries = load_dictionaries(actors=actors, agents=agents, verbs=verbs, discards=discards)
    if isinstance(text_or_doc, str):
        from eventwire.annotate import load_nlp

        doc = load_nlp(model)(text_or_doc)
    else:
        doc = text_or_doc
    lexicon = lexicon_for(dictionaries)
    when = as_date(date)
    codings = []
    for tree, sent in trees_from_doc(doc):
        for event in code_tree(tree, lexicon, date=when):
            codings.append(PetrarchCoding(event.source, event.target, event.code, sent.start_char, sent.end_char,
                                          event.verb, event.pattern))
    return codings
