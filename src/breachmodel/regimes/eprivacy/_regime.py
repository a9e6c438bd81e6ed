"""The ePrivacy breach rules as a regime: Reg. (EU) 611/2013 with Dir. 2002/58/EC Art. 4(3)-(4)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final

from breachmodel.determination import ChecklistItem, Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, BaseRegime, Overlap
from breachmodel.regimes.eprivacy import rules
from breachmodel.regimes.eprivacy.content import annex_one, annex_two
from breachmodel.regimes.eprivacy.keys import REGIME_ID
from breachmodel.regimes.eprivacy.scope import reach

__all__ = ["REGIME", "EprivacyRegime"]

_CONTENT = {"competent_authority": annex_one, "subscribers": annex_two}


class EprivacyRegime(BaseRegime):
    """Providers of publicly available electronic communications services (Reg. 611/2013)."""

    id = REGIME_ID
    title = "ePrivacy (Directive 2002/58/EC, Regulation (EU) No 611/2013)"

    @property
    def label(self) -> str:
        """The column heading: ``ePrivacy``."""
        return "ePrivacy"

    @property
    def instruments(self) -> tuple[str, ...]:
        """The two instruments, with their ELI identifiers."""
        return (
            "Commission Regulation (EU) No 611/2013 (http://data.europa.eu/eli/reg/2013/611/oj)",
            "Directive 2002/58/EC, Art. 4 (http://data.europa.eu/eli/dir/2002/58/oj)",
        )

    prefilter_inputs = frozenset({"controller.public_ecomms_provider"})

    def prefilter(self, incident: Incident) -> Applicability | None:
        """Not applicable, quickly, to a controller that provides no public service."""
        return None if incident.controller.public_ecomms_provider else reach(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """Reaches the providers of publicly available electronic communications services.

        Whether a breach arose in connection with the service is decided by each
        determination (not applicable, citing Art. 95 GDPR, when it did not).
        """
        return reach(incident)

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Arts. 2 to 4 of the Regulation and Art. 4(4) of the Directive (no options)."""
        return rules.determine(incident), ()

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """Art. 95 GDPR: for the service's own breach, Art. 2 takes the place of Art. 33 GDPR."""
        return rules.overlaps(incident)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """Annex I for the competent authority, Annex II for subscribers or individuals."""
        items = _CONTENT.get(recipient)
        return () if items is None else items(incident)

    def aware_at(self, incident: Incident) -> datetime | None:
        """The clocks run from detection (Art. 2(2), third subparagraph; Art. 3(3))."""
        return incident.timeline.detected_at


REGIME: Final = EprivacyRegime()
"""The ePrivacy regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
