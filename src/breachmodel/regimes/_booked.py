"""A determination of one obligation of a regime's book, on the sector clock.

Regime-neutral: the regime passes its book (its obligations by determination id), the
outcome and its reasons; the title, key and legal basis come from the book entry. What
only an owed obligation carries (the reasons that say what is owed, its recipients and
its checklist) is kept only when the outcome is required. The clock of a notice to an
authority is the one of :func:`breachmodel.regimes._sector.determination` (the notices
naming the obligation); that of a communication to the people (or a public one) reads the
communications as every national law does (:func:`breachmodel.regimes._national.check`:
those naming the obligation, and those naming none, for their own kind). A notice's content
is owed with the notice, without a clock of its own (:func:`content_of`).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from breachmodel.clocks import Deadline
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.regimes import _national, _sector
from breachmodel.regimes._national import Book

__all__ = ["content_of", "determination"]


def determination(
    obligations: Book,
    det_id: str,
    *,
    outcome: Outcome,
    reasons: tuple[Reason, ...],
    when_owed: tuple[Reason, ...] = (),
    recipients: tuple[str, ...] = (),
    checklist: tuple[ChecklistItem, ...] = (),
    missing: tuple[MissingFact, ...] = (),
    deadline: Deadline | None = None,
    incident: Incident | None = None,
) -> Determination:
    """The determination ``det_id`` of the book, with its clock when owed and timed.

    ``reasons`` always stand; ``when_owed`` follow them, and ``recipients`` and
    ``checklist`` are kept, only when ``outcome`` is required.

    >>> from breachmodel.citations import Citation
    >>> from breachmodel.obligations import Duty
    >>> from breachmodel.regimes._national import book
    >>> cite = Citation("Act", "s. 1")
    >>> rows = {"xx.s1.notify": (Duty.NOTIFY_AUTHORITY, "ra", "Notify", (cite,))}
    >>> why = Reason.rule("Section 1 applies.", (cite,))
    >>> det = determination(
    ...     book("xx", rows), "xx.s1.notify", outcome=Outcome.NOT_REQUIRED,
    ...     reasons=(why,), when_owed=(why,), recipients=("xx-ra",),
    ... )
    >>> det.title, len(det.reasons), det.recipients
    ('Notify', 1, ())
    """
    entry = obligations[det_id]
    owed = outcome is Outcome.REQUIRED
    told = entry.key.duty in _national.INDIVIDUAL_DUTIES
    found = _sector.determination(
        det_id=det_id,
        title=entry.title,
        key=entry.key,
        outcome=outcome,
        basis=entry.basis,
        reasons=(*reasons, *when_owed) if owed else reasons,
        missing=missing,
        recipients=recipients if owed else (),
        deadline=deadline,
        incident=incident,
    )
    if told and found.clock is not None and incident is not None:
        clock = _national.check(found.clock.deadline, incident, entry.key)
        found = attrs.evolve(found, clock=clock, status=clock.judge(None))
    return attrs.evolve(found, checklist=checklist) if owed and checklist else found


def content_of(
    obligations: Book,
    det_id: str,
    *,
    on: Determination,
    items: Callable[[Incident], tuple[ChecklistItem, ...]],
    incident: Incident,
) -> Determination:
    """What the notice ``on`` must contain: owed exactly when the notice is, with no clock.

    The notice's outcome, reasons, missing facts and recipients, under the book's id,
    title, key and legal basis for ``det_id``; when owed, its checklist is ``items`` read
    against the incident.
    """
    entry = obligations[det_id]
    named = attrs.evolve(on, id=det_id, title=entry.title, key=entry.key, legal_basis=entry.basis)
    untimed = attrs.evolve(named, deadline=None, status=None, clock=None)
    if untimed.outcome is not Outcome.REQUIRED:
        return untimed
    return attrs.evolve(untimed, checklist=items(incident))
