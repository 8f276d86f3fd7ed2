"""Actor and agent phrases in a parsed sentence, and the actor codes of its noun phrases.

The longest dictionary phrase wins at each word (an actor over an agent of the same length). A noun
phrase's code is its first actor with its agents' codes added: ``Gondor's police`` -> GONCOP, a ``[NGO~]``
agent goes in front; an agent without an actor takes those of the phrase's prepositional phrase (``the
ambassadors of Arnor and Gondor`` -> ARNGOV, GONGOV) or stands alone (``---GOV``). Conjoined noun phrases,
and nouns or dictionary phrases joined by ``and`` inside one, give one code each.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.petrarch.model import ActorEntry, AgentEntry, Dictionaries
from eventwire.petrarch.tree import Node, Tree

PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "EX"})
NOUN_LIKE = frozenset({"NP", "NML", "NX", "NAC", "WHNP"})
OWN_CHILD_LABELS = frozenset({"NP", "NML", "NX", "NAC", "ADJP", "QP", "PRN", "WHNP", "UCP"})


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
