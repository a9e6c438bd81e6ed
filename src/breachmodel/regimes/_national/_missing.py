"""The facts a national law's test needs and the incident does not record.

A finding the organisation has not recorded is asked for at its place in the incident
file (:func:`._reach.finding_path`), with the regime's question for it; so are the
organisation's classification under a law and the number of people affected.
"""

from __future__ import annotations

from typing import Final

from breachmodel.determination import MissingFact
from breachmodel.regimes._national._reach import finding_path

__all__ = ["CLASSIFIED", "UNCOUNTED", "unclassified", "unrecorded"]

CLASSIFIED: Final = "$.controller.classifications"
"""Where the organisation's classifications under the laws go in the incident file."""

UNCOUNTED: Final = MissingFact(
    path="$.subjects[*].count", question="How many individuals are affected?"
)
"""The missing fact for a threshold on the number of people affected."""


def unclassified(question: str) -> MissingFact:
    """The missing fact for the organisation's classification, asked with ``question``."""
    return MissingFact(path=CLASSIFIED, question=question)


def unrecorded(regime: str, fact: str, question: str) -> MissingFact:
    """The missing fact for ``regime``'s finding ``fact``, asked with ``question``.

    >>> unrecorded("xx", "harm", "Is harm likely?").path
    '$.findings[xx.harm]'
    """
    return MissingFact(path=finding_path(regime, fact), question=question)
