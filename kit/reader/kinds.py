"""The kinds of explorer a story can offer readers on its static reader page, each computed in the reader's
browser (kit/reader/web/reader.js) from the tidy data written beside the page.

- `Reweighting`: re-weight a composite index (`kit.composite.CompositeIndex`): one slider per pillar; the ranking
  is redrawn and its title says where the subject now ranks; a button puts the default weights back.
- `Comparison`: compare chosen entities across measures: choose some of them (within limits) and see their
  values side by side, one small panel per measure.

A story builds one in the current language (its factory is called inside `i18n.use(language)` for each language
the page is written in): texts that never change are given as text, texts that depend on the reader's choices as
a `Message`, which the browser renders from the same Fluent catalogs, with the explorer's *facts* (numbers and
names it computes for the view on screen) as arguments. The same facts are computed here, in Python, by
`facts()`: for the default view the page is written with (so it reads whole before any script runs) and as the
reference the browser tests compare the page against.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kit import files, fmt, i18n
from kit.composite import CompositeIndex
from kit.errors import SelectionError, StoryError

ROLE_SUBJECT, ROLE_NAMED, ROLE_CONTEXT = "subject", "named", "context"


@dataclass(frozen=True)
class Message:
    """A catalog text the page renders with an explorer's facts. Each fact fills the variable of its own name;
    `aliases` fill others from a fact (`Message("x-title", {"country": "subject"})`: `$country` is the fact
    `subject`), so a story's existing chart texts can be used as they are."""

    id: str
    aliases: Mapping[str, str] = field(default_factory=dict)

    def arguments(self, facts: Mapping[str, object]) -> dict[str, object]:
        return {**facts, **{variable: facts[fact] for variable, fact in self.aliases.items()}}

    def render(self, facts: Mapping[str, object]) -> str:
        """The text in the current language (what the browser renders from the same catalog)."""
        return i18n.t(self.id, **self.arguments(facts))

    def config(self) -> dict:
        return {"id": self.id, "aliases": dict(self.aliases)}


Text = Message | str  # a text that follows the view, or one that does not (already in the current language)


def render(text: Text, facts: Mapping[str, object]) -> str:
    """A text of an explorer for a view, in the current language."""
    return text if isinstance(text, str) else text.render(facts)


def _config(text: Text) -> dict | str:
    return text if isinstance(text, str) else text.config()



@dataclass(frozen=True)
class Caveat:
    """A sentence added to a comparison's note when any of `entities` is chosen: `message` gets the facts
    `entities` (the chosen ones among them, named in the order given) and `measure` (the measure's name)."""

    message: Text
    measure: str
    entities: Sequence[str]


