"""Safety triage: crisis, emergency and medication messages get a fixed answer.

Runs after the learned intent classifier and the FallbackClassifier in the NLU pipeline and
overrides their prediction when a message, of any length, contains a risk phrase. Matching
uses spaCy lemmas (so "killing myself" matches "kill myself") plus patterns for common
misspellings. The learned prediction is kept in the parse data under `triage` for audit.
"""

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

CRISIS, EMERGENCY, MEDICATION = "crisis", "emergency", "medication"
INTENT_FOR = {CRISIS: "safety_crisis", EMERGENCY: "safety_emergency", MEDICATION: "safety_medication"}

# Checked in this order: a message that is both a crisis and a dose question is a crisis.
PHRASES = {
    CRISIS: [
        "kill myself", "kill my self", "killing myself", "end my life", "end it all",
        "take my own life", "take my life", "commit suicide", "suicide", "suicidal",
        "want to die", "wanna die", "wish I was dead", "wish I were dead", "better off dead",
        "no reason to live", "nothing to live for", "don't want to live", "do not want to live",
        "dont want to live", "not worth living", "hurt myself", "harm myself", "self harm",
        "self-harm", "cut myself", "overdose", "unalive myself", "kms",
    ],
    EMERGENCY: [
        "chest pain", "pain in my chest", "chest hurts", "chest is tight", "chest tightness",
        "tight chest", "crushing chest", "can't breathe", "cannot breathe", "cant breathe",
        "can't breath", "cant breath", "trouble breathing", "struggling to breathe",
        "short of breath", "shortness of breath", "face drooping", "face is drooping",
        "slurred speech", "slurring my words", "speech is slurred", "stroke", "fainted",
        "fainting", "passed out", "unconscious", "worst headache", "sudden severe headache",
        "thunderclap headache", "heart attack", "can't feel my arm", "numb on one side",
    ],
    MEDICATION: [
        "dose", "dosage", "double my dose", "stop my meds", "stop my medication",
        "stop taking my medication", "stop taking my meds", "come off my medication",
        "how many pills", "how many tablets", "how much medication", "how much medicine",
        "milligrams", "mg",
    ],
}
# Misspellings a lemma match cannot catch.
PATTERNS = {
    CRISIS: [r"\bsu+[ia]?c+[iy]?d+[ea]?l?\b", r"\bsuiside\b", r"\bki+l+ ?m[yi] ?se?l?f\b",
             r"\bend(ing)? (it|my li[fv]e)\b", r"\bwant(ed)? to d[iy]e\b"],
    EMERGENCY: [r"\bca?n'?t breat?h", r"\bchest pa[iy]n"],
    MEDICATION: [r"\bhow (much|many)\b.{0,40}\b(duloxetine|pregabalin|milnacipran|amitriptyline|"
                 r"gabapentin|cyclobenzaprine|tramadol|lyrica|cymbalta|savella|ibuprofen|"
                 r"acetaminophen|paracetamol|naproxen|meds?|medications?|medicines?|pills?|"
                 r"tablets?)\b",
                 r"\b(double|increase|skip|stop|quit)\b.{0,20}\b(dose|meds?|medications?|pills?)\b",
                 r"\b\d+\s?mg\b"],
}
# "no chest pain", "I am not short of breath": an emergency phrase right after these is not one.
NEGATIONS = {"no", "not", "never", "without", "n't", "nor"}
NEGATION_WINDOW = 3


@dataclass(frozen=True)
class Finding:
    category: str
    phrase: str

    @property
    def intent(self) -> str:
        return INTENT_FOR[self.category]


class Triage:
    """Finds the most serious risk phrase in a spaCy doc."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matchers = {}
        for category, phrases in PHRASES.items():
            matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
            matcher.add(category, [nlp(phrase.lower()) for phrase in phrases])
            self.matchers[category] = matcher
        self.patterns = {c: [re.compile(p) for p in ps] for c, ps in PATTERNS.items()}

    def find(self, message: str) -> Optional[Finding]:
        """The first risk phrase in `message`, most serious category first, or None."""
        text = " ".join(message.lower().replace("\u2019", "'").split())
        lowered = self.nlp(text)
        for category in (CRISIS, EMERGENCY, MEDICATION):
            for _, start, end in self.matchers[category](lowered):
                if category == EMERGENCY and self._negated(lowered, start):
                    continue
                return Finding(category, lowered[start:end].text)
            for pattern in self.patterns[category]:
                for match in pattern.finditer(text):
                    before = self.nlp(text[:match.start()])
                    if category == EMERGENCY and self._negated(before, len(before)):
                        continue
                    return Finding(category, match.group(0))
        return None

    @staticmethod
    def _negated(doc: Doc, start: int) -> bool:
        """Whether one of the few words before token `start` negates what follows."""
        window = doc[max(0, start - NEGATION_WINDOW):start]
        return any(token.lower_ in NEGATIONS for token in window)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False, model_from="SpacyNLP"
)
class SafetyTriage(GraphComponent, IntentClassifier):
    """Overrides the learned intent with a safety intent (confidence 1.0) on risk phrases."""

    @classmethod
    def required_components(cls) -> List[type]:
        return [IntentClassifier, SpacyNLP]

    def __init__(self) -> None:
        self._triage: Optional[Triage] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyTriage":
        return cls()

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        if self._triage is None:
            self._triage = Triage(model.model)
        for message in messages:
            finding = self._triage.find(message.get(TEXT) or "")
            if finding:
                flag(message, finding)
        return messages


def flag(message: Message, finding: Finding) -> None:
    """Set the safety intent with confidence 1.0, keeping the learned prediction for audit."""
    learned = message.get(INTENT)
    message.set("triage", {"category": finding.category, "phrase": finding.phrase,
                           "learned_intent": learned}, add_to_output=True)
    safety = {"name": finding.intent, "confidence": 1.0}
    message.set(INTENT, safety, add_to_output=True)
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != finding.intent]
    message.set(INTENT_RANKING_KEY, [safety] + ranking, add_to_output=True)
