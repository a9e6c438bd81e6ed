"""A determination of one obligation of a regime's book, on the sector clock.

Regime-neutral: the regime passes its book (its obligations by determination id), the
outcome and its reasons; the title, key and legal basis come from the book entry. What
only an owed obligation carries (the reasons that say what is owed, its recipients and
its checklist) is kept only when the outcome is required. The clock is the one of
:func:`breachmodel.regimes._sector.determination` (the notices naming the obligation).
"""

from __future__ import annotations

import attrs

from breachmodel.clocks import Deadline
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Outcome, Reason
from breachmodel.model import Incident
from breachmodel.regimes import _sector
from breachmodel.regimes._national import Book

__all__ = ["determination"]


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
    return attrs.evolve(found, checklist=checklist) if owed and checklist else found
