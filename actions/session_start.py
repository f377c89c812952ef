"""A new session that keeps a live hand-off (connectors/live.py) paused.

Rasa starts a new session when a patient writes after `session_expiration_time` (domain.yml)
without a message, and a new session forgets that the conversation was paused: the bot would
answer again while staff still have the conversation. This is Rasa's default session start
(no slots carried over, as domain.yml says) plus the pause again while the conversation is taken
over. When the records cannot be read the session starts unpaused, and the failure is logged.
"""

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ConversationPaused, EventType, SessionStarted
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from records import live
from records.store import StaffRecords, staff_records

logger = logging.getLogger(__name__)


class ActionSessionStart(Action):
    def __init__(self, records: Optional[StaffRecords] = None) -> None:
        self._records = records

    def name(self) -> Text:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        events: List[EventType] = [SessionStarted()]
        if self._taken_over(tracker.sender_id):
            events.append(ConversationPaused())
        return events + [ActionExecuted("action_listen")]

    def _taken_over(self, sender_id: str) -> bool:
        try:
            records = self._records or staff_records()
            return records.in_transaction(live.open_handoff, sender_id) is not None
        except (SQLAlchemyError, RuntimeError) as error:
            logger.error("session start: could not read whether the conversation is taken over "
                         "(%s)", type(error).__name__)
            return False
