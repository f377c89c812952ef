"""Ranking the reads catalog against what patients say (spaCy lemmas, keyword weights)."""

import pytest
import yaml

from actions.catalog import load_catalog
from actions.ranking import Context, ReadRanker, load_pipeline
from tests import DATA

NLP = load_pipeline()
RANKER = ReadRanker(load_catalog(), NLP)

QUERIES = yaml.safe_load((DATA / "reads_queries.yml").read_text())
TOP_1 = [(q["query"], q["expected"]) for q in QUERIES["top_1"]]
TOP_3 = [(q["query"], set(q["expected"])) for q in QUERIES["top_3"]]


def top(query, **context):
    return [ranked.read.id for ranked in RANKER.rank(Context(query, **context))]


@pytest.mark.parametrize("query, expected", TOP_1)
def test_best_read_comes_first(query, expected):
    assert top(query)[:1] == [expected]


@pytest.mark.parametrize("query, expected", TOP_3)
def test_related_reads_are_in_the_top_three(query, expected):
    assert expected <= set(top(query)[:3])


@pytest.mark.parametrize("query", ["hello", "what is the weather", "recommend articles", ""])
def test_nothing_relevant_means_no_suggestion(query):
    assert top(query) == []


def test_the_topic_of_the_conversation_counts():
    assert top("recommend articles", topic="sleep") == ["morning-lower-back-pain"]


def test_earlier_messages_count_less_than_the_latest():
    ranked = top("what about needles", history=["does beer make my back hurt"])
    assert ranked[0] == "dry-needling-vs-acupuncture"
    assert "alcohol-and-back-pain" in ranked


def test_earlier_messages_carry_a_vague_request():
    assert top("more reads", history=["anything to read about tendinitis"])[0] == \
        "tendinitis-natural-remedies"


def test_ties_go_to_the_newer_read():
    ranked = RANKER.rank(Context("back"))
    tied = [r for r in ranked if r.score == ranked[0].score]
    assert len(tied) > 1
    dates = [r.read.published for r in tied]
    assert dates == sorted(dates, reverse=True)


def test_a_ninth_read_is_found_without_code_changes():
    ranker = ReadRanker(load_catalog(DATA / "reads_nine.yml"), NLP)
    assert ranker.rank(Context("is yoga good for pain"))[0].read.id == "gentle-yoga-for-pain"
