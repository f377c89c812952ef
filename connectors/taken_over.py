"""Safety flags for messages to a conversation staff have taken over (connectors/live.py): Rasa
still runs NLU and the safety triage on them, but no action runs to raise the flag, so this
does, once the message is handled. Every patient channel has it (connectors/shortcuts.py).

Whether the message came while the bot was paused is read from the conversation's own events up
to that message (found by its id), not from how things stand afterwards: the patient's next
message or a hand-back may already have landed. The records are asked first, so that
conversations nobody took over cost one indexed query and no tracker read.
"""

import asyncio
import logging
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import (
    ConversationPaused, ConversationResumed, Event, Restarted, SessionStarted, UserUttered)
from sanic import Sanic
from sqlalchemy.exc import SQLAlchemyError

from actions.constants import NO_SAFETY_CATEGORY
from actions.safety_flag import flag_for
from connectors.inbound import OnNewMessage
from records import live
from records.store import staff_records

logger = logging.getLogger(__name__)

# A hand-back this recent may have come between a message and this check.
HANDED_BACK_LATELY = timedelta(minutes=5)


def paused_message(events: Iterable[Event], message_id: str) -> Optional[UserUttered]:
    """The patient's message with `message_id` if the bot was paused when it came, else None."""
    paused = False
    for event in events:
        if isinstance(event, ConversationPaused):
            paused = True
        elif isinstance(event, (ConversationResumed, Restarted, SessionStarted)):
            paused = False
        elif isinstance(event, UserUttered) and event.message_id == message_id:
            return event if paused else None
    return None


class TakenOverWatch:
    """Raises the safety flag for a patient's message to a taken-over conversation."""

    def __init__(self) -> None:
        self._app: Optional[Sanic] = None

    async def attach(self, app: Sanic, _loop: object) -> None:
        self._app = app

    def wrap(self, on_new_message: OnNewMessage) -> OnNewMessage:
        async def watched(message: UserMessage) -> Any:
            answer = await on_new_message(message)
            await self.flag_if_paused(message.sender_id, message.message_id)
            return answer

        return watched

    async def flag_if_paused(self, sender_id: str, message_id: str) -> None:
        try:
            records = staff_records()
            since = datetime.now(timezone.utc) - HANDED_BACK_LATELY
            if self._app is None or not await asyncio.to_thread(
                    records.in_transaction, live.taken_over_since, sender_id, since):
                return
            tracker = await self._app.ctx.agent.tracker_store.retrieve(sender_id)
            message = paused_message(tracker.events if tracker else [], message_id)
            if message is None:
                return
            flag = flag_for(sender_id, message.parse_data)
            if flag.category != NO_SAFETY_CATEGORY:
                await asyncio.to_thread(records.add_flag, replace(flag, message_id=message_id))
        except (SQLAlchemyError, RuntimeError) as error:
            logger.error("live: a message to a taken-over conversation was not checked for a "
                         "safety flag (%s)", type(error).__name__)
