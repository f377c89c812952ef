"""While the action server is down (crashed, or restarting), the Rasa server runs the custom
actions itself (connectors/action_fallback.py): a new conversation's crisis message still gets
the crisis answer and its flag, the check-in, reads and hand-off requests still work."""

import pytest

from records.store import StaffRecords
from tests.harness.clients import button_payloads, texts

CRISIS_ANSWER = "call or text 988 (Suicide & Crisis Lifeline) any time"
CHECKIN_QUESTION = "are you thinking about ending your life?"


@pytest.fixture(scope="module")
def bot_without_actions(bot):
    """The shared bot with its action server stopped for this module's tests."""
    with bot.action_server_stopped():
        yield bot


def flag_categories(bot, sender):
    return [row["category"] for row in StaffRecords(bot.tracker_url).flags()
            if row["sender_id"] == sender]


def test_a_new_conversations_crisis_message_gets_the_crisis_answer_and_a_flag(
        bot_without_actions):
    bot = bot_without_actions
    sender = "actions-down-crisis"
    answer = texts(bot.say(sender, "i want to kill myself"))
    assert CRISIS_ANSWER in answer and "911" in answer
    assert flag_categories(bot, sender) == ["crisis"]
    assert bot.stored_events(sender, "session_started")


def test_the_check_in_goes_on_to_the_crisis_answer(bot_without_actions):
    bot = bot_without_actions
    sender = "actions-down-checkin"
    replies = bot.say(sender, "i feel like a burden to everyone")
    assert CHECKIN_QUESTION in texts(replies)
    assert button_payloads(replies) == ["/affirm", "/deny", "/request_handoff"]
    assert CRISIS_ANSWER in texts(bot.say(sender, "/affirm"))
    assert flag_categories(bot, sender) == ["warning", "crisis"]


def test_reads_and_a_hand_off_request_still_work(bot_without_actions):
    bot = bot_without_actions
    sender = "actions-down-handoff"
    replies = bot.say(sender, "does beer make my back hurt")
    assert [card for reply in replies if "custom" in reply for card in reply["custom"]["reads"]]
    bot.say(sender, "I want to talk to a person")
    bot.say(sender, "yes please")
    bot.say(sender, "you can reach me at (216) 444-2200")
    done = texts(bot.say(sender, "I'd like to talk about my sleep"))
    [request] = [row for row in StaffRecords(bot.tracker_url).handoffs()
                 if row["sender_id"] == sender]
    assert request["reason"] == "I'd like to talk about my sleep"
    assert f"number {request['id']}" in done


def test_the_log_names_the_action_run_here_and_not_the_message(bot_without_actions):
    bot = bot_without_actions
    bot.say("actions-down-log", "my pain is unbearable tonight, call me on 216-555-0188")
    log = (bot.log_dir / "rasa.log").read_text(errors="replace")
    assert "the action server failed 'action_session_start'" in log
    assert "running it in this process" in log
    assert "216-555-0188" not in log
