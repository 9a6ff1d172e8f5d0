"""Atomic file writes and safe file names: a write either lands whole or leaves the old file intact.

Crash-safe: a write is staged in a hidden file or folder beside its target (`.<name>.<random>.tmp`,
`.<folder>.new-<random>`, the previous folder moved aside as `.<folder>.old-<random>`), locked while in use. If a
process is killed midway, the next write in that folder (or `recover`) puts a folder moved aside back when its
replacement never arrived, and removes every leftover no running process holds. Locks are advisory `flock`s
(Unix): a leftover whose lock can be taken belongs to no running write.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
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


LEFTOVER = re.compile(r"\.(?P<target>.+)\.(?:(?P<kind>new|old)-[a-z0-9_]+|[a-z0-9_]+\.tmp)")


def write_bytes(path: Path, payload: bytes) -> Path:
    """Write one file atomically: a temporary file beside it, flushed to disk, then renamed over it."""
    path = Path(path)
    folder = writable_folder(path.parent)
    try:
        with _staged(folder, lambda: _new_file(folder, prefix=f".{path.name}.", suffix=".tmp")) as tmp:
            _write_durably(tmp, payload)
            os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc, "the previous version of the file is intact") from None
    return path


def _new_file(folder: Path, prefix: str, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    os.close(handle)
    return Path(name)


def write_text(path: Path, text: str) -> Path:
    """Atomically write UTF-8 text with Unix line endings."""
    return write_bytes(path, text.encode("utf-8"))


def replace_folder(
    folder: Path,
    contents: dict[str, bytes],
    keep: Callable[[str], bool] | None = None,
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Replace a whole folder with these files (name -> bytes): all of them, or none. With `keep`, the files
    already in the folder whose names it accepts stay too (unless `contents` has a new one): several writers
    can each replace their own part of one folder, one after the other. `check` is called with the folder
    under the same lock before anything changes: an error it raises leaves the folder as it was.

    The new folder is written beside the old one, then swapped in by two renames while the parent folder is
    locked (the kept files are linked into it under the same lock). If anything fails or interrupts the swap,
    the old folder is put back as it was and no staging folder stays behind; after a kill, the next call (or
    `recover`) does it.
    """
    folder = Path(folder)
    parent = writable_folder(folder.parent)
    try:
        with _staged(parent, lambda: Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.new-"))) as staging:
            os.chmod(staging, 0o755)
            for name, payload in contents.items():
                _write_durably(staging / name, payload)
            with _locked(parent):
                _recover(parent, only=folder.name)
                if check is not None:
                    check(folder)
                for kept in sorted(folder.iterdir()) if keep is not None and folder.is_dir() else ():
                    if kept.is_file() and keep(kept.name) and kept.name not in contents:
                        os.link(kept, staging / kept.name)
                _swap(staging, folder)
    except OSError as exc:
        raise _write_error(folder, exc, "the previous files are unchanged") from None
    return folder


def _swap(staging: Path, folder: Path) -> None:
    """Move `folder` aside, `staging` in its place, then remove the old one; on any failure or interrupt
    (Ctrl-C) in between, put the old folder back."""
    backup = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.old-")) if folder.exists() else None
    try:
        if backup is not None:
            os.replace(folder, backup)
        os.replace(staging, folder)
    except BaseException:
        if backup is not None and not folder.exists():
            os.replace(backup, folder)
        raise
    finally:
        if backup is not None and folder.exists():
            shutil.rmtree(backup, ignore_errors=True)


@contextlib.contextmanager
def _staged(parent: Path, create) -> Iterator[Path]:
    """A new hidden file or folder in `parent`, locked from its creation until it is renamed or removed (the
    parent is locked while it is created, so `recover` never sees it unlocked); removed if it is left over."""
    with _locked(parent):
        staged = create()
        handle = os.open(staged, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield staged
    finally:
        if staged.is_dir():
            shutil.rmtree(staged, ignore_errors=True)
        else:
            staged.unlink(missing_ok=True)
        os.close(handle)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on a folder, held by this process for the block (waits for other holders)."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _in_use(path: Path) -> bool:
    """Whether a running write holds this staged file or folder."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # gone already, or not ours to judge
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(handle)


def recover(folder: Path) -> list[str]:
    """Finish what killed writes left in a folder: a folder moved aside whose replacement never arrived is put
    back; every other leftover no running write holds is removed. Returns what was done, one line each."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    with _locked(folder):
        return _recover(folder)


def _recover(folder: Path, only: str | None = None) -> list[str]:
    done = []
    leftovers = [(path, LEFTOVER.fullmatch(path.name)) for path in folder.iterdir() if path.name.startswith(".")]
    leftovers = [
        (path, match) for path, match in leftovers if match and only in (None, match["target"]) and not _in_use(path)
    ]  # with the folder locked, a write's staged file or folder is locked from its creation: these are stale
    for path, match in sorted(leftovers, key=lambda item: item[0].lstat().st_mtime_ns, reverse=True):
        target = folder / match["target"]
        if match["kind"] == "old" and not target.exists():
            os.replace(path, target)
            done.append(f"put back {paths.shown(target)}: a write was interrupted after moving it aside")
        else:
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            done.append(f"removed {paths.shown(path)}, left by an interrupted write")
    return done


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
