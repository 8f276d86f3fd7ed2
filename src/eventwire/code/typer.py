"""A learned event-type classifier over the spaCy parse: one sentence -> probabilities over 16 PLOVER types + NONE,
and over the modes of each type.

Features come from tokens that are already parsed (no second parse): the mean word vector of the main clause's
content words, the vector of the root word, and a bag of lemmas with a few syntactic cues (main-clause lemmas,
the root with its particle or object, negation and future markers). Two multinomial logistic regressions,
trained by `scripts/train_typer.py` on text written for eventwire (`data/typer_train.tsv`, `data/typer_text.tsv`),
map them to types and to "TYPE:mode" labels. A story's type weights its title and first sentences most
(`Typer.story`, with `StoryParams` tuned on held-out mini stories of our own); `main_type` combines that with the
coder's events and gives the story's mode too; `rerank` blends the typer into the events' confidence.

    >>> from eventwire.annotate import load_nlp
    >>> typer = Typer.load()
    >>> doc = load_nlp("md")("Rebels freed three hostages on Sunday.")
    >>> typer.classify(doc)[0]
    'RETREAT'
    >>> max(typer.mode_scores(doc, "RETREAT").items(), key=lambda kv: kv[1])[0]
    'release'
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

    from eventwire.code.acts import Act
    from eventwire.code.model import Event, Status

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


def sentence_features(span: "Span | Doc") -> tuple[list[str], "np.ndarray"]:
    """The sparse features (strings) and the dense vector (900 floats) of one parsed sentence.

    Lemmas of the main clause count twice (as themselves and as "m:" features); words in side clauses and
    context phrases ("amid growing tensions", "according to state media") count once, and only main-clause
    words enter the mean vector, so a long lede is typed by what its main clause reports. A third vector (and
    "e:" features) holds the words that name the reported act itself, past framing verbs ("announced that it
    would impose sanctions" -> impose, sanction).
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
    event_vec = np.zeros(dim, dtype="float32")
    if root is not None:
        words.extend(_root_features(root))
        if root.has_vector:
            root_vec = root.vector
        event = _event_words(root)
        words.extend("e:" + t.lemma_.lower() for t in event)
        vectors = [t.vector for t in event if t.has_vector]
        if vectors:
            event_vec = np.mean(vectors, axis=0)
    return words, np.concatenate([_unit(mean), _unit(root_vec), _unit(event_vec)]).astype("float32")


def _event_words(root: "Token") -> list["Token"]:
    """The words that name the reported act: the root, or, past verbs that only report or frame it ("said
    that", "announced it would", "decided to", "moved to"), the verb they introduce; with the event noun of a
    support verb ("imposed sanctions", "held talks", "launched an offensive")."""
    head = root
    for _ in range(4):
        if head.lemma_.lower() not in _FRAMING:
            break
        inner = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")),
                     None)
        if inner is None:
            break
        head = inner
    out = [head]
    if head.lemma_.lower() in _light_verbs():
        noun = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"), None)
        if noun is not None:
            out.append(noun)
    return out


# Verbs that report or frame an act without being one themselves.
_FRAMING = frozenset({"say", "announce", "decide", "move", "begin", "start", "continue", "plan", "seek", "try",
                      "confirm", "report", "state", "tell", "add", "note", "expect", "appear", "go", "set", "be",
                      "have", "do", "reveal", "disclose", "indicate", "claim", "insist", "explain", "declare",
                      "intend", "prepare", "aim", "attempt", "opt", "choose", "proceed", "reportedly", "take"})


@lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    """Support verbs that carry an event noun (data/light_verbs.tsv) and a few more of the same kind."""
    path = resources.files("eventwire") / "data" / "light_verbs.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    verbs = {line.split("\t", 1)[0] for line in lines[1:] if line and not line.startswith("#")}
    return frozenset(verbs - {"verb"} | {"hold", "impose", "stage", "launch", "conduct", "carry", "make", "issue",
                                       "take", "open", "begin", "mount", "file", "lodge", "sign", "grant"})


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
class StoryParams:
    """How sentence probabilities add up to a story's type, tuned on held-out mini stories of our own text.

    Sentence i (0 = the lede) weighs `max(lead_decay ** i, lead_floor)`; the title weighs `title_weight`.
    `main_type` multiplies a type's story probability by `1 + vote_first` when the coder's first event has
    that type and by `1 + vote_found` when the coder found an event of it anywhere; `coder_mode` says whether
    the mode of the coder's event of the chosen type is preferred to the typer's own mode. `act_precision` is
    how often the act of a sentence's main trigger (`acts.main_act`) is the sentence's type, measured on the
    hand-written training sentences; the headline's act multiplies its type by the odds that gives
    (`act_odds`).
    """

    lead_decay: float = 0.6
    lead_floor: float = 0.05
    title_weight: float = 1.0
    vote_first: float = 1.0
    vote_found: float = 0.5
    coder_mode: bool = True
    act_precision: float = 0.0

    def weight(self, position: int) -> float:
        return max(self.lead_decay ** position, self.lead_floor)

    def act_odds(self, n_types: int) -> float:
        """How much likelier an act's type makes the story's type than any other of `n_types`: the act is
        right with `act_precision`, else wrong evenly over the other types (1.0 when not measured)."""
        p = self.act_precision
        if not 0.0 < p < 1.0:
            return 1.0
        return p * (n_types - 1) / (1.0 - p)


