"""`make bench`: measure the assistant against its targets and print the numbers.

- NLU: intent macro-F1 on held-out paraphrases, and a sweep of the fallback threshold
  (held-out answered correctly vs. unknown messages answered as if understood).
- Safety triage: recall and precision per tier on tests/data/safety_dev.yml and on the frozen
  test part tests/data/safety_test.yml, and the false-alarm rate on ordinary questions.
- Reads: top-1 / top-3 accuracy of the reads ranking on tests/reads_queries.yml, and the
  latency of action_suggest_reads (in process, rasa-sdk dispatcher and tracker).
- Training: wall time of a forced `rasa train` from scratch.
- Start-up: seconds from launching the servers until the Rasa server answers.
- Latency: reply time of the REST webhook, 200 messages sent one at a time, both as 20
  ten-message conversations and as one 200-message conversation, next to a baseline
  measured in the same run (the server's plain health route), because these machines are
  noisy; plus the very first reply after start (warm-up check).
- Widget: in Debian's Chromium, the time from sending a question in the widget on the demo page
  until the answer is on screen, next to the REST reply time of the same questions.
- Soak: SOAK_MESSAGES messages (default 20,000) over 50 conversations, four at a time: errors,
  the resident memory of each server process before and after, and database bytes per message.
"""

import asyncio
import os
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import nlu_eval
import safety_eval
from actions.reads import ActionSuggestReads
from actions.ranking import Context
from bot_servers import MODEL, RASA, REPO, BotServers, free_port, rasa_env, serve_demo_page

TARGET_F1 = 0.95
TARGET_TRAIN_S = 180
TARGET_READY_S = 30
TARGET_P95_MS = 60
TARGET_WIDGET_MS = 1000
CHROMIUM = "/usr/bin/chromium"
# Sends one question through the widget's form; resolves when the answer has been painted.
WIDGET_ROUND_TRIP_JS = """async (text) => {
  const log = document.querySelector('.fw-log');
  const before = log.querySelectorAll('.fw-msg--bot').length;
  const answered = new Promise((resolve) => new MutationObserver((_, observer) => {
    if (log.querySelectorAll('.fw-msg--bot').length > before) { observer.disconnect(); resolve(); }
  }).observe(log, {childList: true}));
  document.querySelector('.fw-input').value = text;
  const started = performance.now();
  document.querySelector('.fw-form').requestSubmit();
  await answered;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
}"""
MESSAGES = 200
CONVERSATION = [
    "what causes fibromyalgia", "tell me more", "is it all in my head", "why?",
    "what are the symptoms", "are my muscles inflamed", "what is the evidence",
    "is there any hope", "who says so", "thanks",
]
UNKNOWN = "tests/nlu_unknown.txt"


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES TARGET"


def percentile(values, pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def bench_nlu() -> None:
    report = nlu_eval.main()
    print(f"NLU macro-F1 {report.macro_f1:.3f} (target >= {TARGET_F1}): "
          f"{verdict(report.macro_f1 >= TARGET_F1)}")
    examples = nlu_eval.load_examples(nlu_eval.DEFAULT_HELDOUT)
    unknown = [line.strip() for line in Path(UNKNOWN).read_text().splitlines()
               if line.strip() and not line.startswith("#")]
    parses = nlu_eval.parse_texts(str(MODEL), [t for t, _ in examples] + unknown)
    known = [nlu_eval.to_prediction(t, i, p) for (t, i), p in zip(examples, parses)]
    strange = [nlu_eval.to_prediction(t, "", p) for t, p in zip(unknown, parses[len(examples):])]
    print("fallback threshold sweep (held-out right / held-out wrong / unknown answered in scope):")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7):
        right = sum(p.top_confidence >= threshold and p.top_intent == p.expected for p in known)
        wrong = sum(p.top_confidence >= threshold and p.top_intent != p.expected for p in known)
        unsafe = sum(p.top_confidence >= threshold and p.top_intent != "out_of_scope"
                     for p in strange)
        print(f"  {threshold:.2f}: {right / len(known):.3f} / {wrong / len(known):.3f} / "
              f"{unsafe}/{len(strange)}")


def bench_safety() -> None:
    """Safety triage recall and precision per tier on the dev and frozen test parts, and the
    false alarms on every ordinary NLU example and held-out paraphrase."""
    safety_eval.main(str(MODEL))


def bench_reads() -> None:
    action = ActionSuggestReads()
    queries = yaml.safe_load((REPO / "tests" / "reads_queries.yml").read_text())
    ranked = {q["query"]: [r.read.id for r in action.ranker.rank(Context(q["query"]))]
              for q in queries["top_1"] + queries["top_3"]}
    top1 = sum(ranked[q["query"]][:1] == [q["expected"]] for q in queries["top_1"])
    top3 = sum(set(q["expected"]) <= set(ranked[q["query"]][:3]) for q in queries["top_3"])
    in_top3 = sum(q["expected"] in ranked[q["query"]][:3] for q in queries["top_1"])
    print(f"reads ranking: top-1 {top1}/{len(queries['top_1'])}, expected read in top 3 "
          f"{in_top3}/{len(queries['top_1'])}, top-3 sets {top3}/{len(queries['top_3'])}")

    history = [{"event": "user", "text": q["query"]} for q in queries["top_1"][:10]]

    def one_run(query: str) -> None:
        tracker = Tracker("bench", {"topic": "treatment", "reads_shown": None}, {"text": query},
                          history + [{"event": "user", "text": query}], False, None, {},
                          "action_listen")
        asyncio.run(action.run(CollectingDispatcher(), tracker, {}))
    times = [timed_ms(lambda q=q: one_run(q["query"])) for q in queries["top_1"] * 10]
    print(f"action_suggest_reads over {len(times)} runs (10 earlier messages): {describe(times)}")


