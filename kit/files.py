"""Atomic file writes and safe file names: a write either lands whole or leaves the old file intact."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from kit import paths
from kit.errors import ExportError


def slugify(text: str, max_length: int = 80) -> str:
    """A file-name-safe stem: lower-case ASCII letters, digits and hyphens (no `/`, `..` or spaces)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].rstrip("-")
    if not slug:
        raise ExportError(
            f"{text!r} gives no usable file name.",
            fix="give the chart an id with some letters or digits in it.",
        )
    return slug


def write_all(contents: dict[Path, bytes]) -> list[Path]:
    """Write several files so that each is either fully replaced or untouched.

    Every file is first written and flushed to a temporary file beside its target; only when all of
    them are on disk are they renamed into place, so a failure midway leaves the previous files intact.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for target, payload in contents.items():
            folder = writable_folder(target.parent)
            handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((Path(tmp), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(tmp, 0o644)  # mkstemp creates 0600; published files must be readable
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(
            f"Could not write {paths.shown(target)} ({exc.strerror or exc}); nothing was replaced.",
            where=paths.shown(target.parent),
            fix="free some disk space or fix the folder's permissions, or write elsewhere by setting "
            "KIT_EXPORTS_DIR / KIT_PROCESSED_DIR.",
        ) from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return list(contents)


def replace_folder(folder: Path, contents: dict[str, bytes]) -> Path:
    """Replace a whole folder with these files (name -> bytes): all of them, or none.

    The new folder is written beside the old one, then swapped in by two renames; if anything fails,
    the old folder is left (or put back) as it was, and no staging folder stays behind.
    """
    folder = Path(folder)
    parent = writable_folder(folder.parent)
    staging = backup = None
    try:
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.new-"))
        os.chmod(staging, 0o755)
        for name, payload in contents.items():
            with open(staging / name, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(staging / name, 0o644)
        if folder.exists():
            backup = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.old-"))
            os.replace(folder, backup)
        try:
            os.replace(staging, folder)
        except OSError:
            if backup is not None:
                os.replace(backup, folder)
                backup = None
            raise
        staging = None
    except OSError as exc:
        raise ExportError(
            f"Could not write {paths.shown(folder)} ({exc.strerror or exc}); the previous files are unchanged.",
            where=paths.shown(folder),
            fix="free some disk space or fix the folder's permissions, or write elsewhere by setting KIT_EXPORTS_DIR.",
        ) from None
    finally:
        for leftover in (staging, backup):
            if leftover is not None:
                shutil.rmtree(leftover, ignore_errors=True)
    return folder


def write_text(path: Path, text: str) -> Path:
    """Atomically write UTF-8 text with Unix line endings."""
    return write_all({Path(path): text.encode("utf-8")})[0]


def writable_folder(folder: Path) -> Path:
    """The folder, created if needed; a clear error if it cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            f"Cannot create the folder {paths.shown(folder)} ({exc.strerror or exc}).",
            where=paths.shown(folder),
            fix="choose a writable folder (set KIT_EXPORTS_DIR / KIT_PROCESSED_DIR) or fix its permissions.",
        ) from None
    if not os.access(folder, os.W_OK):
        raise ExportError(
            f"The folder {paths.shown(folder)} is not writable.",
            where=paths.shown(folder),
            fix="fix its permissions, or write elsewhere by setting KIT_EXPORTS_DIR / KIT_PROCESSED_DIR.",
        )
    return folder
