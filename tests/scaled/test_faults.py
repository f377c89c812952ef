"""Faults of the scaled topology: a rasa process dies under load, PostgreSQL restarts, Redis
goes down. The patient always gets an answer, and nothing answered is lost."""

import os
import signal
import threading
import time

import psutil
import requests

from connectors.outage import OUTAGE_REPLY
from tests.harness.load import (REST_PATH, conversation_ids, out_of_order, run_load,
                                stored_turns)

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
    # 200 turns take about 4 s: at 1 s the replica is in the middle of them (at 3 s the load had
    # sometimes ended, and the kill came after it).
    killed = threading.Timer(1.0, replica.kill)
    killed.start()
    result = run_load(stack.settings.public_url, conversation_ids(40, "kill"), CONCURRENCY)
    killed.join()

    # nginx sends the turns the killed replica was handling to the other one (which answers a
    # turn the killed one had stored from what it stored): every turn answered and stored once.
    assert not result.errors, [(turn.text, turn.status) for turn in result.errors][:5]
    assert out_of_order(stack.database_url, result) == {}
    # The supervisor (which looks every second) starts the killed replica again, and it answers.
    deadline = time.monotonic() + RECOVERY_S
    while not replica.running and time.monotonic() < deadline:
        time.sleep(0.2)
    replica.wait_ready()


def test_a_request_tried_twice_is_answered_from_the_first_try(stack):
    """What nginx does when a replica drops a request it had handled: the same X-Request-Id
    to another replica gets the stored answer, and the turn is not stored again."""
    first, second = (f"http://{stack.settings.host}:{port}{REST_PATH}"
                     for port in stack.settings.replica_ports)
    body = {"sender": "tried-twice", "message": "what causes fibromyalgia?"}
    headers = {"X-Request-Id": "0123456789abcdef0123456789abcdef"}

    answers = [requests.post(url, json=body, headers=headers, timeout=60).json()
               for url in (first, second)]

    assert "neuroinflammation" in str(answers[0])
    assert answers[1] == answers[0]
    assert [text for text, _ in stored_turns(stack.database_url, "tried-twice")] == [
        "what causes fibromyalgia?"]


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


def test_a_crashed_action_server_comes_back_without_its_old_workers(stack):
    """Its workers outlive a killed main process and keep its port: the supervisor kills them
    before starting it again, and new conversations get their safety answers."""
    actions = stack.services["actions"]
    old_workers = psutil.Process(actions.process.pid).children()
    assert old_workers, "the action server runs workers"
    os.kill(actions.process.pid, signal.SIGKILL)

    deadline = time.monotonic() + RECOVERY_S
    while time.monotonic() < deadline and any(worker.is_running() for worker in old_workers):
        time.sleep(0.5)
    assert not any(worker.is_running() for worker in old_workers)
    actions.wait_ready()
    assert "988" in str(say(stack, "after-actions-crash", "i want to kill myself"))
