"""The coder on sentences written for these tests, with actor mentions given by hand (resolvers are tested apart)."""
from __future__ import annotations

import pytest

from eventwire.code.coder import code_doc
from eventwire.read.model import Article
from eventwire.resolve import Mentions
from eventwire.resolve.model import ActorRef, Amount, Place, TimeRef

COUNTRIES = {"Russia": "RUS", "Russian": "RUS", "Ukraine": "UKR", "Ukrainian": "UKR", "Germany": "DEU",
             "France": "FRA", "Iran": "IRN", "Israel": "ISR", "Moscow": "RUS", "Kyiv": "UKR",
             "Olaf Scholz": "DEU", "Scholz": "DEU", "Emmanuel Macron": "FRA", "Macron": "FRA",
             "Tehran": "IRN", "Berlin": "DEU", "Paris": "FRA", "he": "DEU"}


def mentions_for(text: str, names: dict[str, str] = COUNTRIES, **extra) -> Mentions:
    actors = []
    for name, country in names.items():
        start = 0
        while (i := text.find(name, start)) >= 0:
            start = i + len(name)
            before = text[i - 1] if i else " "
            after = text[start] if start < len(text) else " "
            if before.isalpha() or after.isalpha():
                continue
            if any(a.start <= i < a.end for a in actors):
                continue
            kind = "person" if " " in name or name in ("Scholz", "Macron", "he") else "country"
            actors.append(ActorRef(name, i, start, name, country, "GOV", kind=kind))
    return Mentions(tuple(actors), tuple(extra.get("places", ())), tuple(extra.get("times", ())),
                    tuple(extra.get("amounts", ())))


@pytest.fixture
def code(nlp):
    def run(text: str, **extra):
        doc = nlp(text)
        return code_doc(doc, Article(body=text, published="2024-03-13"), mentions=mentions_for(text, **extra))
    return run


def summary(coded):
    return [(e.type, tuple(a.country for a in e.actor), tuple(a.country for a in e.recipient), e.status.value)
            for e in coded.events]


def test_coder_finds_verb_event_with_roles(code):
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in summary(code("Russia attacked Ukraine overnight."))


def test_coder_passive_voice_swaps_roles(code):
    assert ("ASSAULT", ("RUS",), ("UKR",), "asserted") in summary(code("Ukraine was attacked by Russia."))


def test_coder_coordinated_actors_make_one_event(code):
    events = [e for e in code("Germany and France criticised Iran.").events if e.type == "ACCUSE"]
    assert len(events) == 1
    assert {a.country for a in events[0].actor} == {"DEU", "FRA"}


@pytest.mark.parametrize("text, status", [
    ("Russia allegedly attacked Ukraine.", "hedged"),
    ("Russia will attack Ukraine.", "future"),
    ("Russia could attack Ukraine.", "hypothetical"),
    ("Russia did not attack Ukraine.", "negated"),
    ("Russia plans to attack Ukraine.", "future"),
    ("If Russia attacks Ukraine, prices will rise.", "hypothetical"),
    ("Russia is to attack Ukraine.", "future"),
    ("Russia is reported to have attacked Ukraine.", "hedged"),
    ("Russia will attack Ukraine if the talks fail.", "hypothetical"),        # an act on a condition
    ("Russia raised the possibility of an attack on Ukraine.", "hypothetical"),
    ("Russia raised the potential of an attack on Ukraine.", "hypothetical"),
    ("Russia declined to attack Ukraine.", "negated"),
    ("Trade saw its sharpest decline since the Russian attack on Ukraine.", "asserted"),   # a fall, no refusal
    ("Germany did not reopen its embassy after Russia's attack on Ukraine.", "asserted"),  # told as past
    ("Flights to Kyiv were not resumed due to the attack on Ukraine by Russia.", "asserted"),
    ("Talks will resume after the attack on Ukraine by Russia.", "future"),
    ("The slump is due to Russia's attack on Ukraine.", "asserted"),
    ("Russia is set to attack Ukraine.", "future"),
])
def test_coder_status_from_modality(code, text, status):
    statuses = {e.status.value for e in code(text).events if e.type == "ASSAULT"}
    assert statuses == {status}


def test_coder_event_inside_a_claim_is_claimed_never_a_fact(code):
    coded = code("Olaf Scholz said that Russia attacked Ukraine.")
    assault = [e for e in coded.events if e.type == "ASSAULT"]
    assert assault and all(e.status.value == "claimed" for e in assault)
    assert assault[0].claimed_by == "Olaf Scholz"
    assert coded.claims[0].speaker.name == "Olaf Scholz"
    assert coded.claims[0].content.startswith("Russia attacked Ukraine")


