"""The actor lexicon's data files: well formed, codes and dates that make sense, look-ups that work."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.code.lexicon import read_table
from eventwire.resolve.actorlexicon import ActorLexicon

PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
                  "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO"}
NON_STATE = {"IGO", "IMG", "KOS"}


@pytest.fixture(scope="module")
def countries() -> set[str]:
    return {row["country"] for row in read_table("actors_countries.tsv")}


def test_actors_countries_cover_un_members_and_others(countries):
    assert len({c for c in countries if c not in NON_STATE}) >= 196
    for code in ("USA", "GBR", "UKR", "RUS", "PRK", "KOR", "TWN", "PSE", "KOS", "VAT", "SSD"):
        assert code in countries


@pytest.mark.parametrize("name", ["actors_countries.tsv", "actors_igos.tsv", "actors_sectors.tsv",
                                  "actors_offices.tsv", "actors_parties.tsv", "actors_groups.tsv"])
def test_actors_data_files_name_their_source(name):
    from eventwire.code.lexicon import data_file

    head = data_file(name).read_text(encoding="utf-8").splitlines()[:8]
    assert any("Source" in line for line in head if line.startswith("#"))


def test_actors_sectors_are_plover_codes():
    for name in ("actors_sectors.tsv", "actors_igos.tsv", "actors_groups.tsv", "actors_offices.tsv"):
        for row in read_table(name):
            assert not row["sector"] or row["sector"] in PLOVER_SECTORS, (name, row)


def test_actors_offices_are_well_formed(countries):
    rows = read_table("actors_offices.tsv")
    assert len(rows) >= 300
    terms: dict[tuple[str, str], list[tuple[date, date | None, str]]] = {}
    for row in rows:
        assert row["country"] in countries | NON_STATE, row
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else None
        assert end is None or start < end, row
        terms.setdefault((row["country"], row["office"]), []).append((start, end, row["name"]))
    # One holder at a time for the offices held by one person.
    for (country, office), spans in terms.items():
        if office in ("Minister", "Member of Parliament") or country == "IGO" and "Leader" in office:
            continue
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert e1 is not None and e1 <= s2, f"{country} {office}: {n1} and {n2} overlap"


@pytest.mark.parametrize("text, country, kind", [
    ("the Kremlin", "RUS", "seat"), ("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital"),
    ("Pyongyang", "PRK", "capital"), ("DPRK", "PRK", "country"), ("U.S.", "USA", "country"),
    ("Britain", "GBR", "country"), ("North Korean", "PRK", "demonym"), ("Russians", "RUS", "demonym"),
    ("NATO", "IGO", "organisation"), ("Amnesty International", "IGO", "organisation"),
    ("Tories", "GBR", "party"), ("Whitehall", "GBR", "seat"), ("Foggy Bottom", "USA", "seat"),
])
def test_actors_lookup(text, country, kind):
    entries = ActorLexicon.load().lookup(text)
    assert any(e.country == country and e.kind == kind for e in entries), entries


@pytest.mark.parametrize("name, on, office", [
    ("Austin", date(2024, 10, 22), "Secretary of Defense"),
    ("Lloyd Austin", date(2021, 6, 1), "Secretary of Defense"),
    ("Zelenskyy", date(2023, 1, 1), "President"),
    ("Umerov", date(2024, 1, 1), "Minister of Defence"),
    ("Mr Blair", date(2005, 1, 1), "Prime Minister"),
    ("Lavrov", date(2020, 1, 1), "Minister of Foreign Affairs"),
])
def test_actors_holders_by_date(name, on, office):
    assert [h.office for h in ActorLexicon.load().holders(name, on)] == [office]


@pytest.mark.parametrize("country, office, on, name", [
    ("JPN", "Prime Minister", date(2000, 6, 1), "Yoshiro Mori"),
    ("JPN", "Prime Minister", date(2008, 6, 1), "Yasuo Fukuda"),
    ("JPN", "Prime Minister", date(2021, 6, 1), "Yoshihide Suga"),
    ("JPN", "Minister of Foreign Affairs", date(2018, 1, 1), "Taro Kono"),
    ("BRA", "Minister of Foreign Affairs", date(2008, 1, 1), "Celso Amorim"),
    ("CAN", "Minister of Defence", date(2010, 1, 1), "Peter MacKay"),
    ("KOR", "Minister of Foreign Affairs", date(2005, 1, 1), "Ban Ki-moon"),
    ("CHN", "Minister of Defence", date(2010, 1, 1), "Liang Guanglie"),
    ("SAU", "Minister of Defence", date(2016, 1, 1), "Mohammed bin Salman"),
    ("EGY", "President", date(2014, 1, 1), "Adly Mansour"),
    ("IGO", "President of the European Council", date(2012, 1, 1), "Herman Van Rompuy"),
])
def test_actors_office_holder_on_a_date(country, office, on, name):
    assert ActorLexicon.load().office_holder(country, office, on).name == name


def test_actors_office_names_are_one_per_post():
    """Foreign and defence ministers share one office name so that "the Indian foreign minister" finds them."""
    offices = {row["office"] for row in read_table("actors_offices.tsv")}
    for variant in ("Minister of External Affairs", "Minister of National Defense", "Minister of National Defence",
                    "Minister of the Armed Forces", "Secretary of Foreign Affairs"):
        assert variant not in offices


def test_actors_holders_out_of_office():
    lexicon = ActorLexicon.load()
    assert lexicon.holders("Austin", date(2030, 1, 1)) == ()
    assert lexicon.holders("Umerov", date(2020, 1, 1)) == ()
    assert [h.office for h in lexicon.holders("Putin", date(2010, 1, 1))] == ["Prime Minister"]


def test_actors_ambiguous_surname_needs_the_article_country():
    lexicon = ActorLexicon.load()
    assert lexicon.holders("Howard", date(2005, 1, 1)) == ()          # Michael (GBR) and John (AUS)
    assert [h.name for h in lexicon.holders("Howard", date(2005, 1, 1), country="GBR")] == ["Michael Howard"]


def test_actors_party_sector_follows_government():
    lexicon = ActorLexicon.load()
    assert lexicon.party("Tory").sector_on(date(2005, 1, 1)) == "OPP"
    assert lexicon.party("Tory").sector_on(date(2015, 1, 1)) == "GOV"
    assert lexicon.party("Labour").sector_on(date(2005, 1, 1)) == "GOV"


def test_actors_sector_words():
    lexicon = ActorLexicon.load()
    assert lexicon.sector_word(("defence", "minister")).office == "Minister of Defence"
    assert lexicon.sector_word(("security", "forces")).sector == "MIL"
    assert lexicon.sector_word(("police",)).sector == "COP"
    assert lexicon.sector_word(("rebels",)).sector == "REB"
    assert lexicon.sector_word(("lawmakers",)).sector == "LEG"
