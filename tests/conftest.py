"""Test configuration: outputs go to a scratch folder, never into the working tree."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kit import claims, paths

SCRATCH = Path(tempfile.mkdtemp(prefix="kit-tests-"))


def pytest_configure(config):
    # Set before any kernel starts, so notebooks run by nbval write here too.
    os.environ["KIT_EXPORTS_DIR"] = str(SCRATCH / "exports")
    os.environ["KIT_PROCESSED_DIR"] = str(SCRATCH / "processed")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    # nbval runs 00_claims before the statistic notebooks (name order), so it reads a copy of the committed
    # ledger: the one its stored outputs were made from (`make notebooks` runs it last, after the others).
    (SCRATCH / "processed").mkdir(parents=True, exist_ok=True)
    shutil.copy2(paths.DATA / "processed" / claims.LEDGER_NAME, SCRATCH / "processed" / claims.LEDGER_NAME)


def pytest_unconfigure(config):
    shutil.rmtree(SCRATCH, ignore_errors=True)


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Path:
    """A private copy of data/ that a test may damage; the kit reads it instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy, ignore=shutil.ignore_patterns("processed"))
    monkeypatch.setattr(paths, "DATA", copy)
    monkeypatch.setattr(paths, "CATALOGUE", copy / "datapackage.json")
    return copy


@pytest.fixture
def out_dirs(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Fresh export and processed-data folders for one test."""
    exports, processed = tmp_path / "exports", tmp_path / "processed"
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(exports))
    monkeypatch.setenv("KIT_PROCESSED_DIR", str(processed))
    return exports, processed
