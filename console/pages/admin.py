"""Administrators only: staff accounts, the retention purge, and the audit log."""

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from console.accounts import ROLES, AccountError, accounts, save_account
from console.web import checked_form, in_database, render, require_admin, session_of, whole_number
from records import audit
from records.retention import purge_and_audit


async def admin_page(request: Request, status_code: int = 200, **message) -> Response:
    require_admin(request)
    users = await in_database(request, accounts)
    saved, done = request.query_params.get("account", ""), request.query_params.get("done")
    if done in ("created", "reset") and any(user["name"] == saved for user in users):
        message.setdefault("notice", f"Account {saved} {done}.")
    return render(request, "admin.html", status_code, users=users, roles=ROLES,
                  retention_days=request.app.state.settings.retention_days, **message)


def _save(connection, actor: str, name: str, role: str, password: str) -> bool:
    created = save_account(connection, name, role, password)
    audit.record(connection, actor, "created account" if created else "reset account",
                 f"account {name}", f"role {role}")
    return created


async def save_user(request: Request) -> Response:
    require_admin(request)
    form = await checked_form(request)
    name, role = str(form.get("name") or "").strip(), str(form.get("role") or "")
    try:
        created = await in_database(request, _save, session_of(request).user.name, name, role,
                                    str(form.get("password") or ""))
    except AccountError as error:
        return await admin_page(request, 400, error=str(error))
    # Redirected, so that reloading the page does not send the password again.
    done = "created" if created else "reset"
    return RedirectResponse(f"/admin?{urlencode({'account': name, 'done': done})}",
                            status_code=303)


async def run_purge(request: Request) -> Response:
    require_admin(request)
    await checked_form(request)
    days = request.app.state.settings.retention_days
    counts = await in_database(request, purge_and_audit, session_of(request).user.name, days)
    return await admin_page(request, purged=counts)


async def audit_page(request: Request) -> Response:
    require_admin(request)
    page = whole_number(request.query_params.get("page", ""), 1, 1_000_000) or 1
    found = await in_database(request, audit.entries, page)
    return render(request, "audit.html", entries=found, page=page,
                  older=len(found) == audit.PAGE_SIZE)
