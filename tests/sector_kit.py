"""A one-organisation incident classified under a sector scheme, for the sector regime tests."""

from __future__ import annotations

from datetime import datetime

from breachmodel.model import (
    Classification,
    Establishment,
    Finding,
    Incident,
    Organisation,
    ServiceImpact,
    Timeline,
)

__all__ = ["classified", "classified_org"]


def classified_org(
    country: str, *classifications: Classification, org_id: str = "e", name: str = "Entity"
) -> Organisation:
    """An organisation with its main establishment in ``country``, so classified."""
    return Organisation(
        id=org_id,
        name=name,
        establishments=(Establishment(country=country, main=True),),
        classifications=classifications,
    )


def classified(
    scheme: str,
    category: str,
    *,
    sector: str | None = None,
    size: str | None = None,
    findings: tuple[Finding, ...] = (),
    impact: ServiceImpact | None = None,
    aware: str = "2025-06-02T09:00:00+02:00",
) -> Incident:
    """A French organisation classified ``category`` under ``scheme``, aware at ``aware``."""
    org = classified_org(
        "FR",
        Classification(scheme=scheme, category=category, sector=sector, size=size, source="test"),
    )
    return Incident(
        id="x",
        personal_data=False,
        controller=org,
        findings=findings,
        service_impact=impact,
        timeline=Timeline(controller_aware_at=datetime.fromisoformat(aware)),
    )
