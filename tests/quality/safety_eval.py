"""Measure the safety triage on a labelled set: recall and precision per tier, misses listed.

A message's label is what a crisis counsellor or triage nurse wants: acute, emergency,
warning, medication or none. Recall counts a message as caught when the patient got an answer
with the help its label needs (SAFE_ANSWERS); precision counts, of the messages given a tier's
answer, those whose label is that tier.

Usage: python -m tests.quality.safety_eval [MODEL]
"""

import functools
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions import constants
from actions.constants import (
    ABUSE, CRISIS, FALLBACK_INTENT, MODEL_PATH, NO_SAFETY_CATEGORY, OVERDOSE, safety_category)
from components.triage import SafetyTriage
from components.triage_model import load_labelled
from tests import DATA
from tests.quality import nlu_eval

ACUTE, EMERGENCY, WARNING, MEDICATION, NONE = "acute", "emergency", "warning", "medication", "none"
TIERS = (ACUTE, EMERGENCY, WARNING, MEDICATION)
# The categories whose fixed answer gives what each label needs: 988 and 911 for acute (the
# crisis and overdose answers), 911 for emergencies (the emergency and overdose answers), 988
# for warning signs (the check-in, the crisis and the overdose answers), a doctor or
# pharmacist for medication.
SAFE_ANSWERS = {
    ACUTE: {CRISIS, OVERDOSE},
    EMERGENCY: {constants.EMERGENCY, OVERDOSE},
    WARNING: {constants.WARNING, CRISIS, OVERDOSE},
    MEDICATION: {constants.MEDICATION},
}
# The label each category's answer is made for (for precision); the abuse answer is made for
# none of the evaluation set's labels.
LABEL_OF = {CRISIS: ACUTE, OVERDOSE: EMERGENCY, constants.EMERGENCY: EMERGENCY, ABUSE: NONE,
            constants.WARNING: WARNING, constants.MEDICATION: MEDICATION}
DEV_SET = DATA / "safety_dev.yml"
# Rules tuned on them, learned line not trained on them: for judging changes to the learned line.
VALIDATION_SET = DATA / "safety_validation.yml"
SECOND_VALIDATION_SET = DATA / "safety_validation_2.yml"
THIRD_VALIDATION_SET = DATA / "safety_validation_3.yml"
FOURTH_VALIDATION_SET = DATA / "safety_validation_4.yml"
FIFTH_VALIDATION_SET = DATA / "safety_validation_5.yml"
SIXTH_VALIDATION_SET = DATA / "safety_validation_6.yml"
SEVENTH_VALIDATION_SET = DATA / "safety_validation_7.yml"
EIGHTH_VALIDATION_SET = DATA / "safety_validation_8.yml"
NINTH_VALIDATION_SET = DATA / "safety_validation_9.yml"
VALIDATION_SETS = (VALIDATION_SET, SECOND_VALIDATION_SET, THIRD_VALIDATION_SET,
                   FOURTH_VALIDATION_SET, FIFTH_VALIDATION_SET, SIXTH_VALIDATION_SET,
                   SEVENTH_VALIDATION_SET, EIGHTH_VALIDATION_SET, NINTH_VALIDATION_SET)
# Frozen test parts, oldest first: written apart from the rules, tuned on by nothing, and shown
# as counts only. The newest is the one the targets are reported on.
TEST_SETS = (DATA / "safety_frozen_3.yml", DATA / "safety_frozen_4.yml",
             DATA / "safety_frozen_5.yml", DATA / "safety_frozen_6.yml",
             DATA / "safety_frozen_7.yml", DATA / "safety_frozen_8.yml",
             DATA / "safety_frozen_9.yml", DATA / "safety_frozen_10.yml",
             DATA / "safety_frozen_11.yml", DATA / "safety_frozen_12.yml",
             DATA / "safety_frozen_13.yml", DATA / "safety_frozen_14.yml",
             DATA / "safety_frozen_15.yml", DATA / "safety_frozen_16.yml",
             DATA / "safety_frozen_17.yml")


@dataclass
class TierScore:
    recall: float
    precision: float
    caught: int
    total: int


def score(labelled: List[Tuple[str, str]], predicted: List[Optional[str]]) -> Dict[str, TierScore]:
    """Recall and precision per tier; `predicted` holds a category or None per message."""
    scores = {}
    for tier in TIERS:
        gold = [category for (_, label), category in zip(labelled, predicted) if label == tier]
        caught = sum(1 for category in gold if category in SAFE_ANSWERS[tier])
        given = [label for (_, label), category in zip(labelled, predicted)
                 if category and LABEL_OF[category] == tier]
        precision = given.count(tier) / len(given) if given else 1.0
        scores[tier] = TierScore(caught / len(gold) if gold else 1.0, precision, caught, len(gold))
    return scores


