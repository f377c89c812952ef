"""Keep patients' words, contacts and slot values out of the logs.

An exception in the NLU or action path used to log the message text and, in Rasa's JSON log
lines (structlog's `dict_tracebacks`), every frame's local variables: phone numbers, e-mail
addresses, what a patient wrote. Once `install()` has run, every log record of every logger,
at every level, is redacted when it is created:
- a structured (JSON) line loses its traceback frames' locals and exception message, and the
  values of the keys Rasa itself marks as patient data (`text`, `slot_values`, ...);
- an exception's traceback keeps its frames (file, line, function) and the exception type, not
  its message, which may quote the input;
- e-mail addresses and phone-like numbers left anywhere are replaced.
Only an explicit `LOG_LEVEL=DEBUG` (a developer's machine) logs everything as it is.
"""

import json
import logging
import os
import re
import traceback
from typing import Any

# Keys of Rasa's structured log lines whose values are what a patient wrote or gave
# (rasa.utils.log_utils._anonymizer's list), plus the tracker and slot dumps.
PATIENT_DATA_KEYS = {
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
    "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states",
    "old_states", "successes", "current_entity", "next_entity", "states", "entity", "token_text",
    "user_message", "json_message", "slots", "events", "tracker", "metadata",
}
WITHHELD = "[withheld]"
EMAIL = re.compile(r"[^\s@\"'<>(),;:]+@[^\s@\"'<>(),;:]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w.])\+?\d(?:[\s().\-]?\d){6,}(?![\w.])")


def redact_text(text: str) -> str:
    """`text` with e-mail addresses and phone-like numbers replaced."""
    return PHONE.sub("[number]", EMAIL.sub("[email]", text))


def redact_structure(value: Any) -> Any:
    """A structured log entry without patient data, exception messages or frame locals."""
    if isinstance(value, dict):
        return {key: (WITHHELD if key in PATIENT_DATA_KEYS or key in ("locals", "exc_value")
                      else redact_structure(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_structure(item) for item in value]
    return redact_text(value) if isinstance(value, str) else value


def redact_message(message: str) -> str:
    """One rendered log message: structured (JSON) lines field by field, others as text."""
    if message.startswith("{"):
        try:
            return json.dumps(redact_structure(json.loads(message)))
        except ValueError:
            pass
    return redact_text(message)


def redacted_traceback(exc_info) -> str:
    """The traceback's frames and the exception's type, without its message."""
    exc_type, _, tb = exc_info
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"Traceback (most recent call last):\n{frames}{exc_type.__name__}: {WITHHELD}"


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: log it without its arguments
        message = str(record.msg)
    record.msg, record.args = redact_message(message), ()
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = redacted_traceback(record.exc_info)
    return record


def install() -> None:
    """Redact every log record from now on, unless LOG_LEVEL is DEBUG. Safe to call twice."""
    if os.environ.get("LOG_LEVEL", "").upper() == "DEBUG":
        return
    current = logging.getLogRecordFactory()
    if getattr(current, "redacts", False):
        return

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(current(*args, **kwargs))

    redacting_factory.redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)
