"""The canonical example: ../shared/examples/austin-kyiv.txt against austin-kyiv.expected.json.

What is counted:
- article fields: title, published (the date part), author, categories (as a set), credit_line,
  cited_sources (as a set), the body's start and end, and no page-furniture line in the body; each exact.
- events found: an expected event is found when a coded event has its type, and its actor and recipient
  countries are among the coded event's (where the expected event gives them). One coded event serves one
  expected event. "with status" also needs the status (or one of `status_in`); "with all fields" also needs
  the date, location (name, country, lat/lon within 0.1 degree), amount (value and unit), claimed_by (a shared
  name word) and mode, wherever the expected event gives them.
- must_not violations: a fact-level (asserted, unattributed) PRK->RUS event; a decided (asserted or claimed)
  MOBILIZE; a CONSULT visit by the US in Ukraine dated 2024-10-22; an actor taken from the page furniture.
- claims attributed: an expected claim whose speaker shares a name word with a coded claim's speaker and
  whose `content_contains` is inside that claim's content.
"""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval.matching import (DataMissing, countries, fold, match_one_to_one, ratio, read_article,
                                     speaker_matches)
from eventwire.eval.model import Score

SET = "canonical"
DECIDED = {"asserted", "claimed"}


def examples_dir(data: Path) -> Path:
    """The examples folder beside the data folder (../shared/examples for ../shared/data)."""
    return Path(data).resolve().parent / "examples"


def run(data: Path, **options) -> list[Score]:
    """Code austin-kyiv.txt through the pipeline and score it against the analyst's reading."""
    folder = examples_dir(data)
    text_path, expected_path = folder / "austin-kyiv.txt", folder / "austin-kyiv.expected.json"
    for p in (text_path, expected_path):
        if not p.exists():
            raise DataMissing(f"{p} not found")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = read_article(text_path)
    from eventwire.pipeline import code_articles

    coded = next(code_articles([article]))
    return score(coded, expected)


def score(coded, expected: dict) -> list[Score]:
    """The canonical rows for one Coded article against the expected reading."""
    rows = []
    ok, total, missed = article_fields(coded.article, expected.get("article", {}))
    rows.append(Score(SET, "article fields exact", ratio(ok, total), total,
                      f"{ok} of {total}" + (f"; wrong: {', '.join(missed)}" if missed else "")))
    want = expected.get("events", [])
    found, with_status, complete = events_found(coded.events, want)
    n = len(want)
    rows.append(Score(SET, "events found", ratio(found, n), n, f"{found}/{n} by type + actor/recipient country"))
    rows.append(Score(SET, "events found with status", ratio(with_status, n), n, f"{with_status}/{n}"))
    rows.append(Score(SET, "events found with all fields", ratio(complete, n), n,
                      f"{complete}/{n}: status, date, location, amount, claimed_by, mode where given"))
    violations = must_not_violations(coded, expected)
    rows.append(Score(SET, "must_not violations", ratio(len(violations), 4), 4,
                      f"{len(violations)} of 4 (lower is better)" + (f": {'; '.join(violations)}" if violations else "")))
    want_claims = expected.get("claims", [])
    got = claims_attributed(coded.claims, want_claims)
    rows.append(Score(SET, "claims attributed", ratio(got, len(want_claims)), len(want_claims),
                      f"{got}/{len(want_claims)} speaker + content"))
    return rows


