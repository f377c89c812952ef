"""Live hand-off records: which conversations staff have taken over from the bot, and the messages
staff sent that the web widget has yet to fetch. Written by the Rasa server's live channel
(connectors/live.py), read by it and by the staff console."""

from datetime import datetime
from typing import List, Optional

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from records.schema import live_handoffs, live_messages

# The most staff messages one fetch returns (the widget asks again for the rest).
FETCH_LIMIT = 50


def take_over(connection: Connection, sender_id: str, staff: str, now: datetime) -> bool:
    """Open a live hand-off of `sender_id` by `staff`; False if one is open already."""
    try:
        with connection.begin_nested():
            connection.execute(insert(live_handoffs).values(
                created_at=now, sender_id=sender_id, staff=staff, last_staff_at=now))
    except IntegrityError:
        return False
    return True


def open_handoff(connection: Connection, sender_id: str) -> Optional[dict]:
    """The open live hand-off of `sender_id`, or None when the bot is answering."""
    row = connection.execute(select(live_handoffs).where(
        live_handoffs.c.sender_id == sender_id, live_handoffs.c.ended_at.is_(None))).first()
    return dict(row._mapping) if row else None


def open_handoffs(connection: Connection) -> List[dict]:
    """Every open live hand-off, the oldest first."""
    rows = connection.execute(select(live_handoffs).where(live_handoffs.c.ended_at.is_(None))
                              .order_by(live_handoffs.c.id))
    return [dict(row._mapping) for row in rows]


def taken_over_since(connection: Connection, sender_id: str, since: datetime) -> bool:
    """Whether `sender_id` is taken over, or was at any time since `since`."""
    return connection.execute(select(live_handoffs.c.id).where(
        live_handoffs.c.sender_id == sender_id,
        or_(live_handoffs.c.ended_at.is_(None), live_handoffs.c.ended_at >= since))
        .limit(1)).first() is not None


def note_staff_reply(connection: Connection, sender_id: str, now: datetime) -> bool:
    """Restart the idle time-out of `sender_id`'s open hand-off; False if none is open."""
    return connection.execute(update(live_handoffs).where(
        live_handoffs.c.sender_id == sender_id, live_handoffs.c.ended_at.is_(None))
        .values(last_staff_at=now)).rowcount == 1


def end(connection: Connection, sender_id: str, ended_by: str, now: datetime,
        idle_since: Optional[datetime] = None) -> Optional[dict]:
    """Close `sender_id`'s open hand-off, and only when staff have not written since
    `idle_since` if given; return it as it was, or None when there was nothing to close (a
    colleague or another server process closed it first, or staff just wrote)."""
    found = open_handoff(connection, sender_id)
    if found is None:
        return None
    condition = [live_handoffs.c.id == found["id"], live_handoffs.c.ended_at.is_(None)]
    if idle_since is not None:
        condition.append(live_handoffs.c.last_staff_at < idle_since)
    closed = connection.execute(update(live_handoffs).where(*condition)
                                .values(ended_at=now, ended_by=ended_by)).rowcount
    return found if closed == 1 else None


def reopen(connection: Connection, handoff_id: int) -> None:
    """Undo `end` (the patient could not be told the bot is back)."""
    connection.execute(update(live_handoffs).where(live_handoffs.c.id == handoff_id)
                       .values(ended_at=None, ended_by=None))


def idle_since(connection: Connection, cutoff: datetime) -> List[str]:
    """The conversations whose open hand-off has had no staff message since `cutoff`."""
    return list(connection.execute(select(live_handoffs.c.sender_id).where(
        live_handoffs.c.ended_at.is_(None), live_handoffs.c.last_staff_at < cutoff)).scalars())


def add_message(connection: Connection, sender_id: str, author: Optional[str], text: str,
                now: datetime) -> int:
    """Keep a message for the web widget to fetch; `author` None for the assistant's own."""
    return connection.execute(insert(live_messages).values(
        created_at=now, sender_id=sender_id, author=author, text=text)).inserted_primary_key[0]


def messages_after(connection: Connection, sender_id: str, after: int) -> List[dict]:
    """`sender_id`'s messages numbered above `after`, oldest first, at most `FETCH_LIMIT`."""
    rows = connection.execute(
        select(live_messages.c.id, live_messages.c.created_at, live_messages.c.author,
               live_messages.c.text)
        .where(live_messages.c.sender_id == sender_id, live_messages.c.id > after)
        .order_by(live_messages.c.id).limit(FETCH_LIMIT))
    return [dict(row._mapping) for row in rows]
