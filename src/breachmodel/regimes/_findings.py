"""Reading a regime's findings (``Incident.findings``) with the path of the missing fact."""

from __future__ import annotations

from breachmodel.determination import MissingFact
from breachmodel.errors import InvalidIncidentError, Problem
from breachmodel.model import Incident

__all__ = ["answer", "category", "finding_fact", "value"]


def finding_fact(regime: str, fact: str, question: str) -> MissingFact:
    """The missing fact for a finding not recorded: ``$.findings[<regime>/<fact>]``."""
    return MissingFact(path=f"$.findings[{regime}/{fact}]", question=question)


def answer(incident: Incident, regime: str, fact: str) -> bool | None:
    """The yes/no answer recorded for ``regime``'s ``fact``, None when not recorded."""
    found = incident.finding(regime, fact)
    return None if found is None else found.answer


def value(incident: Incident, regime: str, fact: str) -> str | None:
    """The named value recorded for ``regime``'s ``fact``, None when not recorded."""
    found = incident.finding(regime, fact)
    return None if found is None else found.value


def category(incident: Incident, scheme: str, known: tuple[str, ...]) -> str | None:
    """The organisation's recorded category under a classification scheme, None if none.

    Raises:
        InvalidIncidentError: If the category is not among ``known`` (the problem is
            located at the field and lists the accepted values).
    """
    found = incident.controller.classification(scheme)
    if found is None:
        return None
    if found.category not in known:
        msg = f"{found.category!r} is not known; use one of {', '.join(known)}"
        path = f"$.controller.classifications[{scheme}].category"
        raise InvalidIncidentError([Problem(path, msg)])
    return found.category
