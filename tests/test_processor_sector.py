"""A processor incident whose controllers are DORA financial entities: each row shows DORA."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from breachmodel.determination import Outcome
from breachmodel.processor import (
    ProcessorAssessment,
    ProcessorIncident,
    assess_processor_incident,
    load_any,
)

FIXTURE = Path(__file__).resolve().parent / "data" / "processor-2025-dora.json"
AS_OF = datetime.fromisoformat("2025-01-29T12:00:00+01:00")


def _assessed() -> ProcessorAssessment:
    pi = load_any(FIXTURE)
    assert isinstance(pi, ProcessorIncident)
    return assess_processor_incident(pi, as_of=AS_OF)


def test_each_controller_is_assessed_under_dora_with_its_own_service_impact() -> None:
    result = _assessed()
    horizon, atlas = result["mutuelle-horizon"], result["atlas-sante"]
    initial = "dora.art19.initial_notification"
    assert horizon[initial].outcome is Outcome.REQUIRED
    # classified as major at 20:00: four hours, before the 24 hours from awareness
    assert horizon[initial].deadline.due == datetime.fromisoformat("2025-01-29T00:00:00+01:00")
    assert atlas[initial].outcome is Outcome.UNDETERMINED


def test_the_row_shows_the_dora_clock_that_falls_due_first() -> None:
    result = _assessed()
    rows = {r.controller_id: r for r in result.summary.rows}
    horizon = rows["mutuelle-horizon"]
    assert horizon.notify_obligation == "dora/notify_authority/competent_authority"
    assert horizon.notification_due == datetime.fromisoformat("2025-01-29T00:00:00+01:00")
    assert horizon.notification_status == "overdue"
    assert rows["atlas-sante"].notify_obligation == "gdpr/notify_authority/supervisory_authority"
