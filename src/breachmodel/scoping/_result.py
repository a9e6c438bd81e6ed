"""What scoping a member table gives: counts per group of people, and problems per reason."""

from __future__ import annotations

import functools
import html
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from attrs import field, frozen

from breachmodel.scoping._sql import ISSUES

__all__ = ["ControllerCounts", "Scope", "ScopeRow"]


@frozen(kw_only=True)
class ScopeRow:
    """How many people share one combination of facts, for one controller.

    Attributes:
        controller_id: The controller's organisation id (None for rows without one).
        kind: The kind of people (a ``SubjectKind`` value).
        country: Country of residence (None: missing or invalid in the table).
        subdivision: ISO 3166-2 subdivision (None: not recorded or invalid).
        elements: The data categories exposed (None: the table does not record them).
        minor: Whether they are minors on the scoping date (None: unknown).
        channel: The first usable channel ("none": no usable one; None: not recorded).
        channels: Every usable channel (None: the table does not record channels).
        language: The language of their letters (None: unknown).
        people: Distinct people (rows with a person id and a controller, duplicates merged).
        rows: Table rows behind them, rejected rows included.
        rejected_rows: Rows without a person id or a controller: counted, never people.
        duplicate_rows: Rows that repeated a person already counted (merged into it).
        issues: Row-level problems by reason (see :data:`ISSUES`), zeros left out.
    """

    controller_id: str | None
    kind: str
    country: str | None
    subdivision: str | None
    elements: tuple[str, ...] | None
    minor: bool | None
    channel: str | None
    channels: tuple[str, ...] | None
    language: str | None
    people: int
    rows: int
    rejected_rows: int = 0
    duplicate_rows: int = 0
    issues: tuple[tuple[str, int], ...] = ()


@frozen(kw_only=True)
class ControllerCounts:
    """One controller's headline figures (the notebook and terminal views show these).

    Attributes:
        controller_id: The controller.
        people: Distinct people.
        by_country: People per country ("??" for missing or invalid codes).
        minors: Minors on the scoping date.
        minors_unknown: People whose minority cannot be told.
        without_address: People without a usable postal address (None: not recorded).
        without_channel: People with no usable channel at all (None: not recorded).
        rows: Table rows read.
        rejected_rows: Rows that are not people (no person id or controller).
        duplicate_rows: Rows merged into a person already counted.
    """

    controller_id: str | None
    people: int
    by_country: tuple[tuple[str, int], ...]
    minors: int
    minors_unknown: int
    without_address: int | None
    without_channel: int | None
    rows: int
    rejected_rows: int
    duplicate_rows: int


@functools.lru_cache(maxsize=4096)
def _split(text: str | None) -> tuple[str, ...] | None:
    """A comma-separated set as a tuple (a table has few distinct sets: cached)."""
    if text is None:
        return None
    return tuple(t for t in text.split(",") if t)


def row_from_sql(values: tuple[Any, ...]) -> ScopeRow:
    """A :class:`ScopeRow` from one row of :meth:`ScopeQuery.aggregate`."""
    ctl, kind, country, sub, elements, minor, channel, channels, lang = values[:9]
    people, rows, rejected, dup = values[9:13]
    found = values[13:]
    issues = (
        tuple((n, int(v)) for n, v in zip(ISSUES, found, strict=True) if v) if any(found) else ()
    )
    return ScopeRow(
        controller_id=ctl,
        kind=kind,
        country=country,
        subdivision=sub,
        elements=_split(elements),
        minor=None if minor is None else bool(minor),
        channel=channel,
        channels=_split(channels),
        language=lang,
        people=people or 0,
        rows=rows or 0,
        rejected_rows=rejected or 0,
        duplicate_rows=dup or 0,
        issues=issues,
    )