def test_coder_claim_after_the_content(code):
    coded = code("Russia attacked Ukraine, Macron said.")
    assert [e.status.value for e in coded.events if e.type == "ASSAULT"] == ["claimed"]


def test_coder_refusal_is_a_rejection_not_a_negation(code):
    events = [e for e in code("Iran rejected the proposal from France.").events if e.type == "REJECT"]
    assert events and events[0].status.value == "asserted"


def test_coder_date_place_and_amount_from_the_clause(code):
    text = "On Monday, Germany announced $2 billion in military aid to Ukraine in Berlin."
    day = text.index("Monday")
    city = text.index("Berlin")
    money = text.index("$2 billion")
    coded = code(text, times=[TimeRef("Monday", day, day + 6, "2024-03-11", "day")],
                 places=[Place("Berlin", city, city + 6, "Berlin", "DEU", 52.52, 13.40, 2950159)],
                 amounts=[Amount("$2 billion", money, money + 10, 2e9, "USD")])
    aid = [e for e in coded.events if e.type == "AID"]
    assert aid, summary(coded)
    event = aid[0]
    assert [a.country for a in event.actor] == ["DEU"] and [a.country for a in event.recipient] == ["UKR"]
    assert event.mode == "military" and event.cameo == "072"
    assert (event.date, event.date_source) == ("2024-03-11", "text")
    assert event.location.name == "Berlin"
    assert event.amount.value == 2e9 and event.amount.unit == "USD"
    assert body_slice(text, event.evidence.trigger_start, event.evidence.trigger_end) == event.evidence.trigger


def test_coder_undated_event_takes_publication_date_and_says_so(code):
    events = code("Russia attacked Ukraine.").events
    assert events[0].date == "2024-03-13" and events[0].date_source == "publication"


def body_slice(text: str, start: int, end: int) -> str:
    return text[start:end]


def test_coder_judgement_inside_a_statement_is_an_accusation(code):
    coded = code("Olaf Scholz said Iran's decision was reckless.")
    accuse = [e for e in coded.events if e.type == "ACCUSE"]
    assert [[a.country for a in e.actor] for e in accuse] == [["DEU"]]
    assert [a.country for a in accuse[0].recipient] == ["IRN"] and accuse[0].evidence.trigger == "reckless"


def test_coder_negated_judgement_judges_nobody(code):
    assert not [e for e in code("Olaf Scholz said Iran's decision was not reckless.").events if e.type == "ACCUSE"]


def test_coder_verbal_attack_by_a_politician_is_an_accusation(code):
    types = {e.type for e in code("Emmanuel Macron attacked Olaf Scholz over the budget.").events}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_coder_two_sided_act_needs_a_recipient(code):
    assert not [e for e in code("Germany promised to cut taxes.").events if e.type == "AGREE"]


def test_coder_denied_event_is_negated_by_its_speaker(code):
    events = [e for e in code("Iran denied attacking Israel.").events if e.type == "ASSAULT"]
    assert events and events[0].status.value == "negated" and events[0].claimed_by == "Iran"


def test_coder_raised_subject_is_the_actor(code):
    events = [e for e in code("Russia is believed to have attacked Ukraine.").events if e.type == "ASSAULT"]
    assert events and [a.country for a in events[0].actor] == ["RUS"] and events[0].status.value == "hedged"


def test_coder_threat_takes_the_target_of_the_threatened_act(code):
    events = [e for e in code("Russia threatened to attack Ukraine.").events if e.type == "THREATEN"]
    assert events and [a.country for a in events[0].recipient] == ["UKR"]


def test_coder_story_type_from_the_lede(nlp):
    from eventwire.pipeline import code_text

    coded = code_text("Russian troops shelled Kharkiv on Monday, killing four people. Later, officials in Kyiv "
                      "met aid agencies to discuss repairs.", published="2024-03-13", title="Russia shells Kharkiv")
    assert coded.story_type == "ASSAULT" and coded.main_event.type == "ASSAULT"


def _domestic(text: str, people: dict[str, tuple[str, str | None, str]]) -> Mentions:
    """Mentions of a one-country story: name -> (country, sector, kind)."""
    actors = []
    for name, (country, sector, kind) in people.items():
        start = 0
        while (i := text.find(name, start)) >= 0:
            start = i + len(name)
            actors.append(ActorRef(name, i, start, name, country, sector, kind=kind))
    return Mentions(tuple(sorted(actors, key=lambda a: a.start)), (), (), ())


