"""Throughput of three set-ups measured in one run on this machine, with the same closed-loop load
(tests/harness/load.py: conversations of greeting, article questions, a read suggestion, thanks):

- stock:  Rasa's starter bot (`rasa init`, default config), as its README runs it: the baseline;
- single: our bot as `make run` runs it (one rasa process, SQLite, the action server);
- scaled: our bot as `make run-scaled` runs it (deploy/local.py: REPLICAS rasa processes behind
  nginx, PostgreSQL, Redis, the action server's workers, the console).

Each at concurrency 1, 4, 16 and 64: messages per second, latency p50/p95/p99, errors, CPU
milliseconds per message over all its processes, their peak resident memory, cold start (launch
to first answer). Afterwards every conversation's stored turns are checked: each once, in order.
Prints a table and writes bench/results/scale.json and scale.png.

Usage: python -m tests.bench.scale   (part of `make bench`)
"""

import json
import shutil
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import matplotlib
import psutil
import requests

from deploy.local import LocalStack, Settings
from tests.bench.figures import verdict
from tests.harness.load import REST_PATH, conversation_ids, out_of_order, run_load
from tests.harness.servers import (RASA, BotServers, consecutive_free_ports, free_port,
                                   rasa_env)

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "bench" / "results"
CONCURRENCY = (1, 4, 16, 64)
TURNS_PER_CONVERSATION = 5


def conversations_for(concurrency: int) -> int:
    """Enough conversations that each level runs for a while (this machine is noisy): about
    10 s at concurrency 16."""
    return max(20, 6 * concurrency)


class Measured:
    """The processes of one set-up: CPU seconds used and resident memory, sampled."""

    def __init__(self, root_pids: Callable[[], List[int]]) -> None:
        self.root_pids = root_pids
        self.peak_rss_mb = 0.0
        self._sampling = threading.Event()

    def processes(self) -> List[psutil.Process]:
        found = []
        for pid in self.root_pids():
            try:
                root = psutil.Process(pid)
                found += [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                pass
        return found

    def _sum(self, reading: Callable[[psutil.Process], float]) -> float:
        """`reading` summed over the processes still running."""
        total = 0.0
        for process in self.processes():
            try:
                total += reading(process)
            except psutil.NoSuchProcess:
                pass
        return total

    def cpu_s(self) -> float:
        return self._sum(lambda process: sum(process.cpu_times()[:4]))  # user, system, children

    def rss_mb(self) -> float:
        return self._sum(lambda process: process.memory_info().rss) / 2**20

    @contextmanager
    def sampling_memory(self) -> Iterator[None]:
        def loop() -> None:
            while not self._sampling.wait(0.5):
                self.peak_rss_mb = max(self.peak_rss_mb, self.rss_mb())

        self._sampling.clear()
        sampler = threading.Thread(target=loop, daemon=True)
        sampler.start()
        try:
            yield
        finally:
            self._sampling.set()
            sampler.join()
            self.peak_rss_mb = max(self.peak_rss_mb, self.rss_mb())


def first_answer_s(base_url: str, launched: float) -> float:
    """Seconds from `launched` until the bot first answers a message."""
    while True:
        try:
            reply = requests.post(base_url + REST_PATH, timeout=30,
                                  json={"sender": "cold-start", "message": "hello"})
            if reply.ok and reply.json():
                return time.monotonic() - launched
        except requests.RequestException:
            pass
        time.sleep(0.2)


def measure(name: str, base_url: str, measured: Measured, launched: float,
            database_url: str = "") -> Dict:
    """Every concurrency level against the running set-up at `base_url`."""
    result = {"setup": name, "cold_start_s": first_answer_s(base_url, launched), "levels": []}
    run_load(base_url, conversation_ids(2, f"{name}-warm"), 2)  # warm every replica
    with measured.sampling_memory():
        for concurrency in CONCURRENCY:
            cpu_before = measured.cpu_s()
            load = run_load(base_url, conversation_ids(conversations_for(concurrency), name),
                            concurrency)
            answered = len(load.turns) - len(load.errors)
            level = {
                "concurrency": concurrency, "messages": len(load.turns),
                "messages_per_s": round(load.messages_per_s, 1),
                "p50_ms": round(load.latency_ms(50)), "p95_ms": round(load.latency_ms(95)),
                "p99_ms": round(load.latency_ms(99)), "errors": len(load.errors),
                "cpu_ms_per_message": round((measured.cpu_s() - cpu_before) * 1000
                                            / max(answered, 1), 1),
            }
            if database_url:
                level["conversations_out_of_order"] = len(out_of_order(database_url, load))
            result["levels"].append(level)
            print(f"  {name:7} c={concurrency:<3} {level['messages_per_s']:7.1f} msg/s  "
                  f"p50 {level['p50_ms']:5} ms  p99 {level['p99_ms']:6} ms  "
                  f"errors {level['errors']}", flush=True)
    result["peak_rss_mb"] = round(measured.peak_rss_mb)
    return result


def bench_stock() -> Dict:
    """Rasa's starter bot: `rasa init` (trains its model), then `rasa run` and its action server."""
    folder = Path(tempfile.mkdtemp(prefix="stock-bot-"))
    processes: List[subprocess.Popen] = []
    try:
        subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(folder)], cwd=folder,
                       env=rasa_env(), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        port = free_port()
        launched = time.monotonic()
        for command in ([RASA, "run", "actions", "--port", str(free_port())],
                        [RASA, "run", "--port", str(port)]):
            processes.append(subprocess.Popen(command, cwd=folder, env=rasa_env(),
                                              stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL))
        return measure("stock", f"http://127.0.0.1:{port}",
                       Measured(lambda: [process.pid for process in processes]), launched)
    finally:
        for process in processes:
            process.terminate()
            process.wait(60)
        shutil.rmtree(folder, ignore_errors=True)


