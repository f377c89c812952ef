"""What clinic staff follow up: hand-off requests and safety flags; also the ids of messages
received from messaging apps, so that a platform's retry is answered once.

The action server writes requests and flags (actions/handoff.py, actions/safety_flag.py), the
Rasa server the message ids (connectors/messaging/webhook.py); staff tools read
them (`make queue`, records/queue.py; the staff console to come). The tables live in the tracker
store's database (`TRACKER_STORE_URL`), next to the conversations they point to by `sender_id`.
Their schema is records/schema.py; `python -m records.migrate` (records/migrate.py, run by
`make run` before the servers) brings a database up to it with the Alembic migrations in
records/migrations/ without losing rows; StaffRecords (records/store.py) refuses a database that
is not at this code's revision.
"""
