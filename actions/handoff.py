"""Hand-off to a person: the form's checks, storing the request, and cancelling.

`handoff_form` (domain.yml) asks for consent, a phone number or e-mail address and a short
reason. At the consent step a cancel or a "no" ends it through a rule (data/rules/handoff.yml). The
contact and reason steps take any text, because what a patient types there is often read as
another intent (an address as "deny", "I need to cancel my appointment" as "cancel"): only a
message that says nothing but to stop (`EXPLICIT_CANCEL`, or a plain no at the contact step)
ends the form there. A safety message at the contact or
reason step gets its fixed answer and flag here and still counts as the answer (a contact in
it is kept, the reason is stored), so the form never loops.

Over SMS and WhatsApp the contact question offers the number the patient writes from; it is
used only when the patient says yes to it.
"""

import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.clinic import Clinic, load_clinic
from actions.contact import find_contact
from actions.constants import (
    HANDOFF_CONSENT_SLOT, HANDOFF_CONTACT_SLOT, HANDOFF_INTENT, HANDOFF_REASON_SLOT, REQUESTED_SLOT,
    SAFETY_FLAGS_SLOT, TWILIO_CHANNEL, platform_id)
from actions.safety_flag import answer_safety_message, is_safety_message, latest_intent
from records.store import HandoffRequest, StaffRecords, staff_records

FORM_SLOTS = (HANDOFF_CONSENT_SLOT, HANDOFF_CONTACT_SLOT, HANDOFF_REASON_SLOT)
CONSENTING_INTENTS = {"affirm", HANDOFF_INTENT}
MAX_REASON_CHARS = 500
# Whole messages that only say to stop (the Cancel button sends "/cancel"), and a plain no,
# which ends the form at the contact step (no contact given) but is a reason at the last step.
EXPLICIT_CANCEL = re.compile(
    r"/cancel|cancel( it| that| this| the request| my request)?( please)?|stop( it)?|"
    r"never ?mind|forget (it|about it)|quit|exit|i('ve)? changed my mind|cancelar|olv[ií]dalo",
    re.IGNORECASE,
)
PLAIN_NO = re.compile(r"/deny|no( thanks?| thank you)?|nope|no,? i don'?t want to", re.IGNORECASE)

logger = logging.getLogger(__name__)


def cleared_form_slots() -> List[Dict[Text, Any]]:
    """Events that empty the form, so the next request starts from the first question."""
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


def short_reason(text: str) -> Optional[str]:
    """The reason as staff will read it: trimmed and at most `MAX_REASON_CHARS`; None if empty."""
    reason = " ".join(text.split())
    if not reason:
        return None
    return reason if len(reason) <= MAX_REASON_CHARS else reason[:MAX_REASON_CHARS - 1] + "…"


def latest_text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "")


def says_only(pattern: re.Pattern, text: str) -> bool:
    """Whether the whole message matches `pattern`, ignoring case and the spaces and
    punctuation around it."""
    return pattern.fullmatch(text.strip(" \t\n.!,;:?")) is not None


def pressed_talk_to_a_person(tracker: Tracker) -> bool:
    """Whether the patient pressed a "Talk to a person" button (e.g. in the crisis answer) while
    the form is under way: not an answer, so the current question is simply asked again. A typed
    "I'd like to talk to someone about my sleep" is an answer."""
    return latest_text(tracker).strip().startswith(f"/{HANDOFF_INTENT}")


def number_written_from(tracker: Tracker, region: str) -> Optional[str]:
    """The phone number an SMS or WhatsApp patient writes from (E.164); None elsewhere."""
    if tracker.get_latest_input_channel() != TWILIO_CHANNEL:
        return None
    contact = find_contact(platform_id(tracker.sender_id).removeprefix("whatsapp:"), region)
    return contact.value if contact and contact.kind == "phone" else None


