"""The time grammar: every pattern paired with the rule that values its match.

`rules()` builds the patterns from the word lists of `timegrammar`; `rules_by_token()` files each rule under
the words a match may begin with, and `requirements()` names the words a rule cannot match without, so that a
text is tried only against rules that could match it. All three are built on first use and cached.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from eventwire.resolve.timecandidate import Rule
from eventwire.resolve.timedates import (
    CARDINAL_DAY, DECADE_WORDS, SPELLED_YEAR, read_day_of_rel_month, read_decade, read_decade_word, read_fiscal,
    read_holiday, read_iso, read_last_night, read_md, read_month, read_month_rel_year, read_my, read_nth_weekday,
    read_numeric, read_numeric_md, read_ordinal_century, read_ordinal_day, read_plain_year, read_relday,
    read_spelled_md, read_spelled_year, read_thispart, read_weekday, read_weekday_dom, read_weekday_of_week,
    read_year, read_year_range, read_ymd,
)
from eventwire.resolve.timegrammar import pieces, time_words
from eventwire.resolve.timeperiods import (
    read_ago, read_anaphor, read_bare_season, read_clock, read_clock_word, read_compound_ago, read_duration,
    read_half, read_in_n, read_noon, read_period_end, read_quarter, read_reference, read_relative_n, read_relunit,
    read_season, read_set_adverb, read_set_every, read_the_weekend, read_the_year, read_vague_duration,
    read_year_ago_period, read_year_quarter,
)


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    p = pieces()
    holidays = time_words().alternation("holiday").replace("'", "['’]")
    mon, day, year, wd, num, unit = p.month, p.day, p.year, p.weekday, p.number, p.unit
    yy = rf"(?P<y>{year}|'\d\d(?![\d]))"
    lead_wd = rf"(?:(?P<mod>last|this|next)\s+)?(?:{wd},?\s+(?:the\s+)?)?"
    # "eight trading days", "five business days": days of one kind, counted like days
    kind_of_day = r"(?:(?:trading|business|working|school)\s+(?=days?\b))?"
    vague = r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just|only|at\s+least|up\s+to|barely|fewer\s+than)\s+)?"
    flags = re.I
    table: list[tuple[str, Callable]] = [
        (r"(?<!\d)(?<!\d-)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])", read_iso),
        (r"(?<![\d/.,])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)", read_numeric),
        (r"(?<![\d/.,$])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:,\s?(?P<y>(?:1[5-9]|20)\d\d)|,(?P<yy>\d\d))?(?![\d/]|\.\d)",
         read_numeric_md),
        (rf"{lead_wd}(?:(?<![a-z])|(?-i:(?<=[a-z])(?=[A-Z])))(?:the\s+)?(?P<mon>{mon})\s*(?:the\s+)?(?P<day>{day})(?:(?:\s*,?\s*|\s+(?:in|of)\s+){yy})?", read_md),
        (rf"{lead_wd}(?<![a-z\d$£€¥])(?:the\s+)?(?P<day>{day})(?:\s+of)?\s+(?P<mon>{mon})(?:(?:\s*,?\s*|\s+(?:in|of)\s+){yy})?", read_md),
        (r"(?<![\d/.,-])(?P<y>\d{4})(?P<sep>[/.-])(?P<a>\d{1,2})(?P=sep)(?P<b>\d{1,2})(?![\d/-])", read_ymd),
        (r"(?<![\d/.,$])(?<!\d-)(?P<y>(?:19|20)\d\d)(?P<a>0[1-9]|1[0-2])(?P<b>0[1-9]|[12]\d|3[01])(?![\d])", read_ymd),
        (rf"(?<![a-z])(?P<mon>{mon})[/-](?P<day>\d{{1,2}})(?![\d/-])", read_md),
        (r"(?<![a-z])(?:on\s+)?the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[.,;:)!?]|$|and\b|or\b|at\b|when\b|of\s+(?:this|the)\s+month\b))", read_ordinal_day),
        (rf"(?<![\d/])(?P<day>\d{{1,2}})(?P<sep>[/-])(?P<mon>{mon})(?P=sep){yy}", read_md),
        (rf"(?<![\d/])(?P<y>\d{{4}})(?P<sep>[/-])(?P<mon>{mon})(?P=sep)(?P<day>\d{{1,2}})(?![\d/])", read_md),
        (rf"(?<![a-z])(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{wd})\s+(?:of|in)\s+"
         rf"(?:(?P<mod>next|last|this|previous|the\s+next|the\s+previous)\s+month|(?P<mon>{mon})(?:,?\s+{yy})?)(?![a-z])", read_nth_weekday),
        (rf"(?<![a-z])(?:on\s+)?(?P<wd>{wd}),?\s+(?:of\s+)?(?P<mod>next|last|this|the\s+following|the\s+previous)\s+week(?![a-z])", read_weekday_of_week),
        (rf"(?<![a-z])(?P<mod>next|last|this)\s+week\s+(?:on\s+)?(?P<wd>{wd})", read_weekday_of_week),
        (rf"(?<![a-z])(?P<mon>{mon})(?:\s+of)?,?\s+{yy}", read_my),
        (rf"(?<![a-z])(?:(?P<mod>last|next|this|coming)\s+)?(?P<mon>{p.month_cap})", read_month),
        (rf"(?<![a-z])(?P<mon>{p.month_cap})\s+(?:of\s+)?(?P<mod>this|last|next)\s+year(?![a-z])", read_month_rel_year),
        (rf"(?<![\w$£€¥#.,'-])(?P<y>{year})(?!s\b|'s\b)", read_year),
        (rf"(?<![a-z])(?:fiscal|FY)\s*(?:year\s+)?(?P<y>{year}|'?\d\d(?![\d%]))", read_fiscal),
        (r"(?<![\w$])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d|20\d)0|'(?P<dec2>\d)0)'?s(?![a-z])", read_decade),
        (rf"(?<![a-z])(?:mid|pre|post)-(?P<y>{year})", read_plain_year),
        (r"(?<![a-z])the\s+(?:(?:full|fiscal|current|calendar|latest|current\s+fiscal|latest\s+fiscal|entire|whole)\s+)?year(?![a-z'-])", read_the_year),
        (r"(?<![a-z])(?:(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
         r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<o>one|two|three|four|five|six|"
         r"seven|eight|nine))?|(?:the\s+year\s+)?(?P<thousand>two\s+thousand)(?:\s+and\s+(?P<k>one|two|three|four|five|six|"
         r"seven|eight|nine))?)(?![a-z])", read_spelled_year),
        (r"(?<![a-z])(?:the\s+)?(?P<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century(?![a-z])", read_ordinal_century),
        (r"(?<![a-z])the\s+(?:(?:early|late|mid)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|"
         r"eighties|nineties)(?![a-z])", read_decade_word),
        (r"(?<![a-z])last\s+night(?![a-z])", read_last_night),
        (r"(?<![a-z])(?:around\s+|by\s+)?(?:the\s+)?(?:(?P<mod>this|last|next)\s+)?(?P<unit>year|month)(?:[\s-]|['’]s\s+)end(?![a-z])", read_period_end),
        (r"(?<![a-z])(?:the\s+)?end\s+of\s+(?:the|(?P<mod>this|last|next))\s+(?P<unit>year|month)(?![a-z])", read_period_end),
        (r"(?<![a-z])the\s+weekend(?![a-z])", read_the_weekend),
        (r"(?<![a-z])(?P<det>the\s+|this\s+)?(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|winter|fall)(?![a-z])(?!\s+of\b)", read_bare_season),
        (r"(?<![a-z])(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:ago|earlier)(?:\s+(?P<unit>quarter|period|month))?(?![a-z])", read_year_ago_period),
        (rf"(?<![a-z])(?P<rel>{p.reldays})(?![a-z])(?:\s+(?P<pod>morning|afternoon|evening|night))?", read_relday),
        (r"(?<![a-z])(?:this|tonight's|today's)\s+(?P<pod>morning|afternoon|evening)(?![a-z])", read_thispart),
        (rf"(?<![a-z])(?:(?P<pre>earlier|later)\s+(?:on\s+)?)?(?:(?P<det>that\s+same|this\s+same|the\s+same|that|"
         rf"the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<unit>day|morning|afternoon|evening|night|"
         rf"week|month|year)|(?P<det2>the\s+next)\s+(?P<unit2>day|morning|afternoon|evening|night))(?![a-z'-])", read_anaphor),
        (r"(?<![a-z])(?:earlier|later)\s+in\s+the\s+(?P<inthe>day|week|month|year)(?![a-z])", read_anaphor),
        (r"(?<![a-z])the\s+(?P<unit>day)\s+(?P<dir>before|after)(?=\s*(?:[.,;:!?)]|$))", read_anaphor),
        (rf"(?<![a-z])(?:on\s+)?(?P<wd>{wd}),?\s+(?:the\s+)?(?P<day>{day}|{CARDINAL_DAY})"
         rf"(?![.,]\d)(?=\s*(?:[.,;:!?)]|$|(?:at|and|or|in|to|for|from|with|when)\b))", read_weekday_dom),
        (rf"(?<![a-z])(?P<parts>{num}[\s-]+{unit}(?:,?\s+(?:and\s+)?{num}[\s-]+{unit})+)\s+"
         rf"(?P<dir>ago|earlier|later|from\s+now|back)(?![a-z])", read_compound_ago),
        (rf"(?<![a-z])(?:around\s+)?(?:the\s+)?(?P<day>{day})(?:\s+day)?\s+(?:of\s+)?(?P<mod>next|this|last|previous|"
         rf"the\s+next|the\s+previous)\s+month(?![a-z])", read_day_of_rel_month),
        (r"(?<![a-z])(?:(?P<mid>midday)|mid[\s-](?P<pod>morning|afternoon|evening)|(?P<h>1[0-2]|[1-9])\s+(?:o'clock\s+)?"
         r"in\s+the\s+(?P<when>morning|afternoon|evening|night))(?![a-z])", read_clock_word),
        (rf"(?<![a-z])(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?:the\s+)?(?P<day>{day}|{CARDINAL_DAY})"
         rf"(?:,?\s+(?:(?P<ys>{SPELLED_YEAR})|(?P<y>{year})))?", read_spelled_md),
        (rf"(?<![a-z$£€¥\d])(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day}|{CARDINAL_DAY})(?:\s+day)?\s+(?:of\s+)?(?P<mon>{mon})"
         rf"(?:,?\s+(?:(?P<ys>{SPELLED_YEAR})|(?P<y>{year})))?", read_spelled_md),
        (rf"(?<![a-z])(?:(?P<the>the\s+(?=previous|following))?(?P<mod>last|next|this|coming|past|previous|following)\s+)?(?P<wd>{wd})"
         rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?", read_weekday),
        (rf"(?<![a-z])(?P<pre>(?:(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?))?(?P<the>the\s+)?(?:this\s+(?=past\s))?"
         rf"(?P<mod>last|past|previous|next|coming|this|current|following)\s+"
         rf"(?P<unit>week|weekend|month|year|quarter|decade|century|{p.season})(?![a-z])", read_relunit),
        (rf"(?<![a-z])(?:(?:early|late|mid)[\s-]+)?(?:(?:in|during)\s+)?the\s+(?P<season>{p.season})\s+of\s+{yy}", read_season),
        (rf"(?<![a-z])(?P<season>{p.season})\s+{yy}", read_season),
        (rf"(?<![a-z])(?:the\s+)?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th|last|latest|current|this|next|"
         rf"previous|past|most\s+recent|fiscal|same)?[\s-]*(?:fiscal[\s-]+)?quarter(?![a-z])"
         rf"(?:(?:\s+of\s+(?:fiscal\s+)?|,?\s+){yy})?", read_quarter),
        (rf"(?<![a-z])Q(?P<qn>[1-4])\s*{yy}", read_quarter),
        (rf"(?<![a-z])(?:the\s+)?(?:(?P<y>{year})|(?P<rel>this|last|next)\s+year['’]s)\s+(?:fiscal[\s-]+)?"
         rf"(?:(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?"
         rf"(?P<unit>quarter|period)(?![a-z])", read_year_quarter),
        (r"(?<![a-z])the\s+(?:(?P<latest>latest|most\s+recent)|(?:corresponding|comparable|same|year-ago)\s*)\s+"
         r"(?P<unit>period)(?(latest)|\s+(?:(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)))(?![a-z])"
         r"(?P<y>)?(?P<rel>)?(?P<which>)?", read_year_quarter),
        (rf"(?<![a-z])(?:the\s+)?(?P<which>first|second|last|1st|2nd)[\s-]+half(?:\s+of\s+(?:the\s+year\s+)?{yy})?", read_half),
        (rf"(?<![a-z]){vague}(?:(?P<n>{num})[\s-]+{kind_of_day})?(?P<unit>{unit})\s+(?P<dir>ago|earlier|later|from\s+now|back)(?![a-z])", read_ago),
        (rf"(?<![a-z])in\s+(?:the\s+next\s+)?(?P<n>{num})[\s-]+(?P<unit>{unit})", read_in_n),
        (rf"(?<![a-z])(?:the\s+)?(?:last|past|next|previous|coming|first|final|following|other)\s+{vague}(?P<n>{num})[\s-]+"
         rf"(?P<unit>{unit})", read_relative_n),
        (rf"(?<![a-z]){vague}(?:(?:for|within|in|during)\s+)?(?:the\s+)?(?:(?P<n>{num})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:(?:more|additional|further|extra)\s+)?{kind_of_day})"
         rf"(?P<unit>{unit})(?P<half2>\s+and\s+a\s+half)?(?:[\s-]+(?:long|(?P<old>old)))?", read_duration),
        (r"(?<![a-z])(?:for|over|in|within)\s+(?:the\s+)?(?:(?:past|last|coming|next)\s+)?(?P<unit>years|months|weeks|days|decades|hours)(?![a-z])", read_vague_duration),
        (r"(?<![a-z])(?P<unit>years|months|weeks|days|decades|hours)[\s-]+long(?![a-z])", read_vague_duration),
        (rf"(?<![a-z'])(?:(?:in|for|until|up\s+to|into)\s+)?(?P<ref>{p.reference})(?![a-z'])", read_reference),
        (r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m(?![a-z]))"
         r"(?:\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC|BST|CET|local\s+time))?", read_clock),
        (r"(?<![\d:.])(?:at\s+)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]m))?"
         r"(?:\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|UTC|BST|CET|local\s+time))(?![\d])", read_clock),
        (r"(?<![a-z])(?P<w>noon|midnight)(?![a-z])", read_noon),
        (rf"(?<![a-z])(?:every|each)\s+(?:other\s+)?(?P<unit>day|week|month|year|quarter|{p.weekday}|{mon})(?![a-z])", read_set_every),
        (r"(?<![a-z])(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|quarter)(?![a-z])", read_set_every),
        (r"(?<![a-z])(?P<adv>daily|nightly|weekly|monthly|yearly|annually|hourly)(?![a-z])", read_set_adverb),
        (rf"(?<![a-z])(?:(?P<mod>last|this|next|previous|following)\s+)?(?P<hol>{holidays})(?![a-z])(?:,?\s+{yy})?", read_holiday),
        (rf"(?<![\w$£€.,])(?P<y>{year})\s*[-–]\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d%])", read_year_range),
    ]
    return [(re.compile(pattern, flags), fn) for pattern, fn in table]


@lru_cache(maxsize=1)
def rules_by_token() -> dict[str, tuple[Rule, ...]]:
    """Each rule under every word its match may start with, so a rule is tried only where it can match."""
    w = time_words()

    def firsts(kind: str) -> set[str]:
        return {k.split()[0].split("-")[0].replace("'", "") for k in w.kinds.get(kind, {})}

    mods = {"last", "next", "this", "coming", "past", "previous", "following", "current", "the", "early", "late",
            "mid", "earlier", "later", "latest", "most", "same", "fiscal"}
    months, weekdays, seasons = firsts("month"), firsts("weekday"), firsts("season")
    ords = firsts("ordinal") | {"twenty", "thirty"}
    numbers = firsts("number") | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
    units = {u + "s" for u in firsts("unit")} | firsts("unit") | {"centuries", "years", "months"}
    vague = {"about", "around", "roughly", "nearly", "almost", "some", "more", "less", "over", "under", "just", "only",
             "at", "up", "barely", "fewer"}
    preps = {"in", "for", "within", "during", "over", "until", "up", "into", "on", "at", "by", "around"}
    amounts = vague | numbers | units | preps | mods | {"#", "first", "final", "other"}
    triggers: dict[Callable, set[str]] = {
        read_iso: {"#"}, read_ordinal_day: {"on", "the"}, read_numeric: {"#"}, read_numeric_md: {"#"}, read_ymd: {"#"}, read_year: {"#"}, read_clock: {"#", "at"},
        read_year_range: {"#"}, read_decade: {"#", "'", "the", "early", "mid", "late"},
        read_md: mods | weekdays | months | ords | {"#"}, read_nth_weekday: {"the", "last", "#"} | ords,
        read_weekday_of_week: {"on"} | weekdays | mods, read_my: months, read_month_rel_year: months, read_month: mods | months,
        read_fiscal: {"fiscal", "fy"}, read_plain_year: {"mid", "pre", "post"}, read_the_year: {"the"},
        read_spelled_year: {"nineteen", "eighteen", "twenty", "the", "two"}, read_ordinal_century: {"the", "#"}, read_decade_word: {"the"}, read_last_night: {"last"},
        read_period_end: mods | {"around", "by", "year", "month", "end"}, read_the_weekend: {"the"},
        read_bare_season: mods | seasons, read_season: mods | seasons | {"in", "during"},
        read_year_ago_period: {"the", "comparable", "same", "year"}, read_relday: firsts("reldays"),
        read_thispart: {"this", "tonight", "today"}, read_weekday: mods | weekdays, read_relunit: mods,
        read_quarter: mods | ords | {"#", "quarter", "q"}, read_half: mods | ords | {"#"},
        read_year_quarter: {"the", "this", "last", "next", "#"},
        read_ago: amounts, read_in_n: {"in"}, read_relative_n: amounts, read_duration: amounts, read_vague_duration: amounts,
        read_reference: preps | firsts("reference"), read_noon: {"noon", "midnight"},
        read_set_every: {"every", "each", "once", "twice", "#"} | numbers,
        read_set_adverb: {"daily", "nightly", "weekly", "monthly", "yearly", "annually", "hourly"},
        read_holiday: mods | firsts("holiday"),
        read_anaphor: {"that", "the", "earlier", "later", "this"}, read_weekday_dom: weekdays | {"on"},
        read_compound_ago: amounts, read_day_of_rel_month: {"the", "around", "#"} | ords, read_clock_word: {"midday", "mid", "#"},
        read_spelled_md: months | weekdays | ords | numbers | {"the", "#"},
    }
    index: dict[str, list[Rule]] = {}
    for rule in rules():
        for key in triggers[rule[1]]:
            index.setdefault(key, []).append(rule)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def requirements() -> dict[Callable, frozenset[str]]:
    """Words a rule cannot match without (any one of them): a text that has none skips the rule."""
    w = time_words()

    def words(kind: str) -> set[str]:
        return {part.replace("'", "") for k in w.kinds.get(kind, {}) for part in re.split(r"[\s-]+", k)}

    months, weekdays, seasons = words("month"), words("weekday"), words("season")
    units = words("unit") | {u + "s" for u in words("unit")} | {"centuries"}
    periods = {"week", "weekend", "month", "year", "quarter", "decade", "century"} | seasons
    need: dict[Callable, set[str]] = {
        read_md: months, read_my: months, read_month: months, read_month_rel_year: months, read_nth_weekday: weekdays,
        read_weekday_of_week: weekdays, read_weekday: weekdays, read_the_weekend: {"weekend"}, read_bare_season: seasons,
        read_season: seasons, read_relunit: periods, read_quarter: {"quarter", "q"}, read_half: {"half"},
        read_year_quarter: {"quarter", "period"},
        read_ago: {"ago", "earlier", "later", "now", "back"}, read_in_n: units, read_relative_n: units, read_duration: units,
        read_vague_duration: {"years", "months", "weeks", "days", "decades", "hours"}, read_reference: words("reference"),
        read_holiday: words("holiday"), read_year_ago_period: {"year"}, read_the_year: {"year"}, read_period_end: {"end"},
        read_decade_word: set(DECADE_WORDS), read_last_night: {"night"},
        read_spelled_year: {"nineteen", "eighteen", "twenty", "thousand"}, read_ordinal_century: {"century"},
        read_thispart: {"morning", "afternoon", "evening"}, read_relday: words("reldays"), read_noon: {"noon", "midnight"},
        read_set_every: {"every", "each", "a", "an", "per"},
        read_anaphor: {"day", "morning", "afternoon", "evening", "night", "week", "month", "year"}, read_weekday_dom: weekdays,
        read_compound_ago: {"ago", "earlier", "later", "now", "back"}, read_day_of_rel_month: {"month"},
        read_clock_word: {"midday", "mid", "morning", "afternoon", "evening", "night"}, read_spelled_md: months,
    }
    return {fn: frozenset(v) for fn, v in need.items()}
