"""Debian's Chromium, as the browser tests and `make bench` launch it (headless, no network of
its own)."""

import json
import os
from pathlib import Path

import pytest

from actions.constants import REPO

CHROMIUM = Path("/usr/bin/chromium")
# Screenshots the browser tests leave for people to look at (not committed).
ARTIFACTS = REPO / "tests" / "artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


def launch(playwright):
    """A headless Chromium browser from a started Playwright."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                      args=LAUNCH_ARGS)


def axe_script() -> Path:
    """axe-core's browser bundle, fetched from the npm registry by `make test`."""
    path = os.environ.get("AXE_JS") or next(iter(sorted((REPO / "build").glob("axe-*.min.js"))), "")
    if not path or not Path(path).exists():
        pytest.fail("axe-core is missing: run `make test`, which fetches it")
    return Path(path)


def serious_accessibility_violations(page) -> str:
    """axe-core's serious and critical findings on the page, as JSON ("[]" when none). The page
    must have been opened with bypass_csp=True: axe is injected as an inline script."""
    page.add_script_tag(path=str(axe_script()))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    return json.dumps(serious, indent=1)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), animations="disabled", full_page=True)
