"""Browser tests: real JupyterLab and the static reader page, driven by Debian's Chromium through Playwright.

One Chromium per test module (`browser` in tests/conftest.py: Debian's, never downloaded). Every request
a page makes that is not to 127.0.0.1 is aborted and recorded, so a test can assert that nothing external was
asked for. Servers run in their own process group and are stopped,
with the kernels they started, when their fixture ends, also when a test fails. Screenshots, server logs and
the measured widget round trips go to `test-output/` (git-ignored). The README's screenshots in `docs/` are
refreshed only on purpose: `make screenshots` (KIT_REFRESH_SCREENSHOTS=1).
"""

from __future__ import annotations

import json
import signal
import statistics

import pytest
from browser_harness import LOCAL, OUTPUT, Browsing, closed_quietly, scaled
from explorers import ROUND_TRIPS


def pytest_configure(config):
    """A terminated test run (CI time-out) still stops its servers: SIGTERM is handled like Ctrl-C."""
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, signal.default_int_handler)


@pytest.fixture
def browsing(browser, request):
    """A fresh tab that may only talk to 127.0.0.1; a screenshot is saved if the test fails. Closed whatever
    state the test left it in (a failure in closing is reported, never raised: the other tests still run)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    context.set_default_timeout(scaled(60_000))
    tab = Browsing(context.new_page())

    def only_local(route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            tab.refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    tab.page.on("pageerror", lambda error: tab.page_errors.append(str(error)))
    yield tab
    if getattr(request.node, "failed_call", False) and not tab.page.is_closed():
        try:
            tab.screenshot(f"failed/{request.node.name}")
        except Exception as error:  # noqa: BLE001  the page died with the failure: no screenshot, nothing worse
            print(f"(no screenshot of the failure: {type(error).__name__}: {error})")
    closed_quietly(context, "the test's browser context")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        item.failed_call = True
    return report


def pytest_terminal_summary(terminalreporter):
    """One line per explorer: how long a change took to show its new chart (median, p95, slowest)."""
    if not ROUND_TRIPS:
        return
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "round-trips.json").write_text(json.dumps(ROUND_TRIPS, indent=1) + "\n")
    new = [trip for trip in ROUND_TRIPS if not trip.get("revisit")]
    groups = {"all explorers": ROUND_TRIPS, "all explorers, new views only": new} | {
        where: [trip for trip in ROUND_TRIPS if trip["where"] == where]
        for where in dict.fromkeys(t["where"] for t in ROUND_TRIPS)
    }
    terminalreporter.write_sep(
        "-", "widget change -> new chart on screen, in the browser (test-output/round-trips.json)"
    )
    for where, trips in groups.items():
        times = sorted(trip["ms"] for trip in trips)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        terminalreporter.write_line(
            f"{where:<58} median {statistics.median(times):4.0f} ms  p95 {p95:4.0f} ms  max {times[-1]:4.0f} ms"
            f"  ({len(times)} changes)"
        )
