"""PETRARCH compatibility: load PETRARCH/CAMEO-format dictionaries and code text with them.

A user who has PETRARCH dictionaries (actors, agents, verb patterns such as ``CAMEO.2.0.txt``, discards)
codes text with them in two lines:

    >>> from eventwire.petrarch import load_dictionaries, code_with_dictionaries
    >>> dicts = load_dictionaries(actors="Phoenix.Countries.actors.txt", agents="Phoenix.agents.txt",
    ...                           verbs="CAMEO.2.0.txt", discards="Phoenix.discards.txt")
    >>> code_with_dictionaries("Arnor condemned Gondor on Monday.", dictionaries=dicts, date="2024-10-21")
    [PetrarchCoding(source='ARN', target='GON', code='122', start=0, end=33, verb='CONDEMNED', pattern='')]

Each `PetrarchCoding` holds the source and target actor codes, the CAMEO code, the sentence's character
offsets, the verb and the pattern line that decided the code. Text is parsed with spaCy
(`eventwire.annotate.load_nlp`); a sentence that comes with a Penn Treebank parse can be coded from it with
`code_sentence(parse, dicts, date=...)`. The readers (`load_actors`, `load_agents`, `load_verbs`,
`load_discards` in `eventwire.petrarch.dictionaries`) raise `DictionaryError` naming the file and line of
anything they cannot read; `load_verbs(path, strict=False)` (what `load_dictionaries` uses) leaves such a
verb-dictionary line out and lists it in `Verbs.skipped` instead. The matching rules are described in
`eventwire.petrarch.coder`.
"""
from __future__ import annotations

from eventwire.petrarch.coder import code_sentence, code_with_dictionaries, load_dictionaries
from eventwire.petrarch.dictionaries import DictionaryError, load_actors, load_agents, load_discards, load_verbs
from eventwire.petrarch.model import Dictionaries, PetrarchCoding

__all__ = [
    "Dictionaries",
    "DictionaryError",
    "PetrarchCoding",
    "code_sentence",
    "code_with_dictionaries",
    "load_actors",
    "load_agents",
    "load_discards",
    "load_dictionaries",
    "load_verbs",
]
