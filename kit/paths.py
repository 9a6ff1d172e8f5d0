"""Where the kit reads and writes. Output folders can be redirected with environment variables."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CATALOGUE = DATA / "datapackage.json"
NOTEBOOKS = ROOT / "notebooks"


def processed_dir() -> Path:
    """Tidy outputs and the claims ledger (`KIT_PROCESSED_DIR`, default `data/processed`)."""
    return Path(os.environ.get("KIT_PROCESSED_DIR") or DATA / "processed")


def exports_dir() -> Path:
    """Publication figures (`KIT_EXPORTS_DIR`, default `exports`)."""
    return Path(os.environ.get("KIT_EXPORTS_DIR") or ROOT / "exports")


def shown(path: Path) -> str:
    """A path as it should appear in messages: relative to the project when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
