"""Money amounts: Recognizers-Text's English currency cases (NumberWithUnit/English/CurrencyModel.json).

A gold amount is found when a money amount found by `find_amounts` overlaps its span. Its value is
right when equal to the gold value (gold minor units, "50 cents" = 50 Cent, are turned into the
major unit first, as `find_amounts` reports 0.5 USD); its currency is right when the gold unit names
it ("United States dollar" -> USD; a bare "Dollar" accepts USD, a bare "Franc" any franc).

    python -m eventwire.eval.amounts ../shared/data
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.eval.matching import require
from eventwire.eval.model import Score
from eventwire.resolve.amounts import _lexicon, find_amounts

SPEC = ("recognizers-text-specs", "Specs", "NumberWithUnit", "English", "CurrencyModel.json")

# Gold unit names that are not one currency's full name.
_GENERIC = {
    "dollar": {"USD"}, "pound": {"GBP"}, "franc": {"CHF", "FRF", "XOF"}, "rupee": {"INR", "PKR", "LKR", "NPR"},
    "peso": {"MXN", "ARS", "CLP", "COP", "PHP", "CUP"}, "yen": {"JPY"}, "yuan": {"CNY"}, "euro": {"EUR"},
    "peseta": {"ESP"}, "bitcoin": {"BTC"}, "lira": {"TRY", "ITL"},
}
# Minor units: how many make one major unit.
_MINOR = {"cent": 100, "pence": 100, "penny": 100, "sen": 100, "satoshi": 100_000_000}


def _accepted_codes(unit: str) -> set[str] | None:
    """The ISO codes a gold unit name accepts; None for a minor unit (any currency)."""
    u = unit.lower()
    if u in _MINOR:
        return None
    if u in _GENERIC:
        return _GENERIC[u]
    names = {c.name.lower(): code for code, c in _lexicon().currencies.items()}
    if u in names:
        return {names[u]}
    words = _lexicon().by_word
    return {words[u]} if u in words else set()


def _money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def run(data: Path) -> list[Score]:
    """Extraction recall and precision, value accuracy and value-and-currency accuracy on the currency cases."""
    cases = json.loads(require(Path(data).joinpath(*SPEC)).read_text(encoding="utf-8-sig"))
    gold_n = found_n = found_right = gold_found = value_right = both_right = 0
    for case in cases:
        text = case["Input"]
        found = [a for a in find_amounts(text) if _money(a.unit)]
        found_n += len(found)
        golds = []
        for r in case.get("Results", []):
            res = r.get("Resolution") or {}
            if "value" not in res or res.get("value") in (None, ""):
                continue
            golds.append((r["Start"], r["End"] + 1, float(res["value"]), res.get("unit", "")))
        gold_n += len(golds)
        for start, end, value, unit in golds:
            hits = [a for a in found if a.start < end and start < a.end]
            if not hits:
                continue
            gold_found += 1
            major = value / _MINOR[unit.lower()] if unit.lower() in _MINOR else value
            codes = _accepted_codes(unit)
            ok_value = [a for a in hits if abs(a.value - major) <= 1e-6 * max(1.0, abs(major))]
            if ok_value:
                value_right += 1
                if any(codes is None or a.unit in codes for a in ok_value):
                    both_right += 1
        found_right += sum(1 for a in found if any(a.start < e and s < a.end for s, e, _, _ in golds))
    name = "recognizers-currency"
    return [
        Score(name, "extraction recall (overlap)", gold_found / gold_n if gold_n else 0.0, gold_n,
              f"{gold_found} of {gold_n} gold amounts overlapped"),
        Score(name, "extraction precision (overlap)", found_right / found_n if found_n else 0.0, found_n,
              f"{found_right} of {found_n} found money amounts overlap gold"),
        Score(name, "value accuracy", value_right / gold_n if gold_n else 0.0, gold_n,
              f"{value_right} of {gold_n} gold amounts found with the gold value"),
        Score(name, "value and currency accuracy", both_right / gold_n if gold_n else 0.0, gold_n,
              f"{both_right} of {gold_n} gold amounts found with the gold value and currency"),
    ]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    data = Path(args[0]) if args else Path(__file__).resolve().parents[4] / "shared" / "data"
    for row in run(data):
        print(f"{row.set:22} {row.metric:34} {row.value:6.3f} {row.cases:5d}  {row.note}")


if __name__ == "__main__":
    main()
