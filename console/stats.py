"""The statistics page's figures for a period of whole UTC days: conversations and messages per
day and channel, top intents, fallback rate, reads suggested and opened, safety flags, hand-offs
and time to first contact.

Each figure is a `Table`; the same table feeds the page's chart, its HTML table and its CSV
export. Rasa's events store times as epoch seconds, so days are counted in Python (portable
across SQLite and PostgreSQL); the staff tables' times are filtered in SQL.
"""

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, List, Optional, Sequence, Tuple, Union

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from actions.constants import FALLBACK_INTENT
from console.clock import as_utc
from console.flags import LABELS as FLAG_LABELS
from console.handoffs import STATUSES
from records.conversations import CHANNELS, WEB_CHANNEL, channel_of, events, has_events_table
from records.schema import handoff_requests, read_opens, safety_flags

PERIODS = (7, 30, 90)
DEFAULT_DAYS = 30
TOP_INTENTS = 15
SUGGEST_READS_ACTION = "action_suggest_reads"
ALL_CHANNELS = "All channels"
TABLE_NAMES = ("conversations", "messages", "intents", "fallback", "reads_suggested",
               "reads_opened", "safety_flags", "handoffs", "first_contact")

# How a table is drawn: one horizontal bar per row, or one column per row (a day) with the
# charted columns stacked in it.
BARS = "bars"
STACKED_COLUMNS = "stacked columns"

Cell = Union[str, int, float, None]


@dataclass(frozen=True)
class Period:
    """The last `days` whole UTC days, `until` (today) included."""

    days: int
    until: date

    @property
    def first(self) -> date:
        return self.until - timedelta(days=self.days - 1)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min, timezone.utc)

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return datetime.combine(self.until + timedelta(days=1), time.min, timezone.utc)

    def each_day(self) -> List[date]:
        return [self.first + timedelta(days=offset) for offset in range(self.days)]


@dataclass(frozen=True)
class Table:
    """One statistic: a caption, column headings and rows. Column 0 labels the rows; `charted`
    are the numeric columns the chart draws (none: no chart)."""

    name: str  # in the export's address: /stats/<name>.csv
    title: str
    columns: Tuple[str, ...]
    rows: List[Tuple[Cell, ...]]
    charted: Tuple[int, ...] = ()
    chart: str = BARS
    note: str = ""


@dataclass(frozen=True)
class UserMessage:
    """A patient's message as the statistics count it: who (only to count conversations), when,
    through which channel, and the intent NLU gave it."""

    sender_id: str
    day: date
    channel: str
    intent: Optional[str]


def cell_text(value: Cell) -> str:
    """A cell as the page and the CSV show it: fractions to one decimal, nothing as blank."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def percent(part: int, whole: int) -> Optional[float]:
    return 100 * part / whole if whole else None


def percentile(values: Sequence[float], fraction: float) -> Optional[float]:
    """The `fraction` quantile of `values`, interpolating between the nearest two."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    lower, upper = ordered[math.floor(position)], ordered[math.ceil(position)]
    return lower + (upper - lower) * (position - math.floor(position))


def user_messages(connection: Connection, period: Period) -> List[UserMessage]:
    """Every patient message of the period (none while Rasa has not made its table)."""
    if not has_events_table(connection):
        return []
    rows = connection.execute(
        select(events.c.sender_id, events.c.timestamp, events.c.intent_name)
        .where(events.c.type_name == "user",
               events.c.timestamp >= period.start.timestamp(),
               events.c.timestamp < period.end.timestamp()))
    return [UserMessage(row.sender_id,
                        datetime.fromtimestamp(row.timestamp, timezone.utc).date(),
                        channel_of(row.sender_id), row.intent_name)
            for row in rows]


def channels_used(messages: Sequence[UserMessage]) -> List[str]:
    """The channels with messages, in the console's order (the web widget when there are none)."""
    used = {message.channel for message in messages}
    return [channel for channel in CHANNELS if channel in used] or [WEB_CHANNEL]


def _per_day_table(name: str, title: str, counts: Dict[Tuple[date, str], int],
                   channels: List[str], period: Period) -> Table:
    rows = []
    for day in period.each_day():
        per_channel = [counts.get((day, channel), 0) for channel in channels]
        rows.append((day.isoformat(), *per_channel, sum(per_channel)))
    return Table(name, title, ("Day (UTC)", *channels, ALL_CHANNELS), rows,
                 charted=tuple(range(1, len(channels) + 1)), chart=STACKED_COLUMNS)


def conversations_per_day(messages: Sequence[UserMessage], period: Period) -> Table:
    """Conversations a day by channel: the senders who wrote at least once that day."""
    senders = {(message.day, message.channel, message.sender_id) for message in messages}
    counts = Counter((day, channel) for day, channel, _ in senders)
    return _per_day_table("conversations", "Conversations per day", counts,
                          channels_used(messages), period)


def messages_per_day(messages: Sequence[UserMessage], period: Period) -> Table:
    """Patient messages a day by channel."""
    counts = Counter((message.day, message.channel) for message in messages)
    return _per_day_table("messages", "Patient messages per day", counts,
                          channels_used(messages), period)


def top_intents(messages: Sequence[UserMessage]) -> Table:
    """The intents NLU gave patients' messages most often, with their share of all messages."""
    counts = Counter(message.intent or "(none)" for message in messages)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_INTENTS]
    rows = [(intent, count, percent(count, len(messages))) for intent, count in ranked]
    return Table("intents", f"Top {TOP_INTENTS} intents", ("Intent", "Messages", "Share (%)"),
                 rows, charted=(1,))


