"""A clinic's day in the staff console, in Chromium: a patient asks for a call-back in the widget;
staff sign in, see it, mark it contacted with a note, see a new crisis flag appear without
reloading, open its transcript at the message, mark it reviewed, and export unanswered
questions as NLU YAML. Every page is checked with axe-core and photographed."""

import re

import pytest
import yaml
from playwright.sync_api import expect

from tests.conftest import ADMIN
from tests.harness.chromium import screenshot, serious_accessibility_violations

UNANSWERED = ["where do i park my car at the clinic", "can i park near the clinic entrance"]


@pytest.fixture
def staff_page(browser, staff_console):
    # axe is injected as an inline script, which the console's CSP rightly forbids: bypass it.
    context = browser.new_context(bypass_csp=True, accept_downloads=True,
                                  base_url=staff_console.base_url)
    yield context.new_page()
    context.close()


def check(page, name: str) -> None:
    """No serious accessibility violation on the page; a screenshot for people to look at."""
    assert serious_accessibility_violations(page) == "[]", page.url
    screenshot(page, f"console-{name}.png")


def test_a_day_in_the_console(bot, patient, staff_page, staff_console):
    patient.open_widget()
    for message in ("can a nurse call me", "yes", "(216) 444-2200",
                    "I'd like to talk about my sleep"):
        patient.ask(message)
    expect(patient.bot_messages().last).to_contain_text("number")
    for number, question in enumerate(UNANSWERED):
        bot.say(f"console-day-unanswered-{number}", question)

    page = staff_page
    page.goto("/handoffs")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    check(page, "login")
    page.get_by_label("Name").fill(ADMIN[0])
    page.get_by_label("Password").fill(ADMIN[2])
    page.get_by_role("button", name="Sign in").click()

    # The call-back request is in the queue.
    expect(page.get_by_role("heading", name="Hand-off requests")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="+12164442200").filter(
        has_text="I'd like to talk about my sleep").last
    expect(row).to_be_visible()
    check(page, "handoffs")
    row.get_by_role("link").first.click()
    page.get_by_label("Status").select_option("contacted")
    page.get_by_label("Add a note").fill("Called back; booked a sleep review.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Saved.")
    expect(page.locator(".notes")).to_contain_text("Called back; booked a sleep review.")
    check(page, "handoff")

    # A crisis arrives while staff look at the flags: the count changes without a reload.
    page.get_by_role("link", name="Safety flags", exact=True).click()
    count = page.locator("#urgent-count")
    expect(count).to_have_text(re.compile(r"^\d+$"))
    before = int(count.inner_text())
    bot.say("console-day-crisis", "i want to end my life")
    expect(count).to_have_text(str(before + 1), timeout=20_000)
    page.reload()
    check(page, "flags")
    crisis = page.get_by_role("row").filter(has_text="crisis").filter(
        has=page.locator('a[href*="console-day-crisis"]')).first
    crisis.get_by_role("link", name=re.compile("Open transcript")).click()
    focused = page.locator(".turn.focus")
    expect(focused).to_contain_text("i want to end my life")
    expect(focused).to_be_in_viewport()
    check(page, "transcript")

    page.go_back()
    crisis = page.get_by_role("row").filter(has=page.locator('a[href*="console-day-crisis"]'))
    crisis.get_by_role("textbox").fill("Rang the patient, safe with family")
    crisis.get_by_role("button", name=re.compile("Mark reviewed")).click()
    expect(page.locator('a[href*="console-day-crisis"]')).to_have_count(0)
    expect(count).to_have_text(str(before))

    # Unanswered questions, exported for the NLU data.
    page.get_by_role("link", name="Unanswered", exact=True).click()
    for question in UNANSWERED:
        page.get_by_role("checkbox", name=question).first.check()
    page.get_by_label("Intent they should teach the bot").select_option("out_of_scope")
    check(page, "unanswered")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as NLU training data").click()
    exported = yaml.safe_load(open(download.value.path(), encoding="utf-8"))
    [block] = exported["nlu"]
    assert block["intent"] == "out_of_scope"
    assert sorted(line[2:] for line in block["examples"].splitlines()) == sorted(UNANSWERED)

    for link, name in (("Conversations", "conversations"), ("Statistics", "stats"),
                       ("Admin", "admin"), ("Audit log", "audit")):
        page.get_by_role("link", name=link, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        check(page, name)
    expect(page.get_by_role("table")).to_contain_text("reviewed")