@frozen(kw_only=True)
class Scope:
    """The counts of one member table: who is concerned, where, and what is wrong.

    Attributes:
        source: The table's name as given (a path or a table name).
        on: The date minors were counted on.
        adult_age: The age of majority used.
        engine: The engine that counted.
        rows: The counts, one :class:`ScopeRow` per combination present.
        duplicates_checked: False when the mapping declared unique ids (not checked).
        channels: The channels the mapping declares, in order of preference.
    """

    source: str
    on: date
    adult_age: int
    engine: str
    rows: tuple[ScopeRow, ...] = field(repr=False)
    duplicates_checked: bool = True
    channels: tuple[str, ...] = ()

    @property
    def controllers(self) -> tuple[str, ...]:
        """The controllers with at least one person, sorted."""
        return tuple(sorted({r.controller_id for r in self.rows if r.people and r.controller_id}))

    def select(self, controller: str | None = None) -> tuple[ScopeRow, ...]:
        """The rows of one controller (every row when None)."""
        return tuple(r for r in self.rows if controller in (None, r.controller_id))

    def _sum(self, controller: str | None, test: Callable[[ScopeRow], bool]) -> int:
        return sum(r.people for r in self.select(controller) if test(r))

    def people(self, controller: str | None = None) -> int:
        """Distinct people (of one controller, or all)."""
        return self._sum(controller, lambda _r: True)

    def total_rows(self) -> int:
        """Every table row read."""
        return sum(r.rows for r in self.rows)

    def by(self, attribute: str, controller: str | None = None) -> dict[Any, int]:
        """People per value of one :class:`ScopeRow` attribute (``"country"``...)."""
        out: Counter[Any] = Counter()
        for r in self.select(controller):
            if r.people:
                out[getattr(r, attribute)] += r.people
        return dict(sorted(out.items(), key=lambda kv: (kv[0] is None, str(kv[0]))))

    def minors(self, controller: str | None = None) -> int:
        """Minors on the scoping date."""
        return self._sum(controller, lambda r: r.minor is True)

    def without(self, channel: str | None = None, controller: str | None = None) -> int | None:
        """People without the channel (without any usable channel when None).

        None when the table does not record channels.
        """
        if not self.channels:
            return None
        if channel is None:
            return self._sum(controller, lambda r: r.channel == "none")
        return self._sum(controller, lambda r: channel not in (r.channels or ()))

    def issues(self, controller: str | None = None) -> dict[str, int]:
        """Problems by reason: the row-level ones, plus rejected and duplicate rows."""
        out: Counter[str] = Counter()
        for r in self.select(controller):
            out.update(dict(r.issues))
            out["rejected_rows"] += r.rejected_rows
            out["duplicate_rows"] += r.duplicate_rows
        return {k: v for k, v in sorted(out.items()) if v}

    def counts(self, controller: str | None) -> ControllerCounts:
        """One controller's headline figures."""
        rows = self.select(controller)
        address = "postal" if "postal" in self.channels else None
        return ControllerCounts(
            controller_id=controller,
            people=self.people(controller),
            by_country=tuple((k or "??", v) for k, v in self.by("country", controller).items()),
            minors=self.minors(controller),
            minors_unknown=self._sum(controller, lambda r: r.minor is None),
            without_address=self.without(address, controller) if address else None,
            without_channel=self.without(None, controller),
            rows=sum(r.rows for r in rows),
            rejected_rows=sum(r.rejected_rows for r in rows),
            duplicate_rows=sum(r.duplicate_rows for r in rows),
        )

    def table(self) -> tuple[ControllerCounts, ...]:
        """Headline figures per controller (rows without a controller last)."""
        ids: list[str | None] = list(self.controllers)
        if any(r.controller_id is None for r in self.rows):
            ids.append(None)
        return tuple(self.counts(c) for c in ids)

    def to_text(self) -> str:
        """The headline figures as plain text, one line per controller."""
        return "\n".join(_text_line(c) for c in self.table())

    def _repr_html_(self) -> str:
        return _html(self.table(), self)

    def __repr__(self) -> str:
        return (
            f"<Scope {len(self.controllers)} controllers, {self.people():,} people, "
            f"{self.total_rows():,} rows>"
        )


def _countries(c: ControllerCounts) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in c.by_country)


def _opt(n: int | None) -> str:
    return "not recorded" if n is None else f"{n:,}"


def _text_line(c: ControllerCounts) -> str:
    who = c.controller_id or "(no controller)"
    return (
        f"{who}: {c.people:,} people ({_countries(c)}); minors {c.minors:,}"
        f" (unknown {c.minors_unknown:,}); without address {_opt(c.without_address)}; "
        f"no channel {_opt(c.without_channel)}; rejected rows {c.rejected_rows:,}; "
        f"duplicate rows {c.duplicate_rows:,}"
    )


_HEAD = (
    "Controller",
    "People",
    "By country",
    "Minors",
    "Minor unknown",
    "No address",
    "No channel",
    "Rejected rows",
    "Duplicate rows",
)


def _html(table: Iterable[ControllerCounts], scope: Scope) -> str:
    def cells(c: ControllerCounts) -> list[str]:
        return [
            c.controller_id or "(no controller)",
            f"{c.people:,}",
            _countries(c),
            f"{c.minors:,}",
            f"{c.minors_unknown:,}",
            _opt(c.without_address),
            _opt(c.without_channel),
            f"{c.rejected_rows:,}",
            f"{c.duplicate_rows:,}",
        ]

    head = "".join(f"<th scope='col'>{h}</th>" for h in _HEAD)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in cells(c)) + "</tr>" for c in table
    )
    caption = html.escape(
        f"{scope.people():,} people in {scope.total_rows():,} rows of {scope.source}, "
        f"minors counted on {scope.on.isoformat()} (age of majority {scope.adult_age})"
    )
    return f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def issue_words() -> Mapping[str, str]:
    """What each problem reason means, for the summaries."""
    return _ISSUE_WORDS


_ISSUE_WORDS = {
    "missing_person_id": "rows without a person id (rejected: not a person)",
    "missing_controller": "rows without a controller (rejected: not a person)",
    "missing_country": "rows without a country (counted under country unknown)",
    "bad_country": "rows with a code that is not ISO 3166-1 alpha-2 (counted under country unknown)",
    "bad_subdivision": "rows with a subdivision that is not an ISO 3166-2 code of their country",
    "bad_birth_date": "rows with a birth date that cannot be read or is impossible (minor unknown)",
    "bad_minor": "rows with a minor flag that is not yes/no (minor unknown)",
    "bad_kind": "rows with an unknown kind of people (default kind used)",
    "bad_language": "rows with a language that is not an ISO 639 code (country default used)",
    "rejected_rows": "rows that are not people (no person id or no controller)",
    "duplicate_rows": "rows repeating a person of the same controller (merged, counted once)",
}
