"""The UK GDPR and the Data Protection Act 2018 as a regime of the registry."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import frozen

from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis, Applicability, Overlap
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.uk_gdpr import rules, scope
from breachmodel.regimes.uk_gdpr._retarget import REGIME_ID

__all__ = ["REGIME", "UkGdprRegime"]


@frozen
class UkGdprRegime:
    """UK GDPR Arts. 33 and 34 with the DPA 2018: the ICO, 72 hours, no one-stop shop.

    Its options are the GDPR's interpretation options (:class:`GdprOptions`), since the
    articles are the same; the rule-set is always the law as retained (see
    :func:`~breachmodel.regimes.uk_gdpr.rules.uk_options`).
    """

    id: str = REGIME_ID
    title: str = "UK GDPR and Data Protection Act 2018"
    baseline: bool = False
    options_type: type[Any] | None = GdprOptions

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


REGIME = UkGdprRegime()
"""The UK GDPR regime, as listed in the registry."""
