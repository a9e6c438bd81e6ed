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

__all__ = ["classified"]


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
    org = Organisation(
        id="e",
        name="Entity",
        establishments=(Establishment(country="FR", main=True),),
        classifications=(
            Classification(
                scheme=scheme, category=category, sector=sector, size=size, source="test"
            ),
        ),
    )
    return Incident(
        id="x",
        personal_data=False,
        controller=org,
        findings=findings,
        service_impact=impact,
        timeline=Timeline(controller_aware_at=datetime.fromisoformat(aware)),
    )
