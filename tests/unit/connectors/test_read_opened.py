"""Counting read cards opened in the web widget (connectors/rest.py, records/store.py): only a
known read id is accepted, nothing about the patient is stored, and a database error is logged
without failing the request."""

import asyncio
import logging

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from connectors import rest
from connectors.rest import PayloadError, check_read_open, count_read_open
from records.schema import read_opens
from records.store import StaffRecords

KNOWN = frozenset({"alcohol-and-back-pain", "natural-pain-relief"})


def test_a_known_read_id_is_accepted():
    assert check_read_open({"read": "natural-pain-relief"}, KNOWN) == "natural-pain-relief"


@pytest.mark.parametrize("body", [
    None, [], "natural-pain-relief", {}, {"read": None}, {"read": 3}, {"read": ["x"]},
    {"read": "no-such-read"}, {"read": "Natural-Pain-Relief"},
    {"read": "natural-pain-relief", "sender": "3f1c-web"},
])
def test_anything_else_is_a_400(body):
    with pytest.raises(PayloadError) as error:
        check_read_open(body, KNOWN)
    assert error.value.status == 400 and str(error.value)


def test_an_open_is_stored_as_which_read_and_when(records_url, monkeypatch):
    records = StaffRecords(records_url)
    monkeypatch.setattr(rest, "staff_records", lambda: records)
    asyncio.run(count_read_open("natural-pain-relief"))
    with records.engine.connect() as connection:
        [row] = connection.execute(select(read_opens)).mappings().all()
    assert set(row) == {"id", "created_at", "read_id"}
    assert row["read_id"] == "natural-pain-relief" and row["created_at"] is not None


def test_a_database_error_is_logged_and_not_raised(monkeypatch, caplog):
    class BrokenRecords:
        def add_read_open(self, read_id):
            raise OperationalError("INSERT INTO read_opens", {}, Exception("database is locked"))

    monkeypatch.setattr(rest, "staff_records", BrokenRecords)
    with caplog.at_level(logging.ERROR, logger=rest.__name__):
        asyncio.run(count_read_open("natural-pain-relief"))
    [record] = caplog.records
    assert "natural-pain-relief" in record.getMessage()
    assert "OperationalError" in record.getMessage()
    assert "database is locked" not in record.getMessage()
