"""Twilio: SMS and WhatsApp. Requests signed with `X-Twilio-Signature` (checked with twilio's
`RequestValidator` over `PUBLIC_URL` + path and every form field, empty ones included); replies
through Twilio's REST API from the number the patient wrote to, with buttons as numbered options
("1", "2" … pick them: `connectors.shortcuts`).

Twilio's message body limit is 1,600 characters; longer answers are sent as several messages.
"""

import logging
import os
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from connectors.messaging.output import DeliveryFailures, MessagingOutput
from connectors.messaging.replies import Reply, numbered_text, split_text
from connectors.messaging.webhook import (
    Inbound, MessagingInput, NotAuthentic, platform_identifier)
from connectors.rest import PayloadError

logger = logging.getLogger(__name__)

API_URL = os.environ.get("TWILIO_API_URL") or "https://api.twilio.com"
SIGNATURE_HEADER = "X-Twilio-Signature"
MAX_TEXT = 1600
TIMEOUT_S = 10
WRITTEN_TO = "to"
# Twilio's own SMS opt-out words: Twilio answers them and blocks later messages to the patient,
# so the bot says nothing (its numbered options never ask anyone to type one of these).
OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
# An empty TwiML answer: the replies go through the REST API.
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def form_fields(request: Request) -> Dict[str, str]:
    """The POSTed form, keeping empty fields (Twilio signs them; Sanic's `request.form` drops
    them). A field given twice is refused: Twilio never does, and only one value is signed."""
    fields = parse_qs((request.body or b"").decode(), keep_blank_values=True)
    if any(len(values) > 1 for values in fields.values()):
        raise PayloadError("a form field is repeated")
    return {name: values[0] for name, values in fields.items()}


class TwilioOutput(MessagingOutput):
    def __init__(self, client: Client, from_number: str, failures: DeliveryFailures) -> None:
        super().__init__(failures)
        self.client = client
        self.from_number = from_number

    @classmethod
    def name(cls) -> str:
        return "twilio"

    async def deliver(self, recipient_id: str, reply: Reply) -> None:
        for part in split_text(numbered_text(reply), MAX_TEXT):
            await self.client.messages.create_async(to=recipient_id, from_=self.from_number,
                                                    body=part)


class TwilioInput(MessagingInput):
    """Twilio messaging webhook at /webhooks/twilio/webhook, for SMS and WhatsApp numbers."""

    numbered_options = True
    reply_keys = (WRITTEN_TO,)

    def __init__(self, account_sid: str, auth_token: str, twilio_number: str,
                 public_url: str) -> None:
        super().__init__()
        self.account_sid = account_sid
        self.twilio_number = twilio_number
        self.public_url = public_url.rstrip("/")
        self.validator = RequestValidator(auth_token)
        self.auth_token = auth_token
        self.client: Optional[Client] = None

    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "TwilioInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["account_sid"], credentials["auth_token"],
                   credentials["twilio_number"], credentials["public_url"])

    async def start(self, app: Sanic, _loop: object) -> None:
        self.client = Client(self.account_sid, self.auth_token,
                             http_client=AsyncTwilioHttpClient(timeout=TIMEOUT_S))
        self.client.api.base_url = API_URL

    async def stop(self, app: Sanic, _loop: object) -> None:
        if self.client is not None:
            await self.client.http_client.session.close()

    def authenticate(self, request: Request) -> None:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            raise NotAuthentic(f"missing {SIGNATURE_HEADER}", missing=True)
        query = f"?{request.query_string}" if request.query_string else ""
        url = f"{self.public_url}{request.path}{query}"
        try:
            valid = self.validator.validate(url, form_fields(request), signature)
        except UnicodeDecodeError:
            valid = False
        if not valid:
            raise NotAuthentic(f"wrong {SIGNATURE_HEADER}")

    def parse(self, request: Request) -> List[Inbound]:
        fields = form_fields(request)
        sender = platform_identifier(fields["From"])
        body = fields.get("Body") or ""
        if fields.get("OptOutType") == "STOP" or (
                not sender.startswith("whatsapp:") and body.strip().upper() in OPT_OUT_WORDS):
            logger.info("twilio: an SMS opt-out, left to Twilio")
            return []
        # No words: a picture, a voice note, a shared location or contact.
        return [Inbound(sender, platform_identifier(fields["MessageSid"]),
                        body if body.strip() else None,
                        {WRITTEN_TO: fields.get("To") or self.twilio_number})]

    def output_to(self, details: Dict[str, str]) -> TwilioOutput:
        return TwilioOutput(self.client, details.get(WRITTEN_TO) or self.twilio_number,
                            self.failures)

    def acknowledgement(self) -> HTTPResponse:
        return response.text(EMPTY_TWIML, content_type="text/xml")
