"""NLU quality gates: messages never used in training must be understood.

Two evaluation files, both free of near-duplicates of the training examples: the held-out
paraphrases (used to tune the fallback threshold, so a tuning-set score) and the frozen test part
(tuned on by nothing). `make bench` prints both against the 0.95 target; this gate is the floor
below which a change must not land.
"""

import pytest

from tests.quality import near_duplicates, nlu_eval

MIN_MACRO_F1 = 0.90
EVALUATION_SETS = [nlu_eval.HELDOUT, nlu_eval.FROZEN_TEST]
# The frozen test part's measurement (2026-11-26, the model `make train` builds from scratch,
# the same on every run): below the gate, mostly through "please rephrase" on wordings unlike
# any training example (README, "Measurements"). The gate stays, expected to fail until the NLU
# improves; this floor catches a regression.
FROZEN_TEST_F1_FLOOR = 0.80


@pytest.fixture(scope="module")
def reports(model_path):
    return nlu_eval.main(model_path, nlu_eval.DEFAULT_REPORT)


@pytest.mark.parametrize("path", [
    nlu_eval.HELDOUT,
    pytest.param(nlu_eval.FROZEN_TEST, marks=pytest.mark.xfail(
        strict=True, reason=f"macro-F1 0.803 when measured (floor {FROZEN_TEST_F1_FLOOR})")),
], ids=lambda p: p.name)
def test_intent_macro_f1(reports, path):
    assert reports[path].macro_f1 >= MIN_MACRO_F1, (
        f"intent macro-F1 {reports[path].macro_f1:.3f} < {MIN_MACRO_F1}; "
        f"see {nlu_eval.DEFAULT_REPORT}")


def test_the_frozen_test_part_scores_no_lower_than_when_measured(reports):
    # The score alone: the report holds the part's misread messages, which are never printed.
    macro_f1 = reports[nlu_eval.FROZEN_TEST].macro_f1
    assert macro_f1 >= FROZEN_TEST_F1_FLOOR


@pytest.mark.parametrize("path", EVALUATION_SETS, ids=lambda p: p.name)
def test_evaluation_messages_are_not_near_duplicates_of_training_examples(path):
    assert near_duplicates.near_duplicates(path) == []


@pytest.mark.parametrize("message, training_example", [
    ("What's fibro fog?", "what is fibro fog"),  # punctuation and a contraction
    ("thank yuo", "thank you"),  # a typo
    ("is fibromyalgia real", "fibromyalgia is real"),  # the same words in another order
])
def test_the_near_duplicate_check_catches_the_same_message_in_other_clothes(message,
                                                                           training_example):
    training = [near_duplicates.normalised(training_example), "how is it diagnosed"]
    match = near_duplicates.near_duplicate_of(near_duplicates.normalised(message), training)
    assert match and match.training_example == training[0]


@pytest.mark.parametrize("message", ["is there a test for fibromyalgia", "what helps with sleep",
                                     "ok thank you", "is fibromyalgia a muscle disease"])
def test_the_near_duplicate_check_lets_a_real_paraphrase_through(message):
    training = [near_duplicates.normalised(t)
                for t in ("how is fibromyalgia diagnosed", "why can't i sleep", "no thank you",
                          "is fibromyalgia a real disease")]
    assert near_duplicates.near_duplicate_of(near_duplicates.normalised(message), training) is None
