"""The Art. 33(5) register: one flat row per incident and controller, as CSV, JSON or records.

Every breach is documented, notified or not (Art. 33(5) GDPR; encoding note E15): the
facts, the effects, the remedial action and the reasoning behind the decisions. A
processor incident gives one row per controller. The rows are plain dicts with a stable
column order (:data:`REGISTER_COLUMNS`), so ``pandas.DataFrame(register_rows(...))``
loads them directly; pandas itself is not needed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from breachmodel._duties import met_by
from breachmodel._register_columns import REGISTER_COLUMNS
from breachmodel.clocks import Status
from breachmodel.determination import ReasonKind
from breachmodel.documents._basis import Basis
from breachmodel.model import Incident, NoticeKind
from breachmodel.regimes import get
from breachmodel.sanitize import csv_cell, dumps_json

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.determination import Determination
    from breachmodel.model import AuthorityNotice
    from breachmodel.processor import ProcessorIncident

__all__ = [
    "REGISTER_COLUMNS",
    "Register",
    "register_csv",
    "register_json",
    "register_rows",
]

Row = dict[str, str | int | None]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _key_reason(det: Determination) -> str:
    for kind in (ReasonKind.EXCEPTION_APPLIED, ReasonKind.EXCEPTION_REJECTED):
        for r in det.reasons:
            if r.kind is kind:
                return r.text
    facts = [r.text for r in det.reasons if r.kind is ReasonKind.FACT]
    return facts[-1] if facts else (det.reasons[-1].text if det.reasons else "")


def _article(det: Determination) -> str:
    """The article that creates the obligation (``"Art. 33"``), from its legal basis."""
    return det.legal_basis[0].pinpoint.split("(", 1)[0] if det.legal_basis else det.title


def _counted_notice(incident: Incident, notify: Determination) -> AuthorityNotice | None:
    """The initial notice that met the notification duty, as judged in ``notify``.

    Only a notice made for that obligation counts (a notice that names none counts for
    any); without a judged status (no notification owed), the first such notice made.
    """
    initial = (
        n
        for n in incident.timeline.authority_notices
        if n.kind is NoticeKind.INITIAL and n.obligation in (None, notify.key)
    )
    return met_by(initial, notify)


def _aware_at(incident: Incident, notify: Determination) -> datetime | None:
    """When the notification's regime starts its clocks for this controller."""
    return None if notify.key is None else get(notify.key.regime).aware_at(incident)


def _row(incident: Incident, a: Assessment, *, detected_at: datetime | None = None) -> Row:
    t = incident.timeline
    basis = Basis.of(a)
    notify, individual, public = basis.notify, basis.individual, basis.public
    # Only a notice to a competent authority is a notification (Art. 33(1)).
    first = _counted_notice(incident, notify)
    status = notify.status
    late: str | None = None
    if status is not None and status.status in (Status.MET_LATE, Status.OVERDUE):
        late = "yes"
    elif status is not None and status.status in (Status.MET, Status.PENDING):
        late = "no"
    sent = [c.at for c in t.subject_communications] + [c.at for c in t.public_communications]
    rationale = [
        f"{_article(d)}: {d.outcome.value} ({_key_reason(d)})" for d in (notify, individual)
    ]
    if incident.judgment is not None:
        rationale.append(
            f"Assessor's judgment: {incident.judgment.level.value} "
            f"({incident.judgment.justification})"
        )
    people = incident.total_subjects
    processor = incident.processors[0].organisation.name if incident.processors else None
    row: Row = {
        "incident_id": incident.id,
        "controller_id": incident.controller.id,
        "controller": incident.controller.name,
        "processor": processor,
        "title": incident.title,
        "occurred_start": _iso(t.occurred.start),
        "occurred_end": _iso(t.occurred.end),
        "detected_at": _iso(detected_at if detected_at is not None else t.detected_at),
        "processor_aware_at": _iso(t.processor_aware_at),
        "processor_notified_controller_at": _iso(t.processor_notified_controller_at),
        "controller_aware_at": _iso(_aware_at(incident, notify)),
        "contained_at": _iso(t.contained_at),
        "breach_types": ", ".join(incident.effects.types) or None,
        "data_categories": ", ".join(d.category for d in incident.data) or None,
        "subject_categories": ", ".join(g.kind.value for g in incident.subjects) or None,
        "people_count": people.best,
        "people_count_text": people.describe(),
        "consequences": ", ".join(sorted(c.value for c in incident.consequences)) or None,
        "measures": ", ".join(m.kind.value for m in incident.measures.subsequent) or None,
        "risk_level": None if basis.risk == "undetermined" else basis.risk,
        "notify_authority": notify.outcome.value,
        "authorities": ", ".join(getattr(a.analysis("routing"), "ids", ())) or None,
        "notification_due": None if notify.deadline is None else _iso(notify.deadline.due),
        "notified": "yes" if first is not None else "no",
        "notified_at": None if first is None else _iso(first.at),
        "notified_by": None if first is None else (first.by or incident.controller.id),
        "notification_late": late,
        "reasons_for_delay": None if first is None else first.reasons_for_delay,
        "communicate_people": individual.outcome.value,
        "public_communication": public.outcome.value,
        "communicated": "yes" if sent else "no",
        "communicated_at": _iso(min(sent)) if sent else None,
        "decision_rationale": "; ".join(rationale),
        "ruleset": a.ruleset,
    }
    return row


