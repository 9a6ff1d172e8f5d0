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


def write_bytes(path: Path, payload: bytes) -> Path:
    """Write one file atomically: a temporary file beside it, flushed to disk, then renamed over it."""
    path = Path(path)
    folder = writable_folder(path.parent)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        _write_durably(Path(tmp), payload)
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc, "the previous version of the file is intact") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def write_text(path: Path, text: str) -> Path:
    """Atomically write UTF-8 text with Unix line endings."""
    return write_bytes(path, text.encode("utf-8"))


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
            _write_durably(staging / name, payload)
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
        raise _write_error(folder, exc, "the previous files are unchanged") from None
    finally:
        for leftover in (staging, backup):
            if leftover is not None:
                shutil.rmtree(leftover, ignore_errors=True)
    return folder


def _write_durably(path: Path, payload: bytes) -> None:
    with open(path, "wb") as stream:
        stream.write(payload)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(path, 0o644)  # temporary files are created 0600; published files must be readable


def _write_error(target: Path, exc: OSError, consequence: str) -> ExportError:
    return ExportError(
        f"Could not write {paths.shown(target)} ({exc.strerror or exc}); {consequence}.",
        where=paths.shown(target),
        fix="free some disk space or fix the folder's permissions, or write elsewhere by setting "
        "KIT_EXPORTS_DIR / KIT_PROCESSED_DIR.",
    )


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
