"""Names that cross process boundaries, in one place.

The Rasa server (components/), the action server (actions/), the staff records (records/) and
the tests read these; domain.yml, config.yml and the Makefile spell the same names, and
tests/quality/test_content.py checks that the slots here are the domain's.
(Modelled on covidflow's actions/constants.py.)
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Built by `make` (Makefile): the trained model and the local spaCy pipeline.
MODEL_PATH = REPO / "models" / "fibro.tar.gz"
SPACY_PIPELINE = REPO / "build" / "spacy_en"
# Staff-editable content (README, "Related reads" and "Talking to a person").
CONTENT = REPO / "content"
# The environment variable naming the database of conversations and staff records (Makefile,
# endpoints.yml, records/).
TRACKER_STORE_URL_VAR = "TRACKER_STORE_URL"

# Slots (domain.yml).
TOPIC_SLOT = "topic"
READS_SHOWN_SLOT = "reads_shown"
SAFETY_FLAGS_SLOT = "safety_flags"
CHECKIN_ANSWER_SLOT = "checkin_answer"
HANDOFF_CONSENT_SLOT = "handoff_consent"
HANDOFF_CONTACT_SLOT = "handoff_contact"
HANDOFF_REASON_SLOT = "handoff_reason"
REQUESTED_SLOT = "requested_slot"

# Intents that code (not only rules) reacts to.
HANDOFF_INTENT = "request_handoff"
FALLBACK_INTENT = "nlu_fallback"
OTHER_LANGUAGE_INTENT = "other_language"

# What components/triage.py adds to each message's parse data, read by the actions, and the
# keys inside it: the category found (or None), the words that showed it, which line caught it
# (RULE_LINE or MODEL_LINE) and how sure it was, the message's language, and what NLU had
# predicted before the triage stepped in (kept for audit).
TRIAGE_KEY = "triage"
CATEGORY_KEY, PHRASE_KEY, LINE_KEY, CONFIDENCE_KEY, LANGUAGE_KEY, LEARNED_INTENT_KEY = (
    "category", "phrase", "line", "confidence", "language", "learned_intent")
RULE_LINE, MODEL_LINE = "rule", "model"
# The entity the triage sets with the message's language; domain.yml maps it to this slot,
# which picks the Spanish variations of the safety answers.
LANGUAGE_ENTITY = "language"
SAFETY_LANGUAGE_SLOT = "safety_language"

# Safety categories, most urgent first; each is answered through the intent "safety_<category>".
OVERDOSE, CRISIS, EMERGENCY, ABUSE, WARNING, MEDICATION = (
    "overdose", "crisis", "emergency", "abuse", "warning", "medication")
SAFETY_CATEGORIES = (OVERDOSE, CRISIS, EMERGENCY, ABUSE, WARNING, MEDICATION)
NO_SAFETY_CATEGORY = "none"
SAFETY_INTENT_PREFIX = "safety_"


def safety_intent(category: str) -> str:
    """crisis -> safety_crisis."""
    return SAFETY_INTENT_PREFIX + category


def safety_category(intent: str) -> str:
    """safety_crisis -> crisis; any other intent -> none."""
    if intent.startswith(SAFETY_INTENT_PREFIX):
        return intent.removeprefix(SAFETY_INTENT_PREFIX)
    return NO_SAFETY_CATEGORY

# Input channel names (each channel class's name()): the messaging apps, which show no cards,
# and the one whose platform id is the phone number the patient writes from.
TWILIO_CHANNEL = "twilio"
MESSAGING_CHANNELS = {"telegram", TWILIO_CHANNEL, "slack", "facebook"}


def conversation_id(channel: str, platform_id: str) -> str:
    """A messaging app's conversation id, "<channel>:<the platform's id>" ("twilio:+12165550123"),
    so that no platform's ids meet another's or a web client's (the REST channel refuses them)."""
    return f"{channel}:{platform_id}"


def platform_id(conversation: str) -> str:
    """The platform's own id in a messaging app's conversation id."""
    return conversation.partition(":")[2]


def is_messaging_conversation(conversation: str) -> bool:
    return conversation.partition(":")[0] in MESSAGING_CHANNELS
