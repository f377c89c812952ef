"""Hand-off to a person: the form's checks, storing the request, and cancelling.

`handoff_form` (domain.yml) asks for consent, a phone number or e-mail address and a short
reason. "Cancel" at any step, or "no" at the consent and contact steps, ends it through a
rule (data/rules.yml), so the checks here only see answers. A safety message at the contact or
reason step gets its fixed answer and flag here and still counts as the answer (a contact in
it is kept, the reason is stored), so the form never loops.
"""

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.clinic import Clinic, load_clinic
from actions.contact import find_contact
from actions.safety_flag import FLAGS_SLOT, answer_safety_message, is_safety_message, latest_intent
from actions.staff_records import HandoffRequest, StaffRecords, staff_records

CONSENT_SLOT, CONTACT_SLOT, REASON_SLOT = "handoff_consent", "handoff_contact", "handoff_reason"
REQUEST_INTENT = "request_handoff"
CONSENTING_INTENTS = {"affirm", REQUEST_INTENT}
MAX_REASON_CHARS = 500

logger = logging.getLogger(__name__)


def cleared_form_slots() -> List[Dict[Text, Any]]:
    """Events that empty the form, so the next request starts from the first question."""
    return [SlotSet(slot, None) for slot in (CONSENT_SLOT, CONTACT_SLOT, REASON_SLOT)]


def short_reason(text: str) -> Optional[str]:
    """The reason as staff will read it: trimmed and at most `MAX_REASON_CHARS`; None if empty."""
    reason = " ".join(text.split())
    if not reason:
        return None
    return reason if len(reason) <= MAX_REASON_CHARS else reason[:MAX_REASON_CHARS - 1] + "…"


def asks_for_a_person(tracker: Tracker) -> bool:
    """Whether the patient asked for a person again (e.g. the crisis answer's button) while the
    form is under way: not an answer, so the current question is simply asked again."""
    return latest_intent(tracker) == REQUEST_INTENT


class ValidateHandoffForm(FormValidationAction):
    """Turns the patient's answers into a yes, a normalised contact and a short reason."""

    def __init__(self, clinic: Optional[Clinic] = None,
                 records: Optional[StaffRecords] = None) -> None:
        self.clinic = clinic or load_clinic()
        self.records = records or staff_records()

    def name(self) -> Text:
        return "validate_handoff_form"

    def validate_handoff_consent(self, value: Any, dispatcher: CollectingDispatcher,
                                 tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Yes continues; anything but yes or no (no cancels, see rules) asks again."""
        intent = latest_intent(tracker)
        return {CONSENT_SLOT: True if intent in CONSENTING_INTENTS else None}

    def validate_handoff_contact(self, value: Any, dispatcher: CollectingDispatcher,
                                 tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if asks_for_a_person(tracker):
            return {CONTACT_SLOT: None}
        safety = self.answer_safety(dispatcher, tracker)
        contact = find_contact(str(value or ""), self.clinic.phone_region)
        if contact is None and not safety:
            dispatcher.utter_message(response="utter_handoff_contact_invalid")
        return {**safety, CONTACT_SLOT: contact.value if contact else None}

    def validate_handoff_reason(self, value: Any, dispatcher: CollectingDispatcher,
                                tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if asks_for_a_person(tracker):
            return {REASON_SLOT: None}
        reason = short_reason(str(value or ""))
        return {**self.answer_safety(dispatcher, tracker), REASON_SLOT: reason}

    def answer_safety(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        """A safety message that answers a question: its fixed answer and flag, then the form
        goes on with the message as the answer (it never loops)."""
        if not is_safety_message(tracker):
            return {}
        return answer_safety_message(self.records, dispatcher, tracker)


class ActionSubmitHandoff(Action):
    """Store the finished request in the hand-off queue and tell the patient what happens next."""

    def __init__(self, records: Optional[StaffRecords] = None,
                 clinic: Optional[Clinic] = None) -> None:
        self.records = records or staff_records()
        self.clinic = clinic or load_clinic()

    def name(self) -> Text:
        return "action_submit_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        contact = tracker.get_slot(CONTACT_SLOT)
        request = HandoffRequest(
            sender_id=tracker.sender_id,
            contact=contact,
            contact_kind="email" if "@" in contact else "phone",
            reason=tracker.get_slot(REASON_SLOT),
            channel=tracker.get_latest_input_channel(),
            safety_flags=",".join(tracker.get_slot(FLAGS_SLOT) or []),
        )
        try:
            reference = self.records.add_handoff(request)
        except SQLAlchemyError as error:
            # The patient must not believe a request was sent; the log names no personal data.
            logger.error("hand-off request not stored (%s)", type(error).__name__)
            dispatcher.utter_message(response="utter_handoff_failed")
        else:
            dispatcher.utter_message(response="utter_handoff_submitted", reference=reference,
                                     contact=contact, hours=self.clinic.hours,
                                     reply_time=self.clinic.reply_time)
        return cleared_form_slots()


class ActionCancelHandoff(Action):
    """End the form at any step; nothing is stored."""

    def name(self) -> Text:
        return "action_cancel_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_handoff_cancelled")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *cleared_form_slots()]
