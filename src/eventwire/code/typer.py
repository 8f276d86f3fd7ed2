"""A learned event-type classifier over the spaCy parse: one sentence -> probabilities over 16 PLOVER types + NONE.

Features come from tokens that are already parsed (no second parse): the mean word vector of the main clause's
content words, the vector of the root word, and a bag of lemmas with a few syntactic cues (main-clause lemmas,
the root with its particle or object, negation and future markers). A multinomial logistic regression, trained
by `scripts/train_typer.py` on sentences written for eventwire (`data/typer_train.tsv`), maps them to types.
A story's type weights its first sentences most (`Typer.classify`); `main_type` combines that with the coder's
events, `rerank` blends it into their confidence.

    >>> from eventwire.annotate import load_nlp
    >>> typer = Typer.load()
    >>> doc = load_nlp("md")("Rebels freed three hostages on Sunday.")
    >>> typer.classify(doc)[0]
    'RETREAT'
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import ModelError

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Span, Token

    from eventwire.code.model import Event

MODEL_FILE = "typer_model.npz"
NONE = "NONE"
# Parts of speech whose lemmas enter the bag of words; names and numbers are left out so that a type is
# learnt from what is done, not from who does it.
_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})
_NEGATION = frozenset({"not", "never", "no", "n't", "nor"})
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
_MODAL = frozenset({"could", "may", "might", "can", "should"})
# Dependents that carry circumstances rather than the reported act: adverbial, relative and appositive clauses,
# and phrases of time, cause and attribution.
_SIDE_DEPS = frozenset({"advcl", "relcl", "acl", "appos", "parataxis"})
_CONTEXT_PREPS = frozenset({"amid", "amidst", "despite", "following", "after", "before", "according", "ahead",
                            "since", "during", "as"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "xcomp", "ccomp", "nsubjpass"})
# Story weighting: news leads with its main event, so the headline-like first sentences count most.
_LEAD_DECAY = 0.6
_LEAD_FLOOR = 0.05


def sentence_features(span: "Span | Doc") -> tuple[list[str], "np.ndarray"]:
    """The sparse features (strings) and the dense vector (600 floats) of one parsed sentence.

    Lemmas of the main clause count twice (as themselves and as "m:" features); words in side clauses and
    context phrases ("amid growing tensions", "according to state media") count once, and only main-clause
    words enter the mean vector, so a long lede is typed by what its main clause reports.
    """
    import numpy as np

    root = next((tok for tok in span if tok.dep_ == "ROOT"), None)
    words: list[str] = []
    main_vectors = []
    for tok in span:
        lower = tok.lower_
        if lower in _NEGATION:
            words.append("~neg")
        elif lower in _FUTURE:
            words.append("~future")
        elif lower in _MODAL:
            words.append("~modal")
        if not tok.is_alpha:
            continue
        content = tok.pos_ in _CONTENT_POS and not tok.is_stop
        if not content and tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        main = root is not None and _in_main_clause(tok, root)
        if content:
            words.append(lemma)
            if main:
                words.append("m:" + lemma)
                if tok.has_vector:
                    main_vectors.append(tok.vector)
        if tok.pos_ == "VERB":
            words.append(("mv:" if main else "v:") + lemma)
    dim = _vector_width(span)
    mean = np.mean(main_vectors, axis=0) if main_vectors else np.zeros(dim, dtype="float32")
    root_vec = np.zeros(dim, dtype="float32")
    if root is not None:
        words.extend(_root_features(root))
        if root.has_vector:
            root_vec = root.vector
    return words, np.concatenate([_unit(mean), _unit(root_vec)]).astype("float32")


def _in_main_clause(tok: "Token", root: "Token") -> bool:
    """Whether the path from `tok` up to the root crosses no side clause and no context phrase."""
    while tok.i != root.i:
        if tok.dep_ in _SIDE_DEPS or (tok.dep_ == "prep" and tok.lower_ in _CONTEXT_PREPS):
            return False
        if tok.head.i == tok.i:
            return False                        # another sentence's root
        tok = tok.head
    return True


def _root_features(root: "Token") -> list[str]:
    lemma = root.lemma_.lower()
    out = ["r:" + lemma]
    for child in root.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == root.i + 1):
            out.append(f"rp:{lemma}_{child.lower_}")
        elif child.dep_ in _OBJECT_DEPS:
            head = child.lemma_.lower() if child.pos_ != "PROPN" else "PROPN"
            out.append(f"ro:{lemma}_{head}")
            if child.pos_ == "VERB":
                out.append("r2:" + head)       # "vowed to retaliate", "agreed to release": the inner act
        elif child.dep_ == "aux" and child.lower_ in _FUTURE:
            out.append("r:~future")
    return out


def _vector_width(span) -> int:
    vocab = span.vocab if hasattr(span, "vocab") else span.doc.vocab
    return vocab.vectors.shape[1] if vocab.vectors.shape[1] else 300


def _unit(v: "np.ndarray") -> "np.ndarray":
    import numpy as np

    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


@dataclass(frozen=True)
class Typer:
    """A trained classifier: labels, a vocabulary of sparse features and the weights."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    w_sparse: "np.ndarray"      # (len(vocab), len(labels))
    w_dense: "np.ndarray"       # (dense width, len(labels))
    bias: "np.ndarray"          # (len(labels),)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Typer":
        """The packaged model (cached), or one saved at `path` by scripts/train_typer.py."""
        return _load(str(path) if path is not None else None)

    def save(self, path: str | Path) -> None:
        import numpy as np

        words = sorted(self.vocab, key=self.vocab.get)
        np.savez_compressed(path, labels=np.array(self.labels), vocab=np.array(words),
                            w_sparse=self.w_sparse.astype("float16"), w_dense=self.w_dense.astype("float16"),
                            bias=self.bias.astype("float32"))

    def logits(self, words: Sequence[str], dense: "np.ndarray") -> "np.ndarray":
        idx = sorted({self.vocab[w] for w in words if w in self.vocab})
        out = self.bias + dense @ self.w_dense
        if idx:
            out = out + self.w_sparse[idx].sum(axis=0)
        return out

    def probabilities(self, span: "Span | Doc") -> "np.ndarray":
        """The probabilities over `labels`, in order, for one parsed sentence."""
        import numpy as np

        z = self.logits(*sentence_features(span))
        z = np.exp(z - z.max())
        return z / z.sum()

    def scores(self, span: "Span | Doc") -> dict[str, float]:
        """Probabilities over the 16 PLOVER types and NONE for one parsed sentence (or a one-sentence doc)."""
        return {label: float(p) for label, p in zip(self.labels, self.probabilities(span))}

    def story_scores(self, doc: "Doc", *, title: "Span | Doc | None" = None) -> dict[str, float]:
        """Type probabilities for a whole story: sentence probabilities weighted towards the lead, NONE left out."""
        import numpy as np

        total = np.zeros(len(self.labels))
        spans: list = ([title] if title is not None and len(title) else []) + list(doc.sents)
        for i, span in enumerate(spans):
            total += lead_weight(i) * self.probabilities(span)
        none = self.labels.index(NONE) if NONE in self.labels else None
        if none is not None:
            total[none] = 0.0
        s = total.sum()
        return {label: float(v / s) if s > 0 else 0.0 for label, v in zip(self.labels, total)
                if label != NONE}

    def classify(self, doc: "Doc", *, title: "Span | Doc | None" = None) -> tuple[str, float]:
        """The story's main event type and its share of the story's type probability."""
        scores = self.story_scores(doc, title=title)
        label = max(scores, key=scores.get)
        return label, scores[label]


