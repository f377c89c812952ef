"""What patients read: sourced, paraphrased answers, no doses, enough training data per topic."""

import hashlib
import json
import re
from collections import Counter

import pytest
import yaml

from actions import constants
from actions.constants import REPO, REQUESTED_SLOT, TOPIC_SLOT
from tests import DATA
from tests.harness.trackers import NEW_CONVERSATION
from tests.quality import nlu_eval

ARTICLE_URL = "https://health.clevelandclinic.org/what-causes-fibromyalgia"
# Hashes of every 12-word run of the article (how they were made: the file's header); the
# repository does not hold the article's text.
ARTICLE_FINGERPRINT = DATA / "article_fingerprint.txt"
COPIED_RUN_WORDS = 12
DOMAIN = yaml.safe_load((REPO / "domain.yml").read_text())
# The medical questions are the intents that set the conversation's topic.
MEDICAL_INTENTS = [mapping["intent"] for mapping in DOMAIN["slots"][TOPIC_SLOT]["mappings"]]
TOPICS = DOMAIN["slots"][TOPIC_SLOT]["values"]


def medical_texts():
    """(response name, text) of every answer that carries medical content, named for pytest."""
    for intent in MEDICAL_INTENTS:
        name = "utter_" + intent.removeprefix("ask_")
        for variation in DOMAIN["responses"][name]:
            yield pytest.param(name, variation["text"], id=name)
    for variation in DOMAIN["responses"]["utter_more"]:
        if "condition" in variation:
            topic = variation["condition"][0]["value"]
            yield pytest.param("utter_more", variation["text"], id=f"utter_more-{topic}")


@pytest.mark.parametrize("name, text", list(medical_texts()))
def test_every_medical_answer_ends_with_the_source(name, text):
    assert ARTICLE_URL in text.rstrip().splitlines()[-1], name


@pytest.mark.parametrize("name, text", list(medical_texts()))
def test_no_doses_or_drug_names(name, text):
    assert not re.search(r"\b\d+(\.\d+)?\s*(mg|mcg|ml|milligrams?|tablets?|pills?)\b", text, re.I)
    assert not re.search(r"\b(duloxetine|pregabalin|milnacipran|amitriptyline|gabapentin|"
                         r"naltrexone|cyclobenzaprine|tramadol|ibuprofen)\b", text, re.I), name


def article_words(text: str) -> list:
    return re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))


def run_hashes(text: str) -> dict:
    """Each run of `COPIED_RUN_WORDS` words of `text`, by the hash the fingerprint uses."""
    words = article_words(text)
    runs = (" ".join(words[i:i + COPIED_RUN_WORDS])
            for i in range(len(words) - COPIED_RUN_WORDS + 1))
    return {hashlib.sha256(run.encode()).hexdigest()[:16]: run for run in runs}


def article_fingerprint() -> set:
    lines = ARTICLE_FINGERPRINT.read_text().splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def copied_runs(text: str, fingerprint: set) -> list:
    return [run for digest, run in run_hashes(text).items() if digest in fingerprint]


@pytest.mark.parametrize("name, text", list(medical_texts()))
def test_answers_paraphrase_rather_than_copy_the_article(name, text):
    """No run of 12 or more words is lifted verbatim from the article."""
    copied = copied_runs(text, article_fingerprint())
    assert not copied, copied[:1]


def test_the_copy_check_finds_a_copied_run_and_passes_a_paraphrase():
    source = "fibromyalgia is a long term condition that causes pain all over the body and tiredness"
    fingerprint = set(run_hashes(source))
    assert len(copied_runs(f"In short: {source.upper()}, as they say.", fingerprint)) == 4
    assert copied_runs("Fibromyalgia is a lasting condition with widespread pain and fatigue.",
                       fingerprint) == []
    assert len(article_fingerprint()) > 900  # one per 12-word run of a ~1,000-word article


def test_every_topic_has_a_tell_me_more_answer():
    conditioned = {v["condition"][0]["value"] for v in DOMAIN["responses"]["utter_more"]
                   if "condition" in v}
    assert conditioned == set(TOPICS)


def test_every_medical_intent_has_at_least_25_training_examples():
    counts = Counter(intent for _, intent in nlu_eval.load_examples("data/nlu"))
    thin = {i: counts[i] for i in MEDICAL_INTENTS if counts[i] < 25}
    assert not thin


def test_every_intent_is_answered_by_a_rule():
    rules = [rule for path in (REPO / "data" / "rules").glob("*.yml")
             for rule in yaml.safe_load(path.read_text())["rules"]]
    ruled = {step["intent"] for rule in rules for step in rule["steps"] if "intent" in step}
    assert set(DOMAIN["intents"]) <= ruled


def test_each_article_topic_is_taught_and_answered_under_its_own_name():
    """A topic is one name across folders: data/nlu/article/sleep.yml teaches ask_sleep, which
    data/rules/article.yml answers with utter_sleep."""
    rules = yaml.safe_load((REPO / "data" / "rules" / "article.yml").read_text())["rules"]
    answers = {step["intent"]: next(s["action"] for s in rule["steps"] if "action" in s)
               for rule in rules for step in rule["steps"] if "intent" in step}
    for path in sorted((REPO / "data" / "nlu" / "article").glob("*.yml")):
        taught = {intent for _, intent in nlu_eval.load_examples(str(path))}
        assert taught == {f"ask_{path.stem}"}, path.name
        assert answers[f"ask_{path.stem}"] == f"utter_{path.stem}", path.name
    taught_topics = {f"ask_{p.stem}" for p in (REPO / "data" / "nlu" / "article").glob("*.yml")}
    assert taught_topics == set(MEDICAL_INTENTS)


def test_the_slot_names_the_code_uses_are_the_domains():
    named = {value for name, value in vars(constants).items() if name.endswith("_SLOT")}
    assert named - {REQUESTED_SLOT} == set(DOMAIN["slots"])


def test_the_tests_new_conversation_has_every_slot_of_the_domain():
    slots = json.loads(NEW_CONVERSATION.read_text())["slots"]
    assert set(slots) == set(DOMAIN["slots"]) | {REQUESTED_SLOT}
