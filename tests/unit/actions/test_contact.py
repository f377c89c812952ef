"""actions/contact.py: finding a phone number or e-mail address in what the patient typed."""


import pytest

from actions.contact import Contact, find_contact


@pytest.mark.parametrize("typed, expected", [
    ("216-444-2200", Contact("phone", "+12164442200")),
    ("my number is (216) 444 2200, thanks", Contact("phone", "+12164442200")),
    ("call me on +44 20 7946 0958", Contact("phone", "+442079460958")),
    ("Jane.Doe@Example.ORG", Contact("email", "Jane.Doe@example.org")),
    ("email me at jane@example.org.", Contact("email", "jane@example.org")),
    ("+1 216 444 2200 or jane@example.org", Contact("email", "jane@example.org")),
    ("<noah.smith@gmail.com>", Contact("email", "noah.smith@gmail.com")),
    ("o'brien@example.com", Contact("email", "o'brien@example.com")),
])
def test_finds_and_normalises_a_contact(typed, expected):
    assert find_contact(typed, "US") == expected


@pytest.mark.parametrize("typed", [
    "not sure", "12345", "555-0000", "0000000000", "jane@", "jane@localhost", "@example.org", "",
    "x' OR '1'='1@example", "jane smith@@example.org",
])
def test_rejects_what_is_not_a_usable_contact(typed):
    assert find_contact(typed, "US") is None


def test_reads_local_numbers_in_the_clinics_country():
    assert find_contact("020 7946 0958", "GB") == Contact("phone", "+442079460958")
    assert find_contact("020 7946 0958", "US") is None
