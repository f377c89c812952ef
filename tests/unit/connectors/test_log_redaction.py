"""connectors/log_redaction.py: an error in the Rasa server never logs what the patient typed."""

import subprocess
import sys

import pytest

from actions.constants import REPO
from tests.harness.servers import rasa_env

# Rasa's own logging set-up (JSON lines with each frame's locals when not on a terminal), then an
# error while a phone number and an e-mail address are in the message being handled.
FORCED_ERROR = """
import logging, structlog
import connectors
from rasa.utils.log_utils import configure_structlog
configure_structlog(logging.INFO)

def handle(text):
    contact = text.split()[-1]
    raise ValueError(f"cannot handle {text!r}")

for log in (structlog.get_logger().error, logging.getLogger("rasa.core").exception):
    try:
        handle("call me on 216-444-2200 or jane@example.org")
    except ValueError:
        log("message.handling.failed", exc_info=True)
"""


@pytest.mark.parametrize("log_level, shown", [("INFO", False), ("ERROR", False), ("DEBUG", True)])
def test_an_error_never_logs_the_patients_words_unless_a_developer_asks(log_level, shown):
    result = subprocess.run([sys.executable, "-c", FORCED_ERROR], cwd=REPO, capture_output=True,
                            text=True, timeout=120, env=rasa_env(LOG_LEVEL=log_level))
    logged = result.stdout + result.stderr
    assert "message.handling.failed" in logged and "ValueError" in logged
    for private in ("216-444-2200", "jane@example.org", "call me on"):
        assert (private in logged) == shown, private
