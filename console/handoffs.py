"""The hand-off queue: requests with their age against the clinic's reply-time promise, notes,
assignee and status (new -> contacted -> closed), every change audited."""

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from records import audit
from console.clock import age, as_utc, business_days_after, now
from records.schema import handoff_notes, handoff_requests

STATUSES = ("new", "contacted", "closed")
OPEN_STATUSES = ("new", "contacted")
MAX_NOTE = 4000


class QueueError(ValueError):
    """A change staff asked for that cannot be made; the message says why."""


@dataclass(frozen=True)
class QueuedRequest:
    row: dict
    age: str
    due: datetime
    overdue: bool
    notes: int


def _queued(row: dict, notes: int, reply_business_days: int) -> QueuedRequest:
    created = as_utc(row["created_at"])
    due = business_days_after(created, reply_business_days)
    waiting = row["status"] == "new"
    return QueuedRequest(row, age(now() - created), due, waiting and now() > due, notes)


def queue(connection: Connection, status: str, reply_business_days: int) -> List[QueuedRequest]:
    """Requests with `status` ("open" for new and contacted, "" for all), oldest first."""
    note_counts = (select(handoff_notes.c.handoff_id, func.count().label("notes"))
                   .group_by(handoff_notes.c.handoff_id).subquery())
    query = (select(handoff_requests, func.coalesce(note_counts.c.notes, 0).label("notes"))
             .outerjoin(note_counts, note_counts.c.handoff_id == handoff_requests.c.id)
             .order_by(handoff_requests.c.id))
    if status == "open":
        query = query.where(handoff_requests.c.status.in_(OPEN_STATUSES))
    elif status in STATUSES:
        query = query.where(handoff_requests.c.status == status)
    rows = connection.execute(query)
    return [_queued({k: v for k, v in row._mapping.items() if k != "notes"}, row.notes,
                    reply_business_days) for row in rows]


def request_with_notes(connection: Connection, request_id: int,
                       reply_business_days: int) -> Optional[tuple]:
    """(the QueuedRequest, its notes oldest first), or None if there is no such request."""
    row = connection.execute(
        select(handoff_requests).where(handoff_requests.c.id == request_id)).first()
    if row is None:
        return None
    notes = [dict(note._mapping) for note in connection.execute(
        select(handoff_notes).where(handoff_notes.c.handoff_id == request_id)
        .order_by(handoff_notes.c.id))]
    return _queued(dict(row._mapping), len(notes), reply_business_days), notes


def change_request(connection: Connection, request_id: int, actor: str, status: str,
                   assignee: str, note: str) -> None:
    """Apply what staff changed on one request (status, assignee, a new note); audit each
    change."""
    row = connection.execute(
        select(handoff_requests).where(handoff_requests.c.id == request_id)).first()
    if row is None:
        raise QueueError(f"There is no hand-off request {request_id}.")
    if status not in STATUSES:
        raise QueueError(f"The status is one of {', '.join(STATUSES)}.")
    note, assignee = note.strip(), assignee.strip()[:64]
    if len(note) > MAX_NOTE:
        raise QueueError(f"A note is at most {MAX_NOTE} characters.")
    target, changes, values = f"hand-off request {request_id}", [], {}
    if status != row.status:
        values["status"] = status
        if row.status == "new" and row.first_contacted_at is None:
            values["first_contacted_at"] = now()
        changes.append(("changed status", f"{row.status} -> {status}"))
    if assignee != (row.assignee or ""):
        values["assignee"] = assignee or None
        changes.append(("changed assignee",
                        f"{row.assignee or 'nobody'} -> {assignee or 'nobody'}"))
    if values:
        connection.execute(update(handoff_requests)
                           .where(handoff_requests.c.id == request_id).values(**values))
    if note:
        connection.execute(insert(handoff_notes).values(
            created_at=now(), handoff_id=request_id, author=actor, text=note))
        changes.append(("added a note", ""))
    for action, detail in changes:
        audit.record(connection, actor, action, target, detail)
