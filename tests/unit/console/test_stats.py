"""console/stats.py, charts.py, csv_export.py and the statistics page: the figures counted from a
database with known events and staff records, CSV cells a spreadsheet cannot run, and SVG charts
that escape their labels."""

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from sqlalchemy import create_engine, insert
from starlette.requests import Request

from console.charts import bar_chart, chart_for, nice_step, stacked_column_chart
from console.csv_export import csv_text
from console.pages.stats import chosen_period
from console.stats import (
    DEFAULT_DAYS, TABLE_NAMES, Period, Table, cell_text, percentile, statistics)
from console.web import templates
from records.conversations import events
from records.schema import handoff_requests, read_opens, safety_flags

PERIOD = Period(7, date(2026, 3, 10))  # 2026-03-04 to 2026-03-10
DAY_BEFORE = datetime(2026, 3, 8, 12, tzinfo=timezone.utc)
LAST_DAY = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
TOO_EARLY = PERIOD.start - timedelta(seconds=1)
TOO_LATE = PERIOD.end


def _event(sender, type_name, at, intent=None, action=None):
    return {"sender_id": sender, "type_name": type_name, "timestamp": at.timestamp(),
            "intent_name": intent, "action_name": action,
            "data": json.dumps({"event": type_name, "timestamp": at.timestamp()})}


def _handoff(created, status, contacted_after_hours=None):
    contacted = (None if contacted_after_hours is None
                 else created + timedelta(hours=contacted_after_hours))
    return {"created_at": created, "sender_id": "patient", "contact": "a@example.org",
            "contact_kind": "email", "reason": "sleep", "status": status,
            "first_contacted_at": contacted}


@pytest.fixture
def tables(engine):
    """The statistics of a week with known messages, actions and staff records."""
    web, web_2, telegram = "3f1c-web", "77aa-web", "telegram:1111111"
    rows = [
        _event(web, "user", DAY_BEFORE, "ask_causes"),
        _event(web, "bot", DAY_BEFORE),
        _event(web, "user", DAY_BEFORE, "ask_causes"),
        _event(web, "action", DAY_BEFORE, action="action_suggest_reads"),
        _event(web, "user", DAY_BEFORE, "nlu_fallback"),
        _event(web, "action", DAY_BEFORE, action="action_default_fallback"),
        _event(telegram, "user", DAY_BEFORE, "greet"),
        _event(telegram, "user", DAY_BEFORE, "ask_causes"),
        _event(telegram, "action", DAY_BEFORE, action="action_suggest_reads"),
        _event(web, "user", LAST_DAY, "ask_sleep"),
        _event(web, "action", LAST_DAY, action="action_suggest_reads"),
        _event(web_2, "user", LAST_DAY, "nlu_fallback"),
        # Outside the period: not counted.
        _event("old-web", "user", TOO_EARLY, "ask_causes"),
        _event("old-web", "action", TOO_EARLY, action="action_suggest_reads"),
        _event("new-web", "user", TOO_LATE, "ask_causes"),
    ]
    with engine.begin() as connection:
        connection.execute(insert(events), rows)
        connection.execute(insert(read_opens), [
            {"created_at": DAY_BEFORE, "read_id": "alcohol-and-back-pain"},
            {"created_at": LAST_DAY, "read_id": "alcohol-and-back-pain"},
            {"created_at": LAST_DAY, "read_id": "natural-pain-relief"},
            {"created_at": TOO_EARLY, "read_id": "natural-pain-relief"}])
        connection.execute(insert(safety_flags), [
            {"created_at": at, "sender_id": web, "category": category}
            for at, category in [(DAY_BEFORE, "crisis"), (LAST_DAY, "crisis"),
                                 (LAST_DAY, "medication"), (TOO_EARLY, "crisis")]])
        connection.execute(insert(handoff_requests), [
            _handoff(DAY_BEFORE, "new"), _handoff(DAY_BEFORE, "contacted", 2),
            _handoff(DAY_BEFORE, "closed", 10), _handoff(LAST_DAY, "contacted", 4),
            _handoff(TOO_EARLY, "closed", 100)])
        return {table.name: table for table in statistics(connection, PERIOD)}


