"""Conversations live in the SQLite tracker store and survive a restart of the servers."""

from tests.harness.servers import BotServers
from tests.harness.clients import texts


def test_history_and_topic_survive_a_restart(model_path, tmp_path):
    db_path = tmp_path / "tracker.db"
    servers = BotServers(f"sqlite:///{db_path}", tmp_path / "logs")
    servers.start()
    try:
        servers.say("patient-restart", "are my muscles inflamed?")
    finally:
        servers.stop()

    assert [event["text"] for event in servers.stored_events("patient-restart")] == [
        "are my muscles inflamed?"]

    servers.start()
    try:
        # The topic from before the restart is still known: "tell me more" continues it.
        more = texts(servers.say("patient-restart", "tell me more"))
    finally:
        servers.stop()
    assert "processed as painful" in more
    assert len(servers.stored_events("patient-restart")) == 2
