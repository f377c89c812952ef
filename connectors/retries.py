"""A chat message that nginx sends a second time is answered once.

In the scaled topology (deploy/) nginx hands a message to another rasa process when the first
one drops the connection, having crashed or restarted (`proxy_next_upstream ... non_idempotent`,
so that the patient still gets an answer). If the first process had stored the turn just
before dying, handling it again would store it twice. nginx sends both tries with the same
X-Request-Id: the first sight of an id is marked in Redis (the lock store's), and a second sight
answers with the replies stored for that message, or handles it when nothing was stored.
One rasa process (an in-memory lock store) gets no second tries: nothing is checked.
"""

import re
from typing import Any, Iterable, List, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import RedisLockStore
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Sanic
from sanic.request import Request

from connectors.inbound import OnNewMessage

REQUEST_ID_HEADER = "X-Request-Id"
REQUEST_ID_KEY = "request_id"
SEEN_FOR_S = 600
_REQUEST_ID = re.compile(r"[0-9A-Za-z-]{8,64}")


def request_id(request: Request) -> Optional[str]:
    """The proxy's id of this request, if it sent a well-formed one."""
    value = request.headers.get(REQUEST_ID_HEADER, "")
    return value if _REQUEST_ID.fullmatch(value) else None


def replies_to(events: Iterable[Event], key: str) -> Optional[List[dict]]:
    """The bot messages stored after the patient message with request id `key`; None when
    no such message is stored."""
    replies: Optional[List[dict]] = None
    for event in events:
        if isinstance(event, UserUttered):
            if replies is not None:
                break
            if (event.metadata or {}).get(REQUEST_ID_KEY) == key:
                replies = []
        elif isinstance(event, BotUttered) and replies is not None:
            replies.append({"text": event.text,
                            **{name: value for name, value in event.data.items() if value}})
    return replies


class RetryGuard:
    """Wraps a channel's message handler so that a second try of a request is answered from
    what the first one stored."""

    def __init__(self) -> None:
        self._app: Optional[Sanic] = None

    def attach(self, app: Sanic, _loop: Any = None) -> None:
        self._app = app

    def wrap(self, on_new_message: OnNewMessage) -> OnNewMessage:
        async def once(message: UserMessage) -> Any:
            key = (message.metadata or {}).get(REQUEST_ID_KEY)
            if key and self._seen_before(key):
                replies = await self._stored_replies(message.sender_id, key)
                if replies is not None:
                    for reply in replies:
                        await message.output_channel.send_response(message.sender_id, reply)
                    return None
            return await on_new_message(message)

        return once

    def _seen_before(self, key: str) -> bool:
        store = self._app.ctx.agent.lock_store if self._app else None
        if not isinstance(store, RedisLockStore):
            return False
        return not store.red.set(f"request:{key}", 1, nx=True, ex=SEEN_FOR_S)

    async def _stored_replies(self, sender_id: str, key: str) -> Optional[List[dict]]:
        agent = self._app.ctx.agent
        async with agent.lock_store.lock(sender_id):  # a first try still running ends first
            tracker = await agent.tracker_store.retrieve(sender_id)
        return replies_to(tracker.events if tracker else [], key)
