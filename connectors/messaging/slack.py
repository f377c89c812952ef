"""Slack: Events API and interactivity requests signed with the app's signing secret (checked
by slack_sdk's `SignatureVerifier`, which also refuses requests older than five minutes);
replies through slack_sdk's `AsyncWebClient` as blocks, with buttons as an actions block.

The bot answers direct messages; a mention in a channel gets a pointer to a direct message,
never an answer others could read. Slack expects its 2xx within three seconds, so the webhook
acknowledges first and answers after. Slack retries an event it thinks was not received
with the same event id (and an `X-Slack-Retry-Num` header); the shared webhook answers it once.
"""

import os
import re
from typing import Any, Dict, List, Optional, Sequence, Union
from urllib.parse import parse_qs

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from connectors.messaging.output import DeliveryFailures, MessagingOutput
from connectors.messaging.replies import Button, Reply, shortened, split_text
from connectors.messaging.webhook import (
    Inbound, MessagingInput, NotAuthentic, json_object, parsed_json, platform_identifier,
    text_or_none)

API_URL = os.environ.get("SLACK_API_URL") or "https://slack.com"
TIMESTAMP_HEADER = "X-Slack-Request-Timestamp"
SIGNATURE_HEADER = "X-Slack-Signature"
MAX_TEXT = 3000  # a section block's text
MAX_BUTTONS = 25  # an actions block's elements
MAX_BUTTON_TITLE = 75
MAX_BUTTON_VALUE = 2000
TIMEOUT_S = 10
POST_IN = "channel"
# Slack's markup in what people type: mentions and special words, links with a label, bare links.
MENTION = re.compile(r"<[@!][^<>]*>")
LABELLED_LINK = re.compile(r"<[^<>|]*\|([^<>]*)>")
BARE_LINK = re.compile(r"<(?:mailto:|tel:)?([^<>|]*)>")
# Message subtypes that are a person writing (a file with or without a comment).
PERSON_SUBTYPES = {None, "file_share"}


def escaped(text: str) -> str:
    """Text as Slack shows it literally (its markup uses &, < and >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescaped(text: str) -> str:
    """What the person typed: mentions dropped, links as their label (an e-mail address as the
    address), Slack's escapes undone."""
    text = BARE_LINK.sub(r"\1", LABELLED_LINK.sub(r"\1", MENTION.sub("", text)))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def actions_block(buttons: Sequence[Button]) -> Dict[str, Any]:
    return {"type": "actions", "block_id": "options", "elements": [
        {"type": "button", "action_id": f"option-{number}",
         "text": {"type": "plain_text", "text": shortened(button.title, MAX_BUTTON_TITLE)},
         "value": button.payload if len(button.payload) <= MAX_BUTTON_VALUE else button.title}
        for number, button in enumerate(buttons[:MAX_BUTTONS], start=1)]}


class SlackOutput(MessagingOutput):
    def __init__(self, client: AsyncWebClient, channel: str, failures: DeliveryFailures) -> None:
        super().__init__(failures)
        self.client = client
        self.channel = channel

    @classmethod
    def name(cls) -> str:
        return "slack"

    async def deliver(self, recipient_id: str, reply: Reply) -> None:
        parts = split_text(escaped(reply.text), MAX_TEXT) or [""]
        for number, part in enumerate(parts, start=1):
            blocks: List[Dict[str, Any]] = []
            if part:
                blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": part}})
            if number == len(parts) and reply.buttons:
                blocks.append(actions_block(reply.buttons))
            await self.client.chat_postMessage(channel=self.channel, text=part or "Options",
                                               blocks=blocks)


class SlackInput(MessagingInput):
    """Slack app webhook at /webhooks/slack/webhook, for both event subscriptions and
    interactivity (button clicks)."""

    answers_after_acknowledging = True
    reply_keys = (POST_IN,)

    def __init__(self, slack_token: str, slack_signing_secret: str) -> None:
        super().__init__()
        self.slack_token = slack_token
        self.verifier = SignatureVerifier(slack_signing_secret)
        self.client: Optional[AsyncWebClient] = None

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "SlackInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["slack_token"], credentials["slack_signing_secret"])

    async def start(self, app: Sanic, _loop: object) -> None:
        self.client = AsyncWebClient(self.slack_token, base_url=f"{API_URL}/api/",
                                     timeout=TIMEOUT_S)

    def authenticate(self, request: Request) -> None:
        timestamp = request.headers.get(TIMESTAMP_HEADER)
        signature = request.headers.get(SIGNATURE_HEADER)
        if not timestamp or not signature:
            raise NotAuthentic(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER}", missing=True)
        try:
            valid = self.verifier.is_valid(request.body or b"", timestamp, signature)
        except (ValueError, UnicodeDecodeError):
            valid = False
        if not valid:
            raise NotAuthentic(f"wrong {SIGNATURE_HEADER}, or sent over five minutes ago")

    def parse(self, request: Request) -> Union[HTTPResponse, List[Inbound]]:
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            form = parse_qs((request.body or b"").decode())
            return self.clicks(parsed_json(form["payload"][0]))
        body = json_object(request)
        if body.get("type") == "url_verification":
            return response.json({"challenge": str(body["challenge"])})
        if body.get("type") != "event_callback":
            return []
        return self.written(body["event"], platform_identifier(body["event_id"]))

    def written(self, event: Dict[str, Any], event_id: str) -> List[Inbound]:
        """A direct message or a mention by a person (a mention is not private)."""
        direct = event.get("type") == "message" and event.get("channel_type") == "im"
        if not (direct or event.get("type") == "app_mention"):
            return []
        if event.get("bot_id") or event.get("subtype") not in PERSON_SUBTYPES:
            return []  # the bot's own messages, edits, deletions, joins
        text = text_or_none(event.get("text"))
        if not (text or "").strip() and event.get("files"):
            text = None
        return [Inbound(platform_identifier(event["user"]), event_id, text and unescaped(text),
                        {POST_IN: platform_identifier(event["channel"])}, private=direct)]

    def clicks(self, payload: Dict[str, Any]) -> List[Inbound]:
        """A button in one of the bot's messages, clicked."""
        if payload.get("type") != "block_actions":
            return []
        channel = platform_identifier((payload.get("channel") or {}).get("id")
                                      or payload["container"]["channel_id"])
        user = platform_identifier(payload["user"]["id"])
        return [Inbound(user, f"action-{user}-{platform_identifier(action['action_ts'])}",
                        text_or_none(action.get("value")), {POST_IN: channel},
                        private=channel.startswith("D"))
                for action in payload["actions"]]

    def output_to(self, details: Dict[str, str]) -> SlackOutput:
        return SlackOutput(self.client, details[POST_IN], self.failures)
