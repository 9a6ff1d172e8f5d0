"""Where the kit reads and writes. Output folders can be redirected with environment variables."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
STORIES = Path(__file__).resolve().parent / "stories"


def raw_dir() -> Path:
    """One folder per source, each with its own description (`data/raw/<source>/`)."""
    return DATA / "raw"


def articles_dir() -> Path:
    """One folder per checked article, its statements as data (`data/articles/<article>/`)."""
    return DATA / "articles"


def processed_dir() -> Path:
    """Tidy outputs and claims, one folder per story (`KIT_PROCESSED_DIR`, default `data/processed`)."""
    return Path(os.environ.get("KIT_PROCESSED_DIR") or DATA / "processed")


def exports_dir() -> Path:
    """Publication figures, the gallery and the gathered ledger (`KIT_EXPORTS_DIR`, default `exports`)."""
    return Path(os.environ.get("KIT_EXPORTS_DIR") or ROOT / "exports")


def cache_dir() -> Path:
    """What the kit keeps between processes to go faster (parsed catalogs, font subsets; the tests' Hypothesis
    data): `KIT_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME/kit`, `~/.cache/kit`). Never read as
    an input: anything in it can be made again."""
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("KIT_CACHE_DIR") or user_cache / "kit")


def redirected() -> bool:
    """Whether outputs go elsewhere than the project's own `exports/` and `data/processed/` (`KIT_EXPORTS_DIR`,
    `KIT_PROCESSED_DIR`: a test's scratch folders, a benchmark's copy)."""
    return exports_dir() != ROOT / "exports" or processed_dir() != DATA / "processed"


def shown(path: Path) -> str:
    """A path as it should appear in messages: relative to the project when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
