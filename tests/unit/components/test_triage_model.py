"""The learned line (components/triage_model.py) on a tiny training set: it guesses only on
messages whose words it mostly learned."""

from actions.constants import CRISIS, EMERGENCY, NO_SAFETY_CATEGORY
from components.triage_model import LearnedTriage

TEXTS = ["i want to die", "i want to end it all", "chest pain and cant breathe",
         "my arm is numb and my chest hurts", "what causes fibromyalgia", "how do i sleep better",
         "tell me about exercise", "is fibro real"]
CATEGORIES = [CRISIS, CRISIS, EMERGENCY, EMERGENCY, *[NO_SAFETY_CATEGORY] * 4]


def test_a_message_of_learned_words_gets_a_guess():
    learned = LearnedTriage.fit(TEXTS, CATEGORIES, threshold=0.3)
    assert learned.guess("i want to die tonight").category == CRISIS


def test_made_up_words_around_a_learned_one_get_no_guess():
    learned = LearnedTriage.fit(TEXTS, CATEGORIES, threshold=0.0)
    assert learned.guess("wibble flanges and sprockets") is None
    assert learned.guess("blorp chest zint frobnicator") is None


def test_a_category_with_its_own_threshold_needs_that_probability():
    """A check-in may ask for more certainty than a crisis: the same guess passes the general
    threshold and not a higher one set for its category."""
    probability = LearnedTriage.fit(TEXTS, CATEGORIES, 0.0).guess("i want to die").confidence
    below, above = probability - 0.01, probability + 0.01
    message = "i want to die"
    assert LearnedTriage.fit(TEXTS, CATEGORIES, below, {EMERGENCY: above}).guess(message)
    assert LearnedTriage.fit(TEXTS, CATEGORIES, below, {CRISIS: above}).guess(message) is None
