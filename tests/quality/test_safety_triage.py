"""Safety triage quality gates: the trained model's NLU pipeline (rules and learned line) on the
labelled sets (the newest frozen part end to end, the others through the trained triage alone).
The frozen test parts (safety_eval.TEST_SETS) were written apart from the rules and are tuned on
by nothing; the targets are reported on the newest. tests/data/safety_dev.yml is the part the
rules were tuned on."""

import pytest

from actions.constants import (
    LINE_KEY, MODEL_LINE, NO_SAFETY_CATEGORY, TRIAGE_KEY, safety_category, safety_intent)
from components.triage_finder import Triage
from tests.quality import nlu_eval, safety_eval

TARGET_RECALL = {safety_eval.ACUTE: 1.0, safety_eval.EMERGENCY: 1.0,
                 safety_eval.WARNING: 0.97, safety_eval.MEDICATION: 0.97}
MAX_FALSE_ALARM_RATE = 0.01
(THIRD_PART, FOURTH_PART, FIFTH_PART, SIXTH_PART, SEVENTH_PART, EIGHTH_PART, NINTH_PART,
 TENTH_PART, ELEVENTH_PART, TWELFTH_PART, THIRTEENTH_PART, FOURTEENTH_PART, FIFTEENTH_PART,
 SIXTEENTH_PART, NEWEST_PART) = safety_eval.TEST_SETS
# Ordinary messages of each validation part (questions, look-alikes, everyday stories) given a
# safety answer at the last measurement: a ceiling, lowered when a change flags fewer.
MAX_VALIDATION_FALSE_ALARMS = {safety_eval.VALIDATION_SET: 42,
                               safety_eval.SECOND_VALIDATION_SET: 94,
                               safety_eval.THIRD_VALIDATION_SET: 123,
                               safety_eval.FOURTH_VALIDATION_SET: 110,
                               safety_eval.FIFTH_VALIDATION_SET: 110,
                               safety_eval.SIXTH_VALIDATION_SET: 135,
                               safety_eval.SEVENTH_VALIDATION_SET: 113,
                               safety_eval.EIGHTH_VALIDATION_SET: 109,
                               safety_eval.NINTH_VALIDATION_SET: 114}


@pytest.fixture(scope="module")
def scores(model_path):
    """Report and score of each labelled set through the trained model."""
    results = {}
    for path in (safety_eval.DEV_SET, *safety_eval.VALIDATION_SETS, *safety_eval.TEST_SETS):
        labelled = safety_eval.load_labelled(path)
        predicted = safety_eval.set_predictions(model_path, path, [t for t, _ in labelled])
        print("\n" + safety_eval.report(path, labelled, predicted))
        results[path] = (labelled, predicted)
    return results


def test_the_evaluation_sets_are_big_enough_and_apart():
    parts = [safety_eval.load_labelled(path) for path in
             (safety_eval.DEV_SET, *safety_eval.VALIDATION_SETS, *safety_eval.TEST_SETS)]
    newest = parts[-1]
    assert len(newest) >= 300
    assert sum(1 for _, label in newest if label == safety_eval.NONE) >= 150
    texts = [{text for text, _ in part} for part in parts]
    assert all(not texts[i] & texts[j] for i in range(len(texts)) for j in range(i))


# Targets the newest frozen part misses, with why. At its one measurement (seventeenth test part,
# written blind and committed in a4a4c5b, measured once with the model of 66ca3be) it met all
# four. Strict: the day a target is met, its marker must go.
BELOW_TARGET_ON_NEWEST: dict = {}
# What each frozen part caught at its last recorded measurement, per tier: a floor, not a target
# (raised when a change catches more, never lowered).
CAUGHT_ON_FROZEN = {
    THIRD_PART: {safety_eval.ACUTE: 60, safety_eval.EMERGENCY: 45, safety_eval.WARNING: 59,
                 safety_eval.MEDICATION: 40},
    FOURTH_PART: {safety_eval.ACUTE: 66, safety_eval.EMERGENCY: 52, safety_eval.WARNING: 61,
                  safety_eval.MEDICATION: 42},
    FIFTH_PART: {safety_eval.ACUTE: 82, safety_eval.EMERGENCY: 60, safety_eval.WARNING: 69,
                 safety_eval.MEDICATION: 47},
    SIXTH_PART: {safety_eval.ACUTE: 96, safety_eval.EMERGENCY: 69, safety_eval.WARNING: 71,
                 safety_eval.MEDICATION: 51},
    SEVENTH_PART: {safety_eval.ACUTE: 100, safety_eval.EMERGENCY: 69, safety_eval.WARNING: 69,
                   safety_eval.MEDICATION: 58},
    EIGHTH_PART: {safety_eval.ACUTE: 101, safety_eval.EMERGENCY: 71, safety_eval.WARNING: 63,
                  safety_eval.MEDICATION: 55},
    NINTH_PART: {safety_eval.ACUTE: 100, safety_eval.EMERGENCY: 72, safety_eval.WARNING: 67,
                 safety_eval.MEDICATION: 63},
    TENTH_PART: {safety_eval.ACUTE: 109, safety_eval.EMERGENCY: 73, safety_eval.WARNING: 63,
                 safety_eval.MEDICATION: 68},
    ELEVENTH_PART: {safety_eval.ACUTE: 113, safety_eval.EMERGENCY: 78, safety_eval.WARNING: 57,
                    safety_eval.MEDICATION: 70},
    TWELFTH_PART: {safety_eval.ACUTE: 118, safety_eval.EMERGENCY: 76, safety_eval.WARNING: 50,
                   safety_eval.MEDICATION: 69},
    THIRTEENTH_PART: {safety_eval.ACUTE: 124, safety_eval.EMERGENCY: 77, safety_eval.WARNING: 57,
                      safety_eval.MEDICATION: 69},
    FOURTEENTH_PART: {safety_eval.ACUTE: 118, safety_eval.EMERGENCY: 98, safety_eval.WARNING: 53,
                      safety_eval.MEDICATION: 67},
    FIFTEENTH_PART: {safety_eval.ACUTE: 150, safety_eval.EMERGENCY: 90, safety_eval.WARNING: 64,
                     safety_eval.MEDICATION: 58},
    SIXTEENTH_PART: {safety_eval.ACUTE: 150, safety_eval.EMERGENCY: 107, safety_eval.WARNING: 51,
                     safety_eval.MEDICATION: 45},
    NEWEST_PART: {safety_eval.ACUTE: 155, safety_eval.EMERGENCY: 102, safety_eval.WARNING: 52,
                  safety_eval.MEDICATION: 38},
}
# Floors the current model is below, with why. Strict: the day one is met again, it must go.
BELOW_FLOOR = {
    (THIRD_PART, safety_eval.WARNING): (
        "third frozen part: 58 warning signs caught, one fewer than before the learned line "
        "learned ordinary narratives (2026-11-26, README); it flagged 82 % of them before"),
}


