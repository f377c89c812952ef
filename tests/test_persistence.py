"""Conversations live in the SQLite tracker store and survive a restart of the servers."""

import sqlite3

from bot_servers import BotServers, texts


def stored_user_messages(db_path, sender):
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
            (sender,),
        ).fetchall()
    return [row[0] for row in rows]


def test_history_and_topic_survive_a_restart(model_path, tmp_path):
    db_path = tmp_path / "tracker.db"
    servers = BotServers(f"sqlite:///{db_path}", tmp_path / "logs")
    servers.start()
    try:
        servers.say("patient-restart", "are my muscles inflamed?")
    finally:
        servers.stop()

    assert any("are my muscles inflamed?" in row
               for row in stored_user_messages(db_path, "patient-restart"))

    servers.start()
    try:
        # The topic from before the restart is still known: "tell me more" continues it.
        more = texts(servers.say("patient-restart", "tell me more"))
    finally:
        servers.stop()
    assert "processed as painful" in more
    assert len(stored_user_messages(db_path, "patient-restart")) == 2
