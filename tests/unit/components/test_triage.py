"""components/triage.py: what the Rasa component writes into a message once the triage decided,
which is what the rules, the actions and staff read; the language of a learned-line finding."""

from types import SimpleNamespace

import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.constants import (
    CATEGORY_KEY, CRISIS, EMERGENCY, FALLBACK_INTENT, LANGUAGE_ENTITY, LEARNED_INTENT_KEY,
    LINE_KEY, MODEL_LINE, OTHER_LANGUAGE_INTENT, OVERDOSE, PHRASE_KEY, RULE_LINE, TRIAGE_KEY,
    WARNING, safety_intent)
from components.triage import flag, set_other_language, unflag
from components.triage_finder import Finding, Triage

DIET_GUESS = {"name": "ask_causes", "confidence": 0.41}


def parsed(text: str, intent=DIET_GUESS) -> Message:
    message = Message({TEXT: text})
    message.set(INTENT, dict(intent))
    message.set(INTENT_RANKING_KEY, [dict(intent)])
    return message


def test_a_finding_overrides_the_intent_and_keeps_the_guess_for_audit():
    message = parsed("i want to end it all")
    flag(message, Finding(CRISIS, "end it all"))
    assert message.get(INTENT) == {"name": safety_intent(CRISIS), "confidence": 1.0}
    assert message.get(INTENT_RANKING_KEY)[0]["name"] == safety_intent(CRISIS)
    triage = message.get(TRIAGE_KEY)
    assert (triage[CATEGORY_KEY], triage[PHRASE_KEY], triage[LINE_KEY]) == (
        CRISIS, "end it all", RULE_LINE)
    assert triage[LEARNED_INTENT_KEY] == DIET_GUESS
    assert {"entity": LANGUAGE_ENTITY, "value": "en"}.items() <= message.get(ENTITIES)[0].items()


def test_a_safety_guess_no_triage_line_confirms_asks_to_rephrase():
    message = parsed("no chest pain just sore shoulders",
                     {"name": safety_intent("emergency"), "confidence": 0.6})
    unflag(message)
    assert message.get(INTENT) == {"name": FALLBACK_INTENT, "confidence": 0.6}
    assert message.get(TRIAGE_KEY)[CATEGORY_KEY] is None


def test_a_language_the_bot_cannot_read_gets_its_own_intent():
    message = parsed("je veux mourir")
    set_other_language(message)
    assert message.get(INTENT) == {"name": OTHER_LANGUAGE_INTENT, "confidence": 1.0}
    assert message.get(TRIAGE_KEY)[LEARNED_INTENT_KEY] == DIET_GUESS


class WarningEverywhere:
    """A learned line that finds a warning sign in every message (no rule does)."""

    def guess(self, text):
        return SimpleNamespace(category=WARNING, confidence=0.9)


@pytest.mark.parametrize("text, language", [
    ("me siento una carga para mi familia", "es"),
    ("el dia de hoy fue muy largo para mi familia", "es"),
    ("i feel like a weight on my family", "en"),
])
def test_a_learned_line_finding_answers_in_the_messages_language(text, language):
    finding = Triage(learned=WarningEverywhere()).find(text)
    assert (finding.category, finding.line, finding.language) == (WARNING, MODEL_LINE, language)


class CrisisEverywhere:
    """A learned line that reads every message as a crisis, as it reads "I'm not suicidal"."""

    def guess(self, text):
        return SimpleNamespace(category=CRISIS, confidence=0.9)


@pytest.mark.parametrize("text, expected", [
    ("i'm not suicidal, just want to know about diet", WARNING),  # the check-in, not raised
    ("i feel like a burden to everyone", CRISIS),  # raised as before
])
def test_a_denied_suicide_is_not_raised_to_the_crisis_answer(text, expected):
    assert Triage(learned=CrisisEverywhere()).find(text).category == expected


@pytest.mark.parametrize("text, expected", [
    ("won't be a problem for anybody after this weekend", CRISIS),  # a time: a plan
    ("carrying my sidearm around the house all day", CRISIS),  # a means at hand
    ("i feel like a weight on my family", WARNING),  # neither: the check-in
])
def test_a_warning_sign_the_learned_line_read_with_a_plan_gets_the_crisis_answer(text, expected):
    finding = Triage(learned=WarningEverywhere()).find(text)
    assert (finding.category, finding.line) == (expected, MODEL_LINE)


@pytest.mark.parametrize("text, expected", [
    ("goodbye and thanks", None),  # a plain closing: the learned line is not asked
    ("ok bye for now, thank you so much!", None),
    ("goodbye and thanks for everything, i won't be around", WARNING),  # more than a closing
    ("thanks for everything, goodbye forever", WARNING),  # a farewell the rules know
])
def test_a_plain_closing_is_no_farewell(text, expected):
    finding = Triage(learned=WarningEverywhere()).find(text)
    assert (finding.category if finding else None) == expected


class EmergencyEverywhere:
    """A learned line that reads every message as an emergency, as it reads "swallowed my pills"
    in "last year my son swallowed my pills but he was fine"."""

    def guess(self, text):
        return SimpleNamespace(category=EMERGENCY, confidence=0.9)


@pytest.mark.parametrize("text, expected", [
    ("last year my son swallowed a couple of my pills but he was fine, how do i childproof it",
     None),  # an overdose that is over
    ("two years ago i had a stroke, does that make fibro fog worse", None),  # an emergency over
    ("no chest pain, just sore shoulders", None),  # denied
    ("something is really wrong with my dad, come quick", EMERGENCY),  # no rule: the learned line
    ("my son swallowed a couple of my pills an hour ago", OVERDOSE),  # the rule, now
])
def test_the_learned_line_finds_no_emergency_the_message_denies_or_dates_in_the_past(
        text, expected):
    finding = Triage(learned=EmergencyEverywhere()).find(text)
    assert (finding.category if finding else None) == expected
