"""Unanswered questions: patients' messages the bot fell back on or answered below a chosen
confidence, grouped by similar wording, and exported as Rasa NLU training examples.

Finding reads Rasa's `events` table (records/conversations.py). Grouping compares the messages'
content words: spaCy lemmas from the project's local pipeline (no vectors, so no
`doc.similarity`), weighted by TF-IDF, clustered by cosine distance. spaCy and scikit-learn load
on first use, so that the console starts fast, and TensorFlow stays out (actions/no_tensorflow).
"""

import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from statistics import mean
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import yaml
from sqlalchemy import select
from sqlalchemy.engine import Connection

from actions.constants import FALLBACK_INTENT, REPO, SAFETY_INTENT_PREFIX
from actions.no_tensorflow import keep_tensorflow_out
from console.clock import now
from records.conversations import as_datetime, channel_of, events, has_events_table

DOMAIN = REPO / "domain.yml"
DEFAULT_DAYS = 30
MAX_DAYS = 365
# The most recent matching messages shown; the page says when there were more.
MAX_MESSAGES = 1000
DEFAULT_CONFIDENCE = 0.6
CONFIDENCE_VARIABLE = "UNANSWERED_CONFIDENCE"
PAYLOAD_PREFIX = "/"  # a button's payload ("/affirm"), not typed text
# Rasa's event for a form starting (with its name) or ending (no name).
ACTIVE_LOOP_EVENT = "active_loop"
# Rasa's events that pause a conversation (staff took it over: connectors/live.py) and that end
# a pause.
PAUSE_EVENT = "pause"
END_OF_PAUSE_EVENTS = ("resume", "session_started", "restart")
# An e-mail address or a phone number: a patient's contact, never a training example.
CONTACT_DETAILS = re.compile(r"\S@\S+\.\w|\d(?:[\s().+-]*\d){6,}")
NLU_FORMAT_VERSION = "3.1"

# Groups merge while the average cosine distance between their messages is below this. With
# content words of equal weight, "muscle ache" and "muscle ache night" are 0.29 apart, "muscle
# ache" and "muscle pain" 0.5, three-word messages sharing one word 0.67: all one group.
# Messages sharing only a word most messages have stay apart: in a batch where most mention
# fibromyalgia, "is fibromyalgia contagious" and "fibromyalgia diet" are 0.88 apart (the
# word's low IDF weighs little against "contagious" and "diet"). A message with no other
# content word ("what is fibro?") is about 0.65 from each of them, so it may join one.
DISTANCE_THRESHOLD = 0.75
# Patients' short names for the illness, read as the word itself ("what is fibro?" asks what
# "what is fibromyalgia" asks).
ABBREVIATIONS = {"fibro": "fibromyalgia", "fm": "fibromyalgia", "fms": "fibromyalgia"}
# Square brackets would be read as entity annotations, and backslashes as escapes ("\\u..." in a
# file of ASCII only: rasa.shared.utils.io.read_yaml).
EXAMPLE_SAFE = str.maketrans("[]\\", "()/")


@dataclass(frozen=True)
class Message:
    """A patient's message the bot could not answer, or answered unsure."""

    event_id: int
    sender_id: str
    message_id: Optional[str]
    at: datetime
    text: str
    channel: str
    fell_back: bool
    closest_intent: Optional[str]  # the exportable intent NLU ranked highest
    confidence: Optional[float]  # NLU's confidence in closest_intent


@dataclass(frozen=True)
class Found:
    messages: List[Message]  # newest first
    capped: bool  # more messages matched than MAX_MESSAGES


@dataclass(frozen=True)
class Group:
    """Messages worded alike, newest first, and the intent most of them are closest to."""

    messages: List[Message]
    intent: Optional[str]


@lru_cache(maxsize=1)
def exportable_intents() -> Tuple[str, ...]:
    """The domain's intents that NLU examples may teach: not nlu_fallback, nor the safety
    intents (only the safety triage sets them)."""
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    names = (intent if isinstance(intent, str) else next(iter(intent))
             for intent in domain["intents"])
    return tuple(name for name in names
                 if name != FALLBACK_INTENT and not name.startswith(SAFETY_INTENT_PREFIX))


def default_confidence() -> float:
    """The confidence below which an answer counts as unsure: UNANSWERED_CONFIDENCE, else 0.6."""
    value = os.environ.get(CONFIDENCE_VARIABLE) or str(DEFAULT_CONFIDENCE)
    confidence = confidence_from_text(value)
    if confidence is None:
        raise ValueError(f"{CONFIDENCE_VARIABLE} must be a number from 0 to 1, not {value!r}")
    return confidence


