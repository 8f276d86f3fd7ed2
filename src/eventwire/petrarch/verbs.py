"""Verbs of the verb dictionary in a parsed sentence: where they are, their clause, and their best pattern.

A pattern ``- UPPER * LOWER [code]`` matches when its words come in order before and after the verb, other
words allowed between them unless ``_`` ties two together (or one to the verb); ``+``/``$`` take the
target/source from the noun phrase found there, ``%`` a compound actor, ``^`` skips a noun. The pattern that
matches the most words wins, the earlier line on a tie.
"""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.petrarch.model import PatternElement, VerbEntry
from eventwire.petrarch.phrases import NOUN_LIKE, OWN_CHILD_LABELS, PRONOUN_TAGS, Lexicon, Sentence
from eventwire.petrarch.tree import Node, Tree

AUXILIARIES = frozenset(
    "AM IS ARE WAS WERE BE BEEN BEING 'S 'M 'RE HAVE HAS HAD HAVING 'VE 'D DO DOES DID DOING".split()
)
BE_FORMS = frozenset("AM IS ARE WAS WERE BE BEEN BEING 'S 'M 'RE".split())


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


NEGATIONS = frozenset({"NOT", "N'T", "NEVER"})


def is_negated(site: VerbSite) -> bool:
    """Whether "not", "n't" or "never" stands among the verb's auxiliaries ("did not attack", "won't meet")."""
    node: Node | None = site.vp
    while node is not None and node.label.startswith("VP"):
        if any(c.is_leaf and c.word in NEGATIONS and c.index < site.start for c in node.children):
            return True
        node = node.parent
    return False


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
