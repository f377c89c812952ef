"""Validation of REST webhook bodies, without a server."""

import pytest

from connectors.rest import MAX_MESSAGE_CHARS, PayloadError, check_payload


@pytest.mark.parametrize(
    "body",
    [
        {"sender": "abc", "message": "what causes fibromyalgia"},
        {"sender": "user-42", "message": "hi", "metadata": {"page": "/clinic"}},
        {"sender": "x", "message": "a" * MAX_MESSAGE_CHARS},
        {"sender": "x", "message": "😊"},
    ],
)
def test_accepts_usable_requests(body):
    check_payload(body)


@pytest.mark.parametrize(
    "body, status",
    [
        (None, 400),
        ([], 400),
        ("hello", 400),
        ({}, 400),
        ({"message": "hi"}, 400),
        ({"sender": None, "message": "hi"}, 400),
        ({"sender": "   ", "message": "hi"}, 400),
        ({"sender": "a\nb", "message": "hi"}, 400),
        ({"sender": "x" * 129, "message": "hi"}, 400),
        ({"sender": "twilio:+12165550123", "message": "hi"}, 400),
        ({"sender": "telegram:1111111", "message": "hi"}, 400),
        ({"sender": "x", "message": ["hi"]}, 400),
        ({"sender": "x", "message": ""}, 400),
        ({"sender": "x", "message": "a" * (MAX_MESSAGE_CHARS + 1)}, 413),
        ({"sender": "x", "message": "hi", "metadata": 3}, 400),
    ],
)
def test_rejects_unusable_requests_with_the_right_status(body, status):
    with pytest.raises(PayloadError) as error:
        check_payload(body)
    assert error.value.status == status
    assert str(error.value)
