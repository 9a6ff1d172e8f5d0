"""The GPU gap's charts: Sberbank beside the largest buyers, on a log scale, as stated or per year."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, data, fmt, style
from kit.charts import Chart, Dot
from kit.errors import SelectionError
from kit.stories.gpu_gap import compute
from kit.stories.gpu_gap.compute import OMDIA, RIVAL, SBERBANK, SUBJECT

GAP = "gpu-gap"  # slug of the default chart
PER_YEAR = "gpu-gap-per-year"
AXIS = (1_000, 2_000_000)  # log axis: Sberbank's yearly average and Microsoft's total both fit


def gap_chart(selection: Sequence[str] | None = None, year: int = 2024, per_year: bool = False) -> Chart:
    """Sberbank beside the chosen buyers on a log scale, so that 9,000 stays visible next to 485,000.
    Chosen buyers without an estimate for `year` are left out, and the note says so."""
    known = set(compute.buyers(2023)) | set(compute.buyers(2024))
    strangers = [b for b in selection or () if b not in known]
    if strangers:
        raise SelectionError(
            f"No estimates for {fmt.names(strangers)}.", fix=f"choose among {fmt.names(sorted(known))}."
        )
    missing = [b for b in selection or () if b not in compute.buyers(year)]
    if selection is not None and missing and len(missing) == len(selection):
        raise SelectionError(
            f"No {year} estimate for {fmt.names(missing)}.", fix=f"choose one of {fmt.names(compute.buyers(year))}."
        )
    frame = compute.comparison(
        [b for b in selection if b not in missing] if selection is not None else None, year, per_year
    )
    sber = frame[frame["buyer"] == SUBJECT].iloc[0]
    others = frame[frame["buyer"] != SUBJECT]
    largest = others.iloc[0]
    times = largest["units"] / sber["units"]
    dots = [
        Dot(
            label=row.buyer,
            low=row.units,
            high=row.units,
            colour=style.HIGHLIGHT if row.buyer == SUBJECT else style.NAMED if row.buyer == RIVAL else style.NEUTRAL,
            label_colour=style.HIGHLIGHT if row.buyer == SUBJECT else style.TEXT,
            value_label=("about " if row.approx else "") + fmt.count(round(row.units, -2 if row.derived else 0)),
            hollow=row.derived,
            bold=row.buyer in (SUBJECT, RIVAL),
        )
        for row in frame.itertuples()
    ]
    reported = compute.sberbank()
    sber_text = f"about {fmt.count(round(sber['units'], -2))} a year" if per_year else fmt.count(sber["units"])
    span = "a year on average" if per_year else f"in about {reported['years']:.0f} years"
    title = f"{largest['buyer']} bought {times:.0f} times as many Nvidia chips in {year} as Sberbank obtained {span}"
    ticks = [1_000, 10_000, 100_000, 1_000_000]
    note = (
        "Log scale: each step is ten times the one before. Buyers' figures are Omdia's estimates for one year"
        + (" (ByteDance's and Tencent's include the weaker H20)" if year == 2024 else "")
        + f". Sberbank's {fmt.count(reported['units'])} covers {compute.period(reported)} and does not say which "
        "chips; it was reported by RFE/RL, read in an FT opinion piece."
        + (
            f" Open marker: Sberbank's yearly average, derived by the kit over {reported['years']:.1f} years."
            if per_year
            else ""
        )
        + (f" No {year} estimate for {fmt.names(missing)}." if missing else "")
    )
    return Chart(
        slug=_slug(frame, year, per_year, chosen=selection is not None),
        title=title,
        subtitle=f"AI chips acquired: Omdia's estimates for the largest buyers in {year} (Nvidia data-centre GPUs); "
        + (
            "Sberbank's yearly average since February 2022 (derived)"
            if per_year
            else "Sberbank's total since February 2022, as reported"
        ),
        note=note,
        source=f"Source: {data.provenance(OMDIA[year]).citation}; {data.provenance(SBERBANK).citation}; kit analysis",
        alt_text=f"Dot chart on a logarithmic scale of AI chips acquired. Sberbank: {sber_text}. "
        + "; ".join(f"{row.buyer}: {fmt.count(row.units)}" for row in others.itertuples())
        + f" ({year}, Omdia estimates).",
        data=frame,
        body_height=lambda width: charts.dots_height([d.label for d in dots], width),
        draw=lambda fig, rect: charts.dot_rows(
            fig, rect, dots, xlim=AXIS, ticks=ticks, tick_labels=["1,000", "10,000", "100,000", "1 million"], log=True
        ),
    )


def per_year_chart() -> Chart:
    """The default comparison with Sberbank's derived yearly average."""
    return gap_chart(per_year=True)


def _slug(frame: pd.DataFrame, year: int, per_year: bool, chosen: bool) -> str:
    """'gpu-gap' for the default chart; the year, 'per-year' and the chosen buyers otherwise."""
    parts = [GAP] + ([str(year)] if year != 2024 or chosen else []) + (["per-year"] if per_year else [])
    if chosen:
        parts += [b.split()[0].lower() for b in frame["buyer"] if b != SUBJECT]
    return "-".join(parts)
