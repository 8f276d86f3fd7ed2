"""find_actors on text written here, on the canonical example, and against a floor on eventwire-gold."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import EXAMPLES, data_path
from eventwire.resolve.actors import find_actors

ON = date(2024, 10, 22)


def actors(nlp, text, on=ON):
    refs = find_actors(nlp(text), on)
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
    return refs


def by_text(refs, text):
    found = [r for r in refs if r.text == text]
    assert found, f"no actor {text!r} in {[r.text for r in refs]}"
    return found[0]


@pytest.mark.parametrize("text, mention, country, sector", [
    ("Russian troops shelled the city on Sunday.", "Russian troops", "RUS", "MIL"),
    ("Iraqi police arrested two men near the border.", "Iraqi police", "IRQ", "COP"),
    ("Moscow said the talks had failed.", "Moscow", "RUS", "GOV"),
    ("The Kremlin denied the report.", "The Kremlin", "RUS", "GOV"),
    ("NATO warned of more attacks.", "NATO", "IGO", "IGO"),
    ("Amnesty International condemned the arrests.", "Amnesty International", "IGO", "NGO"),
    ("Ukraine asked for more air defence.", "Ukraine", "UKR", "GOV"),
    ("Security forces opened fire on the crowd in Nairobi, Kenya.", "Security forces", "KEN", "MIL"),
    ("Rebels seized the town overnight.", "Rebels", None, "REB"),
])
def test_actors_groups_countries_and_organisations(nlp, text, mention, country, sector):
    ref = by_text(actors(nlp, text), mention)
    assert (ref.country, ref.sector) == (country, sector)


def test_actors_place_is_not_an_actor(nlp):
    refs = actors(nlp, "The two delegations met in Geneva and later in Moscow.")
    assert not [r for r in refs if r.text in ("Geneva", "Moscow")]


def test_actors_office_holder_by_date(nlp):
    text = "Austin told reporters the aid would arrive soon."
    ref = by_text(actors(nlp, text, date(2024, 3, 1)), "Austin")
    assert (ref.name, ref.country, ref.sector, ref.office) == ("Lloyd Austin", "USA", "GOV", "Secretary of Defense")
    later = by_text(actors(nlp, text, date(2030, 3, 1)), "Austin")
    assert later.name != "Lloyd Austin" and later.office is None


def test_actors_title_gives_unknown_person_country_and_sector(nlp):
    refs = actors(nlp, "Kenyan opposition leader Jane Wanjiru rejected the results. Ms Wanjiru called for protests.")
    first = by_text(refs, "Kenyan opposition leader Jane Wanjiru")
    assert (first.name, first.country, first.sector) == ("Jane Wanjiru", "KEN", "OPP")
    second = by_text(refs, "Ms Wanjiru")
    assert (second.name, second.country, second.sector) == ("Jane Wanjiru", "KEN", "OPP")


def test_actors_party_title_by_date(nlp):
    text = "Tory leader Michael Howard attacked the plans."
    ref = actors(nlp, text, date(2005, 1, 10))[0]
    assert (ref.name, ref.country, ref.sector) == ("Michael Howard", "GBR", "OPP")


def test_actors_pronoun_takes_main_clause_subject(nlp):
    text = ("Defence Secretary Grant Shapps arrived in Kyiv on Monday. The trip comes as Ukrainian leader "
            "Volodymyr Zelensky asks for more weapons. During the visit, he announced new aid.")
    refs = actors(nlp, text, date(2024, 1, 10))
    he = [r for r in refs if r.kind == "pronoun"]
    assert [(r.text, r.name) for r in he] == [("he", "Grant Shapps")]


def test_actors_definite_title_refers_back(nlp):
    text = ("Ukrainian Defence Minister Rustem Umerov met his counterparts in Brussels. "
            "The minister said more shells were needed.")
    refs = actors(nlp, text, date(2024, 2, 1))
    minister = by_text(refs, "The minister")
    assert minister.name == "Rustem Umerov" and minister.country == "UKR"


def test_actors_officials_without_clear_country(nlp):
    text = ("Russia and Ukraine traded accusations. Some officials said the talks could resume. "
            "Critics argue that the United States acted too late.")
    refs = actors(nlp, text)
    officials = by_text(refs, "Some officials")
    assert (officials.country, officials.sector) == (None, "GOV")
    critics = by_text(refs, "Critics")
    assert (critics.country, critics.sector, critics.kind) == (None, None, "group")


def test_actors_canonical_example(nlp):
    path = EXAMPLES / "austin-kyiv.txt"
    if not path.exists():
        pytest.skip(f"{path} not found; set EVENTWIRE_SHARED")
    page = path.read_text(encoding="utf-8")
    body = page[page.index("US Defense Secretary Lloyd Austin arrived"):page.index("With input from")].strip()
    refs = actors(nlp, body)
    names = {(r.name, r.country, r.sector, r.office) for r in refs if r.kind == "person"}
    assert ("Lloyd Austin", "USA", "GOV", "Secretary of Defense") in names
    assert ("Volodymyr Zelensky", "UKR", "GOV", "President") in names
    assert ("Rustem Umerov", "UKR", "GOV", "Minister of Defence") in names
    assert (by_text(refs, "Pyongyang").country, by_text(refs, "Pyongyang").sector) == ("PRK", "GOV")
    assert (by_text(refs, "Moscow").country, by_text(refs, "Moscow").sector) == ("RUS", "GOV")
    he = next(r for r in refs if r.kind == "pronoun" and body[r.start - 13:r.start] == "During his visit, "[-13:])
    assert he.name == "Lloyd Austin"
    forces = next(r for r in refs if r.text.startswith("Kyiv"))
    assert (forces.country, forces.sector) == ("UKR", "MIL")
    assert by_text(refs, "some officials").country is None


@pytest.mark.slow
@pytest.mark.gold
def test_actors_eventwire_gold_floor():
    from eventwire.eval.actors import run

    data_path("eventwire-gold", "bbc-politics-dev.jsonl")
    scores = {s.metric: s for s in run(data_path())}
    for score in scores.values():
        print(f"{score.metric}: {score.value:.3f} over {score.cases}")
    # Floors just below the figures measured on 2026-11-27 (country 0.941, sector 0.842).
    assert scores["country accuracy"].value >= 0.93
    assert scores["sector accuracy"].value >= 0.83


def test_actors_foreign_minister_by_surname_needs_an_introduction(nlp):
    text = ("The British government said on Monday that tax rules would change. Brown told MPs in London that "
            "the Treasury and the Foreign Office agreed.")
    brown = by_text(actors(nlp, text, date(2005, 1, 10)), "Brown")
    assert brown.name == "Gordon Brown"                 # at home: the chancellor
    text = ("The US Congress voted on Monday in Washington. Brown told reporters in Washington that the US "
            "Senate would agree.")
    brown = next((r for r in actors(nlp, text, date(2005, 1, 10)) if r.text == "Brown"), None)
    assert brown is None or brown.name != "Gordon Brown"


def test_actors_honorific_decides_pronoun(nlp):
    text = ("Ms Jane Okafor, the finance minister, met Mr Tunde Bello on Friday. "
            "She said the budget would pass.")
    she = next(r for r in actors(nlp, text) if r.kind == "pronoun")
    assert she.name == "Jane Okafor"


def test_actors_numbers_are_not_organisations(nlp):
    refs = actors(nlp, "The firms faced a claim of 280bn, and 280bn was more than 9/11 cost.")
    assert not [r for r in refs if r.text[:1].isdigit()]


@pytest.mark.parametrize("text, on, mention, name", [
    ("The British prime minister spoke in London.", date(2005, 3, 1), "The British prime minister", "Tony Blair"),
    ("The Russian foreign minister arrived in Ankara.", date(2020, 3, 1), "The Russian foreign minister",
     "Sergei Lavrov"),
    ("The US defence secretary visited the troops.", date(2024, 3, 1), "The US defence secretary", "Lloyd Austin"),
    ("The German chancellor said Germany would pay.", date(2024, 3, 1), "The German chancellor", "Olaf Scholz"),
])
def test_actors_title_resolves_to_the_office_holder(nlp, text, on, mention, name):
    assert by_text(actors(nlp, text, on), mention).name == name


@pytest.mark.parametrize("text, on, mention, name", [
    ("The Japanese prime minister flew to Beijing for the talks.", date(2008, 5, 6), "The Japanese prime minister",
     "Yasuo Fukuda"),
    ("The Japanese prime minister flew to Beijing for the talks.", date(2021, 6, 6), "The Japanese prime minister",
     "Yoshihide Suga"),
    ("The Indian foreign minister will visit Moscow next week.", date(2016, 2, 1), "The Indian foreign minister",
     "Sushma Swaraj"),
    ("The Chinese premier opened the trade fair.", date(2010, 4, 15), "The Chinese premier", "Wen Jiabao"),
    ("The French defence minister toured the base in Mali.", date(2019, 1, 15), "The French defence minister",
     "Florence Parly"),
])
def test_actors_title_resolves_to_the_office_holder_of_the_day(nlp, text, on, mention, name):
    assert by_text(actors(nlp, text, on), mention).name == name


@pytest.mark.parametrize("text, on, mention, name, country, office", [
    ("Jaishankar told reporters that the border talks would resume.", date(2023, 3, 2), "Jaishankar",
     "Subrahmanyam Jaishankar", "IND", "Minister of Foreign Affairs"),
    ("Mr Kishida told reporters the talks had gone well.", date(2015, 9, 4), "Mr Kishida", "Fumio Kishida", "JPN",
     "Minister of Foreign Affairs"),
    ("Mr Kishida told reporters the talks had gone well.", date(2022, 9, 4), "Mr Kishida", "Fumio Kishida", "JPN",
     "Prime Minister"),
    ("Mr Davutoglu told reporters the ceasefire had to hold.", date(2012, 9, 4), "Mr Davutoglu", "Ahmet Davutoglu",
     "TUR", "Minister of Foreign Affairs"),
])
def test_actors_minister_named_alone_by_date(nlp, text, on, mention, name, country, office):
    ref = by_text(actors(nlp, text, on), mention)
    assert (ref.name, ref.country, ref.office) == (name, country, office)


def test_actors_shared_surname_resolves_after_the_full_name(nlp):
    text = ("North Korean leader Kim Jong Un watched the launch on Tuesday. "
            "Kim said the test showed the country's strength.")
    refs = actors(nlp, text, date(2022, 3, 1))      # Kim Tok-hun was premier then: "Kim" alone is ambiguous
    assert by_text(refs, "Kim").name == "Kim Jong Un"


def test_actors_indefinite_title_is_not_the_holder(nlp):
    ref = by_text(actors(nlp, "A Ukrainian defence minister said no.", date(2024, 3, 1)),
                  "A Ukrainian defence minister")
    assert ref.name != "Rustem Umerov" and (ref.country, ref.sector) == ("UKR", "GOV")


def test_actors_portfolio_spokesman_belongs_to_the_party_named_before(nlp):
    text = ("The Liberal Democrats want a vote on the bill.\n\n"
            "Transport spokesman Peter Rolfe demanded answers from ministers.")
    ref = by_text(actors(nlp, text, date(2005, 2, 1)), "Transport spokesman Peter Rolfe")
    assert (ref.country, ref.sector) == ("GBR", "OPP")


def test_actors_a_ministry_spokesman_is_not_a_party_s(nlp):
    text = "The Liberal Democrats want a vote.\n\nA Home Office spokesman said the rules were clear."
    ref = by_text(actors(nlp, text, date(2005, 2, 1)), "A Home Office spokesman")
    assert ref.sector == "GOV"


def test_actors_name_with_a_party_title_in_apposition_is_a_person(nlp):
    text = ("The Liberal Democrats want a vote.\n\n"
            "Vince Cable, the party's Treasury spokesman, said rates were too high.")
    ref = by_text(actors(nlp, text, date(2005, 2, 1)), "Vince Cable")
    assert ref.kind == "person" and (ref.country, ref.sector) == ("GBR", "OPP")


def test_actors_national_branch_of_an_ngo_is_the_ngo(nlp):
    refs = actors(nlp, "Amnesty International UK questioned the ruling.")
    ref = by_text(refs, "Amnesty International UK")
    assert ref.sector == "NGO"
    assert not [r for r in refs if r.text == "UK"]


def test_actors_object_pronoun_names_someone_other_than_its_subject(nlp):
    refs = actors(nlp, "Peter Hale met Tom Reed on Monday. Mr Hale urged him to resign.", date(2005, 2, 1))
    him = by_text(refs, "him")
    assert him.kind == "pronoun" and him.name == "Tom Reed"


def test_actors_party_run_into_an_amount(nlp):
    refs = actors(nlp, "Mr Stone has previously given Labour pounds 50,000.", date(2005, 2, 1))
    labour = by_text(refs, "Labour")
    assert (labour.country, labour.sector) == ("GBR", "GOV")


def test_actors_the_party_is_the_party_named_last(nlp):
    text = ("The Liberal Democrats want a vote on the plans.\n\nThe party says its plan is costed.\n\n"
            "A Labour party spokesman said the party would win.")
    refs = actors(nlp, text, date(2005, 2, 1))
    first, last = [r for r in refs if r.text.lower() == "the party"]
    assert (first.name, first.sector) == ("Liberal Democrats", "OPP")
    assert (last.name, last.sector) == ("Labour Party", "GOV")


def test_actors_spokesperson_for_a_body_takes_its_sector(nlp):
    text = "A spokesman for Amnesty International said the law was unjust. A spokesman for the mayor said no."
    refs = actors(nlp, text)
    first, second = [r for r in refs if r.text == "A spokesman"]
    assert first.sector == "NGO" and first.name != second.name and second.sector != "NGO"


def test_actors_undated_title_is_the_office_holder_the_article_names(nlp):
    text = "The chancellor defended his budget on Tuesday. Gordon Brown said growth would stay strong."
    assert by_text(actors(nlp, text, on=None), "The chancellor").name == "Gordon Brown"
    text = "The chancellor defended his budget on Tuesday. He said growth would stay strong."
    assert by_text(actors(nlp, text, on=None), "The chancellor").name != "Gordon Brown"


def test_actors_a_name_inside_a_quotation_is_no_antecedent(nlp):
    text = ('Peter Hale was dismissive. "There are old quarrels between Mark Dale and me. '
            'The vote will not turn on what Mark Dale did," he added.')
    refs = actors(nlp, text)
    assert by_text(refs, "he").name == "Peter Hale"


def test_actors_an_organisation_named_past_its_noun_chunk_is_not_a_national_body(nlp):
    refs = actors(nlp, "Russia withdrew from the Council of Europe in 2022.")
    council = [r for r in refs if "Council" in r.text]
    assert council and all(r.country == "IGO" for r in council)


def test_actors_a_candidate_is_a_party_person(nlp):
    ref = by_text(actors(nlp, "The Green Party suspended a candidate on Friday.", date(2005, 2, 1)), "a candidate")
    assert ref.sector == "PTY"


def test_actors_a_person_of_an_organisation_takes_its_country_and_sector(nlp):
    ref = by_text(actors(nlp, "Kate Allen of Amnesty International condemned the ruling.", date(2005, 2, 1)),
                  "Kate Allen")
    assert (ref.country, ref.sector) == ("IGO", "NGO")


def test_actors_a_knight_named_again_by_the_first_name(nlp):
    text = ("Michael Howard spoke on Monday. Sir Howard Newby, the council's chief executive, said fees were "
            "rising. Sir Howard said the report was clear.")
    assert by_text(actors(nlp, text, date(2005, 2, 1)), "Sir Howard").name == "Howard Newby"


@pytest.mark.parametrize("text, mention, name", [
    # a head of government's surname the tagger took for an organisation is still the office-holder
    ("Kishida arrived in Seoul on Monday.", "Kishida", "Fumio Kishida"),
    ("Scholz spoke to reporters in Paris.", "Scholz", "Olaf Scholz"),
])
def test_actors_leader_surname_tagged_as_organisation(nlp, text, mention, name):
    ref = by_text(actors(nlp, text, on=date(2023, 5, 7)), mention)
    assert ref.name == name and ref.sector == "GOV"


def test_actors_a_name_cut_in_two_by_the_tagger_is_one_person(nlp):
    refs = actors(nlp, "South Korean President Yoon Suk Yeol met Mr Kishida in Seoul.", on=date(2023, 5, 7))
    assert [(r.name, r.country) for r in refs] == [("Yoon Suk Yeol", "KOR"), ("Fumio Kishida", "JPN")]


@pytest.mark.parametrize("text, mention, name, sector", [
    ("Ann Lowe QC resigned from the panel last week.", "Ann Lowe", "Ann Lowe", "JUD"),
    ("Peter Grant MEP voted against the treaty.", "Peter Grant", "Peter Grant", "LEG"),
    ("Much of the money came from property tycoon Sir Alan Pike.", "property tycoon Sir Alan Pike", "Alan Pike", "BUS"),
])
def test_actors_title_after_name_and_business_nouns(nlp, text, mention, name, sector):
    ref = by_text(actors(nlp, text), mention)
    assert (ref.name, ref.sector) == (name, sector)


@pytest.mark.parametrize("text, mention, sector", [
    ("Consultancy firm Harrow Partners urged ministers to act.", "Harrow Partners", "BUS"),
    ("The think tank Civitas criticised the scheme.", "Civitas", "SOC"),
])
def test_actors_organisation_takes_the_kind_of_body_written_before_it(nlp, text, mention, sector):
    assert by_text(actors(nlp, text), mention).sector == sector


def test_actors_definite_description_tells_the_sector_of_the_person_named_before(nlp):
    text = ("Jane Doe attacked the council over its budget. Ms Doe has given the party money before. "
            "The businesswoman, who owns two hotels, also criticised the police.")
    refs = actors(nlp, text)
    assert by_text(refs, "Jane Doe").sector == "BUS"
    assert by_text(refs, "Ms Doe").sector == "BUS"
    assert by_text(refs, "The businesswoman").name == "Jane Doe"


def test_actors_definite_description_of_a_judge_is_someone_new(nlp):
    refs = actors(nlp, "John Roe was jailed for six years. The judge said he had shown no remorse.")
    assert by_text(refs, "The judge").name != "John Roe"
    assert by_text(refs, "John Roe").sector is None


def test_actors_they_is_the_party_that_was_last_the_subject(nlp):
    text = ("The Liberal Democrats promised to scrap the tax. They said they would also push ministers over "
            "the cost of the scheme.")
    refs = actors(nlp, text)
    they = [r for r in refs if r.text.lower() == "they"]
    assert len(they) == 2
    assert {r.name for r in they} == {"Liberal Democrats"}


def test_actors_they_after_a_person_is_left_alone(nlp):
    text = "Labour published its plans. Mr Brown met the unions and they said the talks went well."
    refs = actors(nlp, text)
    assert not [r for r in refs if r.text == "they"]


def test_actors_they_inside_a_quotation_is_the_speakers(nlp):
    text = 'The Tories attacked the plan. "They will regret it," a spokesman said.'
    refs = actors(nlp, text)
    assert not [r for r in refs if r.text == "They"]


def test_actors_party_adjective_before_what_the_party_proposes(nlp):
    refs = actors(nlp, "The chancellor said Conservative tax plans would hurt pensioners.", on=date(2005, 2, 1))
    party = [r for r in refs if r.name == "Conservative Party"]
    assert party and (party[0].text, party[0].sector) == ("Conservative", "OPP")


def test_actors_party_adjective_before_a_group_noun_is_a_title(nlp):
    refs = actors(nlp, "Several Labour MPs voted against the bill.", on=date(2005, 2, 1))
    assert [r.text for r in refs if r.kind == "organisation"] == []


@pytest.mark.parametrize("text, mention, sector", [
    ("Radio presenter Tom Hale has quit the Scottish National Party. Mr Hale said he was ashamed.", "Mr Hale", "OPP"),
    ("The MP Sara Flint defected to Labour last year.", "MP Sara Flint", "GOV"),
    ("Sara Flint MP defected to Labour last year.", "Sara Flint", "GOV"),
])
def test_actors_who_joins_or_leaves_a_party_is_its_member(nlp, text, mention, sector):
    assert by_text(actors(nlp, text, on=date(2005, 2, 1)), mention).sector == sector


def test_actors_name_tagged_as_organisation_after_an_honorific_is_a_person(nlp):
    from spacy.tokens import Span

    text = "Paul Rusk resigned from the council. Mr Rusk explained his reasons at a meeting."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 8, 9, "ORG")]     # "Rusk" after "Mr" mislabelled
    assert doc[8].text == "Rusk"
    refs = find_actors(doc, ON)
    rusk = [r for r in refs if r.text == "Mr Rusk"]
    assert rusk and (rusk[0].name, rusk[0].kind) == ("Paul Rusk", "person")


def test_actors_they_in_a_relative_clause_is_left_alone(nlp):
    text = "The charity Help the Aged says pensioners share the aims they want ministers to pursue."
    assert not [r for r in actors(nlp, text) if r.text == "they"]


@pytest.mark.parametrize("text, mention, sector", [
    ("Ofsted criticised the school.", "Ofsted", "GOV"),
    ("The British Medical Association warned ministers.", "The British Medical Association", "LAB"),
    ("The ACLU sued the state.", "The ACLU", "SOC"),
])
def test_actors_national_bodies(nlp, text, mention, sector):
    assert by_text(actors(nlp, text), mention).sector == sector


def test_actors_it_after_a_joined_verb_is_the_organisation_it_took_up(nlp):
    text = "Former presenter John Doe has quit the Scottish National Party and accused it of betraying voters."
    it = by_text(actors(nlp, text), "it")
    assert (it.name, it.kind) == ("Scottish National Party", "pronoun")


def test_actors_it_after_a_thing_is_left_alone(nlp):
    assert not [r for r in actors(nlp, "The minister read the report and praised it.") if r.text == "it"]


def test_actors_object_pronoun_is_the_other_person_of_its_sentence(nlp):
    text = ("Jane Roe attacked the plans on Monday. As Mr Lee presented the budget, the trade body urged him to "
            "cut taxes.")
    assert by_text(actors(nlp, text), "him").name == "Lee"


def test_actors_an_age_as_subject_is_the_person_named_before(nlp):
    text = "Jane Doe criticised the plan on Monday. The 52-year-old said ministers had ignored the warnings."
    assert by_text(actors(nlp, text), "The 52-year-old").name == "Jane Doe"


def test_actors_an_age_as_object_is_nobody_named_before(nlp):
    text = "Jane Doe criticised the plan on Monday. Police arrested the 52-year-old on Tuesday."
    assert "the 52-year-old" not in [r.text for r in actors(nlp, text)]
