"""What every messaging channel does with the bot's messages before its platform's client sends
them, and when the platform cannot be reached."""

import asyncio
import logging
from typing import Any, Dict

from rasa.core.channels.channel import OutputChannel

from actions.constants import platform_id
from connectors.messaging.replies import Reply, reply_from

logger = logging.getLogger(__name__)

# A platform API that accepts the connection but does not answer must not hold the webhook (the
# platform would retry): a reply not sent within this is counted as not delivered.
DELIVERY_TIMEOUT_S = 10


class DeliveryFailures:
    """How many replies a channel could not deliver since the server started."""

    def __init__(self) -> None:
        self.count = 0


class MessagingOutput(OutputChannel):
    """Sends each bot message as a `Reply`; a platform API that fails, cannot be reached or does
    not answer within `DELIVERY_TIMEOUT_S` is logged (without the text) and counted, and never
    fails the conversation's turn."""

    def __init__(self, failures: DeliveryFailures) -> None:
        self.failures = failures

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        """Send to the conversation `recipient_id` ("<channel>:<platform id>")."""
        await self.sent(recipient_id, message)

    async def sent(self, recipient_id: str, message: Dict[str, Any]) -> bool:
        """`send_response`, saying whether the platform took the message."""
        reply = reply_from(message)
        if not reply.text and not reply.buttons:
            return False
        try:
            await asyncio.wait_for(self.deliver(platform_id(recipient_id), reply),
                                   DELIVERY_TIMEOUT_S)
        except Exception as error:  # noqa: BLE001 - any client error means "not delivered"
            self.failures.count += 1
            logger.error("%s: a reply was not delivered (%s)", self.name(), type(error).__name__)
            return False
        return True

    async def deliver(self, recipient_id: str, reply: Reply) -> None:
        """Send `reply` to the platform's `recipient_id` through its API; raise if it was not
        accepted."""
        raise NotImplementedError
