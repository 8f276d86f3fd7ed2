"""Amounts: money with currency and scale, PLOVER counts, and the Recognizers-Text currency floor."""
from __future__ import annotations

import pytest

from conftest import data_path
from eventwire.resolve.amounts import find_amounts


def one(text: str):
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("The ministry announced an extra $400 million for air defence.", "$400 million", 400_000_000, "USD"),
    ("The striker left the club for £30m last summer.", "£30m", 30_000_000, "GBP"),
    ("Brussels set aside €2.5bn for reconstruction.", "€2.5bn", 2_500_000_000, "EUR"),
    ("Moscow's budget gap reached 1.2 trillion rubles.", "1.2 trillion rubles", 1.2e12, "RUB"),
    ("Washington approved 400 million US dollars in credit.", "400 million US dollars", 400_000_000, "USD"),
    ("The state set aside Rs 500 crore for flood relief.", "Rs 500 crore", 5_000_000_000, "INR"),
    ("A $1.5 billion package was signed.", "$1.5 billion", 1_500_000_000, "USD"),
    ("The bank lent US$3 million to the cooperative.", "US$3 million", 3_000_000, "USD"),
    ("Berlin will send 10 million euros in aid.", "10 million euros", 10_000_000, "EUR"),
    ("Exporters earned ¥80 billion last quarter.", "¥80 billion", 80_000_000_000, "JPY"),
    ("Chinese lenders offered ¥12 billion in loans.", "¥12 billion", 12_000_000_000, "CNY"),
    ("Beijing pledged 3 billion yuan to the port.", "3 billion yuan", 3_000_000_000, "CNY"),
    ("Ottawa committed C$250 million.", "C$250 million", 250_000_000, "CAD"),
    ("Fares rose by 50 cents.", "50 cents", 0.5, "USD"),
])
def test_amounts_money(text, phrase, value, unit):
    a = one(text)
    assert (a.text, a.unit) == (phrase, unit)
    assert a.value == pytest.approx(value)
    assert text[a.start:a.end] == a.text


@pytest.mark.parametrize("text, value, unit", [
    ("At least 12 people were killed in the shelling.", 12, "killed"),
    ("The blast left at least 30 dead.", 30, "killed"),
    ("Rebels stormed the village, killing 5.", 5, "killed"),
    ("Officials said dozens injured in the crush were taken to hospital.", 24, "injured"),
    ("Police said 200 were arrested overnight.", 200, "arrested"),
    ("The ministry deployed some 5,000 troops to the border.", 5000, "troops"),
    ("Hundreds of protesters gathered outside parliament.", 200, "protesters"),
    ("The death toll rose to 45 on Sunday.", 45, "killed"),
    ("Thousands of people fled the fighting.", 2000, "people"),
    ("Gunmen wounded three soldiers.", 3, "injured"),
])
def test_amounts_counts(text, value, unit):
    a = one(text)
    assert (a.value, a.unit) == (value, unit)


def test_amounts_none_in_plain_text():
    assert find_amounts("The minister arrived in the capital on Monday and met the president.") == []


def test_amounts_year_is_not_a_count():
    assert find_amounts("In 2022 soldiers crossed the river.") == []


def test_amounts_to_dict_uses_integers():
    assert one("It pledged $400 million.").to_dict() == {"value": 400000000, "unit": "USD", "text": "$400 million"}


@pytest.mark.gold
def test_amounts_recognizers_currency_floor():
    from eventwire.eval.amounts import run

    data = data_path("recognizers-text-specs", "Specs", "NumberWithUnit", "English").parents[3]
    rows = {r.metric: r for r in run(data)}
    for r in rows.values():
        print(f"{r.set} {r.metric}: {r.value:.3f} over {r.cases}")
    assert rows["extraction recall (overlap)"].value >= 0.96
    assert rows["extraction precision (overlap)"].value >= 0.98
    assert rows["value accuracy"].value >= 0.89
    assert rows["value and currency accuracy"].value >= 0.88
