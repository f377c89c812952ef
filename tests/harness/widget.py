"""A patient on the demo clinic page, using the chat widget in Chromium (Playwright)."""

from playwright.sync_api import expect

from tests.harness.chromium import ARTIFACTS

# The conversation id the widget keeps in the page's localStorage.
CONVERSATION_ID_JS = ("JSON.parse(localStorage.getItem(Object.keys(localStorage).find("
                      "key => key.startsWith('fibro-widget:')))).sender")


class Visit:
    """One browser context on the demo page, recording any JavaScript dialog."""

    def __init__(self, browser, url: str, **context_options) -> None:
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.dialogs = []
        self.page.on("dialog",
                     lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(url)

    def open_widget(self) -> None:
        self.page.get_by_role("button", name="Chat about fibromyalgia").click()
        expect(self.page.get_by_role("dialog")).to_be_visible()

    def bot_messages(self):
        return self.page.locator(".fw-msg--bot")

    def ask(self, text: str) -> None:
        """Type a message, send it with Enter, and wait for the bot's answer."""
        before = self.bot_messages().count()
        self.page.get_by_label("Type your question").fill(text)
        self.page.keyboard.press("Enter")
        expect(self.bot_messages()).not_to_have_count(before)
        expect(self.page.locator(".fw-typing")).to_be_hidden()

    def conversation_id(self) -> str:
        return self.page.evaluate(CONVERSATION_ID_JS)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), animations="disabled")

    def close(self) -> None:
        self.context.close()
