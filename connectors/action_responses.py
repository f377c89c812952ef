"""Rasa's check of each custom action's answer, with the schema checked once instead of per call.

Rasa 3.6 (`RemoteAction._validate_action_result`) checks every answer of the action server with
`jsonschema.validate`, which first checks the schema itself against JSON Schema's meta-schema
(draft 2020-12, slow to walk): measured at about a fifth of a rasa process's CPU time under
load, more than the DIET classifier. Here a validator is built once; a valid answer passes at
once, and an invalid one goes to Rasa's own check, which raises the same error as before.
"""

from functools import lru_cache
from typing import Any, Dict

from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction


@lru_cache(maxsize=1)
def action_answer_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def install() -> None:
    """Check action answers with the prepared validator in this process (installing it again
    changes nothing)."""
    rasa_check = getattr(RemoteAction._validate_action_result, "rasa_check",
                         RemoteAction._validate_action_result)

    def validated(action: RemoteAction, result: Dict[str, Any]) -> bool:
        if action_answer_validator().is_valid(result):
            return True
        return rasa_check(action, result)

    validated.rasa_check = rasa_check  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = validated
