"""Who the ePrivacy breach rules reach, and which breaches (Art. 1 of Regulation 611/2013).

The rules bind a provider of publicly available electronic communications services
(``controller.public_ecomms_provider``) for a personal data breach in connection with the
provision of that service (``ecomms_service``); a breach of the provider's other
processing (its staff records, say) falls under the GDPR alone (Art. 95 GDPR). They cover
services in public communications networks in the Union (Art. 3 of the Directive): a
provider with no establishment in the EEA whose people concerned live outside it (a UK
operator, say) answers to its own country's rules instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import frozen

from breachmodel.authorities import is_eea
from breachmodel.citations import Citation, gdpr
from breachmodel.determination import Determination, MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.obligations import ObligationKey
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes.eprivacy._cite import directive, reg
from breachmodel.regimes.eprivacy.keys import REGIME_ID

__all__ = ["ECOMMS_QUESTION", "Head", "in_service", "outside", "outside_union", "reach"]

ECOMMS_QUESTION = (
    "Did the breach occur in connection with the provision of the publicly available "
    "electronic communications service?"
)

_WHO = (reg("Art. 1"), directive("Art. 4(3)"))


_WHERE = directive("Art. 3")

_ABROAD = (
    "The provider has no establishment in the EEA and none of the people concerned is "
    "recorded as living there: the ePrivacy rules cover services provided in public "
    "communications networks in the Union (Art. 3 of Directive 2002/58/EC), so this breach "
    "falls under another country's law."
)


def outside_union(incident: Incident) -> bool:
    """Whether the recorded facts place the provider's service wholly outside the EEA.

    True only when something is recorded (an establishment or a country of residence) and
    none of it is in the EEA; with nothing recorded the rules are not set aside.
    """
    places = [e.country for e in incident.controller.establishments]
    places += sorted(incident.subject_countries)
    on = incident.timeline.latest_breach_date  # the UK was within the Union until 2021
    return bool(places) and not any(is_eea(c, on) for c in places)


def in_service(incident: Incident) -> bool:
    """Whether the Regulation governs this breach: a provider's breach within its service."""
    return (
        incident.controller.public_ecomms_provider
        and incident.ecomms_service is True
        and not outside_union(incident)
    )


def reach(incident: Incident) -> Applicability:
    """Whether the ePrivacy regime reaches the incident, and why."""
    if not incident.controller.public_ecomms_provider:
        text = (
            "The controller does not provide publicly available electronic communications services."
        )
        return _applicability(Reach.NOT_APPLICABLE, ReasonKind.FACT, text)
    if outside_union(incident):
        reason = Reason(kind=ReasonKind.FACT, text=_ABROAD, citations=(_WHERE,))
        return Applicability(regime=REGIME_ID, reach=Reach.NOT_APPLICABLE, reasons=(reason,))
    if incident.ecomms_service is None:
        return Applicability(
            regime=REGIME_ID,
            reach=Reach.UNDETERMINED,
            reasons=(Reason(kind=ReasonKind.MISSING, text=ECOMMS_QUESTION, citations=_WHO),),
            missing_facts=(MissingFact(path="$.ecomms_service", question=ECOMMS_QUESTION),),
        )
    text = (
        "The controller provides publicly available electronic communications services, so "
        "the ePrivacy breach rules bind it"
        + (
            "; this breach arose in providing that service."
            if incident.ecomms_service
            else "; this breach arose outside that service, so its duties do not apply to it."
        )
    )
    return _applicability(Reach.APPLICABLE, ReasonKind.FACT, text)


def _applicability(level: Reach, kind: ReasonKind, text: str) -> Applicability:
    reason = Reason(kind=kind, text=text, citations=_WHO)
    return Applicability(regime=REGIME_ID, reach=level, reasons=(reason,))


@frozen
class Head:
    """What every answer of one rule shares: its key, id, title and legal basis."""

    key: ObligationKey
    id: str
    title: str
    basis: tuple[Citation, ...]

    def decide(self, outcome: Outcome, reasons: Iterable[Reason], **fields: Any) -> Determination:
        """The rule's determination with this outcome, these reasons and other fields."""
        fields.update(id=self.id, key=self.key, title=self.title, legal_basis=self.basis)
        return Determination(outcome=outcome, reasons=tuple(reasons), **fields)


def outside(incident: Incident, head: Head) -> Determination | None:
    """The answer of a rule when the Regulation does not (or may not) reach the breach.

    None when the breach is a personal data breach in the provider's service.
    """
    if not incident.controller.public_ecomms_provider:
        text = (
            "The controller does not provide publicly available electronic communications services."
        )
        return head.decide(Outcome.NOT_APPLICABLE, [_fact(text, reg("Art. 1"))])
    if outside_union(incident):
        return head.decide(Outcome.NOT_APPLICABLE, [_fact(_ABROAD, _WHERE)])
    if incident.personal_data is False:
        text = "No personal data is concerned: there is no personal data breach to notify."
        return head.decide(Outcome.NOT_REQUIRED, [_fact(text, reg("Art. 2(1)"))])
    if incident.ecomms_service is None:
        reason = Reason(kind=ReasonKind.MISSING, text=ECOMMS_QUESTION, citations=(reg("Art. 1"),))
        missing = (MissingFact(path="$.ecomms_service", question=ECOMMS_QUESTION),)
        return head.decide(Outcome.UNDETERMINED, [reason], missing_facts=missing)
    if not incident.ecomms_service:
        text = (
            "The breach arose outside the provision of the electronic communications service "
            "(e.g. in the provider's human-resources files): the GDPR applies to it, not the "
            "Regulation."
        )
        return head.decide(Outcome.NOT_APPLICABLE, [_fact(text, reg("Art. 1"), gdpr(95))])
    return None


def _fact(text: str, *cites: Citation) -> Reason:
    return Reason(kind=ReasonKind.FACT, text=text, citations=cites)
