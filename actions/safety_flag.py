"""action_flag_safety: mark a conversation the safety triage caught, so staff can find it."""

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.staff_records import SafetyFlag, StaffRecords, staff_records

FLAGS_SLOT = "safety_flags"
SAFETY_INTENT_PREFIX = "safety_"

logger = logging.getLogger(__name__)


def flag_for(sender_id: str, latest_message: Dict[Text, Any]) -> SafetyFlag:
    """The flag for the latest message: the triage's finding, or the safety intent NLU chose."""
    triage = latest_message.get("triage") or {}
    intent = (latest_message.get("intent") or {}).get("name") or ""
    category = triage.get("category") or intent.removeprefix(SAFETY_INTENT_PREFIX)
    learned = triage.get("learned_intent") or {}
    return SafetyFlag(sender_id, category, triage.get("phrase"),
                      learned.get("name"), learned.get("confidence"))


class ActionFlagSafety(Action):
    """Record the flag for staff and add its category to the conversation's `safety_flags` slot."""

    def __init__(self, records: Optional[StaffRecords] = None) -> None:
        self.records = records or staff_records()

    def name(self) -> Text:
        return "action_flag_safety"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        flag = flag_for(tracker.sender_id, tracker.latest_message)
        try:
            self.records.add_flag(flag)
        except SQLAlchemyError as error:
            # The slot below still flags the conversation; the log names no personal data.
            logger.error("safety flag not stored (%s)", type(error).__name__)
        categories = list(tracker.get_slot(FLAGS_SLOT) or [])
        if flag.category not in categories:
            categories.append(flag.category)
        return [SlotSet(FLAGS_SLOT, categories)]
