"""PECR reg. 5A as a regime of the registry, with its overlap with Art. 33 UK GDPR."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem, Determination, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Overlap, Reach
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.risk import analyse_risk
from breachmodel.regimes.pecr import rules
from breachmodel.regimes.pecr._law import ICO_PECR_BREACHES, pecr, reg_611_uk
from breachmodel.regimes.pecr._union import union_overlaps
from breachmodel.regimes.uk_gdpr._law import uk_gdpr
from breachmodel.regimes.uk_gdpr._retarget import retarget_reason
from breachmodel.regimes.uk_gdpr.rules import RetargetedAnalysis

__all__ = ["PROCESSOR_LAW", "REGIME", "PecrRegime"]

PROCESSOR_LAW: dict[Duty, tuple[Citation, ...]] = {
    Duty.NOTIFY_CONTROLLER: (reg_611_uk(5),),
}
"""A provider contracted to deliver part of the service, without a contract of its own with
the subscribers, tells the contracting provider of a breach at once (Art. 5 of Regulation
611/2013 as retained). From memory of the text, NOT verified through the official text.
Nothing provides for a contracted provider notifying the ICO in the provider's place."""

_UK_ART33 = ObligationKey("uk_gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")


class PecrRegime(BaseRegime):
    """PECR reg. 5A: a UK public electronic communications service's breaches, to the ICO.

    Its options are the GDPR's interpretation options, for the shared risk analysis that
    decides whether subscribers must be told.
    """

    id = rules.REGIME_ID
    title = "PECR 2003, reg. 5A (UK electronic communications)"
    baseline = False
    options_type: type[Any] | None = GdprOptions
    label = "PECR"
    instruments = (
        "Privacy and Electronic Communications (EC Directive) Regulations 2003 "
        "(SI 2003/2426), reg. 5A",
        "Commission Regulation (EU) No 611/2013 as retained in UK law (eur/2013/611)",
    )

    prefilter_inputs = frozenset({"controller.public_ecomms_provider"})

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, to a controller that provides no public service."""
        return None if incident.controller.public_ecomms_provider else self.applicability(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """Whether reg. 5A reaches the incident, and why."""
        return rules.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Notice to the ICO, its content, subscribers, the inventory; the risk analysis."""
        notify = rules.notify_ico(incident)
        risk = analyse_risk(incident, options if isinstance(options, GdprOptions) else None)
        dets = (
            notify,
            rules.notice_content(incident, notify=notify),
            rules.inform_subscribers(incident, notify=notify, risk=risk),
            rules.inventory(incident, notify=notify),
        )
        analysis = RetargetedAnalysis(
            kind="risk",
            title="Risk analysis (for subscribers and users)",
            reasons=tuple(retarget_reason(r) for r in risk.reasons),
            source=risk,
        )
        return dets, (analysis,)

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """Where reg. 5A applies, it takes the place of Art. 33(1) UK GDPR (Art. 95).

        Before IP completion day, when the UK GDPR did not exist yet, the ePrivacy regime's
        duties owed in the United Kingdom give way to reg. 5A's instead: they are the same
        duties (:mod:`~breachmodel.regimes.pecr._union`).
        """
        if rules.applicability(incident).reach is not Reach.APPLICABLE:
            return ()
        if rules.same_duties(incident):
            return union_overlaps(incident)
        reason = Reason(
            kind=ReasonKind.RULE,
            text=(
                "The breach arose in providing a public electronic communications service: "
                "regulation 5A of PECR governs its notification to the ICO (see "
                f"{rules.NOTIFY_ICO}), and Art. 33 UK GDPR does not add to it; the ICO's "
                "guide: no separate action under the UK GDPR."
            ),
            citations=(uk_gdpr(95), pecr("reg. 5A(2)"), ICO_PECR_BREACHES),
        )
        return (
            Overlap(yielding=_UK_ART33, prevailing=rules.KEYS[rules.NOTIFY_ICO], reason=reason),
        )

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """The ICO's list and Annex I of Reg. 611/2013, for the notice to the ICO."""
        return rules.content_items(incident) if recipient == "competent_authority" else ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """When the provider detected the breach (or, failing that, became aware of it)."""
        t = incident.timeline
        return t.detected_at or t.controller_aware_at

    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        """Art. 5 of Regulation 611/2013 as retained, for telling the contracting provider."""
        return PROCESSOR_LAW.get(duty, ())


REGIME = PecrRegime()
"""The PECR regime, as listed in the registry."""
