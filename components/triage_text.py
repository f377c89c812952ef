"""Text as the safety triage reads it: one canonical, lowercase ASCII form of a message.

Patients in distress type fast, on phones, and some write around word filters. Before any
risk phrase is looked for, `canonical()` undoes what hides a word without changing it:
invalid code points, zero-width characters, fullwidth and other compatibility forms (NFKC),
accents ("más" -> "mas"), look-alike Cyrillic and Greek letters, leetspeak inside words
("k1ll", "$u1c1d3"), letters spaced apart ("s u i c i d e"), a risk word split in two
("sui cide"), letters held down ("diiie") and misspellings of the few words the rules look for
("sucide", "myslef", "kil"). Every step is a single pass over the text, so the work stays
linear in the message's length.
"""

import functools
import gzip
import json
import re
import unicodedata
from pathlib import Path
from typing import FrozenSet, Iterable, Optional, Tuple

import spacy_lookups_data
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

# Cyrillic and Greek letters that look like Latin ones (lowercase; the text is lowercased first).
LOOK_ALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ӏ": "l", "ɡ": "g", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
})
# Digits and symbols that stand for letters inside a word ("k1ll", "d13", "$uicide", "h@ng").
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                      "$": "s", "!": "i", "|": "l", "+": "t"})
LEET_CHARS = "013457@$!|+"
WORD = re.compile(r"[\w@$!|+']+")
# A number with its unit ("60mg", "3kms", "2x"): never leetspeak.
NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)?[a-z]{0,4}")
# Four or more single letters in a row, apart: "s u i c i d e", "k.i.l.l", "d-i-e".
SPACED_LETTERS = re.compile(r"\b(?:[a-z][ .\-_*]{1,2}){3,}[a-z]\b")
# Short words with a dot or dash between letters ("e.n.d i.t"): letters with a space between
# them need four or more ("a b c" is rarely a word), with a dot only two.
DOTTED_LETTERS = re.compile(r"\b(?:[a-z][.\-_*]){1,}[a-z]\b")
SEPARATORS = re.compile(r"[ .\-_*]")
HELD_DOWN = re.compile(r"([a-z])\1{2,}")
SYMBOLS = re.compile(r"[^\w\s',.;:!?]+")
CLAUSE_MARKS = re.compile(r"\s*([,.;:!?])\s*")
MIN_SPLIT_WORD = 6  # a risk word this long may be typed in two halves ("sui cide")
MIN_FUZZY_LENGTH = 3  # of a word to correct ("kil", "lfe"); risk words are 4 letters or more
LONG_WORD = 7  # risk words this long may be misspelled twice ("sucidal")
# "painless" (-13.3) is common; "kil" (-15.9), "myslef" (-16.5), "sucide" (-17.1) are not.
COMMON_WORD_LOG_PROB = -14.5
# Spanish words at least this common are words, not misspelt risk words: "ropa" is not "rope",
# "mataría" (would kill, for a night's sleep) not "matarme".
COMMON_SPANISH_LOG_PROB = -15.0


def canonical(text: str, vocabulary: "Vocabulary") -> str:
    """`text` with hidden, obfuscated and misspelled risk words written plainly."""
    text = readable(text)
    text = unicodedata.normalize("NFKC", text).lower().translate(LOOK_ALIKES)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = WORD.sub(lambda m: _unleet(m.group(0)), text)
    text = DOTTED_LETTERS.sub(lambda m: SEPARATORS.sub("", m.group(0)), text)
    text = SPACED_LETTERS.sub(lambda m: SEPARATORS.sub("", m.group(0)), text)
    text = HELD_DOWN.sub(r"\1\1", text)
    text = vocabulary.join_split_words(text)
    # Misspellings before accents go: a word of another language ("chết") is no typo of "chest".
    text = WORD.sub(lambda m: vocabulary.correct(m.group(0)), text)
    text = unaccented(text)
    # Punctuation apart from words ("pain." -> "pain ."); other symbols ("+", "/") are spaces.
    text = SYMBOLS.sub(" ", text)
    text = CLAUSE_MARKS.sub(r" \1 ", text)
    return " ".join(text.split())


def unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def readable(text: str) -> str:
    """`text` without invalid code points (lone surrogates) or invisible format characters."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _unleet(word: str) -> str:
    """`word` with leetspeak letters written out; "!" and "|" at its end stay punctuation
    ("die!" is not "diei")."""
    core = word.rstrip("!|")
    if NUMBER_WITH_UNIT.fullmatch(core) or not any(c.isalpha() for c in core):
        return word
    if not any(c in LEET_CHARS for c in core):
        return word
    return core.translate(LEET) + word[len(core):]


class Vocabulary:
    """The words the triage rules look for, and the English words that are not misspellings."""

    def __init__(self, risk_words: Iterable[str], english: Optional[FrozenSet[str]] = None,
                 spanish: Optional[FrozenSet[str]] = None):
        self.risk_words = frozenset(risk_words)
        candidates = sorted(w for w in self.risk_words if len(w) > MIN_FUZZY_LENGTH)
        self.short = [w for w in candidates if len(w) < LONG_WORD]
        self.long = [w for w in candidates if len(w) >= LONG_WORD]
        self.english = english if english is not None else english_words()
        # Only for corrections: "sui cide" is joined even when its halves are Spanish words.
        self.spanish = spanish if spanish is not None else spanish_words()
        self.correct = functools.lru_cache(maxsize=65536)(self._correct)

    def join_split_words(self, text: str) -> str:
        """`text` with a risk word split in two put back together ("sui cide" -> "suicide"),
        unless both halves are English words ("over dose" stays apart)."""
        words = text.split(" ")
        joined, i = [], 0
        while i < len(words):
            pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
            if (len(pair) >= MIN_SPLIT_WORD and pair in self.risk_words
                    and not (words[i] in self.english and words[i + 1] in self.english)):
                joined.append(pair)
                i += 2
            else:
                joined.append(words[i])
                i += 1
        return " ".join(joined)

    def _correct(self, word: str) -> str:
        """The risk word `word` misspells, or `word` itself. A real English or Spanish word
        ("dye", "painted", "ropa") is never changed; nor is a short one, where one typo makes
        another word."""
        plain = unaccented(word)  # "tomó" is the Spanish "tomo" of the rules, not a typo
        if (len(word) < MIN_FUZZY_LENGTH or not word.isalpha()
                or any(form in self.risk_words or form in self.english or form in self.spanish
                       for form in (word, plain))):
            return word
        squeezed = re.sub(r"(.)\1+", r"\1", word)
        if squeezed in self.english:  # "diie" -> "die"
            return squeezed
        # One typo in a short risk word, two in a long one; the closest wins.
        matches = [match for form in (word, squeezed)
                   for candidates, allowed in ((self.short, 1), (self.long, 2))
                   if (match := process.extractOne(form, candidates,
                                                   scorer=DamerauLevenshtein.distance,
                                                   score_cutoff=allowed))]
        return min(matches, key=lambda match: match[1])[0] if matches else word


@functools.lru_cache(maxsize=4)
def english_words(min_log_prob: float = COMMON_WORD_LOG_PROB) -> FrozenSet[str]:
    """Words that are not misspellings: English word forms and lemmas, spaCy's English stop
    words, the words common in English web comments (log probability at least
    `min_log_prob`) and contractions without their apostrophe, all shipped with spaCy and
    spacy-lookups-data. Rare misspellings ("myslef", "sucide") stay out of the default set."""
    lemmas, probabilities = _lexicon()
    common = (word for word, log_prob in probabilities.items() if log_prob >= min_log_prob)
    return (frozenset(lemmas) | frozenset(lemmas.values()) | STOP_WORDS | frozenset(common)
            | contractions_without_apostrophe())


def contractions_without_apostrophe() -> FrozenSet[str]:
    """"hes", "hed", "arent", "itll": contractions typed without the apostrophe, which spaCy's
    English tokenizer splits; close to a risk word ("hers", "head", "rent", "till"), they are
    still no misspelling of it ("he feels like hes going to die" is not "hers")."""
    return frozenset(form for form, tokens in TOKENIZER_EXCEPTIONS.items()
                     if len(tokens) > 1 and form.isalpha() and form.islower())


@functools.lru_cache(maxsize=1)
def spanish_words() -> FrozenSet[str]:
    """Spanish words common on the web (spacy-lookups-data), with and without their accents."""
    data = Path(spacy_lookups_data.__file__).parent / "data"
    probabilities = _read_json(data / "es_lexeme_prob.json.gz")
    common = {word for word, log_prob in probabilities.items()
              if log_prob >= COMMON_SPANISH_LOG_PROB and word.isalpha()}
    return frozenset(common | {unaccented(word) for word in common})


@functools.lru_cache(maxsize=1)
def _lexicon() -> Tuple[dict, dict]:
    data = Path(spacy_lookups_data.__file__).parent / "data"
    return _read_json(data / "en_lemma_lookup.json.gz"), _read_json(data / "en_lexeme_prob.json.gz")


def _read_json(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return json.load(file)