LAKELAND = {"Ann Vale": ("LKL", "OPP", "person"), "Lakeland": ("LKL", "GOV", "country"),
            "Tom Reed": ("LKL", "GOV", "person"), "Mr Reed": ("LKL", "GOV", "person"),
            "Acme Foods": ("LKL", "BUS", "organisation")}


def _code_domestic(nlp, text):
    return code_doc(nlp(text), Article(body=text, published="2024-03-13"), mentions=_domestic(text, LAKELAND))


def test_coder_criticism_with_no_target_named_is_addressed_to_the_government(nlp):
    coded = _code_domestic(nlp, "Lakeland plans new roads. The opposition spokeswoman Ann Vale branded the "
                                "scheme a shambles.")
    accuse = [e for e in coded.events if e.type == "ACCUSE"]
    assert accuse and [a.country for a in accuse[0].actor] == ["LKL"]
    assert [(a.country, a.sector, a.kind) for a in accuse[0].recipient] == [("LKL", "GOV", "implicit")]


def test_coder_international_ngo_criticism_is_addressed_to_the_government(nlp):
    people = {**LAKELAND, "Rights Watchers International": ("IGO", "NGO", "organisation")}
    text = ("Lakeland plans to strip two men of their passports. Tom Reed defended the move. Rights Watchers "
            "International condemned the decision as unlawful.")
    coded = code_doc(nlp(text), Article(body=text, published="2024-03-13"), mentions=_domestic(text, people))
    accuse = [e for e in coded.events if e.type == "ACCUSE"]
    assert accuse and [(a.country, a.sector) for a in accuse[0].recipient] == [("LKL", "GOV")]


def test_coder_company_refusal_and_bare_question_have_no_addressee(nlp):
    coded = _code_domestic(nlp, "Lakeland plans new roads. Acme Foods refused to comment. \"Why now?\" "
                                "Ann Vale asked.")
    assert not [e for e in coded.events if any(r.kind == "implicit" for r in e.recipient)]


def test_coder_untargeted_judgement_needs_a_country_to_address(code):
    assert not [e for e in code('"It is a shambles," the spokesman said.').events if e.type == "ACCUSE"]


def test_coder_obligation_in_a_statement_is_a_request(code):
    events = [e for e in code('"Russia must withdraw its troops," Olaf Scholz said.').events if e.type == "REQUEST"]
    assert events and [a.country for a in events[0].actor] == ["DEU"]
    assert [a.country for a in events[0].recipient] == ["RUS"]


def test_coder_foretold_consequence_is_no_request(code):
    assert not [e for e in code("Olaf Scholz said Russia would have to pay more.").events if e.type == "REQUEST"]


def test_coder_object_of_asking_does_the_infinitive(code):
    events = [e for e in code("Olaf Scholz asked Iran to attack Israel.").events if e.type == "ASSAULT"]
    assert events and [a.country for a in events[0].actor] == ["IRN"]


def test_coder_directive_with_infinitive_is_a_request(code):
    events = [e for e in code("Macron told Iran to release the prisoners.").events if e.type == "REQUEST"]
    assert events and [a.country for a in events[0].recipient] == ["IRN"]


def test_coder_past_participle_takes_its_noun_as_recipient(code):
    events = [e for e in code("Four Ukrainian soldiers killed by Russia were buried on Monday.").events
              if e.type == "ASSAULT"]
    assert events and [a.country for a in events[0].actor] == ["RUS"]
    assert [a.country for a in events[0].recipient] == ["UKR"]
    assert events[0].recipient[0].text == "Ukrainian soldiers"


def test_coder_first_person_in_a_quote_is_the_speaker(code):
    events = [e for e in code('"We condemn Iran," Olaf Scholz said.').events if e.type == "ACCUSE"]
    assert events and [a.text for a in events[0].actor] == ["Olaf Scholz"]


def test_coder_particle_heading_an_event_noun_is_no_particle(code):
    types = [e.type for e in code("Germany will give five million euros in aid to Ukraine.").events]
    assert "AID" in types and "CONCEDE" not in types


def test_coder_threatened_act_is_the_threat_not_an_event(nlp):
    coded = _code_domestic(nlp, "Lakeland plans new courts. Ann Vale threatened to resign.")
    types = [e.type for e in coded.events]
    assert "THREATEN" in types and "RETREAT" not in types


