"""Readers arriving at once at the reader page (`make load`): the pages are static files, so what a crowd costs is
what a plain static file server costs. The page is written fresh into a scratch folder and served on 127.0.0.1 by
Python's own `python -m http.server` and by the kit's preview server (the same, with room for 1,024 waiting
connections); an asyncio client sends 1,000 requests at once for the page, then 1,000 readers' first loads (the
page, its scripts, fonts and data: 7,000 requests, 1,000 at a time). Each request has 60 s; nothing else is sent.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kit import articles
from kit.reader import fonts, page

AT_ONCE = 1_000
TIMEOUT = 60.0  # seconds per request


async def fetch(port: int, path: str) -> tuple[int, int, float]:
    """Status, bytes and seconds of one GET on a new connection (0 as the status when it failed)."""
    start = time.perf_counter()
    try:
        async with asyncio.timeout(TIMEOUT):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            await writer.drain()
            answer = await reader.read()
            writer.close()
        status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
        return status, len(answer), time.perf_counter() - start
    except (OSError, TimeoutError, ValueError, IndexError):
        return 0, 0, time.perf_counter() - start


async def crowd(port: int, paths: list[str]) -> tuple[list[tuple[int, int, float]], float]:
    gate = asyncio.Semaphore(AT_ONCE)

    async def one(path):
        async with gate:
            return await fetch(port, path)

    start = time.perf_counter()
    results = await asyncio.gather(*(one(path) for path in paths))
    return results, time.perf_counter() - start


def report(label: str, results, seconds: float) -> None:
    failed = sum(status != 200 for status, _, _ in results)
    latencies = sorted(latency for _, _, latency in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    sent = sum(size for _, size, _ in results)
    print(
        f"{label:<62} {len(results):>6,} requests in {seconds:5.1f} s: {len(results) / seconds:7,.0f}/s, "
        f"{sent / seconds / 2**20:6.1f} MB/s, failed {failed}, latency median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
    )


def serving(command: list[str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.build_opener(urllib.request.ProxyHandler({})).open(f"http://127.0.0.1:{port}/", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"{command} did not answer on port {port}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kit-load-") as folder:
        article = next(name for name in articles.names() if page.declared(name))
        page.write(Path(folder) / article, article)
        first_load = [
            f"/{article}/{page.page_name('en')}",
            *(f"/{article}/{page.ASSETS}/{name}" for name in page.SCRIPTS),
            *(f"/{article}/{page.ASSETS}/{fonts.file_name(weight)}" for weight in fonts.WEIGHTS),
            *(f"/{article}/{page.ASSETS}/{entry.id}.csv" for entry in page.declared(article)),
        ]
        servers = {
            "python -m http.server": [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", folder],
            "kit preview server (make app)": [sys.executable, "-m", "kit.reader.serve", folder],
        }
        for name, command in servers.items():
            port = free_port()
            process = serving([*command, "--port", str(port)] if "kit" in name else [*command, str(port)], port)
            try:
                results, seconds = asyncio.run(crowd(port, [first_load[0]] * AT_ONCE))
                report(f"{name}: {AT_ONCE:,} requests at once for the page", results, seconds)
                results, seconds = asyncio.run(crowd(port, first_load * AT_ONCE))
                report(f"{name}: {AT_ONCE:,} readers' first loads ({len(first_load)} files)", results, seconds)
            finally:
                process.terminate()
                process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
