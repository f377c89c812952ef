"""Numbers the servers read from environment variables (ports, days, minutes)."""

import os
from typing import Optional


def number_setting(name: str, default: float, maximum: Optional[float] = None,
                   whole: bool = True) -> float:
    """The number above 0 (a whole one if `whole`, at most `maximum` if given) in the
    environment variable `name`, `default` when it is unset or empty; ValueError naming the
    variable for anything else."""
    value = os.environ.get(name) or str(default)
    number = _parsed(value, whole)
    if number is None or not number > 0 or (maximum is not None and number > maximum):
        limit = f" and at most {maximum:g}" if maximum is not None else ""
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"{name} must be {kind} above 0{limit}, not {value!r}")
    return number


def _parsed(value: str, whole: bool) -> Optional[float]:
    if whole:
        return int(value) if value.isascii() and value.isdigit() else None
    try:
        return float(value)
    except ValueError:
        return None
