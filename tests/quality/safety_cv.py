"""Choose the learned line's threshold by cross-validation on the safety development part.

The phrase rules were written against the development part, so on it they look perfect; what
is left to estimate is how often the learned line catches what the rules miss. Each of 5 folds
of the development part is held out in turn while the learned line trains, as `rasa train`
does, on the NLU examples and the other folds. Printed per threshold: recall per tier of the
learned line alone and of rules + learned line on the held-out folds, false alarms on held-out
look-alikes, and false alarms on the held-out NLU paraphrases (ordinary questions the learned
line never trained on). Never run on the frozen test part.

Usage: python -m tests.quality.safety_cv
"""

from typing import List, Optional

import yaml
from sklearn.model_selection import StratifiedKFold

from actions.constants import NO_SAFETY_CATEGORY, REPO, safety_category
from components.triage_finder import Triage
from components.triage_model import (
    CATEGORY_OF_LABEL, LearnedTriage, example_weights, load_labelled)
from components.triage_rules import risk_words
from components.triage_text import Vocabulary, canonical
from tests.quality import nlu_eval, safety_eval

THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
FOLDS = 5


def configured_ordinary_weight() -> float:
    """The `ordinary_weight` that config.yml gives the SafetyTriage component."""
    pipeline = yaml.safe_load((REPO / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    [triage] = [item for item in pipeline if item["name"] == "components.triage.SafetyTriage"]
    return triage.get("ordinary_weight", 1.0)


def held_out_probabilities(texts: List[str], labels: List[str], base_texts: List[str],
                           base_categories: List[str], ordinary_weight: float):
    """For each development message, the learned line trained without its fold."""
    fitted = [None] * len(texts)
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    for train, held in folds.split(texts, labels):
        learned = LearnedTriage.fit(base_texts + [texts[i] for i in train],
                                    base_categories + [CATEGORY_OF_LABEL[labels[i]] for i in train],
                                    threshold=0.0, weights=example_weights(
                                        base_categories, len(train), ordinary_weight))
        for i in held:
            fitted[i] = learned
    return fitted


def main() -> None:
    vocabulary = Vocabulary(risk_words())
    examples = nlu_eval.load_examples("data/nlu")
    base_texts = [canonical(text, vocabulary) for text, _ in examples]
    base_categories = [safety_category(intent) for _, intent in examples]
    labelled = load_labelled(safety_eval.DEV_SET)
    texts = [canonical(text, vocabulary) for text, _ in labelled]
    labels = [label for _, label in labelled]
    ordinary_weight = configured_ordinary_weight()
    fitted = held_out_probabilities(texts, labels, base_texts, base_categories, ordinary_weight)
    ordinary = [canonical(text, vocabulary)
                for text, intent in nlu_eval.load_examples(str(nlu_eval.HELDOUT))
                if safety_category(intent) == NO_SAFETY_CATEGORY]
    everything = LearnedTriage.fit(base_texts + texts,
                                   base_categories + [CATEGORY_OF_LABEL[x] for x in labels], 0.0,
                                   weights=example_weights(base_categories, len(texts),
                                                           ordinary_weight))
    for threshold in THRESHOLDS:
        alone: List[Optional[str]] = []
        combined: List[Optional[str]] = []
        for text, learned in zip(texts, fitted):
            learned.threshold = threshold
            guess = learned.guess(text)
            alone.append(guess.category if guess else None)
            finding = Triage(vocabulary, learned).find_in_canonical(text)
            combined.append(finding.category if finding else None)
        everything.threshold = threshold
        ordinary_alarms = sum(1 for guess in everything.guesses(ordinary) if guess)
        print(f"threshold {threshold:.2f}: ordinary paraphrases flagged by the learned line "
              f"{ordinary_alarms}/{len(ordinary)}")
        for name, predicted in (("learned line alone", alone), ("rules + learned", combined)):
            scores = safety_eval.score(labelled, predicted)
            alarms = len(safety_eval.false_alarms(labelled, predicted))
            print(f"  {name:<18} " + "  ".join(
                f"{tier} {s.caught}/{s.total}" for tier, s in scores.items())
                + f"  look-alike alarms {alarms}/{labels.count('none')}")


if __name__ == "__main__":
    main()
