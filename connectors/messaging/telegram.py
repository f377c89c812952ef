"""Telegram: updates signed with the secret token registered with the webhook; replies through
aiogram with buttons as an inline keyboard.

At start the webhook is registered (`setWebhook` with `PUBLIC_URL` and `TELEGRAM_SECRET_TOKEN`),
so Telegram sends the secret in `X-Telegram-Bot-Api-Secret-Token` with every update. A button
click arrives as a callback query carrying the button's payload. The bot answers in private
chats only: in a group, a message that names it (@`TELEGRAM_BOT_NAME`) gets a pointer to a
private chat, and everything else there is ignored. Telegram's "/start" (the first message of
every chat) is read as a greeting.
"""

import hmac
import json
import logging
import os
import re
from typing import Any, Dict, List, Optional, Sequence

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sanic import Sanic
from sanic.request import Request

from connectors.messaging.output import DeliveryFailures, MessagingOutput
from connectors.messaging.replies import Button, Reply, shortened, split_text
from connectors.messaging.webhook import (
    Inbound, MessagingInput, NotAuthentic, json_object, platform_identifier, text_or_none)

logger = logging.getLogger(__name__)

API_URL = os.environ.get("TELEGRAM_API_URL") or "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_TEXT = 4096
MAX_BUTTONS = 100
MAX_BUTTON_TITLE = 64
MAX_CALLBACK_BYTES = 64
CALLBACK_ID = "callback_query_id"
TIMEOUT_S = 10
START = re.compile(r"/start(@\w+)?( .*)?", re.DOTALL)
GREETING = "hi"


def callback_data(button: Button) -> str:
    """What the button sends back: its payload, or its title when the payload is over
    Telegram's 64 bytes (the title then reaches the bot as typed text)."""
    if len(button.payload.encode()) <= MAX_CALLBACK_BYTES:
        return button.payload
    return button.title.encode()[:MAX_CALLBACK_BYTES].decode(errors="ignore")


def inline_keyboard(buttons: Sequence[Button]) -> Optional[InlineKeyboardMarkup]:
    if not buttons:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=shortened(button.title, MAX_BUTTON_TITLE),
                              callback_data=callback_data(button))]
        for button in buttons[:MAX_BUTTONS]])


class TelegramOutput(MessagingOutput):
    def __init__(self, bot: Bot, failures: DeliveryFailures) -> None:
        super().__init__(failures)
        self.bot = bot

    @classmethod
    def name(cls) -> str:
        return "telegram"

    async def deliver(self, recipient_id: str, reply: Reply) -> None:
        parts = split_text(reply.text, MAX_TEXT) or ["…"]
        for number, part in enumerate(parts, start=1):
            keyboard = inline_keyboard(reply.buttons) if number == len(parts) else None
            await self.bot.send_message(recipient_id, part, reply_markup=keyboard,
                                        disable_web_page_preview=True)


class TelegramInput(MessagingInput):
    """Telegram bot webhook at /webhooks/telegram/webhook (see the module docstring)."""

    def __init__(self, access_token: str, bot_name: str, secret_token: str,
                 public_url: str) -> None:
        super().__init__()
        self.access_token = access_token
        self.bot_name = bot_name
        self.secret_token = secret_token
        self.public_url = public_url.rstrip("/")
        self.mention = re.compile(rf"@{re.escape(bot_name)}\b", re.IGNORECASE)
        self.bot: Optional[Bot] = None

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "TelegramInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["access_token"], credentials["verify"],
                   credentials["secret_token"], credentials["public_url"])

    async def start(self, app: Sanic, _loop: object) -> None:
        try:
            self.bot = Bot(self.access_token, server=TelegramAPIServer.from_base(API_URL),
                           timeout=TIMEOUT_S)
            await self.bot.request("setWebhook", {
                "url": f"{self.public_url}/webhooks/{self.name()}/webhook",
                "secret_token": self.secret_token,
                "allowed_updates": json.dumps(["message", "callback_query"]),
            })
        except Exception as error:  # noqa: BLE001 - the rest of the assistant still starts
            logger.error("telegram: the webhook was not registered (%s); messages will not "
                         "arrive until it is", type(error).__name__)

    async def stop(self, app: Sanic, _loop: object) -> None:
        if self.bot is not None:
            await self.bot.session.close()

    def authenticate(self, request: Request) -> None:
        secret = request.headers.get(SECRET_HEADER)
        if not secret:
            raise NotAuthentic(f"missing {SECRET_HEADER}", missing=True)
        if not hmac.compare_digest(secret.encode(), self.secret_token.encode()):
            raise NotAuthentic(f"wrong {SECRET_HEADER}")

    def parse(self, request: Request) -> List[Inbound]:
        update = json_object(request)
        update_id = update["update_id"]
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            raise ValueError("update_id must be a number")
        click = update.get("callback_query")
        if isinstance(click, dict):
            chat = click["message"]["chat"]
            return [Inbound(platform_identifier(chat["id"]), str(update_id),
                            text_or_none(click.get("data")),
                            {CALLBACK_ID: str(click["id"])}, chat.get("type") == "private")]
        message = update.get("message")
        if not isinstance(message, dict) or message.get("from", {}).get("is_bot"):
            return []  # edits, channel posts, other bots: nothing to answer
        text = text_or_none(message.get("text", message.get("caption")))
        private = message["chat"].get("type") == "private"
        if not private and not self.mention.search(text or ""):
            return []  # group talk not addressed to the bot
        if text is not None and START.fullmatch(text.strip()):
            text = GREETING
        return [Inbound(platform_identifier(message["chat"]["id"]), str(update_id), text,
                        private=private)]

    def output_to(self, details: Dict[str, str]) -> TelegramOutput:
        return TelegramOutput(self.bot, self.failures)

    async def acknowledge_click(self, inbound: Inbound) -> None:
        """Stop the button's loading spinner in the patient's app."""
        if CALLBACK_ID in inbound.details:
            try:
                await self.bot.answer_callback_query(inbound.details[CALLBACK_ID])
            except Exception as error:  # noqa: BLE001 - the answer matters more
                logger.warning("telegram: button click not acknowledged (%s)",
                               type(error).__name__)
