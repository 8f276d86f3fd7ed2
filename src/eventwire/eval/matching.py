"""Scoring helpers the gold-set modules share: spans, counts, one-to-one matching, reading files, coding texts."""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from eventwire.eval.model import Score

G = TypeVar("G")
P = TypeVar("P")

_WORD = re.compile(r"\w+", re.UNICODE)
# Words that say nothing about who a speaker is: honorifics and determiners.
_SPEAKER_STOP = frozenset("""
mr mrs ms miss dr sir lord lady dame prof professor rev the a an of and his her their its some
""".split())
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


class DataMissing(Exception):
    """A gold set's files are not where the eval looks for them; the runner turns this into a skipped row."""


def require(path: Path) -> Path:
    """Return `path`, or raise DataMissing naming it."""
    if not path.exists():
        raise DataMissing(f"{path} not found")
    return path


# ---- counting -------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PRF:
    """True positives against the predicted and gold counts."""

    tp: float
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf_rows(set_name: str, what: str, prf: PRF, *, note: str = "") -> list[Score]:
    """Three rows, precision, recall and F1 of `what`; precision counts predictions, the others gold items."""
    tp = f"{prf.tp:g}"
    return [
        Score(set_name, f"{what} precision", prf.precision, prf.n_pred, f"{tp} of {prf.n_pred} predicted" + _and(note)),
        Score(set_name, f"{what} recall", prf.recall, prf.n_gold, f"{tp} of {prf.n_gold} gold" + _and(note)),
        Score(set_name, f"{what} F1", prf.f1, prf.n_gold, note),
    ]


def _and(note: str) -> str:
    return f"; {note}" if note else ""


def skipped(set_name: str, reason: str) -> Score:
    """A row that says why a set was not measured."""
    return Score(set_name, "(not run)", math.nan, 0, f"skipped: {reason}")


def ratio(n: float, d: int) -> float:
    return n / d if d else 0.0


# ---- spans and text -----------------------------------------------------------------------------------------

def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def fold(text: str) -> str:
    """Lower case, curly quotes and dashes made plain, white space folded: for comparing copied text."""
    return " ".join(text.translate(_QUOTES).lower().split())


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def token_spans(text: str, start: int = 0, end: int | None = None) -> set[tuple[int, int]]:
    """Character spans of the word tokens of text[start:end], as offsets into text."""
    end = len(text) if end is None else end
    return {(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])}


def token_f1(gold: str, pred: str) -> float:
    """Bag-of-words F1 between two strings (SQuAD style)."""
    g, p = words(gold), words(pred)
    if not g or not p:
        return 0.0
    common = 0
    pool = list(g)
    for w in p:
        if w in pool:
            pool.remove(w)
            common += 1
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def locate(body: str, passage: str, *, start: int = 0) -> tuple[int, int] | None:
    """Where a copied passage sits in the body, tolerating different white space and quote marks."""
    toks = passage.translate(_QUOTES).split()
    if not toks:
        return None
    pattern = r"\s*".join(_loose(t) for t in toks)
    m = re.compile(pattern, re.IGNORECASE).search(body, start)
    if m is None and start:
        m = re.compile(pattern, re.IGNORECASE).search(body)
    return (m.start(), m.end()) if m else None


def _loose(token: str) -> str:
    out = []
    for ch in token:
        if ch == "'":
            out.append("['\u2018\u2019]")
        elif ch == '"':
            out.append("[\"\u201c\u201d]")
        elif ch == "-":
            out.append("[-\u2013\u2014]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def speaker_matches(gold: str | None, *names: str | None) -> bool:
    """A gold speaker string and a predicted speaker share a content word ("Mr Thomas" ~ "Richard Thomas")."""
    if not gold:
        return False
    g = set(words(gold)) - _SPEAKER_STOP
    p: set[str] = set()
    for name in names:
        if name:
            p |= set(words(name)) - _SPEAKER_STOP
    return bool(g & p)


# ---- matching -----------------------------------------------------------------------------------------------

def match_one_to_one(gold: Sequence[G], pred: Sequence[P],
                     fits: Callable[[G, P], float | bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs (gold index, predicted index), best `fits` score first.

    `fits` returns False/0 for "cannot match", else a score (True counts as 1).
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = fits(g, p)
            if s:
                candidates.append((-float(s), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


# ---- reading and coding -------------------------------------------------------------------------------------

def read_article(path: Path, *, title_line: bool = False):
    """The Article the pipeline's reader makes of a file, as `eventwire extract FILE` would read it.

    Where the reader is not installed, the raw text stands in: with `title_line`, the first line as the
    title and the rest as the body, as news files with a headline on top are laid out. A file the reader
    skips raises InputError with the reader's reason.
    """
    from eventwire.errors import InputError
    from eventwire.read.model import Article, Skipped

    try:
        from eventwire.read import read_sources
    except ImportError:
        read_sources = None
    if read_sources is None:
        text = path.read_text(encoding="utf-8", errors="replace")
        if title_line:
            head, _, rest = text.lstrip().partition("\n")
            return Article(body=rest.strip("\n"), title=head.strip() or None, language="en", source=str(path))
        return Article(body=text, language="en", source=str(path))
    reasons = []
    for item in read_sources([str(path)]):
        if isinstance(item, Article):
            return item
        if isinstance(item, Skipped):
            reasons.append(item.reason)
    raise InputError(str(path), "; ".join(reasons) or "the reader found no article in it")


def code_all(articles: Iterable, *, batch_size: int = 32, n_process: int = 1) -> Iterator:
    """Run articles through the one pipeline; a Coded each, in order."""
    from eventwire.pipeline import code_articles

    yield from code_articles(articles, batch_size=batch_size, n_process=n_process)


def countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def sectors(actors) -> set[str]:
    return {a.sector for a in actors if a.sector}


def print_groups(rows: dict[str, list[str]], keys: list[str], *, width: int, want: str | None, limit: int) -> None:
    """An error listing of scripts/: each group's size in the order of `keys`, then up to `limit` lines of each
    group (of `want` alone where given)."""
    for k in keys:
        print(f"{k:{width}} {len(rows[k])}")
    for k in keys:
        if want and k != want:
            continue
        print(f"\n== {k}")
        for line in rows[k][:limit]:
            print("  " + line)
