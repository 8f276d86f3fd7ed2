"""A small constituency tree: read from a Penn Treebank bracketing, or built from a spaCy dependency parse.

The coder needs noun phrases (NP), verb phrases (VP), prepositional phrases (PP) and clauses (S, SBAR) with
token spans; both sources give it the same `Node` shape. Leaves are pre-terminals: `tag` holds the part of
speech and `word` the upper-cased word; `index` is the leaf's position in `Tree.leaves`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.errors import FormatError


@dataclass(eq=False)
class Node:
    label: str
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    word: str = ""            # leaves only: the word, upper-cased
    index: int = -1           # leaves only
    start: int = 0            # first leaf index covered
    end: int = 0              # one past the last leaf index covered
    char_start: int = 0       # leaves only: offsets into the text, where known
    char_end: int = 0

    @property
    def is_leaf(self) -> bool:
        return not self.children and self.index >= 0

    def walk(self):
        """This node and every node under it, parents before children, left to right."""
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self) -> str:  # compact, for debugging
        if self.is_leaf:
            return f"({self.label} {self.word})"
        return f"({self.label} {' '.join(map(repr, self.children))})"


@dataclass(eq=False)
class Tree:
    root: Node
    leaves: list[Node]

    @property
    def words(self) -> list[str]:
        return [leaf.word for leaf in self.leaves]


def finish_tree(root: Node) -> Tree:
    """Number the leaves, set every node's parent and span, and wrap the root as a Tree."""
    leaves: list[Node] = []

    def visit(node: Node, parent: Node | None) -> None:
        node.parent = parent
        if not node.children:
            node.index = len(leaves)
            leaves.append(node)
            node.start, node.end = node.index, node.index + 1
            return
        for child in node.children:
            visit(child, node)
        node.start, node.end = node.children[0].start, node.children[-1].end

    visit(root, None)
    return Tree(root, leaves)


def parse_penn(text: str) -> Tree:
    """Read a Penn Treebank bracketing such as ``(ROOT (S (NP (NNP Arnor)) (VP ...)))``.

    A word joined by underscores (``Dol_Amroth``) becomes one leaf per part. Raises FormatError when the
    brackets do not balance or a leaf has no word.
    """
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    stack: list[Node] = []
    root: Node | None = None
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token == "(":
            label = tokens[position + 1] if position + 1 < len(tokens) else ""
            if label in ("(", ")", ""):
                raise FormatError("parse", f"a bracket at token {position} has no label; check the tree")
            node = Node(label)
            if stack:
                stack[-1].children.append(node)
            elif root is None:
                root = node
            else:
                raise FormatError("parse", "more than one tree in the parse; give one sentence's tree")
            stack.append(node)
            position += 2
            continue
        if token == ")":
            if not stack:
                raise FormatError("parse", "unbalanced brackets: a ')' closes nothing")
            stack.pop()
            position += 1
            continue
        if not stack:
            raise FormatError("parse", f"word '{token}' outside any bracket")
        parent = stack[-1]
        parts = [p for p in token.split("_") if p] or [token]
        if len(parts) == 1:
            parent.word = normalise_word(parts[0])
        else:  # split "Dol_Amroth" into two leaves with the same tag
            label = parent.label
            parent.label = "NP" if label.startswith("NN") else label + "P"
            parent.children = [Node(label, word=normalise_word(p)) for p in parts]
        position += 1
    if stack:
        raise FormatError("parse", f"unbalanced brackets: {len(stack)} '(' left open; the parse is incomplete")
    if root is None:
        raise FormatError("parse", "empty parse")
    for node in root.walk():
        if not node.children and not node.word:
            raise FormatError("parse", f"({node.label}) has no word")
    return finish_tree(root)


def normalise_word(word: str) -> str:
    """Upper-case a word, undoing Treebank escapes for brackets and quotes."""
    return {"-LRB-": "(", "-RRB-": ")", "``": '"', "''": '"'}.get(word, word).upper()
