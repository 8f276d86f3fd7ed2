"""The gazetteer: lookups by name and alternate name, countries by ISO3, divisions, folding."""
from __future__ import annotations

import pytest

from eventwire.resolve.gazetteer import Gazetteer, GazetteerEntry, fold


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_gazetteer_load_is_cached(gaz):
    assert Gazetteer.load() is gaz


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "kyiv", "KIEV"])
def test_gazetteer_exonyms_find_kyiv(gaz, name):
    kyiv = [e for e in gaz.candidates(name) if e.geonameid == 703448]
    assert kyiv and kyiv[0].country == "UKR" and kyiv[0].feature == "city"
    assert kyiv[0].lat == pytest.approx(50.45, abs=0.01) and kyiv[0].lon == pytest.approx(30.52, abs=0.01)


def test_gazetteer_peking_is_beijing(gaz):
    assert any(e.name == "Beijing" and e.country == "CHN" for e in gaz.candidates("Peking"))


def test_gazetteer_entries_are_frozen(gaz):
    entry = gaz.candidates("Paris")[0]
    assert isinstance(entry, GazetteerEntry)
    with pytest.raises(AttributeError):
        entry.name = "Lutetia"  # type: ignore[misc]


def test_gazetteer_paris_has_french_and_texan_readings(gaz):
    readings = {(e.country, e.admin1) for e in gaz.candidates("Paris") if e.feature == "city"}
    assert ("FRA", "11") in readings and ("USA", "TX") in readings


def test_gazetteer_country_by_iso3_has_centroid(gaz):
    ukraine = gaz.country("UKR")
    assert ukraine is not None and ukraine.name == "Ukraine" and ukraine.feature == "country"
    assert ukraine.geonameid == 690791 and 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41
    assert gaz.country("ukr") == ukraine
    assert gaz.country("XXX") is None


@pytest.mark.parametrize("alias", ["U.S.", "US", "United States", "America"])
def test_gazetteer_country_aliases(gaz, alias):
    assert any(e.feature == "country" and e.country == "USA" for e in gaz.candidates(alias))


def test_gazetteer_us_states_and_ap_abbreviations(gaz):
    illinois = gaz.admin1("USA", "IL")
    assert illinois is not None and illinois.name == "Illinois" and illinois.lat is not None
    assert illinois in gaz.candidates("Illinois") and gaz.abbreviation("Ill.") == illinois
    assert gaz.abbreviation("L.A.") is None and illinois not in gaz.candidates("Ill.")


def test_gazetteer_divisions_outside_the_us(gaz):
    assert any(e.feature == "admin1" and e.country == "PHL" for e in gaz.candidates("Bulacan"))


def test_gazetteer_capitals(gaz):
    moscow = max((e for e in gaz.candidates("Moscow") if e.feature == "city"), key=lambda e: e.population)
    assert moscow.country == "RUS" and gaz.is_capital(moscow)
    assert not gaz.is_capital(max(gaz.candidates("Springfield"), key=lambda e: e.population))


def test_gazetteer_unknown_name(gaz):
    assert gaz.candidates("Qwxzyville") == []


@pytest.mark.parametrize("name, key", [("St. Louis", "saint louis"), ("Saint Louis", "saint louis"),
                                       ("Zürich", "zurich"), ("Winston-Salem", "winston salem"),
                                       ("Mt. Vernon", "mount vernon")])
def test_gazetteer_fold(name, key):
    assert fold(name) == key


def test_gazetteer_us_counties_have_points(gaz):
    cook = [e for e in gaz.candidates("Cook County") if e.admin1 == "IL"]
    assert cook and cook[0].feature == "admin2" and cook[0].lat is not None
    assert 41.4 < cook[0].lat < 42.2 and -88.3 < cook[0].lon < -87.5
    assert cook[0].population > 1_000_000 and cook[0].geonameid


def test_gazetteer_dc_and_regions(gaz):
    assert [e.feature for e in gaz.candidates("D.C.")] == ["admin1"]
    assert any(e.feature == "region" and e.country == "SDN" for e in gaz.candidates("Darfur"))
