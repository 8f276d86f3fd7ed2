"""Headline case: a Title Case headline ("Activists Decry New Government Policy") put into sentence case
before it is parsed, so that spaCy reads its verbs and nouns as verbs and nouns, not as one long name.

A word keeps its capital when it starts the headline or a part after a colon, when it has more than one
capital ("NGOs", "UN", "McCarthy"), or when the article's body writes it capitalised inside a sentence (names:
"Abuja", "Finland's"). Every other capitalised word is lowered. Only the case of letters changes, so the text
keeps its length and offsets into the headline stay valid. A headline in sentence case comes back unchanged.

    >>> sentence_case("Activists in Abuja Decry New Government Policy", "Activists gathered in Abuja on Friday.")
    'Activists in Abuja decry new government policy'
"""
from __future__ import annotations

import re

# Short function words that style guides leave in lower case inside a title: they say nothing about whether
# the headline is in Title Case.
_MINOR = frozenset("a an and as at but by for from in into nor of off on onto or over per the to up via vs "
                   "with".split())
_WORD = re.compile(r"[^\W\d_][\w'’.]*")     # hyphenated words are read part by part
# A capitalised word in the body that is not the first of its sentence: the previous non-space character is
# a letter, digit, comma, semicolon, or a closing bracket or quote after such.
_INNER_CAPITAL = re.compile(r"(?<=[\w,;)%])[ \t]+([A-Z][\w'’-]*)")
_POSSESSIVE = re.compile(r"['’]s?$")
TITLE_CASE_SHARE = 0.6


def sentence_case(title: str, body: str = "") -> str:
    """`title` in sentence case when it is in Title Case; otherwise `title` unchanged."""
    words = list(_WORD.finditer(title))
    major = [m.group() for m in words if m.group().lower() not in _MINOR]
    if len(major) < 3 or sum(w[0].isupper() for w in major) < TITLE_CASE_SHARE * len(major):
        return title
    names = _names(body)
    out = list(title)
    for m in words:
        word = m.group()
        if not word[0].isupper() or _starts_part(title, m.start()):
            continue
        if sum(c.isupper() for c in word) > 1 or _POSSESSIVE.sub("", word) in names:
            continue
        lowered = word[0].lower()
        if len(lowered) == 1:
            out[m.start()] = lowered
    return "".join(out)


def _names(body: str) -> set[str]:
    """Words the body writes as names: capitalised inside a sentence (a capital at a sentence's start says
    nothing)."""
    return {_POSSESSIVE.sub("", part) for w in _INNER_CAPITAL.findall(body) for part in w.split("-")}


def _starts_part(title: str, start: int) -> bool:
    """Whether the word at `start` opens the headline or a part after a colon, dash or quote mark."""
    before = title[:start].rstrip(" \"'‘“")
    return not before or before[-1] in ":|–—"
