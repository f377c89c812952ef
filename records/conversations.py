"""Reading the conversations Rasa stores, for staff: Rasa's `events` table (rasa.core.tracker_store
.SQLTrackerStore, created by the Rasa server in the same database as the staff tables) as plain
turns, conversation summaries with search and filters, and the channel each conversation came
through.

Rasa owns that table: this module only reads it, and records/retention.py deletes from it. The
table may not exist yet (a console started before the Rasa server ever ran): that reads as no
conversations.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Dict, List, Optional, Set

from sqlalchemy import (
    Column, Float, Integer, MetaData, String, Table, Text, and_, case, distinct, func, inspect,
    not_, or_, select)
from sqlalchemy.engine import Connection

from actions.constants import (
    CATEGORY_KEY, FALLBACK_INTENT, LINE_KEY, MESSAGING_CHANNELS, TRIAGE_KEY)
from records.schema import handoff_requests, safety_flags

# A bot message's metadata key naming the staff member who wrote it (connectors/live.py).
STAFF_KEY = "staff"
# Rasa's own table, as SQLTrackerStore.SQLEvent declares it (not part of the staff migrations).
events = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)

WEB_CHANNEL = "web"
CHANNELS = (WEB_CHANNEL, *sorted(MESSAGING_CHANNELS))
FALLBACK_ACTION = "action_default_fallback"
PAGE_SIZE = 50


def channel_of(sender_id: str) -> str:
    """The channel a conversation came through: a messaging app's prefix, else the web widget
    (REST and socket.io)."""
    prefix = sender_id.partition(":")[0]
    return prefix if prefix in MESSAGING_CHANNELS else WEB_CHANNEL


def has_events_table(connection: Connection) -> bool:
    return inspect(connection).has_table(events.name)


@dataclass(frozen=True)
class Turn:
    """One line of a transcript: what the patient or the bot said, and for the patient's
    messages what NLU and the safety triage made of it."""

    event_id: int
    at: datetime
    speaker: str  # "patient", "bot" or "staff" (a live hand-off: connectors/live.py)
    text: str
    message_id: Optional[str] = None
    intent: Optional[str] = None
    confidence: Optional[float] = None
    triage: Optional[str] = None  # the safety category found, with the line that found it
    buttons: List[str] = field(default_factory=list)
    fell_back: bool = False
    author: Optional[str] = None  # the staff member, for "staff"

    @property
    def who(self) -> str:
        """The speaker as staff read it: "patient", "bot" or "<name> (staff)"."""
        return f"{self.author} (staff)" if self.author else self.speaker


def as_datetime(timestamp: Optional[float]) -> datetime:
    return datetime.fromtimestamp(timestamp or 0, timezone.utc)


def turn_from_event(event_id: int, timestamp: Optional[float],
                    data: Dict[str, Any]) -> Optional[Turn]:
    """A user or bot event (its row's id, timestamp and data) as a Turn; None for every other
    event."""
    kind = data.get("event")
    at = as_datetime(timestamp)
    if kind == "user":
        parse = data.get("parse_data") or {}
        intent = parse.get("intent") or {}
        triage = parse.get(TRIAGE_KEY) or {}
        found = triage.get(CATEGORY_KEY)
        return Turn(event_id, at, "patient", data.get("text") or "", data.get("message_id"),
                    intent.get("name"), intent.get("confidence"),
                    f"{found} ({triage.get(LINE_KEY)})" if found else None,
                    fell_back=intent.get("name") == FALLBACK_INTENT)
    if kind == "bot":
        extra = data.get("data") or {}
        buttons = [button.get("title") or "" for button in extra.get("buttons") or []]
        text = data.get("text") or ""
        if not text and extra.get("custom"):
            text = "[a card: " + ", ".join(
                read.get("title", "") for read in (extra["custom"].get("reads") or [])) + "]"
        staff = (data.get("metadata") or {}).get(STAFF_KEY)
        if isinstance(staff, str) and staff:
            return Turn(event_id, at, "staff", text, author=staff)
        return Turn(event_id, at, "bot", text, buttons=buttons)
    return None


def transcript(connection: Connection, sender_id: str, after: int = 0) -> List[Turn]:
    """Every message of one conversation (stored after event number `after`), oldest first
    (all sessions)."""
    if not has_events_table(connection):
        return []
    rows = connection.execute(
        select(events.c.id, events.c.timestamp, events.c.data)
        .where(events.c.sender_id == sender_id, events.c.type_name.in_(("user", "bot")),
               events.c.id > after)
        .order_by(events.c.id))
    turns = (turn_from_event(event_id, timestamp, json.loads(data))
             for event_id, timestamp, data in rows)
    return [turn for turn in turns if turn is not None]


@dataclass(frozen=True)
class ConversationFilter:
    """What staff narrowed the conversation list to; empty fields do not filter."""

    search: str = ""
    channel: str = ""
    since: Optional[date] = None
    until: Optional[date] = None
    flagged: bool = False
    handed_off: bool = False
    fell_back: bool = False
    author: Optional[str] = None  # the staff member, for "staff"

    @property
    def who(self) -> str:
        """The speaker as staff read it: "patient", "bot" or "<name> (staff)"."""
        return f"{self.author} (staff)" if self.author else self.speaker


@dataclass(frozen=True)
class ConversationSummary:
    sender_id: str
    channel: str
    started: datetime
    last_active: datetime
    messages: int
    fell_back: bool
    flagged: bool
    handed_off: bool


def _like_fragment(text: str) -> str:
    """`text` as it appears inside Rasa's stored JSON (non-ASCII as \\u escapes), with LIKE's
    wildcards escaped."""
    escaped = json.dumps(text)[1:-1]
    return "%" + escaped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _may_contain(term: str):
    """A cheap SQL test that every event whose text contains `term` (in any case) passes: its
    longest ASCII run, which LIKE compares without case, or else the term in lower or upper
    case as JSON escapes it."""
    ascii_runs = sorted(re.findall(r"[\x20-\x7e]+", term), key=len)
    if ascii_runs and len(ascii_runs[-1].strip()) >= 2:
        return events.c.data.ilike(_like_fragment(ascii_runs[-1]), escape="\\")
    return or_(*(events.c.data.like(_like_fragment(variant), escape="\\")
                 for variant in (term.lower(), term.upper())))


def senders_saying(connection: Connection, term: str) -> Set[str]:
    """The conversations in which the patient or the bot wrote `term`, in any case: a quick SQL
    filter, then the messages' own text (not the rest of Rasa's JSON) compared in Python."""
    wanted = term.casefold()
    rows = connection.execute(
        select(events.c.sender_id, events.c.data)
        .where(events.c.type_name.in_(("user", "bot")), _may_contain(term)))
    return {sender for sender, data in rows
            if wanted in (json.loads(data).get("text") or "").casefold()}


def _channel_condition(channel: str):
    if channel == WEB_CHANNEL:
        return not_(or_(*(events.c.sender_id.like(f"{name}:%") for name in MESSAGING_CHANNELS)))
    return events.c.sender_id.like(f"{channel}:%")


def _day_start(day: date) -> float:
    return datetime.combine(day, time.min, timezone.utc).timestamp()


def conversations(connection: Connection, chosen: ConversationFilter,
                  page: int = 1) -> List[ConversationSummary]:
    """Conversations matching `chosen`, most recently active first, a page at a time."""
    if not has_events_table(connection):
        return []
    spoken = events.c.type_name.in_(("user", "bot"))
    fell_back = func.max(case((or_(events.c.intent_name == FALLBACK_INTENT,
                                   events.c.action_name == FALLBACK_ACTION), 1), else_=0))
    query = (select(events.c.sender_id,
                    func.min(events.c.timestamp).label("started"),
                    func.max(events.c.timestamp).label("last_active"),
                    func.sum(case((spoken, 1), else_=0)).label("messages"),
                    fell_back.label("fell_back"))
             .group_by(events.c.sender_id))
    flagged_ids = select(distinct(safety_flags.c.sender_id))
    handed_off_ids = select(distinct(handoff_requests.c.sender_id))
    conditions = []
    if chosen.search.strip():
        term = chosen.search.strip()
        conditions.append(or_(events.c.sender_id.in_(senders_saying(connection, term)),
                              events.c.sender_id == term))
    if chosen.channel in CHANNELS:
        conditions.append(_channel_condition(chosen.channel))
    if chosen.flagged:
        conditions.append(events.c.sender_id.in_(flagged_ids))
    if chosen.handed_off:
        conditions.append(events.c.sender_id.in_(handed_off_ids))
    if conditions:
        query = query.where(and_(*conditions))
    having = []
    if chosen.since:
        having.append(func.max(events.c.timestamp) >= _day_start(chosen.since))
    if chosen.until:
        having.append(func.min(events.c.timestamp) < _day_start(chosen.until + timedelta(days=1)))
    if chosen.fell_back:
        having.append(fell_back == 1)
    if having:
        query = query.having(and_(*having))
    query = (query.order_by(func.max(events.c.timestamp).desc())
             .limit(PAGE_SIZE).offset((max(page, 1) - 1) * PAGE_SIZE))
    rows = connection.execute(query).all()
    senders = [row.sender_id for row in rows]
    flagged = set(connection.execute(flagged_ids.where(
        safety_flags.c.sender_id.in_(senders))).scalars())
    handed_off = set(connection.execute(handed_off_ids.where(
        handoff_requests.c.sender_id.in_(senders))).scalars())
    return [ConversationSummary(row.sender_id, channel_of(row.sender_id),
                                as_datetime(row.started), as_datetime(row.last_active),
                                int(row.messages or 0), bool(row.fell_back),
                                row.sender_id in flagged, row.sender_id in handed_off)
            for row in rows]