def cancelled_form() -> Dict[Text, Any]:
    """Validation result that ends the form early; `ActionSubmitHandoff` then stores nothing."""
    return {REQUESTED_SLOT: None, **{slot: None for slot in FORM_SLOTS}}


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
        return {HANDOFF_CONSENT_SLOT: True if intent in CONSENTING_INTENTS else None}

    def validate_handoff_contact(self, value: Any, dispatcher: CollectingDispatcher,
                                 tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        text = latest_text(tracker)
        if says_only(EXPLICIT_CANCEL, text) or says_only(PLAIN_NO, text):
            return cancelled_form()
        contact = find_contact(str(value or ""), self.clinic.phone_region)
        offered = number_written_from(tracker, self.clinic.phone_region)
        if offered and contact is None and latest_intent(tracker) == "affirm":
            return {HANDOFF_CONTACT_SLOT: offered}
        if pressed_talk_to_a_person(tracker):
            return {HANDOFF_CONTACT_SLOT: None}
        safety = self.answer_safety(dispatcher, tracker)
        if contact is None and not safety:
            dispatcher.utter_message(response="utter_handoff_contact_invalid")
        return {**safety, HANDOFF_CONTACT_SLOT: contact.value if contact else None}

    def validate_handoff_reason(self, value: Any, dispatcher: CollectingDispatcher,
                                tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if says_only(EXPLICIT_CANCEL, latest_text(tracker)):
            return cancelled_form()
        if pressed_talk_to_a_person(tracker):
            return {HANDOFF_REASON_SLOT: None}
        reason = short_reason(str(value or ""))
        return {**self.answer_safety(dispatcher, tracker), HANDOFF_REASON_SLOT: reason}

    def answer_safety(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        """A safety message that answers a question: its fixed answer and flag, then the form
        goes on with the message as the answer (it never loops)."""
        if not is_safety_message(tracker):
            return {}
        return answer_safety_message(self.records, dispatcher, tracker)


class ActionAskHandoffContact(Action):
    """The form's contact question; over SMS and WhatsApp it offers the number written from."""

    def __init__(self, clinic: Optional[Clinic] = None) -> None:
        self.clinic = clinic or load_clinic()

    def name(self) -> Text:
        return "action_ask_handoff_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        number = number_written_from(tracker, self.clinic.phone_region)
        if number:
            dispatcher.utter_message(response="utter_ask_handoff_contact_offer", number=number)
        else:
            dispatcher.utter_message(response="utter_ask_handoff_contact")
        return []


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
        request = self.checked_request(tracker)
        if request is None:
            # Cancelled at the contact or reason step, or not a complete request: nothing stored.
            dispatcher.utter_message(response="utter_handoff_cancelled")
            return cleared_form_slots()
        try:
            reference = self.records.add_handoff(request)
        except SQLAlchemyError as error:
            # The patient must not believe a request was sent; the log names no personal data.
            logger.error("hand-off request not stored (%s)", type(error).__name__)
            dispatcher.utter_message(response="utter_handoff_failed")
        else:
            dispatcher.utter_message(response="utter_handoff_submitted", reference=reference,
                                     contact=request.contact, hours=self.clinic.hours,
                                     reply_time=self.clinic.reply_time)
        return cleared_form_slots()

    def checked_request(self, tracker: Tracker) -> Optional[HandoffRequest]:
        """The request to store, checked again here rather than trusted from the form: consent
        given, a valid contact and a non-empty reason; None if any is missing."""
        typed_contact = str(tracker.get_slot(HANDOFF_CONTACT_SLOT) or "")
        contact = find_contact(typed_contact, self.clinic.phone_region)
        reason = short_reason(str(tracker.get_slot(HANDOFF_REASON_SLOT) or ""))
        if tracker.get_slot(HANDOFF_CONSENT_SLOT) is not True or contact is None or reason is None:
            return None
        return HandoffRequest(
            sender_id=tracker.sender_id,
            contact=contact.value,
            contact_kind=contact.kind,
            reason=reason,
            channel=tracker.get_latest_input_channel(),
            safety_flags=",".join(tracker.get_slot(SAFETY_FLAGS_SLOT) or []),
        )


class ActionCancelHandoff(Action):
    """End the form at the consent step (data/rules/handoff.yml; later steps end it in the
    validator); nothing is stored."""

    def name(self) -> Text:
        return "action_cancel_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_handoff_cancelled")
        return [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *cleared_form_slots()]
