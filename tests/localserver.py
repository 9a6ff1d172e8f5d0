"""A small HTTP server on 127.0.0.1 in a thread, for tests of code that downloads (never the real network)."""

from __future__ import annotations

import http.server
import threading
from dataclasses import dataclass


@dataclass
class Reply:
    """What the server sends for one path: a status and body, a body cut short, or nothing at all (hang)."""

    body: bytes = b""
    status: int = 200
    announce: int | None = None  # Content-Length to announce (more than the body: a truncated download)
    hang: bool = False


class LocalServer:
    """Serves `replies` (path -> Reply) on 127.0.0.1 at a free port; anything else is a 404."""

    def __init__(self):
        self.replies: dict[str, Reply] = {}
        self.requests: list[str] = []
        self.release = threading.Event()  # set on close, so hanging handlers end
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(self.path)
                reply = server.replies.get(self.path)
                if reply is None:
                    self.send_error(404, "Not Found")
                    return
                if reply.hang:
                    server.release.wait(30)
                    return
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(reply.announce or len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
                self.wfile.flush()
                if reply.announce:
                    self.close_connection = True

            def log_message(self, *args):  # keep the test output clean
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
