"""The staff console over HTTP (`python -m console` on the bot's database): sign-in, sessions,
CSRF, roles, the hand-off queue, safety flags, transcripts, the audit log and retention."""

import re
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
import requests

from actions.constants import REPO, TRACKER_STORE_URL_VAR
from console.app import ROUTES
from records import audit
from records.store import HandoffRequest, SafetyFlag, StaffRecords
from starlette.routing import Route
from tests.conftest import ADMIN, STAFF
from tests.harness.console import StaffConsole, make_account
from tests.harness.servers import rasa_env

MARKUP = "<script>alert('staff')</script>"
PUBLIC = {"/login", "/health"}


def database(bot) -> sqlite3.Connection:
    return sqlite3.connect(bot.tracker_url.removeprefix("sqlite:///"))


def days_ago(days: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def stored(moment: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite (UTC, no zone)."""
    return moment.replace(tzinfo=None).isoformat(" ")


def routes(method: str):
    """Every route of the console with that method, path parameters filled with 1."""
    found = []
    for route in ROUTES:
        if isinstance(route, Route) and method in (route.methods or ()):
            found.append(re.sub(r"\{[^}]+\}", "1", route.path))
    assert found, f"no {method} routes"
    return found


@pytest.fixture
def admin(staff_console):
    return staff_console.sign_in(*ADMIN[::2])


@pytest.fixture
def staff(staff_console):
    return staff_console.sign_in(*STAFF[::2])


def post(console, session, path, **data):
    data.setdefault("csrf_token", console.csrf_token(session))
    return session.post(console.url(path), data=data, timeout=30, allow_redirects=False)


# --- Signing in ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [p for p in routes("GET") if p not in PUBLIC])
def test_no_page_without_signing_in(staff_console, path):
    page = requests.get(staff_console.url(path), headers={"Accept": "text/html"},
                        allow_redirects=False, timeout=10)
    assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
    api = requests.get(staff_console.url(path), allow_redirects=False, timeout=10)
    assert api.status_code == 401


@pytest.mark.parametrize("path", [p for p in routes("POST") if p not in PUBLIC])
def test_no_action_without_signing_in(staff_console, path):
    assert requests.post(staff_console.url(path), data={"status": "closed"},
                         allow_redirects=False, timeout=10).status_code == 401


def test_health_and_sign_in_page_need_no_session(staff_console):
    assert requests.get(staff_console.url("/health"), timeout=10).json() == {"status": "ok"}
    assert "Sign in" in requests.get(staff_console.url("/login"), timeout=10).text


def test_signing_in_goes_where_asked_with_a_strict_http_only_cookie(staff_console):
    staff = requests.Session()
    reply = staff_console.try_sign_in(staff, ADMIN[0], ADMIN[2], next_path="/flags")
    assert reply.status_code == 303 and reply.headers["location"] == "/flags"
    cookie = reply.headers["set-cookie"]
    assert "staff_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert staff.get(staff_console.url("/flags"), timeout=10).status_code == 200


def test_sign_in_never_sends_anyone_to_another_site(staff_console):
    reply = staff_console.try_sign_in(requests.Session(), ADMIN[0], ADMIN[2],
                                      next_path="//evil.example/")
    assert reply.headers["location"] == "/"


def test_a_wrong_password_is_refused_and_audited(staff_console, admin):
    stranger = requests.Session()
    reply = staff_console.try_sign_in(stranger, STAFF[0], "not the password at all")
    assert reply.status_code == 401 and "do not match" in reply.text
    assert "staff_session" not in stranger.cookies
    log = admin.get(staff_console.url("/admin/audit"), timeout=10).text
    assert "sign-in failed" in log


def test_an_unknown_name_gets_the_same_answer_as_a_wrong_password(staff_console):
    reply = staff_console.try_sign_in(requests.Session(), "nobody-here", "whatever it is")
    assert reply.status_code == 401 and "do not match" in reply.text


def test_repeated_failures_lock_the_account_until_an_admin_resets_it(bot, staff_console):
    name, password = "locked-lee", "lee's long passphrase"
    make_account(bot.tracker_url, name, "staff", password)
    for _ in range(5):
        assert staff_console.try_sign_in(requests.Session(), name, "wrong guess!").status_code \
            == 401
    # The right password no longer opens it.
    assert staff_console.try_sign_in(requests.Session(), name, password).status_code == 401
    make_account(bot.tracker_url, name, "staff", password)  # make staff-user resets it
    assert staff_console.try_sign_in(requests.Session(), name, password).status_code == 303


def test_sign_in_without_its_form_token_is_refused(staff_console):
    reply = requests.post(staff_console.url("/login"), timeout=10, allow_redirects=False,
                          data={"name": ADMIN[0], "password": ADMIN[2], "login_csrf": "forged"},
                          cookies={"staff_login_csrf": "other"})
    assert reply.status_code == 403


@pytest.mark.parametrize("path", [p for p in routes("POST") if p not in PUBLIC])
@pytest.mark.parametrize("token", [None, "forged-token"])
def test_every_form_refuses_a_missing_or_forged_csrf_token(staff_console, admin, path, token):
    data = {"status": "closed", "note": "x", "name": "mallory", "role": "admin",
            "password": "mallory's long passphrase", "id": "x", "confirm": "x"}
    if token:
        data["csrf_token"] = token
    reply = admin.post(staff_console.url(path), data=data, allow_redirects=False, timeout=10)
    assert reply.status_code == 403
    assert "mallory" not in admin.get(staff_console.url("/admin"), timeout=10).text


def test_an_idle_session_expires(bot, staff_console, staff):
    with database(bot) as db:
        db.execute("UPDATE staff_sessions SET last_seen_at = ?",
                   (stored(days_ago(31 / (24 * 60))),))
    reply = staff.get(staff_console.url("/handoffs"), headers={"Accept": "text/html"},
                      allow_redirects=False, timeout=10)
    assert reply.status_code == 303 and reply.headers["location"].startswith("/login")


def test_signing_out_ends_the_session(staff_console, staff):
    cookie = staff.cookies["staff_session"]
    assert post(staff_console, staff, "/logout").status_code == 303
    again = requests.get(staff_console.url("/handoffs"), cookies={"staff_session": cookie},
                         allow_redirects=False, timeout=10)
    assert again.status_code == 401


def test_pages_forbid_framing_inline_scripts_and_caching(staff_console, staff):
    page = staff.get(staff_console.url("/handoffs"), timeout=10)
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


# --- Roles --------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, path", [
    ("GET", "/admin"), ("GET", "/admin/audit"), ("POST", "/admin/purge"),
    ("POST", "/admin/users"), ("POST", "/conversation/erase")])
def test_staff_cannot_purge_erase_or_manage_accounts(staff_console, staff, method, path):
    if method == "GET":
        reply = staff.get(staff_console.url(path), timeout=10)
    else:
        reply = post(staff_console, staff, path, name="eve", role="admin",
                     password="eve's long passphrase", id="x", confirm="x")
    assert reply.status_code == 403
    assert "Only an administrator" in reply.text


def test_an_admin_creates_an_account_that_can_sign_in(staff_console, admin):
    reply = post(staff_console, admin, "/admin/users", name="new-nurse", role="staff",
                 password="a brand new passphrase")
    assert reply.status_code == 303  # reloading the page it leads to sends nothing again
    assert "Account new-nurse created" in admin.get(
        staff_console.url(reply.headers["location"]), timeout=10).text
    assert staff_console.try_sign_in(requests.Session(), "new-nurse",
                                     "a brand new passphrase").status_code == 303
    short = post(staff_console, admin, "/admin/users", name="x", role="staff", password="short")
    assert short.status_code == 400 and "at least 12 characters" in short.text


# --- Hand-off queue -----------------------------------------------------------------------------

def ask_for_a_call(bot, sender, reason):
    for message in ("can a nurse call me", "yes", "(216) 444-2200", reason):
        bot.say(sender, message)
    return [row for row in StaffRecords(bot.tracker_url).handoffs()
            if row["sender_id"] == sender][-1]


def test_a_request_is_worked_through_with_notes_and_every_change_audited(
        bot, staff_console, staff, admin):
    request = ask_for_a_call(bot, "console-queue", f"my sleep {MARKUP}")
    queue = staff.get(staff_console.url("/handoffs"), timeout=10).text
    assert f'href="/handoffs/{request["id"]}"' in queue and "+12164442200" in queue
    # A patient's markup is shown as text, never run.
    assert MARKUP not in queue and "&lt;script&gt;alert(&#39;staff&#39;)&lt;/script&gt;" in queue

    path = f"/handoffs/{request['id']}"
    saved = post(staff_console, staff, path, status="contacted", assignee="sam",
                 note="Called, left a voicemail", shown_status="new", shown_assignee="")
    assert saved.status_code == 303
    page = staff.get(staff_console.url(path), timeout=10).text
    assert "Called, left a voicemail" in page and "status-contacted" in page
    row = [r for r in StaffRecords(bot.tracker_url).handoffs() if r["id"] == request["id"]][0]
    assert row["status"] == "contacted" and row["assignee"] == "sam"
    assert row["first_contacted_at"] is not None

    log = admin.get(staff_console.url("/admin/audit"), timeout=10).text
    target = f"hand-off request {request['id']}"
    for action, detail in [("changed status", "new -&gt; contacted"),
                           ("changed assignee", "nobody -&gt; sam"), ("added a note", "")]:
        assert re.search(rf"<td>sam</td><td>{action}</td><td>{target}</td><td>{detail}</td>",
                         log), action


def test_a_page_opened_before_a_colleagues_change_never_overwrites_it(
        bot, staff_console, staff, admin):
    request = ask_for_a_call(bot, "console-stale", "my sleep")
    path = f"/handoffs/{request['id']}"
    shown = {"shown_status": "new", "shown_assignee": ""}
    assert post(staff_console, admin, path, status="contacted", assignee="ada",
                **shown).status_code == 303
    # sam's page still shows "new": adding a note keeps ada's change ...
    assert post(staff_console, staff, path, status="new", assignee="", note="Left a message",
                **shown).status_code == 303
    # ... and closing it from that page is refused, saying what it is now.
    stale = post(staff_console, staff, path, status="closed", assignee="", **shown)
    assert stale.status_code == 400 and "it is now contacted, assigned to ada" in stale.text
    row = [r for r in StaffRecords(bot.tracker_url).handoffs() if r["id"] == request["id"]][0]
    assert (row["status"], row["assignee"]) == ("contacted", "ada")


def test_an_assignee_must_be_a_staff_account(bot, staff_console, staff):
    request = ask_for_a_call(bot, "console-assignee", "my sleep")
    reply = post(staff_console, staff, f"/handoffs/{request['id']}", status="new",
                 assignee="<b>ghost</b>", shown_status="new", shown_assignee="")
    assert reply.status_code == 400 and "is not a staff account" in reply.text


def test_a_file_instead_of_a_note_is_refused(staff_console, staff):
    reply = staff.post(staff_console.url("/flags/1/review"), timeout=10,
                       data={"csrf_token": staff_console.csrf_token(staff)},
                       files={"note": ("n.txt", b"a note in a file")})
    assert reply.status_code == 400


def test_an_unknown_status_is_refused(bot, staff_console, staff):
    request = ask_for_a_call(bot, "console-bad-status", "my medicines")
    reply = post(staff_console, staff, f"/handoffs/{request['id']}", status="deleted")
    assert reply.status_code == 400 and "The status is one of" in reply.text


def test_a_request_past_the_clinics_promise_is_marked_overdue(bot, staff_console, staff):
    records = StaffRecords(bot.tracker_url)
    number = records.add_handoff(HandoffRequest("console-old", "+12165550100", "phone",
                                                "an old question"))
    with database(bot) as db:
        db.execute("UPDATE handoff_requests SET created_at = ? WHERE id = ?",
                   (stored(days_ago(6)), number))
    queue = staff.get(staff_console.url("/handoffs"), timeout=10).text
    row = re.search(rf'<tr class="overdue">\s*<td><a href="/handoffs/{number}">', queue)
    assert row, "a six-day-old request is not marked overdue"


def test_the_audit_log_cannot_be_changed_even_in_the_database(bot, staff_console, admin):
    with database(bot) as db:
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match="audit log cannot be changed"):
                db.execute(statement)


# --- Safety flags and transcripts ---------------------------------------------------------------

def test_crisis_flags_come_first_count_live_and_open_the_transcript_at_the_message(
        bot, staff_console, staff):
    before = staff.get(staff_console.url("/flags/count"), timeout=10).json()["urgent"]
    bot.say("console-medication", "can I take double my dose of gabapentin")
    bot.say("console-crisis", "what causes fibromyalgia")
    bot.say("console-crisis", "i want to end my life")
    assert staff.get(staff_console.url("/flags/count"), timeout=10).json()["urgent"] == before + 1

    page = staff.get(staff_console.url("/flags"), timeout=10).text
    crisis_at = page.index("conversation?id=console-crisis")
    assert crisis_at < page.index("conversation?id=console-medication")
    link = re.search(r'href="(/conversation\?id=console-crisis&amp;message=[^"#]+)', page)
    assert link, "the flag does not point at its message"
    transcript = staff.get(staff_console.url(link.group(1).replace("&amp;", "&")),
                           timeout=10).text
    focused = re.search(r'<li class="turn patient flagged focus" id="message-[^"]+">(.*?)</li>',
                        transcript, re.S)
    assert focused and "i want to end my life" in focused.group(1)
    assert "triage: crisis" in focused.group(1)
    assert "what causes fibromyalgia" in transcript and "988" in transcript


def test_reviewing_a_flag_takes_it_off_the_list_and_is_audited(bot, staff_console, staff, admin):
    bot.say("console-review", "i have crushing chest pain")
    flag = [f for f in StaffRecords(bot.tracker_url).flags()
            if f["sender_id"] == "console-review"][-1]
    assert post(staff_console, staff, f"/flags/{flag['id']}/review",
                note="Called 911 protocol, patient safe").status_code == 303
    assert f"/flags/{flag['id']}/review" not in staff.get(staff_console.url("/flags"),
                                                           timeout=10).text
    everything = staff.get(staff_console.url("/flags?show=all"), timeout=10).text
    assert "Called 911 protocol, patient safe" in everything
    again = post(staff_console, staff, f"/flags/{flag['id']}/review")
    assert again.status_code == 400 and "already been reviewed by sam" in again.text
    assert f"<td>sam</td><td>reviewed</td><td>safety flag {flag['id']}</td>" in admin.get(
        staff_console.url("/admin/audit"), timeout=10).text


def test_transcripts_show_markup_as_text_with_intent_and_confidence(bot, staff_console, staff):
    bot.say("console-markup", f"{MARKUP} what causes fibromyalgia")
    page = staff.get(staff_console.url("/conversation?id=console-markup"), timeout=10).text
    assert MARKUP not in page and "&lt;script&gt;" in page
    assert re.search(r"intent [a-z_]+ \(\d\.\d\d\)", page)


def test_conversations_are_found_by_words_channel_and_marks(bot, staff_console, staff):
    bot.say("console-search-1", "¿qué es la fibromialgia? my knees ache después de caminar")
    bot.say("console-search-2", "i want to end my life")

    def listed(**query):
        page = staff.get(staff_console.url("/conversations"), params=query, timeout=10).text
        return set(re.findall(r'href="/conversation\?id=(console-search-\d)"', page))

    assert listed(q="knees ache") == {"console-search-1"}
    assert listed(q="qué es") == {"console-search-1"}
    assert listed(q="DESPUÉS DE") == {"console-search-1"}  # accented capitals too
    assert listed(q="confidence") == set()  # words of Rasa's stored JSON are not the messages'
    assert listed(q="intent_ranking") == set()
    assert "console-search-2" in listed(flagged="1")
    assert "console-search-1" not in listed(flagged="1")
    assert listed(q="knees", channel="twilio") == set()
    assert listed(q="knees", channel="web") == {"console-search-1"}
    assert listed(q="knees", until=str(days_ago(2).date())) == set()


def test_a_conversation_exports_as_text(bot, staff_console, staff):
    bot.say("console-export", "what causes fibromyalgia")
    reply = staff.get(staff_console.url("/conversation/export?id=console-export"), timeout=10)
    assert reply.headers["content-disposition"].startswith("attachment")
    assert "patient: what causes fibromyalgia" in reply.text
    assert "bot: " in reply.text


def test_an_unknown_conversation_is_not_found(staff_console, staff):
    assert staff.get(staff_console.url("/conversation?id=nobody-ever"),
                     timeout=10).status_code == 404


# --- Statistics ---------------------------------------------------------------------------------

def test_statistics_chart_what_patients_asked_and_export_each_table(bot, staff_console, staff):
    bot.say("console-stats", "what causes fibromyalgia")
    page = staff.get(staff_console.url("/stats?days=7"), timeout=10)
    assert page.status_code == 200
    assert page.text.count('<svg xmlns="http://www.w3.org/2000/svg"') >= 3
    assert "<th scope=\"row\">ask_causes</th>" in page.text
    intents = staff.get(staff_console.url("/stats/intents.csv?days=7"), timeout=10)
    assert intents.headers["content-type"].startswith("text/csv")
    assert intents.headers["content-disposition"].startswith("attachment")
    assert re.search(r"^ask_causes,[1-9]", intents.text, re.M)
    assert staff.get(staff_console.url("/stats/passwords.csv"), timeout=10).status_code == 404


# --- Privacy: erasure and retention -------------------------------------------------------------

def test_an_admin_erases_one_patients_data_and_the_audit_names_no_patient(
        bot, staff_console, admin):
    sender = "twilio:+12165550199"
    records = StaffRecords(bot.tracker_url)
    records.add_flag(SafetyFlag(sender, "crisis", "end it all"))
    records.add_handoff(HandoffRequest(sender, "+12165550199", "phone", "call me"))
    refused = post(staff_console, admin, "/conversation/erase", id=sender, confirm="wrong")
    assert refused.status_code == 400
    erased = post(staff_console, admin, "/conversation/erase", id=sender, confirm=sender)
    assert erased.status_code == 200 and "safety flags: 1" in erased.text
    assert all(row["sender_id"] != sender for row in records.flags() + records.handoffs())
    log = admin.get(staff_console.url("/admin/audit"), timeout=10).text
    assert audit.conversation_ref(sender) in log and "5550199" not in log


def old_records(bot, sender, age_days):
    """A conversation event, a hand-off request and a flag, dated `age_days` ago."""
    when = days_ago(age_days)
    records = StaffRecords(bot.tracker_url)
    ids = (records.add_handoff(HandoffRequest(sender, "a@b.org", "email", "old")),
           records.add_flag(SafetyFlag(sender, "warning")))
    with database(bot) as db:
        db.execute("INSERT INTO events (sender_id, type_name, timestamp, intent_name, data) "
                   "VALUES (?, 'user', ?, 'greet', ?)",
                   (sender, when.timestamp(), '{"event": "user", "text": "hello"}'))
        db.execute("UPDATE handoff_requests SET created_at = ? WHERE id = ?",
                   (stored(when), ids[0]))
        db.execute("UPDATE safety_flags SET created_at = ? WHERE id = ?",
                   (stored(when), ids[1]))


def kept(bot, sender):
    with database(bot) as db:
        return [db.execute(f"SELECT count(*) FROM {table} WHERE sender_id = ?",
                           (sender,)).fetchone()[0]
                for table in ("events", "handoff_requests", "safety_flags")]


def test_make_purge_deletes_only_what_is_older_than_the_retention_period(bot):
    old_records(bot, "purge-old", age_days=100)
    old_records(bot, "purge-recent", age_days=10)
    done = subprocess.run(["make", "--no-print-directory", "purge"], cwd=REPO, text=True,
                          capture_output=True, env=rasa_env(
                              **{TRACKER_STORE_URL_VAR: bot.tracker_url}, RETENTION_DAYS="90"))
    assert done.returncode == 0, done.stderr
    assert "Deleted what is older than 90 days" in done.stdout
    assert re.search(r"whole conversations: [1-9]", done.stdout)
    assert kept(bot, "purge-old") == [0, 0, 0]
    assert kept(bot, "purge-recent") == [1, 1, 1]


def test_the_admin_purge_button_reports_counts_and_is_audited(bot, staff_console, admin):
    old_records(bot, "purge-button", age_days=95)
    page = post(staff_console, admin, "/admin/purge")
    assert page.status_code == 200
    purged = re.search(r'<ul class="notice" role="status" id="purged">(.*?)</ul>', page.text, re.S)
    assert purged and "hand-off requests: 1 deleted" in purged.group(1)
    assert kept(bot, "purge-button") == [0, 0, 0]
    assert "<td>ada</td><td>purged</td><td>older than 90 days</td>" in admin.get(
        staff_console.url("/admin/audit"), timeout=10).text


def test_the_console_refuses_a_database_that_is_not_migrated(tmp_path):
    env = rasa_env(**{TRACKER_STORE_URL_VAR: f"sqlite:///{tmp_path / 'empty.db'}"},
                   STAFF_PORT="1")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "console"], cwd=REPO, env=env, text=True,
                          capture_output=True, timeout=60)
    assert done.returncode != 0 and "records.migrate" in done.stderr
    assert time.monotonic() - started < 60


# --- Bad input ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/handoffs/99999999999999999999999", "/handoffs/0",
                                  "/conversation?id=" + "x" * 300, "/no-such-page"])
def test_odd_addresses_are_not_found_not_errors(staff_console, staff, path):
    assert staff.get(staff_console.url(path), timeout=10).status_code == 404


def test_an_oversized_or_endless_form_is_refused(staff_console, staff):
    reply = post(staff_console, staff, "/flags/1/review", note="x" * 100_000)
    assert reply.status_code == 413
    endless = requests.post(staff_console.url("/login"), timeout=10,
                            data=(b"name=x&password=" + b"y" * 1000 for _ in range(3)))
    assert endless.status_code == 411  # chunked, with no length


@pytest.mark.parametrize("body, content_type", [
    (b"--x\r\nbroken", "multipart/form-data; boundary=x"),
    (b"%ZZ=%%%&&&", "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00", "application/x-www-form-urlencoded")])
def test_malformed_forms_get_a_4xx(staff_console, staff, body, content_type):
    reply = staff.post(staff_console.url("/flags/1/review"), data=body,
                       headers={"Content-Type": content_type}, timeout=10)
    assert 400 <= reply.status_code < 500


@pytest.mark.parametrize("query", [
    "/conversations?page=%C2%B2", "/conversations?page=-1&page=2",
    "/conversations?until=9999-12-31&since=0001-01-01", "/unanswered?days=%C2%B2&below=nan",
    "/stats?days=99999999999999999999", "/flags?show=" + "x" * 5000])
def test_odd_query_strings_are_ignored_not_errors(staff_console, staff, query):
    assert staff.get(staff_console.url(query), timeout=30).status_code == 200


def test_exporting_unknown_message_numbers_is_a_clear_4xx(staff_console, staff):
    reply = post(staff_console, staff, "/unanswered/export", intent="ask_causes",
                 message=["99999999999999999999999", "²", "-3"])
    assert reply.status_code == 400 and "Pick at least one message" in reply.text


def test_a_broken_database_gets_a_plain_500_with_the_security_headers(tmp_path):
    """Nothing about the cause in the answer, and still no framing, no caching, no scripts."""
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    console = StaffConsole(url, tmp_path)
    console.start()
    try:
        make_account(url, *STAFF)
        staff = console.sign_in(*STAFF[::2])
        with sqlite3.connect(tmp_path / "broken.db") as db:
            db.execute("DROP TABLE handoff_notes")
        reply = staff.get(console.url("/handoffs"), timeout=10)
        assert reply.status_code == 500 and "handoff_notes" not in reply.text
        assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
        assert reply.headers["cache-control"] == "no-store"
    finally:
        console.stop()
