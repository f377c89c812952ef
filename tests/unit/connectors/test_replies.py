"""Bot messages as messaging apps show them: numbered options, no raw JSON, and long text split
without cutting a word or the source line."""

import pytest

from connectors.messaging.replies import (
    NUMBERED_HINT, Button, Reply, numbered_text, reply_from, shortened, split_text)

SOURCE_LINE = ('Source: "What Causes Fibromyalgia?", Cleveland Clinic, Oct 3, 2019 - '
               "https://health.clevelandclinic.org/what-causes-fibromyalgia")


def test_custom_json_is_not_shown_as_text():
    assert reply_from({"custom": {"reads": [{"title": "Pacing"}]}}).text == ""
    assert reply_from({"text": "See", "image": "https://example.org/a.png"}).text == (
        "See\n\nhttps://example.org/a.png")


def test_buttons_and_quick_replies_are_kept_in_order():
    reply = reply_from({"text": "Pick", "buttons": [{"title": "Yes", "payload": "/affirm"},
                                                    {"title": "No", "payload": "/deny"}]})
    assert reply == Reply("Pick", (Button("Yes", "/affirm"), Button("No", "/deny")))
    assert reply_from({"text": "Pick", "quick_replies": [{"title": "A", "payload": "a"}]}
                      ).buttons == (Button("A", "a"),)


def test_numbered_options_for_sms():
    reply = Reply("Are you thinking about ending your life?",
                  (Button("Yes", "/affirm"), Button("No", "/deny")))
    assert numbered_text(reply) == ("Are you thinking about ending your life?\n\n1. Yes\n2. No\n"
                                    + NUMBERED_HINT)
    assert numbered_text(Reply("Just text")) == "Just text"


def test_long_answer_is_split_between_lines_and_words_never_inside_them():
    paragraph = " ".join(f"word{number}" for number in range(400))
    text = f"{paragraph}\n\n{SOURCE_LINE}"
    parts = split_text(text, 160)
    assert all(len(part) <= 160 for part in parts)
    assert parts[-1] == SOURCE_LINE
    words = " ".join(parts).split()
    assert words == text.split()


def test_a_single_word_longer_than_the_limit_is_the_only_thing_cut():
    parts = split_text("see " + "x" * 25, 10)
    assert parts == ["see", "x" * 10, "x" * 10, "x" * 5]


def test_short_text_is_one_part_and_empty_text_none():
    assert split_text("Hello\n\nthere", 1600) == ["Hello\n\nthere"]
    assert split_text("", 1600) == []


@pytest.mark.parametrize("title, limit, expected", [
    ("Is it all in my head?", 20, "Is it all in my hea…"),
    ("Symptoms", 20, "Symptoms"),
])
def test_titles_are_shortened_with_an_ellipsis(title, limit, expected):
    assert shortened(title, limit) == expected
    assert len(shortened(title, limit)) <= limit
