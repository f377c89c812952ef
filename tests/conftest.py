"""Shared fixtures: the trained model (made once by `make test`) and the running bot."""

import pytest

from bot_servers import MODEL, BotServers


@pytest.fixture(scope="session")
def model_path() -> str:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test`, which trains it first")
    return str(MODEL)


@pytest.fixture(scope="session")
def bot(model_path, tmp_path_factory) -> BotServers:
    """Both servers, started once for the HTTP tests, with an SQLite tracker store."""
    workdir = tmp_path_factory.mktemp("bot")
    servers = BotServers(f"sqlite:///{workdir / 'tracker.db'}", workdir / "logs")
    servers.start()
    yield servers
    servers.stop()
