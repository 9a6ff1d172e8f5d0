"""The GPU gap's chart: Sberbank beside the largest buyers as bars on a linear axis from zero, so a gap of fifty times
looks like one; Sberbank's total as reported, with its yearly average (derived) in its label."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from kit import charts, fmt, style, words
from kit.charts import Bar, Chart
from kit.errors import SelectionError
from kit.i18n import t
from kit.stories.gpu_gap import compute
from kit.stories.gpu_gap.compute import OMDIA, RIVAL, SBERBANK, SUBJECT, buyer_name, month_year

GAP = "gpu-gap"  # slug of the default chart
# where Omdia's estimates appeared: the source lines `gpu-source-<year>`


@functools.cache
def _buyers(year: int) -> tuple[str, ...]:
    """The buyers Omdia estimated for a year (read once: a redraw does not reload the data)."""
    return tuple(compute.buyers(year))


def gap_chart(selection: Sequence[str] | None = None, year: int = 2024, per_year: bool = False) -> Chart:
    """Sberbank beside the chosen buyers, as bars from zero on a linear axis: its total as reported, labelled with
    its yearly average (derived); `per_year` states the gap per year in the title. Chosen buyers without an
    estimate for `year` are left out, and the note says so."""
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
    others = frame[frame["buyer"] != SUBJECT]
    largest = others.iloc[0]
    yearly = round(sber["per_year"], -2)
    years = int(fmt.rounded(sber["years"]))
    span = t("gpu-span", start=month_year(sber["period_start"]), end=month_year(sber["period_end_latest"]))
    subject = buyer_name(SUBJECT)
    bars = [
        Bar(
            label=buyer_name(row.buyer),
            value=row.units,
            role=style.NAMED if row.buyer == RIVAL else style.CONTEXT_ROLE,
            value_label=t("gpu-about", approx=int(row.approx), units=fmt.count(row.units)),
        )
        for row in others.itertuples()
    ] + [
        Bar(
            label=subject,
            value=sber["units"],
            role=style.SUBJECT,
            value_label=t("gpu-sberbank-value", units=fmt.count(sber["units"]), years=years, yearly=fmt.count(yearly)),
        )
    ]
    tick_labels = {tick: fmt.large(tick) for tick in charts.possible_ticks(bars)}  # labelled here, picked per width

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2])
        charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks, tick_labels=[tick_labels[tick] for tick in ticks])

    times = largest["units"] / (sber["per_year"] if per_year else sber["units"])
    title = t(
        "gpu-title",
        buyer=buyer_name(largest["buyer"]),
        year=str(year),
        times=fmt.multiple(times),
        subject=subject,
        against="yearly" if per_year else "total",
        years=years,
    )
    note = (
        t("gpu-note", subject=subject, span=span)
        + (" " + t("gpu-note-h20") if year == 2024 else "")
        + (
            " " + t("gpu-note-missing", year=str(year), buyers=fmt.names([buyer_name(b) for b in missing]))
            if missing
            else ""
        )
    )
    rest = others.iloc[1:]
    return Chart(
        slug=_slug(frame, year, per_year, chosen=selection is not None),
        title=title,
        subtitle=t("gpu-subtitle", year=str(year), subject=subject),
        note=note,
        source=t(f"gpu-source-{year}"),
        alt_text=t(
            "gpu-alt",
            buyer=buyer_name(largest["buyer"]),
            units=fmt.count(largest["units"]),
            year=str(year),
            times=fmt.multiple(largest["units"] / sber["units"]),
            subject_units=fmt.count(sber["units"]),
            subject=subject,
            span=span,
            yearly=fmt.count(yearly),
        )
        + (t("gpu-alt-rest", range=fmt.between(rest["units"].min(), rest["units"].max())) if len(rest) else ""),
        description=t(
            "gpu-description",
            year=str(year),
            estimates=words.join(
                (
                    words.join([buyer_name(row.buyer), " ", t("gpu-about", approx=int(row.approx), units=fmt.count(row.units))])
                    for row in others.itertuples()
                ),
                "; ",
            ),
            subject=subject,
            units=fmt.count(sber["units"]),
            span=span,
            years=fmt.decimal(sber["years"]),
            yearly=fmt.count(yearly),
        ),
        sources=(OMDIA[year], SBERBANK),
        data=_data(others, sber, year),
        wide=charts.Wide(
            label="label",
            values=("units",),
            names={"label": t("gpu-column-buyer"), "units": t("gpu-column-units")},
            places={"units": -2},  # the yearly average is shown as "about 3,000"
        ),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def _data(others: pd.DataFrame, sber: pd.Series, year: int) -> pd.DataFrame:
    """What the chart shows, as readers of each edition read it: each buyer's chips, the period and what kind of
    figure it is (an estimate, Sberbank's as reported, its yearly average derived)."""
    period = compute.period_in_words(sber)
    subject = buyer_name(SUBJECT)
    rows = [
        {
            "label": buyer_name(row.buyer),
            "units": row.units,
            "chips": compute.chips_name(row.chips),
            "period": str(year),
            "qualifier": t("gpu-qualifier-estimate", approx=int(row.approx)),
        }
        for row in others.itertuples()
    ] + [
        {
            "label": t("gpu-label-since", buyer=subject),
            "units": float(sber["units"]),
            "chips": t("gpu-chips-unnamed"),
            "period": period,
            "qualifier": t("gpu-qualifier-reported"),
        },
        {
            "label": t("gpu-label-average", buyer=subject),
            "units": sber["per_year"],
            "chips": t("gpu-chips-unnamed"),
            "period": t("gpu-period-average", period=period),
            "qualifier": t("gpu-qualifier-derived"),
        },
    ]
    return pd.DataFrame(rows, columns=["label", "units", "chips", "period", "qualifier"])


def _slug(frame: pd.DataFrame, year: int, per_year: bool, chosen: bool) -> str:
    """'gpu-gap' for the default chart; the year, 'per-year' and the chosen buyers otherwise."""
    parts = [GAP] + ([str(year)] if year != 2024 or chosen else []) + (["per-year"] if per_year else [])
    if chosen:
        parts += [b.split()[0].lower() for b in frame["buyer"] if b != SUBJECT]
    return "-".join(parts)
