"""Fixtures of the browser tests: a patient on the demo page (the widget)."""

import pytest

from tests.harness.widget import Visit


@pytest.fixture
def patient(browser, demo_page) -> Visit:
    visit = Visit(browser, demo_page)
    yield visit
    visit.close()