def article_fields(article, want: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields checked, names of the wrong ones)."""
    checks: dict[str, bool] = {}
    if "title" in want:
        checks["title"] = fold(article.title or "") == fold(want["title"])
    if "published" in want:
        checks["published"] = (article.published or "")[:10] == want["published"]
    if "author" in want:
        checks["author"] = fold(article.author or "") == fold(want["author"])
    if "categories" in want:
        checks["categories"] = {fold(c) for c in article.categories} == {fold(c) for c in want["categories"]}
    if "credit_line" in want:
        checks["credit_line"] = fold(article.credit_line or "") == fold(want["credit_line"])
    if "cited_sources" in want:
        checks["cited_sources"] = {fold(c) for c in article.cited_sources} == {fold(c) for c in want["cited_sources"]}
    body = article.body.strip()
    if "body_starts_with" in want:
        checks["body start"] = fold(body).startswith(fold(want["body_starts_with"]))
    if "body_ends_with" in want:
        checks["body end"] = fold(body).endswith(fold(want["body_ends_with"]))
    if "boilerplate_not_in_body" in want:
        lines = {fold(line) for line in body.splitlines()}
        checks["no furniture in body"] = not any(fold(b) in lines for b in want["boilerplate_not_in_body"])
    wrong = [k for k, v in checks.items() if not v]
    return len(checks) - len(wrong), len(checks), wrong


def _fits(want: dict, event) -> bool:
    if event.type != want["type"]:
        return False
    if want.get("actor") and want["actor"] not in countries(event.actor):
        return False
    if want.get("recipient") and want["recipient"] not in countries(event.recipient):
        return False
    return True


def _status_ok(want: dict, event) -> bool:
    allowed = want.get("status_in") or ([want["status"]] if want.get("status") else [])
    return not allowed or event.status.value in allowed


def _fields_ok(want: dict, event) -> bool:
    if not _status_ok(want, event):
        return False
    if want.get("date") and event.date != want["date"]:
        return False
    if want.get("mode") and (event.mode or "").lower() != want["mode"].lower():
        return False
    if want.get("claimed_by") and not speaker_matches(want["claimed_by"], event.claimed_by):
        return False
    loc = want.get("location")
    if loc:
        got = event.location
        if got is None:
            return False
        if loc.get("name") and fold(got.name) != fold(loc["name"]):
            return False
        if loc.get("country") and got.country != loc["country"]:
            return False
        for key in ("lat", "lon"):
            if loc.get(key) is not None and (getattr(got, key) is None or abs(getattr(got, key) - loc[key]) > 0.1):
                return False
    amount = want.get("amount")
    if amount:
        got = event.amount
        if got is None or got.unit != amount.get("unit") or abs(got.value - amount["value"]) > 0.5:
            return False
    return True


def events_found(events, want: list[dict]) -> tuple[int, int, int]:
    """(found, found with status, found with every given field), each expected event matched once.

    The matching prefers the coded event that gets the most fields right, so a stray event of the same
    type cannot take an expected event's place.
    """
    def fits(w, e):
        if not _fits(w, e):
            return 0
        return 1 + _status_ok(w, e) + _fields_ok(w, e)
    pairs = match_one_to_one(want, list(events), fits)
    found = len(pairs)
    with_status = sum(_status_ok(want[g], events[p]) for g, p in pairs)
    complete = sum(_fields_ok(want[g], events[p]) for g, p in pairs)
    return found, with_status, complete


def must_not_violations(coded, expected: dict) -> list[str]:
    """The must_not list of the canonical example, checked one by one; each names what broke it."""
    out = []
    for e in coded.events:
        status = e.status.value
        if ("PRK" in countries(e.actor) and "RUS" in countries(e.recipient)
                and status == "asserted" and not e.claimed_by):
            out.append(f"fact-level PRK->RUS {e.type}")
            break
    for e in coded.events:
        if e.type == "MOBILIZE" and e.status.value in DECIDED:
            out.append(f"decided MOBILIZE ({e.status.value})")
            break
    for e in coded.events:
        if (e.type == "CONSULT" and "USA" in countries(e.actor) and "UKR" in countries(e.recipient)
                and e.date == "2024-10-22" and e.status.value == "asserted"):
            out.append("visit dated 2024-10-22")
            break
    furniture = {fold(b) for b in expected.get("article", {}).get("boilerplate_not_in_body", [])}
    credit = expected.get("article", {}).get("credit_line")
    if credit:
        furniture |= {fold(part) for part in credit.split("/") if part.strip()}
        furniture.add(fold(credit))
    actors = list(coded.actors) + [a for e in coded.events for a in (*e.actor, *e.recipient)]
    bad = sorted({a.text for a in actors if fold(a.text) in furniture})
    if bad:
        out.append(f"actor from page furniture: {', '.join(bad)}")
    return out


def claims_attributed(claims, want: list[dict]) -> int:
    """How many expected claims a coded claim attributes to the right speaker with the right content."""
    def fits(w, c):
        return (speaker_matches(w["speaker"], c.speaker.name, c.speaker.text)
                and fold(w.get("content_contains", "")) in fold(c.content))
    return len(match_one_to_one(want, list(claims), fits))
