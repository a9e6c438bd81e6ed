"""A regime's recipients read from the authorities registry, each with its provenance.

Every regime that reports to an authority other than a GDPR supervisory authority lists it
in ``authorities/data/authorities.json`` with its ``regimes``, the ``source`` of its
designation and whether that was ``verified``; :func:`registered` turns the records for a
regime and country into the determination's recipients and the reasons that name them.
"""

from __future__ import annotations

from breachmodel.authorities import Authority, recipients
from breachmodel.citations import Citation
from breachmodel.determination import Reason, ReasonKind

__all__ = ["designation_reason", "registered"]


def designation_reason(found: Authority, basis: tuple[Citation, ...]) -> Reason:
    """Why the reports go to ``found``: its registry record's source, flagged if unverified."""
    flag = "" if found.verified else " (not verified)"
    text = f"Reports go to {found.acronym} ({found.name}); its designation{flag}: {found.source}."
    return Reason(kind=ReasonKind.FACT, text=text, citations=basis)


def registered(
    regime: str, country: str | None, basis: tuple[Citation, ...]
) -> tuple[tuple[str, ...], tuple[Reason, ...]]:
    """The registry's recipients of ``regime`` in ``country``: their ids, and why each.

    Both empty when the registry lists none there (or no country is known).
    """
    found = recipients(regime, country) if country else ()
    return tuple(a.id for a in found), tuple(designation_reason(a, basis) for a in found)
