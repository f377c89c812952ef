"""What the trained model gets right: NLU on both evaluation files, the safety triage per tier,
the reads ranking, and how long a forced training takes."""

import asyncio
import subprocess
import tempfile
import time

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.constants import MODEL_PATH, READS_SHOWN_SLOT, REPO, TOPIC_SLOT
from actions.ranking import Context
from actions.reads import ActionSuggestReads
from tests import DATA
from tests.bench.figures import describe, timed_ms, verdict
from tests.harness.servers import RASA, rasa_env
from tests.harness.trackers import tracker_with
from tests.quality import near_duplicates, nlu_eval, safety_eval

TARGET_F1 = 0.95
TARGET_TRAIN_S = 180
UNKNOWN = DATA / "nlu_unknown.txt"


def bench_nlu() -> None:
    """Macro-F1 on the held-out paraphrases (a tuning-set score) and on the frozen test part,
    and a sweep of the fallback threshold on the held-out paraphrases only."""
    reports = nlu_eval.main(str(MODEL_PATH))
    for path, report in reports.items():
        duplicates = len(near_duplicates.near_duplicates(path))
        print(f"NLU macro-F1 on {path.name} {report.macro_f1:.3f} (target >= {TARGET_F1}): "
              f"{verdict(report.macro_f1 >= TARGET_F1)}; near-duplicates of training "
              f"examples: {duplicates}")
    examples = nlu_eval.load_examples(str(nlu_eval.HELDOUT))
    unknown = [line.strip() for line in UNKNOWN.read_text().splitlines()
               if line.strip() and not line.startswith("#")]
    parses = nlu_eval.parse_texts(str(MODEL_PATH), [t for t, _ in examples] + unknown)
    known = [nlu_eval.to_prediction(t, i, p) for (t, i), p in zip(examples, parses)]
    strange = [nlu_eval.to_prediction(t, "", p) for t, p in zip(unknown, parses[len(examples):])]
    print("fallback threshold sweep on the held-out paraphrases "
          "(right / wrong / unknown answered in scope):")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7):
        right = sum(p.top_confidence >= threshold and p.top_intent == p.expected for p in known)
        wrong = sum(p.top_confidence >= threshold and p.top_intent != p.expected for p in known)
        unsafe = sum(p.top_confidence >= threshold and p.top_intent != "out_of_scope"
                     for p in strange)
        print(f"  {threshold:.2f}: {right / len(known):.3f} / {wrong / len(known):.3f} / "
              f"{unsafe}/{len(strange)}")


def bench_safety() -> None:
    """Safety triage recall and precision per tier on the dev and frozen test parts, and the
    false alarms on every ordinary NLU example and evaluation message."""
    safety_eval.main(str(MODEL_PATH))


def bench_reads() -> None:
    action = ActionSuggestReads()
    queries = yaml.safe_load((DATA / "reads_queries.yml").read_text())
    ranked = {q["query"]: [r.read.id for r in action.ranker.rank(Context(q["query"]))]
              for q in queries["top_1"] + queries["top_3"]}
    top1 = sum(ranked[q["query"]][:1] == [q["expected"]] for q in queries["top_1"])
    top3 = sum(set(q["expected"]) <= set(ranked[q["query"]][:3]) for q in queries["top_3"])
    in_top3 = sum(q["expected"] in ranked[q["query"]][:3] for q in queries["top_1"])
    print(f"reads ranking: top-1 {top1}/{len(queries['top_1'])}, expected read in top 3 "
          f"{in_top3}/{len(queries['top_1'])}, top-3 sets {top3}/{len(queries['top_3'])}")

    earlier = [q["query"] for q in queries["top_1"][:10]]

    def one_run(query: str) -> None:
        tracker = tracker_with(query, slots={TOPIC_SLOT: "treatment", READS_SHOWN_SLOT: None},
                               earlier_messages=earlier)
        asyncio.run(action.run(CollectingDispatcher(), tracker, {}))
    times = [timed_ms(lambda q=q: one_run(q["query"])) for q in queries["top_1"] * 10]
    print(f"action_suggest_reads in process over {len(times)} runs (10 earlier messages): "
          f"{describe(times)}")


def bench_training() -> None:
    with tempfile.TemporaryDirectory() as out:
        started = time.monotonic()
        subprocess.run([RASA, "train", "--force", "--out", out], cwd=REPO, env=rasa_env(),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.monotonic() - started
    print(f"rasa train (forced, from scratch) {seconds:.0f} s (target <= {TARGET_TRAIN_S} s): "
          f"{verdict(seconds <= TARGET_TRAIN_S)}")
