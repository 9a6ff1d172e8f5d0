"""A local preview of the published folder (`make app`): a plain static file server on 127.0.0.1, as any web
server or CDN would serve the reader pages; nothing is computed per reader. `--compress` sends text files
gzip-compressed when the browser accepts it, as a production server would (the Lighthouse benchmark uses it)."""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import sys
from pathlib import Path

from kit import paths

COMPRESSED = {".html", ".js", ".css", ".csv", ".json", ".svg", ".txt", ".ftl"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; gzip for text when `compress` and the client accepts it."""

    compress = False
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".woff2": "font/woff2",
                      ".csv": "text/csv; charset=utf-8", ".js": "text/javascript; charset=utf-8"}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        wanted = self.compress and path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")
        if not wanted or not path.is_file():
            return super().send_head()
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)

    def log_message(self, format, *args):  # noqa: A002  quiet unless asked
        if self.server.verbose:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024  # connections waiting to be accepted (socketserver's default is 5)


@functools.lru_cache(maxsize=256)
def _gzipped(path: Path, _modified: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def server(folder: Path, port: int = 0, compress: bool = False, verbose: bool = False) -> Server:
    """A threaded static server for `folder` on 127.0.0.1 (port 0: any free port), not yet serving."""
    handler = functools.partial(type("Serving", (Handler,), {"compress": compress}), directory=str(folder))
    httpd = Server(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    httpd.verbose = verbose
    return httpd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=paths.exports_dir())
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--compress", action="store_true", help="gzip text files, as a production server would")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    options = parser.parse_args(argv)
    pages = sorted(options.folder.glob("*/reader.html"))
    if not pages:
        print(f"No reader page in {paths.shown(options.folder)}/: run `make figures` first.", file=sys.stderr)
        return 1
    httpd = server(options.folder, options.port, options.compress, options.verbose)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    for page in pages:
        print(f"Reader page: {base}/{page.relative_to(options.folder).as_posix()}")
    print(f"Gallery: {base}/  (Ctrl-C stops)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
