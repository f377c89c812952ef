"""The tracker an action receives, built one way for every test (as financial-demo does).

tests/data/tracker.json is a new conversation as Rasa posts it to the action server: every slot
of domain.yml at its initial value, the session-start events, nothing said yet.
"""

import json
import uuid
from typing import Any, Dict, Iterable, Optional

from rasa_sdk import Tracker

from actions.constants import TRIAGE_KEY
from tests import DATA

NEW_CONVERSATION = DATA / "tracker.json"


def user_event(text: str, parse_data: Optional[Dict[str, Any]] = None,
               channel: str = "rest") -> Dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": parse_data or {},
            "input_channel": channel, "message_id": uuid.uuid4().hex}


def tracker_with(text: str, *, intent: Optional[str] = None, confidence: float = 1.0,
                 triage: Optional[Dict[str, Any]] = None, slots: Optional[Dict[str, Any]] = None,
                 earlier_messages: Iterable[str] = (), channel: str = "rest",
                 sender_id: str = "patient", latest_action: str = "action_listen") -> Tracker:
    """The tracker after the patient's latest message `text` (read as `intent`, with the safety
    triage's `triage` finding), following `earlier_messages`, with `slots` changed."""
    state = json.loads(NEW_CONVERSATION.read_text())
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence} if intent else {},
              "entities": []}
    if triage:
        latest[TRIAGE_KEY] = triage
    state.update(sender_id=sender_id, latest_message=latest, latest_action_name=latest_action)
    state["slots"].update(slots or {})
    state["events"] += [user_event(t, channel=channel) for t in earlier_messages]
    state["events"].append(user_event(text, latest, channel))
    return Tracker.from_dict(state)