@dataclass(frozen=True)
class Typer:
    """A trained classifier: labels, a vocabulary of sparse features and the weights.

    The type weights map a sentence to the 16 types and NONE; the mode weights map it to "TYPE:mode" labels,
    read one type at a time (`mode_scores`). Both share the features and the vocabulary.
    """

    labels: tuple[str, ...]
    vocab: dict[str, int]
    w_sparse: "np.ndarray"      # (len(vocab), len(labels))
    w_dense: "np.ndarray"       # (dense width, len(labels))
    bias: "np.ndarray"          # (len(labels),)
    mode_labels: tuple[str, ...] = ()           # "TYPE:mode"
    m_sparse: "np.ndarray | None" = None        # (len(vocab), len(mode_labels))
    m_dense: "np.ndarray | None" = None
    m_bias: "np.ndarray | None" = None
    params: StoryParams = StoryParams()

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Typer":
        """The packaged model (cached), or one saved at `path` by scripts/train_typer.py."""
        return _load(str(path) if path is not None else None)

    def save(self, path: str | Path) -> None:
        import numpy as np

        words = sorted(self.vocab, key=self.vocab.get)
        p = self.params
        extra = {}
        if self.mode_labels:
            extra = dict(mode_labels=np.array(self.mode_labels), m_sparse=self.m_sparse.astype("float16"),
                         m_dense=self.m_dense.astype("float16"), m_bias=self.m_bias.astype("float32"))
        np.savez_compressed(path, labels=np.array(self.labels), vocab=np.array(words),
                            w_sparse=self.w_sparse.astype("float16"), w_dense=self.w_dense.astype("float16"),
                            bias=self.bias.astype("float32"),
                            params=np.array([p.lead_decay, p.lead_floor, p.title_weight, p.vote_first,
                                             p.vote_found, float(p.coder_mode), p.act_precision],
                                            dtype="float64"), **extra)

    def logits(self, words: Sequence[str], dense: "np.ndarray") -> "np.ndarray":
        return self._linear(words, dense, self.w_sparse, self.w_dense, self.bias)

    def mode_logits(self, words: Sequence[str], dense: "np.ndarray") -> "np.ndarray":
        return self._linear(words, dense, self.m_sparse, self.m_dense, self.m_bias)

    def _linear(self, words: Sequence[str], dense: "np.ndarray", w_sparse: "np.ndarray", w_dense: "np.ndarray",
                bias: "np.ndarray") -> "np.ndarray":
        idx = sorted({self.vocab[w] for w in words if w in self.vocab})
        out = bias + dense @ w_dense
        if idx:
            out = out + w_sparse[idx].sum(axis=0)
        return out

    def probabilities(self, span: "Span | Doc") -> "np.ndarray":
        """The probabilities over `labels`, in order, for one parsed sentence."""
        return _softmax(self.logits(*sentence_features(span)))

    def scores(self, span: "Span | Doc") -> dict[str, float]:
        """Probabilities over the 16 PLOVER types and NONE for one parsed sentence (or a one-sentence doc)."""
        return {label: float(p) for label, p in zip(self.labels, self.probabilities(span))}

    def modes_of(self, type_: str) -> tuple[str, ...]:
        """The modes the model knows for a type (empty for a type without modes)."""
        return tuple(m.split(":", 1)[1] for m in self.mode_labels if m.split(":", 1)[0] == type_)

    def mode_scores(self, span: "Span | Doc", type_: str) -> dict[str, float]:
        """Probabilities over the modes of `type_` for one parsed sentence or a whole doc (the sentences
        weighed by their lead weight and their probability of the type); {} for a type without modes."""
        import numpy as np

        cols = [i for i, m in enumerate(self.mode_labels) if m.split(":", 1)[0] == type_]
        if not cols:
            return {}
        spans = list(span.sents) if _is_doc(span) else [span]
        total = np.zeros(len(cols))
        t = self.labels.index(type_) if type_ in self.labels else None
        for i, s in enumerate(spans):
            feats = sentence_features(s)
            weight = 1.0
            if len(spans) > 1 and t is not None:
                weight = self.params.weight(i) * float(_softmax(self.logits(*feats))[t])
            total += weight * _softmax(self.mode_logits(*feats)[cols])
        total = total / total.sum() if total.sum() > 0 else np.full(len(cols), 1.0 / len(cols))
        return {self.mode_labels[c].split(":", 1)[1]: float(v) for c, v in zip(cols, total)}

    def story(self, doc: "Doc", *, title: "Span | Doc | None" = None) -> "Story":
        """The story's sentences read once: their weights, type probabilities and mode logits."""
        import numpy as np

        titled = title is not None and len(title) > 0
        spans: list = ([title] if titled else []) + list(doc.sents)
        probs, modes = [], []
        for span in spans:
            feats = sentence_features(span)
            probs.append(_softmax(self.logits(*feats)))
            if self.mode_labels:
                modes.append(self.mode_logits(*feats))
        return Story(self, titled, np.array(probs) if probs else np.zeros((0, len(self.labels))), modes)

    def story_scores(self, doc: "Doc", *, title: "Span | Doc | None" = None) -> dict[str, float]:
        """Type probabilities for a whole story: sentence probabilities weighted towards the lead (and the
        title, when given), NONE left out."""
        return self.story(doc, title=title).type_scores()

    def classify(self, doc: "Doc", *, title: "Span | Doc | None" = None) -> tuple[str, float]:
        """The story's main event type and its share of the story's type probability."""
        scores = self.story_scores(doc, title=title)
        label = max(scores, key=scores.get)
        return label, scores[label]


