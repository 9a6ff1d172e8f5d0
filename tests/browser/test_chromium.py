"""Without Debian's Chromium the browser tests skip, with one line saying why and how to get it."""

from __future__ import annotations

import browser_harness
import pytest


def test_without_chromium_the_browser_tests_skip_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(browser_harness.shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed.*apt-get install chromium"):
        browser_harness.chromium()
