"""Rules corrected while encoding regulator-decided cases (``tests/scenarios/*/decided-*.toml``).

Each test states the general rule, independent of the case that revealed it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from breachmodel.assessment import assess
from breachmodel.model import Incident
from breachmodel.regimes.gdpr.options import GdprOptions, ProcessorAwareness
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


_PROCESSOR_AWARE = "2024-03-04T09:00:00+01:00"
_NOTIFY = "gdpr.art33.notify_authority"


def _processed(**timeline: object) -> Incident:
    """A controller in Ireland whose processor knew of a breach of 5,000 users' messages."""
    events: dict[str, object] = {"processor_aware_at": _PROCESSOR_AWARE, **timeline}
    return from_data(
        {
            "schema_version": "1.0",
            "id": "p",
            "controller": {"id": "c", "name": "C", "establishments": [{"country": "IE"}]},
            "processors": [
                {
                    "organisation": {
                        "id": "p",
                        "name": "P",
                        "establishments": [{"country": "US"}],
                    },
                    "acts_for": "c",
                }
            ],
            "data": [{"category": "communications_content"}],
            "subjects": [{"kind": "users", "count": {"precision": "exact", "value": 5000}}],
            "effects": {"confidentiality": {"exfiltration": "confirmed"}},
            "timeline": events,
        }
    )


def _due(incident: Incident, awareness: ProcessorAwareness) -> datetime | None:
    options = GdprOptions(processor_awareness=awareness)
    det = assess(incident, as_of=_AS_OF, options=options, regimes=["gdpr"])[_NOTIFY]
    assert det.deadline is not None
    due: datetime | None = det.deadline.due
    return due


def test_by_default_the_controller_is_aware_on_the_processors_notice() -> None:
    # EDPB Guidelines 9/2022, section II.A.4: without the notice (or the controller's own
    # awareness) the Art. 33(1) deadline has no start.
    assert _due(_processed(), ProcessorAwareness.ON_NOTICE) is None
    told = _processed(processor_notified_controller_at="2024-03-08T09:00:00+01:00")
    assert _due(told, ProcessorAwareness.ON_NOTICE) == datetime.fromisoformat(
        "2024-03-11T08:00:00+00:00"
    )


def test_imputed_awareness_runs_from_the_processors_own_awareness() -> None:
    # The Irish DPC's Twitter decision (2020): the processor's awareness is the controller's.
    expected = datetime.fromisoformat("2024-03-07T08:00:00+00:00")
    assert _due(_processed(), ProcessorAwareness.IMPUTED) == expected
    told = _processed(processor_notified_controller_at="2024-03-08T09:00:00+01:00")
    assert _due(told, ProcessorAwareness.IMPUTED) == expected
    own = _processed(controller_aware_at="2024-03-05T09:00:00+01:00")
    assert _due(own, ProcessorAwareness.IMPUTED) == expected
