"""Safety flags for messages to a conversation staff have taken over (connectors/live.py): Rasa
still runs NLU and the safety triage on them, but no action runs to raise the flag, so this
does, after the message is handled. Every patient channel has it (connectors/shortcuts.py)."""

import asyncio
import logging
from dataclasses import replace
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from sanic import Sanic
from sqlalchemy.exc import SQLAlchemyError

from actions.constants import NO_SAFETY_CATEGORY
from actions.safety_flag import flag_for
from records import live
from records.store import staff_records

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class TakenOverWatch:
    """Raises the safety flag for a patient's message to a taken-over conversation."""

    def __init__(self) -> None:
        self._app: Optional[Sanic] = None

    async def attach(self, app: Sanic, _loop: object) -> None:
        self._app = app

    def wrap(self, on_new_message: OnNewMessage) -> OnNewMessage:
        async def watched(message: UserMessage) -> Any:
            answer = await on_new_message(message)
            await self.flag_if_taken_over(message.sender_id)
            return answer

        return watched

    async def flag_if_taken_over(self, sender_id: str) -> None:
        try:
            records = staff_records()
            taken_over = await asyncio.to_thread(records.in_transaction, live.open_handoff,
                                                 sender_id)
            if self._app is None or not taken_over:
                return
            tracker = await self._app.ctx.agent.tracker_store.retrieve(sender_id)
            latest = tracker.latest_message if tracker else None
            if latest is None:
                return
            flag = flag_for(sender_id, latest.parse_data)
            if flag.category != NO_SAFETY_CATEGORY:
                await asyncio.to_thread(records.add_flag,
                                        replace(flag, message_id=latest.message_id))
        except (SQLAlchemyError, RuntimeError) as error:
            logger.error("live: a message to a taken-over conversation was not checked for a "
                         "safety flag (%s)", type(error).__name__)
