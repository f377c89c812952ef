"""`make run`'s own start path (scripts/run.sh), not the test harness's: both servers, the demo
page and the staff console come up on the configured ports, custom actions answer through the
shared secret, a crashed action server is started again while the bot goes on answering, and
Ctrl-C stops everything."""

import os
import signal
import subprocess
import time

import psutil
import requests

from actions.constants import MODEL_PATH, REPO
from tests.harness.servers import free_port, rasa_env

READY = "The fibromyalgia assistant is ready."
BANNER_END = "Press Ctrl-C to stop."


def test_run_script_with_any_origin_serves_the_bot_and_stops_cleanly(model_path, tmp_path):
    ports = {name: free_port() for name in ("RASA_PORT", "ACTION_PORT", "DEMO_PORT", "STAFF_PORT")}
    env = rasa_env(
        **{name: str(port) for name, port in ports.items()},
        RASA_HOST="127.0.0.1", ACTION_HOST="127.0.0.1", DEMO_HOST="127.0.0.1",
        STAFF_HOST="127.0.0.1",
        ACTION_SERVER_URL=f"http://127.0.0.1:{ports['ACTION_PORT']}/webhook",
        RASA_PUBLIC_URL=f"http://127.0.0.1:{ports['RASA_PORT']}",
        TRACKER_STORE_URL=f"sqlite:///{tmp_path / 'tracker.db'}",
        CORS_ORIGINS="*",  # unquoted in the script, this was the names of the files in REPO
        LOG_LEVEL="INFO")
    env.pop("ACTION_SERVER_TOKEN")  # the script makes its own
    assert MODEL_PATH.exists()
    script = subprocess.Popen(["bash", "scripts/run.sh"], cwd=REPO, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        output = ""
        deadline = time.monotonic() + 180
        while BANNER_END not in output and time.monotonic() < deadline and script.poll() is None:
            output += script.stdout.readline()
        assert READY in output and BANNER_END in output, output[-3000:]
        base = f"http://127.0.0.1:{ports['RASA_PORT']}"
        reply = requests.post(f"{base}/webhooks/rest/webhook", timeout=60,
                              headers={"Origin": "https://clinic.example"},
                              json={"sender": "run-script",
                                    "message": "does beer make my back hurt"})
        assert reply.status_code == 200
        assert reply.headers.get("Access-Control-Allow-Origin") in ("*", "https://clinic.example")
        # Read cards come from action_suggest_reads: the action server took Rasa's secret.
        assert any("custom" in answer for answer in reply.json()), reply.json()
        assert requests.get(f"http://127.0.0.1:{ports['DEMO_PORT']}/", timeout=10).ok
        console = f"http://127.0.0.1:{ports['STAFF_PORT']}"
        assert f"Staff console: {console}/" in output
        assert requests.get(f"{console}/health", timeout=10).json() == {"status": "ok"}
        assert requests.get(f"{console}/handoffs", timeout=10).status_code == 401
        crash_the_action_server_and_see_the_bot_carry_on(script, base, ports["ACTION_PORT"])
    finally:
        os.killpg(script.pid, signal.SIGINT)  # Ctrl-C
        script.wait(timeout=60)
    for port in ports.values():
        with_port = subprocess.run(["bash", "-c", f"exec 3<>/dev/tcp/127.0.0.1/{port}"],
                                   capture_output=True)
        assert with_port.returncode != 0, f"port {port} still open after Ctrl-C"


def crash_the_action_server_and_see_the_bot_carry_on(script, base, action_port):
    """Kill the action server: a new conversation's crisis message still gets 988 (Rasa runs the
    actions itself), and run.sh starts the action server again."""
    [action_server] = [child for child in psutil.Process(script.pid).children(recursive=True)
                       if "actions.server" in " ".join(child.cmdline())]
    action_server.kill()
    action_server.wait(timeout=10)
    reply = requests.post(f"{base}/webhooks/rest/webhook", timeout=60,
                          json={"sender": "run-script-crash", "message": "i want to kill myself"})
    assert "988" in " ".join(answer.get("text", "") for answer in reply.json())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{action_port}/health", timeout=2).ok:
                break
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    else:
        raise AssertionError("the action server was not started again within 60 s")
    assert script.poll() is None
