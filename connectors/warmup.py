"""Warm the assistant up when the server starts, so the first patient waits no longer than the rest."""

from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic

WARM_UP_SENDER = "__warmup__"
WARM_UP_TEXT = "hello"


async def warm_up(app: Sanic, _loop: object) -> None:
    """Parse one message, predict the reply and read the tracker store once.

    Each has a one-off cost on first use (model graphs, database connection). Nothing is
    stored: the warm-up conversation lives only in memory.
    """
    agent = getattr(app.ctx, "agent", None)
    if agent is None or not agent.is_ready():
        return
    parse = await agent.parse_message(WARM_UP_TEXT)
    tracker = DialogueStateTracker.from_events(
        WARM_UP_SENDER,
        [ActionExecuted(ACTION_LISTEN_NAME), UserUttered(WARM_UP_TEXT, parse["intent"], parse_data=parse)],
        slots=agent.domain.slots,
    )
    agent.processor.predict_next_with_tracker(tracker)
    await agent.tracker_store.retrieve(WARM_UP_SENDER)
