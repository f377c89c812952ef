"""The bot's messages as a messaging app can show them: plain text, buttons (or numbered options),
and text split at a platform's length limit.

Rasa hands an output channel one message at a time, as a dict with "text", "buttons" (or
"quick_replies"), "image", "attachment" and "custom". Custom JSON (the widget's reads cards) is
not shown: on messaging apps action_suggest_reads sends the reads as titles and links instead.
"""

from dataclasses import dataclass
from typing import Any, Dict, List, Tuple

NUMBERED_HINT = "Reply with the number of your choice."


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Reply:
    """One bot message: its text and the buttons offered under it."""

    text: str
    buttons: Tuple[Button, ...] = ()


def reply_from(message: Dict[str, Any]) -> Reply:
    """The parts of a Rasa bot message a messaging app can show."""
    parts = [message.get("text"), message.get("image"), message.get("attachment")]
    text = "\n\n".join(str(part) for part in parts if part)
    offered = message.get("buttons") or message.get("quick_replies") or []
    buttons = tuple(Button(str(button.get("title", "")), str(button.get("payload", "")))
                    for button in offered if button.get("payload"))
    return Reply(text, buttons)


def numbered_text(reply: Reply) -> str:
    """The text with its buttons as numbered options, for SMS and WhatsApp."""
    if not reply.buttons:
        return reply.text
    options = "\n".join(f"{number}. {button.title}"
                        for number, button in enumerate(reply.buttons, start=1))
    return f"{reply.text}\n\n{options}\n{NUMBERED_HINT}".strip()


def shortened(title: str, limit: int) -> str:
    """`title` cut to at most `limit` characters, with an ellipsis when cut."""
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"


def split_text(text: str, limit: int) -> List[str]:
    """`text` in parts of at most `limit` characters, cut between lines where possible, else
    between words; a word is cut only when it alone is longer than `limit`."""
    pieces = [piece for line in text.split("\n") for piece in _within(line, limit)]
    return [part.strip("\n") for part in _packed(pieces, limit, "\n") if part.strip()]


def _within(line: str, limit: int) -> List[str]:
    """The line as pieces of at most `limit` characters, cut between words."""
    if len(line) <= limit:
        return [line]
    cut_words = [word[start:start + limit] for word in line.split(" ")
                 for start in range(0, max(len(word), 1), limit)]
    return [piece for piece in _packed(cut_words, limit, " ") if piece]


def _packed(pieces: List[str], limit: int, separator: str) -> List[str]:
    """Consecutive pieces joined by `separator` into parts of at most `limit` characters
    (each piece is at most `limit` long)."""
    parts: List[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}{separator}{piece}" if current else piece
        if len(joined) <= limit:
            current = joined
        else:
            parts.append(current)
            current = piece
    parts.append(current)
    return parts
