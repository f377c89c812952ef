"""`make run-scaled`: the scaled-out topology (deploy/topology.py) on this machine, on loopback.

PostgreSQL (conversations and staff records) and Redis (the lock store) from Debian, with their
data under var/scaled/; the action server with several workers; REPLICAS rasa server processes;
the staff console and the demo page; nginx in front on the public port of `make run`. A process
that exits unasked is started again; Ctrl-C stops everything, databases last. A second start
reuses the data (and the database password kept in var/scaled/).

Usage: REPLICAS=2 python -m deploy.local   (the Makefile sets the rest, as for `make run`)
"""

import glob
import logging
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Callable, Dict, List, Optional

import psycopg2
import redis
import requests

from actions.environment import number_setting
from deploy import topology

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MODEL = "models/fibro.tar.gz"
DATABASE = "fibro"
READY_TIMEOUT_S = 180
STOP_TIMEOUT_S = 30
# A process that exits unasked is started again after 1 s, then 2, 4... up to 30 s while it keeps
# exiting within a minute of its start.
FIRST_RESTART_DELAY_S = 1.0
MAX_RESTART_DELAY_S = 30.0
RAN_LONG_S = 60.0
TICKET_LOCK_LIFETIME_S = "15"

logger = logging.getLogger("run-scaled")


class StartError(RuntimeError):
    """A service did not come up; the message says which and where its log is."""


@dataclass
class Settings:
    """Ports, folders and sizes, from the environment (`from_environment`) or a test."""
    var_dir: Path = REPO / "var" / "scaled"
    replicas: int = topology.DEFAULT_REPLICAS
    action_workers: int = topology.DEFAULT_ACTION_WORKERS
    public_port: int = topology.PUBLIC_PORT
    first_replica_port: int = topology.FIRST_REPLICA_PORT
    action_port: int = topology.ACTION_PORT
    console_port: int = topology.CONSOLE_PORT
    demo_port: int = 8000
    # Not the Debian services' own ports (5432, 6379), which may be running already.
    postgres_port: int = 5433
    redis_port: int = 6380
    host: str = "127.0.0.1"
    with_demo_page: bool = True

    @classmethod
    def from_environment(cls) -> "Settings":
        def port(name: str, default: int) -> int:
            return int(number_setting(name, default, maximum=65535))

        return cls(replicas=int(number_setting("REPLICAS", topology.DEFAULT_REPLICAS, 32)),
                   action_workers=int(number_setting("ACTION_WORKERS",
                                                     topology.DEFAULT_ACTION_WORKERS, 64)),
                   public_port=port("RASA_PORT", topology.PUBLIC_PORT),
                   action_port=port("ACTION_PORT", topology.ACTION_PORT),
                   console_port=port("STAFF_PORT", topology.CONSOLE_PORT),
                   demo_port=port("DEMO_PORT", 8000),
                   postgres_port=port("SCALED_POSTGRES_PORT", 5433),
                   redis_port=port("SCALED_REDIS_PORT", 6380))

    @property
    def replica_ports(self) -> List[int]:
        return [self.first_replica_port + index for index in range(self.replicas)]

    @property
    def public_url(self) -> str:
        return f"http://{self.host}:{self.public_port}"


