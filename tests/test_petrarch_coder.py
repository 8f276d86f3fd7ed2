"""The dictionary-driven coder, on sentences and Treebank parses written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import FormatError
from eventwire.petrarch import code_sentence, code_with_dictionaries, load_dictionaries
from eventwire.petrarch.tree import parse_penn

FIXTURES = Path(__file__).parent / "fixtures" / "petrarch"


@pytest.fixture(scope="module")
def dicts():
    return load_dictionaries(actors=FIXTURES / "actors.txt", agents=FIXTURES / "agents.txt",
                             verbs=FIXTURES / "verbs.txt", discards=FIXTURES / "discards.txt")


CASES = [
    # plain verb, default code
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD condemned) (NP (NNP Freedonia))) (. .)))", None,
     [("ZEM", "FRE", "122")]),
    # agent added to the actor; possessive; synonym
    ("(ROOT (S (NP (NP (NNP Zembla) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD denounced)"
     " (NP (DT the) (NNP Freedonian) (NN police))) (. .)))", None, [("ZEMGOVFRM", "FRECOP", "122")]),
    # agent taking its actors from a prepositional phrase, compound target, prefix agent
    ("(ROOT (S (NP (NP (NNS clerics)) (PP (IN from) (NP (NNP Zembla)))) (VP (VBD condemned)"
     " (NP (NP (NNP Freedonia)) (CC and) (NP (DT the) (NNP Sylvania) (NN relief) (NN agency)))) (. .)))", None,
     [("ZEMREL", "FRE", "122"), ("ZEMREL", "NGOSYL", "122")]),
    # agent alone
    ("(ROOT (S (NP (NNS clerics)) (VP (VBD condemned) (NP (NNP Freedonia))) (. .)))", None,
     [("---REL", "FRE", "122")]),
    # pattern with a synset and a tied word; the longest actor phrase wins (New Sylvania, not Sylvania)
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD cut) (NP (JJ diplomatic) (NNS ties)) (PP (IN with)"
     " (NP (NNP New) (NNP Sylvania)))) (. .)))", None, [("ZEM", "NSY", "161")]),
    # an untied pattern word may have others before it; the [---] default codes nothing
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD cut) (NP (JJ all) (NN trade)) (PP (IN with) (NP (NNP Freedonia))))"
     " (. .)))", None, []),
    # reciprocal code A:B
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD met) (NP (NNP Freedonia))) (. .)))", None,
     [("ZEM", "FRE", "031"), ("FRE", "ZEM", "031")]),
    # compound source and cooperation code with no target: each pair
    ("(ROOT (S (NP (NP (NNP Zembla)) (CC and) (NP (NNP Freedonia))) (VP (VBD met)) (. .)))", None,
     [("ZEM", "FRE", "031"), ("FRE", "ZEM", "031")]),
    # $ and + markers around the verb
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD condemned) (NP (NNP Freedonia)) (ADVP (RB harshly))) (. .)))", None,
     [("ZEM", "FRE", "123")]),
    # nested synset, + after the pattern words
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD fired) (NP (NNS shells)) (PP (IN at) (NP (NNP Freedonia)))) (. .)))",
     None, [("ZEM", "FRE", "195")]),
    # passive with a by-phrase swaps the roles
    ("(ROOT (S (NP (NNP Freedonia)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Zembla))))) (. .)))",
     None, [("ZEM", "FRE", "190")]),
    # multi-word verb
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD cordoned) (PRT (RP off)) (NP (NNP Freedonia))) (. .)))", None,
     [("ZEM", "FRE", "191")]),
    # dated actor codes follow the sentence date
    ("(ROOT (S (NP (NNP Rufus) (NNP T.) (NNP Firefly)) (VP (VBD condemned) (NP (NNP Sylvania))) (. .)))",
     "1933-06-01", [("FREGOV", "SYL", "122")]),
    ("(ROOT (S (NP (NNP Rufus) (NNP T.) (NNP Firefly)) (VP (VBD condemned) (NP (NNP Sylvania))) (. .)))",
     "1935-06-01", [("FREELI", "SYL", "122")]),
    # one actor entry coding two actors
    ("(ROOT (S (NP (DT The) (NNP Twin) (NNP Isles)) (VP (VBD condemned) (NP (NNP Zembla))) (. .)))", None,
     [("ISA", "ZEM", "122"), ("ISB", "ZEM", "122")]),
    # the verb of a to-clause under a coded verb is not coded again; a pronoun subject takes the one above
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD promised) (NP (NNP Freedonia)) (S (VP (TO to) (VP (VB help)"
     " (NP (NNP Sylvania)))))) (. .)))", None, [("ZEM", "FRE", "050")]),
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD said) (SBAR (IN that) (S (NP (PRP it)) (VP (MD would)"
     " (VP (VB condemn) (NP (NNP Freedonia))))))) (. .)))", None, [("ZEM", "FRE", "023")]),
    # a negated verb codes nothing unless a pattern says otherwise
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD did) (RB not) (VP (VB condemn) (NP (NNP Freedonia)))) (. .)))", None, []),
    # a discard phrase stops coding
    ("(ROOT (S (NP (NNP Zembla)) (VP (VBD condemned) (NP (NNP Freedonia)) (PP (IN after) (NP (DT the)"
     " (NN football) (NN match)))) (. .)))", None, []),
]


@pytest.mark.parametrize("parse, date, expected", CASES)
def test_coder_codes_treebank_parses(dicts, parse, date, expected):
    assert sorted(code_sentence(parse, dicts, date=date)) == sorted(expected)


def test_coder_broken_parse_is_a_format_error():
    with pytest.raises(FormatError, match="unbalanced"):
        parse_penn("(ROOT (S (NP (NNP Zembla)) (VP (VBD met)")


def test_coder_underscored_word_is_split():
    tree = parse_penn("(ROOT (S (NP (NNP New_Sylvania)) (VP (VBD met))))")
    assert tree.words == ["NEW", "SYLVANIA", "MET"]


def test_coder_codes_text_with_spacy(nlp, dicts):
    text = "The weather was mild. Zembla condemned Freedonia on Monday."
    codings = code_with_dictionaries(nlp(text), dictionaries=dicts)
    assert [(c.source, c.target, c.code) for c in codings] == [("ZEM", "FRE", "122")]
    assert text[codings[0].start: codings[0].end] == "Zembla condemned Freedonia on Monday."
    assert codings[0].verb == "CONDEMNED"


def test_coder_needs_dictionaries():
    with pytest.raises(ValueError, match="actors= and verbs="):
        code_with_dictionaries("Zembla met Freedonia.")
