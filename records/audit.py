"""The audit log: who did what to which record, and when. Rows are only ever added (the
database refuses changes: records/migrations/versions/0004); they name hand-off requests and
flags by number and conversations by a hash (`conversation_ref`), never a patient's words or
contact. Written by the staff console (console/) and `make purge` (records/retention.py)."""

import hashlib
from datetime import datetime, timezone
from typing import Dict, List

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from records.schema import audit_log


def conversation_ref(sender_id: str) -> str:
    """A conversation named without its id (a messaging id can be a phone number)."""
    return "conversation " + hashlib.sha256(sender_id.encode("utf-8")).hexdigest()[:16]


def record(connection: Connection, actor: str, action: str, target: str,
           detail: str = "") -> None:
    connection.execute(insert(audit_log).values(
        created_at=datetime.now(timezone.utc), actor=actor, action=action, target=target,
        detail=detail))


PAGE_SIZE = 200


def entries(connection: Connection, page: int = 1) -> List[dict]:
    """One page of entries, the newest first."""
    rows = connection.execute(select(audit_log).order_by(audit_log.c.id.desc())
                              .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
    return [dict(row._mapping) for row in rows]


def counts_text(counts: Dict[str, int]) -> str:
    """{"safety flags": 2, ...} as "safety flags 2, ..."."""
    return ", ".join(f"{name} {count}" for name, count in counts.items())
