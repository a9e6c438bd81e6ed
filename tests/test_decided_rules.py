"""Rules corrected while encoding regulator-decided cases (``tests/scenarios/*/decided-*.toml``).

Each test states the general rule, independent of the case that revealed it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from breachmodel.assessment import assess
from breachmodel.model import Incident
from breachmodel.serialization import from_data

_DISCOVERED = "2024-03-01T12:00:00-06:00"
_AS_OF = datetime.fromisoformat("2024-06-01T12:00:00-05:00")
_INFORM = "hipaa.s164_404.notify_individuals"
_MEDIA = "hipaa.s164_406.media_us_il"


def _hipaa(**timeline: object) -> Incident:
    """A covered entity's breach of 600 Illinois patients' unsecured records."""
    count = {"precision": "exact", "value": 600}
    events: dict[str, object] = {"detected_at": _DISCOVERED, **timeline}
    return from_data(
        {
            "schema_version": "1.0",
            "id": "ce",
            "controller": {
                "id": "ce",
                "name": "Clinic",
                "establishments": [{"country": "US", "subdivision": "US-IL"}],
                "classifications": [
                    {"scheme": "hipaa", "category": "covered_entity", "source": "test"}
                ],
            },
            "data": [{"category": "health"}],
            "subjects": [
                {
                    "kind": "patients",
                    "count": count,
                    "by_country": [{"country": "US", "count": count}],
                    "by_subdivision": [{"subdivision": "US-IL", "count": count}],
                }
            ],
            "effects": {"confidentiality": {"exfiltration": "confirmed"}},
            "timeline": events,
        }
    )


def _status(incident: Incident, det_id: str) -> str | None:
    det = assess(incident, as_of=_AS_OF, regimes=["hipaa"])[det_id]
    return None if det.status is None else det.status.status.value


@pytest.mark.parametrize(
    ("told", "status"),
    [("2024-04-01T12:00:00-05:00", "met"), ("2024-05-20T12:00:00-05:00", "met_late")],
)
def test_a_communication_without_an_obligation_answers_every_regimes_notice(
    told: str, status: str
) -> None:
    # 45 CFR 164.404(b): 60 days from discovery. A message to the patients recorded without
    # an obligation key counts (the model's documented meaning); before, it was ignored and
    # the notice stayed "overdue" however early it was sent.
    incident = _hipaa(subject_communications=[{"at": told}])
    assert _status(incident, _INFORM) == status


def test_an_unkeyed_press_release_is_not_the_peoples_notice() -> None:
    # 45 CFR 164.406 media notice is not 164.404 individual notice: a public communication
    # answers the people's notice only when it is keyed to it (a substitute notice).
    incident = _hipaa(public_communications=[{"at": "2024-04-01T12:00:00-05:00"}])
    assert _status(incident, _MEDIA) == "met"
    assert _status(incident, _INFORM) == "overdue"
