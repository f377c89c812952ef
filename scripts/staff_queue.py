"""Print the hand-off requests and safety flags waiting for clinic staff (`make queue`).

Reads the database named by TRACKER_STORE_URL (the Makefile sets it). Each row names the
conversation (`sender`) it comes from, so staff can open that conversation.
"""

import sys
from typing import Iterable, List, Sequence

from actions.staff_records import staff_records


def table(rows: Iterable[dict], columns: Sequence[str]) -> List[str]:
    """Rows as aligned text lines under a header, one value per column."""
    cells = [[str(row[column] if row[column] is not None else "") for column in columns]
             for row in rows]
    widths = [max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)]
    return ["  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip()
            for line in [list(columns)] + cells]


def main() -> int:
    records = staff_records()
    handoffs, flags = records.handoffs(), records.flags()
    print(f"Hand-off requests ({len(handoffs)}):")
    print("\n".join(table(handoffs, ["id", "created_at", "status", "contact", "reason",
                                     "safety_flags", "channel", "sender_id"])))
    print(f"\nSafety flags ({len(flags)}):")
    print("\n".join(table(flags, ["id", "created_at", "category", "phrase", "learned_intent",
                                  "sender_id"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