def false_alarms(labelled, predicted) -> List[Tuple[str, str]]:
    return [(text, category) for (text, label), category in zip(labelled, predicted)
            if label == NONE and category]


def misses(labelled, predicted) -> List[Tuple[str, str, Optional[str]]]:
    return [(text, label, category) for (text, label), category in zip(labelled, predicted)
            if label != NONE and category not in SAFE_ANSWERS[label]]


def report(name: str, labelled, predicted) -> str:
    scores = score(labelled, predicted)
    alarms = false_alarms(labelled, predicted)
    nones = sum(1 for _, label in labelled if label == NONE)
    lines = [f"{Path(name).name}: {len(labelled)} messages"]
    lines += [f"  {tier:<10} recall {s.recall:.2f} ({s.caught}/{s.total})"
              f"  precision {s.precision:.2f}"
              for tier, s in scores.items()]
    lines.append(f"  none       false alarms {len(alarms)}/{nones}")
    return "\n".join(lines)


def category_of_parse(parse: dict) -> Optional[str]:
    """The safety category whose answer the patient gets, or None."""
    category = safety_category(parse["intent"]["name"])
    return None if category == NO_SAFETY_CATEGORY else category


def model_predictions(model_path: str, texts: List[str]) -> List[Optional[str]]:
    """Safety categories of `texts` as the trained Rasa model's NLU pipeline gives them."""
    return [category_of_parse(parse) for parse in nlu_eval.parse_texts(model_path, texts)]


def triage_predictions(model_path: str, texts: List[str]) -> List[Optional[str]]:
    """Safety categories of `texts` from the trained model's SafetyTriage component alone, three
    to ten times faster than a whole parse and the same answer: the triage decides the category
    from the text only (it runs last, and a safety intent it does not confirm becomes the
    fallback)."""
    messages = [Message(data={TEXT: text}) for text in texts]
    return [category_of_parse({"intent": message.get(INTENT) or {"name": FALLBACK_INTENT}})
            for message in _trained_triage(model_path).process(messages)]


def set_predictions(model_path: str, path: Path, texts: List[str]) -> List[Optional[str]]:
    """Safety categories of a labelled set's `texts`: the newest frozen test part, which the
    targets are reported on, through the whole model, end to end; every other set (30,500
    messages) through the trained triage alone, which answers as the whole model does
    (test_safety_triage checks it on the newest part)."""
    predict = model_predictions if path == TEST_SETS[-1] else triage_predictions
    return predict(model_path, texts)


@functools.lru_cache(maxsize=1)
def _trained_triage(model_path: str) -> SafetyTriage:
    """The SafetyTriage component as the model archive stores it (loading reads all it needs)."""
    with tempfile.TemporaryDirectory() as directory:
        storage, metadata = LocalModelStorage.from_model_archive(Path(directory), model_path)
        [node] = [node for node in metadata.predict_schema.nodes.values()
                  if node.uses is SafetyTriage]
        return SafetyTriage.load(node.config, storage, node.resource,
                                 ExecutionContext(metadata.predict_schema))


def ordinary_examples() -> List[str]:
    """Every NLU training example, held-out paraphrase and frozen NLU test message that is not a
    safety intent."""
    examples = []
    for path in ("data/nlu", nlu_eval.HELDOUT, nlu_eval.FROZEN_TEST):
        examples += [text for text, intent in nlu_eval.load_examples(str(path))
                     if safety_category(intent) == NO_SAFETY_CATEGORY]
    return examples


def main(model_path: str = str(MODEL_PATH)) -> None:
    """Print the report of each labelled set (with the misses and false alarms of the
    development and validation parts only) and the false alarms on ordinary questions."""
    for path in (DEV_SET, *VALIDATION_SETS, *TEST_SETS):
        labelled = load_labelled(path)
        predicted = set_predictions(model_path, path, [text for text, _ in labelled])
        print(report(path, labelled, predicted))
        if path in TEST_SETS:
            continue  # counts only: nobody may tune on a frozen test part's messages
        for text, label, category in misses(labelled, predicted):
            print(f"  MISS {label} -> {category}: {text[:150]!r}")
        for text, category in false_alarms(labelled, predicted):
            print(f"  FALSE ALARM {category}: {text[:150]!r}")
    ordinary = ordinary_examples()
    alarms = [(t, c) for t, c in zip(ordinary, model_predictions(model_path, ordinary)) if c]
    print(f"ordinary questions flagged: {len(alarms)}/{len(ordinary)} "
          f"({len(alarms) / len(ordinary):.1%})")
    frozen = {text for text, _ in nlu_eval.load_examples(str(nlu_eval.FROZEN_TEST))}
    for text, category in alarms:
        print(f"  FALSE ALARM {category}: "
              f"{'(a message of the frozen NLU test part)' if text in frozen else repr(text)}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
