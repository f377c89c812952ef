"""What staff type into the console (notes), as it is stored: no control or format characters
(a NUL, an escape sequence, a right-to-left override), line breaks and tabs kept."""

import unicodedata

KEPT = "\n\t"


def clean_note(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text
                   if c in KEPT or unicodedata.category(c) not in ("Cc", "Cf")).strip()
