"""Times: each news form of a time expression, normalised against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.times import find_times, normalise_time

TUESDAY = date(2024, 10, 22)   # a Tuesday


def only(text: str, anchor: date | None = TUESDAY):
    found = find_times(text, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


@pytest.mark.parametrize("text, phrase, value, precision", [
    ("The envoy arrived on Oct. 21 after talks.", "Oct. 21", "2024-10-21", "day"),
    ("The treaty was signed on 21 October 2024 in Geneva.", "21 October 2024", "2024-10-21", "day"),
    ("Voting closed on October 22, 2024, officials said.", "October 22, 2024", "2024-10-22", "day"),
    ("The filing is dated 2024-10-21.", "2024-10-21", "2024-10-21", "day"),
    ("The decree of 10/21/2024 was annulled.", "10/21/2024", "2024-10-21", "day"),
    ("The minister resigned in February 2022.", "February 2022", "2022-02", "month"),
    ("The mill closed in 2019.", "2019", "2019", "year"),
    ("Inflation soared in the 1990s.", "the 1990s", "199", "decade"),
])
def test_times_absolute(text, phrase, value, precision):
    t = only(text)
    assert (t.text, t.value, t.precision) == (phrase, value, precision)


@pytest.mark.parametrize("text, phrase, value", [
    ("The general visited the front on Monday.", "Monday", "2024-10-21"),
    ("Rescuers reached the town on Tuesday.", "Tuesday", "2024-10-22"),
    ("The army withdrew on Friday.", "Friday", "2024-10-18"),
    ("The cabinet will meet next Monday.", "next Monday", "2024-10-28"),
    ("The vote took place last Monday.", "last Monday", "2024-10-21"),
    ("Talks will resume on Thursday.", "Thursday", "2024-10-24"),
    ("Parliament sits today.", "today", "2024-10-22"),
    ("The convoy was attacked yesterday.", "yesterday", "2024-10-21"),
    ("The court rules tomorrow.", "tomorrow", "2024-10-23"),
    ("Prices fell last week.", "last week", "2024-W42"),
    ("Shelling intensified this week.", "this week", "2024-W43"),
    ("The summit is planned for next month.", "next month", "2024-11"),
    ("The strike began earlier this month.", "earlier this month", "2024-10"),
    ("Fighting flared late last year.", "late last year", "2023"),
    ("The ceasefire collapsed in March.", "March", "2024-03"),
    ("The plant shut three years ago.", "three years ago", "2021"),
    ("Rebels took the city six weeks ago.", "six weeks ago", "2024-W37"),
    ("The bill passed this weekend.", "this weekend", "2024-W43-WE"),
    ("Exports rose in the third quarter.", "the third quarter", "2024-Q3"),
    ("Prices are rising now.", "now", "PRESENT_REF"),
    ("The envoy arrived at 3 p.m. on Monday.", "3 p.m. on Monday", "2024-10-21T15:00"),
])
def test_times_relative_to_anchor(text, phrase, value):
    t = only(text)
    assert (t.text, t.value) == (phrase, value)


def test_times_holidays():
    assert only("Crowds gathered on Christmas Day.", date(2025, 1, 10)).value == "2024-12-25"
    assert only("Polls open on Election Day.").value == "2024-11-05"
    assert only("Pilgrims came at Easter 2023.").value == "2023-04-09"


@pytest.mark.parametrize("text, anchor, value", [
    ("The vote came two weeks before Christmas.", date(2016, 11, 7), "2016-12-11"),
    ("Troops left 3 days after January 12th.", date(2017, 2, 1), "2017-01-15"),
    ("We meet three weeks from tomorrow.", date(2018, 5, 31), "2018-06-22"),
])
def test_times_counted_from_another_date(text, anchor, value):
    assert only(text, anchor).value == value


def test_times_canonical_article(shared_data):
    from conftest import EXAMPLES

    text = (EXAMPLES / "austin-kyiv.txt").read_text(encoding="utf-8")
    values = {t.text: t.value for t in find_times(text, date(2024, 10, 22))}
    assert values["Monday"] == "2024-10-21"
    assert values["February 2022"] == "2022-02"
    assert values["October 22, 2024"] == "2024-10-22"


def test_times_future_clause_takes_next_month():
    t = only("Elections will be held in March.")
    assert t.value == "2025-03"


def test_times_month_just_ahead_is_upcoming():
    assert only("The talks are in November.").value == "2024-11"


def test_times_austin_kyiv_sentence():
    text = ("US Defense Secretary Lloyd Austin arrived on a visit in Kyiv, Ukraine, on Monday for the third time "
            "since the beginning of the war with Russia in February 2022.")
    assert [(t.text, t.value) for t in find_times(text, TUESDAY)] == [("Monday", "2024-10-21"),
                                                                       ("February 2022", "2022-02")]


@pytest.mark.parametrize("text, phrase, value", [
    ("The siege lasted three years.", "three years", "P3Y"),
    ("He spent 2 1/2 years in jail.", "2 1/2 years", "P2Y6M"),
    ("A two-day visit ended.", "two-day", "P2D"),
    ("Sales fell over the past two years.", "the past two years", "P2Y"),
    ("The rebels have fought for decades.", "decades", "PXY"),
    ("The talks dragged on in recent years.", "recent years", "PXY"),
    ("The ceasefire ended the eight-year war.", "eight-year", "P8Y"),
    ("Organisers planned the two day rally.", "two day", "P2D"),
    ("The base may stay for at least 20 more years.", "at least 20 more years", "P20Y"),
])
def test_times_durations(text, phrase, value):
    """TIMEX3 extents: no leading preposition (a SIGNAL), no article of a noun the expression modifies."""
    t = only(text)
    assert (t.text, t.value, t.kind, t.precision) == (phrase, value, "duration", None)


@pytest.mark.parametrize("text, value", [
    ("The offensive ran from March to May 2022.", "2022-03/2022-05"),
    ("Output doubled between 2019 and 2021.", "2019/2021"),
    ("The 2014-2016 drought hit the south.", "2014/2016"),
])
def test_times_ranges(text, value):
    t = only(text)
    assert (t.kind, t.value) == ("range", value)


@pytest.mark.parametrize("text, value", [
    ("Inspectors visit every Monday.", "XXXX-WXX-1"),
    ("The figures are published daily.", "P1D"),
])
def test_times_sets(text, value):
    t = only(text)
    assert (t.kind, t.value) == ("set", value)


@pytest.mark.parametrize("text", [
    "The opposition may call a strike.",
    "Thousands joined the march on the capital.",
    "She said 2000 people attended.",
    "A 6-year-old boy was rescued.",
    "Shares rose 4 5/8 to 112.",
])
def test_times_not_times(text):
    assert find_times(text, TUESDAY) == []


def test_times_without_anchor_keeps_absolute_dates():
    found = find_times("It began on Oct. 21, 2024 and again on Monday.", None)
    assert [(t.text, t.value) for t in found] == [("Oct. 21, 2024", "2024-10-21"), ("Monday", "XXXX-WXX-1")]
    assert normalise_time("yesterday", None) is None or normalise_time("yesterday", None).value is None


def test_normalise_time_covers_the_expression():
    t = normalise_time("last Monday", TUESDAY)
    assert (t.start, t.end, t.value) == (0, len("last Monday"), "2024-10-21")
    assert normalise_time("the committee", TUESDAY) is None


def test_find_times_uses_spacy_dates_the_grammar_missed():
    class Ent:
        label_ = "DATE"
        start_char, end_char = 4, 20

    class Doc:
        ents = [Ent()]

        def __iter__(self):
            return iter(())

    text = "The mid-October 2024 vote."
    refs = find_times(text, TUESDAY, doc=Doc())
    assert [r.value for r in refs] == ["2024-10"]


@pytest.mark.parametrize("text, value", [
    ("The ministers meet Monday in Brussels to settle the budget.", "2024-10-28"),
    ("The ministers met Monday in Brussels to settle the budget.", "2024-10-21"),
    ("The envoys were planning to fly to Geneva on Friday.", "2024-10-25"),
    ("The talks had been due to end Friday.", "2024-10-18"),
])
def test_find_times_weekday_follows_the_tense_of_its_verb(nlp, text, value):
    refs = find_times(text, TUESDAY, doc=nlp(text))
    assert [r.value for r in refs] == [value]


@pytest.mark.parametrize("text, phrase, value", [
    ("The ceasefire began on Oct. 3, 2024. Two soldiers were wounded the next day.", "the next day", "2024-10-04"),
    ("The mayor resigned in June 2021 and left the city later that year.", "later that year", "2021"),
    ("The vote was held on March 5, 2023. The following month, the cabinet fell.", "The following month", "2023-04"),
    ("The court will rule the next day.", "the next day", "2024-10-23"),
    ("Talks ended 2 weeks and 2 days ago.", "2 weeks and 2 days ago", "2024-10-06"),
    ("The deal was struck 1 month, 21 days ago.", "1 month, 21 days ago", "2024-09-01"),
    ("The summit was on Friday 31.", "Friday 31", "2024-05-31"),
    ("The summit will open on Friday 31.", "Friday 31", "2025-01-31"),
    ("They met on Tuesday the eighth.", "Tuesday the eighth", "2024-10-08"),
    ("The treaty was signed May twenty one.", "May twenty one", "2024-05-21"),
    ("She was born on 13 Sept nineteen seventy two.", "13 Sept nineteen seventy two", "1972-09-13"),
    ("The convoy left at midday.", "midday", "2024-10-22T12:00"),
    ("The payment is due on the 20th of next month.", "the 20th of next month", "2024-11-20"),
    ("Investment has slowed in recent years.", "recent years", "PXY"),
])
def test_times_counted_forms(text, phrase, value):
    refs = [t for t in find_times(text, TUESDAY) if phrase in t.text or t.text in phrase]
    assert refs and refs[-1].value == value, [(t.text, t.value) for t in find_times(text, TUESDAY)]


@pytest.mark.parametrize("text", [
    "In May two people died in the floods.",
    "On Friday 31 people were arrested.",
    "He spoke on CBS's \"60 Minutes\" about the case.",
])
def test_times_counts_and_titles_are_not_dates(text):
    assert all(t.value is None or not t.value.endswith(("-31", "-02")) for t in find_times(text, TUESDAY))
    assert not any("Minutes" in t.text for t in find_times(text, TUESDAY))


@pytest.mark.parametrize("text, phrase, value", [
    # a past verb does not send a date a fortnight ahead back a year
    ("The deadline was moved to Nov. 5, the board said.", "Nov. 5", "2024-11-05"),
    ("The fiscal year ended Jan. 31, the company said.", "Jan. 31", "2024-01-31"),
    ("The dividend is payable Jan. 15 to holders of record.", "Jan. 15", "2025-01-15"),
])
def test_times_year_less_dates_by_clause(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


@pytest.mark.parametrize("text, phrase, value", [
    ("Profit rose in the 2023 second quarter.", "the 2023 second quarter", "2023-Q2"),
    ("Sales may recover in next year's first quarter.", "next year's first quarter", "2025-Q1"),
    ("Quarterly profit rose 5%. Sales for last year's quarter were lower.", "last year's quarter", "2023-Q3"),
    ("Quarterly profit rose 5%. The latest period included a gain.", "The latest period", "2024-Q3"),
    ("Quarterly profit rose 5% from the same period last year.", "the same period last year", "2023-Q3"),
])
def test_times_quarters_named_through_a_year(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


@pytest.mark.parametrize("text, phrase, value", [
    ("Ahead of the vote, the ministry on Sunday issued a warning.", "Sunday", "2024-10-20"),
    ("Protesters planned a march on Saturday.", "Saturday", "2024-10-26"),
    ("The firm may list its shares in the near future.", "the near future", "FUTURE_REF"),
    ("Rules should be in place by year's end.", "year's end", "2024"),
    ("Over the next couple of years output will grow.", "the next couple of years", "P2Y"),
])
def test_times_future_cues_and_references(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


def test_times_price_eighths_are_not_dates():
    assert find_times("The stock eased 1/8 to 31 7/8.", TUESDAY) == []


@pytest.mark.parametrize("text, phrase, value", [
    ("The agency gave the family until 9 a.m. Thursday to sign.", "9 a.m. Thursday", "2024-10-24T09:00"),
    ("Judges postponed the hearing until Friday.", "Friday", "2024-10-25"),
    ('"We will win," the minister said Monday.', "Monday", "2024-10-21"),
    ("The dividend will be paid Dec. 14 to holders of record.", "Dec. 14", "2024-12-14"),
    ("The base may stay for at least 20 more years.", "at least 20 more years", "P20Y"),
    ("Prices will ease now that the blockade has ended.", "now", "PRESENT_REF"),
])
def test_times_deferrals_reporting_verbs_and_more(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


@pytest.mark.parametrize("text, phrase, value", [
    ("A minute and a half later the pilot landed.", "A minute and a half", "PT1M30S"),
    ("The talks lasted an hour and a half.", "an hour and a half", "PT1H30M"),
    ("He paid $12 December 27 for it.", "December 27", "2023-12-27"),
])
def test_times_halves_and_money_before_dates(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


@pytest.mark.parametrize("text, phrase, value", [
    ("A hearing is set for the week of Nov. 4, lawyers said.", "the week of Nov. 4", "2024-W45"),
    ("Pilgrims arrived as Easter week began.", "Easter week", "2024-W13"),
    ("The summit meets on Nov. 24 and 25.", "25", "2024-11-25"),
    ("Snipers wounded two doctors in September in Vancouver.", "September", "2024-09"),
    ("The post-1959 order collapsed.", "post-1959", "1959"),
])
def test_times_weeks_of_second_days_and_prefixed_years(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


def test_times_count_after_date_is_not_a_day():
    found = [(t.text, t.value) for t in find_times("On Oct. 4 and 25 people died.", TUESDAY)]
    assert found == [("Oct. 4", "2024-10-04")]


def test_times_the_quarter_is_the_quarter_a_report_names():
    text = ("Acme's fiscal first-quarter profit rose 5%. In the quarter, sales grew 3% from a year earlier. "
            "Acme expects the fourth quarter to be weaker.")
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert ("the quarter", "2024-Q1") in found and ("a year earlier", "2023-Q1") in found, found


def test_times_quarter_ended_takes_the_nearest_quarter_end():
    found = [(t.text, t.value) for t in find_times("In the quarter ended July 31, sales fell.", TUESDAY)]
    assert ("the quarter", "2024-Q2") in found, found


def test_times_high_noon_is_an_idiom():
    assert [t.text for t in find_times("For the party, high noon comes today.", TUESDAY)] == ["today"]


@pytest.mark.parametrize("text, phrase", [
    ("Police reopened the Aug. 7 bombing case.", "Aug. 7"),
    ("The year-ago results included a gain.", "year-ago"),
    ("Analysts await the third-quarter results.", "third-quarter"),
    ("Sales fell in the year-ago quarter.", "the year-ago quarter"),
    ("He was jailed within a week.", "a week"),
])
def test_times_extent_leaves_out_signals_and_articles(text, phrase):
    assert [t.text for t in find_times(text, TUESDAY)] == [phrase]


@pytest.mark.parametrize("text, phrase, value", [
    # counted from the day last mentioned (TimeML's reference time), not from the publication date
    ("The index closed at a low on Friday, Oct. 4, down 3% from the previous Friday.", "the previous Friday",
     "2024-09-27"),
    ("Polls close on Sunday, Nov. 3, and the count ends the following Tuesday.", "the following Tuesday",
     "2024-11-05"),
    ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "2024-10-18T24:00"),
    ("The offer is scheduled to expire Friday.", "Friday", "2024-10-25"),
])
def test_times_reference_and_plans(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert (phrase, value) in found, found


@pytest.mark.parametrize("text, phrase, value", [
    ("It turned a profit after several quarters of losses.", "several quarters", "PXQ"),
    ("Days later, the rebels withdrew.", "Days later", "PXD"),
    ("Shares must be delivered within five business days.", "five business days", "P5D"),
])
def test_times_unspecified_and_kinds_of_days(text, phrase, value):
    found = [(t.text, t.value) for t in find_times(text, TUESDAY)]
    assert found == [(phrase, value)], found


def test_times_trading_days_after_a_date_stay_apart():
    found = [(t.text, t.value) for t in find_times("Eight trading days after Oct. 12, the index fell.", TUESDAY)]
    assert found == [("Eight trading days", "P8D"), ("Oct. 12", "2024-10-12")], found


@pytest.mark.parametrize("text, found", [
    ("The numbers 08/12, 2015 and 3/4,15 were on the form.", [("08/12, 2015", "2015-08-12"), ("3/4,15", "2015-03-04")]),
    ("On 4/5, 15 people were hurt.", [("4/5", "2024-04-05")]),
    ("The firm sold a venture called Orion 1980, a parts maker.", []),
    ("It was Christmas 1999 and Fiscal 1989 had ended.", [("Christmas 1999", "1999-12-25"), ("Fiscal 1989", "1989")]),
])
def test_times_numeric_years_and_names(text, found):
    assert [(t.text, t.value) for t in find_times(text, TUESDAY)] == found
