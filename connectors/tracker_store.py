"""SQL tracker store that reads long conversations faster.

Rasa 3.6 rebuilds a conversation from its stored events on every message, and it resolves
each event's class by walking the whole `Event` class tree again (`Event.resolve_by_type`),
so every earlier message makes the next reply slower (README, "Measurements"). This store
resolves each event type once and reads only the event data column, and otherwise reads
exactly what `SQLTrackerStore` reads: same tables, same rows in the same order, same tracker.
"""

import functools
import json
from typing import Any, Dict, List, Optional, Text, Type

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import sessionmaker


@functools.lru_cache(maxsize=None)
def event_class(type_name: Text) -> Type[Event]:
    """The `Event` subclass stored under `type_name` (raises ValueError if unknown)."""
    return Event.resolve_by_type(type_name)


def events_from_dicts(stored: List[Dict[Text, Any]]) -> List[Event]:
    """Events from their stored dictionaries, as `rasa.shared.core.events.deserialise_events`."""
    return [event_class(data["event"])._from_parameters(data) for data in stored if "event" in data]


class FastSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` that reads events without per-row ORM objects or class-tree walks, and
    checks each pooled connection before use, so that a restarted database server (PostgreSQL in
    `make run-scaled`) costs no failed message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            query = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            )
            # Only the event data column: no ORM object per row.
            stored = [json.loads(data) for (data,) in query.with_entities(self.SQLEvent.data)]
        if not self.domain or not stored:
            return None
        return DialogueStateTracker.from_events(sender_id, events_from_dicts(stored), self.domain.slots)