def test_coder_challenge_to_act_is_a_request(code):
    events = [e for e in code("Germany challenged Iran to open its sites.").events if e.type == "REQUEST"]
    assert events and [a.country for a in events[0].recipient] == ["IRN"]


@pytest.mark.parametrize("text, type_", [
    ("Russian and Iranian warships held joint naval exercises.", "COOPERATE"),   # "joint" picks the second sense
    ("Russia held naval exercises near the border.", "MOBILIZE"),               # the default sense
])
def test_coder_second_senses_picked_by_their_cues(nlp, text, type_):
    from eventwire.code.acts import main_act

    assert main_act(nlp(text)).type == type_


@pytest.mark.parametrize("text, type_", [
    ("Russian troops withdrew from Kyiv.", "RETREAT"),            # from a place: a retreat from territory
    ("Russia withdrew from the Council of Europe.", "SANCTION"),   # from a body: leaving it
])
def test_coder_withdrawal_from_a_place_is_a_retreat(nlp, text, type_):
    from eventwire.pipeline import code_text

    assert type_ in {e.type for e in code_text(text, published="2024-03-13").events}


def _triggers(nlp, text):
    from eventwire.code.events import find_triggers
    from eventwire.code.lexicon import load_lexicon
    from eventwire.code.mentions import MentionIndex

    doc = nlp(text)
    return [(f.trigger.type, f.mode) for f in find_triggers(doc[:], load_lexicon(), MentionIndex(doc, []))]


@pytest.mark.parametrize("text, type_, mode", [
    # MOBILIZE: forces called up, called in, called or ordered somewhere, put on active duty, formed
    ("The interior minister called in riot police to restore order.", "MOBILIZE", "police"),
    ("Hundreds of soldiers were called to the border.", "MOBILIZE", "troops"),       # through the quantity
    ("The president ordered troops into the northern province.", "MOBILIZE", "troops"),
    ("The general called upon reservists ahead of the offensive.", "MOBILIZE", "troops"),
    ("Local militia units were called into action on Monday.", "MOBILIZE", None),
    ("The rebel commander called his followers to arms.", "MOBILIZE", None),
    ("A new paramilitary unit was formed in the province.", "MOBILIZE", "militia"),  # the kind of a collective
    # RETREAT: hostilities ending, observers let back in, seized goods returned
    ("Fighting stopped across the region on Sunday.", "RETREAT", "ceasefire"),       # the object as subject
    ("Hostilities ceased after midnight.", "RETREAT", "ceasefire"),
    ("UN monitors were allowed back into the country.", "RETREAT", "access"),
    ("The rebels returned seized property to the villagers.", "RETREAT", "return"),  # past a misread participle
    # PROTEST: obstructing a crossing; SUPPORT: regard expressed
    ("Farmers blocked the border with their tractors.", "PROTEST", "obstruct"),
    ("The two leaders expressed deep respect for each other.", "SUPPORT", None),
    # COERCE: a person expelled is deported; platforms taken down are censored; a cyber attack is no ASSAULT
    ("The government expelled a foreign journalist.", "COERCE", "deport"),
    ("Authorities suspended several social media platforms.", "COERCE", "censor"),
    ("Hackers launched a cyber attack on the ministry.", "COERCE", "cyber"),
    # a declared ceasefire is a concession, also hyphenated and past its article
    ("The government declared a cease-fire on Friday.", "CONCEDE", None),
    ("The government finally gave into the strikers' demands.", "CONCEDE", None),
    # SANCTION withdraw: leaving talks; a body without forces leaving a country (PLOVER's non-military withdrawal)
    ("The opposition quit the peace talks on Tuesday.", "SANCTION", "withdraw"),
    ("The aid agency withdrew from Mali last month.", "SANCTION", "withdraw"),
    ("The rebels laid down their arms.", "RETREAT", "disarm"),                 # the object after the particle
    ("Foreign firms increased investment in the region.", "COOPERATE", None),
    # modes: a one-word trigger's default mode yields to its own modifier's; what is deployed names the mode
    ("The jailed activist began a hunger strike.", "PROTEST", "hunger"),
    ("The navy deployed two frigates to the strait.", "MOBILIZE", "weapons"),
    ("The army lifted checkpoints around the city.", "RETREAT", "withdraw"),
    ("The government allowed peacekeepers into the border zone.", "RETREAT", "access"),
    ("The authorities returned the seized passports to the journalists.", "RETREAT", "return"),
    # the act asked for, refused or threatened names the mode (asked_modes.tsv, typer.threat_mode)
    ("Britain urged Iran to free the sailors.", "REQUEST", "yield"),
    ("The opposition called on the government to hold talks with the rebels.", "REQUEST", "meet"),
    ("Germany asked France to send more weapons to Ukraine.", "REQUEST", "assist"),
    ("The union urged the minister to resign.", "REQUEST", "change"),
    ("The senators pressed the agency to investigate the leak.", "REQUEST", "change"),
    ("Russia threatened to cut off gas supplies to Ukraine.", "THREATEN", "relations"),
])
def test_coder_senses_of_the_types_modes(nlp, text, type_, mode):
    found = _triggers(nlp, text)
    assert (type_, mode) in found, found


