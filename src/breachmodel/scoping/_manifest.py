"""The notification manifest: one row per person and obligation to inform them.

The obligations come from the assessment of the scoped incident, by duty across regimes
(:attr:`~breachmodel.obligations.Duty.INFORM_INDIVIDUALS`): whichever regimes reach a
controller, each of their duties to tell people gives each of its people a row, with the
regime, the obligation's key, whether it is required or still undetermined, the deadline
and its rule, and the reason. A duty whose ``recipients`` name territories (ISO 3166-1
country or ISO 3166-2 subdivision codes, alone or as ``residents-US-CA``: a state law's
duty to its residents) reaches only the people who live there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC
from pathlib import Path

from attrs import frozen

from breachmodel._log import get_logger
from breachmodel.assessment import Assessment
from breachmodel.determination import Determination, Outcome
from breachmodel.obligations import Duty
from breachmodel.processor import ProcessorAssessment
from breachmodel.scoping._engines import Engine, ScopeError, TableSource
from breachmodel.scoping._sql import LETTER_KINDS, ScopeQuery

__all__ = [
    "MANIFEST_COLUMNS",
    "Manifest",
    "ObligationRow",
    "assessments_by_controller",
    "obligation_rows",
    "public_notices",
    "write_manifest_rows",
]

_logger = get_logger("scoping")

_TERRITORY = re.compile(r"^(?:residents-)?([A-Z]{2}(?:-[A-Z0-9]{1,3})?)$")
"""A recipient that names a territory: an ISO 3166-1 or 3166-2 code, alone or as
``residents-<code>`` (a state law's duty to its residents)."""
_WANTED = (Outcome.REQUIRED, Outcome.UNDETERMINED)

MANIFEST_COLUMNS = (
    "controller_id",
    "person_id",
    "regime",
    "obligation",
    "outcome",
    "letter_kind",
    "language",
    "channel",
    "deadline_utc",
    "deadline_rule",
    "reason",
    "kind",
    "country",
    "subdivision",
    "minor",
    "elements",
)
"""The manifest's columns, in order (partitioned by ``controller_id``)."""


@frozen(kw_only=True)
class ObligationRow:
    """One controller's duty to inform people, as the manifest's query joins it.

    Attributes:
        controller_id: The controller.
        territory: The country or subdivision whose residents it reaches (None: all).
        regime: The regime that creates it.
        obligation: Its key (``regime/duty/recipient``).
        outcome: ``required`` or ``undetermined``.
        deadline_utc: Its due instant (or policy target) in UTC, ``YYYY-MM-DD HH:MM:SS``.
        deadline_rule: The rule in words ("Inform without undue delay"...).
        reason: The determination's title and legal basis.
    """

    controller_id: str
    territory: str | None
    regime: str
    obligation: str
    outcome: str
    deadline_utc: str | None
    deadline_rule: str | None
    reason: str

    def values(self) -> tuple[str | None, ...]:
        """The row's values in :data:`_COLUMNS` order."""
        return tuple(getattr(self, c) for c in _COLUMNS)


_COLUMNS = (
    "controller_id",
    "territory",
    "regime",
    "obligation",
    "outcome",
    "deadline_utc",
    "deadline_rule",
    "reason",
)


def _deadline(det: Determination) -> tuple[str | None, str | None]:
    d = det.deadline
    if d is None:
        return None, None
    when = d.due if d.due is not None else d.target
    rule = d.duty.label if d.open_ended and d.duty is not None else d.label
    text = when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if when is not None else None
    return text, rule


def _rows(controller: str, det: Determination) -> list[ObligationRow]:
    assert det.key is not None  # noqa: S101 - obligations() returns keyed determinations only
    when, rule = _deadline(det)
    basis = "; ".join(str(c) for c in det.legal_basis)
    found = (_TERRITORY.match(r) for r in det.recipients)
    territories: list[str | None] = [m.group(1) for m in found if m]
    return [
        ObligationRow(
            controller_id=controller,
            territory=t,
            regime=det.key.regime,
            obligation=str(det.key),
            outcome=det.outcome.value,
            deadline_utc=when,
            deadline_rule=rule,
            reason=f"{det.title} ({basis})",
        )
        for t in territories or [None]
    ]


def obligation_rows(assessments: Mapping[str, Assessment]) -> tuple[ObligationRow, ...]:
    """Every controller's duties to inform people that are required or undetermined."""
    out: list[ObligationRow] = []
    for controller, a in assessments.items():
        for det in a.obligations(Duty.INFORM_INDIVIDUALS):
            if det.outcome in _WANTED:
                out.extend(_rows(controller, det))
    return tuple(out)


def public_notices(assessments: Mapping[str, Assessment]) -> dict[str, tuple[str, ...]]:
    """Controller -> its public-communication duties that are required or undetermined.

    These are not letters: one public communication per controller (Art. 34(3)(c) GDPR
    where individual communication would involve disproportionate effort), listed beside
    the manifest so that nobody counted is left without a way of being told.
    """
    found: dict[str, tuple[str, ...]] = {}
    for controller, a in assessments.items():
        keys = tuple(
            f"{d.key} ({d.outcome.value})"
            for d in a.obligations(Duty.PUBLIC_NOTICE)
            if d.outcome in _WANTED
        )
        if keys:
            found[controller] = keys
    return found


def assessments_by_controller(
    assessment: Assessment | ProcessorAssessment,
) -> dict[str, Assessment]:
    """Controller id -> its assessment, for one incident or a processor incident."""
    if isinstance(assessment, ProcessorAssessment):
        return {
            row.controller_id: a
            for row, a in zip(assessment.summary.rows, assessment.per_controller, strict=True)
        }
    return {assessment.controller: assessment}


@frozen(kw_only=True)
class Manifest:
    """Where the manifest was written and what it holds.

    Attributes:
        path: The folder (one ``controller_id=...`` partition per controller).
        format: ``parquet`` or ``csv``.
        rows: Rows written.
        letters: (controller, obligation, letter kind, channel) -> rows.
    """

    path: Path
    format: str
    rows: int
    letters: tuple[tuple[tuple[str, str, str, str], int], ...] = ()

    def letters_of(self, controller: str) -> dict[tuple[str, str, str], int]:
        """One controller's rows per (obligation, letter kind, channel)."""
        return {k[1:]: n for k, n in self.letters if k[0] == controller}


_PEOPLE_DOMAINS = ("kind", "country", "subdivision", "language")
_DUTY_DOMAINS = ("regime", "obligation", "outcome", "deadline_rule", "reason")
_MAX_DOMAIN = 10_000
"""A column with more distinct values is written as plain text."""
_MAX_ELEMENTS = 12
"""With more mapped data elements, the element sets (2 ** n of them) are plain text."""


def _element_sets(names: Sequence[str]) -> set[str]:
    """Every value of the manifest's ``elements``: each subset, in the mapping's order."""
    if len(names) > _MAX_ELEMENTS:
        return set()
    return {
        ",".join(n for i, n in enumerate(names) if mask >> i & 1) for mask in range(2 ** len(names))
    }


def _domains(
    engine: Engine, query: ScopeQuery, duties: list[tuple[str | None, ...]]
) -> dict[str, tuple[str, ...]]:
    """Every value each low-cardinality text column of the manifest can take.

    With an engine whose Parquet writer stores a typed dictionary as it is (DuckDB's
    ENUM), writing those columns costs a fraction of hashing every row's text. The
    people's kinds, countries, subdivisions and languages are read with one ``DISTINCT``
    query (:meth:`~breachmodel.scoping._sql.ScopeQuery.manifest_domains`); the channels
    and element sets follow from the mapping (a person whose rows are merged has the
    union of their elements), the duties' columns from the duties.
    """
    if query.dialect.dictionary is None:
        return {}
    found: dict[str, set[str]] = {c: set() for c in (*_PEOPLE_DOMAINS, *_DUTY_DOMAINS)}
    for row in engine.rows(query.manifest_domains()):
        for column, value in zip(_PEOPLE_DOMAINS, row, strict=True):
            if value is not None:
                found[column].add(str(value))
    for column in _DUTY_DOMAINS:
        at = _COLUMNS.index(column)
        found[column].update(v for duty in duties if (v := duty[at]) is not None)
    mapping = query.mapping
    found["channel"] = {*mapping.channels, "none"} if mapping.channels else set()
    found["elements"] = _element_sets(list(mapping.element_names))
    found["letter_kind"] = set(LETTER_KINDS)
    return {c: tuple(sorted(v)) for c, v in found.items() if 0 < len(v) <= _MAX_DOMAIN}


def _write(
    engine: Engine, query: ScopeQuery, out: Path, fmt: str, domains: dict[str, tuple[str, ...]]
) -> int:
    """Write the manifest; as plain text if a typed column meets a value outside its domain.

    The domains are complete by construction; should an engine's normalisation ever
    produce a value outside one, the engine refuses the write, and it is done again with
    every column as text rather than lose a row.
    """
    guard = fmt == "csv"
    sql = query.manifest("breachmodel_obligations", guard_formulas=guard, domains=domains)
    try:
        return engine.write(sql, out, partition_by="controller_id", fmt=fmt)
    except ScopeError:
        if not domains:
            raise
        _logger.warning("manifest: a column's values were not all foreseen; written as text")
    sql = query.manifest("breachmodel_obligations", guard_formulas=guard)
    return engine.write(sql, out, partition_by="controller_id", fmt=fmt)


def write_manifest_rows(
    engine: Engine,
    query: ScopeQuery,
    obligations: Iterable[ObligationRow],
    out: Path,
    *,
    fmt: str = "parquet",
) -> Manifest:
    """Join the people with the obligations on the engine and write the manifest."""
    duties = [o.values() for o in obligations]
    engine.register("breachmodel_obligations", _COLUMNS, duties)
    domains = _domains(engine, query, duties) if fmt == "parquet" else {}
    n = _write(engine, query, out, fmt, domains)
    if n == 0:  # no duty to inform anyone: no partition, nothing to read back
        return Manifest(path=out, format=fmt, rows=0)
    engine.load(TableSource(location=str(out), format=fmt), "breachmodel_manifest")
    found = engine.rows(
        "SELECT controller_id, obligation, letter_kind, channel, COUNT(*) FROM "
        "breachmodel_manifest GROUP BY controller_id, obligation, letter_kind, channel"
    )
    letters = tuple(
        sorted(
            ((str(a), str(b), str(c), str(d or "not recorded")), int(e)) for a, b, c, d, e in found
        )
    )
    return Manifest(path=out, format=fmt, rows=n, letters=letters)
