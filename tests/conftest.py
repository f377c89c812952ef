"""Shared fixtures: the trained model (made once by `make test`), the running bot, the demo page,
the staff console on the bot's database, a headless Chromium."""

import pytest
from playwright.sync_api import sync_playwright

from actions.constants import MODEL_PATH
from records import migrate
from tests.harness import chromium
from tests.harness.console import StaffConsole, make_account
from tests.harness.platforms import StandInPlatforms
from tests.harness.servers import BotServers, free_port, serve_demo_page

DEMO_PORT = free_port()
DEMO_ORIGIN = f"http://127.0.0.1:{DEMO_PORT}"
# A second allowed web origin, where tests/browser/test_webchat.py serves a third-party widget.
WEBCHAT_PORT = free_port()
WEBCHAT_ORIGIN = f"http://127.0.0.1:{WEBCHAT_PORT}"


@pytest.fixture(scope="session")
def model_path() -> str:
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make test`, which trains it first")
    return str(MODEL_PATH)


@pytest.fixture
def records_url(tmp_path) -> str:
    """A new SQLite database with the staff tables migrated, as `make run` leaves it."""
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    migrate.upgrade(url)
    return url


@pytest.fixture(scope="session")
def platforms() -> StandInPlatforms:
    """The messaging platforms' APIs, stood in for on loopback (tests/harness/platforms.py)."""
    standin = StandInPlatforms()
    standin.start()
    yield standin
    standin.stop()


@pytest.fixture(scope="session")
def bot(model_path, platforms, tmp_path_factory) -> BotServers:
    """Both servers, started once for the HTTP tests, with an SQLite tracker store.

    CORS admits the demo page's origin, as `make run` does, and the third-party widget page's,
    for the browser tests. Every messaging channel is on, talking to the stand-in platforms."""
    workdir = tmp_path_factory.mktemp("bot")
    servers = BotServers(f"sqlite:///{workdir / 'tracker.db'}", workdir / "logs",
                         [DEMO_ORIGIN, WEBCHAT_ORIGIN])
    # Platforms sign requests for the URL they post to: the server's own, known once it has a port.
    servers.channel_variables = platforms.channel_variables(servers.base_url)
    servers.start()
    yield servers
    servers.stop()


@pytest.fixture(scope="session")
def demo_page(bot) -> str:
    """The demo clinic page with the widget, served as `make run` serves it; its URL."""
    server = serve_demo_page(DEMO_PORT, bot.base_url)
    yield f"{DEMO_ORIGIN}/"
    server.terminate()
    server.wait(timeout=10)


# Console accounts every console test can sign in with: (name, role, password).
ADMIN = ("ada", "admin", "ada's long passphrase")
STAFF = ("sam", "staff", "sam's long passphrase")


@pytest.fixture(scope="session")
def staff_console(bot, tmp_path_factory) -> StaffConsole:
    """The staff console (`python -m console`) on the bot's database and its live hand-off
    route, with ADMIN and STAFF."""
    console = StaffConsole(bot.tracker_url, tmp_path_factory.mktemp("console"),
                           STAFF_RELAY_URL=f"{bot.base_url}/webhooks/live/relay")
    console.start()
    for name, role, password in (ADMIN, STAFF):
        make_account(bot.tracker_url, name, role, password)
    yield console
    console.stop()


@pytest.fixture(scope="session")
def browser():
    if not chromium.CHROMIUM.exists():
        pytest.fail(f"{chromium.CHROMIUM} is missing: `apt-get install chromium` (.ci/run does)")
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        yield browser
        browser.close()
