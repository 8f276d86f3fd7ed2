"""What the words around a time expression say about it, read from the plain text.

Whether its clause speaks of the future (`is_future`: "will", "is due", "postponed until") or the past
(`is_past`: a past-tense verb or "since"), whether the sentence compares quarters (`is_quarterly`), and
whether "a year" after an amount is a rate (`is_rate`). The tenses of a spaCy parse are in `timetense`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from eventwire.resolve.timegrammar import pieces


# A full stop ends a sentence unless it closes "a.m.", "U.S." or a short capitalised abbreviation ("Oct.", "Mr.").
_SENTENCE_END = re.compile(r"(?<!\.m)(?<!\.S)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.(?=\s)|[!?;](?=\s)|\n")


def is_future(text: str, start: int, end: int) -> bool:
    """Is the clause around text[start:end] about the future (a future marker before or just after it)?"""
    lo = max(0, start - 80)
    before = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    if _future_near_re().search(before) or _DEFERRED.search(before):
        return True
    last = None
    for last in _future_re().finditer(before):
        pass
    if last is None or _PLUPERFECT.search(before, 0, last.start()):
        return False
    # "will go, he said Friday": a past verb after the future marker governs the expression
    words = _WORD.findall(before[last.end():].lower())
    return not any((w in _PAST_VERBS or w in _SAID) and (i == 0 or words[i - 1] not in ("be", "been", "being"))
                   for i, w in enumerate(words))


# "had been scheduled to expire Friday", "had planned to": a plan told from the past, not a future date.
_PLUPERFECT = re.compile(r"(?<![a-z])had\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)

# "postponed until Tuesday", "extended its deadline until 9 a.m. Friday": a date something is put off to.
_DEFERRED = re.compile(r"(?<![a-z])(?:postpon|delay|extend|give|gave|given|adjourn|defer|suspend|recess|put\s+off|"
                       r"push(?:ed)?\s+back)[a-z]*\b[^.;]*\b(?:until|till|to)\s+"
                       r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)\s+(?:[A-Z]{3}\s+)?)?$", re.I)


@lru_cache(maxsize=1)
def _future_re() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{pieces().future})(?![a-z])", re.I)


@lru_cache(maxsize=1)
def _future_near_re() -> re.Pattern:
    """A local future marker right before the expression: "ahead of Sunday's vote", "payable Dec. 15"."""
    return re.compile(rf"(?<![a-z])(?:{pieces().future_near})(?:\s+(?:the|this|next|on|by|of))?\s*$", re.I)


_PAST_VERBS = frozenset("""was were did took came went bought sold began rose fell paid met won lost gave became
brought fought struck broke hit shut spent ended changed happened occurred died arrested killed signed
""".split())
_WORD = re.compile(r"[a-z]+")
_SAID = frozenset("said told announced reported added confirmed declared stated wrote insisted denied".split())


def is_past(text: str, start: int) -> bool:
    """Does a past-tense verb or "since" come shortly before text[start] in the same clause?"""
    before = text[max(0, start - 60):start]
    cut = max(before.rfind(". "), before.rfind(";"), before.rfind("\n"))
    words = _WORD.findall(before[cut + 1:].lower())[-7:]
    return any(w in _PAST_VERBS or w == "since" for w in words)


def after_since(text: str, start: int) -> bool:
    return bool(re.search(r"(?:since|from)\s+(?:late\s+|early\s+)?$", text[max(0, start - 16):start], re.I))


_QUARTER_TALK = re.compile(r"quarter|three\s+months\s+ended", re.I)


def is_quarterly(text: str, start: int) -> bool:
    """Is the sentence comparing quarters ("profit rose to $5 million from $4 million a year ago")?"""
    return bool(_QUARTER_TALK.search(text[max(0, start - 400):start]))


_RATE_BEFORE = re.compile(r"(?:[\d$%]\S*|million|billion|thousand|trillion|cents?|dollars|percent|each|times|once|"
                          r"twice|[a-z]+[^s\W]s)\s+$", re.I)
_NOT_PLURAL = frozenset("was has is its as this his us thus always perhaps".split())


def is_rate(text: str, start: int) -> bool:
    """ "$500 million a year", "700 seats a week": a rate, not a duration."""
    m = _RATE_BEFORE.search(text[max(0, start - 30):start])
    return bool(m) and m.group(0).strip().lower() not in _NOT_PLURAL
