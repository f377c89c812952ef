"""Every channel's screen for incoming messages: normalised text and client metadata
(`connectors.inbound`), and intent shortcuts (`/intent{"slot": "value"}`) accepted only from
the bot's own buttons.

Rasa takes any message that starts with "/" as that intent at confidence 1.0 and sets the
slots it names, after NLU and the safety triage have run. A patient's typed text must not
do that. A message starting with "/" passes unchanged only when it is the payload of a
button the bot sent in the current session; anything else reaches the pipeline as plain
text (leading slashes removed), with the text as typed kept in the message metadata.

On channels that show buttons as numbered options (SMS and WhatsApp), a reply of only a number
picks that option of the bot's last message with buttons in its last turn.
"""

import re
from typing import Any, FrozenSet, Iterable, List, Optional, Set

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, Event, SessionStarted, UserUttered
from sanic import Blueprint, Sanic

from connectors import action_fallback, action_responses
from connectors.inbound import OnNewMessage, client_metadata, normalised_text
from connectors.outage import answer_outages, raise_store_errors
from connectors.taken_over import TakenOverWatch

TYPED_SHORTCUT_KEY = "typed_shortcut"
_LEADING_SLASHES = re.compile(r"^[\s/]+")
_OPTION_NUMBER = re.compile(r"[0-9]{1,2}")


def offered_payloads(events: Iterable[Event]) -> Set[str]:
    """Payloads of the buttons the bot sent since the current session started."""
    payloads: Set[str] = set()
    for event in reversed(list(events)):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, BotUttered):
            payloads.update(button.get("payload") for button in event.data.get("buttons") or [])
    return payloads


def numbered_choice(events: Iterable[Event], number: str) -> Optional[str]:
    """The payload of option `number` ("1" is the first) of the last message with buttons the
    bot sent since the patient last wrote; None if there is no such option."""
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            return None
        buttons = event.data.get("buttons") if isinstance(event, BotUttered) else None
        # Numbered as the channels show them: the buttons that have a payload.
        payloads = [button["payload"] for button in buttons or [] if button.get("payload")]
        if payloads:
            index = int(number) - 1
            return payloads[index] if 0 <= index < len(payloads) else None
    return None


def as_plain_text(text: str) -> str:
    """The text without its leading slashes, so that Rasa cannot read it as a shortcut."""
    return _LEADING_SLASHES.sub("", text) or text


class ShortcutGuard:
    """Screens each incoming message before it reaches the agent."""

    def __init__(self, numbered_options: bool = False,
                 kept_metadata_keys: FrozenSet[str] = frozenset()) -> None:
        self._app: Optional[Sanic] = None
        self.numbered_options = numbered_options
        self.kept_metadata_keys = kept_metadata_keys

    async def attach(self, app: Sanic, _loop: object) -> None:
        """Server start listener: the app gives access to the agent's tracker store."""
        self._app = app

    def wrap(self, on_new_message: OnNewMessage) -> OnNewMessage:
        async def screened(message: UserMessage) -> Any:
            return await on_new_message(await self.screen(message))

        return screened

    async def screen(self, message: UserMessage) -> UserMessage:
        """The message with normalised text and only the client metadata allowed, turned into
        plain text when it is a shortcut nobody offered."""
        message.text = normalised_text(message.text or "")
        kept = {key: value for key, value in (message.metadata or {}).items()
                if key in self.kept_metadata_keys}
        message.metadata = {**client_metadata(message.metadata), **kept}
        text = message.text
        if self.numbered_options and _OPTION_NUMBER.fullmatch(text.strip()):
            choice = numbered_choice(await self._events_of(message.sender_id), text.strip())
            if choice:
                message.text = choice
                return message
        if not text.lstrip().startswith("/"):
            return message
        if text.strip() in offered_payloads(await self._events_of(message.sender_id)):
            return message
        message.metadata = {**(message.metadata or {}), TYPED_SHORTCUT_KEY: text}
        message.text = as_plain_text(text)
        return message

    async def _events_of(self, sender_id: str) -> List[Event]:
        agent = getattr(self._app.ctx, "agent", None) if self._app else None
        if agent is None or agent.tracker_store is None:
            return []
        tracker = await agent.tracker_store.retrieve(sender_id)
        return list(tracker.events) if tracker else []


class ShortcutGuardMixin:
    """Mix into an `InputChannel` (before it) so its messages pass through a `ShortcutGuard`
    on the way in, and a `TakenOverWatch` (connectors/taken_over.py) once handled; a store
    outage gets a clear answer (connectors/outage.py). Building any channel also installs, in
    the rasa server only (the action server must not import Rasa's core and, with it,
    TensorFlow), the faster check of action answers (connectors/action_responses.py) and the
    in-process stand-in for an unreachable action server (connectors/action_fallback.py)."""

    # True for channels that show buttons as numbered options.
    numbered_options = False
    # Metadata the channel itself sets on each message, kept by the guard.
    kept_metadata_keys: FrozenSet[str] = frozenset()

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        action_responses.install()
        action_fallback.install()
        guard = ShortcutGuard(self.numbered_options, self.kept_metadata_keys)
        watch = TakenOverWatch()
        webhook = super().blueprint(  # type: ignore[misc]
            answer_outages(guard.wrap(watch.wrap(on_new_message))))
        webhook.listener("before_server_start")(guard.attach)
        webhook.listener("before_server_start")(watch.attach)
        webhook.listener("after_server_start")(raise_store_errors)
        return webhook
