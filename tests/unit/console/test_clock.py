"""console/clock.py: the reply-time promise in working days, and ages as staff read them."""

from datetime import datetime, timedelta, timezone

import pytest

from console.clock import age, business_days_after

FRIDAY_4PM = datetime(2026, 11, 27, 16, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("start, days, due", [
    (FRIDAY_4PM, 1, datetime(2026, 11, 30, 16, 0, tzinfo=timezone.utc)),  # Monday
    (FRIDAY_4PM - timedelta(days=3), 1, FRIDAY_4PM - timedelta(days=2)),  # Tuesday -> Wednesday
    (FRIDAY_4PM + timedelta(days=1), 1, datetime(2026, 11, 30, 16, 0, tzinfo=timezone.utc)),
    (FRIDAY_4PM, 5, FRIDAY_4PM + timedelta(days=7))])
def test_working_days_skip_weekends(start, days, due):
    assert business_days_after(start, days) == due


@pytest.mark.parametrize("delta, shown", [
    (timedelta(minutes=45), "45 min"), (timedelta(hours=5), "5 h"), (timedelta(days=3), "3 days")])
def test_ages(delta, shown):
    assert age(delta) == shown
