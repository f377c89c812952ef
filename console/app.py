"""The console application: its routes, error pages and the state every page reads (settings,
the database engine, the clinic's reply-time promise)."""

from typing import Optional

from sqlalchemy import create_engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from actions.clinic import load_clinic
from console.pages import (
    admin, conversations, handoffs, live, safety, signin, stats, unanswered)
from console.settings import Settings
from console.web import SECURITY_HEADERS, SessionGate, render, static_folder
from records import migrate


async def home(request: Request) -> Response:
    return RedirectResponse("/handoffs", status_code=303)


async def http_error(request: Request, error: HTTPException) -> Response:
    """Errors as a page for people, as plain text for scripts."""
    if "text/html" in request.headers.get("accept", "") and hasattr(request.state, "session"):
        return render(request, "error.html", error.status_code, message=error.detail)
    return PlainTextResponse(error.detail, status_code=error.status_code)


async def server_error(request: Request, error: Exception) -> Response:
    """An unexpected failure (a bug, a database that went away): a short answer that says
    nothing of the cause, with the same headers as every other answer (this handler runs
    outside the session gate)."""
    return PlainTextResponse("Something went wrong on the console's side; try again, and tell "
                             "your administrator if it keeps happening.", status_code=500,
                             headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})


ROUTES = [
    Route("/", home),
    Route("/health", signin.health),
    Route("/login", signin.login_page, methods=["GET"]),
    Route("/login", signin.login, methods=["POST"]),
    Route("/logout", signin.logout, methods=["POST"]),
    Route("/handoffs", handoffs.queue_page),
    Route("/handoffs/{request_id:int}", handoffs.request_page, methods=["GET"]),
    Route("/handoffs/{request_id:int}", handoffs.change_request, methods=["POST"]),
    Route("/flags", safety.flags_page),
    Route("/flags/count", safety.urgent_count),
    Route("/flags/{flag_id:int}/review", safety.review_flag, methods=["POST"]),
    Route("/conversations", conversations.list_page),
    Route("/conversation", conversations.transcript_page),
    Route("/conversation/export", conversations.export_text),
    Route("/conversation/erase", conversations.erase, methods=["POST"]),
    Route("/live", live.chats_page),
    Route("/live/feed", live.feed),
    Route("/live/take-over", live.take_over, methods=["POST"]),
    Route("/live/say", live.say, methods=["POST"]),
    Route("/live/hand-back", live.hand_back, methods=["POST"]),
    Route("/stats", stats.stats_page),
    Route("/stats/{table}.csv", stats.stats_csv),
    Route("/unanswered", unanswered.unanswered_page),
    Route("/unanswered/export", unanswered.export, methods=["POST"]),
    Route("/admin", admin.admin_page),
    Route("/admin/users", admin.save_user, methods=["POST"]),
    Route("/admin/purge", admin.run_purge, methods=["POST"]),
    Route("/admin/audit", admin.audit_page),
    Mount("/static", StaticFiles(directory=static_folder()), name="static"),
]


def create_app(settings: Optional[Settings] = None) -> Starlette:
    """The console for the database in `settings` (from the environment when not given);
    refuses to start on a database whose staff tables are not at this code's schema."""
    settings = settings or Settings.from_environment()
    # Database errors never carry their parameters (search terms, notes) into a log.
    engine = create_engine(settings.database_url, future=True, hide_parameters=True,
                           pool_pre_ping=True)  # survives a database server restart
    migrate.check_current(engine)
    app = Starlette(routes=ROUTES, middleware=[Middleware(SessionGate)],
                    exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.settings = settings
    app.state.engine = engine
    app.state.clinic = load_clinic()
    return app