@dataclass(frozen=True)
class Story:
    """One story as the typer read it: per sentence (the title first, when `titled`) its type probabilities
    and its mode logits."""

    typer: Typer
    titled: bool
    probs: "np.ndarray"         # (sentences, len(labels))
    mode_logits: list

    def weights(self, params: StoryParams | None = None) -> "np.ndarray":
        import numpy as np

        p = params or self.typer.params
        n = self.probs.shape[0]
        first = 1 if self.titled else 0
        return np.array([p.title_weight] * first + [p.weight(i) for i in range(n - first)])

    def type_scores(self, params: StoryParams | None = None) -> dict[str, float]:
        labels = self.typer.labels
        total = (self.weights(params)[:, None] * self.probs).sum(axis=0)
        if NONE in labels:
            total[labels.index(NONE)] = 0.0
        s = total.sum()
        return {label: float(v / s) if s > 0 else 0.0 for label, v in zip(labels, total) if label != NONE}

    def mode_scores(self, type_: str, params: StoryParams | None = None) -> dict[str, float]:
        """The story's modes of `type_`: each sentence's mode probabilities weighed by its weight and its
        probability of the type."""
        import numpy as np

        typer = self.typer
        cols = [i for i, m in enumerate(typer.mode_labels) if m.split(":", 1)[0] == type_]
        if not cols or not self.mode_logits:
            return {}
        t = typer.labels.index(type_)
        total = np.zeros(len(cols))
        for w, p, z in zip(self.weights(params), self.probs, self.mode_logits):
            total += w * p[t] * _softmax(z[cols])
        total = total / total.sum() if total.sum() > 0 else np.full(len(cols), 1.0 / len(cols))
        return {typer.mode_labels[c].split(":", 1)[1]: float(v) for c, v in zip(cols, total)}


def _softmax(z: "np.ndarray") -> "np.ndarray":
    import numpy as np

    e = np.exp(z - z.max())
    return e / e.sum()


def _is_doc(span) -> bool:
    return hasattr(span, "vocab") and not hasattr(span, "doc")


def lead_weight(position: int) -> float:
    """How much the sentence at `position` (0 = first) counts towards a story's type, in the packaged model."""
    try:
        return Typer.load().params.weight(position)
    except ModelError:
        return StoryParams().weight(position)


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
    params = StoryParams()
    if "params" in z:
        p = [float(x) for x in z["params"]]
        params = StoryParams(lead_decay=p[0], lead_floor=p[1], title_weight=p[2], vote_first=p[3],
                             vote_found=p[4], coder_mode=bool(p[5]), act_precision=p[6] if len(p) > 6 else 0.0)
    modes = {}
    if "mode_labels" in z:
        modes = dict(mode_labels=tuple(str(x) for x in z["mode_labels"]), m_sparse=z["m_sparse"].astype("float32"),
                     m_dense=z["m_dense"].astype("float32"), m_bias=z["m_bias"].astype("float32"))
    return Typer(labels=labels, vocab=vocab, w_sparse=z["w_sparse"].astype("float32"),
                 w_dense=z["w_dense"].astype("float32"), bias=z["bias"].astype("float32"), params=params, **modes)


