"""The safety triage's learned line: a text classifier for wording no phrase rule anticipated.

Character 2-5-grams of the canonical text (so typos and new wordings still share pieces with
the training examples) and its word 1-2-grams (so a known phrase counts as a whole) feed a
logistic regression over "none" and the safety categories,
trained on the NLU examples (the safety_* intents are the categories, every other intent is
"none") and on the labelled development set of the safety evaluation. Its threshold is set
low, for recall: a wrong check-in costs far less than a missed one.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

from actions.constants import CRISIS, EMERGENCY, MEDICATION, NO_SAFETY_CATEGORY, WARNING

# A message reads as gibberish to the learned line when fewer of its words than this share are
# words it learned: its few known words ("and" in "wibble flanges and sprockets") would then
# carry the whole message, which made made-up words an emergency.
MIN_KNOWN_WORD_SHARE = 0.5
WORD_PATTERN = r"(?u)\b\w+\b"

# Labels of the labelled message files (tests/data/safety_*.yml) as triage categories.
CATEGORY_OF_LABEL = {"acute": CRISIS, "emergency": EMERGENCY, "warning": WARNING,
                     "medication": MEDICATION, "none": NO_SAFETY_CATEGORY}


@dataclass(frozen=True)
class LearnedGuess:
    category: str
    confidence: float


def example_weights(nlu_categories: Sequence[str], labelled_count: int,
                    ordinary_weight: float) -> List[float]:
    """How much each training message counts: the NLU examples of ordinary intents (the
    patients' own questions to the bot) `ordinary_weight` times, every other message once. The
    labelled sets' messages outnumber them nine to one, and without the weight the learned line
    flagged more of them (README)."""
    return ([ordinary_weight if category == NO_SAFETY_CATEGORY else 1.0
             for category in nlu_categories] + [1.0] * labelled_count)


def load_labelled(path: Path) -> List[Tuple[str, str]]:
    """(text, label) pairs of a labelled message file: a YAML mapping of label to messages."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(text, label) for label, texts in data.items() for text in texts]


class LearnedTriage:
    """Predicts a safety category when its probability reaches `threshold`, or the category's
    own threshold in `thresholds` (a check-in may ask for more certainty than a crisis)."""

    def __init__(self, pipeline: Pipeline, threshold: float,
                 thresholds: Optional[Dict[str, float]] = None) -> None:
        self.pipeline = pipeline
        self.threshold = threshold
        self.thresholds = thresholds or {}
        features = pipeline.steps[0][1]
        self._known_words = next(vectorizer.vocabulary_ for _, vectorizer
                                 in features.transformer_list if vectorizer.analyzer == "word")

    @classmethod
    def fit(cls, texts: Sequence[str], categories: Sequence[str], threshold: float,
            thresholds: Optional[Dict[str, float]] = None,
            weights: Optional[Sequence[float]] = None) -> "LearnedTriage":
        """Train on `texts` labelled with `categories`, each counting `weights` times (once if
        not given)."""
        pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                token_pattern=WORD_PATTERN),
            ),
            # Unweighted classes: "balanced" weights made "i want to know more" a crisis.
            LogisticRegression(C=10.0, max_iter=5000),
        )
        pipeline.fit(list(texts), list(categories), logisticregression__sample_weight=weights)
        return cls(pipeline, threshold, thresholds)

    def guess(self, canonical_text: str) -> Optional[LearnedGuess]:
        """The most likely safety category if its probability reaches its threshold."""
        return self.guesses([canonical_text])[0]

    def guesses(self, canonical_texts: List[str]) -> List[Optional[LearnedGuess]]:
        classes = list(self.pipeline.classes_)
        results = []
        for text, probabilities in zip(canonical_texts,
                                       self.pipeline.predict_proba(canonical_texts), strict=True):
            ranked = sorted((p, c) for c, p in zip(classes, probabilities)
                            if c != NO_SAFETY_CATEGORY)
            probability, category = ranked[-1]
            threshold = self.thresholds.get(category, self.threshold)
            results.append(LearnedGuess(category, float(probability))
                           if probability >= threshold and self.knows(text) else None)
        return results

    def knows(self, canonical_text: str) -> bool:
        """Whether at least MIN_KNOWN_WORD_SHARE of the text's words were in its training."""
        words = re.findall(WORD_PATTERN, canonical_text)
        return (sum(word in self._known_words for word in words)
                >= MIN_KNOWN_WORD_SHARE * len(words))
