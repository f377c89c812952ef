"""What every channel does to an incoming message before anything else sees it.

- Text: invalid code points (a lone UTF-16 surrogate, as a cut-off emoji leaves) replaced,
  invisible format characters (zero-width spaces) and control characters removed, Unicode NFKC
  (fullwidth letters). Without this a lone surrogate made Rasa fail on storing the message:
  no reply at all, even to "I want to kill myself".
- Metadata: only the keys a client may send, as short strings; everything else (a client's
  "typed_shortcut" or "input_channel", megabytes of data) is dropped, since the server sets
  its own keys and every stored event is read back on each later reply.
"""

import unicodedata
from typing import Any, Awaitable, Callable, Dict, Optional

from rasa.core.channels.channel import UserMessage

from components.triage_text import readable

# The handler Rasa gives a channel for each incoming message (wrapped by the guards in
# shortcuts.py, taken_over.py, outage.py and retries.py).
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

# Set by the messaging channels on each message: what a later reply to the patient needs besides
# their id (the number or channel they wrote to).
REPLY_DETAILS_KEY = "reply_details"
# Keys a client may send, with the longest value kept.
CLIENT_METADATA_LIMITS = {"page": 300, "locale": 35}
KEPT_CONTROL_CHARACTERS = "\n\t"


def normalised_text(text: str) -> str:
    """`text` as the assistant reads and stores it (see the module docstring)."""
    text = unicodedata.normalize("NFKC", readable(text))
    return "".join(c for c in text
                   if unicodedata.category(c) != "Cc" or c in KEPT_CONTROL_CHARACTERS)


def client_metadata(metadata: Optional[Dict[str, Any]]) -> Dict[str, str]:
    """The allowed keys of a client's metadata whose values are short strings."""
    return {key: value for key, value in (metadata or {}).items()
            if key in CLIENT_METADATA_LIMITS and isinstance(value, str)
            and len(value) <= CLIENT_METADATA_LIMITS[key]}