def main_type(events: Sequence["Event"], doc: "Doc", typer: Typer, *, title: "Span | Doc | None" = None,
              headline: "Act | None" = None) -> tuple[str, str | None, "Event | None"]:
    """The story's (type, mode, event): the event is the coder's event that carries the type (None when the
    coder found no such event); the mode is None for a type without modes.

    The typer's story probabilities are multiplied by the coder's votes (`typer.params`: a bonus for the type
    of the first event coded, since news leads with the main event, and one for any type it found at all), and
    by the odds the headline's act gives (`acts.main_act`, `StoryParams.act_odds`): a headline names its story's
    main event. So a type that both agree on wins, the typer breaks ties between the coder's candidates, and the
    typer alone decides when the coder found nothing and the headline names no act. Events vote with the type PLOVER gives a report of them (`story_type_of`). The mode is
    the carrier's when it has one and the model prefers the coder's modes, else the typer's likeliest mode of
    the type over the story.
    """
    return decide(typer.story(doc, title=title), events, headline=headline)


# PLOVER's single category for an act that is only promised or only possible (manual, "Special cases" and the
# AGREE, CONCEDE and THREATEN sections): future cooperation is AGREE, a future retreat is CONCEDE, and a
# conflictual act that is held out as possible is THREATEN, its mode naming what is threatened. The events keep
# their own type and status; only the story's type follows these reductions.
_PROMISED = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
_THREATENED = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations"}
_THREAT_MODES = {"arrest": "arrest", "seize": "territory", "ban": "ban", "restrict": "restrict", "curfew": "restrict",
                 "expel": "expel", "deport": "expel", "withdraw": "relations", "discontinue": "relations"}


def story_type_of(event: "Event") -> tuple[str, str | None]:
    """The (type, mode) an event gives its story under PLOVER's reductions (`reduced_type`)."""
    return reduced_type(event.type, event.mode, event.status)


def reduced_type(type_: str, mode: str | None, status: "Status") -> tuple[str, str | None]:
    """PLOVER's single category for an act of `type_` with `status`: a future CONSULT, SUPPORT, COOPERATE or
    AID is AGREE, a future RETREAT is CONCEDE, a hypothetical ASSAULT, COERCE or SANCTION is THREATEN; any other
    keeps its own type and mode."""
    from eventwire.code.model import Status

    if status == Status.FUTURE and type_ in _PROMISED:
        return _PROMISED[type_], None
    if status == Status.HYPOTHETICAL and type_ in _THREATENED:
        return "THREATEN", threat_mode(type_, mode)
    return type_, mode


def threat_mode(type_: str, mode: str | None) -> str | None:
    """The THREATEN mode naming what an act of `type_` and `mode` would be as a threat ("arrest", "violence");
    a THREATEN act keeps its own mode."""
    if type_ == "THREATEN":
        return mode
    return _THREAT_MODES.get(mode or "", _THREATENED.get(type_))


def decide(story: Story, events: Sequence["Event"], params: StoryParams | None = None, *,
           headline: "Act | None" = None) -> tuple[str, str | None, "Event | None"]:
    """`main_type` on a story already read (`params` overrides the model's, for tuning)."""
    p = params or story.typer.params
    scores = story.type_scores(p)
    typed = sorted(((story_type_of(e), e) for e in events), key=lambda te: te[1].evidence.trigger_start)
    first = typed[0][0][0] if typed else None
    found = {t for (t, _), _ in typed}
    voted = {t: s * (1.0 + p.vote_first * (first == t) + p.vote_found * (t in found)) for t, s in scores.items()}
    if headline is not None and headline.type in voted:
        voted[headline.type] *= p.act_odds(len(voted))
    label = max(voted, key=voted.get)
    # the carrier is an event of the body; without one, the headline's act of the type lends its mode
    own, carrier = next(((m, e) for (t, m), e in typed if t == label),
                        (headline.mode if headline is not None and headline.type == label else None, None))
    modes = story.mode_scores(label, p)
    mode = max(modes, key=modes.get) if modes else None
    if p.coder_mode and own:
        mode = own
    return label, mode, carrier


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
        p_sent = cache[i].get(event.type, 0.0) * typer.params.weight(i)
        p = 0.5 * p_sent + 0.5 * story.get(event.type, 0.0)
        out.append(replace(event, confidence=round((1 - weight) * event.confidence + weight * p, 3)))
    return out


def _sentence_at(starts: list[int], char: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, char) - 1)
