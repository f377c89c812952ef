"""actions/clinic.py: the clinic settings staff edit (content/clinic.yml), with errors that name
the field."""


import pytest

from actions.clinic import load_clinic
from actions.content_files import ContentError


def test_clinic_settings_load():
    clinic = load_clinic()
    assert clinic.hours and clinic.reply_time and clinic.phone_region == "US"
    assert clinic.reply_business_days == 1


@pytest.mark.parametrize("text, field", [
    ("hours: 9 to 5\nreply_time: a day\nreply_business_days: 1\nphone_region: XX\n",
     "phone_region"),
    ("reply_time: a day\nreply_business_days: 1\nphone_region: US\n", "hours"),
    ("hours: ''\nreply_time: a day\nreply_business_days: 1\nphone_region: US\n", "hours"),
    ("hours: 9 to 5\nreply_time: a day\nreply_business_days: 1\nphone_region: US\nopen: true\n",
     "open"),
    ("hours: 9 to 5\nreply_time: a day\nreply_business_days: 0\nphone_region: US\n",
     "reply_business_days"),
])
def test_broken_clinic_settings_name_the_field(tmp_path, text, field):
    path = tmp_path / "clinic.yml"
    path.write_text(text)
    with pytest.raises(ContentError, match=f"clinic settings .*field '{field}'"):
        load_clinic(path)
