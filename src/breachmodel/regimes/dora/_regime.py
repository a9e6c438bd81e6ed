"""DORA as a regime: financial entities report major ICT-related incidents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Final

from breachmodel.citations import Citation, cite
from breachmodel.determination import Determination, Reason, ReasonKind
from breachmodel.law import DORA, NIS2
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import _sector
from breachmodel.regimes._base import Analysis, Applicability, Overlap, Reach
from breachmodel.regimes.dora import art19, scope
from breachmodel.regimes.dora import reports as _reports
from breachmodel.regimes.dora.art19 import DoraOptions
from breachmodel.regimes.nis2 import REGIME as NIS2_REGIME

__all__ = ["FINANCIAL_ENTITIES", "REGIME", "DoraRegime"]

FINANCIAL_ENTITIES: Final = frozenset(
    {
        "credit_institution",
        "payment_institution",
        "account_information_service_provider",
        "electronic_money_institution",
        "investment_firm",
        "crypto_asset_service_provider",
        "central_securities_depository",
        "central_counterparty",
        "trading_venue",
        "trade_repository",
        "alternative_investment_fund_manager",
        "management_company",
        "data_reporting_service_provider",
        "insurance_undertaking",
        "reinsurance_undertaking",
        "insurance_intermediary",
        "institution_for_occupational_retirement_provision",
        "credit_rating_agency",
        "critical_benchmark_administrator",
        "crowdfunding_service_provider",
        "securitisation_repository",
    }
)
"""The financial entities of Art. 2(1) DORA (``Classification.category`` values); an
entity excluded by Art. 2(3) records the finding ``dora/exemption`` (or the category
``"exempt"``); an insurance intermediary's size decides (Art. 2(3)(e))."""

_GATE: Final = _sector.Gate(
    regime="dora",
    name="DORA (Regulation (EU) 2022/2554)",
    in_scope=FINANCIAL_ENTITIES,
    applies_from=date(2025, 1, 17),
    scope_citation=cite("dora", 2, 1),
    start_citation=cite("dora", 64, 2),
)

_THRESHOLDS: Final = {
    "critical_services_affected": (True, "if critical services were affected"),
    "malicious_access": (True, "if a successful malicious unauthorised access took place"),
    "clients_affected": (100_001, "if more than 100,000 clients were affected"),
    "economic_impact_eur": (100_001, "if costs and losses exceeded EUR 100,000"),
    "duration_hours": (25, "if the incident lasted more than 24 hours"),
    "downtime_hours": (3, "if critical services were down for more than 2 hours"),
    "data_losses": (True, "if data losses affected the business or legal obligations"),
    "reputational_impact": (True, "if the incident had a reputational impact"),
}

_PAIRS: Final = (
    (Duty.EARLY_WARNING, art19.INITIAL_NOTIFICATION),
    (Duty.NOTIFY_AUTHORITY, art19.INITIAL_NOTIFICATION),
    (Duty.INTERMEDIATE_REPORT, art19.INTERMEDIATE_REPORT),
    (Duty.FINAL_REPORT, art19.FINAL_REPORT),
)
"""Which NIS2 report each DORA report takes the place of."""


def _recital(law: str, url: str | None, instrument: str, number: int) -> Citation:
    return Citation(law, f"Recital {number}", url, instrument)


class DoraRegime(_sector.SectorRegime):
    """Regulation (EU) 2022/2554: Art. 19 reporting by financial entities."""

    id = "dora"
    title = "DORA (Regulation (EU) 2022/2554)"
    label = "DORA"
    content = art19.CONTENT
    reports = _reports.REPORTS
    report_titles = _reports.TITLES
    labels = _reports.LABELS
    thresholds = _THRESHOLDS
    options_type = DoraOptions
    findings: Mapping[str, str] = scope.FINDINGS | art19.FINDINGS
    instruments = (
        "Regulation (EU) 2022/2554 (DORA), Arts. 17-19",
        "Commission Delegated Regulation (EU) 2024/1772 (classification)",
        "Commission Delegated Regulation (EU) 2025/301 (time limits)",
        "Regulation (EU) 2022/2554, Art. 2(3) (exclusions) and Art. 19(2) (voluntary notification)",
    )

    def applicability(self, incident: Incident) -> Applicability:
        """Financial entities (Art. 2(1)), from the recorded classification, save Art. 2(3)."""
        return _sector.gated(
            incident, _GATE, incident.controller.dora_financial_entity, scope.refine
        )

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The initial notification, intermediate and final reports, information to clients."""
        dets, major = art19.determinations(
            incident,
            incident.controller.classification(self.id),
            options or DoraOptions(),
            self.applicability(incident),
        )
        return dets, (major,)

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """NIS2 Art. 4: for a financial entity, DORA's reporting takes the place of NIS2's.

        Listed only where both reach the incident.
        """
        both = (self.applicability(incident), NIS2_REGIME.applicability(incident))
        if any(a.reach is not Reach.APPLICABLE for a in both):
            return ()
        reason = Reason(
            kind=ReasonKind.RULE,
            text="A sector-specific act requiring equivalent incident notification prevails "
            "over NIS2: for a financial entity, DORA's reports take the place of the NIS2 "
            "reports (from memory of the texts; not verified through the official text).",
            citations=(
                cite("nis2", 4, 1),
                _recital(NIS2.short, NIS2.url, NIS2.id, 28),
                _recital(DORA.short, DORA.url, DORA.id, 16),
            ),
        )
        out = [
            Overlap(
                yielding=ObligationKey("nis2", duty, "csirt"),
                prevailing=art19.KEYS[det],
                reason=reason,
            )
            for duty, det in _PAIRS
        ]
        out.append(
            Overlap(
                yielding=ObligationKey("nis2", Duty.INFORM_INDIVIDUALS, "service_recipients"),
                prevailing=art19.KEYS[art19.INFORM_CLIENTS],
                reason=reason,
            )
        )
        return tuple(out)


REGIME: Final = DoraRegime()
"""The DORA regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
