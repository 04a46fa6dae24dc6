from __future__ import annotations

import datetime as dt

import pytest

from provenance.dates import Published, parse_published, stated_datetime


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("2025-02-15", "2025-02-15"),
        (" 2025-02-15 ", "2025-02-15"),
        ("2025-02-15T10:30:00", "2025-02-15T10:30:00Z"),
        ("2025-02-15 10:30", "2025-02-15T10:30:00Z"),
        ("2025-02-15T10:30:00Z", "2025-02-15T10:30:00Z"),
        ("2025-02-15T01:30:00+02:00", "2025-02-14T23:30:00Z"),
        ("2025-02-15T10:30:00.250-05:00", "2025-02-15T15:30:00Z"),
        ("2025-02-15t10:30:00z", "2025-02-15T10:30:00Z"),
        ("2025-02-15T10:30:00,5+0100", "2025-02-15T09:30:00Z"),
        ("2025-02-15T23:30:00-05:00", "2025-02-16T04:30:00Z"),
    ],
)
def test_iso_dates_and_datetimes_are_written_in_utc(raw: str, text: str) -> None:
    published = parse_published(raw)
    assert published is not None
    assert published.text == text


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "yesterday",
        "15/02/2025",
        "2025-02-30",
        "24 hours after",
        "2025",
        None,
        20250215,
        "2025-W07-6",
        "9999-12-31T23:00:00-05:00",
        "0001-01-01T00:30:00+01:00",
        "2025-02-15T24:00:00Z",
        "2025-02-15T10:30:00 +01:00",
    ],
)
def test_anything_else_is_unknown(raw: object) -> None:
    assert parse_published(raw) is None


def test_yaml_dates_are_accepted() -> None:
    assert parse_published(dt.date(2025, 3, 4)) == Published(dt.date(2025, 3, 4))
    naive = parse_published(dt.datetime(2025, 3, 4, 9, 0))
    assert naive is not None and naive.text == "2025-03-04T09:00:00Z"


def test_a_day_ties_with_any_time_that_day() -> None:
    day = parse_published("2025-03-03")
    morning = parse_published("2025-03-03T07:00:00Z")
    evening = parse_published("2025-03-03T19:00:00Z")
    next_day = parse_published("2025-03-04T00:00:00Z")
    assert day and morning and evening and next_day
    assert not day.before(morning) and not morning.before(day)
    assert morning.before(evening) and not evening.before(morning)
    assert day.before(next_day) and evening.before(next_day)


def test_published_rejects_inconsistent_values() -> None:
    with pytest.raises(ValueError, match="aware UTC"):
        Published(dt.date(2025, 1, 1), dt.datetime(2025, 1, 1, 10))
    with pytest.raises(ValueError, match="fall on"):
        Published(dt.date(2025, 1, 2), dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC))


def test_a_stated_datetime_keeps_the_day_clock_and_zone_it_was_written_with() -> None:
    stated = stated_datetime(" 2025-02-15t23:30:00-05:00 ")
    assert stated == dt.datetime(2025, 2, 15, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    naive = stated_datetime("2025-02-15 00:00")
    assert naive == dt.datetime(2025, 2, 15) and naive.tzinfo is None
    for other in ("2025-02-15", "2025-02-30T10:00:00Z", "yesterday", ""):
        assert stated_datetime(other) is None
