"""Claims: each pattern on sentences written for these tests, with a case that must not be a claim."""
from __future__ import annotations

import pytest

from eventwire.code.claims import ClaimScope, find_claims
from eventwire.code.mentions import MentionIndex


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text: str) -> list[ClaimScope]:
        doc = nlp(text)
        index = MentionIndex(doc, [])
        return [scope for sent in doc.sents for scope in find_claims(sent, index)]
    return run


def only(scopes: list[ClaimScope]) -> ClaimScope:
    assert len(scopes) == 1, [s.claim for s in scopes]
    return scopes[0]


def test_claims_quotation_before_the_speaker_and_verb(claims_of):
    claim = only(claims_of("\u201cThe bridge will close next week,\u201d the mayor said.")).claim
    assert claim.cue == "said" and "mayor" in claim.speaker.text
    assert "bridge will close next week" in claim.content


def test_claims_speaker_after_the_verb(claims_of):
    claim = only(claims_of("\u201cWe will win this seat easily,\u201d said Jane Porter.")).claim
    assert "Porter" in claim.speaker.text and "win this seat" in claim.content


def test_claims_quotation_runs_on_into_the_next_sentence(claims_of):
    text = "\u201cThe plan is ready,\u201d she said. \u201cWe start building on Monday.\u201d"
    claim = only(claims_of(text)).claim
    assert "plan is ready" in claim.content and "start building on Monday" in claim.content


def test_claims_quotation_followed_by_its_own_cue_is_not_run_on(claims_of):
    text = "\u201cThe plan is ready,\u201d she said. \u201cIt is far too late,\u201d the rival answered."
    scopes = claims_of(text)
    assert len(scopes) == 2
    assert "too late" not in scopes[0].claim.content


def test_claims_parenthetical_cue_takes_the_clause_around_it(claims_of):
    claim = only(claims_of("The talks, the minister said, will resume in June.")).claim
    assert "talks" in claim.content and "resume in June" in claim.content


def test_claims_cue_and_colon_then_quotation(claims_of):
    claim = only(claims_of("The senator told reporters: \u201cThis bill is dead and buried.\u201d")).claim
    assert claim.cue == "told" and "bill is dead" in claim.content


def test_claims_any_verb_of_a_person_beside_a_quotation(claims_of):
    claim = only(claims_of("\u201cNobody wants another winter like this one,\u201d she sighed.")).claim
    assert claim.cue == "sighed"
    assert claims_of("She sighed and closed the window.") == []


def test_claims_quoted_title_is_not_speech(claims_of):
    assert claims_of("He visited the \u201cOld Mill\u201d in the spring.") == []


def test_claims_object_frame_records_a_stance_without_attributing_its_events(claims_of):
    scope = only(claims_of("The governor criticized the new budget."))
    assert scope.claim.content == "the new budget"
    assert scope.first > scope.last          # events in a stance's object are not the governor's report
    assert claims_of("The governor read the new budget.") == []


def test_claims_complement_frame_needs_what_is_said_of_the_object(claims_of):
    claim = only(claims_of("Smith called the plan reckless.")).claim
    assert "plan reckless" in claim.content
    assert claims_of("Smith called his mother.") == []


def test_claims_infinitive_of_intention(claims_of):
    scope = only(claims_of("The company plans to open a factory in Ohio."))
    assert "open a factory" in scope.claim.content and scope.first > scope.last
    assert claims_of("The company will open a factory in Ohio.") == []


def test_claims_noun_cue_in_a_possessors_view(claims_of):
    claim = only(claims_of("In Mr. Lowe's view, the market will recover by spring.")).claim
    assert "Lowe" in claim.speaker.text and "market will recover" in claim.content


def test_claims_cue_inside_a_quotation_belongs_to_the_quoted_speaker(claims_of):
    claim = only(claims_of("\u201cI think the vote was fair,\u201d Smith said.")).claim
    assert claim.cue == "said"


def test_claims_name_and_colon_opening_a_headline(claims_of):
    claim = only(claims_of("Jane Porter: The economy is slowing down")).claim
    assert claim.cue == ":" and "Porter" in claim.speaker.text and "economy is slowing" in claim.content
    assert claims_of("Update: The economy is slowing down") == []


def test_claims_quotation_signed_with_a_dash(claims_of):
    claim = only(claims_of("\u201cNever give up on your neighbors.\u201d \u2014 Jane Porter")).claim
    assert "Porter" in claim.speaker.text and "give up" in claim.content


