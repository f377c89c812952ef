"""Custom actions' answers are checked as strictly as Rasa does, by a validator built once."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from connectors.action_responses import action_answer_validator, install


@pytest.fixture
def action() -> RemoteAction:
    install()  # as every channel does when the rasa server builds it (connectors/shortcuts.py)
    return RemoteAction("action_suggest_reads", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_a_valid_answer_passes(action):
    answer = {"events": [{"event": "slot", "name": "reads_shown", "value": ["a"]}],
              "responses": [{"text": "Here are related reads"}]}
    assert action._validate_action_result(answer) is True


def test_an_invalid_answer_is_refused_with_rasas_own_message(action):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": "not a list", "responses": []})


def test_the_schema_is_checked_once_not_for_every_answer():
    assert action_answer_validator() is action_answer_validator()
