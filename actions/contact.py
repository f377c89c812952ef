"""Find a phone number or an e-mail address in what a patient typed."""

import re
from dataclasses import dataclass
from typing import Optional

import phonenumbers
from email_validator import EmailNotValidError, validate_email

# A word with an "@" in it, without the brackets, quotes or punctuation written around it.
_EMAIL_CANDIDATE = re.compile(r"[^\s<>()\[\],;:\"]*@[^\s<>()\[\],;:\"]*")


@dataclass(frozen=True)
class Contact:
    """A validated, normalised contact: E.164 phone number or e-mail address."""

    kind: str  # "phone" or "email"
    value: str


def find_contact(text: str, default_region: str) -> Optional[Contact]:
    """The first valid e-mail address or phone number in `text`, or None.

    Phone numbers without a country code are read as numbers of `default_region`
    (ISO 3166 code such as "US"). E-mail addresses are checked for syntax only (no DNS), as
    the whole word typed: an invalid one is rejected, never cut down to a valid part.
    """
    for candidate in _EMAIL_CANDIDATE.findall(text):
        try:
            email = validate_email(candidate.rstrip("."), check_deliverability=False)
        except EmailNotValidError:
            continue
        return Contact("email", email.normalized)
    for match in phonenumbers.PhoneNumberMatcher(text, default_region):
        if phonenumbers.is_valid_number(match.number):
            return Contact("phone", phonenumbers.format_number(
                match.number, phonenumbers.PhoneNumberFormat.E164))
    return None
