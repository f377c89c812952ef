"""Reading the staff-editable YAML files under content/, with errors staff can act on."""

from pathlib import Path

import yaml
from pydantic import ValidationError


class ContentError(ValueError):
    """A content file cannot be used; the message says which file, where and why."""


def read_yaml(path: Path, what: str) -> object:
    """The parsed YAML document at `path`; `ContentError` names `what` when it is unreadable."""
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{what} {path}: {error}") from None


def describe(error: ValidationError) -> str:
    """A pydantic error as "field 'a.b': message; ..."."""
    return "; ".join(
        f"field '{'.'.join(str(part) for part in e['loc'])}': {e['msg']}" for e in error.errors()
    )
