"""Near-duplicates between evaluation messages and training examples.

A held-out message that differs from a training example only by case, punctuation, word order or
a typo ("what s fibro fog" / "what is fibro fog", "thank yuo" / "thank you") is not wording the
bot has not seen, so it would inflate the score. Two messages are near-duplicates when, lowercased
and without punctuation, they have the same words in any order, or they are at most one typo
apart per ten letters (Damerau-Levenshtein distance: a letter added, dropped, changed or two
swapped). Messages that differ by a whole word ("no thank you" / "ok thank you", "is fibromyalgia
a real disease" / "a muscle disease") are not near-duplicates.

Usage: python -m tests.quality.near_duplicates [EVAL_YML ...]   (lists the near-duplicates)
"""

import re
import sys
from dataclasses import dataclass
from typing import List, Optional, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from tests.quality import nlu_eval

TRAINING = "data/nlu"
LETTERS_PER_TYPO = 10
PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Match:
    message: str
    training_example: str
    typos: int  # 0 for the same words in another order


def normalised(text: str) -> str:
    return " ".join(PUNCTUATION.sub(" ", text.lower()).split())


def near_duplicate_of(message: str, training: Sequence[str]) -> Optional[Match]:
    """The training example that `message` nearly repeats, if any (both already normalised)."""
    same_words = process.extractOne(message, training, scorer=fuzz.token_sort_ratio,
                                    score_cutoff=100)
    if same_words:
        return Match(message, same_words[0], 0)
    allowed = max(1, len(message) // LETTERS_PER_TYPO)
    closest = process.extractOne(message, training, scorer=DamerauLevenshtein.distance,
                                 score_cutoff=allowed)
    return Match(message, closest[0], closest[1]) if closest else None


def near_duplicates(eval_path) -> List[Match]:
    """Messages of the evaluation file `eval_path` that nearly repeat a training example."""
    training = [normalised(text) for text, _ in nlu_eval.load_examples(TRAINING)]
    matches = (near_duplicate_of(normalised(text), training)
               for text, _ in nlu_eval.load_examples(str(eval_path)))
    return [match for match in matches if match]


if __name__ == "__main__":
    for path in sys.argv[1:] or [nlu_eval.HELDOUT, nlu_eval.FROZEN_TEST]:
        found = near_duplicates(path)
        print(f"{path}: {len(found)} near-duplicates of training examples")
        for match in found:
            print(f"  {match.typos} typos: {match.message!r}  ~  {match.training_example!r}")
