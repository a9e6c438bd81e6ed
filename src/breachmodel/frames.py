"""pandas DataFrames of assessments, comparisons, bulk results and the register.

Columns are typed, so that filtering, sorting and grouping work as expected: instants are
timezone-aware (``datetime64[ns, UTC]``), outcomes, statuses and risk levels are
categoricals (risk levels ordered ``unlikely < risk < high``), counts are nullable
integers (``Int64``) and yes/no columns nullable booleans. pandas is an optional extra
(``pip install 'breachmodel[pandas]'``); without it these functions raise an
:class:`ImportError` that says so.

* :func:`assessment_frame`: one row per determination of an assessment;
* :func:`compare`: the same for several assessments (scenarios) side by side, one row per
  scenario and determination (pivot it to read outcomes across scenarios);
* :func:`bulk_frame`: the rows of a bulk run (:func:`breachmodel.bulk.frame`);
* :func:`register_frame`: the Art. 33(5) register
  (:meth:`breachmodel.documents.Register.to_frame`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from breachmodel._duties import level_of
from breachmodel._probe import determination_ids, duties
from breachmodel._register_columns import (
    REGISTER_COLUMNS,
    REGISTER_INSTANT_ENDINGS,
    REGISTER_OUTCOMES,
    REGISTER_YES_NO,
)
from breachmodel.clocks import Status
from breachmodel.determination import Outcome
from breachmodel.model import RiskLevel
from breachmodel.obligations import Duty

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment

__all__ = ["assessment_frame", "bulk_frame", "compare", "register_frame", "require_pandas"]


def _levels() -> dict[str, tuple[str, ...]]:
    """The categories: risk levels (in order), outcomes and statuses, from their enums."""
    return {
        "risk": tuple(r.value for r in RiskLevel),
        "outcome": tuple(o.value for o in Outcome),
        "status": tuple(s.value for s in Status),
    }


def require_pandas() -> Any:
    """Import pandas, or raise an ImportError that says how to install it."""
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency (the pandas extra)
    except ImportError as exc:
        msg = (
            "this needs pandas, an optional dependency of breachmodel: "
            "pip install 'breachmodel[pandas]'"
        )
        raise ImportError(msg) from exc
    return pd


def _typed(
    frame: Any,
    *,
    instants: Iterable[str] = (),
    categories: Mapping[str, Sequence[str]] = {},
    ordered: Iterable[str] = (),
    integers: Iterable[str] = (),
    booleans: Iterable[str] = (),
) -> Any:
    """Give a frame's columns their types (in place; returns the frame)."""
    pd = require_pandas()
    ordered = set(ordered)
    for col in instants:
        frame[col] = pd.to_datetime(frame[col], utc=True, format="ISO8601")
    for col, values in categories.items():
        typed = pd.Categorical(frame[col], categories=values, ordered=col in ordered)
        if typed.isna().sum() != frame[col].isna().sum():  # a value outside the categories
            unknown = sorted(set(frame[col].dropna()) - set(values))
            msg = f"column {col!r}: values outside its categories: {unknown}"
            raise ValueError(msg)
        frame[col] = typed
    for col in integers:
        frame[col] = frame[col].astype("Int64")
    for col in booleans:
        frame[col] = frame[col].astype("boolean")
    return frame


_COMPARE_COLUMNS = (
    "scenario",
    "controller",
    "determination",
    "regime",
    "duty",
    "title",
    "outcome",
    "due",
    "timezone",
    "status",
    "risk",
    "missing_facts",
)


def _determination_record(label: str, a: Assessment, det: Any) -> dict[str, Any]:
    dl, st, key = det.deadline, det.status, det.key
    regime = None if key is None else key.regime
    risk = level_of(a.analysis("risk", regime=regime)) if regime is not None else "undetermined"
    return {
        "scenario": label,
        "controller": a.controller,
        "determination": det.id,
        "regime": regime,
        "duty": None if key is None else key.duty.value,
        "title": det.title,
        "outcome": det.outcome.value,
        "due": None if dl is None or dl.due is None else dl.due.isoformat(),
        "timezone": None if dl is None else dl.timezone,
        "status": None if st is None else st.status.value,
        "risk": None if risk == "undetermined" else risk,
        "missing_facts": len(det.missing_facts),
    }


