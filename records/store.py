"""Writing and reading the staff records (see records/__init__.py)."""

import os
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Callable, List, Optional, TypeVar

from sqlalchemy import Table, create_engine, delete, insert, select
from sqlalchemy.exc import IntegrityError

from actions.constants import TRACKER_STORE_URL_VAR
from records import migrate
from records.schema import handoff_requests, read_opens, received_messages, safety_flags

# How long a platform's message id is remembered: platforms retry for minutes (Slack) to hours
# (Telegram, Messenger).
RECEIPT_MEMORY = timedelta(days=2)

Result = TypeVar("Result")


@dataclass(frozen=True)
class HandoffRequest:
    """A patient's request to be contacted by a person."""

    sender_id: str
    contact: str
    contact_kind: str
    reason: str
    channel: Optional[str] = None
    safety_flags: str = ""


@dataclass(frozen=True)
class SafetyFlag:
    """A message the safety triage caught, for staff to review."""

    sender_id: str
    category: str
    phrase: Optional[str] = None
    # What NLU (DIET) had predicted before the triage stepped in, for audit.
    learned_intent: Optional[str] = None
    learned_confidence: Optional[float] = None
    # Rasa's id of the flagged message.
    message_id: Optional[str] = None


class StaffRecords:
    """Reads and writes the staff tables through SQLAlchemy, in the database at `url`; raises
    migrate.SchemaNotCurrent unless `python -m records.migrate` brought it to this code's
    schema."""

    def __init__(self, url: str) -> None:
        # pool_pre_ping: a restarted database server costs no failed request.
        self.engine = create_engine(url, future=True, pool_pre_ping=True)
        migrate.check_current(self.engine)

    def add_handoff(self, request: HandoffRequest) -> int:
        """Store the request; return its reference number."""
        return self._insert(handoff_requests, asdict(request))

    def handoffs(self) -> List[dict]:
        """Every hand-off request, oldest first."""
        return self._rows(handoff_requests)

    def add_flag(self, flag: SafetyFlag) -> int:
        return self._insert(safety_flags, asdict(flag))

    def flags(self) -> List[dict]:
        """Every safety flag, oldest first."""
        return self._rows(safety_flags)

    def add_read_open(self, read_id: str) -> int:
        """Count a read card a patient opened: which read and when, nothing about who."""
        return self._insert(read_opens, {"read_id": read_id})

    def first_receipt(self, channel: str, message_id: str) -> bool:
        """Note that `channel` delivered `message_id`; False if it had been delivered before
        (a platform's retry). Ids older than `RECEIPT_MEMORY` are forgotten."""
        now = datetime.now(timezone.utc)
        try:
            with self.engine.begin() as connection:
                connection.execute(delete(received_messages).where(
                    received_messages.c.created_at < now - RECEIPT_MEMORY))
                connection.execute(insert(received_messages).values(
                    created_at=now, channel=channel, message_id=message_id))
        except IntegrityError:
            return False
        return True

    def in_transaction(self, work: Callable[..., Result], *args: Any) -> Result:
        """`work(connection, *args)` in one transaction."""
        with self.engine.begin() as connection:
            return work(connection, *args)

    def _insert(self, table: Table, values: dict) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(
                insert(table).values(created_at=datetime.now(timezone.utc), **values))
            return result.inserted_primary_key[0]

    def _rows(self, table: Table) -> List[dict]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(table).order_by(table.c.id))
            return [dict(row._mapping) for row in rows]


@lru_cache(maxsize=None)
def staff_records() -> StaffRecords:
    """The records in the database `TRACKER_STORE_URL` names (one engine per process)."""
    url = os.environ.get(TRACKER_STORE_URL_VAR)
    if not url:
        raise RuntimeError(f"{TRACKER_STORE_URL_VAR} is not set: it names the database for "
                           "conversations, hand-off requests and safety flags")
    return StaffRecords(url)
