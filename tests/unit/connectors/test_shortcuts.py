"""A typed "/intent{...}" is plain text; only payloads of buttons the bot offered are shortcuts."""

import asyncio
from types import SimpleNamespace

import pytest
import yaml
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import class_from_module_path

from actions.constants import REPO
from connectors.live import LiveHandoffInput
from connectors.shortcuts import ShortcutGuard, ShortcutGuardMixin, TYPED_SHORTCUT_KEY

DOMAIN = Domain.load(str(REPO / "domain.yml"))


def bot_offering(*payloads: str) -> BotUttered:
    return BotUttered("Pick one", {"buttons": [{"title": p, "payload": p} for p in payloads]})


def guard_with(events) -> ShortcutGuard:
    """A guard attached to a fake server whose tracker store holds one conversation."""
    store = InMemoryTrackerStore(DOMAIN)
    asyncio.run(store.save(DialogueStateTracker.from_events("patient", events, DOMAIN.slots)))
    guard = ShortcutGuard()
    asyncio.run(guard.attach(SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(
        tracker_store=store))), None))
    return guard


def screened(guard: ShortcutGuard, text: str, sender: str = "patient") -> UserMessage:
    return asyncio.run(guard.screen(UserMessage(text, sender_id=sender)))


def test_offered_button_payload_passes_unchanged():
    message = screened(guard_with([bot_offering("/ask_reads", "/ask_topics")]), "/ask_reads")
    assert message.text == "/ask_reads"
    assert not message.metadata


@pytest.mark.parametrize("typed", [
    "/ask_causes",
    '/ask_reads{"topic": "sleep"}',
    "//ask_reads",
    '  /ask_reads{"topic": "sleep"} I want to end it all',
])
def test_typed_shortcut_becomes_plain_text_and_is_kept_for_audit(typed):
    message = screened(guard_with([bot_offering("/ask_reads")]), typed)
    assert not message.text.startswith("/")
    assert message.text.startswith("ask_")
    assert message.metadata[TYPED_SHORTCUT_KEY] == typed.strip()  # UserMessage strips text


def test_buttons_from_an_earlier_session_are_not_accepted():
    guard = guard_with([bot_offering("/ask_reads"), SessionStarted(), ActionExecuted("action_listen")])
    assert screened(guard, "/ask_reads").text == "ask_reads"


def test_buttons_offered_to_another_patient_are_not_accepted():
    guard = guard_with([bot_offering("/ask_reads")])
    assert screened(guard, "/ask_reads", sender="someone-else").text == "ask_reads"


def test_ordinary_text_and_a_lone_slash_are_untouched():
    guard = guard_with([UserUttered("hi")])
    assert screened(guard, "what causes fibromyalgia").text == "what causes fibromyalgia"
    assert screened(guard, "/").text == "/"


def test_every_configured_channel_that_takes_patient_messages_is_guarded():
    channels = yaml.safe_load((REPO / "credentials.yml").read_text())
    taking_messages = [path for path in channels if class_from_module_path(path)
                       is not LiveHandoffInput]  # staff steps and fetches only
    assert len(taking_messages) == len(channels) - 1 >= 6, channels
    for module_path in taking_messages:
        assert issubclass(class_from_module_path(module_path), ShortcutGuardMixin), module_path


def numbered_guard(events) -> ShortcutGuard:
    guard = guard_with(events)
    guard.numbered_options = True
    return guard


def test_a_number_picks_that_option_of_the_last_message_on_sms():
    checkin = BotUttered("Are you thinking about ending your life?", {"buttons": [
        {"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]})
    guard = numbered_guard([UserUttered("i feel like a burden"), checkin])
    assert screened(guard, "2").text == "/deny"
    assert screened(guard, " 1 ").text == "/affirm"
    assert screened(guard, "3").text == "3"  # no third option: plain text


def test_a_number_after_the_patient_wrote_again_is_plain_text():
    guard = numbered_guard([bot_offering("/ask_reads"), UserUttered("thanks"),
                            BotUttered("You're welcome")])
    assert screened(guard, "1").text == "1"


def test_numbers_are_plain_text_where_buttons_are_shown_as_buttons():
    assert screened(guard_with([bot_offering("/ask_reads")]), "1").text == "1"
