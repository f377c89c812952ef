"""Live hand-off: from a nurse pressing Send in the console to the message painted in the
patient's widget, on the real servers and Chromium. The baseline, same run, is the console's own
answer to the send (the step through the Rasa server, without the widget's fetch)."""

import random
import tempfile
import time
from pathlib import Path

from tests.bench.figures import describe, verdict
from tests.bench.serving import servers_with_demo_page
from tests.harness import chromium
from tests.harness.console import StaffConsole, make_account
from tests.harness.live import LiveStaff
from tests.harness.widget import CONVERSATION_ID_JS

TARGET_MS = 2000
MESSAGES = 20
NURSE = ("bench.nurse", "admin", "a long bench passphrase")
# Resolves with the wall-clock time at which the next staff message has been painted.
NEXT_STAFF_MESSAGE_JS = """() => {
  const log = document.querySelector('.fw-log');
  const before = log.querySelectorAll('.fw-msg--staff').length;
  window.nextStaffMessage = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (log.querySelectorAll('.fw-msg--staff').length > before) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())));
    }
  }).observe(log, {childList: true}));
}"""


def bench_live() -> None:
    from playwright.sync_api import sync_playwright  # test-only dependency

    with servers_with_demo_page() as (servers, demo_url), \
            tempfile.TemporaryDirectory() as console_logs:
        console = StaffConsole(servers.tracker_url, Path(console_logs),
                               STAFF_RELAY_URL=f"{servers.base_url}/webhooks/live/relay")
        try:
            console.start()
            make_account(servers.tracker_url, *NURSE)
            nurse = LiveStaff(console, NURSE[0], NURSE[2])
            with sync_playwright() as playwright:
                browser = chromium.launch(playwright)
                page = browser.new_page()
                page.goto(demo_url)
                page.get_by_role("button", name="Chat about fibromyalgia").click()
                page.get_by_label("Type your question").fill("can a nurse talk to me")
                page.keyboard.press("Enter")
                page.wait_for_selector(".fw-msg--bot")
                sender = page.evaluate(CONVERSATION_ID_JS)
                nurse.take_over(sender)
                page.wait_for_selector(".fw-msg--staff")
                on_screen, console_answer = [], []
                # Staff do not type in step with the widget's fetches: pauses of random length
                # (seeded, so runs compare) sample every phase of the widget's one-second cycle.
                pauses = random.Random(14)
                for number in range(MESSAGES):
                    page.evaluate(NEXT_STAFF_MESSAGE_JS)
                    started = time.time() * 1000
                    nurse.say(sender, text=f"Message {number} from the nurse.")
                    console_answer.append(time.time() * 1000 - started)
                    on_screen.append(page.evaluate("window.nextStaffMessage") - started)
                    time.sleep(pauses.uniform(0.2, 1.2))
                browser.close()
        finally:
            console.stop()
    print(f"baseline, same run, the console's answer to Send: {describe(console_answer)}")
    print(f"live hand-off, Send in the console to the patient's screen ({MESSAGES} messages): "
          f"{describe(on_screen)} (target <= {TARGET_MS} ms): "
          f"{verdict(max(on_screen) <= TARGET_MS)}")


if __name__ == "__main__":
    bench_live()
