"""The cross-controller summary: one row per controller, and the counts over them."""

from __future__ import annotations

from datetime import datetime

import attrs
from attrs import frozen

from breachmodel.determination import Outcome
from breachmodel.model import Count, RiskLevel

__all__ = ["ControllerRow", "ControllerSummary"]


@frozen(kw_only=True)
class ControllerRow:
    """One controller's line in the cross-controller summary.

    Each duty's columns come from the obligation of that duty that falls due first across
    the regimes assessed (without any deadline, the first regime's); its key says which.

    Attributes:
        controller_id: The controller's organisation id.
        controller: Its name (untrusted text).
        authorities: The competent supervisory authorities' ids (empty if undetermined).
        people: Its people concerned.
        risk: The risk level its obligations use (None if undetermined).
        told_at: When the processor told it (None: not yet, or not recorded).
        aware_at: When it became aware: the earlier of its own awareness and the
            processor's notice (None if unknown).
        processor_notice_late: Whether the processor's notice to it came (or is) past the
            contractual or "without undue delay" target; None if that cannot be judged.
        notify: The outcome of its duty to notify an authority.
        notification_due: That notification's due instant, if computed.
        notified_at: When the initial notification that meets it was made, if one counts.
        notified_by: Who made it (the controller's or the processor's id).
        notification_status: Where that clock stands (a ``Status`` value), if judged.
        late: Whether its notification was late or is overdue.
        inform_people: The outcome of its duty to tell its people: individually, or
            publicly where a public notice is what is required.
        people_informed_at: When it first informed its people (individually or publicly).
        must_still_inform_people: Whether it must tell them and nothing is recorded yet.
        ignored_notices: Notices listed for it that do not count (made by the processor
            without the contract allowing it, or by another organisation).
        notify_obligation: The key (``regime/duty/recipient``) of the notification duty
            the ``notify`` columns show; None if no regime assessed has one.
        inform_people_obligation: The key of the duty the ``inform_people`` columns show.
    """

    controller_id: str
    controller: str
    authorities: tuple[str, ...]
    people: Count
    risk: RiskLevel | None
    told_at: datetime | None
    aware_at: datetime | None
    processor_notice_late: bool | None
    notify: Outcome
    notification_due: datetime | None
    notified_at: datetime | None
    notified_by: str | None
    notification_status: str | None
    late: bool
    inform_people: Outcome
    people_informed_at: datetime | None
    must_still_inform_people: bool
    ignored_notices: int = 0
    notify_obligation: str | None = None
    inform_people_obligation: str | None = None


@frozen(kw_only=True)
class ControllerSummary:
    """Who has been told, who has notified, who is late, who must still inform people.

    Attributes:
        rows: One per controller, in the incident's order.
        controllers: How many controllers.
        told: How many the processor has told.
        processor_notices_late: How many it told late (or has not told past the target).
        notified: How many have notified their authority (by themselves or through the
            processor).
        notified_by_processor: Of those, how many through the processor on their behalf.
        late: How many notified late or are overdue.
        must_notify: How many must notify their authority.
        must_still_inform_people: How many must still inform their people.
        total_people: Everyone concerned, over all controllers.
    """

    rows: tuple[ControllerRow, ...]
    controllers: int
    told: int
    processor_notices_late: int
    notified: int
    notified_by_processor: int
    late: int
    must_notify: int
    must_still_inform_people: int
    total_people: Count


@attrs.define
class _Tally:
    """The summary's counts, added up one row at a time."""

    processor_id: str
    controllers: int = 0
    told: int = 0
    processor_notices_late: int = 0
    notified: int = 0
    notified_by_processor: int = 0
    late: int = 0
    must_notify: int = 0
    must_still_inform_people: int = 0
    people: Count | None = None

    def add(self, r: ControllerRow) -> None:
        self.controllers += 1
        self.told += r.told_at is not None
        self.processor_notices_late += bool(r.processor_notice_late)
        self.notified += r.notified_at is not None
        self.notified_by_processor += (
            r.notified_at is not None and r.notified_by == self.processor_id
        )
        self.late += r.late
        self.must_notify += r.notify is Outcome.REQUIRED
        self.must_still_inform_people += r.must_still_inform_people
        self.people = r.people if self.people is None else self.people + r.people

    def summary(self, rows: tuple[ControllerRow, ...]) -> ControllerSummary:
        counts = {name: getattr(self, name) for name in _COUNTED}
        people = self.people if self.people is not None else Count.unknown()
        return ControllerSummary(rows=rows, total_people=people, **counts)


_COUNTED = (
    "controllers",
    "told",
    "processor_notices_late",
    "notified",
    "notified_by_processor",
    "late",
    "must_notify",
    "must_still_inform_people",
)
