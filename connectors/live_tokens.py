"""The web widget's conversation ids and the tokens that let it fetch that conversation's staff
messages (connectors/live.py). The server makes both: an id is 128 random bits, its token an
HMAC of it under the server's secret (`WIDGET_TOKEN_SECRET`), so a token cannot be made for an id
the server did not hand out, and one patient's token reads nothing of another's conversation."""

import hashlib
import hmac
import secrets
from typing import Tuple

WEB_PREFIX = "web-"


def token_for(secret: bytes, sender_id: str) -> str:
    return hmac.new(secret, sender_id.encode(), hashlib.sha256).hexdigest()


def new_conversation(secret: bytes) -> Tuple[str, str]:
    """A new web conversation id and its token."""
    sender_id = WEB_PREFIX + secrets.token_hex(16)
    return sender_id, token_for(secret, sender_id)


def is_token_of(secret: bytes, sender_id: str, token: str) -> bool:
    return hmac.compare_digest(token_for(secret, sender_id), token)
