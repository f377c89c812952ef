"""Staff accounts: argon2 password hashes, sign-in with a lock-out after repeated failures."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from console.clock import as_utc
from records.schema import staff_sessions, staff_users

ROLES = ("staff", "admin")
MIN_PASSWORD_LENGTH = 12
NAME_PATTERN = re.compile(r"[A-Za-z0-9._@-]{1,64}")

hasher = PasswordHasher()
# Checked against when the name is unknown, so that a wrong name takes as long as a wrong
# password and sign-in timing does not tell which names exist.
UNKNOWN_USER_HASH = hasher.hash("no such user: compared only for timing")


class AccountError(ValueError):
    """A name, role or password that cannot be used; the message says why."""


@dataclass(frozen=True)
class StaffUser:
    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def check_new_account(name: str, role: str, password: str) -> None:
    if not NAME_PATTERN.fullmatch(name):
        raise AccountError("a name is 1 to 64 letters, digits, dots, dashes, underscores or @")
    if role not in ROLES:
        raise AccountError(f"the role is one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")


def save_account(connection: Connection, name: str, role: str, password: str) -> bool:
    """Create the account, or reset an existing one's role and password (which also lifts a
    lock-out and signs it out everywhere); True if it was created."""
    check_new_account(name, role, password)
    values = {"role": role, "password_hash": hasher.hash(password), "failed_logins": 0,
              "locked_until": None}
    existing = connection.execute(
        select(staff_users.c.id).where(staff_users.c.name == name)).scalar()
    if existing is None:
        connection.execute(insert(staff_users).values(
            name=name, created_at=datetime.now(timezone.utc), **values))
        return True
    connection.execute(update(staff_users).where(staff_users.c.id == existing).values(**values))
    connection.execute(staff_sessions.delete().where(staff_sessions.c.user_id == existing))
    return False


def accounts(connection: Connection) -> List[dict]:
    rows = connection.execute(select(
        staff_users.c.id, staff_users.c.name, staff_users.c.role, staff_users.c.created_at,
        staff_users.c.locked_until).order_by(staff_users.c.name))
    return [dict(row._mapping) for row in rows]


@dataclass(frozen=True)
class SignInResult:
    user: Optional[StaffUser]  # None: refused
    # The account a wrong password counted against (None for a right password, an unknown name
    # or a locked account), for the audit log.
    counted_against: Optional[str] = None


def _locked(connection: Connection, account_id: int) -> bool:
    locked_until = as_utc(connection.execute(select(staff_users.c.locked_until)
                                             .where(staff_users.c.id == account_id)).scalar())
    return locked_until is not None and locked_until > datetime.now(timezone.utc)


def sign_in(connection: Connection, name: str, password: str, max_failures: int,
            lockout: timedelta) -> SignInResult:
    """Sign in with `password` unless the account is locked. A wrong password counts towards the
    lock-out in one UPDATE each, so guesses sent in parallel are all counted, and the lock is
    read again after the password check, so a guess that raced the lock is refused too."""
    row = connection.execute(select(staff_users).where(staff_users.c.name == name)).first()
    try:
        matches = hasher.verify(row.password_hash if row else UNKNOWN_USER_HASH, password)
    except (VerificationError, InvalidHashError):
        matches = False
    if row is None or _locked(connection, row.id):
        return SignInResult(None)
    account = staff_users.c.id == row.id
    if not matches:
        connection.execute(update(staff_users).where(account).values(
            failed_logins=staff_users.c.failed_logins + 1))
        connection.execute(update(staff_users).where(
            account, staff_users.c.failed_logins >= max_failures).values(
            failed_logins=0, locked_until=datetime.now(timezone.utc) + lockout))
        return SignInResult(None, row.name)
    connection.execute(update(staff_users).where(account).values(failed_logins=0,
                                                                 locked_until=None))
    return SignInResult(StaffUser(row.id, row.name, row.role))
