"""Live chat: take a conversation over, talk to the patient, hand it back (console/live.py).

Every step is audited. The page works without script (each form posts and comes back); with
script (web/console/static/live.js) new messages and flags appear within a second and sending
does not reload the page."""

from typing import Optional
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from console import live
from console.flags import LABELS, URGENT
from console.notes import clean_note
from console.pages.conversations import conversation_id
from console.web import checked_form, in_database, local_time, render, session_of, whole_number
from records import audit
from records.conversations import channel_of
from records.live import open_handoff, open_handoffs

MAX_TEXT = 4000
MAX_EVENT_ID = 2**31 - 1


def _chat_url(sender_id: str, notice: str = "") -> str:
    return "/live?" + urlencode({"id": sender_id, **({"notice": notice} if notice else {})})


async def _audit(request: Request, action: str, sender_id: str, detail: str = "") -> None:
    await in_database(request, audit.record, session_of(request).user.name, action,
                      audit.conversation_ref(sender_id), detail)


async def chats_page(request: Request) -> Response:
    """The open live chats, or one chat (`?id=`)."""
    sender_id = request.query_params.get("id")
    if sender_id is None:
        chats = await in_database(request, open_handoffs)
        return render(request, "live_chats.html", chats=chats, channel_of=channel_of)
    sender_id = conversation_id(sender_id)
    state = await in_database(request, live.chat_state, sender_id, 0)
    if not state["turns"]:
        raise HTTPException(404, "There is no such conversation (it may have been deleted).")
    return render(request, "live.html", sender_id=sender_id, channel=channel_of(sender_id),
                  replies=request.app.state.clinic.live_replies, labels=LABELS, urgent=URGENT,
                  notice=request.query_params.get("notice", ""), **state)


async def feed(request: Request) -> Response:
    """What changed since event `after`, for the page's script."""
    sender_id = conversation_id(request.query_params.get("id"))
    after = whole_number(request.query_params.get("after", "0"), 0, MAX_EVENT_ID) or 0
    state = await in_database(request, live.chat_state, sender_id, after)
    settings = request.app.state.settings
    taken_over = state["taken_over"]
    return JSONResponse({
        "staff": taken_over["staff"] if taken_over else None,
        "turns": [live.turn_json(turn, lambda at: local_time(at, settings))
                  for turn in state["turns"]],
        "unreviewed_flags": [{"id": flag["id"], "label": LABELS.get(flag["category"], "flag"),
                              "urgent": flag["category"] in URGENT}
                             for flag in state["unreviewed_flags"]],
    })


async def take_over(request: Request) -> Response:
    form = await checked_form(request)
    sender_id = conversation_id(form.get("id"))
    staff = session_of(request).user.name
    try:
        delivered = await live.relay(request.app.state.settings, "join", sender_id, staff)
    except HTTPException as error:
        if error.status_code != 409:
            raise
        holder = await in_database(request, open_handoff, sender_id)
        mine = holder is not None and holder["staff"] == staff
        return RedirectResponse(_chat_url(sender_id, "" if mine else "taken"), status_code=303)
    await _audit(request, "took over", sender_id)
    return RedirectResponse(_chat_url(sender_id, "" if delivered else "not-delivered"),
                            status_code=303)


def _reply_text(request: Request, form) -> str:
    """The typed text, or the chosen one-click reply."""
    chosen: Optional[int] = whole_number(str(form.get("reply") or ""), 0, 100)
    replies = request.app.state.clinic.live_replies
    if chosen is not None:
        if str(form.get("text") or "").strip():
            raise HTTPException(400, "Send a typed message or a one-click reply, not both.")
        if chosen >= len(replies):
            raise HTTPException(400, "There is no such reply.")
        return replies[chosen].text
    text = clean_note(str(form.get("text") or ""))
    if not text or len(text) > MAX_TEXT:
        raise HTTPException(400, f"Type a message of at most {MAX_TEXT} characters.")
    return text


async def say(request: Request) -> Response:
    form = await checked_form(request)
    sender_id = conversation_id(form.get("id"))
    text = _reply_text(request, form)
    delivered = await live.relay(request.app.state.settings, "say", sender_id,
                                 session_of(request).user.name, text)
    await _audit(request, "sent a live message", sender_id,
                 "" if delivered else "not delivered")
    if request.headers.get("x-requested-with") == "fetch":
        return JSONResponse({"delivered": delivered})
    return RedirectResponse(_chat_url(sender_id, "" if delivered else "not-delivered"),
                            status_code=303)


async def hand_back(request: Request) -> Response:
    form = await checked_form(request)
    sender_id = conversation_id(form.get("id"))
    await live.relay(request.app.state.settings, "leave", sender_id,
                     session_of(request).user.name)
    await _audit(request, "handed back", sender_id)
    return RedirectResponse(_chat_url(sender_id, "handed-back"), status_code=303)
