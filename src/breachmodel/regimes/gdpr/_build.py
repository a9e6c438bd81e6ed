"""Small builders the GDPR rule modules share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from breachmodel.citations import Citation
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind

__all__ = ["content_not_owed", "decided"]


def decided(
    det_id: str,
    title: str,
    outcome: Outcome,
    basis: tuple[Citation, ...],
    reasons: Iterable[Reason],
    **more: Any,
) -> Determination:
    """A determination: its id, title, outcome, legal basis and reasons, then the rest."""
    return Determination(
        id=det_id, title=title, outcome=outcome, legal_basis=basis, reasons=tuple(reasons), **more
    )


def content_not_owed(
    det_id: str,
    title: str,
    basis: tuple[Citation, ...],
    text: str,
    missing: tuple[MissingFact, ...] | None,
) -> Determination:
    """No content is owed because no notice is.

    Not applicable, or undetermined with the facts the notice waits for (``missing`` given).
    """
    outcome = Outcome.NOT_APPLICABLE if missing is None else Outcome.UNDETERMINED
    reason = Reason(kind=ReasonKind.RULE, text=text, citations=basis)
    return decided(det_id, title, outcome, basis, (reason,), missing_facts=missing or ())
