"""The console's configuration, from environment variables (the Makefile sets the defaults)."""

import os
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from actions.constants import TRACKER_STORE_URL_VAR
from actions.environment import number_setting
from records.retention import DEFAULT_RETENTION_DAYS, retention_days


def _flag(name: str) -> bool:
    return (os.environ.get(name) or "").strip().lower() in ("1", "true", "yes")


@dataclass(frozen=True)
class Settings:
    database_url: str
    host: str = "127.0.0.1"
    port: int = 8001
    # Sessions end after this long without a request, and after `session_lifetime` in any case.
    idle_timeout: timedelta = timedelta(minutes=30)
    session_lifetime: timedelta = timedelta(hours=12)
    # Lock-out: this many failed sign-ins in a row lock the account for `lockout`.
    max_failed_logins: int = 5
    lockout: timedelta = timedelta(minutes=15)
    # Cookies marked Secure even when a request arrives over plain HTTP (behind a TLS proxy
    # that does not say so); requests that arrive as HTTPS always get Secure cookies.
    secure_cookies: bool = False
    retention_days: int = DEFAULT_RETENTION_DAYS
    timezone: ZoneInfo = ZoneInfo("UTC")
    # The Rasa server's live hand-off route and its secret (connectors/live.py); without a
    # secret, taking over conversations is off.
    relay_url: str = "http://127.0.0.1:5005/webhooks/live/relay"
    relay_token: str = ""

    @classmethod
    def from_environment(cls) -> "Settings":
        url = os.environ.get(TRACKER_STORE_URL_VAR)
        if not url:
            raise RuntimeError(f"{TRACKER_STORE_URL_VAR} is not set: it names the database the "
                               "bot writes (make run sets it)")
        return cls(
            database_url=url,
            host=os.environ.get("STAFF_HOST") or "127.0.0.1",
            port=number_setting("STAFF_PORT", 8001),
            idle_timeout=timedelta(minutes=number_setting("STAFF_IDLE_MINUTES", 30)),
            secure_cookies=_flag("STAFF_SECURE_COOKIES"),
            retention_days=retention_days(),
            timezone=ZoneInfo(os.environ.get("STAFF_TIMEZONE") or "UTC"),
            relay_url=os.environ.get("STAFF_RELAY_URL") or cls.relay_url,
            relay_token=os.environ.get("STAFF_RELAY_TOKEN") or "",
        )
