"""A migrated database with Rasa's events table too, as the console finds it once the bot ran."""

import pytest
from sqlalchemy import create_engine

from records.conversations import events


@pytest.fixture
def engine(records_url):
    engine = create_engine(records_url, future=True)
    events.create(engine, checkfirst=True)
    return engine
