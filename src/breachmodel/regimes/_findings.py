"""Reading a regime's findings (``Incident.findings``) with the path of the missing fact."""

from __future__ import annotations

from breachmodel.determination import MissingFact
from breachmodel.model import Incident

__all__ = ["answer", "finding_fact", "value"]


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
