"""A stand-in for the messaging platforms' APIs on loopback, and their request signing.

The channels' real clients (aiogram, twilio, slack_sdk, fbmessenger) are pointed here by the
`*_API_URL` variables, so the tests see exactly the requests a platform would receive. Each
platform lives under its own path prefix. `down = True` makes every call fail with 503, as a
platform that cannot be reached would; `delay_s` makes every call wait that long first, as a
platform that accepts connections but does not answer.
"""

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, TypeVar
from urllib.parse import parse_qs, urlencode

from twilio.request_validator import RequestValidator

from tests import DATA

T = TypeVar("T")

# The secrets the test bot is configured with.
TELEGRAM_TOKEN = "123456789:AAtest-token_for-the-stand-in-server"
TELEGRAM_SECRET = "telegram-secret-token-for-tests"
TWILIO_SID = "AC00000000000000000000000000000000"
TWILIO_TOKEN = "twilio-auth-token-for-tests"
TWILIO_NUMBER = "+12165550100"
SLACK_SECRET = "slack-signing-secret-for-tests"
FACEBOOK_SECRET = "facebook-app-secret-for-tests"
FACEBOOK_VERIFY = "facebook-verify-token-for-tests"


@dataclass
class PlatformRequest:
    """A call a channel's client made to a platform's API."""

    platform: str
    method: str
    path: str
    body: bytes
    content_type: str

    def fields(self) -> Dict[str, Any]:
        """The body as JSON or as form fields (first value of each)."""
        if "json" in self.content_type:
            return json.loads(self.body)
        return {key: values[0] for key, values in parse_qs(self.body.decode()).items()}


class StandInPlatforms:
    def __init__(self) -> None:
        self.requests: List[PlatformRequest] = []
        self.down = False
        self.delay_s = 0.0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._lock = threading.Lock()

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()

    def channel_variables(self, public_url: str) -> Dict[str, str]:
        """Every messaging channel's variables, with the clients pointed at this server."""
        return {
            "PUBLIC_URL": public_url,
            "TELEGRAM_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_BOT_NAME": "fibro_test_bot",
            "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET, "TELEGRAM_API_URL": f"{self.url}/telegram",
            "TWILIO_ACCOUNT_SID": TWILIO_SID, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_NUMBER": TWILIO_NUMBER, "TWILIO_API_URL": f"{self.url}/twilio",
            "SLACK_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SLACK_SECRET,
            "SLACK_API_URL": f"{self.url}/slack",
            "FACEBOOK_VERIFY": FACEBOOK_VERIFY, "FACEBOOK_SECRET": FACEBOOK_SECRET,
            "FACEBOOK_PAGE_ACCESS_TOKEN": "facebook-page-token",
            "FACEBOOK_GRAPH_URL": f"{self.url}/facebook",
        }

    def sent(self, platform: str, since: int = 0) -> List[PlatformRequest]:
        """The calls made to `platform` (after the first `since` calls of all platforms)."""
        with self._lock:
            return [request for request in self.requests[since:] if request.platform == platform]

    def mark(self) -> int:
        """A position in the call log, for `sent(..., since=...)`."""
        with self._lock:
            return len(self.requests)

    def _record(self, request: PlatformRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _handler(self) -> type:
        platforms = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                time.sleep(platforms.delay_s)
                path = self.path.split("?")[0]
                platform = path.split("/")[1]
                platforms._record(PlatformRequest(platform, "POST", path, body,
                                                  self.headers.get("Content-Type", "")))
                if platforms.down:
                    self._answer(503, {"ok": False, "error": {"message": "unavailable"}})
                else:
                    self._answer(*ANSWERS[platform](self.path))

            def _answer(self, status: int, body: Dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


def _telegram_answer(path: str) -> tuple:
    if path.endswith("/sendMessage"):
        return 200, {"ok": True, "result": {"message_id": 1, "date": int(time.time()),
                                            "chat": {"id": 1, "type": "private"}, "text": "ok"}}
    return 200, {"ok": True, "result": True}


ANSWERS = {
    "telegram": _telegram_answer,
    "twilio": lambda path: (201, {"sid": "SM" + "0" * 32, "status": "queued"}),
    "slack": lambda path: (200, {"ok": True, "channel": "D0PNCRP9N", "ts": "1.000001"}),
    "facebook": lambda path: (200, {"recipient_id": "1", "message_id": "m_1"}),
}


def twilio_signature(url: str, fields: Dict[str, str], token: str = TWILIO_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, fields)


def twilio_form(fields: Dict[str, str]) -> bytes:
    return urlencode(fields).encode()


def slack_headers(body: bytes, secret: str = SLACK_SECRET, at: float = 0) -> Dict[str, str]:
    timestamp = str(int(at or time.time()))
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body,
                      hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}


def facebook_signature(body: bytes, secret: str = FACEBOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()



def platform_payload(name: str, text: str = "") -> Any:
    """A documented webhook body from tests/data/channels/, with `text` as the patient's words."""
    raw = (DATA / "channels" / f"{name}.json").read_text()
    return json.loads(raw.replace("{{TEXT}}", json.dumps(text)[1:-1]))


def eventually(observed: Callable[[], T], timeout_s: float = 15) -> T:
    """What `observed` returns once it is truthy (for a channel that answers after
    acknowledging); fails after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = observed()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"nothing observed within {timeout_s} s")
