"""actions/safety_checkin.py: which answers to "are you thinking about ending your life?" are a
no the bot can take at its word. Everything else gets the crisis answer."""

import pytest

from actions.constants import (
    CATEGORY_KEY, CRISIS, LINE_KEY, MODEL_LINE, RULE_LINE, TRIAGE_KEY, WARNING)
from actions.safety_checkin import is_clear_no


@pytest.mark.parametrize("text", ["/deny", "no", "No.", "nope", "not really", "I'm not",
                                  "no, I'm just tired", "I’m fine", "of course not"])
def test_a_plain_no_is_a_no(text):
    assert is_clear_no({"text": text})


@pytest.mark.parametrize("text", ["no but I do think about it sometimes", "no, not today",
                                  "not right now", "i dunno", "maybe", "I don't know", "yes",
                                  "/affirm", ""])
def test_a_hedged_no_or_anything_else_is_not(text):
    assert not is_clear_no({"text": text})


def test_a_no_with_a_risk_phrase_a_rule_caught_is_not_a_no():
    message = {"text": "no, I just want to end it all",
               TRIAGE_KEY: {CATEGORY_KEY: CRISIS, LINE_KEY: RULE_LINE}}
    assert not is_clear_no(message)


def test_the_learned_lines_guess_does_not_overrule_a_plain_no():
    message = {"text": "no, I'm just sad",
               TRIAGE_KEY: {CATEGORY_KEY: WARNING, LINE_KEY: MODEL_LINE}}
    assert is_clear_no(message)
