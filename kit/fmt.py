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


# -- the house number style for charts (docs/house-style.md) ---------------------------------------------


def decimal(value: float) -> str:
    """One decimal, no more: 78.6, 10.7 (charts never show false precision)."""
    return f"{value:,.1f}"


def _trimmed(value: float, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def large(value: float, currency: str = "") -> str:
    """A large amount in the house style: '9,000', '485,000', '1m', '$29.2m', '$182.5bn' (one decimal at most,
    none when it is zero; m = million, bn = billion, no space)."""
    sign = "−" if value < 0 else ""
    value = abs(value)
    for scale, suffix in ((1e9, "bn"), (1e6, "m")):
        if value >= scale:
            return f"{sign}{currency}{_trimmed(value / scale, 1)}{suffix}"
    return f"{sign}{currency}{value:,.0f}"


def money(usd: float) -> str:
    """US dollars in the house style: '$29.2m', '$17bn', '$182.5bn'."""
    return large(usd, "$")


def between(low: float, high: float) -> str:
    """A range of counts: '25,000', '50,000-70,000'."""
    return count(low) if low == high else f"{count(low)}-{count(high)}"


NICE_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10)


def multiple(ratio: float) -> str:
    """A ratio in two figures at most, never overstated: 53.9 -> 'over 50 times', 167.4 -> 'over 150 times',
    2.0 -> '2 times'."""
    if ratio < 1:
        raise ValueError(f"a multiple is at least 1, not {ratio}")
    if float(ratio).is_integer() and ratio < 100:
        return f"{ratio:.0f} times"
    magnitude = 10 ** (len(str(int(ratio))) - 1)
    floor = max(step * magnitude for step in NICE_STEPS if step * magnitude <= ratio)
    return f"{floor:,.0f} times" if floor == ratio else f"over {floor:,.0f} times"
