"""Rasa's own checks: domain and data consistency, and the end-to-end test conversations."""

import re
import subprocess

from bot_servers import RASA, REPO, rasa_env


def run_rasa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RASA, *args], cwd=REPO, env=rasa_env(), capture_output=True,
                          text=True, timeout=600)


def test_domain_and_data_are_consistent():
    result = run_rasa("data", "validate", "--fail-on-warnings")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_all_test_conversations_pass(model_path, tmp_path):
    result = run_rasa("test", "core", "--model", model_path, "--stories", "tests/test_stories.yml",
                      "--fail-on-prediction-errors", "--out", str(tmp_path))
    failed = (tmp_path / "failed_test_stories.yml")
    details = failed.read_text() if failed.exists() else result.stdout[-4000:]
    assert result.returncode == 0, details
    evaluated = re.search(r"Evaluating (\d+) stories", result.stdout + result.stderr)
    assert evaluated and int(evaluated.group(1)) >= 40
