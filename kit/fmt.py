"""Number and text formatting shared by charts, claims and notebooks, so every place says it the same way."""

from __future__ import annotations

from collections.abc import Sequence


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd', 28 -> '28th', 111 -> '111th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def score(value: float) -> str:
    """A 0-100 index score as the tool shows it: two decimals."""
    return f"{value:.2f}"


def points(value: float) -> str:
    """A difference in index points, e.g. '0.01 points', '1 point'."""
    text = f"{abs(value):.2f}"
    return f"{text} point" if text == "1.00" else f"{text} points"


def names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def count(value: float) -> str:
    """A whole number with thousands separators: 9000 -> '9,000'."""
    return f"{value:,.0f}"


def change(percent: float) -> str:
    """A signed percentage change: 1235 -> '+1,235%', -22 -> '−22%' (typographic minus)."""
    return f"{'+' if percent > 0 else '−' if percent < 0 else ''}{abs(percent):,.0f}%"
