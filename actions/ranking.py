"""Rank the reads catalog against what a patient is talking about.

Matching uses spaCy lemmas (the project's local English pipeline), so "needles", "aches" or
"joints" match the keywords "needle", "ache" and "joint". A keyword that few reads share
counts more than one that many share (inverse document frequency). The latest message counts
most, the current topic and the earlier messages of the conversation less.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from actions.catalog import Read
from actions.constants import SPACY_PIPELINE

MESSAGE_WEIGHT = 1.0
HISTORY_WEIGHT = 0.4
TOPIC_SCORE = 0.8
# Words of a read's title and summary count at this fraction of a keyword.
TEXT_WEIGHT = 0.3
# Below this score a read is not relevant enough to suggest.
MIN_SCORE = 0.6


@dataclass(frozen=True)
class Context:
    """What the patient is talking about."""

    message: str
    topic: Optional[str] = None
    history: Sequence[str] = ()  # earlier messages of the conversation


@dataclass(frozen=True)
class RankedRead:
    read: Read
    score: float


@dataclass
class _Index:
    matcher: PhraseMatcher
    keyword_reads: Dict[str, Set[str]] = field(default_factory=dict)  # keyword -> read ids
    lemma_reads: Dict[str, Set[str]] = field(default_factory=lambda: defaultdict(set))


def load_pipeline(path: Path = SPACY_PIPELINE) -> Language:
    """The local English pipeline (tokenizer + lookup lemmatizer) built by `make install`."""
    return spacy.load(path)


def _content_lemmas(doc) -> Set[str]:
    return {t.lemma_ for t in doc if t.is_alpha and not t.is_stop and len(t) > 2}


class ReadRanker:
    """Scores every read of a catalog against a patient's context."""

    def __init__(self, reads: Sequence[Read], nlp: Language) -> None:
        self.reads = list(reads)
        self.nlp = nlp
        self._index = self._build_index()

    def rank(self, context: Context) -> List[RankedRead]:
        """Relevant reads, best first; ties go to the newer read."""
        scores: Dict[str, float] = defaultdict(float)
        self._add_text_scores(scores, context.message, MESSAGE_WEIGHT)
        for earlier in context.history:
            self._add_text_scores(scores, earlier, HISTORY_WEIGHT)
        for read in self.reads:
            if context.topic and context.topic in read.topics:
                scores[read.id] += TOPIC_SCORE
        ranked = [RankedRead(read, round(scores[read.id], 3)) for read in self.reads
                  if scores[read.id] >= MIN_SCORE]
        return sorted(ranked, key=lambda r: (-r.score, -r.read.published.toordinal()))

    def _build_index(self) -> _Index:
        index = _Index(PhraseMatcher(self.nlp.vocab, attr="LEMMA"))
        for read in self.reads:
            for keyword in read.keywords:
                key = keyword.lower()
                index.keyword_reads.setdefault(key, set()).add(read.id)
                index.matcher.add(key, [self.nlp(key)])
            for lemma in _content_lemmas(self.nlp(f"{read.title} {read.summary}".lower())):
                index.lemma_reads[lemma].add(read.id)
        return index

    def _idf(self, read_ids: Set[str]) -> float:
        return math.log(1 + len(self.reads) / len(read_ids))

    def _add_text_scores(self, scores: Dict[str, float], text: str, weight: float) -> None:
        doc = self.nlp(text.lower())
        vocab = self.nlp.vocab.strings
        keywords = {vocab[match_id] for match_id, _, _ in self._index.matcher(doc)}
        for keyword in keywords:
            read_ids = self._index.keyword_reads[keyword]
            for read_id in read_ids:
                scores[read_id] += weight * self._idf(read_ids)
        for lemma in _content_lemmas(doc):
            read_ids = self._index.lemma_reads.get(lemma)
            for read_id in read_ids or ():
                scores[read_id] += weight * TEXT_WEIGHT * self._idf(read_ids)
