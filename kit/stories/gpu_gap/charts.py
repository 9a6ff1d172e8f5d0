"""The GPU gap's chart: Sberbank beside the largest buyers on a log scale, with both readings of its figure
(the total as reported and its yearly average, derived)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from kit import charts, fmt, style
from kit.charts import Chart, Dot
from kit.errors import SelectionError
from kit.stories.gpu_gap import compute
from kit.stories.gpu_gap.compute import OMDIA, RIVAL, SBERBANK, SUBJECT

GAP = "gpu-gap"  # slug of the default chart
AXIS = (1_000, 1_000_000)  # log axis: Sberbank's yearly average and Microsoft's total both fit
TICKS = [1_000, 10_000, 100_000, 1_000_000]
ESTIMATES_IN = {2024: "the Financial Times (2024)", 2023: "Tom's Hardware (2023)"}  # where Omdia's estimates appeared


@functools.cache
def _buyers(year: int) -> tuple[str, ...]:
    """The buyers Omdia estimated for a year (read once: a redraw does not reload the data)."""
    return tuple(compute.buyers(year))


def gap_chart(selection: Sequence[str] | None = None, year: int = 2024, per_year: bool = False) -> Chart:
    """Sberbank beside the chosen buyers on a log scale, so that 9,000 stays visible next to 485,000: its total
    as reported (filled) and its yearly average (open, derived) on one row; `per_year` states the gap per year
    in the title. Chosen buyers without an estimate for `year` are left out, and the note says so."""
    known = set(_buyers(2023)) | set(_buyers(2024))
    strangers = [b for b in selection or () if b not in known]
    if strangers:
        raise SelectionError(
            f"No estimates for {fmt.names(strangers)}.", fix=f"choose among {fmt.names(sorted(known))}."
        )
    missing = [b for b in selection or () if b not in _buyers(year)]
    if selection is not None and missing and len(missing) == len(selection):
        raise SelectionError(
            f"No {year} estimate for {fmt.names(missing)}.", fix=f"choose one of {fmt.names(_buyers(year))}."
        )
    chosen = [b for b in selection if b not in missing] if selection is not None else None
    frame = compute.comparison(chosen, year)
    sber = compute.sberbank()
    average = frame[frame["buyer"] == SUBJECT].assign(  # the same row as comparison(per_year=True) gives
        units=sber["per_year"], period=f"yearly average, {compute.period(sber)}", qualifier="derived", derived=True
    )
    others = frame[frame["buyer"] != SUBJECT]
    largest = others.iloc[0]
    yearly = round(sber["per_year"], -2)
    span = f"{pd.Timestamp(sber['period_start']):%B %Y} to {pd.Timestamp(sber['period_end_latest']):%B %Y}"
    dots = [
        Dot(
            label=row.buyer,
            low=row.units,
            high=row.units,
            role=style.NAMED if row.buyer == RIVAL else style.CONTEXT_ROLE,
            value_label=("about " if row.approx else "") + fmt.count(row.units),
        )
        for row in others.itertuples()
    ] + [
        Dot(
            label=SUBJECT,
            low=sber["units"],
            high=sber["units"],
            role=style.SUBJECT,
            value_label=f"{fmt.count(sber['units'])} in {sber['years']:.0f} years; about {fmt.count(yearly)} a year",
            derived=sber["per_year"],
        )
    ]
    times = largest["units"] / (sber["per_year"] if per_year else sber["units"])
    against = "yearly average" if per_year else f"{sber['years']:.0f}-year total"
    title = f"Omdia estimates {largest['buyer']}'s {year} chips at {fmt.multiple(times)} {SUBJECT}'s {against}"
    note = (
        f"{SUBJECT}'s figure covers {span} at the latest and names no chip type. Open circle: its yearly average, "
        "derived."
        + (" ByteDance's and Tencent's include the weaker H20." if year == 2024 else "")
        + (f" No {year} estimate for {fmt.names(missing)}." if missing else "")
    )
    data = pd.concat([frame, average], ignore_index=True)
    data.insert(0, "label", [
        f"{row.buyer}, yearly average (derived)" if row.derived else f"{row.buyer}, since February 2022"
        if row.buyer == SUBJECT else row.buyer
        for row in data.itertuples()
    ])
    rest = others.iloc[1:]
    return Chart(
        slug=_slug(frame, year, per_year, chosen=selection is not None),
        title=title,
        subtitle=f"AI chips acquired, log scale: Omdia's estimates of Nvidia GPUs bought in {year}; {SUBJECT}'s "
        "GPUs since February 2022",
        note=note,
        source=f"Sources: Omdia estimates, in {ESTIMATES_IN[year]}; RFE/RL (2025)",
        alt_text=f"Omdia estimates {largest['buyer']} bought {fmt.count(largest['units'])} Nvidia chips in {year}, "
        f"{fmt.multiple(largest['units'] / sber['units'])} the {fmt.count(sber['units'])} GPUs {SUBJECT} obtained "
        f"from {span} (about {fmt.count(yearly)} a year)."
        + (f" Other large buyers: {fmt.between(rest['units'].min(), rest['units'].max())}." if len(rest) else ""),
        description=f"AI chips acquired. Omdia's estimates for {year}: "
        + "; ".join(f"{row.buyer} {'about ' if row.approx else ''}{fmt.count(row.units)}" for row in others.itertuples())
        + f". {SUBJECT}: {fmt.count(sber['units'])} GPUs of unnamed type from {span} at the latest, as RFE/RL "
        f"reported (read in a Financial Times opinion piece); over {sber['years']:.1f} years that is about "
        f"{fmt.count(yearly)} a year (derived by the kit).",
        sources=(OMDIA[year], SBERBANK),
        data=data,
        wide=charts.Wide(label="label", values=("units", "chips", "approx", "qualifier")),
        body_height=lambda width: charts.dots_height(dots, width),
        draw=lambda fig, rect: charts.dot_rows(
            fig, rect, dots, xlim=AXIS, ticks=TICKS, tick_labels=[fmt.large(t) for t in TICKS], log=True
        ),
    )


def _slug(frame: pd.DataFrame, year: int, per_year: bool, chosen: bool) -> str:
    """'gpu-gap' for the default chart; the year, 'per-year' and the chosen buyers otherwise."""
    parts = [GAP] + ([str(year)] if year != 2024 or chosen else []) + (["per-year"] if per_year else [])
    if chosen:
        parts += [b.split()[0].lower() for b in frame["buyer"] if b != SUBJECT]
    return "-".join(parts)
