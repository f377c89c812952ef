"""Safety flags for staff: the category of each message the safety triage caught.

`action_flag_safety` runs after each fixed safety answer (data/rules/safety.yml). Inside the
hand-off form, where a safety message is also the answer to a question, the form's checks answer
and flag it themselves (`answer_safety_message`).
"""

import logging
from dataclasses import replace
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.constants import (
    CATEGORY_KEY, LEARNED_INTENT_KEY, NO_SAFETY_CATEGORY, PHRASE_KEY, SAFETY_FLAGS_SLOT, TRIAGE_KEY,
    WARNING, safety_category)
from records.store import SafetyFlag, StaffRecords, staff_records


logger = logging.getLogger(__name__)


def latest_intent(tracker: Tracker) -> str:
    """The intent the bot acted on for the latest message. (rasa-sdk's
    get_intent_of_latest_message skips nlu_fallback and returns the runner-up instead.)"""
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def is_safety_message(tracker: Tracker) -> bool:
    return safety_category(latest_intent(tracker)) != NO_SAFETY_CATEGORY


def flag_for(sender_id: str, latest_message: Dict[Text, Any]) -> SafetyFlag:
    """The flag for the latest message: the triage's finding, or the safety intent NLU chose."""
    triage = latest_message.get(TRIAGE_KEY) or {}
    intent = (latest_message.get("intent") or {}).get("name") or ""
    category = triage.get(CATEGORY_KEY) or safety_category(intent)
    learned = triage.get(LEARNED_INTENT_KEY) or {}
    return SafetyFlag(sender_id, category, triage.get(PHRASE_KEY),
                      learned.get("name"), learned.get("confidence"))


def latest_message_id(tracker: Tracker) -> Optional[str]:
    """The id Rasa gave the patient's latest message (the staff console opens the transcript
    there)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("message_id")
    return None


def record_flag(records: StaffRecords, tracker: Tracker, flag: SafetyFlag) -> List[Text]:
    """Store `flag`, with the id of the message it is about, for staff; return the
    conversation's flag categories with it added. The caller sets the slot even when the table
    refuses the row."""
    try:
        records.add_flag(replace(flag, message_id=latest_message_id(tracker)))
    except SQLAlchemyError as error:
        # The slot still flags the conversation; the log names no personal data.
        logger.error("safety flag not stored (%s)", type(error).__name__)
    categories = list(tracker.get_slot(SAFETY_FLAGS_SLOT) or [])
    if flag.category not in categories:
        categories.append(flag.category)
    return categories


def answer_safety_message(records: StaffRecords, dispatcher: CollectingDispatcher,
                          tracker: Tracker) -> Dict[Text, Any]:
    """Inside the hand-off form: give the latest (safety) message its fixed answer and flag it.
    A warning sign gets a short 988 line, since the form cannot stop for the check-in."""
    flag = flag_for(tracker.sender_id, tracker.latest_message)
    response = ("utter_safety_warning_in_form" if flag.category == WARNING
                else f"utter_safety_{flag.category}")
    dispatcher.utter_message(response=response)
    return {SAFETY_FLAGS_SLOT: record_flag(records, tracker, flag)}


class ActionFlagSafety(Action):
    """Flag the latest message's safety category for staff."""

    def __init__(self, records: Optional[StaffRecords] = None) -> None:
        self.records = records or staff_records()

    def name(self) -> Text:
        return "action_flag_safety"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        flag = flag_for(tracker.sender_id, tracker.latest_message)
        return [SlotSet(SAFETY_FLAGS_SLOT, record_flag(self.records, tracker, flag))]
