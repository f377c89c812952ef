"""Print the hand-off requests and safety flags waiting for clinic staff (`make queue`, that is
`python -m records.queue`).

Reads the database named by TRACKER_STORE_URL (the Makefile sets it). Each row names the
conversation (`sender`) it comes from, so staff can open that conversation.
"""

import sys
import unicodedata
from typing import Iterable, List, Sequence

from records.migrate import SchemaNotCurrent
from records.store import staff_records

LINE_BREAKS = "\n\r\t"


def shown_to_staff(value: object) -> str:
    """A stored value as staff may see it: no control or format characters (a reason with
    "\\x1b[2J" would clear their terminal, U+202E would reverse the text), line breaks as
    spaces."""
    text = "" if value is None else str(value)
    return "".join(" " if c in LINE_BREAKS else c for c in text
                   if c in LINE_BREAKS or unicodedata.category(c) not in ("Cc", "Cf"))


def table(rows: Iterable[dict], columns: Sequence[str]) -> List[str]:
    """Rows as aligned text lines under a header, one value per column."""
    cells = [[shown_to_staff(row[column]) for column in columns] for row in rows]
    widths = [max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)]
    return ["  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip()
            for line in [list(columns)] + cells]


def main() -> int:
    try:
        records = staff_records()
    except SchemaNotCurrent as error:
        print(f"make queue: {error}", file=sys.stderr)
        return 1
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