@pytest.mark.parametrize("text, absent", [
    ("The president ordered troops to leave the city.", "MOBILIZE"),   # the infinitive's "to" is another act
    ("The committee formed a working group.", "MOBILIZE"),             # a collective noun of no armed kind
    ("Hackers launched a cyber attack on the ministry.", "ASSAULT"),   # the compound takes the verb's noun
    ("The diplomats expelled last week flew home.", "COERCE"),         # diplomats stay SANCTION expel
    ("The cleric called on his followers to take up arms.", "MOBILIZE"),  # "to" stood for by another verb
    ("Russian troops withdrew from Kherson.", "SANCTION"),             # forces leaving a place retreat
    ("The ministry destroyed thousands of old files.", "ASSAULT"),     # records kept or shed, no attack
    ("The e-mails were destroyed last year.", "ASSAULT"),
    ("The breakaway group poses a threat to the ruling party.", "THREATEN"),   # a danger, no threat made
])
def test_coder_senses_not_read_into_other_phrases(nlp, text, absent):
    assert absent not in {t for t, _ in _triggers(nlp, text)}


@pytest.mark.parametrize("text, type_", [
    ("Police suspect the gang of smuggling arms into Britain.", "ACCUSE"),   # suspecting someone of something
    ("Iran made a threat against Israel.", "THREATEN"),                      # a threat made is one
])
def test_coder_senses_kept_outside_their_other_frames(nlp, text, type_):
    assert type_ in {t for t, _ in _triggers(nlp, text)}


@pytest.mark.parametrize("text, type_, recipient", [
    ("Russia launched a legal challenge against Ukraine at the court.", "ACCUSE", "UKR"),   # CAMEO 115, a lawsuit
    ("Germany raised questions about Iran's nuclear sites.", "ACCUSE", None),
])
def test_coder_legal_challenges_and_questions_raised_accuse(code, text, type_, recipient):
    events = [e for e in code(text).events if e.type == type_]
    assert events
    if recipient:
        assert [a.country for a in events[0].recipient] == [recipient]


def test_coder_a_resignation_told_twice_is_one_event(nlp):
    text = "Tom Reed resigned on Monday over the roads plan. Tom Reed told reporters he was resigning in protest."
    coded = code_doc(nlp(text), Article(body=text, published="2024-03-13"), mentions=_domestic(text, LAKELAND))
    assert len([e for e in coded.events if e.type == "RETREAT"]) == 1


def test_coder_two_people_resigning_are_two_events(nlp):
    coded = _code_domestic(nlp, "Tom Reed resigned on Monday. Ann Vale resigned on Tuesday.")
    assert len([e for e in coded.events if e.type == "RETREAT"]) == 2


def test_coder_spelt_out_phrase_keeps_its_compound(nlp):
    assert _triggers(nlp, "Police used tear gas on the crowd.") == [("ASSAULT", "crowd-control")]


@pytest.mark.parametrize("text", [
    "Ceasefire Takes Hold In The North",          # a capitalised event word the recognizer takes for a name
    "Rebels and the army sign Ceasefire in Goma",
])
def test_coder_event_word_read_as_a_name_is_still_a_trigger(nlp, text):
    assert ("RETREAT", "ceasefire") in _triggers(nlp, text)


def test_coder_headline_verb_tagged_as_noun_is_read_as_a_verb(nlp):
    assert ("SUPPORT", None) in _triggers(nlp, "Serbia and Slovenia ratify agreement on cultural exchange")


@pytest.mark.parametrize("text, target", [
    ("Germany condemned the bombings targeted at Russian forces.", "RUS"),
    ("The attacks, which seemed to be aimed at Ukraine, failed.", "UKR"),
])
def test_coder_attack_takes_the_target_it_was_aimed_at(code, text, target):
    events = [e for e in code(text).events if e.type == "ASSAULT"]
    assert events and target in {a.country for a in events[0].recipient}


