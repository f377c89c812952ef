"""Safety triage as a Rasa NLU component: risk messages get a safety intent before any rule.

Runs last in the NLU pipeline, after the learned intent classifier and the FallbackClassifier,
and overrides their prediction when components/triage_finder.py finds a safety category:
phrase rules first (components/triage_rules.py, over the canonical text of
components/triage_text.py), then the learned line (components/triage_model.py), trained here
on the NLU examples and the labelled files in its config during `rasa train`. The intent
classifier's prediction is kept in the parse data under `triage` for audit, with the line that
caught the message; an entity `language` ("en" or "es") chooses the language of the fixed
answer. A message in neither English nor Spanish (components/triage_language.py) gets the
intent other_language. Only the triage gives safety answers: a safety intent that DIET chose
alone becomes nlu_fallback ("please rephrase").
"""

import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions.constants import (
    CATEGORY_KEY, CONFIDENCE_KEY, FALLBACK_INTENT, LANGUAGE_ENTITY, LANGUAGE_KEY,
    LEARNED_INTENT_KEY, LINE_KEY, MODEL_LINE, NO_SAFETY_CATEGORY, OTHER_LANGUAGE_INTENT,
    PHRASE_KEY, REPO, TRIAGE_KEY, safety_category)
from components.triage_finder import Finding, Triage
from components.triage_language import LANGUAGE_LOG_PROB, LanguageCheck
from components.triage_model import (
    CATEGORY_OF_LABEL, LearnedTriage, example_weights, load_labelled)
from components.triage_rules import risk_words
from components.triage_text import Vocabulary, canonical, english_words, spanish_words

TRIAGE_SOURCES = ["actions/constants.py", "components/triage.py", "components/triage_text.py",
                  "components/triage_rules.py", "components/triage_model.py",
                  "components/triage_language.py"]
CLASSIFIER_FILE, ENGLISH_FILE, SPANISH_FILE, READABLE_FILE = (
    "classifier.joblib", "english_words.txt", "spanish_words.txt", "readable_words.txt")


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class SafetyTriage(GraphComponent, IntentClassifier):
    """Overrides the learned intent with a safety intent on a triage finding."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Probability from which the learned line reports a safety category (see README), the
        # categories that need another (`{"warning": 0.35}`), labelled message files it learns
        # from besides the NLU examples (repository paths), and how many times an NLU example
        # of an ordinary intent counts in its training (triage_model.example_weights).
        return {"model_threshold": 0.25, "category_thresholds": {}, "training_sets": [],
                "ordinary_weight": 1.0}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """The labelled files and the code training reads (TRIAGE_SOURCES), so that `rasa train`
        retrains the learned line and the word lists when either changes."""
        digest = hashlib.sha256()
        for path in [*config.get("training_sets", []), *TRIAGE_SOURCES]:
            digest.update((REPO / path).read_bytes())
        return digest.hexdigest()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 triage: Optional[Triage] = None,
                 language_check: Optional[LanguageCheck] = None) -> None:
        self.config = config
        self._model_storage = model_storage
        self._resource = resource
        self._triage = triage
        self._language_check = language_check

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyTriage":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the learned line on the NLU examples; store it with the word lists it needs: the
        English and Spanish words that are not misspellings, and the words that make a message
        readable English."""
        english, spanish = english_words(), spanish_words()
        vocabulary = Vocabulary(risk_words(), english, spanish)
        examples = training_data.intent_examples
        texts = [canonical(m.get(TEXT) or "", vocabulary) for m in examples]
        categories = [safety_category(m.get(INTENT)) for m in examples]
        for path in self.config["training_sets"]:
            for text, label in load_labelled(REPO / path):
                texts.append(canonical(text, vocabulary))
                categories.append(CATEGORY_OF_LABEL[label])
        weights = example_weights(categories[:len(examples)], len(texts) - len(examples),
                                  self.config["ordinary_weight"])
        learned = LearnedTriage.fit(texts, categories, self.config["model_threshold"],
                                    self.config["category_thresholds"], weights)
        readable = english_words(LANGUAGE_LOG_PROB) | {
            word for text, message in zip(texts, examples)
            if message.get(INTENT) != OTHER_LANGUAGE_INTENT for word in text.split()}
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(learned.pipeline, Path(directory) / CLASSIFIER_FILE)
            write_words(Path(directory) / ENGLISH_FILE, english)
            write_words(Path(directory) / SPANISH_FILE, spanish)
            write_words(Path(directory) / READABLE_FILE, readable)
        self._triage = Triage(vocabulary, learned)
        self._language_check = LanguageCheck(frozenset(readable))
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SafetyTriage":
        with model_storage.read_from(resource) as directory:
            pipeline = joblib.load(Path(directory) / CLASSIFIER_FILE)
            english = read_words(Path(directory) / ENGLISH_FILE)
            spanish = read_words(Path(directory) / SPANISH_FILE)
            readable = read_words(Path(directory) / READABLE_FILE)
        triage = Triage(Vocabulary(risk_words(), english, spanish),
                        LearnedTriage(pipeline, config["model_threshold"],
                                      config["category_thresholds"]))
        return cls(config, model_storage, resource, triage, LanguageCheck(readable))

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            canonical_text = self._triage.canonical(text)
            finding = self._triage.find_in_canonical(canonical_text)
            # The learned line reads words, not languages ("je n'en peux plus" has the Spanish
            # "en"): what only it found in a language the bot cannot read gets that answer.
            if finding and finding.line == MODEL_LINE and self._language_check.unreadable(text):
                set_other_language(message)
            elif finding:
                flag(message, finding)
            elif self._language_check.unreadable(text):
                set_other_language(message)
            elif is_safety_intent(message.get(INTENT)):
                unflag(message)
        return messages


