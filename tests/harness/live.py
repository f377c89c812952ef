"""A live hand-off driven as staff and a widget drive it: console steps through the real forms,
and the widget's own requests for its conversation id, token and staff messages."""

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import List, Optional

import requests

from tests.harness.console import StaffConsole


class WidgetPatient:
    """A patient in the web widget: a server-issued conversation, messages over REST."""

    def __init__(self, bot) -> None:
        self.bot = bot
        given = requests.post(f"{bot.base_url}/webhooks/live/session", data="{}",
                              timeout=10).json()
        self.sender, self.token = given["sender"], given["token"]
        self.after = 0

    def say(self, text: str) -> List[str]:
        """The bot's answers to `text` (none while staff have the conversation)."""
        return [reply.get("text", "") for reply in self.bot.say(self.sender, text)]

    def fetch(self, token: Optional[str] = None, sender: Optional[str] = None,
              after: Optional[int] = None) -> requests.Response:
        body = {"sender": sender or self.sender, "token": token or self.token,
                "after": self.after if after is None else after}
        return requests.post(f"{self.bot.base_url}/webhooks/live/messages",
                             data=json.dumps(body), timeout=10)

    def new_messages(self) -> dict:
        """Staff messages since the last fetch, as the widget gets them."""
        news = self.fetch()
        assert news.status_code == 200, news.text
        body = news.json()
        if body["messages"]:
            self.after = body["messages"][-1]["id"]
        return body


class LiveStaff:
    """A signed-in staff member's live chat steps."""

    def __init__(self, console: StaffConsole, name: str, password: str) -> None:
        self.console = console
        self.session = console.sign_in(name, password)
        self.csrf = console.csrf_token(self.session)

    def post(self, path: str, sender: str, **fields: str) -> requests.Response:
        return self.session.post(self.console.url(path), allow_redirects=False, timeout=30,
                                 data={"csrf_token": self.csrf, "id": sender, **fields})

    def take_over(self, sender: str) -> requests.Response:
        return self.post("/live/take-over", sender)

    def say(self, sender: str, text: str = "", reply: str = "") -> dict:
        sent = self.session.post(self.console.url("/live/say"), timeout=30,
                                 headers={"X-Requested-With": "fetch"},
                                 data={"csrf_token": self.csrf, "id": sender, "text": text,
                                       "reply": reply})
        assert sent.status_code == 200, sent.text
        return sent.json()

    def hand_back(self, sender: str) -> requests.Response:
        return self.post("/live/hand-back", sender)

    def feed(self, sender: str, after: int = 0) -> dict:
        return self.session.get(self.console.url("/live/feed"), timeout=10,
                                params={"id": sender, "after": after}).json()


def age_last_staff_message(database_url: str, sender: str, minutes: float) -> None:
    """Make the open hand-off's last staff message `minutes` old (instead of waiting)."""
    then = datetime.now(timezone.utc) - timedelta(minutes=minutes)
    with sqlite3.connect(database_url.removeprefix("sqlite:///")) as database:
        database.execute("UPDATE live_handoffs SET last_staff_at = ? WHERE sender_id = ? AND "
                         "ended_at IS NULL", (then.strftime("%Y-%m-%d %H:%M:%S.%f"), sender))
