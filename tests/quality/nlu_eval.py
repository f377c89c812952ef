"""Measure intent recognition on held-out paraphrases that are not in the training data.

A message that falls back to `nlu_fallback` counts as a miss: a patient who asked a real
question and got "please rephrase" was not understood. Writes a Markdown report with the
macro-F1, per-intent scores and the confusion pairs.

Usage: python -m tests.quality.nlu_eval [MODEL] [REPORT_MD]
"""

import asyncio
import functools
import logging
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

from sklearn.metrics import precision_recall_fscore_support

from actions.constants import FALLBACK_INTENT, MODEL_PATH, REPO
from tests import DATA

DEFAULT_MODEL = str(MODEL_PATH)
# Paraphrases written apart from the training data, but later used to tune the fallback
# threshold and the intent design: their score is a tuning-set score.
HELDOUT = DATA / "nlu_heldout.yml"
# The frozen test part: written by someone who had not seen the training data, tuned on by
# nothing; its misread messages are never printed, so nobody tunes on them by accident.
FROZEN_TEST = DATA / "nlu_test.yml"
DEFAULT_REPORT = "reports/nlu_quality.md"


@dataclass
class Prediction:
    text: str
    expected: str
    predicted: str
    top_intent: str  # best intent before the fallback classifier stepped in
    top_confidence: float


@dataclass
class NluReport:
    macro_f1: float
    accuracy: float
    fallback_rate: float
    per_intent: Dict[str, Tuple[float, float, float, int]]
    confusions: List[Tuple[str, str, int]]
    errors: List[Prediction] = field(default_factory=list)


def load_examples(path: str) -> List[Tuple[str, str]]:
    """(text, intent) pairs of a Rasa NLU YAML file."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(path)
    return [(m.get("text"), m.get("intent")) for m in data.intent_examples]


@functools.lru_cache(maxsize=1)
def _agent(model_path: str, modified: float):
    """The model loaded once per process and model file (`modified`: its modification time):
    loading takes seconds, and the quality gates parse with the same model many times."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # no per-message debug lines
    return Agent.load(model_path)


async def _parse_all(model_path: str, texts: List[str]) -> List[dict]:
    agent = _agent(model_path, os.path.getmtime(model_path))
    return [await agent.parse_message(text) for text in texts]


def parse_texts(model_path: str, texts: List[str]) -> List[dict]:
    """Rasa parse results (intent, ranking) of `texts` with the trained model."""
    return asyncio.run(_parse_all(model_path, texts))


def to_prediction(text: str, expected: str, parse: dict) -> Prediction:
    intent = parse["intent"]
    ranking = [r for r in parse.get("intent_ranking", []) if r["name"] != FALLBACK_INTENT]
    top = ranking[0] if ranking else intent
    return Prediction(text, expected, intent["name"], top["name"], top["confidence"])


def score(predictions: List[Prediction]) -> NluReport:
    """Macro-F1 over the expected intents; fallbacks count as misses."""
    expected = [p.expected for p in predictions]
    predicted = [p.predicted for p in predictions]
    labels = sorted(set(expected))
    precision, recall, f1, support = precision_recall_fscore_support(
        expected, predicted, labels=labels, zero_division=0
    )
    errors = [p for p in predictions if p.predicted != p.expected]
    pairs = Counter((p.expected, p.predicted) for p in errors)
    return NluReport(
        macro_f1=float(f1.mean()),
        accuracy=1 - len(errors) / len(predictions),
        fallback_rate=predicted.count(FALLBACK_INTENT) / len(predictions),
        per_intent={
            label: (float(p), float(r), float(f), int(s))
            for label, p, r, f, s in zip(labels, precision, recall, f1, support)
        },
        confusions=[(gold, guess, n) for (gold, guess), n in pairs.most_common()],
        errors=errors,
    )


def evaluate(model_path: str, heldout_path: str) -> NluReport:
    examples = load_examples(heldout_path)
    parses = parse_texts(model_path, [text for text, _ in examples])
    return score([to_prediction(t, i, p) for (t, i), p in zip(examples, parses)])


def render_markdown(report: NluReport, data_path: Path, frozen: bool) -> str:
    """The report of one evaluation file; for the frozen test part, scores only."""
    count = sum(s for *_, s in report.per_intent.values())
    lines = [
        f"## {'Frozen test part' if frozen else 'Held-out paraphrases (tuning set)'}",
        "",
        f"Data: `{data_path.relative_to(REPO)}` ({count} examples, none of them in the training"
        " data). Fallbacks count as misses.",
        "",
        f"- intent macro-F1: **{report.macro_f1:.3f}**",
        f"- accuracy: {report.accuracy:.3f}",
        f"- fell back to 'please rephrase': {report.fallback_rate:.1%}",
        "",
    ]
    if not frozen:
        lines += ["### Confusion pairs (expected -> predicted: count)", ""]
        lines += [f"- {gold} -> {guess}: {n}" for gold, guess, n in report.confusions] or ["- none"]
        lines += ["", "### Misread messages", ""]
        lines += [
            f"- \"{e.text}\": expected {e.expected}, got {e.predicted}"
            f" (best guess {e.top_intent} at {e.top_confidence:.2f})"
            for e in report.errors
        ] or ["- none"]
        lines.append("")
    lines += ["### Per intent (precision / recall / F1 / support)", ""]
    lines += [
        f"- {label}: {p:.2f} / {r:.2f} / {f:.2f} / {s}"
        for label, (p, r, f, s) in report.per_intent.items()
    ]
    return "\n".join(lines) + "\n"


def main(model: str = DEFAULT_MODEL, report_path: str = DEFAULT_REPORT) -> Dict[Path, NluReport]:
    """Score the held-out paraphrases and the frozen test part; write both to `report_path`."""
    reports = {path: evaluate(model, str(path)) for path in (HELDOUT, FROZEN_TEST)}
    sections = [render_markdown(report, path, frozen=path == FROZEN_TEST)
                for path, report in reports.items()]
    Path(report_path).parent.mkdir(parents=True, exist_ok=True)
    Path(report_path).write_text("# NLU quality\n\n" + "\n".join(sections))
    for path, report in reports.items():
        print(f"{path.name}: intent macro-F1 {report.macro_f1:.3f}, accuracy "
              f"{report.accuracy:.3f}, fallback {report.fallback_rate:.1%}")
    print(f"-> {report_path}")
    return reports


if __name__ == "__main__":
    main(*sys.argv[1:])
