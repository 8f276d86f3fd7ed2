"""Find amounts in news text: money with its currency and scale, and the counts PLOVER events carry.

Money: "$400 million" -> 400000000 USD, "£30m" -> 30000000 GBP, "€2.5bn", "Rs 500 crore" (5e9 INR),
"US$3 million", "1.2 trillion rubles", "400 million US dollars", "50 cents" (0.5 USD). Currencies,
their symbols and words are in `data/amount_currencies.tsv`. "¥" is JPY unless "yuan", "RMB",
"renminbi" or "China"/"Chinese" appears within the sentence around it (then CNY); "$" alone is USD.

Counts: "12 people were killed" -> 12 killed, "at least 30 dead", "killing 5", "200 arrested",
"5,000 troops" -> troops, "hundreds of protesters" -> protesters. A vague count takes the least the
word can mean ("dozens" = 24, "hundreds" = 200, "thousands" = 2000; see `data/amount_words.tsv`).
Units: killed, injured, arrested, troops, protesters, people.

    >>> [(a.text, a.value, a.unit) for a in find_amounts("He pledged $400 million; 12 people were killed.")]
    [('$400 million', 400000000.0, 'USD'), ('12 people were killed', 12.0, 'killed')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.errors import ModelError
from eventwire.resolve.model import Amount

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    name: str
    symbols: tuple[str, ...]
    words: tuple[str, ...]
    minor: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    currencies: dict[str, Currency]
    by_symbol: dict[str, str]        # symbol as written -> code
    by_word: dict[str, str]          # lower-case word -> code
    minor: dict[str, str]            # lower-case minor-unit word -> code (first currency listing it)
    minor_factor: dict[str, float]   # lower-case minor-unit word -> how many make one major unit
    codes: tuple[str, ...]           # ISO codes, matched in any case where they are not English words
    words: dict[str, dict[str, str]]  # amount_words.tsv: kind -> word -> value


def _rows(name: str) -> list[list[str]]:
    try:
        text = resources.files("eventwire").joinpath(f"data/{name}").read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise ModelError(f"data file {name} is missing from the eventwire package; reinstall eventwire") from err
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows[1:]   # the header


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    currencies: dict[str, Currency] = {}
    by_symbol: dict[str, str] = {}
    by_word: dict[str, str] = {}
    minor: dict[str, str] = {}
    minor_factor: dict[str, float] = {}
    for row in _rows("amount_currencies.tsv"):
        row += [""] * (5 - len(row))
        code, name, symbols, words, minors = row[:5]
        factors = {}
        for item in (w for w in minors.split("|") if w):
            word, _, n = item.partition(":")
            factors[word.lower()] = float(n or 100)
        cur = Currency(code, name, tuple(symbols.split()),
                       tuple(w for w in words.split("|") if w and w.upper() != code), tuple(factors))
        currencies[code] = cur
        for s in cur.symbols:
            by_symbol.setdefault(s, code)
        for w in cur.words:
            by_word.setdefault(w.lower(), code)
        for w in cur.minor:
            minor.setdefault(w, code)
            minor_factor.setdefault(w, factors[w])
    words: dict[str, dict[str, str]] = {}
    for row in _rows("amount_words.tsv"):
        words.setdefault(row[0], {})[row[1].lower()] = row[2] if len(row) > 2 else ""
    codes = tuple(c for c in currencies if c.lower() not in _CODE_WORDS)
    return _Lexicon(currencies, by_symbol, by_word, minor, minor_factor, codes, words)


# ISO codes that are also English words: matched only in capitals ("PEN", not "pen").
_CODE_WORDS = frozenset("try mad cup pen gel cop ron dem esp ars all top bob mop sos lak fim sar".split())


def _alt(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=len, reverse=True))


# Where a match may begin: a word, a number ("#") or one symbol character.
_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


def _key(token: str) -> str:
    return "#" if token[0].isdigit() else token.lower()


@dataclass(frozen=True, slots=True)
class _Patterns:
    money_prefix: re.Pattern
    money_suffix: re.Pattern
    money_post: re.Pattern
    money_mega: re.Pattern
    count_before: re.Pattern
    count_after: re.Pattern
    toll: re.Pattern
    triggers: dict[str, frozenset[str]]   # pattern name -> the tokens a match may start with


def _matches(name: str, text: str, tokens: list[tuple[int, str]]) -> list[re.Match]:
    """Matches of one pattern, tried only where a token it may start with begins."""
    pats = _patterns()
    pattern: re.Pattern = getattr(pats, name)
    keys = pats.triggers[name]
    out = []
    for start, key in tokens:
        if key in keys:
            m = pattern.match(text, start)
            if m is not None and m.end() > m.start():
                out.append(m)
    return out


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = _lexicon()
    w = lex.words
    number_words = _alt(w["number"])
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    digits = (r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?!\d)"
              r"|\d+(?:\.\d+)?|\.\d+")
    number = rf"(?:{digits}|(?:{tens})(?:[\s-](?:{ones}))?(?![a-z])|(?:{number_words})(?![a-z]))"
    scales = _alt(s for s in w["scale"] if len(s) > 2)
    short_scales = _alt(s for s in w["scale"] if len(s) <= 2 or s in ("mln", "bln", "trn"))
    scale = rf"(?:\s*-?\s*(?P<scale>{scales})(?![a-z])|(?P<short>{short_scales})(?![a-z]))"
    # symbols that end in "$" may be spaced or in lower case ("c $ 16.4 million", "us $ 150 million")
    dollar_like = [s for s in lex.by_symbol if s.endswith("$") and len(s) > 1]
    others = [s for s in lex.by_symbol if s not in dollar_like and s != "$"]
    # a spaced one-letter prefix would read "a $5" as Australian dollars
    dollar_alt = "|".join(re.escape(s[:-1]).replace(r"\.", r"\.?\s?") + (r"\s?\$" if len(s) > 2 or s == "C$" else r"\$")
                          for s in sorted(dollar_like, key=len, reverse=True))
    code_alt = "|".join(c.lower() for c in lex.codes)
    symbol = (rf"(?P<sym>(?<![a-z])(?:{code_alt})\s?\$|(?<![a-z])(?:{dollar_alt})|(?:{code_alt})(?=\s?\d)|\$|(?-i:(?<![A-Za-z])(?:{_alt(others)})(?![A-Za-z])))")
    post_symbols = _alt([s for s in lex.by_symbol if not s[0].isalpha()] + ["元"])
    cur_words = _alt(list(lex.by_word) + list(lex.minor))
    money_prefix = re.compile(
        rf"{symbol}\s?(?P<num>{number})(?:{scale})?(?:\s+(?P<word>{cur_words})(?![a-z]))?", re.I)
    money_suffix = re.compile(
        rf"(?<![\w.$])(?P<num>{number})(?:{scale})?(?:\s+of)?(?:[\s-]+(?P<word>{cur_words})|\s?(?P<code>{code_alt}))(?![a-z])"
        rf"(?:\s(?P<scale2>million|billion|thousand|trillion))?", re.I)
    money_post = re.compile(rf"(?<![\w.$])(?P<num>{number})(?:{scale})?\s?(?P<sym>{post_symbols})(?!\s?\d)", re.I)
    money_mega = re.compile(rf"(?<![\w.$])(?P<num>{number})\s?(?-i:M(?P<code>{code_alt.upper()}))(?![A-Za-z])"
                            rf"|(?-i:M(?P<code2>{code_alt.upper()}))\s?(?P<num2>{number})", re.I)
    vague = _alt(w["vague"])
    qual = r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|roughly|approximately|an\s+estimated|another|a\s+further)\s+)?"
    count_num = rf"(?P<num>{digits}|(?:{tens})(?:[\s-](?:{ones}))?(?![a-z])|(?:{number_words})(?![a-z]))(?:\s+(?P<scale>{scales}))?"
    nouns = _alt(w["noun"])
    verbs = _alt(w["verb"])
    aux = r"(?:(?:were|was|have|has|had|been|being|are|is|reportedly|reported|also|later|allegedly|since|all)\s+){0,4}"
    count_before = re.compile(
        rf"(?<![\w.$£€¥])(?P<q>{qual})(?:(?P<vague>{vague})\s+|{count_num}\s+)"
        rf"(?:(?:more|other|additional|further|foreign|local|unarmed|innocent|(?-i:[A-Z][a-z]+))\s+(?=(?:{nouns})(?![a-z])))?"
        rf"(?:(?P<noun>{nouns})(?![a-z])\s*)?(?:{aux}(?P<verb>{verbs})(?![a-z]))?", re.I)
    count_after = re.compile(
        rf"(?<![a-z])(?P<verb>killing|killed|leaving|left|injuring|injured|wounding|wounded|arresting|arrested|detaining|detained|"
        rf"deploying|deployed|sending|sent)\s+(?P<q>{qual})(?:(?P<vague>{vague})\s*|{count_num})"
        rf"(?:\s+(?:more|other|additional)?\s*(?P<noun>{nouns}))?(?:\s+(?P<adj>dead|injured|wounded|hurt))?(?![a-z])",
        re.I)
    toll = re.compile(
        rf"(?<![a-z])death\s+toll\s+(?:\w+\s+){{0,4}}?(?:to|at|of|reached|hit|stands\s+at|stood\s+at|rose\s+to)\s+"
        rf"(?P<q>{qual}){count_num}", re.I)
    number_firsts = {k.split()[0] for k in w["number"]} | set(tens.split("|")) | {"#", "."}
    symbol_firsts = {_key(_TOKEN.match(sym).group(0)) for sym in lex.by_symbol} | {c.lower() for c in lex.codes}
    qual_firsts = {"at", "more", "over", "some", "about", "around", "nearly", "almost", "up", "roughly",
                   "approximately", "an", "another", "a"}
    vague_firsts = {k.split()[0] for k in w["vague"]}
    triggers = {
        "money_prefix": symbol_firsts | {"元"},
        "money_suffix": number_firsts, "money_post": number_firsts, "money_mega": number_firsts | {"m" + c.lower() for c in lex.codes},
        "count_before": qual_firsts | vague_firsts | number_firsts,
        "count_after": {"killing", "killed", "leaving", "left", "injuring", "injured", "wounding", "wounded",
                        "arresting", "arrested", "detaining", "detained", "deploying", "deployed", "sending", "sent"},
        "toll": {"death"},
    }
    return _Patterns(money_prefix, money_suffix, money_post, money_mega, count_before, count_after, toll,
                     {name: frozenset(keys) for name, keys in triggers.items()})


def _number(text: str) -> float | None:
    lex = _lexicon()
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d[\d,\s]*\d(?:\.\d+)?", t) and re.search(r"[,\s]", t):
        return float(re.sub(r"[,\s]", "", t))
    try:
        return float(t)
    except ValueError:
        pass
    n = lex.words["number"].get(t)
    if n is not None:
        return float(n)
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and all(p in lex.words["number"] for p in parts):
        return float(lex.words["number"][parts[0]]) + float(lex.words["number"][parts[1]])
    return None


def _scale(m: re.Match) -> float:
    word = (m.groupdict().get("scale") or m.groupdict().get("short") or "").lower()
    return float(_lexicon().words["scale"].get(word, 1))


def _tidy(value: float) -> float:
    """Undo binary rounding from scaling ("16.4 million" is 16400000, not 16399999.999999998)."""
    return float(f"{value:.10g}") if value else value


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left:min(right) if right else len(text)]


_CNY_CUE = re.compile(r"\b(?:yuan|rmb|renminbi|china|chinese|beijing)\b", re.I)


def _money(text: str, tokens: list[tuple[int, str]]) -> list[Amount]:
    lex = _lexicon()
    out: list[Amount] = []
    for m in _matches("money_mega", text, tokens):
        num, code = (m["num"], m["code"]) if m["num"] else (m["num2"], m["code2"])
        value = _number(num)
        if value is not None:
            out.append(Amount(text[m.start():m.end()], m.start(), m.end(), _tidy(value * 1e6), code.upper()))
    for m in (*_matches("money_prefix", text, tokens), *_matches("money_suffix", text, tokens),
              *_matches("money_post", text, tokens)):
        g = m.groupdict()
        value = _number(m["num"])
        if value is None:
            continue
        short = g.get("short") or ""
        if short.lower() == "b" and not g.get("sym"):
            continue
        value *= _scale(m)
        if g.get("scale2"):
            value *= float(lex.words["scale"][g["scale2"].lower()])
        word = re.sub(r"\s+", " ", (g.get("word") or "").lower())
        code = (g.get("code") or "").upper() or None
        sym = g.get("sym")
        if sym:
            code = _symbol_code(sym, text, m.start(), m.end())
        if word:
            if word in lex.minor and word not in lex.by_word:
                # "50 cents": a fraction of the currency named by a symbol, else of the first that lists the word
                value /= lex.minor_factor[word]
                code = code or lex.minor[word]
            elif word in lex.by_word:
                # "$5 million Canadian dollars": the word is more specific than a bare "$"
                code = lex.by_word[word] if code in (None, "USD") else code
        if code is None:
            continue
        out.append(Amount(text[m.start():m.end()], m.start(), m.end(), _tidy(value), code))
    return _join_minor(text, out)


def _symbol_code(sym: str, text: str, start: int, end: int) -> str | None:
    lex = _lexicon()
    if sym == "元":
        return "CNY"
    key = re.sub(r"\s", "", sym)
    if len(key) == 4 and key.endswith("$") and key[:3].upper() in lex.currencies:
        return key[:3].upper()      # "AUD$ 15"
    code = lex.by_symbol.get(key)
    if code is None:
        folded = key.lower().replace(".", "")
        code = next((c for s, c in lex.by_symbol.items() if s.lower().replace(".", "") == folded), None)
    if code is None and key.upper() in lex.currencies:
        code = key.upper()
    if code == "JPY" and sym == "¥" and _CNY_CUE.search(_sentence(text, start, end)):
        code = "CNY"
    return code


def _join_minor(text: str, amounts: list[Amount]) -> list[Amount]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    lex = _lexicon()
    out = sorted(amounts, key=lambda a: (a.start, -a.end))
    joined: list[Amount] = []
    i = 0
    while i < len(out):
        a = out[i]
        nxt = next((b for b in out[i + 1:] if b.start >= a.end), None)
        if (nxt is not None and nxt.unit == a.unit and re.fullmatch(r"\s*(?:and\s+)?", text[a.end:nxt.start])
                and re.search(r"(?:" + "|".join(map(re.escape, sorted(lex.minor, key=len, reverse=True))) + r")$",
                              nxt.text, re.I) and a.value >= 1 and nxt.value < 1):
            joined.append(Amount(text[a.start:nxt.end], a.start, nxt.end, _tidy(a.value + nxt.value), a.unit))
            i = out.index(nxt) + 1
            continue
        joined.append(a)
        i += 1
    return joined


def _counts(text: str, tokens: list[tuple[int, str]]) -> list[Amount]:
    lex = _lexicon()
    verbs, nouns, vague = lex.words["verb"], lex.words["noun"], lex.words["vague"]
    out: list[Amount] = []

    def value_of(m: re.Match) -> float | None:
        if m.groupdict().get("vague"):
            return float(vague[re.sub(r"\s+", " ", m["vague"].lower())])
        v = _number(m["num"]) if m.groupdict().get("num") else None
        if v is None:
            return None
        scale = (m.groupdict().get("scale") or "").lower()
        return v * float(lex.words["scale"].get(scale, 1))

    for m in _matches("count_before", text, tokens):
        verb = (m["verb"] or "").lower()
        noun = re.sub(r"\s+", " ", (m["noun"] or "").lower())
        if not verb and not noun:
            continue
        if m["num"] and m["num"].lower() in ("a", "an") and not verb:
            continue
        value = value_of(m)
        if value is None:
            continue
        before = text[max(0, m.start() - 2):m.start()]
        if re.search(r"[$£€¥]\s?$", before):
            continue
        if m["num"] and re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]) and not verb:
            continue   # a year: "2022 protesters" is rare, "in 2022 soldiers" common
        unit = verbs.get(re.sub(r"\s+", " ", verb)) if verb else nouns.get(noun)
        if not unit:
            continue
        end = m.end("verb") if verb else m.end("noun")
        out.append(Amount(text[m.start():end].strip(), m.start(), end, _tidy(value), unit))

    for m in _matches("count_after", text, tokens):
        verb = m["verb"].lower()
        adj = (m["adj"] or "").lower()
        noun = (m["noun"] or "").lower()
        value = value_of(m)
        if value is None:
            continue
        if m["num"] and m["num"].lower() in ("a", "an"):
            continue
        if verb in ("leaving", "left"):
            unit = verbs.get(adj)
        elif verb in ("deploying", "deployed", "sending", "sent"):
            unit = nouns.get(noun) if nouns.get(noun) == "troops" else None
        else:
            unit = verbs.get(verb)
        if not unit:
            continue
        out.append(Amount(text[m.start():m.end()], m.start(), m.end(), _tidy(value), unit))

    for m in _matches("toll", text, tokens):
        value = value_of(m)
        if value is not None:
            out.append(Amount(text[m.start():m.end()], m.start(), m.end(), value, "killed"))
    return out


def find_amounts(text: str, *, doc: "Doc | None" = None) -> list[Amount]:
    """Money and PLOVER counts in `text`, in text order, no two overlapping (money first, then the longest).

    `doc` is accepted for a uniform resolver signature; the grammar reads the text alone.
    """
    tokens = [(t.start(), _key(t.group(0))) for t in _TOKEN.finditer(text)]
    money = _money(text, tokens)
    counts = _counts(text, tokens)
    chosen: list[Amount] = []
    for group in (money, counts):
        for a in sorted(group, key=lambda a: (-(a.end - a.start), a.start)):
            if any(a.start < c.end and c.start < a.end for c in chosen):
                continue
            chosen.append(a)
    return sorted(chosen, key=lambda a: a.start)