def compare(assessments: Mapping[str, Assessment] | Sequence[Assessment]) -> Any:
    """Several assessments side by side: one row per scenario and determination.

    Args:
        assessments: Labelled assessments (``{"as reported": a, "key stolen": b}``), or a
            sequence, labelled by incident id (and position, when ids repeat).

    Returns:
        A DataFrame with the columns ``scenario``, ``controller``, ``determination``,
        ``regime``, ``duty``, ``title``, ``outcome``, ``due`` (UTC), ``timezone``,
        ``status``, ``risk`` (of the determination's regime; none for a regime without a
        risk analysis) and ``missing_facts``. ``frame.pivot(index="determination", columns="scenario",
        values="outcome")`` reads the outcomes across scenarios.
    """
    pd = require_pandas()
    if isinstance(assessments, Mapping):
        labelled = list(assessments.items())
    else:
        ids = [a.incident_id for a in assessments]
        labelled = [
            (i if ids.count(i) == 1 else f"{i} ({n})", a)
            for n, (i, a) in enumerate(zip(ids, assessments, strict=True), 1)
        ]
    records = [_determination_record(k, a, d) for k, a in labelled for d in a.determinations]
    frame = pd.DataFrame.from_records(records, columns=list(_COMPARE_COLUMNS))
    return _typed(
        frame,
        instants=("due",),
        categories={
            "scenario": tuple(k for k, _ in labelled),
            "duty": tuple(d.value for d in Duty),
            **_levels(),
        },
        ordered=("risk",),
        integers=("missing_facts",),
    )


def assessment_frame(a: Assessment) -> Any:
    """One row per determination of an assessment (the columns of :func:`compare`)."""
    return compare({a.incident_id: a})


def bulk_frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    """The rows of a bulk run (:func:`breachmodel.bulk.assess_file`) as a DataFrame.

    Each determination's outcome becomes a categorical column named by its id, and so
    does each duty's outcome combined across regimes (``notify_authority``...); each
    ``<duty>_due`` is a UTC instant; ``risk`` an ordered categorical (with
    ``undetermined`` first); the list columns (``unknown_facts``, ``data_categories``,
    ``problems``) stay lists.
    """
    pd = require_pandas()

    ids = determination_ids()
    by_duty = tuple(d.value for d in duties())
    levels = _levels()
    records = []
    for row in rows:
        record = {k: v for k, v in row.items() if k != "outcomes"}
        record.update({i: row.get("outcomes", {}).get(i) for i in ids})
        records.append(record)
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        return frame
    return _typed(
        frame,
        instants=tuple(f"{d.value}_due" for d in duties()),
        categories={
            "status": ("full", "partial", "failed"),
            "risk": ("undetermined", *levels["risk"]),
            **dict.fromkeys((*ids, *by_duty), levels["outcome"]),
        },
        ordered=("risk",),
        integers=("record", "missing_facts"),
        booleans=("duplicate",),
    )


def register_frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Register rows (:func:`breachmodel.documents.register_rows`) as a typed DataFrame."""
    pd = require_pandas()

    frame = pd.DataFrame.from_records(list(rows), columns=list(REGISTER_COLUMNS))
    for col in REGISTER_YES_NO:
        frame[col] = frame[col].map({"yes": True, "no": False})
    levels = _levels()
    return _typed(
        frame,
        instants=[c for c in REGISTER_COLUMNS if c.endswith(REGISTER_INSTANT_ENDINGS)],
        categories={
            "risk_level": levels["risk"],
            **dict.fromkeys(REGISTER_OUTCOMES, levels["outcome"]),
        },
        ordered=("risk_level",),
        integers=("people_count",),
        booleans=REGISTER_YES_NO,
    )