def write_words(path: Path, words) -> None:
    path.write_text("\n".join(sorted(words)), encoding="utf-8")


def read_words(path: Path) -> frozenset:
    return frozenset(path.read_text(encoding="utf-8").split())


def set_other_language(message: Message) -> None:
    """A message in a language the bot cannot read: it says so, with 988 and 911."""
    message.set(TRIAGE_KEY, {CATEGORY_KEY: None, LANGUAGE_KEY: "other",
                             LEARNED_INTENT_KEY: message.get(INTENT)}, add_to_output=True)
    message.set(INTENT, {"name": OTHER_LANGUAGE_INTENT, "confidence": 1.0}, add_to_output=True)


def is_safety_intent(intent: Optional[Dict[Text, Any]]) -> bool:
    return bool(intent) and safety_category(intent.get("name") or "") != NO_SAFETY_CATEGORY


def unflag(message: Message) -> None:
    """DIET chose a safety intent that neither triage line confirms ("no chest pain, just sore
    shoulders"): only the triage gives safety answers, so the bot asks to rephrase instead."""
    learned = message.get(INTENT)
    message.set(TRIAGE_KEY, {CATEGORY_KEY: None, LEARNED_INTENT_KEY: learned}, add_to_output=True)
    message.set(INTENT, {"name": FALLBACK_INTENT, "confidence": learned.get("confidence")},
                add_to_output=True)


def flag(message: Message, finding: Finding) -> None:
    """Set the safety intent with confidence 1.0, keeping the learned prediction for audit."""
    learned = message.get(INTENT)
    message.set(TRIAGE_KEY, {CATEGORY_KEY: finding.category, PHRASE_KEY: finding.phrase,
                             LINE_KEY: finding.line, CONFIDENCE_KEY: finding.confidence,
                             LANGUAGE_KEY: finding.language, LEARNED_INTENT_KEY: learned},
                add_to_output=True)
    safety = {"name": finding.intent, "confidence": 1.0}
    message.set(INTENT, safety, add_to_output=True)
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != finding.intent]
    message.set(INTENT_RANKING_KEY, [safety] + ranking, add_to_output=True)
    language = {"entity": LANGUAGE_ENTITY, "value": finding.language, "extractor": "SafetyTriage"}
    message.set(ENTITIES, [*(message.get(ENTITIES) or []), language], add_to_output=True)