def test_coder_a_decision_needs_the_one_who_decided(code):
    assert summary(code("The ambassador of Russia was expelled on Monday.")) == []
    assert summary(code("Two hostages from Ukraine were released on Monday.")) == []
    # an attack whose doer the news cannot name is still an attack
    assert [e[0] for e in summary(code("Ukraine was attacked on Monday."))] == ["ASSAULT"]


def test_coder_the_host_is_no_party_to_talks_nobody_held(code):
    text = "Talks were held in Berlin on Monday."
    at = text.index("Berlin")
    berlin = Place("Berlin", at, at + 6, "Berlin", "DEU", 52.5, 13.4, 2950159)
    events = code(text, places=[berlin]).events
    assert summary(code(text, places=[berlin])) == [("CONSULT", (), (), "asserted")]    # a meeting, in Berlin
    assert events[0].location.name == "Berlin"


@pytest.mark.parametrize("text, trigger, judged", [
    ('"This is typical of Moscow hypocrisy," Olaf Scholz said.', "hypocrisy", "RUS"),
    ('"The sanctions will be one of the great failures of Iran," Olaf Scholz said.', "failures", "IRN"),
    ('"I think Iran has over-reacted," Olaf Scholz said.', "reacted", "IRN"),
])
def test_coder_evaluative_noun_judges_its_owner(code, text, trigger, judged):
    accuse = [e for e in code(text).events if e.type == "ACCUSE"]
    assert accuse and accuse[0].evidence.trigger == trigger
    assert [a.country for a in accuse[0].actor] == ["DEU"] and [a.country for a in accuse[0].recipient] == [judged]


@pytest.mark.parametrize("text", [
    "Germany will take part in the next round.",
    "Germany demonstrated that the scheme works.",
    "Olaf Scholz refused to confirm the rumour.",
    "Germany dismissed questions about the budget.",
])
def test_coder_a_trigger_word_in_another_sense_is_no_event(code, text):
    assert summary(code(text)) == []


def test_coder_a_quotation_running_on_in_its_paragraph_stays_the_speakers(code):
    text = ('"Iran must come back to the table," Olaf Scholz said. "The talks will be one of the great failures '
            'of Iran if it walks away." He spoke in Berlin on Monday.')
    accuse = [e for e in code(text).events if e.type == "ACCUSE"]
    assert accuse and [a.country for a in accuse[0].actor] == ["DEU"] and accuse[0].evidence.trigger == "failures"
    assert accuse[0].evidence.sentence.startswith('"The talks')


def test_coder_a_judgement_in_a_relative_clause_judges_whom_it_describes(code):
    text = '"Voters can choose between Iran, which wants to waste more, and a fairer deal," Olaf Scholz said.'
    accuse = [e for e in code(text).events if e.type == "ACCUSE"]
    assert accuse and [a.country for a in accuse[0].recipient] == ["IRN"]


def test_coder_a_passive_exclusion_is_by_the_body_it_is_from(code):
    events = [e for e in code("Russia was suspended from the council of Germany on Monday.").events
              if e.type == "SANCTION"]
    assert events and [a.country for a in events[0].actor] == ["DEU"]
    assert [a.country for a in events[0].recipient] == ["RUS"]


def test_coder_a_document_stands_for_its_author(code):
    text = "Iran published a report on the talks. The report was welcomed by Olaf Scholz on Monday."
    support = [e for e in code(text).events if e.type == "SUPPORT"]
    assert support and [a.country for a in support[0].actor] == ["DEU"]
    assert [a.country for a in support[0].recipient] == ["IRN"]


def test_coder_a_judged_thing_someone_has_judges_its_holder(code):
    text = '"France worries because Iran has a reckless plan," Olaf Scholz said.'
    accuse = [e for e in code(text).events if e.type == "ACCUSE"]
    assert accuse and [a.country for a in accuse[0].recipient] == ["IRN"]


def test_coder_a_stance_adjective_with_a_clause_judges_nobody(code):
    assert not [e for e in code('"Iran is confident that the talks will work," Olaf Scholz said.').events
                if e.type == "SUPPORT"]


def test_coder_a_refusal_to_act_is_still_a_rejection(code):
    assert [e[0] for e in summary(code("Germany refused to meet the envoy of Iran."))] == ["REJECT"]


def test_coder_giving_money_is_aid_and_giving_a_speech_is_nothing(code):
    assert summary(code("Germany gave Ukraine $50m in March.")) == [("AID", ("DEU",), ("UKR",), "asserted")]
    assert summary(code("Olaf Scholz gave a speech to Ukraine.")) == []


