"""Signing in and out, and the health check: the only pages reachable without a session."""

import secrets

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from console.accounts import StaffUser, sign_in
from console.sessions import close_expired_sessions, close_session, open_session
from console.web import (
    SESSION_COOKIE,
    checked_form,
    in_database,
    read_form,
    render,
    same_token,
    session_of,
)
from records import audit

# Sign-in has no session yet: its form is protected by a token that must match a cookie
# (double submit), which another site can neither read nor set.
LOGIN_CSRF_COOKIE = "staff_login_csrf"
FAILED = ("That name and password do not match an account, or the account is locked for a "
          "while after too many failed attempts.")


def safe_next(target: str) -> str:
    """Where to go after signing in: a path on this console only."""
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.app.state.settings.secure_cookies


def _login_page(request: Request, status_code: int = 200, error: str = "") -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "login.html", status_code, login_csrf=token, error=error,
                      next=safe_next(request.query_params.get("next", "/")))
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=_secure(request), path="/login")
    return response


async def login_page(request: Request) -> Response:
    return _login_page(request)


def _attempt(connection, name: str, password: str, settings):
    """Sign in; audit a success, and a wrong password for an existing account (at most as many
    as the lock-out allows, so the log cannot be flooded with names an attacker makes up)."""
    result = sign_in(connection, name, password, settings.max_failed_logins, settings.lockout)
    user = result.user
    if user is None:
        if result.counted_against:
            audit.record(connection, result.counted_against, "sign-in failed",
                         f"account {result.counted_against}")
        return None
    audit.record(connection, user.name, "signed in", f"account {user.name}")
    close_expired_sessions(connection, settings.idle_timeout, settings.session_lifetime)
    return user, open_session(connection, user)


async def login(request: Request) -> Response:
    form = await read_form(request)
    if not same_token(form.get("login_csrf"), request.cookies.get(LOGIN_CSRF_COOKIE, "")):
        return _login_page(request, 403, "The sign-in form expired. Please try again.")
    name, password = str(form.get("name") or "").strip(), str(form.get("password") or "")
    signed_in = await in_database(request, _attempt, name[:64], password[:1024],
                                  request.app.state.settings)
    if signed_in is None:
        return _login_page(request, 401, FAILED)
    _user, token = signed_in
    response = RedirectResponse(safe_next(str(form.get("next") or "/")), status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=_secure(request))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


def _sign_out(connection, token: str, user: StaffUser) -> None:
    close_session(connection, token)
    audit.record(connection, user.name, "signed out", f"account {user.name}")


async def logout(request: Request) -> Response:
    await checked_form(request)
    await in_database(request, _sign_out, request.cookies.get(SESSION_COOKIE, ""),
                      session_of(request).user)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _database_answers(connection) -> None:
    connection.execute(text("SELECT 1"))


async def health(request: Request) -> Response:
    try:
        await in_database(request, _database_answers)
    except SQLAlchemyError:
        return JSONResponse({"status": "database unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})
