"""The safety triage's decision: the most urgent safety category of a message, if any."""

import re
from dataclasses import dataclass, replace
from typing import Optional

from actions.constants import MODEL_LINE, RULE_LINE, safety_intent
from components.triage_language import (
    english_function_words, mostly_spanish, spanish_function_words)
from components.triage_model import LearnedTriage
from components.triage_rules import (
    CRISIS, EMERGENCY, ENGLISH, MEDICATION, OVERDOSE, SPANISH, WARNING, Rules, risk_words)
from components.triage_text import Vocabulary, canonical

# Below this many letters ("...", "ok") the learned line has nothing to read.
MIN_LETTERS_TO_GUESS = 3
# A message made only of these words is a plain closing ("goodbye and thanks", "ok bye for
# now") or a plain yes or no to the bot's question ("no i dont", "dont think so" got the
# check-in), not the farewell or the refusal a warning sign means; the learned line, which learned
# "goodbye" from farewells and "i don't" from "i don't want to be here", is not asked. The rules
# still read it ("thanks for everything, goodbye forever").
CLOSING_WORDS = frozenset(
    "bye goodbye byebye thanks thank thx ty you u ok okay and see ya later take care cheers have "
    "a nice great day night evening weekend for the help your so much now talk soon ttyl again "
    "very lot lots yes yeah yep yup sure please pls do it go ahead no nope nah i don't dont "
    "think".split())
# Rule findings the learned line may raise, and to what: a medication question may hide more
# ("how many amitriptyline it takes ... tonight"), a warning sign may come with an act or a plan
# no rule knows ("i've drawn up the insulin ... tired of fighting"), an emergency may be an
# overdose ("can't feel my legs ... all the sleeping pills"). Only to answers that keep what the
# finding's answer gives (a warning sign's 988, an emergency's 911). Never lowered, never dropped.
RAISED_BY_THE_LEARNED_LINE = {
    MEDICATION: {CRISIS, OVERDOSE, EMERGENCY, WARNING},
    WARNING: {CRISIS, OVERDOSE},
    EMERGENCY: {OVERDOSE},
}


@dataclass(frozen=True)
class Finding:
    """What the triage found: the category, the words that showed it, and which line caught it."""

    category: str
    phrase: Optional[str]
    language: str = ENGLISH
    line: str = RULE_LINE
    confidence: float = 1.0

    @property
    def intent(self) -> str:
        return safety_intent(self.category)


class Triage:
    """Phrase rules first; then, for wording no rule anticipated or a medication question that
    may be more, the learned line if given."""

    def __init__(self, vocabulary: Optional[Vocabulary] = None,
                 learned: Optional[LearnedTriage] = None) -> None:
        self.rules = Rules()
        self.spanish_words, self.english_words = spanish_function_words(), english_function_words()
        self.vocabulary = vocabulary or Vocabulary(risk_words())
        self.learned = learned

    def canonical(self, message: str) -> str:
        return canonical(message, self.vocabulary)

    def find(self, message: str) -> Optional[Finding]:
        return self.find_in_canonical(self.canonical(message))

    def find_in_canonical(self, text: str) -> Optional[Finding]:
        """The finding for a message already in canonical form (`canonical`)."""
        match = self.rules.first_match(text)
        if match and match.category not in RAISED_BY_THE_LEARNED_LINE:
            return Finding(match.category, match.phrase, match.language)
        learned = self._learned_finding(text)
        if match and not (learned and
                          learned.category in RAISED_BY_THE_LEARNED_LINE[match.category]):
            return Finding(match.category, match.phrase, match.language)
        plan = learned and learned.category == WARNING and self.rules.plan_in(text)
        # A warning sign the learned line read, with a time, a decision or a means, is a plan too
        # ("won't be a problem for anybody after this weekend").
        return replace(learned, category=CRISIS, phrase=plan) if plan else learned

    def _learned_finding(self, text: str) -> Optional[Finding]:
        if (not self.learned or sum(c.isalpha() for c in text) < MIN_LETTERS_TO_GUESS
                or set(re.findall(r"[\w']+", text)) <= CLOSING_WORDS):
            return None
        guess = self.learned.guess(text)
        # The learned line sees "chest pain" in "no chest pain" or "a stroke last year" and
        # "suicidal" in "I'm not suicidal"; the rules know they are denied or over.
        if not guess or (guess.category == EMERGENCY and self.rules.dismisses_emergency(text)) or (
                guess.category == CRISIS and self.rules.denies_suicide(text)):
            return None
        spanish = mostly_spanish(text, self.spanish_words, self.english_words)
        return Finding(guess.category, None, SPANISH if spanish else ENGLISH, MODEL_LINE,
                       guess.confidence)
