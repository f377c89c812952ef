"""Console sessions kept in the database: the cookie holds a random token, the table its
SHA-256, so sessions survive a restart, work across console processes, and end on sign-out,
after the idle timeout or after the session lifetime."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from console.accounts import StaffUser
from console.clock import as_utc
from records.schema import staff_sessions, staff_users

# last_seen_at is written at most this often, not on every request.
TOUCH_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class Session:
    token_hash: str
    user: StaffUser
    csrf_token: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def open_session(connection: Connection, user: StaffUser) -> str:
    """Start a session for `user`; return the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(timezone.utc)
    connection.execute(insert(staff_sessions).values(
        token_hash=_hash(token), user_id=user.id, created_at=now, last_seen_at=now,
        csrf_token=secrets.token_urlsafe(32)))
    return token


def current_session(connection: Connection, token: str, idle_timeout: timedelta,
                    lifetime: timedelta, activity: bool = True) -> Optional[Session]:
    """The live session of the cookie's token, its last use noted unless the request is not
    `activity` (a page's own background polling, which must not keep an unattended screen
    signed in); None (and the row gone) if it is unknown or has expired."""
    if not token:
        return None
    token_hash = _hash(token)
    row = connection.execute(
        select(staff_sessions, staff_users.c.name, staff_users.c.role)
        .join(staff_users, staff_users.c.id == staff_sessions.c.user_id)
        .where(staff_sessions.c.token_hash == token_hash)).first()
    if row is None:
        return None
    now = datetime.now(timezone.utc)
    last_seen = as_utc(row.last_seen_at)
    if now - last_seen > idle_timeout or now - as_utc(row.created_at) > lifetime:
        close_session(connection, token)
        return None
    if activity and now - last_seen > TOUCH_EVERY:
        connection.execute(update(staff_sessions).where(
            staff_sessions.c.token_hash == token_hash).values(last_seen_at=now))
    return Session(token_hash, StaffUser(row.user_id, row.name, row.role), row.csrf_token)


def close_session(connection: Connection, token: str) -> None:
    connection.execute(delete(staff_sessions).where(staff_sessions.c.token_hash == _hash(token)))


def close_expired_sessions(connection: Connection, idle_timeout: timedelta,
                           lifetime: timedelta) -> int:
    """Delete sessions past either limit; return how many."""
    now = datetime.now(timezone.utc)
    return connection.execute(delete(staff_sessions).where(
        (staff_sessions.c.last_seen_at < now - idle_timeout)
        | (staff_sessions.c.created_at < now - lifetime))).rowcount
