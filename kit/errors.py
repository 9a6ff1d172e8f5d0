"""The kit's exceptions: each one says what is wrong, where, and how to fix it."""

from __future__ import annotations


class KitError(Exception):
    """Base class. The message has three parts: the problem, where it is, and the fix."""

    def __init__(self, problem: str, *, where: str | None = None, fix: str | None = None):
        self.problem, self.where, self.fix = problem, where, fix
        lines = [problem]
        if where:
            lines.append(f"Where: {where}")
        if fix:
            lines.append(f"Fix: {fix}")
        super().__init__("\n".join(lines))


class DataError(KitError):
    """A raw data file or the catalogue cannot be trusted (missing, changed, malformed)."""


class MissingDataError(DataError):
    """A raw file or catalogue entry is not where the catalogue says."""


class ChecksumError(DataError):
    """A raw file's bytes differ from the sha256 recorded in the catalogue."""


class SchemaError(DataError):
    """A raw file does not match the schema recorded in the catalogue."""


class UnknownCountryError(KitError, ValueError):
    """A country name or code that is not among the entities of a dataset."""


class WeightsError(KitError, ValueError):
    """Index weights that cannot be used (negative, all zero, not a number, unknown pillar)."""


class SelectionError(KitError, ValueError):
    """A widget or function selection with too few or too many items."""


class ExportError(KitError):
    """A figure or table could not be written; nothing was half-written."""


class BuildError(KitError):
    """A notebook failed while the build executed it."""


class RefreshError(KitError):
    """A source could not be re-downloaded, or its new file failed a check; the data was left untouched."""


class StoryError(KitError):
    """A story's declaration does not hold together (unknown claim, chart, source, article or notebook)."""


class TextError(KitError, ValueError):
    """Chart text that cannot be drawn as written (a control character, half a character, a missing glyph)."""
