"""Fresh machines: Chromium is installed with apt-get when possible; otherwise the browser tests skip, saying why."""

from __future__ import annotations

import subprocess

import harness
import pytest


def test_without_chromium_root_or_apt_the_browser_tests_skip_with_the_reason(monkeypatch):
    monkeypatch.setattr(harness.shutil, "which", lambda name: None)
    monkeypatch.setattr(harness.os, "geteuid", lambda: 1000)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed and cannot be installed here"):
        harness.chromium()


def test_as_root_with_apt_get_chromium_is_installed_from_debian(monkeypatch):
    installed, commands = [], []
    monkeypatch.setattr(harness.os, "geteuid", lambda: 0)
    monkeypatch.setattr(
        harness.shutil,
        "which",
        lambda name: {"apt-get": "/usr/bin/apt-get", "chromium": "/usr/bin/chromium" if installed else None}[name],
    )

    def apt_get(command, **_):
        commands.append(command[:2])
        if command[:2] == ["apt-get", "install"] and ["apt-get", "update"] in commands:  # needs fresh package lists
            installed.append(True)
        return subprocess.CompletedProcess(command, 0 if installed or command[1] == "update" else 100, "", "")

    monkeypatch.setattr(harness.subprocess, "run", apt_get)
    assert harness.chromium() == "/usr/bin/chromium"
    assert commands == [["apt-get", "install"], ["apt-get", "update"], ["apt-get", "install"]]