def _by_label(table):
    return {row[0]: row[1:] for row in table.rows}


def test_conversations_and_messages_are_counted_per_utc_day_and_channel(tables):
    conversations, messages = tables["conversations"], tables["messages"]
    assert conversations.columns == ("Day (UTC)", "web", "telegram", "All channels")
    assert [row[0] for row in conversations.rows] == [
        f"2026-03-{day:02}" for day in range(4, 11)]
    assert _by_label(conversations)["2026-03-08"] == (1, 1, 2)
    assert _by_label(conversations)["2026-03-10"] == (2, 0, 2)
    assert _by_label(conversations)["2026-03-04"] == (0, 0, 0)
    assert _by_label(messages)["2026-03-08"] == (3, 2, 5)
    assert _by_label(messages)["2026-03-10"] == (2, 0, 2)
    assert sum(row[-1] for row in messages.rows) == 7


def test_top_intents_fallback_rate_and_reads(tables):
    intents = tables["intents"]
    assert [row[:2] for row in intents.rows] == [
        ("ask_causes", 3), ("nlu_fallback", 2), ("ask_sleep", 1), ("greet", 1)]
    assert intents.rows[0][2] == pytest.approx(100 * 3 / 7)
    fallback = _by_label(tables["fallback"])
    assert fallback["All channels"] == (7, 2, pytest.approx(100 * 2 / 7))
    assert fallback["web"] == (5, 2, 40.0)
    assert fallback["telegram"] == (2, 0, 0.0)
    assert _by_label(tables["reads_suggested"]) == {
        "All channels": (3,), "web": (2,), "telegram": (1,)}
    assert tables["reads_opened"].rows == [("alcohol-and-back-pain", 2),
                                           ("natural-pain-relief", 1)]


def test_safety_flags_hand_offs_and_time_to_first_contact(tables):
    flags = _by_label(tables["safety_flags"])
    assert flags["crisis"] == (2,) and flags["medication"] == (1,)
    assert flags["emergency"] == (0,)
    assert sum(count for count, in flags.values()) == 3
    assert _by_label(tables["handoffs"]) == {
        "All requests": (4,), "new": (1,), "contacted": (2,), "closed": (1,)}
    contact = _by_label(tables["first_contact"])
    assert contact["Requests contacted"] == (3,)
    assert contact["Median hours to first contact"] == (pytest.approx(4),)
    assert contact["90th percentile hours to first contact"] == (pytest.approx(8.8),)
    assert contact["Requests not contacted yet"] == (1,)


def test_every_table_has_its_export_name_in_order(tables):
    assert tuple(tables) == TABLE_NAMES


def test_a_database_rasa_never_wrote_to_has_empty_statistics(records_url):
    with create_engine(records_url, future=True).begin() as connection:
        found = {table.name: table for table in statistics(connection, PERIOD)}
    assert found["conversations"].columns == ("Day (UTC)", "web", "All channels")
    assert all(row[1:] == (0, 0) for row in found["messages"].rows)
    assert found["intents"].rows == []
    assert found["fallback"].rows == [("All channels", 0, 0, None)]
    assert _by_label(found["reads_suggested"]) == {"All channels": (0,), "web": (0,)}
    assert _by_label(found["first_contact"])["Median hours to first contact"] == (None,)


def test_percentile_interpolates_between_neighbours():
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([10, 2, 4], 0.5) == 4
    assert percentile([1, 2, 3, 4], 0.5) == 2.5


@pytest.mark.parametrize("query, days", [
    (b"days=7", 7), (b"days=90", 90), (b"", DEFAULT_DAYS), (b"days=8", DEFAULT_DAYS),
    (b"days=-7", DEFAULT_DAYS), (b"days=abc", DEFAULT_DAYS), (b"days=%EF%BC%97", DEFAULT_DAYS)])
