"""What follows from the Art. 33(1) notification and the risk, under the GDPR and the UK GDPR.

The UK GDPR keeps the GDPR's Arts. 33 and 34 word for word, so both read them here:
the processors' notices (Art. 33(2)), the notification's content (Art. 33(3)), the
register entry (Art. 33(5)), the communication to the people (Art. 34(1)-(3)), the public
communication (Art. 34(3)(c)) and the communication's content (Art. 34(2)); then the
assumptions of the risk analysis on the determinations that rest on the risk.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

import attrs

from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.regimes.gdpr import art33, art34
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.risk import RiskAnalysis
from breachmodel.regimes.gdpr.scope import ScopeResult

__all__ = ["RISK_BASED", "following", "with_assumptions"]

RISK_BASED: Final = (
    art33.NOTIFY_AUTHORITY,
    art33.NOTIFICATION_CONTENT,
    art34.COMMUNICATE_SUBJECTS,
    art34.PUBLIC_COMMUNICATION,
    art34.COMMUNICATION_CONTENT,
)
"""The GDPR determinations that rest on the risk analysis (their assumptions are named)."""


def following(
    incident: Incident,
    *,
    notify: Determination,
    scope: ScopeResult,
    risk: RiskAnalysis,
    options: GdprOptions,
) -> tuple[Determination, ...]:
    """The determinations that follow the notification ``notify``, in the results' order.

    ``notify`` is the Art. 33(1) determination under its GDPR id: the content and the
    register entry are derived from it.
    """
    processors = art33.processor_notices(incident, scope=scope, options=options)
    content = art33.notification_content(incident, notify=notify, options=options)
    register = art33.register_entry(incident, scope=scope, notify=notify)
    individual = art34.communicate_subjects(incident, scope=scope, risk=risk, options=options)
    public = art34.public_communication(incident, individual=individual)
    people = art34.communication_content(incident, individual=individual, public=public)
    return (*processors, content, register, individual, public, people)


def with_assumptions(
    dets: tuple[Determination, ...],
    risk: RiskAnalysis,
    notes: tuple[str, ...],
    risk_based: Set[str],
) -> tuple[Determination, ...]:
    """The determinations whose id is in ``risk_based`` name the risk analysis's assumptions.

    Each also records ``notes`` among its interpretations (how unknown facts were read).
    Nothing changes where the risk was not analysed.
    """
    if not risk.analysed:
        return dets
    return tuple(
        attrs.evolve(d, assumptions=risk.assumptions, interpretations=(*d.interpretations, *notes))
        if d.id in risk_based
        else d
        for d in dets
    )
