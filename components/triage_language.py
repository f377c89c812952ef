"""Messages in a language the bot cannot read (neither English nor Spanish).

Such a message gets a short English answer that says so and gives 988 and 911, instead of a
guess at a topic. A message counts as another language when most of its letters are not
Latin (Cyrillic, Chinese, Arabic...), or when fewer than half of its words are English words
and lingua (an n-gram language detector, in its small low-accuracy mode) is confident it is a
third language and it has one of that language's function words. English words are the common
ones (components/triage_text.py) plus every word of the NLU examples ("fibro",
"neuroinflammation"). Short and slangy English ("thx u", "lol idk") stays English.
"""

import importlib
import re
import unicodedata
from typing import FrozenSet

from lingua import Language, LanguageDetectorBuilder

READABLE = {Language.ENGLISH, Language.SPANISH}
# Latin-script languages of the larger US immigrant communities, told apart from English and
# Spanish; other scripts are recognised by their letters alone.
CANDIDATES = [Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
              Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.POLISH,
              Language.TAGALOG, Language.VIETNAMESE, Language.TURKISH]
MIN_CONFIDENCE = 0.6
MIN_FUNCTION_WORDS = 2
# Words at least this common in English web comments count as English here: a stricter list
# than the misspelling check's, since many foreign words turn up in English comments too.
LANGUAGE_LOG_PROB = -11.0
MAX_ENGLISH_SHARE = 0.5
MIN_LETTERS = 4
WORDS = re.compile(r"[^\W\d_]{2,}")


def stop_words(language: Language) -> FrozenSet[str]:
    """spaCy's stop words of `language` (shipped with spaCy, no download)."""
    code = language.iso_code_639_1.name.lower()  # ENGLISH -> "en", as spaCy names languages
    return frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)


def spanish_function_words() -> FrozenSet[str]:
    """Spanish function words that are not English ones ("para", "una", "siento" is not one)."""
    return stop_words(Language.SPANISH) - stop_words(Language.ENGLISH)


def english_function_words() -> FrozenSet[str]:
    return stop_words(Language.ENGLISH) - stop_words(Language.SPANISH)


def mostly_spanish(text: str, spanish: FrozenSet[str], english: FrozenSet[str]) -> bool:
    """Whether `text` has more Spanish than English function words: the language of the fixed
    answer when no Spanish phrase rule but the learned line found the risk."""
    words = WORDS.findall(text.lower())
    return sum(word in spanish for word in words) > sum(word in english for word in words)


class LanguageCheck:
    """Tells whether a message is in a language the bot cannot read."""

    def __init__(self, readable_words: FrozenSet[str]) -> None:
        self.english = readable_words
        # Models loaded now (about 30 MB), not on the first foreign message.
        self.detector = (LanguageDetectorBuilder.from_languages(*CANDIDATES)
                         .with_low_accuracy_mode().with_preloaded_language_models().build())
        self.stop_words = {language: stop_words(language) for language in CANDIDATES}

    def unreadable(self, text: str) -> bool:
        """Whether `text` (as typed) is in another language."""
        text = unicodedata.normalize("NFKC", text)
        letters = [c for c in text if c.isalpha()]
        latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
        if latin < len(letters) / 2:
            return True
        if len(letters) < MIN_LETTERS:
            return False
        words = WORDS.findall(text.lower())
        english = sum(word in self.english for word in words)
        if len(words) < 2 or english >= MAX_ENGLISH_SHARE * len(words):
            return False
        best = self.detector.compute_language_confidence_values(text)[0]
        # Keyboard mash ("qwerty uiop zxcv") can look like Tagalog; a real sentence has at
        # least one of its language's common function words ("je", "ich", "il", "ng").
        if (best.language not in READABLE and best.value >= MIN_CONFIDENCE
                and any(word in self.stop_words[best.language] for word in words)):
            return True
        # The small detector misreads short sentences ("ich will mich umbringen" as English):
        # two or more function words of a third language, and more than of any readable one.
        hits = {language: sum(word in stop for word in words)
                for language, stop in self.stop_words.items()}
        most = max(hits, key=hits.get)
        return (most not in READABLE and hits[most] >= MIN_FUNCTION_WORDS
                and all(hits[most] > hits[language] for language in READABLE))
