"""The plumbing every console page shares: database calls off the event loop, the session gate,
CSRF-checked forms, admin-only pages, templates and security headers."""

import secrets
from pathlib import Path
from typing import Any, Callable, Dict, Optional, TypeVar
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from actions.constants import REPO
from console.clock import as_utc
from console.sessions import Session, current_session

WEB = REPO / "web" / "console"
SESSION_COOKIE = "staff_session"
CSRF_FIELD = "csrf_token"
PUBLIC_PATHS = ("/login", "/health", "/static/")
# Requests the pages' script makes on its own: they do not count as someone at the screen.
BACKGROUND_PATHS = ("/flags/count", "/live/feed")
# The biggest form the console takes (a note is at most 4,000 characters; an export of
# unanswered questions at most 1,000 message numbers).
MAX_BODY_BYTES = 64 * 1024
# An export of 1,000 unanswered questions, with the intent and the CSRF token.
MAX_FORM_FIELDS = 1010
# Record numbers beyond this are no record (and would overflow the database's integers).
MAX_RECORD_ID = 2**31 - 1
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

Result = TypeVar("Result")


async def in_database(request: Request, work: Callable[..., Result], *args: Any) -> Result:
    """Run `work(connection, *args)` in one transaction, in a worker thread (SQLAlchemy calls
    block)."""
    def run() -> Result:
        with request.app.state.engine.begin() as connection:
            return work(connection, *args)
    return await run_in_threadpool(run)


def session_of(request: Request) -> Session:
    return request.state.session


class SessionGate(BaseHTTPMiddleware):
    """Every path but the sign-in page, the health check and static files needs a live
    session: a page asked for without one redirects to sign-in, anything else gets 401. Every
    answer carries the security headers, and pages that can show patient data are not cached."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        if request.method == "POST" and length is None:
            # A stream without a length could be endless; browsers always send one for forms.
            response = PlainTextResponse("Send a Content-Length.", status_code=411)
        elif whole_number(length or "0", 0, MAX_BODY_BYTES) is None:
            response = PlainTextResponse("That request is too big.", status_code=413)
        elif request.url.path.startswith(PUBLIC_PATHS):
            response = await call_next(request)
        else:
            settings = request.app.state.settings
            session = await in_database(
                request, current_session, request.cookies.get(SESSION_COOKIE, ""),
                settings.idle_timeout, settings.session_lifetime,
                request.url.path not in BACKGROUND_PATHS)
            if session is None:
                response = self._sign_in_first(request)
            else:
                request.state.session = session
                response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @staticmethod
    def _sign_in_first(request: Request) -> Response:
        if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
            wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(wanted)}", status_code=303)
        return PlainTextResponse("Sign in first.", status_code=401)


def whole_number(text: str, low: int, high: int) -> Optional[int]:
    """`text` as a whole number from `low` to `high` (ASCII digits only), else None."""
    if text.isascii() and text.isdigit() and low <= int(text) <= high:
        return int(text)
    return None


async def read_form(request: Request) -> FormData:
    """The posted form (fields only: 400 for a file, or when the client went away before
    sending all of it)."""
    try:
        return await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
    except ClientDisconnect:
        raise HTTPException(400, "The form arrived incomplete.") from None


def same_token(sent: object, expected: str) -> bool:
    """Whether a form's token is the expected one (compared in constant time)."""
    return isinstance(sent, str) and bool(expected) and secrets.compare_digest(
        sent.encode(), expected.encode())


async def checked_form(request: Request) -> FormData:
    """The posted form, refused with 403 unless it carries the session's CSRF token."""
    form = await read_form(request)
    if not same_token(form.get(CSRF_FIELD), session_of(request).csrf_token):
        raise HTTPException(403, "This form has expired or did not come from the console: "
                                 "reload the page and try again.")
    return form


def record_id(request: Request, name: str) -> int:
    """The record number in the path, or 404 for one no table can hold."""
    number = request.path_params[name]
    if number > MAX_RECORD_ID:
        raise HTTPException(404, "There is no such record.")
    return number


def require_admin(request: Request) -> None:
    if not session_of(request).user.is_admin:
        raise HTTPException(403, "Only an administrator can do this.")


def local_time(moment, settings) -> str:
    """A stored UTC time in the clinic's time zone, as "2026-11-26 14:05"."""
    if moment is None:
        return ""
    return as_utc(moment).astimezone(settings.timezone).strftime("%Y-%m-%d %H:%M")


def _template_context(request: Request) -> Dict[str, Any]:
    session: Optional[Session] = getattr(request.state, "session", None)
    return {"user": session.user if session else None,
            "csrf_token": session.csrf_token if session else "",
            "settings": request.app.state.settings}


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(WEB / "templates"),
                              autoescape=select_autoescape(), trim_blocks=True,
                              lstrip_blocks=True)
    environment.filters["local"] = local_time
    return environment


templates = Jinja2Templates(env=_environment(), context_processors=[_template_context])


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def static_folder() -> Path:
    return WEB / "static"
