"""The reads catalog: staff-editable YAML, validated with clear errors."""

import copy
import datetime

import pytest
import yaml

from actions.catalog import CATALOG_PATH, assistant_topics, load_catalog, parse_catalog
from actions.content_files import ContentError
from tests import DATA

TOPICS = assistant_topics()
NINE = DATA / "reads_nine.yml"


def real_document():
    return yaml.safe_load(CATALOG_PATH.read_text())


def test_the_catalog_lists_the_eight_reads_of_the_article():
    reads = load_catalog()
    assert len(reads) == 8
    assert {r.title for r in reads} >= {
        "3 Ways Alcohol May Be Contributing to Your Back Pain",
        "What's the Difference Between Dry Needling and Acupuncture?",
    }
    assert all(isinstance(r.published, datetime.date) for r in reads)


def test_only_verified_addresses_are_filled_in():
    urls = {r.id: r.url for r in load_catalog()}
    assert urls["dry-needling-vs-acupuncture"] == "https://health.clevelandclinic.org/dry-needling-vs-acupuncture"
    assert urls["morning-lower-back-pain"] is None  # not verified: staff fill it in


def test_a_ninth_read_is_one_yaml_entry():
    reads = load_catalog(NINE)
    assert len(reads) == 9
    assert reads[-1].id == "gentle-yoga-for-pain"


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d["reads"][1].pop("title"), "entry 2 ('morning-lower-back-pain'): field 'title'"),
        (lambda d: d["reads"][0].update(published="16/01/2025"), "entry 1 ('alcohol-and-back-pain'): field 'published'"),
        (lambda d: d["reads"][2].update(url="not a link"), "field 'url'"),
        (lambda d: d["reads"][3].update(keywords=[]), "entry 4 ('natural-pain-relief'): field 'keywords'"),
        (lambda d: d["reads"][4].update(topics=["knees"]), "field 'topics': unknown ['knees']"),
        (lambda d: d["reads"][5].update(id="Bad Id"), "field 'id'"),
        (lambda d: d["reads"][6].update(colour="red"), "field 'colour'"),
        (lambda d: d["reads"][7].update(id="arthritis-exercise"), "entry 8: field 'id': 'arthritis-exercise' is used twice"),
        (lambda d: d["reads"][0].update(summary="   "), "field 'summary'"),
        (lambda d: d.update(reads=[]), "the 'reads:' list is empty"),
        (lambda d: d.pop("reads"), "expected a top-level 'reads:' list"),
    ],
)
def test_a_broken_entry_is_named_with_its_field(change, expected):
    document = copy.deepcopy(real_document())
    change(document)
    with pytest.raises(ContentError) as error:
        parse_catalog(document, TOPICS)
    assert expected in str(error.value)


def test_unreadable_yaml_is_a_catalog_error(tmp_path):
    broken = tmp_path / "reads.yml"
    broken.write_text("reads:\n  - id: [unclosed\n")
    with pytest.raises(ContentError, match="reads catalog"):
        load_catalog(broken)


