"""`python -m console`: serve the staff console on STAFF_HOST:STAFF_PORT (loopback by default).

Uvicorn's access log is off: its lines would carry search terms and conversation ids (a phone
number, for SMS) from the query strings.
"""

import logging
import os

import uvicorn

from console.app import create_app
from console.settings import Settings


def main() -> None:
    settings = Settings.from_environment()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                access_log=False, proxy_headers=True, log_level="warning",
                ws="none")  # no websockets here (and rasa pins an older websockets)


if __name__ == "__main__":
    main()
