"""What a patient waits for, measured on the real servers: start-up, reply latency of plain
answers and of turns that call the action server, the widget in Chromium, and a soak.

Every latency is printed next to a baseline measured in the same run (the server's plain health
route, or the REST reply to the same questions), because these machines are noisy.
"""

import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import requests

from tests.bench.figures import describe, percentile, resident_mb, timed_ms, verdict
from tests.harness import chromium
from tests.harness.servers import BotServers, free_port, serve_demo_page

TARGET_READY_S = 30
TARGET_P95_MS = 60
TARGET_WIDGET_MS = 1000
MESSAGES = 200
# Questions answered from the domain's responses: the Rasa server alone.
CONVERSATION = [
    "what causes fibromyalgia", "tell me more", "is it all in my head", "why?",
    "what are the symptoms", "are my muscles inflamed", "what is the evidence",
    "is there any hope", "who says so", "thanks",
]
# Turns that run custom actions: reads ranked by the action server, and the hand-off form
# (validated by the action server, then stored in the database).
ACTION_CONVERSATION = [
    "can you suggest something to read about chronic pain", "more reads",
    "I'd like to talk to a person", "yes", "216-444-2200", "questions about my sleep",
]
ACTION_CONVERSATIONS = 20
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
SOAK_CONVERSATIONS = 50
SOAK_SENDERS = 4


def reply_times(servers: BotServers, conversations: int, turns: int,
                script: List[str] = CONVERSATION, name: str = "bench") -> List[float]:
    """Milliseconds per reply for `conversations` patients sending `turns` messages of
    `script` each."""
    return [
        timed_ms(lambda: servers.say(f"{name}-{conversations}-{c}", script[t % len(script)]))
        for c in range(conversations)
        for t in range(turns)
    ]


def action_path_times(servers: BotServers) -> Dict[str, List[float]]:
    """Reply times of each turn of ACTION_CONVERSATION, over ACTION_CONVERSATIONS patients."""
    times = reply_times(servers, ACTION_CONVERSATIONS, len(ACTION_CONVERSATION),
                        ACTION_CONVERSATION, name="bench-actions")
    return {turn: times[i::len(ACTION_CONVERSATION)] for i, turn in enumerate(ACTION_CONVERSATION)}


def memory_of(servers: BotServers) -> Dict[str, float]:
    """Resident MB of each server process, by name."""
    return {name: resident_mb(pid) for name, pid in servers.pids().items()}


def bench_serving() -> Dict[str, float]:
    """Print start-up and latency figures; return each process's resident MB afterwards."""
    with tempfile.TemporaryDirectory() as workdir:
        servers = BotServers(f"sqlite:///{workdir}/tracker.db", Path(workdir) / "logs")
        ready_s = servers.start()
        try:
            first_ms = timed_ms(lambda: servers.say("bench-first", CONVERSATION[0]))
            health = [timed_ms(lambda: requests.get(servers.base_url, timeout=5).raise_for_status())
                      for _ in range(MESSAGES)]
            short = reply_times(servers, conversations=MESSAGES // 10, turns=10)
            single = reply_times(servers, conversations=1, turns=MESSAGES)
            actions = action_path_times(servers)
            memory = memory_of(servers)
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
    every_action_turn = [t for turn in actions.values() for t in turn]
    print(f"turns that call the action server, {ACTION_CONVERSATIONS} conversations x "
          f"{len(ACTION_CONVERSATION)} turns: {describe(every_action_turn)} "
          f"(target p95 <= {TARGET_P95_MS} ms): "
          f"{verdict(percentile(every_action_turn, 95) <= TARGET_P95_MS)}")
    for turn, times in actions.items():
        print(f"  {turn!r}: {describe(times)}")
    return memory


@contextmanager
def servers_with_demo_page() -> Iterator[Tuple[BotServers, str]]:
    """Both servers on a new database, and the demo page allowed to call them; its URL."""
    demo_port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        servers = BotServers(f"sqlite:///{workdir}/tracker.db", Path(workdir) / "logs",
                             [f"http://127.0.0.1:{demo_port}"])
        servers.start()
        demo = serve_demo_page(demo_port, servers.base_url)
        try:
            yield servers, f"http://127.0.0.1:{demo_port}/"
        finally:
            demo.terminate()
            servers.stop()


def bench_widget() -> None:
    from playwright.sync_api import sync_playwright  # test-only dependency

    with servers_with_demo_page() as (servers, demo_url):
        rest = reply_times(servers, conversations=2, turns=len(CONVERSATION))
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright)
            page = browser.new_page()
            page.goto(demo_url)
            page.get_by_role("button", name="Chat about fibromyalgia").click()
            widget = [page.evaluate(WIDGET_ROUND_TRIP_JS, text) for text in CONVERSATION * 2]
            browser.close()
    print(f"baseline, same run, REST replies to the same questions: {describe(rest)}")
    print(f"widget, send to answer on screen ({len(widget)} questions): {describe(widget)} "
          f"(target <= {TARGET_WIDGET_MS} ms): {verdict(max(widget) <= TARGET_WIDGET_MS)}")


def bench_soak(total: int) -> None:
    """`total` messages over SOAK_CONVERSATIONS conversations, SOAK_SENDERS at a time: errors,
    each process's resident memory before and after, and database bytes per message."""
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "tracker.db"
        servers = BotServers(f"sqlite:///{database}", Path(workdir) / "logs")
        servers.start()
        try:
            servers.say("soak-warm-up", CONVERSATION[0])
            before = memory_of(servers)
            bytes_before = database.stat().st_size

            def send(i: int) -> bool:
                reply = servers.post(f"soak-{i % SOAK_CONVERSATIONS}",
                                     CONVERSATION[i % len(CONVERSATION)])
                return reply.status_code == 200 and bool(reply.json())
            started = time.monotonic()
            with ThreadPoolExecutor(SOAK_SENDERS) as pool:
                answered = sum(pool.map(send, range(total)))
            seconds = time.monotonic() - started
            after = memory_of(servers)
            per_message = (database.stat().st_size - bytes_before) / total
            still_up = servers.is_running()
        finally:
            servers.stop()
    print(f"soak: {total} messages over {SOAK_CONVERSATIONS} conversations in {seconds:.0f} s, "
          f"{total - answered} errors or empty replies, servers still up: {still_up}")
    for name in before:
        print(f"  {name} resident memory {before[name]:.0f} MB -> {after[name]:.0f} MB")
    print(f"  database {per_message:.0f} bytes per message")