@dataclass(frozen=True, eq=False)
class Reweighting:
    """Re-weight a composite index: one slider per pillar, the ranking redrawn, the subject highlighted and
    the `named` entities labelled in bold.

    Facts for its messages: `subject` (the subject's name), `rank`, `ordinal` (the rank as the house writes it),
    `total` (entities ranked), `change` (places moved from the default ranking, 0 or more), `direction`
    (`unchanged`, `higher` or `lower`), `score` (the subject's score), `weights` (each pillar's name and weight),
    `leader` and `leader_score` (the first-ranked entity)."""

    KIND = "reweighting"

    index: CompositeIndex
    subject: str  # the entity the story is about
    heading: str
    text: str
    measure_names: Mapping[str, str]  # pillar -> its name
    entity_names: Mapping[str, str]  # entity code -> its name
    title: Text  # with the default weights
    title_reweighted: Text  # with any other weights
    subtitle: Text
    subtitle_reweighted: Text
    note: Text
    note_reweighted: Text
    alt: Text
    source: str
    reset: str  # the button that puts the default weights back
    named: Sequence[str] = ()  # entities labelled in bold
    weights: tuple[float, float, float] = (0.0, 2.0, 0.05)  # each slider's least, greatest value and step
    scale: tuple[float, Sequence[float]] = (100.0, (0, 20, 40, 60, 80, 100))  # the axis end and its ticks
    picture: Callable[[], object] | None = None  # the default view as the story draws it (a kit Chart)

    def __post_init__(self):
        codes = set(self.index.names)
        unknown = [code for code in (self.subject, *self.named, *self.entity_names) if code not in codes]
        missing = [code for code in codes if code not in self.entity_names]
        pillars = [p for p in self.index.pillars if p not in self.measure_names]
        if unknown or missing or pillars:
            raise StoryError(
                "A re-weighting explorer names entities or pillars its index does not have, or leaves some unnamed"
                f": {(unknown or missing or pillars)[:3]}.",
                fix="name the subject and the named entities by their codes in the index, and give every entity "
                "and pillar a name.",
            )
        low, high, step = self.weights
        off_grid = [p for p, w in self.index.defaults.items() if not low <= w <= high or not _on_grid(w - low, step)]
        if off_grid:
            raise StoryError(
                f"The default weight of {off_grid[0]!r} is not a value its slider can take ({low:g} to {high:g} in "
                f"steps of {step:g}).",
                fix="choose a range and step that hold every default weight.",
            )

    @property
    def measures(self) -> list[str]:
        return self.index.pillars

    def keys(self) -> dict[str, str]:
        """Each pillar's key in the page's address."""
        return {pillar: files.slugify(pillar) for pillar in self.measures}

    def ranking(self, weights: Mapping[str, float] | None = None) -> pd.DataFrame:
        """The index ranked with these weights (`kit.composite`), best first."""
        return self.index.rank(weights)

    def is_default(self, weights: Mapping[str, float] | None) -> bool:
        return self.index.check_weights(weights).equals(self.index.check_weights())

    def facts(self, weights: Mapping[str, float] | None = None) -> dict[str, object]:
        """The facts of the view with these weights (pillars left out keep their default)."""
        full = self.index.check_weights(weights)
        ranking = self.ranking(full.to_dict())
        subject = ranking.set_index("code").loc[self.subject]
        rank = int(subject["rank"])
        default = int(self.ranking().set_index("code").loc[self.subject, "rank"])
        leader = ranking.iloc[0]
        return {
            "subject": self.entity_names[self.subject],
            "rank": rank,
            "ordinal": fmt.ordinal(rank),
            "total": len(ranking),
            "change": abs(default - rank),
            "direction": "unchanged" if default == rank else "higher" if rank < default else "lower",
            "score": fmt.decimal(subject["score"]),
            "weights": ", ".join(f"{self.measure_names[p]} {fmt.trimmed(full[p], 2)}" for p in self.measures),
            "leader": self.entity_names[leader["code"]],
            "leader_score": fmt.decimal(leader["score"]),
        }

    def texts(self, weights: Mapping[str, float] | None = None) -> dict[str, str]:
        """The chart's texts for the view with these weights, in the current language."""
        facts = self.facts(weights)
        changed = not self.is_default(weights)
        return {
            "title": render(self.title_reweighted if changed else self.title, facts),
            "subtitle": render(self.subtitle_reweighted if changed else self.subtitle, facts),
            "note": render(self.note_reweighted if changed else self.note, facts),
            "alt": render(self.alt, facts),
        }

    def messages(self) -> list[Message]:
        return [self.title, self.title_reweighted, self.subtitle, self.subtitle_reweighted, self.note,
                self.note_reweighted, self.alt]

    def data(self) -> pd.DataFrame:
        """The tidy data the browser computes from: one row per entity and pillar."""
        return _tidy(self.index.scores)

    def config(self) -> dict:
        """What the browser needs besides the data, in the current language."""
        low, high, step = self.weights
        roles = {code: ROLE_NAMED for code in self.named} | {self.subject: ROLE_SUBJECT}
        return {
            "kind": self.KIND,
            "measures": [
                {"key": key, "id": pillar, "name": self.measure_names[pillar], "default": self.index.defaults[pillar]}
                for pillar, key in self.keys().items()
            ],
            "entities": [
                {"code": code, "name": self.entity_names[code], "sort": self.index.names[code],
                 "role": roles.get(code, ROLE_CONTEXT)}
                for code in self.index.scores.index
            ],
            "subject": self.subject,
            "range": {"min": low, "max": high, "step": step},
            "scale": {"max": self.scale[0], "ticks": list(self.scale[1])},
            "messages": {
                name: _config(message)
                for name, message in zip(
                    ("title", "title_reweighted", "subtitle", "subtitle_reweighted", "note", "note_reweighted", "alt"),
                    self.messages(),
                    strict=True,
                )
            },
        }



