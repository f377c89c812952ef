"""Times as the console handles them: stored in UTC, shown in the clinic's time zone."""

from datetime import datetime, timedelta, timezone
from typing import Optional


def as_utc(moment: Optional[datetime]) -> Optional[datetime]:
    """A stored time as an aware UTC datetime (SQLite gives them back without a zone)."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def now() -> datetime:
    return datetime.now(timezone.utc)


def business_days_after(start: datetime, days: int) -> datetime:
    """`start` moved on by `days` working days (Saturdays and Sundays skipped)."""
    moment = start
    left = days
    while left > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment


def age(delta: timedelta) -> str:
    """A duration as staff read it: "45 min", "5 h", "3 days"."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} days"
