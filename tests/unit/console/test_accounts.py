"""console/accounts.py and console/sessions.py: hashed passwords, the lock-out, session limits."""

import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, select, update

from console.accounts import AccountError, save_account, sign_in
from console.clock import as_utc, now
from console.sessions import close_session, current_session, open_session
from records.schema import staff_sessions, staff_users

PASSWORD = "a perfectly long password"
# One wrong guess, from its own process and database connection.
PARALLEL_GUESS = """
import sys, datetime
from sqlalchemy import create_engine
from console.accounts import sign_in
with create_engine(sys.argv[1], future=True).begin() as connection:
    assert sign_in(connection, "jo", "wrong guess", 3, datetime.timedelta(minutes=15)).user is None
"""
LOCKOUT = timedelta(minutes=15)


def attempt(engine, password, name="jo"):
    with engine.begin() as connection:
        return sign_in(connection, name, password, max_failures=3, lockout=LOCKOUT).user


@pytest.fixture
def jo(engine):
    """A staff account, signed in."""
    with engine.begin() as connection:
        save_account(connection, "jo", "staff", PASSWORD)
    return attempt(engine, PASSWORD)


def test_the_password_is_stored_only_as_an_argon2_hash(engine):
    with engine.begin() as connection:
        assert save_account(connection, "jo", "staff", PASSWORD) is True
        stored = connection.execute(select(staff_users.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert attempt(engine, PASSWORD).name == "jo"


@pytest.mark.parametrize("name, role, password, message", [
    ("jo", "staff", "too short", "at least 12"),
    ("jo", "root", PASSWORD, "role"),
    ("jo smith", "staff", PASSWORD, "name"),
    ("", "staff", PASSWORD, "name")])
def test_unusable_accounts_are_refused_with_the_reason(engine, name, role, password, message):
    with engine.begin() as connection, pytest.raises(AccountError, match=message):
        save_account(connection, name, role, password)


def test_failures_in_a_row_lock_the_account_and_a_reset_unlocks_it(engine):
    with engine.begin() as connection:
        save_account(connection, "jo", "staff", PASSWORD)
    assert attempt(engine, "wrong") is None and attempt(engine, "wrong") is None
    assert attempt(engine, PASSWORD) is not None  # a success clears the count
    for _ in range(3):
        assert attempt(engine, "wrong") is None
    assert attempt(engine, PASSWORD) is None  # locked
    with engine.begin() as connection:
        connection.execute(update(staff_users).values(locked_until=now() - timedelta(seconds=1)))
    assert attempt(engine, PASSWORD) is not None  # the lock ran out


def test_guesses_sent_at_once_are_all_counted(records_url, jo):
    """Five processes guessing in parallel (the lock-out used to read, add one, and write back,
    so parallel guesses counted once)."""
    guesses = [subprocess.Popen([sys.executable, "-c", PARALLEL_GUESS, records_url])
               for _ in range(6)]
    assert [guess.wait(timeout=60) for guess in guesses] == [0] * 6
    engine = create_engine(records_url, future=True)
    assert attempt(engine, PASSWORD) is None  # locked after 3 of the 6


def test_a_reset_ends_every_session_of_the_account(engine, jo):
    with engine.begin() as connection:
        token = open_session(connection, jo)
        save_account(connection, "jo", "admin", "another long password")
        assert current_session(connection, token, timedelta(hours=1), timedelta(hours=1)) is None


@pytest.mark.parametrize("column, age, alive", [
    ("last_seen_at", timedelta(minutes=29), True), ("last_seen_at", timedelta(minutes=31), False),
    ("created_at", timedelta(hours=13), False)])
def test_sessions_end_when_idle_or_too_old(engine, jo, column, age, alive):
    with engine.begin() as connection:
        token = open_session(connection, jo)
        connection.execute(update(staff_sessions).values(**{column: now() - age}))
        found = current_session(connection, token, timedelta(minutes=30), timedelta(hours=12))
        assert (found is not None) == alive
        if alive:
            assert found.user.name == "jo" and len(found.csrf_token) >= 32
            close_session(connection, token)
            assert current_session(connection, token, timedelta(minutes=30),
                                   timedelta(hours=12)) is None


def test_the_table_never_holds_the_cookie_token(engine, jo):
    with engine.begin() as connection:
        token = open_session(connection, jo)
        stored = connection.execute(select(staff_sessions.c.token_hash)).scalar()
    assert token not in stored and len(stored) == 64


def test_background_polling_does_not_keep_a_session_alive(engine, jo):
    idle_since = now() - timedelta(minutes=29)
    with engine.begin() as connection:
        token = open_session(connection, jo)
        connection.execute(update(staff_sessions).values(last_seen_at=idle_since))
        assert current_session(connection, token, timedelta(minutes=30), timedelta(hours=12),
                               activity=False) is not None
        last_seen = connection.execute(select(staff_sessions.c.last_seen_at)).scalar()
        assert as_utc(last_seen) == idle_since  # still idle since then
        current_session(connection, token, timedelta(minutes=30), timedelta(hours=12))
        last_seen = connection.execute(select(staff_sessions.c.last_seen_at)).scalar()
        assert as_utc(last_seen) > idle_since  # a page asked for: activity