def lead_weight(position: int) -> float:
    """How much the sentence at `position` (0 = first) counts towards a story's type."""
    return max(_LEAD_DECAY ** position, _LEAD_FLOOR)


def default_path() -> Path:
    """Where the packaged model lives: eventwire/data/typer_model.npz."""
    return Path(str(resources.files("eventwire") / "data" / MODEL_FILE))


@lru_cache(maxsize=4)
def _load(path: str | None) -> Typer:
    import numpy as np

    if path is None:
        path = default_path()
        if not path.is_file():
            raise ModelError(f"event-type model {path} is missing; rebuild it with: python scripts/train_typer.py")
        return _read(np.load(path, allow_pickle=False))
    if not Path(path).is_file():
        raise ModelError(f"event-type model {path} not found; "
                         f"build it with: python scripts/train_typer.py --out {path}")
    return _read(np.load(path, allow_pickle=False))


def _read(z) -> Typer:
    labels = tuple(str(x) for x in z["labels"])
    vocab = {str(w): i for i, w in enumerate(z["vocab"])}
    return Typer(labels=labels, vocab=vocab, w_sparse=z["w_sparse"].astype("float32"),
                 w_dense=z["w_dense"].astype("float32"), bias=z["bias"].astype("float32"))


def main_type(events: Sequence["Event"], doc: "Doc", typer: Typer, *,
              title: "Span | Doc | None" = None) -> tuple[str, "Event | None"]:
    """The story's type, with the coder's event that carries it (None when the coder found no such event).

    The typer's story probabilities are multiplied by the coder's votes: x2 for the type of the first event
    coded (news leads with the main event) and x1.5 for any type the coder found at all. So a type that both
    agree on wins, the typer breaks ties between the coder's candidates, and the typer alone decides when the
    coder found nothing.
    """
    story = typer.story_scores(doc, title=title)
    first = min(events, key=lambda e: e.evidence.trigger_start, default=None)
    found = {e.type for e in events}
    voted = {t: p * (1.0 + (first is not None and first.type == t) + 0.5 * (t in found))
             for t, p in story.items()}
    label = max(voted, key=voted.get)
    carrier = min((e for e in events if e.type == label), key=lambda e: e.evidence.trigger_start, default=None)
    return label, carrier


def rerank(events: Iterable["Event"], doc: "Doc", typer: Typer, *, weight: float = 0.5) -> list["Event"]:
    """Events with confidence blended with the typer's belief in their type for their sentence and story.

    Each event's new confidence is `(1 - weight) * confidence + weight * p`, where `p` is the mean of the
    typer's probability of the event's type in its sentence (times the sentence's lead weight) and the
    story-level probability of the type. Order and all other fields are kept.
    """
    events = list(events)
    if not events:
        return events
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    story = typer.story_scores(doc)
    cache: dict[int, dict[str, float]] = {}
    out = []
    for event in events:
        i = _sentence_at(starts, event.evidence.start)
        if i not in cache:
            cache[i] = typer.scores(sents[i])
        p_sent = cache[i].get(event.type, 0.0) * lead_weight(i)
        p = 0.5 * p_sent + 0.5 * story.get(event.type, 0.0)
        out.append(replace(event, confidence=round((1 - weight) * event.confidence + weight * p, 3)))
    return out


def _sentence_at(starts: list[int], char: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, char) - 1)
