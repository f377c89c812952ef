"""Safety triage: labelled crisis, emergency and medication messages, and what a patient gets."""

import pytest
import yaml

import nlu_eval
from actions.ranking import load_pipeline
from bot_servers import REPO
from components.triage import CRISIS, EMERGENCY, MEDICATION, Triage

LABELLED = yaml.safe_load((REPO / "tests" / "triage_messages.yml").read_text())
MESSAGES = [(text, label) for label, texts_ in LABELLED.items() for text in texts_]
TRIAGE = Triage(load_pipeline())


def predicted(text):
    finding = TRIAGE.find(text)
    return finding.category if finding else "none"


def test_labelled_set_is_big_enough():
    assert len(MESSAGES) >= 60


def test_precision_and_recall_per_category():
    results = [(label, predicted(text)) for text, label in MESSAGES]
    for category in (CRISIS, EMERGENCY, MEDICATION):
        true_pos = sum(1 for gold, guess in results if gold == guess == category)
        flagged = sum(1 for _, guess in results if guess == category)
        actual = sum(1 for gold, _ in results if gold == category)
        print(f"{category}: precision {true_pos / max(flagged, 1):.2f} "
              f"recall {true_pos / actual:.2f} ({true_pos}/{actual})")
    missed = [(text, gold, guess) for (text, gold), (_, guess) in zip(MESSAGES, results)
              if gold in (CRISIS, EMERGENCY) and guess != gold]
    assert not missed, missed


@pytest.mark.parametrize("text, label", MESSAGES)
def test_each_labelled_message(text, label):
    assert predicted(text) == label


def test_no_crisis_or_emergency_phrase_reaches_a_learned_answer(model_path):
    risky = [(text, label) for text, label in MESSAGES if label in (CRISIS, EMERGENCY)]
    parses = nlu_eval.parse_texts(model_path, [text for text, _ in risky])
    for (text, label), parse in zip(risky, parses):
        assert parse["intent"] == {"name": f"safety_{label}", "confidence": 1.0}, text
        assert "learned_intent" in parse["triage"]