def test_claims_pronoun_speaker_takes_the_name_of_the_person_before_it(claims_of):
    text = "Jane Porter, the city's mayor, arrived on Monday. She said the bridge would close."
    claim = only(claims_of(text)).claim
    assert claim.speaker.text == "She" and claim.speaker.name == "Jane Porter"


def test_claims_denial_negates_its_clause(claims_of):
    scope = only(claims_of("The ministry denied that troops had crossed the border."))
    assert scope.denial and "troops had crossed" in scope.claim.content


def test_claims_instruction_is_not_a_statement(claims_of):
    assert claims_of("The manager told staff to delete the files.") == []


def test_claims_description_speaker_keeps_its_text_and_takes_the_name_before_it(nlp):
    from eventwire.resolve.model import ActorRef

    text = "Jane Porter, the city's mayor, arrived on Monday. The mayor said the bridge would close."
    doc = nlp(text)
    at = text.index("The mayor")
    described = ActorRef(text="The mayor", start=at, end=at + 9, name="mayor", kind="person")
    index = MentionIndex(doc, [described])
    claim = only([s for sent in doc.sents for s in find_claims(sent, index)]).claim
    assert claim.speaker.text == "The mayor" and claim.speaker.name == "Jane Porter"
    # an indefinite description is someone new: no name is borrowed
    text = "Jane Porter arrived on Monday. A spokesman said the bridge would close."
    doc = nlp(text)
    claim = only([s for sent in doc.sents for s in find_claims(sent, MentionIndex(doc, []))]).claim
    assert claim.speaker.name != "Jane Porter"


def test_claims_straight_quotes_reopened_paragraph_by_paragraph(claims_of):
    # a quotation of several paragraphs run together: each reopens with a mark, only the last one closes
    text = ('The mayor said: "The bridge is unsafe. "Traffic will use the ring road." A spokeswoman for the county council told reporters that repairs would take a year.')
    scopes = claims_of(text)
    told = [s.claim for s in scopes if s.claim.cue == "told"]
    assert told and "spokeswoman" in told[0].speaker.text and "repairs would take a year" in told[0].content


def test_claims_name_in_apposition_speaks(claims_of):
    claim = only(claims_of("The director of the clinic, Anna Berg, warned that waiting lists would grow.")).claim
    assert claim.speaker.text == "Anna Berg"


def test_claims_a_document_speaks_for_its_author(claims_of):
    claim = only(claims_of("A report by the Audit Commission says the scheme wasted money.")).claim
    assert "Audit Commission" in claim.speaker.text
    claim = only(claims_of("The report says the scheme wasted money.")).claim
    assert claim.speaker.text == "The report"      # no author named: the document itself


def test_claims_he_said_names_the_last_speaker_not_a_name_in_the_quotation(claims_of):
    text = ('Peter Hale, the party chairman, said the campaign was going well. Tom Reed chaired the meeting. '
            '"Nobody cares what Mark Dale thinks," he added.')
    added = [s.claim for s in claims_of(text) if s.claim.cue == "added"]
    assert added and added[0].speaker.text == "he" and "Hale" in (added[0].speaker.name or "")


def test_claims_she_does_not_name_a_man(claims_of):
    text = ('A spokesman for the council said the road would reopen. A spokeswoman for the police said '
            'officers were ready. She said patrols would double.')
    last = [s.claim for s in claims_of(text) if s.claim.content.startswith("patrols")]
    assert last and "spokesman" not in (last[0].speaker.name or "")


def test_claims_description_takes_the_name_the_article_gives_that_title():
    from eventwire.pipeline import code_text

    text = ("The health commissioner says hospitals must publish waiting times.\n\n"
            "Health Commissioner Anna Berg set out the rules on Monday.")
    claim = [c for c in code_text(text, published="2005-02-01").claims if c.cue == "says"][0]
    assert claim.speaker.text == "The health commissioner" and claim.speaker.name == "Anna Berg"


def test_claims_according_to_after_the_clause(claims_of):
    claim = only(claims_of("The deficit will grow next year, according to Mr Smith.")).claim
    assert claim.cue == "according to" and "Smith" in claim.speaker.text
    assert claim.content == "The deficit will grow next year"


def test_claims_according_to_figures_from_an_author(claims_of):
    claim = only(claims_of("Crime fell by a tenth, according to figures released by the Home Office.")).claim
    assert "Home Office" in claim.speaker.text


def test_claims_a_quoted_word_is_not_the_speaker(claims_of):
    text = ('"He cared more about his own party than about ours, so it was good knowing him, now \'farewell\'," '
            'Mr Dunn told the radio station.')
    told = [s.claim for s in claims_of(text) if s.claim.cue == "told"]
    assert all("farewell" not in c.speaker.text for c in told)
    assert not told or "Dunn" in told[0].speaker.text


