"""Where the people live and where the organisation is: the reach of a national law.

Laws outside the EU reach an incident through the people counted as living in their
country (``subjects[*].by_country``) or through the organisation's establishment there.
These helpers read both, for any country (``Incident.residents_in`` counts the people), and
never guess a count that is not recorded.
"""

from __future__ import annotations

from typing import Final

from breachmodel.citations import Citation
from breachmodel.model import Count, Incident
from breachmodel.regimes._asia import reach
from breachmodel.regimes._base import Applicability, Reach

__all__ = ["LINK_INPUTS", "above", "counted_in", "established_in", "unlinked"]


def counted_in(incident: Incident, country: str) -> bool:
    """Whether any group records people living in ``country`` (``Incident.subject_countries``)."""
    return country in incident.subject_countries


def established_in(incident: Incident, country: str) -> bool:
    """Whether the controller has an establishment in ``country``."""
    return any(e.country == country for e in incident.controller.establishments)


def above(count: Count, threshold: int, *, inclusive: bool) -> bool | None:
    """Whether a count is above a threshold (``>=`` when ``inclusive``, else ``>``).

    None when the count's range straddles the threshold or is unknown.

    >>> above(Count.exact(1001), 1000, inclusive=False), above(Count.exact(1000), 1000, inclusive=False)
    (True, False)
    >>> above(Count.between(900, 1200), 1000, inclusive=True) is None
    True
    """
    low, high = count.lower_bound, count.upper_bound
    bar = threshold if inclusive else threshold + 1
    if low is not None and low >= bar:
        return True
    if high is not None and high < bar:
        return False
    return None


LINK_INPUTS: Final = frozenset({"controller.establishments", "subject_countries"})
"""What :func:`unlinked` reads: a regime's ``prefilter_inputs`` when it is its pre-filter."""


def unlinked(
    incident: Incident, regime: str, country: str, citations: tuple[Citation, ...]
) -> Applicability | None:
    """Not applicable when nothing links the incident to ``country``; else None.

    The pre-filter of a national law: no establishment there and nobody counted as living
    there (``docs/regimes.md``, "Keeping applicability cheap").
    """
    if counted_in(incident, country) or established_in(incident, country):
        return None
    name = _NAMES.get(country, country)
    text = f"No establishment in {name} and no one counted as living in {name}."
    return reach(regime, Reach.NOT_APPLICABLE, text, citations)


_NAMES: Final = {"JP": "Japan", "KR": "Korea", "IN": "India"}
