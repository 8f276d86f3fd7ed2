"""Headline case: a Title Case headline ("Activists Decry New Government Policy") put into sentence case
before it is parsed, so that spaCy reads its verbs and nouns as verbs and nouns, not as one long name.

A word keeps its capital when it starts the headline, when it has more than one capital ("NGOs", "UN",
"McCarthy"), or when the article's body writes it capitalised inside a sentence (names: "Abuja", "Finland's").
Every other capitalised word is lowered. A headline in sentence case keeps its case but for the word opening a
part after a colon or dash ("Iraq: Curfew imposed"), which the parser would read as a name. Only the case of
letters changes, so the text keeps its length and offsets into the headline stay valid.

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
    """`title` in sentence case when it is in Title Case; otherwise `title` with only the capital that opens a
    part after a colon or dash lowered ("Iraq: Curfew imposed" -> "Iraq: curfew imposed"), names kept."""
    words = list(_WORD.finditer(title))
    major = [m.group() for m in words if m.group().lower() not in _MINOR]
    titled = len(major) >= 3 and sum(w[0].isupper() for w in major) >= TITLE_CASE_SHARE * len(major)
    names: set[str] | None = None
    out = list(title)
    for m in words:
        word = m.group()
        # the headline's first word keeps its capital; a part after a colon opens mid-sentence for the parser,
        # which reads a capital there as a name
        if not word[0].isupper() or _opens(title, m.start()):
            continue
        if not titled and not _starts_part(title, m.start()):
            continue
        if names is None:       # a body that repeats the headline says nothing about its capitals
            names = _names(body.replace(title, " ") if title.strip() else body)
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


def _opens(title: str, start: int) -> bool:
    """Whether the word at `start` opens the headline (after any quote marks)."""
    return not title[:start].strip(" \"'‘“")


def _starts_part(title: str, start: int) -> bool:
    """Whether the word at `start` opens a part after a colon, bar or dash (after any quote marks)."""
    before = title[:start].rstrip(" \"'‘“")
    return bool(before) and before[-1] in ":|–—"