def test_coder_an_allegation_accuses_the_subject_of_its_clause(code):
    assert summary(code("Germany alleged that Iran had cheated.")) == [("ACCUSE", ("DEU",), ("IRN",), "asserted")]


def test_coder_is_alleged_to_have_is_a_hedge_not_an_accusation(code):
    assert not [e for e in code("Iran is alleged to have misled Germany.").events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, place, mode, cameo", [
    # who met and where gives a meeting its mode (PLOVER CONSULT modes; CAMEO 042, 043, 044)
    ("The German chancellor met the French president in Geneva on Monday.", ("Geneva", "CHE"), "third-party", "044"),
    ("The German chancellor held talks with Chinese leaders in Beijing on Monday.", ("Beijing", "CHN"), "visit",
     "042"),
    ("The German chancellor met the French president in Berlin on Monday.", ("Berlin", "DEU"), "visit", "043"),
    ("Germany and France held talks in Oman on Tuesday.", ("Oman", "OMN"), "third-party", "044"),
])
def test_coder_meeting_mode_from_who_met_where(code, text, place, mode, cameo):
    at = text.index(place[0])
    where = Place(place[0], at, at + len(place[0]), place[0], place[1], 0.0, 0.0, 1)
    meetings = [e for e in code(text, places=[where]).events if e.type == "CONSULT"]
    assert meetings and (meetings[0].mode, meetings[0].cameo) == (mode, cameo)


def test_coder_two_sides_meeting_abroad_do_not_meet_the_host(code):
    text = "Germany and France held talks in Oman on Tuesday."
    at = text.index("Oman")
    coded = code(text, places=[Place("Oman", at, at + 4, "Oman", "OMN", 21.0, 57.0, 1)])
    assert summary(coded) == [("CONSULT", ("DEU", "FRA"), (), "asserted")]
    assert coded.events[0].location.country == "OMN"


@pytest.mark.parametrize("text, type_", [
    ("Germany and France signed a trade deal on Monday.", "COOPERATE"),
    ("Germany and France signed a deal.", "SUPPORT"),          # signing (CAMEO 057) is mutual
])
def test_coder_a_mutual_act_of_two_named_sides_needs_no_recipient(code, text, type_):
    assert summary(code(text)) == [(type_, ("DEU", "FRA"), (), "asserted")]


def test_coder_a_one_sided_act_of_two_named_sides_still_needs_a_recipient(code):
    assert summary(code("Germany and France demanded an apology.")) == []


@pytest.mark.parametrize("text, type_, actors", [
    # one noun of several sides: each side is an actor of the one event
    ("British and French troops attacked the town.", "ASSAULT", ("GBR", "FRA")),
    ("Iranian and American negotiators held talks on Tuesday.", "CONSULT", ("IRN", "USA")),
    ("The foreign ministers of Germany and France met on Monday.", "CONSULT", ("DEU", "FRA")),
    ("Leaders of Germany, France and Italy met on Monday.", "CONSULT", ("DEU", "FRA", "ITA")),
])
def test_coder_a_noun_shared_by_coordinated_sides(code, text, type_, actors):
    events = [e for e in code(text).events if e.type == type_]
    assert len(events) == 1 and tuple(a.country for a in events[0].actor) == actors


def test_coder_three_sides_meet_multilaterally(code):
    events = code("Leaders of Germany, France and Italy met on Monday.").events
    assert events[0].mode == "multilateral"


@pytest.mark.parametrize("text, type_", [
    ("French teachers will strike on Monday over pay.", "PROTEST"),          # who strikes
    ("Kenyan doctors strike over unpaid wages.", "PROTEST"),
    ("British bus drivers struck over pensions on Monday.", "PROTEST"),     # what over
    ("Israeli jets struck targets in Gaza.", "ASSAULT"),
    ("Russian missiles struck Kyiv overnight.", "ASSAULT"),
])
def test_coder_strike_as_a_verb_by_who_strikes_and_what_over(code, text, type_):
    assert [e.type for e in code(text).events] == [type_]


@pytest.mark.parametrize("text", [
    "A bomb went off near the harbour gate, and the explosion broke every window on the quay.",
    "Nobody has yet been named as responsible for the shooting at the night market.",
    "Two grenades exploded in the crowded square on Sunday evening.",
    "Two grenades exploded in the crowded square, wounding six people.",
    "Investigators are still piecing together the failed assassination attempt.",
])
def test_coder_physical_assault_with_no_doer_named_has_an_unidentified_actor(code, text):
    events = [e for e in code(text).events if e.type == "ASSAULT"]
    assert events and events[0].actor and events[0].actor[0].sector == "UNK" and events[0].actor[0].kind == "implicit"


