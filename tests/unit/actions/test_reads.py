"""action_suggest_reads through rasa-sdk's own dispatcher and tracker."""

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.catalog import load_catalog
from actions.ranking import ReadRanker, load_pipeline
from actions.constants import READS_SHOWN_SLOT, TOPIC_SLOT
from actions.reads import ActionSuggestReads
from tests.harness.trackers import tracker_with

ACTION = ActionSuggestReads(ReadRanker(load_catalog(), load_pipeline()))


def run(*messages, topic=None, shown=None, channel="rest"):
    """action_suggest_reads after the patient sent `messages`, the last one asking for reads."""
    tracker = tracker_with(messages[-1], earlier_messages=messages[:-1], channel=channel,
                           slots={TOPIC_SLOT: topic, READS_SHOWN_SLOT: shown})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ACTION.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def cards(messages):
    return [card for m in messages if m.get("custom") for card in m["custom"]["reads"]]


def shown_after(events):
    return next(e["value"] for e in events if e["event"] == "slot" and e["name"] == READS_SHOWN_SLOT)


def test_suggests_top_three_as_text_buttons_and_cards():
    messages, events = run("anything I can read about back pain?")
    found = cards(messages)
    assert len(found) == 3
    assert {"title", "date", "summary", "url"} <= set(found[0])
    assert found[0]["title"] in messages[0]["text"] and found[0]["date"] in messages[0]["text"]
    assert {b["payload"] for b in messages[0]["buttons"]} == {"/more_reads", "/ask_topics"}
    assert shown_after(events) == [card["id"] for card in found]


@pytest.mark.parametrize("channel", ["telegram", "twilio", "slack", "facebook"])
def test_messaging_apps_get_one_message_of_titles_and_links_without_cards(channel):
    widget_messages, _ = run("needles")
    [message], events = run("needles", channel=channel)
    assert not cards([message])
    assert {b["payload"] for b in message["buttons"]} == {"/more_reads", "/ask_topics"}
    for card in cards(widget_messages):
        assert f"• {card['title']} ({card['date']})" in message["text"]
        assert card["summary"] not in message["text"]
    assert "https://health.clevelandclinic.org/dry-needling-vs-acupuncture" in message["text"]
    assert shown_after(events) == [card["id"] for card in cards(widget_messages)]


def test_dates_are_human():
    messages, _ = run("needles")
    assert cards(messages)[0]["date"] == "February 13, 2024"
    assert "February 13, 2024" in messages[0]["text"]


def test_urls_only_when_staff_filled_them_in():
    messages, _ = run("needles")
    assert cards(messages)[0]["url"] == "https://health.clevelandclinic.org/dry-needling-vs-acupuncture"
    messages, _ = run("my back aches worst when I wake up")
    assert cards(messages)[0]["url"] is None


def test_more_reads_pages_on_without_repeats():
    first, events = run("anything I can read about back pain?")
    shown = shown_after(events)
    second, events = run("anything I can read about back pain?", "more reads", shown=shown)
    again = [card["id"] for card in cards(second)]
    assert again and not set(again) & set(shown)
    assert shown_after(events) == shown + again


def test_says_so_honestly_when_all_relevant_reads_were_shown():
    _, events = run("needles")
    messages, events = run("needles", "more reads", shown=shown_after(events))
    assert "That's all the related reads I have" in messages[0]["text"]
    assert not cards(messages) and not events


def test_nothing_relevant_offers_the_subjects():
    messages, events = run("recommend articles")
    assert "I don't have a read that matches" in messages[0]["text"]
    subjects = [b["title"] for b in messages[0]["buttons"]]
    assert "Natural pain relief" in subjects and len(subjects) == 8
    assert events == []


def test_a_subject_button_finds_its_read():
    messages, _ = run("recommend articles")
    button = next(b for b in messages[0]["buttons"] if b["title"] == "Arthritis exercise")
    found, _ = run(button["payload"])
    assert cards(found)[0]["id"] == "arthritis-exercise"


def test_after_a_medical_answer_the_topic_guides_the_suggestion():
    messages, _ = run("/ask_reads", topic="sleep")
    assert cards(messages)[0]["id"] == "morning-lower-back-pain"


@pytest.mark.parametrize("payload", ["/ask_reads", "/more_reads"])
def test_button_payloads_are_not_read_as_words(payload):
    messages, _ = run(payload)
    assert not cards(messages)


def test_broken_catalog_stops_the_action_from_being_created(monkeypatch, tmp_path):
    import actions.reads as reads_module
    from actions.content_files import ContentError

    def broken_catalog():
        raise ContentError("reads catalog, entry 2: field 'title': field required")

    monkeypatch.setattr(reads_module, "load_catalog", broken_catalog)
    with pytest.raises(ContentError, match="entry 2"):
        reads_module.ActionSuggestReads()
