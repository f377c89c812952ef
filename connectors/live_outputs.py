"""Where a message from staff goes, by the channel the patient last wrote through: each input
channel registers, at server start, how to reach one of its conversations outside a webhook
request (connectors/live.py uses it during a live hand-off). The web widget, which talks REST,
has no connection to push to: its messages wait in the records until it fetches them
(`WidgetOutbox`, which connectors/live.py registers for the REST channel)."""

import asyncio
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Optional

from rasa.core.channels.channel import OutputChannel
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic

from connectors.live_tokens import is_issued
from records import live
from records.store import staff_records

OutputFor = Callable[[DialogueStateTracker], OutputChannel]
# The staff member's name in a message sent during a live hand-off (None: the assistant's own).
AUTHOR_KEY = "author"


def register(app: Sanic, channel: str, output_for_tracker: OutputFor) -> None:
    """Say how to reach conversations of `channel` (an input channel's name)."""
    if not hasattr(app.ctx, "live_outputs"):
        app.ctx.live_outputs = {}
    app.ctx.live_outputs[channel] = output_for_tracker


def output_for(app: Sanic, tracker: DialogueStateTracker) -> Optional[OutputChannel]:
    """The output to the channel the patient last wrote through; None when that channel is off
    (or the patient never wrote)."""
    outputs: Dict[str, OutputFor] = getattr(app.ctx, "live_outputs", {})
    channel = tracker.get_latest_input_channel()
    return outputs[channel](tracker) if channel in outputs else None


class WidgetOutbox(OutputChannel):
    """Keeps each message for the web widget to fetch (records/live.py). Only conversations whose
    id the server handed out have a widget holding their token: messages to any other REST
    conversation could never be fetched, and are not kept."""

    def __init__(self, widget_secret: bytes) -> None:
        self.widget_secret = widget_secret

    @classmethod
    def name(cls) -> str:
        return "widget_outbox"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        await self.sent(recipient_id, message)

    async def sent(self, recipient_id: str, message: Dict[str, Any]) -> bool:
        """`send_response`, saying whether a widget can fetch the message."""
        if not is_issued(self.widget_secret, recipient_id):
            return False
        await asyncio.to_thread(staff_records().in_transaction, live.add_message, recipient_id,
                                message.get(AUTHOR_KEY), message["text"],
                                datetime.now(timezone.utc))
        return True
