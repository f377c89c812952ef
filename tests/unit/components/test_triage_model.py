"""The learned line (components/triage_model.py) on a tiny training set: it guesses only on
messages whose words it mostly learned."""

from actions.constants import CRISIS, EMERGENCY, NO_SAFETY_CATEGORY
from components.triage_model import LearnedTriage, example_weights

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


def test_only_the_nlu_examples_of_ordinary_intents_count_more():
    assert example_weights([CRISIS, NO_SAFETY_CATEGORY], 2, 5.0) == [1.0, 5.0, 1.0, 1.0]


def test_ordinary_examples_counted_more_make_a_look_alike_less_of_a_risk():
    message = "i want to know more"
    once = LearnedTriage.fit(TEXTS, CATEGORIES, 0.0).guess(message)
    weights = example_weights(CATEGORIES, 0, 5.0)
    weighted = LearnedTriage.fit(TEXTS, CATEGORIES, 0.0, weights=weights).guess(message)
    assert once.category == CRISIS
    assert weighted is None or weighted.confidence < once.confidence
