"""The facts a national law's test needs and the incident does not record.

A finding the organisation has not recorded is asked for at its place in the incident
file (:func:`._reach.finding_path`), with the regime's question for it.
"""

from __future__ import annotations

from breachmodel.determination import MissingFact
from breachmodel.regimes._national._reach import finding_path

__all__ = ["unrecorded"]


def unrecorded(regime: str, fact: str, question: str) -> MissingFact:
    """The missing fact for ``regime``'s finding ``fact``, asked with ``question``.

    >>> unrecorded("xx", "harm", "Is harm likely?").path
    '$.findings[xx.harm]'
    """
    return MissingFact(path=finding_path(regime, fact), question=question)
