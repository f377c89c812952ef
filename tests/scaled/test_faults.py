"""Faults of the scaled topology: a rasa process dies under load, PostgreSQL restarts, Redis
goes down. The patient always gets an answer, and nothing answered is lost."""

import threading
import time

import requests

from connectors.outage import OUTAGE_REPLY
from tests.harness.load import REST_PATH, conversation_ids, out_of_order, run_load

RECOVERY_S = 30
CONCURRENCY = 8


def say(stack, sender: str, text: str) -> list:
    reply = requests.post(stack.settings.public_url + REST_PATH,
                          json={"sender": sender, "message": text}, timeout=60)
    assert reply.status_code == 200
    return reply.json()


def answered_normally(stack, sender: str, within_s: float = RECOVERY_S) -> bool:
    """True once a message is answered from the article again (not the outage answer)."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if "neuroinflammation" in str(say(stack, sender, "what causes fibromyalgia?")):
            return True
        time.sleep(1)
    return False


def test_a_rasa_process_killed_under_load_loses_no_turn(stack):
    replica = stack.services["rasa-1"]
    killed = threading.Timer(3.0, replica.kill)
    killed.start()
    result = run_load(stack.settings.public_url, conversation_ids(40, "kill"), CONCURRENCY)
    killed.join()

    assert not result.errors, [(turn.text, turn.status) for turn in result.errors][:5]
    # Every turn answered is stored, in order. nginx sends the turns that were being handled by
    # the killed replica to the other one: a turn the killed one had stored already, just
    # before dying, is then stored twice (at most one per patient talking at that moment).
    wrong = out_of_order(stack.database_url, result)
    assert all(_without_repeats(stored) == _answered(result, sender)
               for sender, stored in wrong.items()), wrong
    assert len(wrong) <= CONCURRENCY
    # The supervisor starts the killed replica again, and it answers.
    replica.wait_ready()


def _without_repeats(stored: list) -> list:
    return [text for number, (text, _) in enumerate(stored)
            if number == 0 or stored[number - 1][0] != text]


def _answered(result, sender: str) -> list:
    return [turn.text for turn in sorted(result.turns, key=lambda turn: turn.index)
            if turn.sender == sender and turn.answered]


def test_postgresql_restarted_the_service_recovers_by_itself(stack):
    postgres = stack.services["postgres"]
    postgres.stop()
    during = say(stack, "pg-restart", "what causes fibromyalgia?")
    postgres.start()
    postgres.wait_ready()

    assert [message["text"] for message in during] == [OUTAGE_REPLY]
    assert answered_normally(stack, "pg-restart")


def test_redis_down_gives_a_clear_answer_and_the_service_recovers(stack):
    redis_service = stack.services["redis"]
    redis_service.stop()
    try:
        during = say(stack, "redis-down", "what causes fibromyalgia?")
    finally:
        redis_service.start()
        redis_service.wait_ready()

    assert [message["text"] for message in during] == [OUTAGE_REPLY]
    logs = "".join((stack.logs / f"rasa-{number}.log").read_text() for number in (1, 2))
    assert "the lock store (Redis) is unreachable" in logs
    assert answered_normally(stack, "redis-down")
