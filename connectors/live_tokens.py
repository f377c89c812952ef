"""The web widget's conversation ids and the tokens that let it fetch that conversation's staff
messages (connectors/live.py). The server makes both, under its secret (`WIDGET_TOKEN_SECRET`):
an id is 96 random bits followed by a short MAC of them, so the server can tell the ids it
handed out from ids a client made up (those have no token, and staff are told their messages
cannot reach them); a token is an HMAC of the id, so it cannot be made for an id the server did
not hand out, and one patient's token reads nothing of another's conversation."""

import hashlib
import hmac
import re
import secrets
from typing import Tuple

WEB_PREFIX = "web-"
NONCE_BYTES = 12
ID_MAC_CHARS = 8
ISSUED_ID = re.compile(rf"{WEB_PREFIX}([0-9a-f]{{{NONCE_BYTES * 2}}})([0-9a-f]{{{ID_MAC_CHARS}}})")


def _mac(secret: bytes, purpose: str, text: str) -> str:
    # Lone surrogates (which JSON can carry) are kept as they are, never an encoding error.
    return hmac.new(secret, f"{purpose}:{text}".encode("utf-8", "surrogatepass"),
                    hashlib.sha256).hexdigest()


def same_secret(sent: str, expected: str) -> bool:
    """Whether `sent` is `expected`, compared in constant time (any text, even non-ASCII)."""
    return hmac.compare_digest(sent.encode("utf-8", "surrogatepass"),
                               expected.encode("utf-8", "surrogatepass"))


def token_for(secret: bytes, sender_id: str) -> str:
    return _mac(secret, "token", sender_id)


def new_conversation(secret: bytes) -> Tuple[str, str]:
    """A new web conversation id and its token."""
    nonce = secrets.token_hex(NONCE_BYTES)
    sender_id = WEB_PREFIX + nonce + _mac(secret, "id", nonce)[:ID_MAC_CHARS]
    return sender_id, token_for(secret, sender_id)


def is_issued(secret: bytes, sender_id: str) -> bool:
    """Whether the server handed out this conversation id (so a widget holds its token)."""
    found = ISSUED_ID.fullmatch(sender_id)
    return bool(found) and same_secret(found.group(2),
                                       _mac(secret, "id", found.group(1))[:ID_MAC_CHARS])


def is_token_of(secret: bytes, sender_id: str, token: str) -> bool:
    return same_secret(token, token_for(secret, sender_id))