def fallback_rate(messages: Sequence[UserMessage]) -> Table:
    """The share of messages NLU could not place (nlu_fallback), overall and per channel."""
    fell_back = [message for message in messages if message.intent == FALLBACK_INTENT]

    def row(label: str, sent: int, missed: int) -> Tuple[Cell, ...]:
        return (label, sent, missed, percent(missed, sent))

    rows = [row(ALL_CHANNELS, len(messages), len(fell_back))]
    sent_by_channel = Counter(message.channel for message in messages)
    missed_by_channel = Counter(message.channel for message in fell_back)
    rows += [row(channel, sent_by_channel[channel], missed_by_channel[channel])
             for channel in CHANNELS if sent_by_channel[channel]]
    return Table("fallback", "Fallback rate",
                 ("Channel", "Messages", "Not understood", "Fallback rate (%)"), rows,
                 charted=(3,),
                 note=f"Messages NLU could not place ({FALLBACK_INTENT}), of all patient "
                      "messages.")


def reads_suggested(connection: Connection, period: Period) -> Table:
    """How often the assistant ran its read suggestion, by channel."""
    counts: Counter = Counter()
    if has_events_table(connection):
        rows = connection.execute(
            select(events.c.sender_id, func.count().label("times"))
            .where(events.c.type_name == "action",
                   events.c.action_name == SUGGEST_READS_ACTION,
                   events.c.timestamp >= period.start.timestamp(),
                   events.c.timestamp < period.end.timestamp())
            .group_by(events.c.sender_id))
        for row in rows:
            counts[channel_of(row.sender_id)] += row.times
    rows = [(ALL_CHANNELS, sum(counts.values()))]
    rows += [(channel, counts[channel]) for channel in CHANNELS
             if counts[channel] or channel == WEB_CHANNEL]
    return Table("reads_suggested", "Reads suggested", ("Channel", "Suggestions"), rows,
                 charted=(1,),
                 note="Times the assistant suggested reads (also when it had none left to "
                      "suggest). Only the web widget shows reads as cards that count opens.")


def reads_opened(connection: Connection, period: Period) -> Table:
    """Read cards patients opened in the web widget, by read."""
    rows = connection.execute(
        select(read_opens.c.read_id, func.count().label("opens"))
        .where(read_opens.c.created_at >= period.start, read_opens.c.created_at < period.end)
        .group_by(read_opens.c.read_id)
        .order_by(func.count().desc(), read_opens.c.read_id))
    return Table("reads_opened", "Reads opened", ("Read", "Opens"),
                 [(row.read_id, row.opens) for row in rows], charted=(1,),
                 note="Links of read cards patients clicked in the web widget.")


def flags_by_category(connection: Connection, period: Period) -> Table:
    """Safety flags raised, by category: every known category, then any other found."""
    counts = dict(connection.execute(
        select(safety_flags.c.category, func.count())
        .where(safety_flags.c.created_at >= period.start, safety_flags.c.created_at < period.end)
        .group_by(safety_flags.c.category)).all())
    categories = list(FLAG_LABELS) + sorted(set(counts) - set(FLAG_LABELS))
    rows = [(FLAG_LABELS.get(category, category), counts.get(category, 0))
            for category in categories]
    return Table("safety_flags", "Safety flags", ("Category", "Flags"), rows, charted=(1,))


def _handoffs_in(period: Period):
    return ((handoff_requests.c.created_at >= period.start)
            & (handoff_requests.c.created_at < period.end))


def handoffs_by_status(connection: Connection, period: Period) -> Table:
    """Hand-off requests made in the period, by their status now."""
    counts = dict(connection.execute(
        select(handoff_requests.c.status, func.count())
        .where(_handoffs_in(period)).group_by(handoff_requests.c.status)).all())
    statuses = list(STATUSES) + sorted(set(counts) - set(STATUSES))
    rows = [("All requests", sum(counts.values()))]
    rows += [(status, counts.get(status, 0)) for status in statuses]
    return Table("handoffs", "Hand-off requests", ("Status now", "Requests"), rows,
                 charted=(1,))


def time_to_first_contact(connection: Connection, period: Period) -> Table:
    """Hours from a request to its first contact (median, 90th percentile), for requests made
    in the period, and how many nobody has contacted yet."""
    rows = connection.execute(
        select(handoff_requests.c.created_at, handoff_requests.c.first_contacted_at)
        .where(_handoffs_in(period))).all()
    hours = [(as_utc(row.first_contacted_at) - as_utc(row.created_at)).total_seconds() / 3600
             for row in rows if row.first_contacted_at is not None]
    figures = [("Requests contacted", len(hours)),
               ("Median hours to first contact", percentile(hours, 0.5)),
               ("90th percentile hours to first contact", percentile(hours, 0.9)),
               ("Requests not contacted yet", len(rows) - len(hours))]
    return Table("first_contact", "Time to first contact", ("Figure", "Value"), figures,
                 note="Clock hours (nights and weekends included) from the request to the "
                      "first time staff moved it on from \"new\".")


def statistics(connection: Connection, period: Period) -> List[Table]:
    """Every table of the statistics page, in the page's order."""
    messages = user_messages(connection, period)
    return [conversations_per_day(messages, period), messages_per_day(messages, period),
            top_intents(messages), fallback_rate(messages),
            reads_suggested(connection, period), reads_opened(connection, period),
            flags_by_category(connection, period), handoffs_by_status(connection, period),
            time_to_first_contact(connection, period)]

