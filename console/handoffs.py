"""The hand-off queue: requests with their age against the clinic's reply-time promise, notes,
assignee and status (new -> contacted -> closed), every change audited."""

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from console.accounts import accounts
from console.clock import age, as_utc, business_days_after, now
from console.notes import clean_note
from records import audit
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
                   assignee: str, note: str, shown_status: str, shown_assignee: str) -> None:
    """Apply what staff changed on one request (status, assignee, a new note) and audit each
    change. `shown_*` are the values on the page staff saved from: a change to a field someone
    else changed since is refused (QueueError), never written over theirs; a note alone is
    always added."""
    row = connection.execute(
        select(handoff_requests).where(handoff_requests.c.id == request_id)).first()
    if row is None:
        raise QueueError(f"There is no hand-off request {request_id}.")
    if status not in STATUSES:
        raise QueueError(f"The status is one of {', '.join(STATUSES)}.")
    note, assignee = clean_note(note), assignee.strip()
    if len(note) > MAX_NOTE:
        raise QueueError(f"A note is at most {MAX_NOTE} characters.")
    if assignee and assignee not in {account["name"] for account in accounts(connection)}:
        raise QueueError(f"{assignee!r} is not a staff account: pick one from the list.")
    target, changes, values = f"hand-off request {request_id}", [], {}
    if status != shown_status:
        values["status"] = status
        if shown_status == "new" and row.first_contacted_at is None:
            values["first_contacted_at"] = now()
        changes.append(("changed status", f"{shown_status} -> {status}"))
    if assignee != shown_assignee:
        values["assignee"] = assignee or None
        changes.append(("changed assignee",
                        f"{shown_assignee or 'nobody'} -> {assignee or 'nobody'}"))
    if values:
        unchanged_since_shown = (
            (handoff_requests.c.status == shown_status)
            & (func.coalesce(handoff_requests.c.assignee, "") == shown_assignee))
        written = connection.execute(
            update(handoff_requests).where(handoff_requests.c.id == request_id,
                                           unchanged_since_shown).values(**values)).rowcount
        if not written:
            raise QueueError(
                f"Someone changed this request since you opened it: it is now {row.status}, "
                f"assigned to {row.assignee or 'nobody'}. Nothing was saved; check and save "
                "again.")
    if note:
        connection.execute(insert(handoff_notes).values(
            created_at=now(), handoff_id=request_id, author=actor, text=note))
        changes.append(("added a note", ""))
    for action, detail in changes:
        audit.record(connection, actor, action, target, detail)
