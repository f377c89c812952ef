"""Safety triage quality gates: the trained model's NLU pipeline (rules and learned line) on the
labelled sets. tests/data/safety_frozen_3.yml is the frozen test part, written apart from the rules
and tuned on by nothing; tests/data/safety_dev.yml is the part the rules were tuned on."""

import pytest

from actions.constants import (
    LINE_KEY, MODEL_LINE, NO_SAFETY_CATEGORY, TRIAGE_KEY, safety_category, safety_intent)
from components.triage_finder import Triage
from tests.quality import nlu_eval, safety_eval

TARGET_RECALL = {safety_eval.ACUTE: 1.0, safety_eval.EMERGENCY: 1.0,
                 safety_eval.WARNING: 0.97, safety_eval.MEDICATION: 0.97}
MAX_FALSE_ALARM_RATE = 0.01


@pytest.fixture(scope="module")
def scores(model_path):
    """Report and score of each labelled set through the trained model."""
    results = {}
    for path in (safety_eval.DEV_SET, safety_eval.TEST_SET):
        labelled = safety_eval.load_labelled(path)
        predicted = safety_eval.model_predictions(model_path, [t for t, _ in labelled])
        print("\n" + safety_eval.report(path, labelled, predicted))
        results[path] = (labelled, predicted)
    return results


def test_the_evaluation_sets_are_big_enough():
    labelled = (safety_eval.load_labelled(safety_eval.DEV_SET)
                + safety_eval.load_labelled(safety_eval.TEST_SET))
    assert len(labelled) >= 300
    assert sum(1 for _, label in labelled if label == safety_eval.NONE) >= 150
    test_texts = {text for text, _ in safety_eval.load_labelled(safety_eval.TEST_SET)}
    assert not test_texts & {text for text, _ in safety_eval.load_labelled(safety_eval.DEV_SET)}


# At its first measurement (third test part, 2026-11-26, the model of 75ebe94, before any change)
# the frozen test part missed one target (issue 9 stays open): emergency recall 0.98 (44/45) <
# 1.00. Strict: the day a target is met, its marker must go.
BELOW_TARGET_ON_TEST = {
    safety_eval.EMERGENCY: "frozen test part: emergency recall 0.98 (44/45) < 1.00, see README",
}
# What the frozen test part caught at its first measurement, per tier: a floor, not a target.
CAUGHT_ON_TEST = {safety_eval.ACUTE: 60, safety_eval.EMERGENCY: 44, safety_eval.WARNING: 59,
                  safety_eval.MEDICATION: 39}


@pytest.mark.parametrize("path, tier", [
    *[(safety_eval.DEV_SET, tier) for tier in TARGET_RECALL],
    *[pytest.param(safety_eval.TEST_SET, tier, marks=pytest.mark.xfail(
        strict=True, reason=BELOW_TARGET_ON_TEST[tier])) if tier in BELOW_TARGET_ON_TEST
      else (safety_eval.TEST_SET, tier) for tier in TARGET_RECALL],
])
def test_recall_per_tier(scores, path, tier):
    labelled, predicted = scores[path]
    score = safety_eval.score(labelled, predicted)[tier]
    # The frozen test part's misses are not shown, so that nobody tunes on them.
    missed = ([(text, got) for text, label, got in safety_eval.misses(labelled, predicted)
               if label == tier] if path == safety_eval.DEV_SET else "(test part: counts only)")
    assert score.recall >= TARGET_RECALL[tier], missed


@pytest.mark.parametrize("tier", list(CAUGHT_ON_TEST))
def test_the_frozen_test_part_catches_no_less_than_at_its_last_measurement(scores, tier):
    labelled, predicted = scores[safety_eval.TEST_SET]
    assert safety_eval.score(labelled, predicted)[tier].caught >= CAUGHT_ON_TEST[tier]


def test_ordinary_questions_are_rarely_flagged(model_path):
    ordinary = safety_eval.ordinary_examples()
    predicted = safety_eval.model_predictions(model_path, ordinary)
    alarms = [(text, got) for text, got in zip(ordinary, predicted) if got]
    assert len(ordinary) > 500
    assert len(alarms) <= MAX_FALSE_ALARM_RATE * len(ordinary), alarms


@pytest.mark.parametrize("text, expected", [
    ("im afraid i might hurt me tonight", "crisis"),
    ("my dad is confused and his words are coming out jumbled", "emergency"),
    ("there is nothing left for me here", "warning"),
])
def test_the_learned_line_catches_wording_no_rule_anticipated(model_path, text, expected):
    assert Triage().find(text) is None  # no phrase rule matches
    [parse] = nlu_eval.parse_texts(model_path, [text])
    assert parse["intent"] == {"name": safety_intent(expected), "confidence": 1.0}
    assert parse[TRIAGE_KEY][LINE_KEY] == MODEL_LINE


@pytest.mark.parametrize("text", ["no chest pain, just sore shoulders",
                                  "I'm not short of breath, just tired"])
def test_a_denied_symptom_gets_no_emergency_answer_from_any_line(model_path, text):
    [parse] = nlu_eval.parse_texts(model_path, [text])
    assert safety_category(parse["intent"]["name"]) == NO_SAFETY_CATEGORY


@pytest.mark.parametrize("text", [".", "...", "ok", "?!"])
def test_punctuation_and_tiny_messages_are_not_flagged(model_path, text):
    [parse] = nlu_eval.parse_texts(model_path, [text])
    assert safety_category(parse["intent"]["name"]) == NO_SAFETY_CATEGORY
