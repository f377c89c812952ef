"""records/queue.py (`make queue`): what is waiting for staff, shown without letting control
characters in what patients typed act on the terminal."""

import os
import subprocess
import sys

import pytest

from actions.constants import REPO, TRACKER_STORE_URL_VAR
from records.queue import shown_to_staff
from records.store import HandoffRequest, SafetyFlag, StaffRecords


@pytest.mark.parametrize("raw, shown", [
    ("sleep \x1b[2J\x1b[31mhello", "sleep [2J[31mhello"),
    ("line\rover\x07", "line over"),
    ("ok\u202eevil", "okevil"),
])
def test_control_characters_never_reach_staff(raw, shown):
    assert shown_to_staff(raw) == shown


def test_staff_queue_lists_requests_and_flags(records_url):
    url = records_url
    records = StaffRecords(url)
    records.add_handoff(HandoffRequest("patient-9", "+12164442200", "phone", "sleep questions"))
    records.add_flag(SafetyFlag("patient-9", "emergency", "chest pain"))
    result = subprocess.run([sys.executable, "-m", "records.queue"], cwd=REPO,
                            env={**os.environ, TRACKER_STORE_URL_VAR: url},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    request_line = next(line for line in result.stdout.splitlines() if "patient-9" in line
                        and "+12164442200" in line)
    assert "sleep questions" in request_line and "new" in request_line
    assert "Hand-off requests (1)" in result.stdout and "Safety flags (1)" in result.stdout
    assert any("emergency" in line and "chest pain" in line for line in result.stdout.splitlines())


@pytest.mark.parametrize("database", ["tracker.db", "var/tracker.db"])  # var/ not made yet
def test_staff_queue_on_a_database_never_migrated_says_what_to_run(tmp_path, database):
    url = f"sqlite:///{tmp_path / database}"
    result = subprocess.run([sys.executable, "-m", "records.queue"], cwd=REPO,
                            env={**os.environ, TRACKER_STORE_URL_VAR: url},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "python -m records.migrate" in result.stderr and "Traceback" not in result.stderr
