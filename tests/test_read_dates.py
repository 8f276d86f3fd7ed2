"""Published lines as pages print them -> ISO 8601."""
from __future__ import annotations

import pytest

from eventwire.read.dates import parse_date_text, published_line


@pytest.mark.parametrize(
    "line, expected",
    [
        ("  • PublishedOctober 22, 2024", ("published", "2024-10-22")),
        ("Published: 22 Oct 2024", ("published", "2024-10-22")),
        ("Published on 3rd March 2023", ("published", "2023-03-03")),
        ("Updated 10:31 AM EDT, Tue October 22, 2024", ("updated", "2024-10-22T10:31:00-04:00")),
        ("October 22, 2024 10:31 AM EDT", ("published", "2024-10-22T10:31:00-04:00")),
        ("January 9, 2024 4:05 PM ET", ("published", "2024-01-09T16:05:00-05:00")),
        ("Tuesday 22 October 2024 14.05 BST", ("published", "2024-10-22T14:05:00+01:00")),
        ("Posted 2024-10-22T09:30:00Z", ("published", "2024-10-22T09:30:00+00:00")),
        ("Published 22.10.2024", ("published", "2024-10-22")),
        ("Oct. 22, 2024", ("published", "2024-10-22")),
        ("Published October 22, 2024 | Updated October 23, 2024 11:02 AM", ("published", "2024-10-22")),
    ],
)
def test_dates_published_line_forms(line, expected):
    assert published_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The council met on October 22, 2024 to vote on the budget.",
        "Published 2 hours ago",
        "Senate passes stopgap spending bill",
        "Published February 30, 2024",
    ],
)
def test_dates_not_a_published_line(line):
    assert published_line(line) is None


def test_dates_parse_date_text_with_time():
    assert parse_date_text("October 22, 2024 10:31 AM EDT") == "2024-10-22T10:31:00-04:00"
    assert parse_date_text("no date here") is None