def bench_training() -> None:
    with tempfile.TemporaryDirectory() as out:
        started = time.monotonic()
        subprocess.run([RASA, "train", "--force", "--out", out], cwd=REPO, env=rasa_env(),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.monotonic() - started
    print(f"rasa train (forced, from scratch) {seconds:.0f} s (target <= {TARGET_TRAIN_S} s): "
          f"{verdict(seconds <= TARGET_TRAIN_S)}")


def timed_ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def reply_times(servers: BotServers, conversations: int, turns: int) -> list:
    """Milliseconds per reply for `conversations` patients sending `turns` messages each."""
    return [
        timed_ms(lambda: servers.say(f"bench-{conversations}-{c}", CONVERSATION[t % len(CONVERSATION)]))
        for c in range(conversations)
        for t in range(turns)
    ]


def describe(times: list) -> str:
    return (f"p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms, "
            f"max {max(times):.1f} ms")


def bench_serving() -> None:
    with tempfile.TemporaryDirectory() as workdir:
        servers = BotServers(f"sqlite:///{workdir}/tracker.db", Path(workdir) / "logs")
        ready_s = servers.start()
        try:
            first_ms = timed_ms(lambda: servers.say("bench-first", CONVERSATION[0]))
            health = [timed_ms(lambda: requests.get(servers.base_url, timeout=5).raise_for_status())
                      for _ in range(MESSAGES)]
            short = reply_times(servers, conversations=MESSAGES // 10, turns=10)
            single = reply_times(servers, conversations=1, turns=MESSAGES)
        finally:
            servers.stop()
    first_of_later = short[::10]
    p95 = percentile(single, 95)
    print(f"server ready after {ready_s:.1f} s (target <= {TARGET_READY_S} s): "
          f"{verdict(ready_s <= TARGET_READY_S)}")
    print(f"first reply after start {first_ms:.0f} ms; first reply of later conversations "
          f"median {statistics.median(first_of_later):.0f} ms")
    print(f"baseline, same run, GET / health ({MESSAGES} requests): {describe(health)}")
    print(f"{MESSAGES // 10} conversations x 10 messages: {describe(short)}")
    print(f"1 conversation x {MESSAGES} messages: {describe(single)} "
          f"(target p95 <= {TARGET_P95_MS} ms): {verdict(p95 <= TARGET_P95_MS)}")
    print(f"  growth with history: messages 1-20 median {statistics.median(single[:20]):.0f} ms, "
          f"181-200 median {statistics.median(single[-20:]):.0f} ms")


def bench_widget() -> None:
    from playwright.sync_api import sync_playwright  # test-only dependency

    demo_port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        servers = BotServers(f"sqlite:///{workdir}/tracker.db", Path(workdir) / "logs",
                             [f"http://127.0.0.1:{demo_port}"])
        servers.start()
        demo = serve_demo_page(demo_port, servers.base_url)
        try:
            rest = reply_times(servers, conversations=2, turns=len(CONVERSATION))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"])
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{demo_port}/")
                page.get_by_role("button", name="Chat about fibromyalgia").click()
                widget = [page.evaluate(WIDGET_ROUND_TRIP_JS, text) for text in CONVERSATION * 2]
                browser.close()
        finally:
            demo.terminate()
            servers.stop()
    print(f"baseline, same run, REST replies to the same questions: {describe(rest)}")
    print(f"widget, send to answer on screen ({len(widget)} questions): {describe(widget)} "
          f"(target <= {TARGET_WIDGET_MS} ms): {verdict(max(widget) <= TARGET_WIDGET_MS)}")


SOAK_CONVERSATIONS = 50
SOAK_SENDERS = 4


def resident_mb(pid: int) -> float:
    """Resident memory of process `pid` in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def bench_soak() -> None:
    total = int(os.environ.get("SOAK_MESSAGES", "20000"))
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "tracker.db"
        servers = BotServers(f"sqlite:///{database}", Path(workdir) / "logs")
        servers.start()
        try:
            servers.say("soak-warm-up", CONVERSATION[0])
            before = {name: resident_mb(pid) for name, pid in servers.pids().items()}
            bytes_before = database.stat().st_size

            def send(i: int) -> bool:
                reply = servers.post(f"soak-{i % SOAK_CONVERSATIONS}",
                                     CONVERSATION[i % len(CONVERSATION)])
                return reply.status_code == 200 and bool(reply.json())
            started = time.monotonic()
            with ThreadPoolExecutor(SOAK_SENDERS) as pool:
                answered = sum(pool.map(send, range(total)))
            seconds = time.monotonic() - started
            after = {name: resident_mb(pid) for name, pid in servers.pids().items()}
            per_message = (database.stat().st_size - bytes_before) / total
            still_up = servers.is_running()
        finally:
            servers.stop()
    print(f"soak: {total} messages over {SOAK_CONVERSATIONS} conversations in {seconds:.0f} s, "
          f"{total - answered} errors or empty replies, servers still up: {still_up}")
    for name in before:
        print(f"  {name} resident memory {before[name]:.0f} MB -> {after[name]:.0f} MB")
    print(f"  database {per_message:.0f} bytes per message")


if __name__ == "__main__":
    bench_nlu()
    bench_safety()
    bench_reads()
    bench_serving()
    bench_widget()
    bench_training()
    bench_soak()
