"""The UK GDPR and the Data Protection Act 2018 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breachmodel.citations import Citation
from breachmodel.determination import ChecklistItem, Determination
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Overlap, give_way
from breachmodel.regimes.gdpr import art33
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.uk_gdpr import rules, scope
from breachmodel.regimes.uk_gdpr._law import uk_gdpr
from breachmodel.regimes.uk_gdpr._retarget import REGIME_ID, retarget_item

__all__ = ["PROCESSOR_LAW", "REGIME", "UkGdprRegime"]

PROCESSOR_LAW: dict[Duty, tuple[Citation, ...]] = {
    Duty.NOTIFY_CONTROLLER: (uk_gdpr(33, 2),),
    Duty.NOTIFY_AUTHORITY: (uk_gdpr(28, 3, "f"),),
}
"""The processor's part in each duty under the UK GDPR: it tells its controller without
undue delay (Art. 33(2)); it assists the controller with Art. 33 and 34, so it may notify
the ICO on the controller's behalf where their contract allows, the controller staying
responsible (Art. 28(3)(f)). Provenance: the retained UK GDPR keeps the GDPR's wording of
both provisions; Art. 33(2) matches the GDPR text read and a secondary source (Sorena, "UK
GDPR breach notification": a processor tells the controller without undue delay); the UK
text of Art. 28(3)(f) is from memory, NOT verified. The EDPB's reading of Art. 28(3)(f) is
not cited, being persuasive only in the UK."""


class UkGdprRegime(BaseRegime):
    """UK GDPR Arts. 33 and 34 with the DPA 2018: the ICO, 72 hours, no one-stop shop.

    Its options are the GDPR's interpretation options (:class:`GdprOptions`), since the
    articles are the same; the rule-set is always the law as retained (see
    :func:`~breachmodel.regimes.uk_gdpr.rules.uk_options`).
    """

    id = REGIME_ID
    title = "UK GDPR and Data Protection Act 2018"
    baseline = False
    options_type: type[Any] | None = GdprOptions
    label = "UK GDPR"
    instruments = (
        "UK GDPR: Regulation (EU) 2016/679 as retained in UK law (legislation.gov.uk, "
        "eur/2016/679), as amended",
        "Data Protection Act 2018 (c. 12)",
    )

    prefilter_inputs = frozenset({"controller.establishments", "subject_countries"})

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, when nothing connects the incident to the UK."""
        return scope.unconnected(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """Whether the UK GDPR reaches the incident (time and Art. 3), and why."""
        return scope.applicability(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Its determinations, each keyed ``uk_gdpr/...``, with its risk and routing."""
        return rules.determine(incident, options)

    def determine_yielding(
        self, incident: Incident, options: Any, yielding: tuple[Overlap, ...]
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Its determinations, the notification giving way to ``yielding`` overlaps.

        Where PECR reg. 5A takes the place of Art. 33(1) (Art. 95 UK GDPR) and the UK
        GDPR's scope is answered, the content and the register entry derive from the
        displaced notification, so that no content is asked for a notification that is not
        owed. Where the scope is not answered, the notification gives way here, after
        they were derived (see :func:`~breachmodel.regimes.uk_gdpr.rules.determine`).
        """
        dets, analyses = rules.determine(incident, options, yielding)
        return tuple(give_way(d, yielding) for d in dets), analyses

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """None of its own: PECR records where it takes the place of Art. 33."""
        del incident
        return ()

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Art. 33(3) UK GDPR for a notice to the ICO (none listed for other recipients)."""
        if recipient != "supervisory_authority":
            return ()
        return tuple(retarget_item(i) for i in art33.content_items(incident))

    def aware_at(self, incident: Incident) -> datetime | None:
        """When the controller became aware: the 72 hours run from then."""
        return art33.controller_awareness(incident)[0]

    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        """Art. 33(2) UK GDPR for telling the controller; Art. 28(3)(f) for delegation."""
        return PROCESSOR_LAW.get(duty, ())


REGIME = UkGdprRegime()
"""The UK GDPR regime, as listed in the registry."""
