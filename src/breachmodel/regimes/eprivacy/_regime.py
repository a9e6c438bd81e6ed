"""The ePrivacy breach rules as a regime: Reg. (EU) 611/2013 with Dir. 2002/58/EC Art. 4(3)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final

import attrs

from breachmodel.citations import gdpr, recital, reg_611_2013
from breachmodel.determination import Determination, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Overlap, Reach
from breachmodel.regimes.eprivacy import reg611

__all__ = ["REGIME", "EprivacyRegime"]

_ID = "eprivacy"

NOTIFY_KEY: Final = ObligationKey(_ID, Duty.NOTIFY_AUTHORITY, "competent_authority")
"""Art. 2 Reg. 611/2013: the notification to the competent national authority."""

_GDPR_NOTIFY: Final = ObligationKey("gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")
"""The GDPR obligation Art. 95 GDPR sets aside for the service's own breaches."""


class EprivacyRegime(BaseRegime):
    """Providers of publicly available electronic communications services (Reg. 611/2013)."""

    id = _ID
    title = "ePrivacy (Directive 2002/58/EC, Regulation (EU) No 611/2013)"

    def applicability(self, incident: Incident) -> Applicability:
        """Reaches the providers of publicly available electronic communications services.

        Whether a breach arose in connection with the service is decided by the
        determination itself (not applicable, citing Art. 95 GDPR, when it did not).
        """
        if not incident.controller.public_ecomms_provider:
            return self._not(
                "The controller does not provide publicly available electronic communications "
                "services."
            )
        return Applicability(
            regime=self.id,
            reach=Reach.APPLICABLE,
            reasons=(
                self._reason(
                    ReasonKind.FACT,
                    "The controller provides publicly available electronic communications "
                    "services: the Regulation reaches its breaches in connection with them.",
                ),
            ),
        )

    def _not(self, text: str) -> Applicability:
        return Applicability(
            regime=self.id,
            reach=Reach.NOT_APPLICABLE,
            reasons=(self._reason(ReasonKind.FACT, text),),
        )

    @staticmethod
    def _reason(kind: ReasonKind, text: str) -> Reason:
        return Reason(kind=kind, text=text, citations=(reg_611_2013("Art. 1"),))

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The notification to the competent national authority (Art. 2)."""
        return self.determine_at(incident, options, None)

    def determine_at(
        self,
        incident: Incident,
        options: Any,
        as_of: datetime | None,
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Transitional: the rule still judges its clock's status at ``as_of`` itself."""
        det = reg611.notify_authority(incident, as_of=as_of)
        return (attrs.evolve(det, key=NOTIFY_KEY),), ()

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """Art. 95 GDPR: for the service's own breach, Art. 2 takes the place of Art. 33 GDPR."""
        if not (incident.controller.public_ecomms_provider and incident.ecomms_service):
            return ()
        reason = Reason(
            kind=ReasonKind.RULE,
            text=(
                "For a breach in connection with a publicly available electronic communications "
                "service, the GDPR imposes no obligation the ePrivacy rules already impose for "
                "the same objective: the notification under Reg. 611/2013 takes the place of "
                "the notification under Art. 33 GDPR."
            ),
            citations=(gdpr(95), recital(173), reg_611_2013("Art. 2")),
        )
        return (Overlap(yielding=_GDPR_NOTIFY, prevailing=NOTIFY_KEY, reason=reason),)

    def ruleset(self, options: Any) -> str:
        """The Regulation as adopted (no variants encoded)."""
        return ""


REGIME: Final = EprivacyRegime()
"""The ePrivacy regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
