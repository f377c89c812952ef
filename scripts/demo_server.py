"""Serve the demo clinic page with the chat widget embedded (`make run` starts it on :8000).

    python scripts/demo_server.py --port 8000 --rasa-url http://127.0.0.1:5005

Serves web/ (the widget under /widget/, the page's files under /demo/) and the page itself at
"/", with a Content Security Policy that lets the page load only its own scripts and styles
and talk only to the Rasa server.
"""

import argparse
import html
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parents[1] / "web"
PAGE = WEB / "demo" / "index.html"


def content_security_policy(rasa_url: str) -> str:
    return "; ".join([
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
        f"connect-src 'self' {rasa_url}", "base-uri 'none'", "form-action 'none'",
        "frame-ancestors 'none'",
    ])


class DemoHandler(SimpleHTTPRequestHandler):
    """Static files from web/, the demo page at "/", security headers on every answer."""

    def __init__(self, *args, rasa_url: str, **kwargs) -> None:
        self.rasa_url = rasa_url
        super().__init__(*args, directory=str(WEB), **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._send_page(with_body=True):
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if not self._send_page(with_body=False):
            super().do_HEAD()

    def _send_page(self, with_body: bool) -> bool:
        """Answer for the demo page itself (rendered with the Rasa URL); False for other paths."""
        if self.path.split("?")[0] not in ("/", "/index.html"):
            return False
        body = PAGE.read_text(encoding="utf-8").replace(
            "{{RASA_URL}}", html.escape(self.rasa_url, quote=True)).encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)
        return True

    def list_directory(self, path):  # no directory listings
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", content_security_policy(self.rasa_url))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005",
                        help="the Rasa server's address as the browser reaches it")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port),
                                 partial(DemoHandler, rasa_url=args.rasa_url.rstrip("/")))
    print(f"demo clinic page: http://{args.host}:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
