"""The virtualenv holds what rasa 3.6 needs, and the lock keeps it that way."""

import subprocess
import sys

import numpy
import pydantic
import spacy

from actions.constants import REPO, SPACY_PIPELINE


def test_versions_rasa_needs():
    assert pydantic.VERSION.startswith("1."), pydantic.VERSION
    assert tuple(int(p) for p in numpy.__version__.split(".")[:2]) < (1, 25)
    assert spacy.__version__.startswith("3.4.")


def test_installed_packages_are_consistent():
    result = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_constraints_refuse_an_upgrade_to_pydantic_v2():
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index",
         "-c", str(REPO / "constraints.txt"), "pydantic>=2"],
        capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "(constraint) pydantic==1." in result.stdout + result.stderr


def test_spacy_pipeline_lemmatizes_patient_words():
    nlp = spacy.load(SPACY_PIPELINE)
    assert [t.lemma_ for t in nlp("my muscles aches")] == ["my", "muscle", "ache"]