def bench_single() -> Dict:
    """Our bot as `make run` runs it: one rasa process on SQLite, the action server."""
    folder = Path(tempfile.mkdtemp(prefix="single-bot-"))
    database_url = f"sqlite:///{folder / 'tracker.db'}"
    servers = BotServers(database_url, folder / "logs")
    launched = time.monotonic()
    servers.start()
    try:
        measured = Measured(lambda: list(servers.pids().values()))
        return measure("single", servers.base_url, measured, launched, database_url)
    finally:
        servers.stop()
        shutil.rmtree(folder, ignore_errors=True)


def bench_scaled() -> Dict:
    """Our bot as `make run-scaled` runs it, on free ports with its data in a new folder."""
    folder = Path(tempfile.mkdtemp(prefix="scaled-bot-"))
    folder.chmod(0o755)  # PostgreSQL runs as its own user when this runs as root
    settings = Settings(var_dir=folder, public_port=free_port(),
                        first_replica_port=consecutive_free_ports(Settings().replicas),
                        action_port=free_port(), console_port=free_port(),
                        postgres_port=free_port(), redis_port=free_port(), with_demo_page=False)
    stack = LocalStack(settings)
    launched = time.monotonic()
    try:
        stack.start()
        measured = Measured(lambda: [service.process.pid for service in stack.services.values()
                                     if service.process is not None])
        return measure(f"scaled×{settings.replicas}", settings.public_url, measured, launched,
                       stack.database_url)
    finally:
        stack.stop()
        shutil.rmtree(folder, ignore_errors=True)


def at(result: Dict, concurrency: int) -> Dict:
    return next(level for level in result["levels"] if level["concurrency"] == concurrency)


def report(results: List[Dict]) -> Dict:
    """Print the table and the targets; the targets as a dictionary."""
    print(f"\n  {'set-up':10} {'conc':>4} {'msg/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} "
          f"{'errors':>6} {'CPU ms/msg':>10} {'in order':>8}")
    for result in results:
        for level in result["levels"]:
            order = level.get("conversations_out_of_order")
            print(f"  {result['setup']:10} {level['concurrency']:>4} "
                  f"{level['messages_per_s']:>7.1f} {level['p50_ms']:>6} {level['p95_ms']:>6} "
                  f"{level['p99_ms']:>6} {level['errors']:>6} {level['cpu_ms_per_message']:>10} "
                  f"{'n/a' if order is None else ('yes' if order == 0 else f'{order} no'):>8}")
        print(f"  {result['setup']:10} peak RSS {result['peak_rss_mb']} MB, "
              f"cold start {result['cold_start_s']:.1f} s")
    stock, single, scaled = results
    targets = {
        "scaled_vs_stock_at_16": round(at(scaled, 16)["messages_per_s"]
                                       / at(stock, 16)["messages_per_s"], 2),
        "scaled_vs_single_at_16": round(at(scaled, 16)["messages_per_s"]
                                        / at(single, 16)["messages_per_s"], 2),
        "errors_at_64": {result["setup"]: at(result, 64)["errors"] for result in results},
        "conversations_out_of_order": sum(level.get("conversations_out_of_order", 0)
                                          for result in results for level in result["levels"]),
    }
    print(f"\n  scaled / stock at concurrency 16:  {targets['scaled_vs_stock_at_16']}× "
          f"(target >= 2.0) {verdict(targets['scaled_vs_stock_at_16'] >= 2.0)}")
    print(f"  scaled / single at concurrency 16: {targets['scaled_vs_single_at_16']}× "
          f"(target >= 1.3) {verdict(targets['scaled_vs_single_at_16'] >= 1.3)}")
    print(f"  errors at concurrency 64: {targets['errors_at_64']} "
          f"{verdict(not any(targets['errors_at_64'].values()))}")
    print(f"  conversations stored out of order or twice: "
          f"{targets['conversations_out_of_order']} "
          f"{verdict(targets['conversations_out_of_order'] == 0)}")
    return targets


def chart(results: List[Dict], path: Path) -> None:
    figure, (throughput, latency) = plt.subplots(1, 2, figsize=(11, 4))
    for result in results:
        levels = result["levels"]
        concurrency = [level["concurrency"] for level in levels]
        throughput.plot(concurrency, [level["messages_per_s"] for level in levels], marker="o",
                        label=result["setup"])
        latency.plot(concurrency, [level["p95_ms"] for level in levels], marker="o",
                     label=result["setup"])
    for axes, title in ((throughput, "messages per second"), (latency, "p95 latency (ms)")):
        axes.set_xscale("log", base=2)
        axes.set_xticks(CONCURRENCY, [str(value) for value in CONCURRENCY])
        axes.set_xlabel("concurrent patients")
        axes.set_title(title)
        axes.grid(alpha=0.3)
        axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=100)


def bench_scale() -> None:
    print("\n== Scale-out: stock starter bot vs ours (one process) vs ours scaled ==", flush=True)
    results = [bench_stock(), bench_single(), bench_scaled()]
    targets = report(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = {"cpus": psutil.cpu_count(), "memory_gb": round(psutil.virtual_memory().total
                                                               / 2**30)}
    (RESULTS / "scale.json").write_text(json.dumps(
        {"machine": machine, "turns_per_conversation": TURNS_PER_CONVERSATION,
         "results": results, "targets": targets}, indent=2) + "\n")
    chart(results, RESULTS / "scale.png")
    print(f"  written: {RESULTS / 'scale.json'}, {RESULTS / 'scale.png'}")


if __name__ == "__main__":
    bench_scale()
