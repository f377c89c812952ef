"""action_checkin_reply: act on the answer to "are you thinking about ending your life?".

The warning-sign check-in (safety_checkin_form, domain.yml) takes any message as its answer.
A clear "no" gets a supportive line and the conversation goes on. Anything else, a yes, silence
broken by another topic, or "Talk to a person", is treated as a yes: the crisis answer, a
crisis flag for staff, and, for "Talk to a person", the hand-off form right after. An answer
that is itself an emergency or an overdose gets that answer (911, Poison Control) and flag.
"""

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.constants import (
    CHECKIN_ANSWER_SLOT, CRISIS, EMERGENCY, HANDOFF_INTENT, LINE_KEY, OVERDOSE, RULE_LINE,
    SAFETY_FLAGS_SLOT, TRIAGE_KEY, safety_intent)
from actions.safety_flag import answer_safety_message, latest_intent, record_flag
from records.store import SafetyFlag, StaffRecords, staff_records

# Answers that start as a plain no ("no, I'm just sad", "I'm not", "I don't think so").
CLEAR_NO = re.compile(r"^\W*(?:/deny$|no\b|nope\b|nah\b|not really\b|not at all\b|never\b|"
                      r"i'?m not\b|i am not\b|i'?m (?:ok|okay|fine)\b|i don'?t think so\b|"
                      r"(?:of course|definitely|absolutely) not\b|no way\b|nothing like that\b)")
# A no that is not one: "no but I do think about it sometimes", "no, not today".
HEDGED = re.compile(r"\b(?:but|though|sometimes|maybe|not (?:today|tonight|now|yet|right now)|"
                    r"at the moment|used to|kind of|kinda|sort of|a bit|a little)\b")
# A check-in answer that is itself an emergency or an overdose gets that answer instead.
OWN_ANSWER_INTENTS = {safety_intent(EMERGENCY), safety_intent(OVERDOSE)}


def is_clear_no(latest_message: Dict[Text, Any]) -> bool:
    """A "no" the bot can take at its word: the "No" button, or an answer that starts as a plain
    no, not hedged ("no, not today") and with no risk phrase after it. The
    learned line's guesses do not count here: "no, I'm just sad" is a no. "i dunno", "maybe"
    and "I don't know" are not."""
    text = (latest_message.get("text") or "").lower().replace("\u2019", "'")
    caught_by_rule = (latest_message.get(TRIAGE_KEY) or {}).get(LINE_KEY) == RULE_LINE
    return bool(CLEAR_NO.match(text)) and not HEDGED.search(text) and not caught_by_rule


class ActionCheckinReply(Action):
    """Answer the check-in: support on "no", the crisis answer and a flag on anything else."""

    def __init__(self, records: Optional[StaffRecords] = None) -> None:
        self.records = records or staff_records()

    def name(self) -> Text:
        return "action_checkin_reply"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        intent = latest_intent(tracker)
        events: List[Dict[Text, Any]] = [SlotSet(CHECKIN_ANSWER_SLOT, None)]
        if is_clear_no(tracker.latest_message):
            dispatcher.utter_message(response="utter_checkin_no")
            return events
        if intent in OWN_ANSWER_INTENTS:  # "I can't breathe" needs 911, not only 988
            slots = answer_safety_message(self.records, dispatcher, tracker)
            return events + [SlotSet(slot, value) for slot, value in slots.items()]
        dispatcher.utter_message(response="utter_safety_crisis")
        flag = SafetyFlag(tracker.sender_id, CRISIS, f"check-in answered with {intent}", None, None)
        events.append(SlotSet(SAFETY_FLAGS_SLOT, record_flag(self.records, tracker, flag)))
        if intent == HANDOFF_INTENT:
            events.append(FollowupAction("handoff_form"))
        return events
