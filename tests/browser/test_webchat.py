"""botfront's rasa-webchat 1.0.1, the most used third-party socket.io client, still talks to the
socket.io channel (in Chromium, from a page at an allowed origin), and cannot from another."""

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from actions.constants import REPO
from tests.harness.servers import free_port

PAGE = """<!doctype html><html lang="en"><head><title>webchat</title></head><body>
<script src="/webchat.js"></script>
<script>WebChat.default({socketUrl: "%s", socketPath: "/socket.io/", embedded: true,
  title: "Fibromyalgia", params: {storage: "session"}}, null);</script></body></html>"""


NEW_ANSWER_CONTAINS = """([before, parts]) => Array.from(document.querySelectorAll(".rw-response"))
  .slice(before).some((answer) => parts.some((part) => answer.innerText.includes(part)))"""


def webchat_script() -> Path:
    """rasa-webchat's browser bundle, fetched from the npm registry by `make test`."""
    path = os.environ.get("WEBCHAT_JS") or next(
        iter(sorted((REPO / "build").glob("rasa-webchat-*.js"))), "")
    if not path or not Path(path).exists():
        pytest.fail("rasa-webchat is missing: run `make test`, which fetches it")
    return Path(path)


@pytest.fixture(scope="module")
def site(bot, tmp_path_factory):
    """A web page with rasa-webchat on the bot, served on loopback at the given port."""
    root = tmp_path_factory.mktemp("webchat")
    (root / "index.html").write_text(PAGE % bot.base_url)
    (root / "webchat.js").write_bytes(webchat_script().read_bytes())
    servers = {}

    def serve(port: int) -> str:
        if port not in servers:
            handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
            servers[port] = ThreadingHTTPServer(("127.0.0.1", port), handler)
            threading.Thread(target=servers[port].serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{port}/"

    yield serve
    for server in servers.values():
        server.shutdown()
        server.server_close()


def open_page(browser, url: str):
    page = browser.new_context().new_page()
    page.goto(url)
    return page


def ask(page, text: str, *answer_parts: str) -> None:
    """Send `text` through rasa-webchat and wait for an answer containing one of `answer_parts`
    (give parts that earlier answers, restored after a reload, do not contain)."""
    answers = page.locator(".rw-response")
    before = answers.count()
    page.locator(".rw-new-message").fill(text)
    page.locator(".rw-new-message").press("Enter")
    page.wait_for_function(NEW_ANSWER_CONTAINS, arg=[before, list(answer_parts)], timeout=30_000)


def allowed_page(browser, bot, site):
    allowed_port = int(bot.cors_origins[-1].rsplit(":", 1)[1])  # conftest's WEBCHAT_ORIGIN
    return open_page(browser, site(allowed_port))


def test_rasa_webchat_gets_answers_from_an_allowed_origin(browser, bot, site):
    page = allowed_page(browser, bot, site)
    try:
        ask(page, "what causes fibromyalgia", "neuroinflammation")
    finally:
        page.context.close()


def test_rasa_webchat_resumes_its_session_after_a_reload(browser, bot, site):
    """A reload closes the old socket, so the new one may take the session back: "tell me
    more" still continues the topic asked before the reload."""
    page = allowed_page(browser, bot, site)
    try:
        ask(page, "are my muscles inflamed", "inflammation")
        page.reload()
        ask(page, "tell me more", "pain processing", "processed as painful")
    finally:
        page.context.close()


def test_rasa_webchat_on_another_site_cannot_connect(browser, bot, site):
    page = open_page(browser, site(free_port()))
    try:
        page.wait_for_timeout(5_000)
        # rasa-webchat shows its message box only once the channel has confirmed a session.
        assert page.locator(".rw-new-message").count() == 0
        assert page.locator(".rw-response").count() == 0
    finally:
        page.context.close()
