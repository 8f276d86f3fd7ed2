"""Toponym resolution on sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.resolve.places import distance_km, find_places
from conftest import EXAMPLES


def places(nlp, text, **kw):
    return [(p.text, p.name, p.country, p.feature) for p in find_places(nlp(text), **kw)]


def test_places_paris_alone_is_in_france(nlp):
    assert ("Paris", "Paris", "FRA", "city") in places(nlp, "The summit opened in Paris on Tuesday.")


def test_places_paris_texas(nlp):
    found = places(nlp, "The storm flooded streets in Paris, Texas, overnight.")
    assert ("Paris", "Paris", "USA", "city") in found
    assert ("Texas", "Texas", "USA", "admin1") in found


@pytest.mark.parametrize("text", ["The fair opens in Springfield, Illinois, next week.",
                                  "The fair opens in Springfield, Ill., next week.",
                                  "The fair opens in Springfield, IL, next week."])
def test_places_springfield_illinois(nlp, text):
    doc = nlp(text)
    springfield = [p for p in find_places(doc) if p.text == "Springfield"]
    assert springfield and springfield[0].country == "USA"
    assert distance_km(springfield[0].lat, springfield[0].lon, 39.80, -89.64) < 20


def test_places_state_context_picks_the_town(nlp):
    text = ("Flooding closed roads across Missouri on Monday. In Springfield, the city council met to plan "
            "repairs.")
    springfield = [p for p in find_places(nlp(text)) if p.text == "Springfield"]
    assert springfield and distance_km(springfield[0].lat, springfield[0].lon, 37.22, -93.30) < 20


def test_places_capital_as_government_is_not_a_place(nlp):
    assert not [p for p in find_places(nlp("Moscow said it would respond to the sanctions.")) if p.text == "Moscow"]
    assert [p for p in find_places(nlp("The delegation arrived in Moscow on Friday.")) if p.text == "Moscow"]


def test_places_possessive_capital_is_an_actor(nlp):
    assert not find_places(nlp("Kyiv's forces pushed back the attack."))


def test_places_demonym_is_not_a_place(nlp):
    found = places(nlp, "Ukrainian officials met French diplomats in Geneva.")
    assert [f for f in found if f[0] == "Geneva"]
    assert not [f for f in found if f[0] in ("Ukrainian", "French")]


def test_places_exonym_resolves(nlp):
    found = places(nlp, "Talks were held in Kiev last year.")
    assert ("Kiev", "Kyiv", "UKR", "city") in found


def test_places_country_resolves_to_country_entry(nlp):
    found = find_places(nlp("Floods hit Bangladesh this week."))
    assert [(p.name, p.country, p.feature) for p in found] == [("Bangladesh", "BGD", "country")]
    assert found[0].lat is not None and found[0].geonameid == 1210997


def test_places_strips_the_and_possessive(nlp):
    text = "Aid reached the Philippines and Kenya's north."
    for p in find_places(nlp(text)):
        assert text[p.start:p.end] == p.text
        assert not p.text.lower().startswith("the ") and not p.text.endswith("'s")


def test_places_countries_hint(nlp):
    text = "A new bridge in Alexandria opened on Monday."
    plain = [p for p in find_places(nlp(text)) if p.text == "Alexandria"]
    hinted = [p for p in find_places(nlp(text), countries=["USA"]) if p.text == "Alexandria"]
    assert plain and plain[0].country == "EGY"
    assert hinted and hinted[0].country == "USA"


def test_places_offsets_point_into_text(nlp):
    text = "From Lagos, Nigeria, the convoy drove to Accra."
    for p in find_places(nlp(text)):
        assert text[p.start:p.end] == p.text


def test_places_canonical_example(nlp):
    path = EXAMPLES / "austin-kyiv.txt"
    if not path.exists():
        pytest.skip(f"{path} not found")
    text = path.read_text(encoding="utf-8")
    found = find_places(nlp(text))
    first = text.index("Kyiv, Ukraine")
    kyiv = [p for p in found if p.start == first]
    assert kyiv, "Kyiv in 'Kyiv, Ukraine' not found"
    k = kyiv[0]
    assert (k.name, k.country, k.geonameid) == ("Kyiv", "UKR", 703448)
    assert k.lat == pytest.approx(50.45, abs=0.01) and k.lon == pytest.approx(30.52, abs=0.01)
    forces = text.index("Kyiv’s forces") if "Kyiv’s forces" in text else text.index("Kyiv's forces")
    assert not [p for p in found if p.start == forces]


def test_places_state_after_comma_is_the_state(nlp):
    found = places(nlp, "The plant in Atlanta, Georgia, closed last year.")
    assert ("Atlanta", "Atlanta", "USA", "city") in found
    assert ("Georgia", "Georgia", "USA", "admin1") in found
    assert ("Georgia", "Georgia", "GEO", "country") in places(nlp, "Protesters gathered in Tbilisi, Georgia.")


def test_places_regions_and_seas(nlp):
    found = places(nlp, "Fighting continued in Donbas and near the Black Sea.")
    assert ("Donbas", "Donbas", "UKR", "region") in found
    assert ("Black Sea", "Black Sea", None, "region") in found


def test_places_state_inside_a_body_name(nlp):
    found = places(nlp, "Officials at the Ohio Department of Natural Resources closed the trail on Monday.")
    assert ("Ohio", "Ohio", "USA", "admin1") in found


def test_places_town_inside_a_body_name_needs_backing(nlp):
    backed = places(nlp, "Flooding hit Tyler, Texas, on Sunday. The Tyler Police Department closed two roads.")
    assert len([f for f in backed if f[0] == "Tyler" and f[2] == "USA"]) == 2
    assert not [f for f in places(nlp, "A White House spokesman declined to comment.") if f[0] == "White"]


def test_places_dateline_in_capitals(nlp):
    found = find_places(nlp("WICHITA FALLS, Texas (AP) -- Crews repaired the water main on Tuesday."))
    falls = [p for p in found if p.text == "WICHITA FALLS"]
    assert falls and falls[0].country == "USA" and distance_km(falls[0].lat, falls[0].lon, 33.91, -98.49) < 20


def test_places_party_and_home_town(nlp):
    found = places(nlp, "The bill's sponsor, Rep. Dana Cole, D-Fresno, said it would pass.")
    assert [f for f in found if f[0] == "Fresno" and f[2] == "USA"]


def test_places_town_and_its_county_place_each_other(nlp):
    found = find_places(nlp("Schools in Athens and Clarke County reopened after the storm."))
    athens = [p for p in found if p.text == "Athens"]
    county = [p for p in found if p.text == "Clarke County"]
    assert athens and athens[0].country == "USA" and distance_km(athens[0].lat, athens[0].lon, 33.96, -83.38) < 20
    assert county and county[0].country == "USA" and distance_km(county[0].lat, county[0].lon, 33.95, -83.37) < 40


def test_places_a_list_of_states_stays_states(nlp):
    found = places(nlp, "The recall covers stores in Idaho, Nevada, Utah and Oregon.")
    assert {f[0] for f in found if f[3] == "admin1"} >= {"Idaho", "Nevada", "Utah", "Oregon"}


def test_places_the_state_holding_the_article_s_town(nlp):
    found = places(nlp, "The water main in Macon broke on Friday. Georgia officials sent crews.")
    assert ("Georgia", "Georgia", "USA", "admin1") in found


def test_places_initials_and_bare_directions_are_no_towns(nlp):
    found = places(nlp, "A deal between the E.U. and Libya was signed. Central scored twice against West.")
    assert not [f for f in found if f[2] == "FRA" or f[0] in ("Central", "West")]
    assert [f for f in found if f[0] == "Libya"]


def test_places_a_state_in_a_list_is_not_held_by_the_next(nlp):
    found = places(nlp, "Recalls reached stores in Virginia, Washington, West Virginia and Wyoming.")
    assert ("Washington", "Washington", "USA", "admin1") in found


def test_places_a_name_used_as_a_place_is_one_throughout(nlp):
    text = ("The storm hit Tyler, Texas, on Monday. Tyler officials said roads would reopen. "
            "Crews from Tyler worked overnight.")
    tyler = [p for p in find_places(nlp(text)) if p.text == "Tyler"]
    assert len(tyler) == 3 and {p.country for p in tyler} == {"USA"}
