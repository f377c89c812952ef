"""The hand-off queue page and one request's page (status, assignee, notes)."""

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from console import handoffs
from console.accounts import accounts
from console.web import checked_form, in_database, record_id, render, session_of
from records.conversations import channel_of
from records.live import open_handoff

SHOWN = {"open": "Open (new and contacted)", "new": "New", "contacted": "Contacted",
         "closed": "Closed", "": "All"}


def _reply_days(request: Request) -> int:
    return request.app.state.clinic.reply_business_days


async def queue_page(request: Request) -> Response:
    status = request.query_params.get("status", "open")
    status = status if status in SHOWN else "open"
    requests = await in_database(request, handoffs.queue, status, _reply_days(request))
    return render(request, "handoffs.html", requests=requests, status=status, shown=SHOWN,
                  reply_time=request.app.state.clinic.reply_time)


async def request_page(request: Request, error: str = "") -> Response:
    found = await in_database(request, handoffs.request_with_notes,
                              record_id(request, "request_id"), _reply_days(request))
    if found is None:
        raise HTTPException(404, "There is no such hand-off request.")
    queued, notes = found
    staff = [account["name"] for account in await in_database(request, accounts)]
    taken_over = await in_database(request, open_handoff, queued.row["sender_id"])
    return render(request, "handoff.html", 400 if error else 200, queued=queued, notes=notes,
                  statuses=handoffs.STATUSES, staff=staff, error=error,
                  channel=channel_of(queued.row["sender_id"]), taken_over=taken_over)


async def change_request(request: Request) -> Response:
    form = await checked_form(request)
    request_id = record_id(request, "request_id")
    try:
        await in_database(request, handoffs.change_request, request_id,
                          session_of(request).user.name, str(form.get("status") or ""),
                          str(form.get("assignee") or ""), str(form.get("note") or ""),
                          str(form.get("shown_status") or ""),
                          str(form.get("shown_assignee") or ""))
    except handoffs.QueueError as error:
        return await request_page(request, error=str(error))
    return RedirectResponse(f"/handoffs/{request_id}?saved=1", status_code=303)