@pytest.mark.parametrize("text", [
    "Demand for the phones exploded after the launch.",
    "She fought a long battle against the illness.",
    "His attack on the plan was the sharpest of the week.",
    "Lawyers asked whether the confession had been obtained under torture.",
    "Two of the men charged over the bomb plot were released on bail.",
    "Staff feared there was a bomb somewhere in the station.",
])
def test_coder_figurative_or_generic_violence_with_nobody_placed_is_no_event(code, text):
    assert not [e for e in code(text).events if e.type == "ASSAULT"]


def test_coder_coordinated_participle_shares_the_passive_subject(code):
    events = code("Last spring Iran was sanctioned and then accused of hiding its stockpile.").events
    accused = [e for e in events if e.type == "ACCUSE"]
    assert accused and [a.country for a in accused[0].recipient] == ["IRN"]


def test_coder_blast_is_an_explosion_as_a_noun_and_criticism_as_a_verb(code):
    assert [e.mode for e in code("The blast shattered the windows of the town hall.").events
            if e.type == "ASSAULT"] == ["explosives"]
    assert not code("A blast of freezing wind swept the harbour.").events
    assert {e.type for e in code("Macron blasted Olaf Scholz over the budget.").events} == {"ACCUSE"}


def test_coder_noun_of_a_violent_act_takes_its_victim_with_of(code):
    events = [e for e in code("The killing of a Russian diplomat was condemned.").events if e.type == "ASSAULT"]
    assert events and [a.country for a in events[0].recipient] == ["RUS"]


@pytest.mark.parametrize("text", [
    "Germany has signed a contract to supply Ukraine with tanks.",
    "Germany is willing to send aid to Ukraine.",
])
def test_coder_act_a_contract_or_a_willingness_looks_to_is_future(code, text):
    assert {e.status.value for e in code(text).events if e.type == "AID"} == {"future"}


def test_coder_killing_is_never_an_attack_in_words(code):
    names = {"Jan Novak": "CZE", "Petr Dvorak": "CZE"}
    types = {e.type for e in code("Jan Novak shot Petr Dvorak outside the town hall.", names=names).events}
    assert "ASSAULT" in types and "ACCUSE" not in types
    types = {e.type for e in code("Jan Novak attacked Petr Dvorak over the budget.", names=names).events}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_coder_attack_word_keeps_its_physical_sense_through_the_story(code):
    story = ("A car bomb exploded outside the police station on Monday. "
             "The attacks were the worst the city had seen in a decade.")
    attacks = [e for e in code(story).events if e.type == "ASSAULT" and e.evidence.trigger == "attacks"]
    assert attacks and attacks[0].actor[0].sector == "UNK"
    assert not [e for e in code("The attacks were the worst the city had seen in a decade.").events
                if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Two soldiers from France were killed in an accidental explosion at the depot.",
    "The shell detonated accidentally while engineers from Germany were moving it.",
    "A driver from Russia was killed in an accident on the motorway.",
    "The mine went off accidentally, killing two deminers from Ukraine.",
])
def test_coder_accident_is_no_assault(code, text):
    assert not [e for e in code(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "The minister met two Russian soldiers accused of carrying out the attack on Ukraine.",
    "Russian units were responsible for the shelling of the Ukrainian port.",
    "Moscow claimed responsibility for the bombing of the Ukrainian depot.",
])
def test_coder_who_answers_for_an_attack_is_its_actor(code, text):
    events = [e for e in code(text).events if e.type == "ASSAULT"]
    assert events and "RUS" in {a.country for a in events[0].actor}


def test_coder_what_an_explosion_did_has_no_actor_of_its_own(code):
    events = [e for e in code("The town hall in Kyiv was wrecked by a blast, killing two guards.").events
              if e.type == "ASSAULT"]
    assert events and all(a.kind == "implicit" for a in events[0].actor)


@pytest.mark.parametrize("text", [
    "Russia's invasion of Ukraine began in 2022.",
    "The invasion of Ukraine by Russia shocked Europe.",
])
def test_coder_a_country_left_as_a_place_is_the_target_of_an_event_noun(code, text):
    assert summary(code(text)) == [("ASSAULT", ("RUS",), ("UKR",), "asserted")]
