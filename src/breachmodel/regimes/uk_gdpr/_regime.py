"""The UK GDPR and the Data Protection Act 2018 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Overlap
from breachmodel.regimes.gdpr import art33
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.uk_gdpr import rules, scope
from breachmodel.regimes.uk_gdpr._retarget import REGIME_ID, retarget_item

__all__ = ["REGIME", "UkGdprRegime"]


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


REGIME = UkGdprRegime()
"""The UK GDPR regime, as listed in the registry."""
