"""The faster SQL tracker store reads back exactly what Rasa's own SQL store reads."""

import asyncio

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from actions.constants import REPO, TOPIC_SLOT
from connectors.tracker_store import FastSQLTrackerStore, events_from_dicts

DOMAIN = Domain.load(str(REPO / "domain.yml"))


def conversation() -> DialogueStateTracker:
    """Three turns of one session, events created in order (Rasa finds sessions by timestamp)."""
    events = [ActionExecuted("action_session_start"), SessionStarted()]
    for _ in range(3):
        events += [
            ActionExecuted("action_listen"),
            UserUttered("are my muscles inflamed", {"name": "ask_muscles", "confidence": 0.97},
                        parse_data={"text": "are my muscles inflamed"}),
            SlotSet(TOPIC_SLOT, "muscles"),
            ActionExecuted("utter_muscles"),
            BotUttered("Probably not.", {"elements": None}, {"utter_action": "utter_muscles"}),
        ]
    events.append(ActionExecuted("action_listen"))
    return DialogueStateTracker.from_events("patient-1", events, DOMAIN.slots)


@pytest.fixture
def stores(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    return SQLTrackerStore(DOMAIN, host=url), FastSQLTrackerStore(DOMAIN, host=url)


def test_same_tracker_as_rasa_sql_store(stores):
    rasa_store, fast_store = stores
    asyncio.run(fast_store.save(conversation()))
    expected = asyncio.run(rasa_store.retrieve("patient-1"))
    got = asyncio.run(fast_store.retrieve("patient-1"))
    assert list(got.events) == list(expected.events)
    assert got.current_state() == expected.current_state()
    assert got.get_slot(TOPIC_SLOT) == "muscles"


def test_full_history_across_sessions_matches_rasa(stores):
    rasa_store, fast_store = stores
    tracker = conversation()
    tracker.update_with_events([ActionExecuted("action_session_start"), SessionStarted()], DOMAIN)
    asyncio.run(rasa_store.save(tracker))
    expected = asyncio.run(rasa_store.retrieve_full_tracker("patient-1"))
    got = asyncio.run(fast_store.retrieve_full_tracker("patient-1"))
    assert list(got.events) == list(expected.events)
    latest_session = asyncio.run(fast_store.retrieve("patient-1"))
    assert list(latest_session.events) == list(asyncio.run(rasa_store.retrieve("patient-1")).events)
    assert len(latest_session.events) < len(got.events)


def test_unknown_conversation_is_none(stores):
    assert asyncio.run(stores[1].retrieve("nobody")) is None


def test_unknown_event_type_is_an_error_not_silence():
    with pytest.raises(ValueError):
        events_from_dicts([{"event": "no-such-event"}])