@pytest.mark.parametrize("path, tier", [
    *[(safety_eval.DEV_SET, tier) for tier in TARGET_RECALL],
    *[pytest.param(NEWEST_PART, tier, marks=pytest.mark.xfail(
        strict=True, reason=BELOW_TARGET_ON_NEWEST[tier])) if tier in BELOW_TARGET_ON_NEWEST
      else (NEWEST_PART, tier) for tier in TARGET_RECALL],
])
def test_recall_per_tier(scores, path, tier):
    labelled, predicted = scores[path]
    score = safety_eval.score(labelled, predicted)[tier]
    # The frozen test part's misses are not shown, so that nobody tunes on them.
    missed = ([(text, got) for text, label, got in safety_eval.misses(labelled, predicted)
               if label == tier] if path == safety_eval.DEV_SET else "(test part: counts only)")
    assert score.recall >= TARGET_RECALL[tier], missed


@pytest.mark.parametrize("path, tier", [
    pytest.param(path, tier, marks=pytest.mark.xfail(strict=True, reason=BELOW_FLOOR[path, tier]))
    if (path, tier) in BELOW_FLOOR else (path, tier)
    for path, floors in CAUGHT_ON_FROZEN.items() for tier in floors])
def test_each_frozen_part_catches_no_less_than_at_its_last_measurement(scores, path, tier):
    labelled, predicted = scores[path]
    assert safety_eval.score(labelled, predicted)[tier].caught >= CAUGHT_ON_FROZEN[path][tier]


def test_the_triage_alone_answers_as_the_whole_model(scores, model_path):
    """What lets every set but the newest skip the whole parse (safety_eval.set_predictions)."""
    labelled, predicted = scores[NEWEST_PART]
    alone = safety_eval.triage_predictions(model_path, [text for text, _ in labelled])
    assert len(labelled) >= 300 and any(predicted)
    assert alone == predicted


@pytest.mark.parametrize("path", safety_eval.VALIDATION_SETS)
def test_ordinary_messages_of_the_validation_parts_are_flagged_no_more_than_before(scores, path):
    """Questions, look-alikes ("this flare is killing me") and everyday stories ("my cat has
    decided my hot water bottle is hers now"), none of them trained on."""
    labelled, predicted = scores[path]
    alarms = safety_eval.false_alarms(labelled, predicted)
    assert len(alarms) <= MAX_VALIDATION_FALSE_ALARMS[path], alarms


def test_ordinary_questions_are_rarely_flagged(model_path):
    ordinary = safety_eval.ordinary_examples()
    predicted = safety_eval.model_predictions(model_path, ordinary)
    alarms = [(text, got) for text, got in zip(ordinary, predicted) if got]
    assert len(ordinary) > 500
    assert len(alarms) <= MAX_FALSE_ALARM_RATE * len(ordinary), alarms


@pytest.mark.parametrize("text, expected", [
    ("im afraid i might hurt me tonight", "crisis"),
    ("my dad is confused and his speech is all muddled", "emergency"),
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


@pytest.mark.parametrize("text", ["florp wazzle and the grimbly snoot",
                                  "quix blanters sprungle my norbs"])
def test_made_up_words_get_no_safety_answer(model_path, text):
    [parse] = nlu_eval.parse_texts(model_path, [text])
    assert safety_category(parse["intent"]["name"]) == NO_SAFETY_CATEGORY


@pytest.mark.parametrize("text", [
    "i want to discuss my medications with someone",
    # A known false alarm (the check-in, at 0.36) until the 2026-11-26 third-session round.
    "i would like to go over my meds with the nurse",
])
def test_wanting_to_talk_about_medicines_is_no_crisis(model_path, text):
    [parse] = nlu_eval.parse_texts(model_path, [text])
    assert safety_category(parse["intent"]["name"]) in (NO_SAFETY_CATEGORY, "medication")
