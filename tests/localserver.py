"""A small HTTP server on 127.0.0.1 in a thread, for tests of code that downloads (never the real network)."""

from __future__ import annotations

import http.server
import threading
from dataclasses import dataclass


@dataclass
class Reply:
    """What the server sends for one path: a status, headers and body, a body cut short or dripped byte by byte,
    or nothing at all (hang)."""

    body: bytes = b""
    status: int = 200
    announce: int | None = None  # Content-Length to announce (more than the body: a truncated download)
    hang: bool = False
    drip: float = 0.0  # seconds between the body's bytes (a server that drips its answer)
    headers: dict[str, str] | None = None  # headers sent as given (e.g. Location, or a Content-Length)


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
                length = str(reply.announce or len(reply.body))
                headers = {"Content-Type": "application/octet-stream", "Content-Length": length, **(reply.headers or {})}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    pieces = [bytes([byte]) for byte in reply.body] if reply.drip else [reply.body]
                    for piece in pieces:
                        self.wfile.write(piece)
                        self.wfile.flush()
                        if reply.drip and server.release.wait(reply.drip):
                            return
                except (BrokenPipeError, ConnectionResetError):  # the client gave up: what a drip test wants
                    return
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
