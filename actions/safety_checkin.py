"""action_checkin_reply: act on the answer to "are you thinking about ending your life?".

The warning-sign check-in (safety_checkin_form, domain.yml) takes any message as its answer.
A clear "no" gets a supportive line and the conversation goes on. Anything else, a yes, silence
broken by another topic, or "Talk to a person", is treated as a yes: the crisis answer, a
crisis flag for staff, and, for "Talk to a person", the hand-off form right after.
"""

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.safety_flag import FLAGS_SLOT, latest_intent, record_flag
from actions.staff_records import SafetyFlag, StaffRecords, staff_records

ANSWER_SLOT = "checkin_answer"
NO_INTENT, HANDOFF_INTENT = "deny", "request_handoff"
CRISIS = "crisis"
CLEAR_NO = re.compile(r"^/deny$|\b(?:no|nope|nah|not|never|n't|dont|nothing like that)\b")


def is_clear_no(intent: str, text: str) -> bool:
    """A "no" the bot can take at its word: NLU read a denial and the patient pressed "No" or
    typed a negative word. "i dunno" or "maybe" are not a no."""
    return intent == NO_INTENT and bool(CLEAR_NO.search(text.lower()))


class ActionCheckinReply(Action):
    """Answer the check-in: support on "no", the crisis answer and a flag on anything else."""

    def __init__(self, records: Optional[StaffRecords] = None) -> None:
        self.records = records or staff_records()

    def name(self) -> Text:
        return "action_checkin_reply"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        intent = latest_intent(tracker)
        events: List[Dict[Text, Any]] = [SlotSet(ANSWER_SLOT, None)]
        if is_clear_no(intent, tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_checkin_no")
            return events
        dispatcher.utter_message(response="utter_safety_crisis")
        flag = SafetyFlag(tracker.sender_id, CRISIS, f"check-in answered with {intent}", None, None)
        events.append(SlotSet(FLAGS_SLOT, record_flag(self.records, tracker, flag)))
        if intent == HANDOFF_INTENT:
            events.append(FollowupAction("handoff_form"))
        return events