@dataclass(frozen=True, eq=False)
class Comparison:
    """Compare chosen entities across measures: one panel of bars per measure, the entities in the table's order,
    the subject highlighted (or, when it is not chosen, the first chosen).

    Facts for its messages: `subject` (the highlighted entity's name), `n` (entities chosen), `total` (measures),
    `lowest` and `highest` (the measures on which the highlighted entity is lowest or highest of those chosen,
    named), `lowest_count`, `highest_count`, `others` (the measures it is not lowest on, named) with `most` (1 when
    they are fewer than those it is lowest on), `entities` (the chosen ones, named)."""

    KIND = "comparison"

    table: pd.DataFrame  # entity code (index, in the order shown) x measure (columns)
    subject: str
    default: Sequence[str]  # the entities chosen at first
    heading: str
    text: str
    control: str  # the chooser's label
    add: str  # the label of the field that adds one
    entity_names: Mapping[str, str]
    measure_names: Mapping[str, str]  # measure -> its name in sentences
    panel_titles: Mapping[str, str]  # measure -> its panel's title
    title: Text  # when the highlighted entity is lowest on some measure
    title_none: Text  # when it is lowest on none
    subtitle: str
    note: Text
    alt: Text
    chosen: Text  # how many are chosen: gets `chosen` and `every`
    source: str
    caveats: Sequence[Caveat] = ()
    limits: tuple[int, int] = (2, 8)
    least: float = 0  # the value axis reaches at least this far
    key: str = "entities"  # the choice's key in the page's address
    picture: Callable[[], object] | None = None

    def __post_init__(self):
        codes = set(self.table.index)
        named = [*self.default, self.subject, *self.entity_names, *(c for caveat in self.caveats for c in caveat.entities)]
        unknown = [code for code in named if code not in codes]
        missing = [code for code in codes if code not in self.entity_names]
        unnamed = [m for m in self.table.columns if m not in self.measure_names or m not in self.panel_titles]
        if unknown or missing or unnamed or not np.isfinite(self.table.to_numpy(dtype="float64")).all():
            raise StoryError(
                "A comparison names entities or measures its table does not have, leaves some unnamed, or has "
                f"values that are not finite: {(unknown or missing or unnamed)[:3]}.",
                fix="give the table finite values, and name every entity and measure by its code in the table.",
            )
        low, high = self.limits
        if not 1 <= low <= len(self.default) <= high:
            raise StoryError(
                f"A comparison starts with {len(self.default)} entities, outside its limits {low} to {high}.",
                fix="choose a default within the limits.",
            )

    @property
    def measures(self) -> list[str]:
        return list(self.table.columns)

    def ordered(self, selection: Sequence[str]) -> list[str]:
        """The chosen entities in the table's order."""
        position = {code: number for number, code in enumerate(self.table.index)}
        return sorted(dict.fromkeys(selection), key=position.__getitem__)

    def facts(self, selection: Sequence[str] | None = None) -> dict[str, object]:
        codes = self.ordered(self.default if selection is None else selection)
        low, high = self.limits
        if not low <= len(codes) <= high:
            raise SelectionError(f"{len(codes)} entities are chosen.", fix=f"choose {low} to {high}.")
        focus = self.subject if self.subject in codes else codes[0]
        shown = self.table.loc[codes]
        lowest = [m for m in self.measures if shown.loc[focus, m] == shown[m].min()]
        highest = [m for m in self.measures if shown.loc[focus, m] == shown[m].max()]
        others = [m for m in self.measures if m not in lowest]
        return {
            "subject": self.entity_names[focus],
            "n": len(codes),
            "total": len(self.measures),
            "lowest": fmt.names([self.measure_names[m] for m in lowest]),
            "lowest_count": len(lowest),
            "others": fmt.names([self.measure_names[m] for m in others]),  # named instead when fewer: "all but ..."
            "most": int(len(others) < len(lowest)),
            "highest": fmt.names([self.measure_names[m] for m in highest]),
            "highest_count": len(highest),
            "entities": fmt.names([self.entity_names[c] for c in codes]),
        }

    def texts(self, selection: Sequence[str] | None = None) -> dict[str, str]:
        codes = self.ordered(self.default if selection is None else selection)
        facts = self.facts(codes)
        notes = [render(self.note, facts)]
        for caveat in self.caveats:
            among = [code for code in caveat.entities if code in codes]
            if among:
                notes.append(render(caveat.message, 
                    {"entities": fmt.names([self.entity_names[c] for c in among]),
                     "measure": self.measure_names[caveat.measure]},
                ))
        return {
            "title": render(self.title if facts["lowest_count"] else self.title_none, facts),
            "subtitle": self.subtitle,
            "note": " ".join(notes),
            "alt": render(self.alt, facts),
        }

    def messages(self) -> list[Message]:
        return [self.title, self.title_none, self.note, self.alt, self.chosen, *(c.message for c in self.caveats)]

    def data(self) -> pd.DataFrame:
        return _tidy(self.table)

    def config(self) -> dict:
        return {
            "kind": self.KIND,
            "key": self.key,
            "measures": [
                {"id": m, "name": self.measure_names[m], "panel": self.panel_titles[m]} for m in self.measures
            ],
            "entities": [{"code": code, "name": self.entity_names[code]} for code in self.table.index],
            "subject": self.subject,
            "default": list(self.ordered(self.default)),
            "limits": list(self.limits),
            "least": self.least,
            "caveats": [
                {"message": _config(c.message), "measure": c.measure, "entities": list(c.entities)}
                for c in self.caveats
            ],
            "messages": {
                name: _config(getattr(self, name)) for name in ("title", "title_none", "note", "alt", "chosen")
            },
        }



def _tidy(table: pd.DataFrame) -> pd.DataFrame:
    """A wide table (entity x measure) as tidy rows: entity, measure, value."""
    rows = [
        (code, measure, float(table.loc[code, measure])) for code in table.index for measure in table.columns
    ]
    return pd.DataFrame(rows, columns=["entity", "measure", "value"])


def _on_grid(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-9
