"""Custom actions run in the Rasa process while the action server cannot be reached.

Rasa swallows a custom action's failure: the processor logs it, drops the action's events and
goes on. With the action server down (a crash, its restart, a wrong token after a restart) a
new conversation's first message then got "please rephrase" even for a crisis, because
`action_session_start` is a custom action and without its events no rule matches; and every
safety flag (`action_flag_safety`) was silently lost. Here a call that cannot reach the action
server, or that it answers with anything but a result or a rejection, is run again by rasa-sdk
in this process, with the same `actions` package, so the patient gets the same answers and
staff the same flags. The log says so at error level (action name and error type only).

An action the server started but did not finish (a timeout, a 5xx) may run twice: the actions
either only read, or write a row a second time at worst (a flag, a hand-off request).
"""

import asyncio
import copy
import logging
from functools import lru_cache
from typing import Any, Dict, List

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.exceptions import RasaException
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection as SdkRejection

logger = logging.getLogger(__name__)

ACTION_PACKAGE = "actions"


@lru_cache(maxsize=1)
def in_process_executor() -> ActionExecutor:
    """rasa-sdk's executor with this repository's actions, as the action server has them."""
    executor = ActionExecutor()
    executor.register_package(ACTION_PACKAGE)
    return executor


class InProcessEndpoint:
    """Stands in for the action server's endpoint: answers an action call from this process.
    `kwargs` are the real endpoint's settings (Rasa reads `enable_selective_domain` there)."""

    url = "this rasa process"

    def __init__(self, kwargs: Dict[str, Any]) -> None:
        self.kwargs = kwargs

    async def request(self, json: Dict[str, Any], **_: Any) -> Dict[str, Any]:
        try:
            return await in_process_executor().run(json)
        except SdkRejection as rejection:  # a form's check refused the slot: as the server's 400
            raise ActionExecutionRejection(rejection.action_name, rejection.message) from None


def install() -> None:
    """Run custom actions here when the action server fails them (installing it again changes
    nothing)."""
    remote_run = getattr(RemoteAction.run, "remote_run", RemoteAction.run)

    async def run(action: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                  domain: Any) -> List[Event]:
        try:
            return await remote_run(action, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except (RasaException, asyncio.TimeoutError) as error:
            cause = error.__cause__ or error.__context__ or error
            logger.error("the action server failed '%s' (%s): running it in this process",
                         action.name(), type(cause).__name__)
        here = copy.copy(action)
        here.action_endpoint = InProcessEndpoint(getattr(action.action_endpoint, "kwargs", {}))
        return await remote_run(here, output_channel, nlg, tracker, domain)

    run.remote_run = remote_run  # type: ignore[attr-defined]
    RemoteAction.run = run
