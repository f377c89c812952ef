"""What clinic staff follow up: hand-off requests and safety flags.

The action server writes them (actions/handoff.py, actions/safety_flag.py); staff tools read
them (`make queue`, records/queue.py; the staff console to come). The tables live in the tracker
store's database (`TRACKER_STORE_URL`), next to the conversations they point to by `sender_id`.
Their schema is records/schema.py; records/migrations/ (Alembic) brings an existing database up
to it without losing rows, each time StaffRecords opens one.
"""
