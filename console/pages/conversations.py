"""Conversations: the list with search and filters, one transcript (opened at a flagged
message), its export as text, and erasing one patient's data (administrators)."""

from datetime import date
from typing import List, Optional
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from console.flags import LABELS
from console.web import (
    checked_form,
    in_database,
    local_time,
    render,
    require_admin,
    session_of,
    whole_number,
)
from records import audit
from records.conversations import (
    CHANNELS,
    PAGE_SIZE,
    ConversationFilter,
    Turn,
    channel_of,
    conversations,
    transcript,
)
from records.live import open_handoff
from records.retention import erase_conversation
from records.schema import handoff_requests, safety_flags

MAX_SEARCH = 200


def _day(value: str) -> Optional[date]:
    """A date from the form, or None for anything unreadable or outside 1970-9998."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if 1970 <= day.year <= 9998 else None


def chosen_filter(request: Request) -> ConversationFilter:
    """The filter from the list page's query string; anything unreadable is ignored."""
    query = request.query_params
    return ConversationFilter(
        search=query.get("q", "")[:MAX_SEARCH], channel=query.get("channel", ""),
        since=_day(query.get("since", "")), until=_day(query.get("until", "")),
        flagged=query.get("flagged") == "1", handed_off=query.get("handed_off") == "1",
        fell_back=query.get("fell_back") == "1")


async def list_page(request: Request) -> Response:
    chosen = chosen_filter(request)
    page = whole_number(request.query_params.get("page", ""), 1, 100_000) or 1
    found = await in_database(request, conversations, chosen, page)
    next_page = None
    if len(found) == PAGE_SIZE:
        next_page = "/conversations?" + urlencode({**request.query_params, "page": page + 1})
    return render(request, "conversations.html", conversations=found, chosen=chosen,
                  channels=CHANNELS, page=page, next_page=next_page)


def _records_of(connection, sender_id: str) -> dict:
    def rows(table):
        return [dict(row._mapping) for row in connection.execute(
            table.select().where(table.c.sender_id == sender_id).order_by(table.c.id))]
    return {"turns": transcript(connection, sender_id), "flags": rows(safety_flags),
            "handoffs": rows(handoff_requests), "taken_over": open_handoff(connection, sender_id)}


def conversation_id(value: object) -> str:
    """A conversation id from a query or form; 404 for one no conversation can have."""
    sender_id = str(value or "")
    if not sender_id or len(sender_id) > 255:
        raise HTTPException(404, "There is no such conversation.")
    return sender_id


def _sender(request: Request) -> str:
    return conversation_id(request.query_params.get("id"))


async def transcript_page(request: Request) -> Response:
    sender_id = _sender(request)
    found = await in_database(request, _records_of, sender_id)
    if not found["turns"] and not found["flags"] and not found["handoffs"]:
        raise HTTPException(404, "There is no such conversation (it may have been deleted).")
    flagged_messages = {flag["message_id"]: flag["category"] for flag in found["flags"]
                        if flag["message_id"]}
    return render(request, "transcript.html", sender_id=sender_id,
                  channel=channel_of(sender_id), flagged_messages=flagged_messages,
                  labels=LABELS,
                  focus=request.query_params.get("message", ""), **found)


def transcript_text(sender_id: str, turns: List[Turn], settings) -> str:
    """One conversation as plain text, as staff export it for a patient or a colleague."""
    lines = [f"Conversation {sender_id} ({channel_of(sender_id)}), times in {settings.timezone}",
             ""]
    for turn in turns:
        said = turn.text.replace("\r", " ").replace("\n", "\n    ")
        lines.append(f"[{local_time(turn.at, settings)}] {turn.who}: {said}")
    return "\n".join(lines) + "\n"


def _export(connection, sender_id: str, actor: str) -> List[Turn]:
    turns = transcript(connection, sender_id)
    if turns:
        audit.record(connection, actor, "exported", audit.conversation_ref(sender_id))
    return turns


async def export_text(request: Request) -> Response:
    sender_id = _sender(request)
    turns = await in_database(request, _export, sender_id, session_of(request).user.name)
    if not turns:
        raise HTTPException(404, "There is no such conversation.")
    reference = audit.conversation_ref(sender_id).split()[-1]
    filename = f"conversation-{reference}-{date.today().isoformat()}.txt"
    return PlainTextResponse(transcript_text(sender_id, turns, request.app.state.settings),
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _erase(connection, sender_id: str, actor: str) -> dict:
    counts = erase_conversation(connection, sender_id)
    audit.record(connection, actor, "erased", audit.conversation_ref(sender_id),
                 audit.counts_text(counts))
    return counts


async def erase(request: Request) -> Response:
    require_admin(request)
    form = await checked_form(request)
    sender_id = str(form.get("id") or "")
    if not sender_id or form.get("confirm") != sender_id:
        raise HTTPException(400, "Type the conversation id exactly to confirm erasing it.")
    counts = await in_database(request, _erase, sender_id, session_of(request).user.name)
    return render(request, "erased.html", counts=counts)

