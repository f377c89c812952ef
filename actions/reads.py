"""action_suggest_reads: suggest related chronic-pain reads, never the same one twice."""

from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.catalog import Read, load_catalog
from actions.constants import MESSAGING_CHANNELS, READS_SHOWN_SLOT, TOPIC_SLOT
from actions.ranking import Context, ReadRanker, load_pipeline

PAGE_SIZE = 3
MORE_READS_BUTTON = {"title": "More reads", "payload": "/more_reads"}
TOPICS_BUTTON = {"title": "Other questions", "payload": "/ask_topics"}


def read_card(read: Read) -> Dict[str, Any]:
    """What a widget needs to show a read as a card."""
    return {
        "id": read.id,
        "title": read.title,
        "date": read.human_date,
        "published": read.published.isoformat(),
        "summary": read.summary,
        "url": read.url,
    }


def reads_text(reads: Sequence[Read]) -> str:
    """The suggestions as plain text, for channels that show no cards."""
    lines = ["Here are related reads from Cleveland Clinic:"]
    for number, read in enumerate(reads, start=1):
        lines.append(f"\n{number}. {read.title} ({read.human_date})\n{read.summary}")
        if read.url:
            lines.append(read.url)
    return "\n".join(lines)


def reads_links(reads: Sequence[Read]) -> str:
    """The suggestions as short titles and links, for messaging apps (bullets, so that they are
    not confused with the numbered options under SMS messages)."""
    lines = ["Here are related reads from Cleveland Clinic:"]
    for read in reads:
        lines.append(f"\n• {read.title} ({read.human_date})")
        if read.url:
            lines.append(read.url)
    return "\n".join(lines)


def subject_buttons(reads: Sequence[Read]) -> List[Dict[str, str]]:
    """One button per read subject; pressing it asks for reads on that subject."""
    return [{"title": read.subject, "payload": f"reads about {read.subject.lower()}"}
            for read in sorted(reads, key=lambda r: r.published, reverse=True)]


def conversation_context(tracker: Tracker) -> Context:
    """The latest message, the current topic and the earlier messages of this conversation."""
    typed = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"]
    earlier = [text for text in typed[:-1] if text and not text.startswith("/")]
    message = tracker.latest_message.get("text") or ""
    return Context(message="" if message.startswith("/") else message,
                   topic=tracker.get_slot(TOPIC_SLOT), history=earlier)


class ActionSuggestReads(Action):
    """Suggest the reads that best match the conversation, a page at a time."""

    def __init__(self, ranker: Optional[ReadRanker] = None) -> None:
        # rasa-sdk creates the action when the server starts: a broken catalog stops the start.
        self.ranker = ranker or ReadRanker(load_catalog(), load_pipeline())

    def name(self) -> Text:
        return "action_suggest_reads"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        shown = list(tracker.get_slot(READS_SHOWN_SLOT) or [])
        relevant = [ranked.read for ranked in self.ranker.rank(conversation_context(tracker))]
        page = [read for read in relevant if read.id not in shown][:PAGE_SIZE]
        if page and tracker.get_latest_input_channel() in MESSAGING_CHANNELS:
            dispatcher.utter_message(text=reads_links(page),
                                     buttons=[MORE_READS_BUTTON, TOPICS_BUTTON])
            return [SlotSet(READS_SHOWN_SLOT, shown + [read.id for read in page])]
        if page:
            dispatcher.utter_message(text=reads_text(page),
                                     buttons=[MORE_READS_BUTTON, TOPICS_BUTTON])
            dispatcher.utter_message(json_message={"reads": [read_card(read) for read in page]})
            return [SlotSet(READS_SHOWN_SLOT, shown + [read.id for read in page])]
        if relevant:
            opening = "That's all the related reads I have on this."
        else:
            opening = "I don't have a read that matches that."
        dispatcher.utter_message(
            text=f"{opening} The reads I can suggest are about these subjects; pick one:",
            buttons=subject_buttons(self.ranker.reads),
        )
        return []
