"""What patients read: sourced, paraphrased answers, no doses, enough training data per topic."""

import re
from collections import Counter

import pytest
import yaml

import nlu_eval
from bot_servers import REPO

ARTICLE_URL = "https://health.clevelandclinic.org/what-causes-fibromyalgia"
ARTICLE = (REPO.parent / "shared" / "seed" / "000_21a239ae174d2fba.txt")
DOMAIN = yaml.safe_load((REPO / "domain.yml").read_text())
# The medical questions are the intents that set the conversation's topic.
MEDICAL_INTENTS = [mapping["intent"] for mapping in DOMAIN["slots"]["topic"]["mappings"]]
TOPICS = DOMAIN["slots"]["topic"]["values"]


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


@pytest.mark.parametrize("name, text", list(medical_texts()))
def test_answers_paraphrase_rather_than_copy_the_article(name, text):
    """No run of 12 or more words is lifted verbatim from the article."""
    words = lambda s: re.findall(r"[a-z']+", s.lower().replace("\u2019", "'"))  # noqa: E731
    article = " ".join(words(ARTICLE.read_text()))
    answer = words(text)
    copied = [" ".join(answer[i:i + 12]) for i in range(len(answer) - 11)
              if " ".join(answer[i:i + 12]) in article]
    assert not copied, copied[:1]


def test_every_topic_has_a_tell_me_more_answer():
    conditioned = {v["condition"][0]["value"] for v in DOMAIN["responses"]["utter_more"]
                   if "condition" in v}
    assert conditioned == set(TOPICS)


def test_every_medical_intent_has_at_least_25_training_examples():
    counts = Counter(intent for _, intent in nlu_eval.load_examples("data/nlu"))
    thin = {i: counts[i] for i in MEDICAL_INTENTS if counts[i] < 25}
    assert not thin


def test_every_intent_is_answered_by_a_rule():
    rules = yaml.safe_load((REPO / "data" / "rules.yml").read_text())["rules"]
    ruled = {step["intent"] for rule in rules for step in rule["steps"] if "intent" in step}
    assert set(DOMAIN["intents"]) <= ruled
