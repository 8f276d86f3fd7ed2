"""Which actor a token of the parse refers to, from the resolver's actor mentions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.code.syntax import conjuncts
from eventwire.resolve.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependents of a noun through which it names its actor: "Russian forces", "Austin's approach",
# "Kyiv's forces", "the government of Ukraine" (via "of"), "US military support".
_OWNER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod")
# Nouns that stand for people or groups even when the resolver does not know them ("critics", "officials").
_HUMAN_POS = ("PROPN", "PRON")


class MentionIndex:
    """Actor mentions indexed by token, for role filling."""

    def __init__(self, doc: "Doc", actors: list[ActorRef]):
        self.doc = doc
        self._by_token: dict[int, ActorRef] = {}
        for actor in actors:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                # a longer mention ("North Korean soldiers") wins over a shorter one inside it ("North Korean")
                current = self._by_token.get(tok.i)
                if current is None or (current.end - current.start) < (actor.end - actor.start):
                    self._by_token[tok.i] = actor

    def at(self, tok: "Token") -> ActorRef | None:
        return self._by_token.get(tok.i)

    def demonym(self, tok: "Token") -> ActorRef | None:
        """A nationality adjective on an event noun ("Russian counter-offensives") as that country's actor."""
        if tok.ent_type_ != "NORP" or tok.pos_ != "ADJ":
            return None
        return self._side(tok, None, kinds=("demonym",))

    def owner(self, tok: "Token", depth: int = 2) -> ActorRef | None:
        """The actor a noun belongs to: its own mention, else a possessor or modifier, else "of X"."""
        mention = self.at(tok) or self.demonym(tok)
        if mention is not None:
            return mention
        if depth == 0:
            return None
        if _is_title(tok):              # "the Culture Secretary, Tessa Jowell, said": the name in apposition
            for child in tok.children:
                if child.dep_ == "appos":
                    found = self.at(child)
                    if found is not None and found.kind == "person":
                        return found
        for child in tok.children:
            if child.dep_ in _OWNER_DEPS:
                found = self.owner(child, depth - 1)
                if found is not None:
                    return _widened(found, tok) if child.dep_ in _MODIFIER_DEPS else found
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.owner(obj, depth - 1)
                        if found is not None:
                            return found
        from eventwire.code.documents import document_author, is_document

        if is_document(tok):
            return document_author(tok, self)     # "the report was welcomed by X": the report's author
        return None

    def role(self, tok: "Token", *, loose: bool = False) -> list[ActorRef]:
        """Every actor a role-bearing token names, through coordination ("the US and Britain").

        With `loose`, an unknown plural noun that the resolver did not know ("critics") still counts, as an
        actor with no country: the analyst sees who, even where eventwire cannot say from where.
        """
        found: list[ActorRef] = []
        for part in conjuncts(tok):
            actor = self.owner(part)
            if actor is None:       # a country the resolver left as a place stands for it in a role: "the
                actor = self._side(part, None)          # invasion of Ukraine", "sanctions on Iran"
            if actor is None and loose and _is_group_noun(part):
                actor = _ad_hoc(part)
            if actor is None:
                continue
            for each in (actor, *self._shared(part)):
                if all(each.start != a.start for a in found):
                    found.append(each)
        return found

    def _shared(self, tok: "Token") -> list[ActorRef]:
        """The further owners of one noun named through coordination: "Iranian and American negotiators",
        "the foreign ministers of Germany and France" are each side's, in the noun's sector and office."""
        out: list[ActorRef] = []
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                sides = [(c, True) for c in conjuncts(child)[1:]]
            elif child.dep_ == "prep" and child.lower_ == "of":
                sides = [(c, False) for obj in child.children if obj.dep_ == "pobj" for c in conjuncts(obj)[1:]]
            else:
                continue
            for part, modifier in sides:
                actor = self.at(part)
                if actor is None or actor.start <= tok.idx < actor.end:
                    actor = self._side(part, self.at(tok))      # a mention of the whole phrase names one side
                if actor is not None:
                    out.append(_widened(actor, tok) if modifier else actor)
        return out

    def _side(self, tok: "Token", whole: ActorRef | None,
              kinds: tuple[str, ...] = ("country", "demonym", "capital")) -> ActorRef | None:
        """A country, demonym or capital the lexicon knows (of `kinds`), as that country's actor; inside another
        mention, with the sector and office of the mention it is in ("British and French troops": France's
        troops)."""
        if tok.ent_type_ not in ("GPE", "NORP"):
            return None
        from eventwire.resolve.actorlexicon import ActorLexicon

        span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        text = span.text if span is not None else tok.text
        entry = next((e for e in ActorLexicon.load().lookup(text) if e.kind in kinds and e.country), None)
        if entry is None:
            return None
        start = span.start_char if span is not None else tok.idx
        return ActorRef(text=text, start=start, end=start + len(text), name=entry.name, country=entry.country,
                        sector=(whole.sector if whole is not None else None) or entry.sector or "GOV",
                        office=whole.office if whole is not None else None,
                        kind=whole.kind if whole is not None else "country")


_MODIFIER_DEPS = ("compound", "amod", "nmod")


def _widened(actor: ActorRef, head: "Token") -> ActorRef:
    """ "Lyon authorities", "Russian troops": the participant is the whole noun phrase the name modifies, with
    the name's country and sector."""
    if head.pos_ not in ("NOUN", "PROPN") or head.idx < actor.start:
        return actor
    from dataclasses import replace

    end = head.idx + len(head.text)
    if end <= actor.end:
        return actor
    text = head.doc.text[actor.start:end]
    return replace(actor, text=text, end=end)


def _is_title(tok: "Token") -> bool:
    """A noun that names a person's office or role: a sector word ("spokesman", "minister") or a capitalised
    title ("the Secretary of State for ...")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ not in ("", "PERSON", "NORP"):
        return False
    if tok.is_title and not tok.is_sent_start:
        return True
    from eventwire.resolve.actorlexicon import ActorLexicon

    return ActorLexicon.load().sector_word((tok.lemma_.lower(),)) is not None


def _is_group_noun(tok: "Token") -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")


def _ad_hoc(tok: "Token") -> ActorRef:
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("det", "amod", "compound", "quantmod", "nummod"):
            left = child
            break
    start, end = left.idx, tok.idx + len(tok.text)
    text = tok.doc[left.i:tok.i + 1].text
    return ActorRef(text=text, start=start, end=end, name=text, kind="group")