@dataclass
class Service:
    """One process of the stack: how to start it, how to tell it is ready, how to stop it."""
    name: str
    command: List[str]
    env: Dict[str, str]
    log: Path
    ready: Callable[[], bool]
    stop_signal: int = signal.SIGTERM
    process: Optional[subprocess.Popen] = None
    stopped_on_purpose: bool = True
    started_at: float = 0.0
    restart_delay_s: float = FIRST_RESTART_DELAY_S

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.started_at = time.monotonic()
        with self.log.open("ab") as log:
            # Its own session: Ctrl-C reaches only the orchestrator, which stops in order.
            self.process = subprocess.Popen(self.command, cwd=REPO, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        self.stopped_on_purpose = False

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running:
                raise StartError(f"{self.name} exited at start; see {self.log}")
            if _answers(self.ready):
                return
            time.sleep(0.2)
        raise StartError(f"{self.name} not ready after {timeout:.0f} s; see {self.log}")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def crashed(self) -> bool:
        return not self.stopped_on_purpose and not self.running

    def stop(self) -> None:
        self.stopped_on_purpose = True
        if self.running:
            self.process.send_signal(self.stop_signal)
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop in %d s: killed", self.name, STOP_TIMEOUT_S)
        _kill_group(self.process)  # and what is left of it when its first process died alone

    def restart_after_crash(self) -> bool:
        """Start it again once its back-off has passed (doubling while it keeps crashing soon
        after a start), after killing what is left of it (e.g. a dead server's workers, still
        holding its port); False while waiting."""
        now = time.monotonic()
        if now < self.started_at + self.restart_delay_s:
            return False
        ran_long = now - self.started_at > RAN_LONG_S
        self.restart_delay_s = FIRST_RESTART_DELAY_S if ran_long else min(
            2 * self.restart_delay_s, MAX_RESTART_DELAY_S)
        _kill_group(self.process)
        self.start()
        return True

    def kill(self) -> None:
        """Kill it as a crash would (the supervisor starts it again)."""
        _kill_group(self.process)


def _kill_group(process: Optional[subprocess.Popen]) -> None:
    if process is None:
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _answers(probe: Callable[[], bool]) -> bool:
    try:
        return probe()
    except Exception:  # not listening yet, starting up: any error means "not ready"
        return False


def _http_ok(url: str) -> Callable[[], bool]:
    return lambda: requests.get(url, timeout=2).ok


def _secret(path: Path) -> str:
    """The secret kept in `path`, made on first use (readable by this user only)."""
    if not path.exists() or not path.read_text().strip():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(32) + "\n")
    return path.read_text().strip()


def postgres_bin(program: str) -> str:
    """A PostgreSQL program from Debian's newest installed version."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}"),
                   key=lambda path: int(Path(path).parts[4]))
    if not found:
        raise StartError("PostgreSQL is not installed: run scripts/install_scaled.sh")
    return found[-1]


def as_postgres_user(command: List[str]) -> List[str]:
    """PostgreSQL refuses to run as root: as root, run it as Debian's `postgres` user."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--", *command]


