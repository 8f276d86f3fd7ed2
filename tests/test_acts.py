"""The act a headline reports: its main trigger, typed as PLOVER types a report of it."""
from __future__ import annotations

import pytest

from eventwire.code.acts import main_act


@pytest.mark.parametrize("headline, type_, mode", [
    ("Rebels free three hostages near Goma", "RETREAT", "release"),
    ("Police arrest opposition leader in dawn raid", "COERCE", "arrest"),
    # the main clause's act, not a word in a side phrase
    ("Ministers meet in Oslo after border clashes", "CONSULT", None),
    # PLOVER's reductions: a promised aid is AGREE, a possible suspension of talks a THREAT
    ("Leader promises to send military aid to Kenya", "AGREE", None),
    ("Government says it could suspend talks with its neighbour", "THREATEN", "relations"),
    # an act whose content is another act is typed by its content (PLOVER manual)
    ("Authorities agree to lift restrictions on the press", "CONCEDE", None),      # a promised concession
    ("Mayor promises to end the curfew after the election", "CONCEDE", None),      # a promise to undo a measure
    ("Rebels announce suspension of attacks on the army", "CONCEDE", None),        # halting a conflictual act
    ("Officials promise arrests if corruption continues", "THREATEN", "arrest"),   # a promise of harm
    ("Russia suspends talks with Ukraine", "SANCTION", None),                      # halting cooperation stays
    ("Broadcasts suspended in the capital following the unrest", "SANCTION", None),  # a side phrase is no content
    # a headline read as one noun phrase still has its verb
    ("Guinea and Mauritius sign trade agreement", "SUPPORT", None),
    # an act in a phrase or clause of time or cause sets the scene of the main one
    ("Troops called to the capital following weeks of violence", "MOBILIZE", None),
    ("Minister warns of retaliation after diplomats expelled", "THREATEN", None),
    ("Hostilities stop as talks begin in Geneva", "RETREAT", "ceasefire"),
    # a participle with its noun ("curfew imposed") stands where the noun does
    ("Chaos in the north: curfew imposed after clashes, killings", "COERCE", "curfew"),
    # the event noun that arrives is the act, not a visit
    ("Aid convoy and medical supplies arrive in the besieged city", "AID", None),
    ("Prime minister arrives in Paris for a two-day stay", "CONSULT", "visit"),
    # a hypothetical suspension of talks is a threat to suspend relations
    ("Government raises potential of suspending talks with rebels", "THREATEN", "relations"),
    # a conflictual act promised not to happen, and an announced future retreat, are concessions
    ("Mayor announces that police will not beat protesters", "CONCEDE", None),
    ("Rebels announce their intention to lay down arms", "CONCEDE", None),
    # a finite verb the parser read into the noun phrase of the root is the headline's verb
    ("Kenya condemns violence against civilians in the north", "ACCUSE", "disapprove"),
    # destruction in a riot is the riot
    ("Town hall burned down after a night of rioting", "PROTEST", "riot"),
    ("Rebels burned down the village", "ASSAULT", "destroy"),
])
def test_main_act(nlp, headline, type_, mode):
    act = main_act(nlp(headline))
    assert act is not None, headline
    assert act.type == type_
    if mode is not None:
        assert act.mode == mode


def test_no_act_without_a_trigger(nlp):
    assert main_act(nlp("Weather forecast for the weekend")) is None
    assert main_act(nlp("")) is None
