"""connectors/taken_over.py: a message is judged by whether the bot was paused when it came, not
by how the conversation stands when the check runs."""

from rasa.shared.core.events import (
    ConversationPaused, ConversationResumed, SessionStarted, UserUttered)

from connectors.taken_over import paused_message


def said(text: str, message_id: str) -> UserUttered:
    return UserUttered(text, message_id=message_id)


def test_a_message_that_came_while_paused_is_found_even_after_a_hand_back_and_more_messages():
    crisis = said("i want to kill myself", "m2")
    events = [said("hello", "m1"), ConversationPaused(), crisis, said("ok thanks", "m3"),
              ConversationResumed(), said("hi again", "m4")]
    assert paused_message(events, "m2") is crisis
    assert paused_message(events, "m3").text == "ok thanks"


def test_messages_before_a_take_over_or_after_the_hand_back_are_not_paused():
    events = [said("hello", "m1"), ConversationPaused(), said("hi", "m2"), ConversationResumed(),
              said("thanks", "m3")]
    assert paused_message(events, "m1") is None
    assert paused_message(events, "m3") is None
    assert paused_message(events, "unknown") is None


def test_a_new_session_ends_a_pause_unless_it_pauses_again():
    events = [ConversationPaused(), SessionStarted(), said("a", "m1"), ConversationPaused(),
              SessionStarted(), ConversationPaused(), said("b", "m2")]
    assert paused_message(events, "m1") is None
    assert paused_message(events, "m2").text == "b"