def confidence_from_text(value: str) -> Optional[float]:
    """A confidence from 0 to 1 written as text; None if `value` is not one."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0 <= number <= 1 else None


# Finding

def _typed_text(data: Dict[str, Any]) -> str:
    """The text a patient typed, or "" for a button payload, a message the safety triage
    answered, one with an e-mail address or phone number, and one with nothing printable."""
    text = (data.get("text") or "").strip()
    intent = ((data.get("parse_data") or {}).get("intent") or {}).get("name") or ""
    if (text.startswith(PAYLOAD_PREFIX) or intent.startswith(SAFETY_INTENT_PREFIX)
            or CONTACT_DETAILS.search(text) or not training_example(text)):
        return ""
    return text


def _closest_intent(parse_data: Dict[str, Any]) -> Tuple[Optional[str], Optional[float]]:
    """The exportable intent NLU ranked highest, with its confidence."""
    ranking = parse_data.get("intent_ranking") or [parse_data.get("intent") or {}]
    for candidate in ranking:
        if candidate.get("name") in exportable_intents():
            return candidate["name"], candidate.get("confidence")
    return None, None


def _unanswered(event_id: int, sender_id: str, data: Dict[str, Any],
                below: float) -> Optional[Message]:
    """The message of a user event if the bot fell back on it or was less sure than `below`."""
    text = _typed_text(data)
    if not text:
        return None
    parse_data = data.get("parse_data") or {}
    intent = parse_data.get("intent") or {}
    fell_back = intent.get("name") == FALLBACK_INTENT
    if not fell_back and (intent.get("confidence") or 0.0) >= below:
        return None
    closest, confidence = _closest_intent(parse_data)
    return Message(event_id, sender_id, data.get("message_id"), as_datetime(data.get("timestamp")),
                   text, channel_of(sender_id), fell_back, closest, confidence)


def find_unanswered(connection: Connection, days: int = DEFAULT_DAYS,
                    below: float = DEFAULT_CONFIDENCE) -> Found:
    """Typed messages of the last `days` days that fell back or whose intent's confidence is
    below `below`: the MAX_MESSAGES most recent, newest first. Answers to a form's questions
    (a hand-off request's contact and reason) are never listed: they are a patient's details,
    not questions, and must not end up in training data; nor are messages to staff who had
    taken the conversation over (the bot was not asked)."""
    if not has_events_table(connection):
        return Found([], False)
    since = (now() - timedelta(days=days)).timestamp()
    rows = connection.execute(
        select(events.c.id, events.c.sender_id, events.c.type_name, events.c.data)
        .where(events.c.type_name.in_(("user", ACTIVE_LOOP_EVENT, PAUSE_EVENT,
                                       *END_OF_PAUSE_EVENTS)),
               events.c.timestamp >= since)
        .order_by(events.c.id)
        .execution_options(stream_results=True))
    in_form: Dict[str, bool] = {}
    paused: Dict[str, bool] = {}
    found: List[Message] = []
    for event_id, sender_id, type_name, data in rows:
        event = json.loads(data)
        if type_name == ACTIVE_LOOP_EVENT:
            in_form[sender_id] = bool(event.get("name"))
        elif type_name != "user":
            paused[sender_id] = type_name == PAUSE_EVENT
        elif not in_form.get(sender_id) and not paused.get(sender_id):
            message = _unanswered(event_id, sender_id, event, below)
            if message:
                found.append(message)
    found.sort(key=lambda message: (message.at, message.event_id), reverse=True)
    return Found(found[:MAX_MESSAGES], len(found) > MAX_MESSAGES)


def picked_texts(connection: Connection, event_ids: Iterable[int]) -> List[str]:
    """The texts of the picked user events, read again from the events table, oldest first.
    Button payloads and messages the safety triage answered are left out: a safety message
    must never teach the bot another intent."""
    if not has_events_table(connection):
        return []
    rows = connection.execute(
        select(events.c.data)
        .where(events.c.id.in_(list(event_ids)), events.c.type_name == "user")
        .order_by(events.c.id))
    texts = (_typed_text(json.loads(data)) for (data,) in rows)
    return [text for text in texts if text]


# Grouping

@lru_cache(maxsize=1)
def _english() -> Tuple[Any, frozenset]:
    """The local spaCy pipeline (tokenizer + lookup lemmatizer) and spaCy's English stop words,
    loaded on first use (spaCy takes about a second to import)."""
    keep_tensorflow_out()
    from spacy.lang.en.stop_words import STOP_WORDS

    from actions.ranking import load_pipeline
    return load_pipeline(), frozenset(STOP_WORDS)


def content_lemmas(texts: Sequence[str]) -> List[List[str]]:
    """Each text's words as lowercase lemmas, without punctuation, numbers, single letters and
    stop words (as typed or as lemma: "does" is not "doe"); the illness's short names as its
    name."""
    nlp, stop_words = _english()
    lemmas = []
    for doc in nlp.pipe(text.lower() for text in texts):
        words = (ABBREVIATIONS.get(token.lemma_, token.lemma_) for token in doc
                 if token.is_alpha and token.text not in stop_words)
        lemmas.append([word for word in words if len(word) > 1 and word not in stop_words])
    return lemmas


def _clusters(lemmas: List[List[str]]) -> List[int]:
    """A cluster number for each list of lemmas: TF-IDF vectors, joined by average-linkage
    agglomerative clustering while their cosine distance is below DISTANCE_THRESHOLD. A text
    without content words is a cluster of its own (its distance to any other is 1)."""
    if len(lemmas) < 2 or not any(lemmas):
        return list(range(len(lemmas)))
    from sklearn.cluster import AgglomerativeClustering  # scikit-learn loads on first use
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    vectors = TfidfVectorizer(analyzer=list).fit_transform(lemmas)  # already lemma lists
    # Precomputed: scikit-learn's own "cosine" fails on a text without content words.
    clustering = AgglomerativeClustering(n_clusters=None, affinity="precomputed",
                                         linkage="average", distance_threshold=DISTANCE_THRESHOLD)
    return clustering.fit_predict(cosine_distances(vectors)).tolist()


def _recency(message: Message) -> Tuple[datetime, int]:
    return message.at, message.event_id


def _same_text(text: str) -> str:
    return " ".join(text.casefold().split())


def _group_intent(messages: Sequence[Message]) -> Optional[str]:
    """The intent most messages are closest to; on a tie, the one NLU was surer of on average."""
    confidences: Dict[str, List[float]] = defaultdict(list)
    for message in messages:
        if message.closest_intent:
            confidences[message.closest_intent].append(message.confidence or 0.0)
    if not confidences:
        return None
    return max(confidences, key=lambda intent: (len(confidences[intent]),
                                                mean(confidences[intent])))


def group_messages(messages: Sequence[Message]) -> List[Group]:
    """`messages` grouped by similar wording (the same text, case and spacing aside, always in
    one group), the biggest group first, then the one with the newest message."""
    by_text: Dict[str, List[Message]] = defaultdict(list)
    for message in messages:
        by_text[_same_text(message.text)].append(message)
    texts = list(by_text)
    clustered: Dict[int, List[Message]] = defaultdict(list)
    for text, cluster in zip(texts, _clusters(content_lemmas(texts))):
        clustered[cluster].extend(by_text[text])
    groups = [sorted(members, key=_recency, reverse=True) for members in clustered.values()]
    groups.sort(key=lambda members: (len(members), _recency(members[0])), reverse=True)
    return [Group(members, _group_intent(members)) for members in groups]


# Exporting

class _LiteralBlock(str):
    """Text YAML writes as a literal block (`|`) where YAML allows one, quoted otherwise."""


class _NluDumper(yaml.SafeDumper):
    pass


_NluDumper.add_representer(_LiteralBlock, lambda dumper, text: dumper.represent_scalar(
    "tag:yaml.org,2002:str", text, style="|"))


def _printable(char: str) -> bool:
    """Printable in YAML (as PyYAML writes it, with allow_unicode), and not a control or format
    character (U+202E would reverse the text around it)."""
    return unicodedata.category(char) not in ("Cc", "Cf") and (
        "\x20" <= char <= "\x7e" or "\xa0" <= char <= "\ud7ff" or "\ue000" <= char <= "\ufffd"
        or "\U00010000" <= char < "\U0010ffff")


def training_example(text: str) -> str:
    """A patient's message as one NLU example: on one line, spaces collapsed, printable
    characters only, square brackets made round (Rasa reads `[text](entity)`, `[text]{..}` and
    `[text][..]` as entity annotations) and backslashes made slashes."""
    printable = "".join(char for char in text if char.isspace() or _printable(char))
    return " ".join(printable.split()).translate(EXAMPLE_SAFE)


def nlu_yaml(intent: str, texts: Iterable[str]) -> str:
    """Rasa NLU training data teaching `intent` the `texts`, ready for a file in data/nlu/:
    one example a line, each once (case aside), in the order given.

    PyYAML writes it, so it is valid YAML whatever the patients typed. The examples are a
    literal block, as in data/nlu/: YAML allows one for lines that are all printable, start
    with "- " and end without a space, as training_example makes them."""
    if intent not in exportable_intents():
        raise ValueError(f"{intent!r} is not an intent NLU examples can teach")
    examples: Dict[str, str] = {}
    for text in texts:
        example = training_example(text)
        if example:
            examples.setdefault(example.casefold(), example)
    if not examples:
        raise ValueError("there is no message to export")
    block = _LiteralBlock("".join(f"- {example}\n" for example in examples.values()))
    document = {"version": NLU_FORMAT_VERSION, "nlu": [{"intent": intent, "examples": block}]}
    return yaml.dump(document, Dumper=_NluDumper, sort_keys=False, allow_unicode=True)
