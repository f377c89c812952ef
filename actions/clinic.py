"""The clinic's settings (content/clinic.yml): opening hours, how to reach a person, reply time,
phone region, and staff's one-click replies in a live chat."""

import os
from pathlib import Path

import phonenumbers
from pydantic import BaseModel, Extra, ValidationError, conint, conlist, constr, validator

from actions.constants import CONTENT
from actions.content_files import ContentError, describe, read_yaml

CLINIC_PATH = Path(os.environ.get("CLINIC_SETTINGS") or CONTENT / "clinic.yml")

NonEmpty = constr(strip_whitespace=True, min_length=1, max_length=200)


class LiveReply(BaseModel, extra=Extra.forbid):
    """A reply staff send with one click in a live chat."""

    label: constr(strip_whitespace=True, min_length=1, max_length=40)
    text: constr(strip_whitespace=True, min_length=1, max_length=1000)


class Clinic(BaseModel, extra=Extra.forbid):
    """What patients are told after asking for a person, and how their numbers are read."""

    hours: NonEmpty
    # How to reach a person, e.g. "call the front desk at 216-555-0100".
    reach_us: NonEmpty
    reply_time: NonEmpty
    # The same promise as a number, for the staff console's overdue marks.
    reply_business_days: conint(ge=1, le=30)
    phone_region: str
    # One-click replies in the console's live chat.
    live_replies: conlist(LiveReply, min_items=1, max_items=20)

    @validator("phone_region")
    def known_region(cls, value):  # noqa: N805 (pydantic validator)
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"{value!r} is not an ISO 3166 country code such as US, CA or GB")
        return value


def load_clinic(path: Path = CLINIC_PATH) -> Clinic:
    """Load and validate the clinic settings; raise `ContentError` naming any broken field."""
    document = read_yaml(path, "clinic settings")
    try:
        return Clinic.parse_obj(document)
    except ValidationError as error:
        raise ContentError(f"clinic settings {path}: {describe(error)}") from None
