"""Publication dates: parse what sources say, compare the way the reports need.

A published value is either a whole day (``2025-02-15``) or an instant in UTC. A day ties with any
instant on the same UTC day; two instants compare by time. Anything that is not an ISO date or
datetime is unknown (``None``): dates are never guessed from file times or prose.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Extended ISO 8601 only: 2025-02-15, 2025-02-15T10:30[:00[.250]][Z|+01:00]; a space may stand
# for the T. Week dates and basic forms are not accepted.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?"
)


@dataclass(frozen=True, order=False)
class Published:
    """A publication date: a UTC day, and the UTC instant when the source gave a time."""

    day: dt.date
    instant: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.instant is not None:
            if self.instant.tzinfo is None or self.instant.utcoffset() != dt.timedelta(0):
                raise ValueError("Published.instant must be an aware UTC datetime")
            if self.instant.date() != self.day:
                raise ValueError("Published.instant must fall on Published.day")

    @property
    def text(self) -> str:
        """``YYYY-MM-DD`` for a day, ``YYYY-MM-DDTHH:MM:SSZ`` for an instant."""
        if self.instant is None:
            return self.day.isoformat()
        return self.instant.strftime("%Y-%m-%dT%H:%M:%SZ")

    def before(self, other: Published) -> bool:
        """Strictly earlier: an earlier day, or the same day with both times known and earlier."""
        if self.day != other.day:
            return self.day < other.day
        if self.instant is None or other.instant is None:
            return False
        return self.instant < other.instant


def parse_published(value: object) -> Published | None:
    """Read an ISO date or datetime (a string, or a date/datetime a YAML parser produced).

    Naive datetimes are taken as UTC; zoned ones are converted to UTC. Returns None for anything
    else, including empty strings, so the caller decides whether that deserves a warning.
    """
    if isinstance(value, dt.datetime):
        try:
            return _from_datetime(value)
        except OverflowError:
            return None
    if isinstance(value, dt.date):
        return Published(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            return Published(dt.date.fromisoformat(text))
        stated = stated_datetime(text)
        return None if stated is None else _from_datetime(stated)
    except (ValueError, OverflowError):  # 2025-02-30, or a zone pushing past year 9999
        return None


def stated_datetime(value: str) -> dt.datetime | None:
    """An ISO datetime as its source wrote it: its own day and clock, its zone if it has one
    (naive stays naive). None for a bare date or anything that is not an ISO datetime."""
    text = value.strip()
    if not _ISO_DATETIME.fullmatch(text):
        return None
    try:  # fromisoformat reads neither a lower-case t or z nor a decimal comma
        return dt.datetime.fromisoformat(text.upper().replace(",", "."))
    except ValueError:  # 2025-02-30T10:00, 24:00
        return None


def _from_datetime(value: dt.datetime) -> Published:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    value = value.astimezone(dt.UTC).replace(microsecond=0)
    return Published(value.date(), value)