def _pairs(
    items: Iterable[object], as_of: datetime | None, options: Any
) -> Iterator[tuple[Incident, Assessment, datetime | None]]:
    from breachmodel.assessment import assess  # noqa: PLC0415 - start-up: `--help` loads no assessment code
    from breachmodel.processor import (  # noqa: PLC0415 - start-up: `--help` loads no assessment code
        ProcessorIncident,
        assess_processor_incident,
        controller_incident,
    )

    for item in items:
        if isinstance(item, ProcessorIncident):
            pa = assess_processor_incident(item, as_of=as_of, options=options)
            for share, a in zip(item.controllers, pa.per_controller, strict=True):
                yield controller_incident(item, share), a, item.detected_at
        elif isinstance(item, Incident):
            yield item, assess(item, as_of=as_of, options=options), None
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Incident):
            yield item[0], item[1], None
        else:
            msg = (
                "register items are Incident, ProcessorIncident or (Incident, Assessment) "
                f"pairs, got {type(item).__name__}"
            )
            raise TypeError(msg)


def register_rows(
    items: Iterable[Incident | ProcessorIncident | tuple[Incident, Assessment]],
    *,
    as_of: datetime | None = None,
    options: Any = None,
) -> list[Row]:
    """The Art. 33(5) register rows, one per incident and controller.

    Args:
        items: Incidents, processor incidents (one row per controller), or
            ``(incident, assessment)`` pairs already assessed.
        as_of: The instant at which lateness is judged (passed to the assessment).
        options: Interpretation options (passed to the assessment).

    Returns:
        Flat dicts with the keys of :data:`REGISTER_COLUMNS`, in that order; values are
        strings, integers or None. ``pandas.DataFrame(rows)`` loads them as they are.
    """
    return [
        _row(incident, a, detected_at=detected)
        for incident, a, detected in _pairs(items, as_of, options)
    ]


def register_csv(
    items: Iterable[Incident | ProcessorIncident | tuple[Incident, Assessment]],
    *,
    as_of: datetime | None = None,
    options: Any = None,
) -> str:
    """The register as CSV (header row, Unix line ends, empty cell for unknown).

    Cells that a spreadsheet would read as a formula get a leading apostrophe; control
    characters and line breaks inside a cell are escaped (:func:`~breachmodel.sanitize.csv_cell`).
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REGISTER_COLUMNS)
    for row in register_rows(items, as_of=as_of, options=options):
        writer.writerow([csv_cell(row[c]) for c in REGISTER_COLUMNS])
    return out.getvalue()


def register_json(
    items: Iterable[Incident | ProcessorIncident | tuple[Incident, Assessment]],
    *,
    as_of: datetime | None = None,
    options: Any = None,
    indent: int | None = 2,
) -> str:
    """The register as a JSON array of records (``pandas.read_json`` reads it too)."""
    rows = register_rows(items, as_of=as_of, options=options)
    return dumps_json(rows, indent=indent) + "\n"


class Register:
    """The Art. 33(5) register of a set of incidents: its rows, and a typed DataFrame.

    >>> from breachmodel import load
    >>> register = Register([load("examples/misdirected-email.json")])
    >>> len(register), register.rows[0]["notify_authority"]
    (1, 'required')
    """

    def __init__(
        self,
        items: Iterable[Incident | ProcessorIncident | tuple[Incident, Assessment]],
        *,
        as_of: datetime | None = None,
        options: Any = None,
    ) -> None:
        """Assess the items (as :func:`register_rows` does) and keep their rows."""
        self.rows: tuple[Row, ...] = tuple(register_rows(items, as_of=as_of, options=options))

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def to_frame(self) -> Any:
        """The register as a pandas DataFrame with typed columns (needs pandas).

        Instants are UTC ``datetime64``, outcomes and the risk level categoricals, the
        people count ``Int64`` and the yes/no columns nullable booleans.
        """
        from breachmodel.frames import register_frame  # noqa: PLC0415 - start-up: the pandas adapter, for `to_frame` only

        return register_frame(self.rows)
