"""Start the real action server and Rasa server on free loopback ports, as `make run` does."""

import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

import requests

from actions.constants import MODEL_PATH, REPO, TRACKER_STORE_URL_VAR

RASA = str(Path(sys.executable).with_name("rasa"))
ACTION_SERVER_COMMAND = [sys.executable, "-m", "actions.server"]
READY_TIMEOUT_S = 120
# The secret Rasa sends the action server (endpoints.yml, actions/server.py): one per test run.
ACTION_SERVER_TOKEN = secrets.token_urlsafe(32)
# The live hand-off's secrets (credentials.yml), as `make run` makes them.
STAFF_RELAY_TOKEN = secrets.token_urlsafe(32)
WIDGET_TOKEN_SECRET = secrets.token_urlsafe(32)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def consecutive_free_ports(count: int) -> int:
    """The first of `count` free consecutive ports (the scaled topology's replica i listens on
    first + i)."""
    for _ in range(100):
        first = free_port()
        if all(_port_free(first + offset) for offset in range(1, count)):
            return first
    raise RuntimeError(f"no {count} consecutive free ports")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def rasa_env(**overrides: str) -> dict:
    """Environment for rasa commands: the Makefile's variables, with test-safe defaults."""
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("TQDM_DISABLE", "1")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env.setdefault("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    env.setdefault("ACTION_SERVER_TOKEN", ACTION_SERVER_TOKEN)
    env.setdefault("STAFF_RELAY_TOKEN", STAFF_RELAY_TOKEN)
    env.setdefault("WIDGET_TOKEN_SECRET", WIDGET_TOKEN_SECRET)
    env.setdefault(TRACKER_STORE_URL_VAR, "sqlite://")  # in memory unless a test asks for a file
    env.setdefault("LOCK_STORE_URL", "")  # in memory: one rasa process
    env.update(overrides)
    return env


class BotServers:
    """The action server and the Rasa server, with the tracker store at `tracker_url`."""

    def __init__(self, tracker_url: str, log_dir: Path, cors_origins: Sequence[str] = (),
                 channel_variables: Optional[Dict[str, str]] = None) -> None:
        self.tracker_url = tracker_url
        # The messaging apps' variables (off when not given), as a clinic sets them.
        self.channel_variables = channel_variables or {}
        self.log_dir = log_dir
        self.cors_origins = list(cors_origins)
        self.rasa_port = free_port()
        self.action_port = free_port()
        self.base_url = f"http://127.0.0.1:{self.rasa_port}"
        self.webhook = f"{self.base_url}/webhooks/rest/webhook"
        self._processes: List[subprocess.Popen] = []
        self._names: List[str] = []

    def start(self) -> float:
        """Start both servers; return the seconds until the Rasa server answered."""
        env = rasa_env(
            ACTION_SERVER_URL=f"http://127.0.0.1:{self.action_port}/webhook",
            **{TRACKER_STORE_URL_VAR: self.tracker_url},
            CORS_ORIGINS=" ".join(self.cors_origins),  # the socket.io channel's origin check
            **self.channel_variables,
        )
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "records.migrate"], cwd=REPO, env=env, check=True)
        credentials = self.log_dir / "credentials.yml"
        subprocess.run([sys.executable, "-m", "connectors.messaging.config", "credentials.yml",
                        str(credentials)], cwd=REPO, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        self._action_env = {**env, "ACTION_PORT": str(self.action_port),
                            "ACTION_HOST": "127.0.0.1"}
        self._spawn("actions", ACTION_SERVER_COMMAND, self._action_env)
        rasa = self._spawn("rasa", [RASA, "run", "--model", str(MODEL_PATH),
                                    "--endpoints", "endpoints.yml",
                                    "--credentials", str(credentials),
                                    "--interface", "127.0.0.1", "--port", str(self.rasa_port),
                                    *(["--cors", *self.cors_origins] if self.cors_origins else [])],
                           env)
        try:
            wait_until_answers(self.base_url, rasa)
        except (RuntimeError, TimeoutError) as error:
            self.stop()
            raise RuntimeError(f"{error}; see {self.log_dir / 'rasa.log'}") from None
        return time.monotonic() - started

    def stop(self) -> None:
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        self._processes.clear()
        self._names.clear()

    @contextmanager
    def action_server_stopped(self) -> Iterator[None]:
        """The action server stopped for the block (as when it crashed), started again after."""
        index = self._names.index("actions")
        self._processes[index].terminate()
        self._processes[index].wait(timeout=30)
        try:
            yield
        finally:
            self._processes[index] = restarted = self._spawn_process(
                "actions", ACTION_SERVER_COMMAND, self._action_env)
            wait_until_answers(f"http://127.0.0.1:{self.action_port}/health", restarted)

    def pids(self) -> dict:
        """Process id of each server, by name ("actions", "rasa")."""
        return dict(zip(self._names, (p.pid for p in self._processes)))

    def is_running(self) -> bool:
        return bool(self._processes) and all(p.poll() is None for p in self._processes)

    def post(self, sender: Optional[str], message: Optional[str], **extra) -> requests.Response:
        body = {"sender": sender, "message": message, **extra}
        return requests.post(self.webhook, json=body, timeout=30)

    def say(self, sender: str, message: str) -> List[dict]:
        """Send a message and return the bot's replies (fails on a non-200 answer)."""
        reply = self.post(sender, message)
        reply.raise_for_status()
        return reply.json()

    def stored_events(self, sender: str, type_name: str = "user") -> List[dict]:
        """The sender's events of one type ("user", "bot", "slot", ...) as stored in the
        SQLite tracker store, oldest first."""
        database = self.tracker_url.removeprefix("sqlite:///")
        with sqlite3.connect(database) as db:
            rows = db.execute(
                "SELECT data FROM events WHERE sender_id = ? AND type_name = ? ORDER BY id",
                (sender, type_name),
            ).fetchall()
        return [json.loads(data) for (data,) in rows]

    def _spawn(self, name: str, command: List[str], env: dict) -> subprocess.Popen:
        process = self._spawn_process(name, command, env)
        self._processes.append(process)
        self._names.append(name)
        return process

    def _spawn_process(self, name: str, command: List[str], env: dict) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        return subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_until_answers(url: str, process: subprocess.Popen,
                       timeout_s: float = READY_TIMEOUT_S) -> None:
    """Poll `url` until it answers 2xx; raise if `process`, which serves it, exits first or
    `timeout_s` passes."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode} before "
                               f"{url} answered")
        try:
            if requests.get(url, timeout=1).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s")


def serve_demo_page(port: int, rasa_url: str) -> subprocess.Popen:
    """Start the demo clinic page (scripts/demo_server.py) and wait until it answers."""
    server = subprocess.Popen(
        [sys.executable, "scripts/demo_server.py", "--port", str(port), "--rasa-url", rasa_url],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/", server, timeout_s=20)
    except (RuntimeError, TimeoutError):
        server.kill()
        raise
    return server
