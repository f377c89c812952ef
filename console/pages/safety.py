"""The safety flags page, marking a flag reviewed, and the live count of urgent flags."""

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from console import flags
from console.web import checked_form, in_database, record_id, render, session_of
from records.conversations import channel_of


async def flags_page(request: Request, error: str = "") -> Response:
    include_reviewed = request.query_params.get("show") == "all"
    found = await in_database(request, flags.flags, include_reviewed)
    return render(request, "flags.html", 400 if error else 200, flags=found,
                  labels=flags.LABELS, urgent=flags.URGENT, include_reviewed=include_reviewed,
                  error=error, channel_of=channel_of)


async def review_flag(request: Request) -> Response:
    form = await checked_form(request)
    try:
        await in_database(request, flags.review, record_id(request, "flag_id"),
                          session_of(request).user.name, str(form.get("note") or ""))
    except flags.ReviewError as error:
        return await flags_page(request, error=str(error))
    return RedirectResponse("/flags", status_code=303)


async def urgent_count(request: Request) -> Response:
    """{"urgent": N}: polled by every page (web/console/static/console.js)."""
    return JSONResponse({"urgent": await in_database(request, flags.urgent_unreviewed)})
