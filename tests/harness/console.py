"""The staff console as `make run` starts it (`python -m console`), on a free loopback port, and
a signed-in browser-less staff member (a requests.Session through the real sign-in form)."""

import re
import subprocess
import sys
from pathlib import Path
from typing import Optional

import requests

from actions.constants import REPO, TRACKER_STORE_URL_VAR
from tests.harness.servers import free_port, rasa_env, wait_until_answers

LOGIN_CSRF = re.compile(r'name="login_csrf" value="([^"]+)"')
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_account(database_url: str, name: str, role: str, password: str) -> str:
    """Create or reset an account the way `make staff-user` does; return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "console.staff_user", name, role], cwd=REPO, text=True,
        capture_output=True, env=rasa_env(**{TRACKER_STORE_URL_VAR: database_url},
                                           STAFF_PASSWORD=password))
    assert done.returncode == 0, done.stderr
    return done.stdout


class StaffConsole:
    """`python -m console` on the database at `database_url`."""

    def __init__(self, database_url: str, log_dir: Path, **variables: str) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / "console.log"
        self.variables = variables
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        env = rasa_env(**{TRACKER_STORE_URL_VAR: self.database_url}, STAFF_HOST="127.0.0.1",
                       STAFF_PORT=str(self.port), **self.variables)
        subprocess.run([sys.executable, "-m", "records.migrate"], cwd=REPO, env=env, check=True)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen([sys.executable, "-m", "console"], cwd=REPO, env=env,
                                        stdout=open(self.log, "ab"), stderr=subprocess.STDOUT)
        wait_until_answers(f"{self.base_url}/health", self.process, timeout_s=60)

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)

    def url(self, path: str) -> str:
        return self.base_url + path

    def sign_in(self, name: str, password: str) -> requests.Session:
        """A session signed in through the sign-in form (fails the test if refused)."""
        staff = requests.Session()
        reply = self.try_sign_in(staff, name, password)
        assert reply.status_code == 303, reply.text[:500]
        return staff

    def try_sign_in(self, staff: requests.Session, name: str, password: str,
                    next_path: str = "/") -> requests.Response:
        page = staff.get(self.url("/login"), timeout=10)
        token = LOGIN_CSRF.search(page.text).group(1)
        return staff.post(self.url("/login"), timeout=30, allow_redirects=False,
                          data={"login_csrf": token, "name": name, "password": password,
                                "next": next_path})

    def csrf_token(self, staff: requests.Session) -> str:
        """The session's CSRF token, as a page's forms carry it."""
        return CSRF.search(staff.get(self.url("/handoffs"), timeout=10).text).group(1)
