"""Safety flags for staff: the most urgent first (crisis, then emergencies, then check-ins, then
medication questions), newest first within each; marked reviewed with a note, audited."""

from typing import List

from sqlalchemy import case, func, select, update
from sqlalchemy.engine import Connection

from actions.constants import ABUSE, CRISIS, EMERGENCY, MEDICATION, OVERDOSE, WARNING
from console.clock import now
from console.notes import clean_note
from records import audit
from records.schema import safety_flags

# What staff see first. An overdose taken is a crisis; abuse (someone hurting the patient) comes
# after emergencies; warning signs are the check-ins.
PRIORITY = {OVERDOSE: 0, CRISIS: 0, EMERGENCY: 1, ABUSE: 2, WARNING: 3, MEDICATION: 4}
URGENT = (OVERDOSE, CRISIS, EMERGENCY)
LABELS = {OVERDOSE: "crisis (overdose)", CRISIS: "crisis", EMERGENCY: "emergency",
          ABUSE: "abuse", WARNING: "check-in (warning signs)", MEDICATION: "medication"}
MAX_NOTE = 4000


class ReviewError(ValueError):
    """A review that cannot be recorded; the message says why."""


def flags(connection: Connection, include_reviewed: bool) -> List[dict]:
    """Flags to review (or all), the most urgent category first, newest first within it."""
    priority = case(PRIORITY, value=safety_flags.c.category, else_=max(PRIORITY.values()) + 1)
    query = select(safety_flags).order_by(priority, safety_flags.c.id.desc())
    if not include_reviewed:
        query = query.where(safety_flags.c.reviewed_at.is_(None))
    return [dict(row._mapping) for row in connection.execute(query)]


def urgent_unreviewed(connection: Connection) -> int:
    """How many crisis and emergency flags nobody has reviewed yet (the console's live count)."""
    return connection.execute(select(func.count()).select_from(safety_flags).where(
        safety_flags.c.category.in_(URGENT), safety_flags.c.reviewed_at.is_(None))).scalar()


def review(connection: Connection, flag_id: int, actor: str, note: str) -> None:
    """Mark a flag reviewed by `actor`, with `note`; audited. Only the first of two people
    reviewing at once is recorded; the other is told who did."""
    note = clean_note(note)
    if len(note) > MAX_NOTE:
        raise ReviewError(f"A note is at most {MAX_NOTE} characters.")
    written = connection.execute(
        update(safety_flags).where(safety_flags.c.id == flag_id,
                                   safety_flags.c.reviewed_at.is_(None))
        .values(reviewed_at=now(), reviewed_by=actor, review_note=note or None)).rowcount
    if not written:
        flag = connection.execute(select(safety_flags.c.reviewed_by)
                                  .where(safety_flags.c.id == flag_id)).first()
        if flag is None:
            raise ReviewError(f"There is no safety flag {flag_id}.")
        raise ReviewError(f"Safety flag {flag_id} has already been reviewed by "
                          f"{flag.reviewed_by}.")
    audit.record(connection, actor, "reviewed", f"safety flag {flag_id}",
                 "with a note" if note else "")
