"""A clear answer, instead of silence, when a message cannot be handled because the
conversation store (SQL) or the lock store (Redis) is unreachable.

Rasa's channels swallow such errors (REST answers 200 with no message at all), so a patient
would wait for a reply that never comes. Worse, Rasa's `FailSafeTrackerStore` answers a
conversation store error by starting a blank conversation kept only in that process's memory:
the patient's context is lost and the turn is never stored. `raise_store_errors` turns that
off. The patient is told to try again, with the crisis and emergency numbers, and the log names
the store that failed (never the message). The stores' clients reconnect by themselves: the
next message after the outage is handled as usual.
"""

import logging
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import LockError
from rasa.core.tracker_store import FailSafeTrackerStore
from redis.exceptions import RedisError
from sanic import Sanic
from sqlalchemy.exc import SQLAlchemyError

from connectors.inbound import OnNewMessage

logger = logging.getLogger(__name__)


OUTAGE_REPLY = (
    "Sorry, I could not read your message: part of this service is not working right now. "
    "Please try again in a minute. If you are thinking about ending your life or might hurt "
    "yourself, call or text 988. If this is an emergency, call 911.")


def store_that_failed(error: Exception) -> str:
    """The store an error came from, in words for the log."""
    if isinstance(error, SQLAlchemyError):
        return "the conversation store (SQL database)"
    return "the lock store (Redis)"


def answer_outages(on_new_message: OnNewMessage) -> OnNewMessage:
    """`on_new_message` that answers OUTAGE_REPLY when a store cannot be reached."""

    async def guarded(message: UserMessage) -> Any:
        try:
            return await on_new_message(message)
        except (LockError, RedisError, SQLAlchemyError) as error:
            logger.error("message not handled: %s is unreachable (%s)",
                         store_that_failed(error), type(error).__name__)
            await message.output_channel.send_text_message(message.sender_id, OUTAGE_REPLY)
            return None

    return guarded


def _raise(error: Exception) -> None:
    raise error


async def raise_store_errors(app: Sanic, _loop: Any = None) -> None:
    """After start (once the agent is loaded): conversation store errors reach
    `answer_outages` instead of Rasa's in-memory stand-in."""
    store = app.ctx.agent.tracker_store
    if isinstance(store, FailSafeTrackerStore):
        store._on_tracker_store_error = _raise  # Rasa's own hook, set at construction otherwise
