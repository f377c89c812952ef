"""Names that cross process boundaries, in one place.

The Rasa server (components/, connectors/), the action server (actions/), the scripts and the
tests all read these; domain.yml, config.yml and the Makefile spell the same names, and
tests/quality/test_content.py checks that the slots here are the domain's.
(Modelled on covidflow's actions/constants.py.)
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Built by `make` (Makefile): the trained model and the local spaCy pipeline.
MODEL_PATH = REPO / "models" / "fibro.tar.gz"
SPACY_PIPELINE = REPO / "build" / "spacy_en"
# Staff-editable content (content/README.md).
CONTENT = REPO / "content"

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

# What components/triage.py adds to each message's parse data, read by the actions:
# {"triage": {"category": ..., "phrase": ..., "line": "rule" | "model", "confidence": ...}}.
TRIAGE_KEY = "triage"
RULE_LINE, MODEL_LINE = "rule", "model"

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
