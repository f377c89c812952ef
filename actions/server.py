"""The action server: rasa-sdk's app, on loopback unless `ACTION_HOST` says otherwise, answering
only requests that carry the secret Rasa sends with every action call (`endpoints.yml`).

A forged tracker posted to an open action server could write hand-off requests and safety flags,
so every route but `/health` needs the `X-Action-Token` header, compared in constant time. An
error answers without echoing the request (rasa-sdk's own handler returns the request body).

It also keeps TensorFlow out of the process (actions/no_tensorflow.py): the actions use spaCy for
lemmas only, yet spaCy's thinc imports TensorFlow whenever it is installed, as it is beside Rasa.

Usage: ACTION_SERVER_TOKEN=... [ACTION_WORKERS=2] python -m actions.server   (`make run` sets the
variables)
"""

import hmac
import logging
import os

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sqlalchemy.exc import SQLAlchemyError

from actions.environment import number_setting
from actions.no_tensorflow import keep_tensorflow_out
from records.store import staff_records
from connectors import log_redaction

TOKEN_HEADER = "X-Action-Token"
MIN_TOKEN_CHARS = 16
OPEN_ROUTES = {"/health"}
# What a malformed action call raises inside rasa-sdk (a tracker without "slots", ...).
MALFORMED_CALL = (KeyError, TypeError, ValueError, AttributeError)

logger = logging.getLogger(__name__)


def create_guarded_app(token: str) -> Sanic:
    """rasa-sdk's action app for the `actions` package, behind the shared secret `token`."""
    if len(token) < MIN_TOKEN_CHARS:
        raise ValueError(f"ACTION_SERVER_TOKEN must be at least {MIN_TOKEN_CHARS} characters")
    app = create_app("actions", cors_origins=None)
    expected = token.encode()

    @app.on_request
    async def require_token(request: Request):
        if request.path in OPEN_ROUTES:
            return None
        given = request.headers.get(TOKEN_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return response.json({"error": "unauthorized"}, status=401)
        return None

    @app.exception(Exception)
    async def answer_without_echo(request: Request, exception: Exception):
        if isinstance(exception, MALFORMED_CALL):
            return response.json({"error": "malformed action call"}, status=400)
        # The type only: the exception's text may quote the patient's message or slots.
        logger.error("action call failed (%s)", type(exception).__name__)
        return response.json({"error": "internal error"}, status=500)

    @app.listener("before_server_start")
    async def own_database_connections(app: Sanic, loop) -> None:
        """Each worker its own database connections. The actions opened the staff records
        before Sanic forked its ACTION_WORKERS processes; sharing those sockets, two workers
        would read each other's answers from PostgreSQL, and wait for ever."""
        try:
            staff_records().engine.dispose(close=False)
        except (SQLAlchemyError, RuntimeError):
            pass  # no database yet: the actions report it when they need one

    return app


def main() -> None:
    keep_tensorflow_out()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    log_redaction.install()
    app = create_guarded_app(os.environ.get("ACTION_SERVER_TOKEN", ""))
    # ACTION_WORKERS Sanic processes share the port (`make run-scaled` runs several).
    app.run(os.environ.get("ACTION_HOST", "127.0.0.1"), int(os.environ.get("ACTION_PORT", "5055")),
            workers=int(number_setting("ACTION_WORKERS", 1, maximum=64)), access_log=False)


if __name__ == "__main__":
    main()