def test_claims_capitalised_title_with_a_name_in_apposition(claims_of):
    text = "Director of Public Health, Anna Berg QC, who sits on the board, said the clinics would reopen."
    said = [s.claim for s in claims_of(text) if s.claim.cue == "said"]
    assert said and "Berg" in said[0].speaker.text


def test_claims_a_lead_title_takes_the_name_the_next_sentence_gives():
    from eventwire.pipeline import code_text

    text = ("The schools commissioner says class sizes must fall next year.\n\n"
            "Martin Gale said the councils had ignored the problem for a decade.")
    claim = [c for c in code_text(text).claims if c.cue == "says"][0]
    assert claim.speaker.text == "The schools commissioner" and claim.speaker.name == "Martin Gale"


def test_claims_a_document_takes_the_author_the_article_gives_it_elsewhere():
    from eventwire.pipeline import code_text

    text = ("The Audit Commission published a report on Monday. The report said the scheme had wasted money.\n\n"
            "A letter to the council said the money must be repaid. It said officials had ignored warnings. "
            "The letter, from the Treasury, was signed by a junior minister.")
    claims = {c.content.split()[1]: c for c in code_text(text).claims}
    report = claims["scheme"]
    assert report.speaker.text == "The report" and report.speaker.name == "Audit Commission"
    assert report.speaker.start == text.index("The report")
    assert claims["money"].speaker.name == "Treasury"
    assert claims["had"].speaker.text == "It" and claims["had"].speaker.name == "Treasury"


def test_claims_a_participle_cue_speaks_for_the_subject_of_its_verb(claims_of):
    claim = only(claims_of('Mr Ellis was quoted in a local paper saying: "The council has gone too far."')).claim
    assert claim.cue == "saying" and "Ellis" in claim.speaker.text and "gone too far" in claim.content


def test_claims_he_said_skips_a_thing_that_suggested(claims_of):
    text = ("Tom Reed said the minister's admission suggested that voters had been misled. "
            '"He never called it a summary," he said.')
    last = [s.claim for s in claims_of(text) if s.claim.content.startswith('"He never')]
    assert last and "Reed" in (last[0].speaker.name or "")


def test_claims_a_cue_inside_another_speakers_content_is_that_speakers_report(claims_of):
    from eventwire.code.claims import article_claims

    scopes = claims_of("Officials say the minister has told colleagues that the plan will be dropped.")
    assert len(scopes) == 2          # both scopes stay, for the events in them
    assert [c.cue for c in article_claims([s.claim for s in scopes])] == ["say"]
    scopes = claims_of("The talks, the minister said, will resume in June.")
    assert len(article_claims([s.claim for s in scopes])) == 1


def test_claims_what_a_telling_verb_says_after_its_hearer(claims_of):
    claim = only(claims_of("The union leader told a local newspaper he wants an election date set.")).claim
    assert claim.cue == "told" and claim.content.startswith("he wants")
    assert claims_of("She told the man she met in Paris about the plan.") == []


def test_claims_emphatic_do_before_the_cue(claims_of):
    claim = only(claims_of("But he did, for the first time, say there would be tax cuts.")).claim
    assert claim.speaker.text == "he" and claim.content == "there would be tax cuts"


def test_claims_a_name_the_parse_made_a_second_subject_speaks(claims_of):
    claim = only(claims_of("The chairman of the Law Society, Jane Porter warned that the courts would clog.")).claim
    assert "Porter" in claim.speaker.text


def test_claims_the_one_prompted_to_say_speaks(claims_of):
    claim = only(claims_of("The row has prompted a senior backbencher to say he will vote against the bill.")).claim
    assert "backbencher" in claim.speaker.text


def test_claims_transcript_labels_in_capitals(claims_of):
    text = ('The host, Dan Harper, spoke to Senator Ruth Kemp on Sunday.\n\n'
            '"HARPER: Will you vote for the bill?\n\n"KEMP: No, the bill is badly drafted and I will oppose it.')
    found = {(s.claim.speaker.text, s.claim.content[:2]) for s in claims_of(text)}
    assert ("HARPER", "Wi") in found and ("KEMP", "No") in found


def test_claims_capitals_naming_nobody_in_the_article_are_no_speaker(claims_of):
    assert claims_of("UPDATE: the polls have now closed across the state.") == []


def test_claims_poll_and_colon_opening_a_headline(claims_of):
    found = claims_of("Poll: Voters in Ohio split evenly on the new tax.\n\nThe survey was taken last week.")
    assert [(s.claim.speaker.text, s.claim.cue) for s in found] == [("Poll", ":")]