def test_the_period_is_7_30_or_90_days_and_30_for_anything_else(query, days):
    period = chosen_period(Request({"type": "http", "query_string": query, "headers": []}))
    assert period.days == days
    assert period.until == datetime.now(timezone.utc).date()


def _csv_rows(table):
    return list(csv.reader(io.StringIO(csv_text(table))))


def test_csv_cells_a_spreadsheet_would_run_start_with_a_quote():
    table = Table("t", "Title", ("=Label", "Count"),
                  [("=HYPERLINK(\"http://evil\")", 1), ("+1", 2.5), ("-2", None),
                   ("@SUM(A1)", 0), ("\tx", 3), ("ask_causes", 4)])
    assert _csv_rows(table) == [
        ["'=Label", "Count"],
        ["'=HYPERLINK(\"http://evil\")", "1"], ["'+1", "2.5"], ["'-2", ""], ["'@SUM(A1)", "0"],
        ["'\tx", "3"], ["ask_causes", "4"]]


def test_a_statistics_table_exports_as_its_columns_and_rows(tables):
    rows = _csv_rows(tables["fallback"])
    assert rows[0] == ["Channel", "Messages", "Not understood", "Fallback rate (%)"]
    assert rows[1] == ["All channels", "7", "2", "28.6"]


def _parsed(svg):
    """The SVG as XML (it must be well-formed), and its text."""
    return ElementTree.fromstring(str(svg)), str(svg)


def test_bar_chart_labels_are_escaped_and_the_chart_is_a_titled_image():
    label = "<script>alert('x')</script> & co"
    root, text = _parsed(bar_chart("chart-t", "Top <b>intents</b>", "Bars.", [label, "b"],
                                   [3, None]))
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-t-title chart-t-desc"
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{namespace}title").text == "Top <b>intents</b>"
    assert root.find(f"{namespace}desc").get("id") == "chart-t-desc"
    assert "style=" not in text


def test_stacked_columns_escape_series_names_and_stack_per_label():
    root, text = _parsed(stacked_column_chart(
        "chart-s", "Per day", "Columns.", ["2026-03-08", "2026-03-09"],
        [("web", [3, 0]), ('<img src=x onerror="1">', [2, 1])]))
    assert "<img" not in text and "&lt;img" in text
    bars = root.findall(".//{http://www.w3.org/2000/svg}rect[@stroke]")
    assert len(bars) == 3  # zero values draw nothing


def test_gridline_steps_are_whole_round_numbers():
    assert [nice_step(largest) for largest in (0, 1, 3, 7, 12, 40, 130, 900)] == [
        1, 1, 1, 2, 5, 10, 50, 500]


def test_tables_without_a_charted_column_or_rows_have_no_chart(tables):
    assert chart_for(tables["first_contact"]) == ""
    assert chart_for(Table("t", "T", ("A", "B"), [], charted=(1,))) == ""
    assert 'role="img"' in chart_for(tables["conversations"])


def test_the_page_shows_each_table_with_its_chart_table_and_csv_link(tables):
    page = templates.env.get_template("stats.html").render(
        request=SimpleNamespace(url=SimpleNamespace(path="/stats")), user=None, csrf_token="",
        settings=None, period=PERIOD, periods=(7, 30, 90),
        cell_text=cell_text,
        sections=[(table, chart_for(table)) for table in tables.values()])
    assert "<h1>Statistics</h1>" in page and "UTC" in page
    for name, table in tables.items():
        assert f'href="/stats/{name}.csv?days=7"' in page
        assert f"<h2 id=\"{name}-heading\">{table.title}</h2>" in page
    assert page.count('role="img"') == 8  # every table but the time to first contact
    assert "style=" not in page and "<script>" not in page
