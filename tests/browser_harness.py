"""Tools for the tests that use a real browser: Debian's Chromium (relaunched if it dies), free ports, servers
stopped with everything they started, a browser tab that may only talk to 127.0.0.1, and time limits that grow
with how busy the machine is (`slowdown()`), so a busy laptop is slower, not failing."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
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
MOST_SLOWDOWN = 10.0  # beyond this a time limit is not waiting for a busy machine but for something broken
MEASURED_EVERY = 10.0  # seconds: `slowdown()` measures again after this long
_measured: list[float] = []  # [when, slowdown] of the latest measurement


def _waiting_share(seconds: float = 0.1) -> float:
    """Wall-clock time over CPU time of a short pure-Python loop: 1 when this process has a core to itself,
    more when it waits its turn beside other work."""
    wall, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall < seconds:
        sum(i * i for i in range(2_000))
    return (time.perf_counter() - wall) / max(time.process_time() - cpu, 1e-3)


def slowdown() -> float:
    """How many times slower than when idle this machine runs now: the larger of how long a short loop waits
    for a core (`_waiting_share`) and the processes ready to run per core (the one-minute load average).
    1 on a quiet machine, at most `MOST_SLOWDOWN`; measured again every `MEASURED_EVERY` s, as other work comes
    and goes."""
    if not _measured or time.monotonic() - _measured[0] > MEASURED_EVERY:
        per_core = os.getloadavg()[0] / (os.cpu_count() or 1)
        _measured[:] = [time.monotonic(), min(MOST_SLOWDOWN, max(1.0, _waiting_share(), per_core))]
    return _measured[1]


def scaled(milliseconds: float) -> float:
    """A time limit in milliseconds (as Playwright takes them) for a quiet machine, stretched to this one's load."""
    return milliseconds * slowdown()


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
        timeout *= slowdown()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} exited with code {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                with DIRECT.open(self.url + path, timeout=5):
                    return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"{self.name} did not answer {path} within {timeout:.0f} s; see {paths.shown(self.log)}")

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


def closed_quietly(closable, what: str) -> None:
    """Close a page, context or browser that may already be gone (its browser crashed, or a failed test left it
    half closed): a failure here is reported as a warning line, never raised into the test run."""
    from playwright.sync_api import Error

    try:
        closable.close()
    except Error as error:  # TargetClosedError among them
        print(f"(closing {what}: {type(error).__name__}: {str(error).splitlines()[0]})", file=sys.stderr)


class Relaunching:
    """Debian's Chromium through Playwright, for a `with` block: used like a Playwright `Browser`, and launched
    again when it has died (a crash in one test does not fail the tests after it). Every page or context it
    opens waits up to `scaled()` 30 s by default."""

    def __init__(self):
        self._executable = chromium()
        self._driver = None
        self._browser = None
        self.launches = 0

    def __enter__(self) -> "Relaunching":
        from playwright.sync_api import sync_playwright

        self._driver = sync_playwright().start()
        return self

    def __exit__(self, *exc) -> None:
        if self._browser is not None:
            closed_quietly(self._browser, "the browser")
        try:
            self._driver.stop()
        except Exception as error:  # noqa: BLE001  a driver that died with its browser must not end the run
            print(f"(stopping Playwright: {type(error).__name__}: {error})", file=sys.stderr)

    @property
    def live(self):
        """The running browser, launched (again) if there is none or it has died; if Playwright's driver died
        with it, the driver is started again too."""
        from playwright.sync_api import Error, sync_playwright

        if self._browser is None or not self._browser.is_connected():
            try:
                self._browser = self._launch()
            except Error:
                try:
                    self._driver.stop()
                except Exception:  # noqa: BLE001  it is being replaced
                    pass
                self._driver = sync_playwright().start()
                self._browser = self._launch()
            self.launches += 1
        return self._browser

    def _launch(self):
        return self._driver.chromium.launch(
            executable_path=self._executable, args=CHROMIUM_ARGS, headless=True, timeout=scaled(60_000)
        )

    def new_context(self, **options):
        context = self.live.new_context(**options)
        context.set_default_timeout(scaled(30_000))
        return context

    def new_page(self, **options):
        page = self.live.new_page(**options)
        page.set_default_timeout(scaled(30_000))
        return page

    def __getattr__(self, name):
        return getattr(self.live, name)
