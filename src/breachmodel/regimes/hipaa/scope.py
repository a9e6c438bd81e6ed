"""Who the HIPAA Breach Notification Rule reaches: covered entities and business associates.

The organisation's role is a recorded fact (``Organisation.classifications`` under the scheme
``"hipaa"``, with the source of the classification), never guessed from its name or sector:
``covered_entity`` (a health plan, a health care clearinghouse, or a health care provider
that transmits health information electronically in a standard transaction),
``business_associate``, or ``not_covered``. Where no classification is recorded, the rule is
undetermined for an organisation established in the US whose incident concerns health
information (or whose sector is health care), and not applicable otherwise; the reason says
how to record the role.
"""

from __future__ import annotations

import functools
from typing import Final

from breachmodel.determination import MissingFact, Reason
from breachmodel.model import DataCategory, Incident, Sector
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes._findings import category
from breachmodel.regimes._national import reach, started
from breachmodel.regimes.hipaa._law import ENCODED_FROM, REGIME_ID, cfr
from breachmodel.regimes.hipaa.clocks import discovery

__all__ = [
    "BUSINESS_ASSOCIATE",
    "COVERED_ENTITY",
    "INPUTS",
    "ROLES",
    "applicability",
    "prefilter",
    "role",
]

COVERED_ENTITY: Final = "covered_entity"
BUSINESS_ASSOCIATE: Final = "business_associate"
NOT_COVERED: Final = "not_covered"
ROLES: Final = (COVERED_ENTITY, BUSINESS_ASSOCIATE, NOT_COVERED)
"""The categories the ``"hipaa"`` classification scheme accepts."""

INPUTS: Final = frozenset({"controller.establishments", "controller.classifications"})
"""What :func:`prefilter` reads."""

_HEALTH_DATA: Final = frozenset({DataCategory.HEALTH.value, DataCategory.GENETIC.value})
_HEALTH_SECTORS: Final = frozenset({Sector.HEALTH, Sector.HEALTH_INSURANCE})
_PATH: Final = "$.controller.classifications[hipaa]"
_QUESTION: Final = (
    "Is the organisation a HIPAA covered entity (a health plan, a health care clearinghouse, "
    "or a health care provider transmitting health information electronically in a standard "
    "transaction) or a business associate? Record the classification (scheme 'hipaa', "
    "category 'covered_entity', 'business_associate' or 'not_covered') with its source."
)


def role(incident: Incident) -> str | None:
    """The organisation's recorded role under HIPAA, None when not recorded (an unknown category is refused)."""
    return category(incident, REGIME_ID, ROLES)


def prefilter(incident: Incident) -> Applicability | None:
    """Not applicable at once when no role is recorded and the organisation is not in the US.

    HIPAA reaches an organisation by its role, not by where the people live: a covered
    entity is a US health plan, clearinghouse or provider, so an organisation with no
    recorded role and no US establishment is not assessed.
    """
    if any(c.scheme == REGIME_ID for c in incident.controller.classifications):
        return None
    if any(e.country == "US" for e in incident.controller.establishments):
        return None
    text = (
        "No HIPAA role is recorded and the organisation is not established in the United "
        "States: the Breach Notification Rule is not assessed. If it is a covered entity or a "
        "business associate, record its classification (scheme 'hipaa') with its source."
    )
    return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, (cfr("164.400"), cfr("164.402")))


def _unclassified(incident: Incident) -> Applicability:
    health = any(d.category in _HEALTH_DATA for d in incident.data)
    return _unrecorded(health or incident.controller.sector in _HEALTH_SECTORS)


@functools.cache
def _unrecorded(health: bool) -> Applicability:
    """No role recorded: undetermined where health is concerned, else not applicable.

    One answer for each case, shared (most records of a bulk run get one of the two).
    """
    cites = (cfr("164.402"), cfr("164.404", "(a)(1)"))
    if not health:
        text = (
            "No HIPAA role is recorded for the organisation and no health information is "
            "concerned: the Breach Notification Rule is not assessed. If the organisation is a "
            "covered entity or a business associate, record its classification (scheme "
            "'hipaa') with its source."
        )
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    text = (
        "Health information or a health-care organisation is concerned, but whether the "
        "organisation is a HIPAA covered entity or business associate is not recorded."
    )
    reason = Reason.missing(text, cites)
    missing = (MissingFact(path=_PATH, question=_QUESTION),)
    return Applicability(
        regime=REGIME_ID, reach=Reach.UNDETERMINED, reasons=(reason,), missing_facts=missing
    )


def applicability(incident: Incident) -> Applicability:
    """Whether the rule reaches the incident, from the organisation's recorded role."""
    found = prefilter(incident)
    if found is not None:
        return found
    which = role(incident)
    cites = (cfr("164.400"), cfr("164.402"))
    if which is None:
        return _unclassified(incident)
    if which == NOT_COVERED:
        text = "The organisation is recorded as neither a covered entity nor a business associate."
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    if incident.personal_data is False:
        text = "No protected health information is concerned."
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    discovered = discovery(incident).at
    when = started(incident) if discovered is None else discovered.date()
    if when is not None and when < ENCODED_FROM:
        text = (
            "The breach predates 23 September 2013: the interim rule's 'significant risk of "
            "harm' standard applied then and is not encoded; assess it separately."
        )
        return reach(REGIME_ID, Reach.NOT_APPLICABLE, text, cites)
    words = "a covered entity" if which == COVERED_ENTITY else "a business associate"
    source = incident.controller.classification(REGIME_ID)
    text = f"The organisation is {words} (recorded: {source.source if source else 'n/a'})."
    return reach(REGIME_ID, Reach.APPLICABLE, text, cites)