class LocalStack:
    """The scaled topology's processes on this machine, started, watched and stopped in order."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.var = settings.var_dir.resolve()
        self.logs = self.var / "logs"
        self.env = self._environment()
        self.services: Dict[str, Service] = {}
        self.messaging_lines = ""
        self._watching = threading.Event()

    # -- configuration ------------------------------------------------------------------------

    @property
    def database_url(self) -> str:
        password = _secret(self.var / "postgres.password")
        return (f"postgresql://{DATABASE}:{password}@{self.settings.host}:"
                f"{self.settings.postgres_port}/{DATABASE}")

    @property
    def lock_store_url(self) -> str:
        return f"redis://{self.settings.host}:{self.settings.redis_port}/1"

    def _environment(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.setdefault("STAFF_RELAY_TOKEN", secrets.token_urlsafe(32))
        env.setdefault("ACTION_SERVER_TOKEN", secrets.token_urlsafe(32))
        env.setdefault("WIDGET_TOKEN_SECRET", _secret(REPO / "var" / "widget-token.secret"))
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        host = self.settings.host
        env.update({
            "TRACKER_STORE_URL": self.database_url,
            "LOCK_STORE_URL": self.lock_store_url,
            "ACTION_SERVER_URL": f"http://{host}:{self.settings.action_port}/webhook",
            "ACTION_HOST": host, "ACTION_PORT": str(self.settings.action_port),
            "ACTION_WORKERS": str(self.settings.action_workers),
            "STAFF_HOST": host, "STAFF_PORT": str(self.settings.console_port),
            "STAFF_RELAY_URL": f"{self.settings.public_url}/webhooks/live/relay",
            # Rasa's pool is per process (default 50 + 100 overflow): keep the sum of all
            # replicas' pools under PostgreSQL's max_connections.
            "SQL_POOL_SIZE": env.get("SQL_POOL_SIZE", "10"),
            "SQL_MAX_OVERFLOW": env.get("SQL_MAX_OVERFLOW", "10"),
            # A crashed replica's ticket blocks its conversation until the ticket expires (Rasa's
            # default: 60 s); longer than any message takes to handle, shorter than a patient waits.
            "TICKET_LOCK_LIFETIME": env.get("TICKET_LOCK_LIFETIME", TICKET_LOCK_LIFETIME_S),
        })
        return env

    def _service(self, name: str, command: List[str], ready: Callable[[], bool],
                 **options) -> Service:
        service = Service(name, command, self.env, self.logs / f"{name}.log", ready, **options)
        self.services[name] = service
        return service

    def _postgres(self) -> Service:
        data = self.var / "postgres"
        if not (data / "PG_VERSION").exists():
            self._init_postgres(data)
        command = as_postgres_user([
            postgres_bin("postgres"), "-D", str(data), "-p", str(self.settings.postgres_port),
            "-c", f"listen_addresses={self.settings.host}",
            "-c", f"unix_socket_directories={data}", "-c", "max_connections=400"])
        return self._service("postgres", command, self._postgres_ready,
                             stop_signal=signal.SIGINT)  # SIGINT: PostgreSQL's fast shutdown

    def _init_postgres(self, data: Path) -> None:
        data.mkdir(parents=True, exist_ok=True)
        password_file = data.parent / "postgres.pwfile"
        password_file.write_text(_secret(self.var / "postgres.password") + "\n")
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (data, password_file):
                os.chown(path, user.pw_uid, user.pw_gid)
        data.chmod(0o700)
        password_file.chmod(0o600)
        try:
            subprocess.run(as_postgres_user([
                postgres_bin("initdb"), "-D", str(data), "-U", DATABASE,
                f"--pwfile={password_file}", "--auth-host=scram-sha-256", "--auth-local=peer",
                "-E", "UTF8", "--no-locale"]), check=True, stdout=subprocess.DEVNULL)
        finally:
            password_file.unlink()

    def _postgres_ready(self) -> bool:
        """True once the server takes connections; creates the database on the first start."""
        connection = psycopg2.connect(self.database_url.rsplit("/", 1)[0] + "/postgres",
                                      connect_timeout=2)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
                if cursor.fetchone() is None:
                    cursor.execute(f"CREATE DATABASE {DATABASE}")
        finally:
            connection.close()
        return True

    def _redis(self) -> Service:
        data = self.var / "redis"
        data.mkdir(parents=True, exist_ok=True)
        command = [shutil.which("redis-server") or "redis-server",
                   "--bind", self.settings.host, "--port", str(self.settings.redis_port),
                   "--dir", str(data), "--appendonly", "yes", "--save", "",
                   "--daemonize", "no"]
        client = redis.Redis.from_url(self.lock_store_url, socket_timeout=2)
        return self._service("redis", command, client.ping)

    def _nginx(self) -> Service:
        folder = self.var / "nginx"
        (folder / "temp").mkdir(parents=True, exist_ok=True)
        servers = "\n    ".join(f"server {self.settings.host}:{port} max_fails=1 fail_timeout=5s;"
                                for port in self.settings.replica_ports)
        site = Template((REPO / topology.NGINX_TEMPLATE).read_text()).safe_substitute(
            NGINX_PORT=f"{self.settings.host}:{self.settings.public_port}", RASA_SERVERS=servers)
        (folder / "fibro.conf").write_text(site)
        (folder / "nginx.conf").write_text(self._nginx_main(folder))
        command = [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(folder),
                   "-e", str(self.logs / "nginx.log"), "-c", str(folder / "nginx.conf")]
        return self._service("nginx", command,
                             _http_ok(f"{self.settings.public_url}/nginx-health"))

    def _nginx_main(self, folder: Path) -> str:
        """nginx's main configuration around the shared site (the nginx image has its own)."""
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        temp = folder / "temp"
        return (f"{user}daemon off;\nworker_processes auto;\npid {folder}/nginx.pid;\n"
                f"error_log {self.logs}/nginx.log warn;\n"
                "events { worker_connections 4096; }\n"
                "http {\n"
                "    log_format upstream '$remote_addr [$time_local] \"$request\" $status "
                "$upstream_addr $request_time';\n"
                f"    access_log {self.logs}/nginx-access.log upstream;\n"
                + "".join(f"    {kind}_temp_path {temp}/{kind};\n"
                          for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
                + f"    include {folder}/fibro.conf;\n}}\n")

    def _rasa(self, index: int, port: int) -> Service:
        cors = (self.env.get("CORS_ORIGINS") or "").split()
        command = [str(BIN / "rasa"), "run", "--model", MODEL, "--endpoints", "endpoints.yml",
                   "--credentials", str(self.var / "credentials.yml"),
                   "--interface", self.settings.host, "--port", str(port),
                   *(["--cors", *cors] if cors else [])]
        return self._service(f"rasa-{index + 1}", command,
                             _http_ok(f"http://{self.settings.host}:{port}/"))

    def _python(self, name: str, arguments: List[str], health_url: str) -> Service:
        return self._service(name, [str(BIN / "python"), *arguments], _http_ok(health_url))

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start every service in order, each once the ones it needs are ready."""
        host = self.settings.host
        self.logs.mkdir(parents=True, exist_ok=True)
        for service in (self._postgres(), self._redis()):
            service.start()
        for name in ("postgres", "redis"):
            self.services[name].wait_ready()
        self._prepare()
        self._python("actions", ["-m", "actions.server"],
                     f"http://{host}:{self.settings.action_port}/health").start()
        replicas = [self._rasa(index, port)
                    for index, port in enumerate(self.settings.replica_ports)]
        for service in replicas:
            service.start()
        self.services["actions"].wait_ready()
        for service in replicas:
            service.wait_ready()
        self._python("console", ["-m", "console"],
                     f"http://{host}:{self.settings.console_port}/health").start()
        nginx = self._nginx()
        nginx.start()
        if self.settings.with_demo_page:
            self._python("demo", ["scripts/demo_server.py", "--host", host,
                                  "--port", str(self.settings.demo_port),
                                  "--rasa-url", self.settings.public_url],
                         f"http://{host}:{self.settings.demo_port}/").start()
        for name in ("console", "nginx", "demo"):
            if name in self.services:
                self.services[name].wait_ready()

    def _prepare(self) -> None:
        """The staff tables to this release's schema; Rasa's credentials without the messaging
        channels whose variables are unset (as `make run` does)."""
        subprocess.run([str(BIN / "python"), "-m", "records.migrate"], cwd=REPO, env=self.env,
                       check=True, stdout=subprocess.DEVNULL)
        self.messaging_lines = subprocess.run(
            [str(BIN / "python"), "-m", "connectors.messaging.config", "credentials.yml",
             str(self.var / "credentials.yml")],
            cwd=REPO, env=self.env, check=True, capture_output=True, text=True).stdout

    def watch(self, every_s: float = 1.0) -> None:
        """Start again, in a background thread, any service that exits without being asked."""
        def loop() -> None:
            while self._watching.wait(every_s) is False:
                for service in list(self.services.values()):
                    if not service.crashed:
                        continue
                    code = service.process.returncode if service.process else None
                    if service.restart_after_crash():
                        logger.error("%s exited (code %s); started it again", service.name, code)

        self._watching.clear()
        threading.Thread(target=loop, name="watch", daemon=True).start()

    def stop(self) -> None:
        """Stop the supervisor, then every service, newest first: the databases last."""
        self._watching.set()
        for service in reversed(list(self.services.values())):
            service.stop()

    def banner(self) -> str:
        settings = self.settings
        replicas = ", ".join(str(port) for port in settings.replica_ports)
        messaging = "".join(f"    {line}\n" for line in self.messaging_lines.splitlines()) or \
            "    none: set their variables (see .env.example) to turn them on\n"
        return (
            f"\n  The fibromyalgia assistant is ready, scaled out.\n"
            f"    Public (nginx):   {settings.public_url}  (REST, socket.io, webhooks)\n"
            f"    rasa replicas:    {settings.replicas} on ports {replicas}\n"
            f"    action server:    {settings.action_workers} workers on "
            f":{settings.action_port}\n"
            f"    PostgreSQL:       {settings.host}:{settings.postgres_port} "
            f"(data in {self.var / 'postgres'})\n"
            f"    Redis lock store: {self.lock_store_url}\n"
            f"    Staff console:    http://{settings.host}:{settings.console_port}/ "
            "(accounts: make staff-user SCALED=1 NAME=you ROLE=admin)\n"
            + (f"    Demo page:        http://{settings.host}:{settings.demo_port}/\n"
               if settings.with_demo_page else "")
            + f"    Logs:             {self.logs}\n\n  Messaging apps on:\n{messaging}\n"
            "  Press Ctrl-C to stop.\n")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    stack = LocalStack(Settings.from_environment())
    # Stop as on Ctrl-C on SIGTERM and when the terminal closes (SIGHUP), and even when started
    # in the background (where SIGINT is ignored).
    for signal_number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signal_number, signal.default_int_handler)
    try:
        stack.start()
        print(stack.banner(), flush=True)
        stack.watch()
        signal.pause()  # until Ctrl-C or SIGTERM
    except KeyboardInterrupt:
        return 0
    except (StartError, subprocess.CalledProcessError) as error:
        logger.error("%s", error)
        return 1
    finally:
        print("stopping...", flush=True)
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
