"""Rasa's own checks: domain and data consistency, and the end-to-end test conversations."""

import re
import subprocess

import yaml

from actions.constants import ABUSE, REPO, safety_intent
from tests.harness.servers import RASA, rasa_env


def run_rasa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RASA, *args], cwd=REPO, env=rasa_env(), capture_output=True,
                          text=True, timeout=600)


def utterances_sent_outside_dialogues() -> set:
    """Responses that no rule names: the forms' questions and those custom actions send."""
    domain = yaml.safe_load((REPO / "domain.yml").read_text())
    asked = {f"utter_ask_{slot}" for form in domain.get("forms", {}).values()
             for slot in form["required_slots"]}
    sent = set()
    for module in (REPO / "actions").glob("*.py"):
        sent |= set(re.findall(r'response="(utter_\w+)"', module.read_text()))
    return asked | sent


# Set only by the safety triage's phrase rules (components/triage_rules.py), with no NLU
# examples on purpose: adding some made the intent classifier read keyboard mash as "goodbye".
TRIAGE_ONLY_INTENTS = {safety_intent(ABUSE)}


def test_domain_and_data_are_consistent():
    result = run_rasa("data", "validate")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    # Rasa warns about every response no rule or story names, even a form's questions.
    unused = set(re.findall(r"The utterance '(\w+)' is not used in any story or rule", output))
    without_examples = set(re.findall(
        r"The intent '(\w+)' is listed in the domain file, but is not found in the NLU", output))
    assert without_examples == TRIAGE_ONLY_INTENTS
    other_warnings = [line for line in output.splitlines()
                      if "UserWarning" in line and "The utterance '" not in line
                      and "is not found in the NLU training data" not in line]
    never_sent = unused - utterances_sent_outside_dialogues()
    assert not never_sent, sorted(never_sent)
    assert not other_warnings, other_warnings


def test_all_test_conversations_pass(model_path, tmp_path):
    result = run_rasa("test", "core", "--model", model_path, "--stories", "tests/data/test_stories.yml",
                      "--fail-on-prediction-errors", "--out", str(tmp_path))
    failed = (tmp_path / "failed_test_stories.yml")
    details = failed.read_text() if failed.exists() else result.stdout[-4000:]
    assert result.returncode == 0, details
    evaluated = re.search(r"Evaluating (\d+) stories", result.stdout + result.stderr)
    assert evaluated and int(evaluated.group(1)) >= 40
