"""The scaled topology of `make run-scaled` (deploy/local.py), started once for these tests on
free loopback ports, with its data in a new folder: PostgreSQL, Redis, two rasa replicas, the
action server with two workers, the staff console, nginx in front."""

import shutil
import tempfile
from pathlib import Path

import pytest

from deploy.local import LocalStack, Settings
from tests.harness.servers import consecutive_free_ports, free_port

# The socket.io channel only takes clients from an allowed origin.
WIDGET_ORIGIN = "http://127.0.0.1:8000"


@pytest.fixture(scope="session")
def stack(model_path) -> LocalStack:
    # PostgreSQL runs as its own user when the tests run as root: a folder it can reach.
    var_dir = Path(tempfile.mkdtemp(prefix="fibro-scaled-"))
    var_dir.chmod(0o755)
    settings = Settings(var_dir=var_dir, replicas=2, action_workers=2,
                        public_port=free_port(), first_replica_port=consecutive_free_ports(2),
                        action_port=free_port(), console_port=free_port(),
                        postgres_port=free_port(), redis_port=free_port(), with_demo_page=False)
    scaled = LocalStack(settings)
    scaled.env["CORS_ORIGINS"] = WIDGET_ORIGIN
    try:
        scaled.start()
        scaled.watch()
        yield scaled
    finally:
        scaled.stop()
        shutil.rmtree(var_dir, ignore_errors=True)

