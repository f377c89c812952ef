"""Resident memory of the assistant's two processes next to Rasa's stock starter bot (`rasa init`),
measured in the same run: the target is both our processes together at most the stock bot's."""

import subprocess
import tempfile
from typing import Dict, List

import requests

from tests.bench.figures import resident_mb, verdict
from tests.harness.servers import RASA, free_port, rasa_env, wait_until_answers

STOCK_CONVERSATION = ["hello", "I am sad", "yes", "are you a bot?", "goodbye"]


def stock_bot_memory() -> Dict[str, float]:
    """Resident MB of the stock starter bot's Rasa server and action server after a short
    conversation: `rasa init` in a scratch folder (which trains its model), then both started as
    its README says."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([RASA, "init", "--no-prompt", "--init-dir", folder], cwd=folder,
                       env=rasa_env(), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        rasa_port, action_port = free_port(), free_port()
        processes: List[subprocess.Popen] = []
        try:
            actions = subprocess.Popen([RASA, "run", "actions", "--port", str(action_port)],
                                       cwd=folder, env=rasa_env(), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            processes.append(actions)
            rasa = subprocess.Popen([RASA, "run", "--port", str(rasa_port), "--interface",
                                     "127.0.0.1"], cwd=folder, env=rasa_env(),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            processes.append(rasa)
            wait_until_answers(f"http://127.0.0.1:{action_port}/health", actions)
            wait_until_answers(f"http://127.0.0.1:{rasa_port}/", rasa)
            for text in STOCK_CONVERSATION:
                requests.post(f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook",
                              json={"sender": "bench", "message": text},
                              timeout=30).raise_for_status()
            return {"actions": resident_mb(actions.pid), "rasa": resident_mb(rasa.pid)}
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)


def bench_memory(ours: Dict[str, float]) -> None:
    """Print our processes' resident memory (`ours`, by name) next to the stock bot's."""
    stock = stock_bot_memory()
    for name in ("rasa", "actions"):
        print(f"resident memory, {name} server: {ours[name]:.0f} MB "
              f"(stock starter bot, same run: {stock[name]:.0f} MB)")
    total, stock_total = sum(ours.values()), sum(stock.values())
    print(f"resident memory, both processes: {total:.0f} MB (target <= the stock bot's "
          f"{stock_total:.0f} MB): {verdict(total <= stock_total)}")
