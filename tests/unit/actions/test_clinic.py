"""actions/clinic.py: the clinic settings staff edit (content/clinic.yml), with errors that name
the field."""


import pytest

from actions.clinic import load_clinic
from actions.content_files import ContentError


def test_clinic_settings_load():
    clinic = load_clinic()
    assert clinic.hours and clinic.reply_time and clinic.phone_region == "US"
    assert clinic.reply_business_days == 1


VALID = {"hours": "9 to 5", "reach_us": "call us", "reply_time": "a day",
         "reply_business_days": "1", "phone_region": "US",
         "live_replies": "[{label: Hi, text: Hello}]"}


def settings_text(**changes) -> str:
    """Valid settings with `changes` (None drops a field)."""
    fields = {**VALID, **changes}
    return "".join(f"{name}: {value}\n" for name, value in fields.items() if value is not None)


@pytest.mark.parametrize("text, field", [
    (settings_text(phone_region="XX"), "phone_region"),
    (settings_text(hours=None), "hours"),
    (settings_text(hours="''"), "hours"),
    (settings_text(reach_us=None), "reach_us"),
    (settings_text(open="true"), "open"),
    (settings_text(reply_business_days="0"), "reply_business_days"),
    (settings_text(live_replies="[{label: Hi}]"), "live_replies.0.text"),
    (settings_text(live_replies="[]"), "live_replies"),
])
def test_broken_clinic_settings_name_the_field(tmp_path, text, field):
    path = tmp_path / "clinic.yml"
    path.write_text(text)
    with pytest.raises(ContentError, match=f"clinic settings .*field '{field}'"):
        load_clinic(path)
