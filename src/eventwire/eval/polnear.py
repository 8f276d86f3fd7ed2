"""polnear-dev: 84 US political news articles with 2,193 hand-annotated attributions (source, cue, content).

Each article file (title line, blank line, paragraphs) is coded whole as the body, with its first line also
given as the title, so the annotation's character offsets index the body. Where an article was annotated
by several annotators, the first annotation file by name is the gold.

What is counted, per article, each gold attribution matched to at most one coded claim:
- attributions: a coded claim matches a gold attribution when their cue spans overlap (by a character).
  Precision over coded claims, recall over gold attributions.
- sources: of the matched pairs, those where the coded speaker's span overlaps the gold source span;
  precision over coded claims, recall over gold attributions that have a source.
- content: word tokens, over the whole article: tokens inside both a matched pair's gold content and its
  coded content, against all tokens of coded contents (precision) and of gold contents (recall).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eventwire.eval.matching import PRF, DataMissing, code_all, match_one_to_one, overlaps, prf_rows, token_spans
from eventwire.eval.model import Score

SET = "polnear-dev"
FOLDER = Path("polnear-dev")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One gold attribution relation: cue, source (may be empty) and content spans."""

    cue: Spans
    source: Spans
    content: Spans


def parse_ann(text: str) -> list[Attribution]:
    """The attribution relations of one brat .ann file."""
    spans: dict[str, Spans] = {}
    relations = []
    for line in text.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label_and_offsets = parts[1].split(" ", 1)
            if len(label_and_offsets) < 2:
                continue
            pieces = []
            for chunk in label_and_offsets[1].split(";"):
                a, b = chunk.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = tuple(pieces)
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) >= 2:
                relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for rel in relations:
        # A relation with no cue (one in the dev split) still counts as gold; no claim can match it.
        out.append(Attribution(spans.get(rel.get("Cue", ""), ()), spans.get(rel.get("Source", ""), ()),
                               spans.get(rel.get("Content", ""), ())))
    return out


def load(data: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) for each article, by name."""
    folder = Path(data) / FOLDER
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        raise DataMissing(f"{folder}/text or {folder}/attributions not found")
    anns: dict[str, list[Path]] = defaultdict(list)
    for p in sorted((folder / "attributions").glob("*.ann")):
        anns[p.stem.rsplit("_", 1)[0]].append(p)
    out = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        if text_path.stem not in anns:
            continue
        gold = parse_ann(anns[text_path.stem][0].read_text(encoding="utf-8"))
        out.append((text_path.stem, text_path.read_text(encoding="utf-8"), gold))
    return out


def run(data: Path, **options) -> list[Score]:
    """Code the articles through the pipeline and score the claims against the attributions."""
    from eventwire.read.model import Article

    docs = load(data)
    articles = [Article(body=text, title=text.split("\n", 1)[0].strip() or None, language="en",
                        source=f"polnear:{name}") for name, text, _ in docs]
    coded = list(code_all(articles))
    return score([(text, gold) for _, text, gold in docs], [c.claims for c in coded])


def _hit(spans: Spans, start: int, end: int) -> bool:
    return any(overlaps(a, b, start, end) for a, b in spans)


def score(docs: list[tuple[str, list[Attribution]]], claims_per_doc: list) -> list[Score]:
    """Rows from (text, gold attributions) per article and the coded claims of each."""
    attr = PRF(0, 0, 0)
    src_tp = src_gold = 0
    c_tp = c_pred = c_gold = 0
    for (text, gold), claims in zip(docs, claims_per_doc, strict=True):
        claims = list(claims)
        pairs = match_one_to_one(gold, claims, lambda g, c: _hit(g.cue, c.cue_start, c.cue_end))
        attr = PRF(attr.tp + len(pairs), attr.n_pred + len(claims), attr.n_gold + len(gold))
        src_gold += sum(bool(g.source) for g in gold)
        src_tp += sum(_hit(gold[g].source, claims[p].speaker.start, claims[p].speaker.end) for g, p in pairs)
        gold_tokens = [_tokens(text, g.content) for g in gold]
        pred_tokens = [token_spans(text, c.content_start, c.content_end) for c in claims]
        c_gold += sum(len(t) for t in gold_tokens)
        c_pred += sum(len(t) for t in pred_tokens)
        c_tp += sum(len(gold_tokens[g] & pred_tokens[p]) for g, p in pairs)
    rows = prf_rows(SET, "attributions", attr, note="cue spans overlap")
    rows += prf_rows(SET, "sources", PRF(src_tp, attr.n_pred, src_gold), note="matched, speaker span overlaps source")
    rows += prf_rows(SET, "content tokens", PRF(c_tp, c_pred, c_gold), note="word tokens of content spans")
    return rows


def _tokens(text: str, spans: Spans) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for a, b in spans:
        out |= token_spans(text, a, b)
    return out
