"""Geoparsing accuracy on LGL and GeoVirus (Gritta et al.'s copies in ../shared/data/geoparsing-gritta).

Toponym recognition: precision, recall and F1 of `find_places` spans against the gold toponyms, a match
being any character overlap. Toponym resolution, over the gold toponyms with coordinates that a found place
overlaps: share within 161 km (100 miles), median error in km and, on LGL (whose gold names the country),
country accuracy.

    python -m eventwire.eval.places --model md            # both sets, all articles
    python -m eventwire.eval.places --model sm --limit 60 # the first 60 articles of each set

spaCy over all 588 + 229 articles takes two to three minutes on two cores.
"""
from __future__ import annotations

import argparse
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from eventwire.eval.model import Score

SETS = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    country_geonameid: int | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def corpus_dir(data: Path) -> Path:
    """The folder holding lgl.xml and GeoVirus.xml, given it or a folder above it."""
    for candidate in (data, data / "Corpora", data / "data" / "Corpora",
                      data / "geoparsing-gritta" / "data" / "Corpora"):
        if (candidate / "lgl.xml").is_file():
            return candidate
    raise FileNotFoundError(f"no lgl.xml under {data}; pass the shared data folder (it holds geoparsing-gritta/)")


def _float(node: ET.Element | None) -> float | None:
    return float(node.text) if node is not None and node.text else None


def read_lgl(path: Path) -> list[GoldArticle]:
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            country = gaz.find("country") if gaz is not None else None
            tops.append(GoldToponym(
                int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "",
                _float(gaz.find("lat")) if gaz is not None else None,
                _float(gaz.find("lon")) if gaz is not None else None,
                int(country.get("geonameid")) if country is not None and country.get("geonameid") else None))
        articles.append(GoldArticle(text, tuple(tops)))
    return articles


def read_geovirus(path: Path) -> list[GoldArticle]:
    articles = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        # GeoVirus counts characters from 1: "start" is one past the Python offset.
        tops = tuple(GoldToponym(int(loc.findtext("start")) - 1, int(loc.findtext("end")) - 1,
                                 loc.findtext("name") or "",
                                 _float(loc.find("lat")), _float(loc.find("lon")), None)
                     for loc in art.iter("location"))
        articles.append(GoldArticle(text, tops))
    return articles


def _evaluate(name: str, articles: list[GoldArticle], docs: Iterable, note: str) -> list[Score]:
    from eventwire.resolve.gazetteer import Gazetteer
    from eventwire.resolve.places import distance_km, find_places

    gaz = Gazetteer.load()
    country_by_geonameid = {}
    for iso3 in list(gaz._countries):
        entry = gaz.country(iso3)
        if entry is not None and entry.geonameid:
            country_by_geonameid[entry.geonameid] = iso3

    found = predicted = correct_pred = 0
    gold_total = 0
    errors: list[float] = []
    country_right = country_cases = 0
    for article, doc in zip(articles, docs):
        places = [p for p in find_places(doc) if p.lat is not None]
        predicted += len(places)
        gold_total += len(article.toponyms)
        for p in places:
            if any(p.start < g.end and g.start < p.end for g in article.toponyms):
                correct_pred += 1
        for g in article.toponyms:
            hits = [p for p in places if p.start < g.end and g.start < p.end]
            if not hits:
                continue
            found += 1
            if g.lat is None:
                continue
            p = min(hits, key=lambda p: abs(p.start - g.start) + abs(p.end - g.end))
            errors.append(distance_km(p.lat, p.lon, g.lat, g.lon))
            if g.country_geonameid is not None:
                country_cases += 1
                country_right += country_by_geonameid.get(g.country_geonameid) == p.country
    precision = correct_pred / predicted if predicted else 0.0
    recall = found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = [
        Score(name, "toponym recognition precision", round(precision, 4), predicted, note),
        Score(name, "toponym recognition recall", round(recall, 4), gold_total, note),
        Score(name, "toponym recognition F1", round(f1, 4), gold_total, note),
        Score(name, "resolution accuracy within 161 km", round(sum(e <= KM for e in errors) / len(errors), 4)
              if errors else 0.0, len(errors), note),
        Score(name, "resolution median error km", round(statistics.median(errors), 1) if errors else 0.0,
              len(errors), note),
    ]
    if country_cases:
        scores.append(Score(name, "resolution country accuracy", round(country_right / country_cases, 4),
                            country_cases, note))
    return scores


SAMPLE = 60     # articles of each set that `eventwire eval` runs unless asked for the full sets


def run(data: Path, *, model: str = "md", sets: Iterable[str] = ("lgl", "geovirus"),
        limit: int | None = None, full: bool = True) -> list[Score]:
    """Recognition and resolution scores on LGL and GeoVirus; `limit` takes the first N articles of each,
    and `full=False` (the `eventwire eval` default) the first SAMPLE."""
    if not full and limit is None:
        limit = SAMPLE
    from eventwire.annotate import load_nlp

    folder = corpus_dir(Path(data))
    nlp = load_nlp(model)
    scores: list[Score] = []
    for name in sets:
        path = folder / SETS[name]
        articles = read_lgl(path) if name == "lgl" else read_geovirus(path)
        if limit is not None:
            articles = articles[:limit]
        docs = nlp.pipe((a.text for a in articles), batch_size=32)
        scores += _evaluate(name, articles, docs, f"spaCy {model}, {len(articles)} articles")
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Geoparsing accuracy on LGL and GeoVirus.")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[4] / "shared" / "data",
                        help="the shared data folder holding geoparsing-gritta/")
    parser.add_argument("--model", default="md", help="spaCy pipeline: md or sm")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each set")
    parser.add_argument("--sets", default="lgl,geovirus", help="comma-separated: lgl, geovirus")
    args = parser.parse_args(argv)
    for s in run(args.data, model=args.model, sets=args.sets.split(","), limit=args.limit):
        print(f"{s.set}\t{s.metric}\t{s.value}\t{s.cases}\t{s.note}")


if __name__ == "__main__":
    main()
