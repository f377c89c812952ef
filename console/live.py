"""Live hand-off from the console's side: the steps staff take (join, say, leave), sent to the
Rasa server (connectors/live.py), which pauses the bot and reaches the patient in their channel;
and what the live chat page shows."""

from typing import Any, Dict

import aiohttp
from sqlalchemy import select
from sqlalchemy.engine import Connection
from starlette.exceptions import HTTPException

from console.settings import Settings
from records import live
from records.conversations import transcript
from records.schema import safety_flags

RELAY_TIMEOUT_S = 20
# What staff see when the Rasa server refused a step or could not be reached.
UNREACHABLE = ("The assistant's server could not be reached, so the patient has not been told. "
               "Try again in a moment.")


async def relay(settings: Settings, step: str, conversation: str, staff: str,
                text: str = "") -> bool:
    """Ask the Rasa server to take `step`; whether the patient's channel took the message.
    Raises HTTPException with the server's reason when it refused (404, 409) or was not
    reached (502)."""
    if not settings.relay_token:
        raise HTTPException(503, "Live chat is off: STAFF_RELAY_TOKEN is not set.")
    body = {"step": step, "conversation": conversation, "staff": staff, "text": text}
    try:
        async with aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=RELAY_TIMEOUT_S)) as client:
            async with client.post(settings.relay_url, json=body,
                                   headers={"X-Relay-Token": settings.relay_token}) as answer:
                reply = await answer.json(content_type=None)
                status = answer.status
    except (aiohttp.ClientError, TimeoutError, ValueError):
        raise HTTPException(502, UNREACHABLE) from None
    if status in (404, 409):
        raise HTTPException(status, str(reply.get("error") or "That cannot be done now."))
    if status != 200:
        raise HTTPException(502, UNREACHABLE)
    return bool(reply.get("delivered"))


def chat_state(connection: Connection, sender_id: str, after: int) -> Dict[str, Any]:
    """The live chat page's view: who has the conversation, the messages after event number
    `after`, and the conversation's safety flags not yet reviewed."""
    taken_over = live.open_handoff(connection, sender_id)
    flags = connection.execute(
        select(safety_flags.c.id, safety_flags.c.category, safety_flags.c.message_id)
        .where(safety_flags.c.sender_id == sender_id, safety_flags.c.reviewed_at.is_(None))
        .order_by(safety_flags.c.id))
    return {"taken_over": taken_over, "turns": transcript(connection, sender_id, after),
            "unreviewed_flags": [dict(row._mapping) for row in flags]}


def turn_json(turn, local_time) -> Dict[str, Any]:
    return {"event": turn.event_id, "who": turn.who, "speaker": turn.speaker, "text": turn.text,
            "at": local_time(turn.at), "triage": turn.triage, "message_id": turn.message_id}
