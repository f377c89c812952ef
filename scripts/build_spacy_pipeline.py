"""Build the local English spaCy pipeline used by the NLU (tokenizer + lookup lemmatizer).

spaCy's `spacy download` fetches models from GitHub, which is not reachable at run or install
time. The lemma tables come from the `spacy-lookups-data` package on PyPI instead, so the
pipeline is built locally with the spaCy version that will run it (rasa checks meta.json).

Usage: python scripts/build_spacy_pipeline.py OUTPUT_DIR
"""

import sys
from pathlib import Path

import spacy

PIPELINE_NAME = "en_fibro_lookup"


def build_pipeline() -> "spacy.language.Language":
    """Return a blank English pipeline with an initialised lookup lemmatizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["description"] = "Tokenizer and lookup lemmatizer for the fibromyalgia assistant"
    return nlp


def main(output_dir: str) -> None:
    nlp = build_pipeline()
    lemmas = [token.lemma_ for token in nlp("muscles aches")]
    if lemmas != ["muscle", "ache"]:
        raise SystemExit(f"lemmatizer did not initialise correctly: {lemmas}")
    Path(output_dir).parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(Path(output_dir))
    print(f"built spaCy {spacy.__version__} pipeline in {output_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
