"""Tools for the tests that use a real browser: Debian's Chromium, free ports, servers stopped with everything
they started, and a browser tab that may only talk to 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pytest

from kit import paths

OUTPUT = paths.ROOT / "test-output"
DOCS = paths.ROOT / "docs"
REFRESH_DOCS = os.environ.get("KIT_REFRESH_SCREENSHOTS") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--no-proxy-server",
]
LOCAL = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:")
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback never goes through a proxy


def chromium() -> str:
    """Debian's Chromium (`make test` installs it when it runs as root with apt-get); else browser tests skip."""
    found = shutil.which("chromium")
    if not found:
        pytest.skip(
            "browser tests skipped: Debian's chromium is not installed (`make test` installs it when run as root "
            "with apt-get; otherwise `sudo apt-get install chromium`)"
        )
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A server process in its own process group; `stop()` ends it and every process it started."""

    def __init__(self, name: str, command: list[str], port: int, env: dict | None = None, cwd: Path | None = None):
        OUTPUT.mkdir(exist_ok=True)
        self.name, self.url, self.log = name, f"http://127.0.0.1:{port}", OUTPUT / f"{name}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def wait_until_answering(self, path: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} exited with code {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                with DIRECT.open(self.url + path, timeout=5):
                    return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"{self.name} did not answer {path} within {timeout} s; see {paths.shown(self.log)}")

    def descendants(self) -> list[psutil.Process]:
        """Processes the server started (kernels included: they run in their own session but are its children)."""
        try:
            return psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def kernels(self) -> list[psutil.Process]:
        """The live Jupyter kernels among the server's processes."""
        found = []
        for process in self.descendants():
            try:
                if process.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(process.cmdline()):
                    found.append(process)
            except psutil.Error:  # ended while we looked
                continue
        return found

    def stop(self) -> None:
        started = self.descendants()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        _, survivors = psutil.wait_procs(started, timeout=10)
        for process in survivors:
            process.kill()


@dataclass
class Browsing:
    """One browser tab; remembers what it was refused and what went wrong in the page."""

    page: object
    refused: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def screenshot(self, name: str, element=None, docs: str | None = None) -> Path:
        """Save a screenshot in test-output/; also as `docs/<docs>.png` for the README when refreshing on purpose."""
        target = OUTPUT / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        (element or self.page).screenshot(path=str(target), animations="disabled", caret="hide")
        if docs and REFRESH_DOCS:
            shutil.copyfile(target, DOCS / f"{docs}.png")
        return target
