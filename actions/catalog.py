"""The catalog of related reads (content/reads.yml): loading and validation.

Staff edit the YAML file; this module checks every entry when the action server starts and
names the entry and field of any mistake, so that a broken catalog stops the start-up instead
of half-working.
"""

import datetime
import os
from pathlib import Path
from typing import List, Optional, Set

import yaml
from pydantic import BaseModel, Extra, HttpUrl, ValidationError, constr, validator

from actions.constants import CONTENT, REPO, TOPIC_SLOT
from actions.content_files import ContentError, describe, read_yaml

# READS_CATALOG points the action server at another catalog file (e.g. one in review).
CATALOG_PATH = Path(os.environ.get("READS_CATALOG") or CONTENT / "reads.yml")
DOMAIN_PATH = REPO / "domain.yml"

NonEmpty = constr(strip_whitespace=True, min_length=1)


class Read(BaseModel, extra=Extra.forbid):
    """One related read, as staff describe it in content/reads.yml."""

    id: constr(regex=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: NonEmpty
    subject: constr(strip_whitespace=True, min_length=1, max_length=40)
    published: datetime.date
    summary: NonEmpty
    keywords: List[NonEmpty]
    topics: List[NonEmpty] = []
    audience: NonEmpty
    url: Optional[HttpUrl] = None

    @validator("url", pre=True)
    def empty_url_means_none(cls, value):  # noqa: N805 (pydantic validator)
        return value or None

    @validator("keywords")
    def at_least_one_keyword(cls, value):  # noqa: N805
        if not value:
            raise ValueError("list at least one keyword patients would use")
        return value

    @property
    def human_date(self) -> str:
        """The publication date as patients read it, e.g. "January 15, 2025"."""
        return f"{self.published:%B} {self.published.day}, {self.published.year}"


def _entry_name(raw: object, index: int) -> str:
    entry_id = raw.get("id") if isinstance(raw, dict) else None
    return f"entry {index + 1}" + (f" ({entry_id!r})" if entry_id else "")


def _parse_entry(raw: object, index: int, known_topics: Set[str]) -> Read:
    try:
        read = Read.parse_obj(raw)
    except ValidationError as error:
        raise ContentError(f"reads catalog, {_entry_name(raw, index)}: {describe(error)}") from None
    unknown = sorted(set(read.topics) - known_topics)
    if unknown:
        raise ContentError(f"reads catalog, {_entry_name(raw, index)}: field 'topics': "
                           f"unknown {unknown}; known topics: {sorted(known_topics)}")
    return read


def assistant_topics(domain_path: Path = DOMAIN_PATH) -> Set[str]:
    """The assistant's topics: the values of the `topic` slot in domain.yml."""
    domain = yaml.safe_load(Path(domain_path).read_text(encoding="utf-8"))
    return set(domain["slots"][TOPIC_SLOT]["values"])


def parse_catalog(document: object, known_topics: Set[str]) -> List[Read]:
    """Validated reads of a parsed catalog document (the YAML's top-level mapping)."""
    if not isinstance(document, dict) or not isinstance(document.get("reads"), list):
        raise ContentError("reads catalog: expected a top-level 'reads:' list")
    reads = [_parse_entry(raw, index, known_topics) for index, raw in enumerate(document["reads"])]
    if not reads:
        raise ContentError("reads catalog: the 'reads:' list is empty")
    seen = set()
    for index, read in enumerate(reads):
        if read.id in seen:
            raise ContentError(f"reads catalog, entry {index + 1}: field 'id': "
                               f"{read.id!r} is used twice")
        seen.add(read.id)
    return reads


def load_catalog(path: Path = CATALOG_PATH) -> List[Read]:
    """Load and validate the catalog file; raise `ContentError` naming any broken entry."""
    return parse_catalog(read_yaml(path, "reads catalog"), assistant_topics())
