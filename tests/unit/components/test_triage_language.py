"""components/triage_language.py: which messages are in a language the bot cannot read (neither
English nor Spanish), so that they get a short English answer with 988 and 911."""

import pytest

from components.triage_language import LANGUAGE_LOG_PROB, LanguageCheck
from components.triage_text import english_words

LANGUAGES = LanguageCheck(english_words(LANGUAGE_LOG_PROB))


@pytest.mark.parametrize("text, other", [
    ("je veux mourir", True), ("ich will nicht mehr leben", True), ("я хочу умереть", True),
    ("我想死", True), ("mi fa male tutto il corpo", True), ("Ich will mich umbringen", True),
    ("Tôi muốn chết", True),
    ("what causes fibro", False), ("thx u", False), ("lol idk tbh", False),
    ("qwerty uiop zxcv", False),  # keyboard mash is not a language: it falls back
    ("que causa la fibromialgia", False),  # Spanish is read
    ("\uff29 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45", False),  # fullwidth English
])
def test_messages_in_languages_the_bot_cannot_read(text, other):
    assert LANGUAGES.unreadable(text) == other
