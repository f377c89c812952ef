"""Shared fixtures: the trained model (made once by `make test`), the running bot, the demo page."""

import subprocess
import sys
import time

import pytest
import requests

from bot_servers import MODEL, REPO, BotServers, free_port

DEMO_PORT = free_port()
DEMO_ORIGIN = f"http://127.0.0.1:{DEMO_PORT}"


@pytest.fixture(scope="session")
def model_path() -> str:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test`, which trains it first")
    return str(MODEL)


@pytest.fixture(scope="session")
def bot(model_path, tmp_path_factory) -> BotServers:
    """Both servers, started once for the HTTP tests, with an SQLite tracker store.

    CORS admits the demo page's origin, as `make run` does, for the browser tests."""
    workdir = tmp_path_factory.mktemp("bot")
    servers = BotServers(f"sqlite:///{workdir / 'tracker.db'}", workdir / "logs", [DEMO_ORIGIN])
    servers.start()
    yield servers
    servers.stop()


@pytest.fixture(scope="session")
def demo_page(bot) -> str:
    """The demo clinic page with the widget, served as `make run` serves it; its URL."""
    server = subprocess.Popen(
        [sys.executable, "scripts/demo_server.py", "--port", str(DEMO_PORT), "--rasa-url", bot.base_url],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"{DEMO_ORIGIN}/"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=1).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)
