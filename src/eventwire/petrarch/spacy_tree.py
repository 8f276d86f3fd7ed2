"""Build the coder's constituency tree from a spaCy dependency parse.

spaCy gives heads and dependency labels; the coder wants phrases. Each token's subtree becomes a phrase
whose label follows its part of speech and role: nouns give NP (conjoined nouns an NP of NPs), prepositions
PP, verbs a clause S holding the subject NP and a VP (auxiliaries nest VPs as in the Penn Treebank: ``(VP
will (VP tap ...))``, ``(VP to (VP restore ...))``), subordinate clauses SBAR. Leaves keep spaCy's Penn tags
and the tokens' character offsets, in sentence order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.petrarch.tree import Node, Tree, finish_tree, normalise_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
AUXILIARY = frozenset({"aux", "auxpass"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})
CLAUSAL = frozenset({"ccomp", "advcl", "relcl", "xcomp", "csubj", "csubjpass", "pcomp", "conj", "parataxis", "ROOT"})


def trees_from_doc(doc: "Doc") -> list[tuple[Tree, "Span"]]:
    """One tree per sentence of a parsed Doc, with the sentence span it came from."""
    return [(tree_from_span(sent), sent) for sent in doc.sents]


def tree_from_span(sent: "Span") -> Tree:
    root = Node("ROOT", [_phrase(sent.root)])
    _sort(root)
    _join_hyphenated(root)
    return finish_tree(root)


def _join_hyphenated(root: Node) -> None:
    """Make ``Al - Qaeda`` one word again, as Treebank tokenisation and the dictionaries write it."""
    leaves = [node for node in root.walk() if not node.children]
    position = 0
    while position + 2 < len(leaves):
        first, hyphen, last = leaves[position: position + 3]
        if (hyphen.word == "-" and first.char_end == hyphen.char_start and hyphen.char_end == last.char_start
                and first.word[-1:].isalnum() and last.word[:1].isalnum()):
            first.word = f"{first.word}-{last.word}"
            first.char_end = last.char_end
            for gone in (hyphen, last):
                _remove(root, gone)
            del leaves[position + 1: position + 3]
            continue
        position += 1


def _remove(root: Node, leaf: Node) -> None:
    for node in root.walk():
        if leaf in node.children:
            node.children.remove(leaf)
            break
    # drop phrases left empty
    for node in list(root.walk()):
        node.children = [c for c in node.children if c.children or c.word]


def _leaf(token: "Token") -> list[Node]:
    parts = [p for p in token.text.split("_") if p] or [token.text]
    nodes = []
    offset = token.idx
    for part in parts:
        at = token.doc.text.find(part, offset)
        at = at if at >= 0 else offset
        nodes.append(Node(token.tag_ or token.pos_, word=normalise_word(part), index=token.i, char_start=at,
                          char_end=at + len(part)))
        offset = at + len(part)
    return nodes


def _ordered(items: list[tuple[int, list[Node]]]) -> list[Node]:
    return [node for _, nodes in sorted(items, key=lambda pair: pair[0]) for node in nodes]


def _is_verbal(token: "Token") -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.dep_ in CLAUSAL or token.dep_ == "acl"
                                                or any(c.dep_ in SUBJECTS for c in token.children))


def _phrase(token: "Token") -> Node:
    if _is_verbal(token):
        return _clause(token)
    if token.pos_ == "ADP" or token.dep_ in ("prep", "agent"):
        items = [(token.i, _leaf(token))] + [(c.left_edge.i, [_phrase(c)]) for c in token.children]
        return Node("PP", _ordered(items))
    if token.pos_ in NOMINAL_POS or token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "poss", "appos", "attr",
                                                    "dative", "npadvmod", "oprd"):
        return _noun_phrase(token)
    label = {"ADJ": "ADJP", "ADV": "ADVP", "PART": "PRT"}.get(token.pos_, "X")
    if not list(token.children):
        if token.dep_ == "prt":
            return Node("PRT", _leaf(token))
        return Node(label, _leaf(token)) if label in ("ADJP", "ADVP") else _leaf(token)[0]
    items = [(token.i, _leaf(token))] + [(c.left_edge.i, [_phrase(c)]) for c in token.children]
    return Node(label, _ordered(items))


def _noun_phrase(token: "Token") -> Node:
    conjuncts = [c for c in token.rights if c.dep_ == "conj" and c.pos_ in NOMINAL_POS]
    if conjuncts:
        # Fornost, Rohan and Bree: (NP (NP Fornost) , (NP Rohan) (CC and) (NP Bree))
        joined = {c.i for c in token.rights if c.dep_ in ("conj", "cc", "punct") and c.i > token.i}
        head = _noun_core(token, exclude=joined)
        items = [(token.left_edge.i, [head])]
        for child in token.rights:
            if child.i in joined:
                items.append((child.left_edge.i, [_phrase(child) if child.dep_ == "conj" else _leaf(child)[0]]))
        return Node("NP", _ordered(items))
    return _noun_core(token, exclude=set())


def _noun_core(token: "Token", *, exclude: set[int]) -> Node:
    items = [(token.i, _leaf(token))]
    for child in token.children:
        if child.i in exclude:
            continue
        if child.dep_ in ("det", "amod", "compound", "nummod", "case", "nmod", "predet", "quantmod", "neg", "punct",
                          "cc", "advmod") and not list(child.children):
            items.append((child.i, _leaf(child)))
        elif child.dep_ == "poss":
            items.append((child.left_edge.i, [_noun_core(child, exclude=set())]))
        elif child.dep_ == "conj" and child.pos_ in NOMINAL_POS:
            items.append((child.left_edge.i, [_noun_phrase(child)]))
        else:
            phrase = _phrase(child)
            if child.dep_ == "acl" and phrase.label == "S":
                phrase = phrase.children[-1] if phrase.children and phrase.children[-1].label == "VP" else phrase
            items.append((child.left_edge.i, [phrase]))
    return Node("NP", _ordered(items))


def _clause(token: "Token") -> Node:
    """S (or SBAR) for a verb: subject NP, then nested VPs for its auxiliaries, then the verb's own VP."""
    children = sorted(token.children, key=lambda c: c.i)
    last = token.sent[-1]
    final = [c for c in children if c.i == last.i and c.dep_ == "punct"]
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    mark = [c for c in children if c.dep_ == "mark" and c.i < token.i]
    if subjects and subjects[-1].i > token.i:
        # inverted ("..., said the minister"): keep the order, the subject stays beside the verb
        items = [(c.left_edge.i, [_phrase(c)]) for c in children if c not in final]
        clause = Node("SINV", _ordered(items + [(token.i, [Node("VP", _leaf(token))])]))
        return _finish_clause(token, clause, mark, final)
    conj_verbs = [c for c in children if c.dep_ == "conj" and c.i > token.i and _is_verbal(c)]
    coord_start = None
    if conj_verbs:
        joins = [c.i for c in children if c.dep_ in ("cc", "punct") and token.i < c.i < conj_verbs[0].i]
        coord_start = joins[0] if joins and all(c.dep_ in ("cc", "punct", "conj") or c.i < joins[0]
                                                  for c in children if c.i > joins[0]) else conj_verbs[0].i
    coordinated = [c for c in children if coord_start is not None and c.i >= coord_start and c not in final]
    split = subjects[-1].i if subjects else -1
    before_subject = [c for c in children if c.i <= split and c not in mark]
    members = [c for c in children
               if c.i > split and c not in mark and c not in coordinated and c not in final]
    auxiliaries = [c for c in members if c.i < token.i and c.dep_ in AUXILIARY]
    bounds = [a.i for a in auxiliaries] + [token.i]
    vp = Node("VP", _ordered([(token.i, _leaf(token))] + [(c.left_edge.i, [_phrase(c)])
                                                           for c in members if c.i > token.i]))
    for k in range(len(auxiliaries) - 1, -1, -1):
        level = [c for c in members if bounds[k] < c.i < bounds[k + 1] and c not in auxiliaries]
        vp = Node("VP", _ordered([(bounds[k], _leaf(auxiliaries[k]))]
                                 + [(c.left_edge.i, [_phrase(c)]) for c in level] + [(bounds[k + 1], [vp])]))
    outer = [c for c in members if c.i < bounds[0] and c not in auxiliaries]
    if outer:
        vp.children[0:0] = _ordered([(c.left_edge.i, [_phrase(c)]) for c in outer])
    items: list[tuple[int, list[Node]]] = [(c.left_edge.i, [_phrase(c)]) for c in before_subject]
    if coordinated:
        shared_vp: list[Node] = [vp]
        clauses: list[Node] = []
        for c in coordinated:
            node = _phrase(c) if c.dep_ == "conj" else _leaf(c)[0]
            own_subject = c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children)
            if c.dep_ == "conj" and not own_subject and node.label in ("S", "SBAR") and node.children:
                shared_vp.append(node.children[-1] if node.children[-1].label == "VP" else node)
            elif clauses or own_subject:
                clauses.append(node)
            else:
                shared_vp.append(node)
        main_vp = Node("VP", shared_vp) if len(shared_vp) > 1 else vp
        clause = Node("S", _ordered(items + [(token.i if not before_subject else split + 1, [main_vp])]))
        if clauses:
            clause = Node("S", [clause] + clauses)
    else:
        clause = Node("S", _ordered(items + [(split + 1 if subjects else token.left_edge.i, [vp])]))
    return _finish_clause(token, clause, mark, final)


def _finish_clause(token: "Token", clause: Node, mark: list, final: list) -> Node:
    if final:
        clause.children.append(_leaf(final[0])[0])
    if not mark:
        return clause
    if all(m.i < token.left_edge.i or m.i < _first(clause) for m in mark):
        return Node("SBAR", [leaf for m in mark for leaf in _leaf(m)] + [clause])
    # "five years after crowds trashed ...": the complementiser sits inside the clause's words
    clause.children += [leaf for m in mark for leaf in _leaf(m)]
    clause.children.sort(key=_first)
    return Node("SBAR", [clause])


def _first(node: Node) -> int:
    return node.index if not node.children else min(_first(c) for c in node.children)


def _sort(node: Node) -> None:
    """Put every node's children in word order (spaCy's heads may sit anywhere in their phrase)."""
    for child in node.children:
        _sort(child)
    node.children.sort(key=_first)
