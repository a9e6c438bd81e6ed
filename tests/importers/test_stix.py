"""STIX 2.1 incidents with the Incident Core extension, read into incidents."""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from breachmodel import assess
from breachmodel.importers._result import ImportStatus
from breachmodel.importers.stix import INCIDENT_CORE, stix_to_incident
from breachmodel.model import Exfiltration, OccurrenceKind, Recipient, SubjectKind

BUNDLE = Path(__file__).resolve().parent.parent / "data" / "stix_incident.json"


@pytest.fixture
def bundle() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BUNDLE.read_text(encoding="utf-8"))
    return data


def _incident_ext(bundle: dict[str, Any]) -> dict[str, Any]:
    (incident,) = [o for o in bundle["objects"] if o["type"] == "incident"]
    ext: dict[str, Any] = incident["extensions"][INCIDENT_CORE]
    return ext


def test_bundle_maps_onto_an_incident(bundle: dict[str, Any]) -> None:
    result = stix_to_incident(bundle)
    inc = result.incident
    assert inc is not None
    assert inc.id == "incident--8b9c0d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e"
    assert inc.title == "Third-party payment platform accessed with a phished account"
    assert inc.controller.name == "Mutuelle Exemple"
    assert [e.country for e in inc.controller.establishments] == ["FR"]
    assert inc.controller.contact is not None
    assert inc.controller.contact.email == "dpo@mutuelle-exemple.example"
    # Only personal information becomes data concerned; 'proprietary' does not.
    assert [(d.category, d.records and d.records.value) for d in inc.data] == [("identity", 120000)]
    assert [(s.kind, s.count.value) for s in inc.subjects] == [(SubjectKind.OTHER, 120000)]
    conf = inc.effects.confidentiality
    assert conf is not None
    assert conf.exfiltration is Exfiltration.CONFIRMED
    assert conf.recipients == {Recipient.UNKNOWN_THIRD_PARTY}


def test_timeline_from_observed_data_and_detection_task(bundle: dict[str, Any]) -> None:
    inc = stix_to_incident(bundle).incident
    assert inc is not None
    occurred = inc.timeline.occurred
    assert occurred.kind is OccurrenceKind.RANGE
    assert occurred.start == datetime(2024, 1, 29, 7, 45, tzinfo=UTC)
    assert occurred.end == datetime(2024, 1, 31, 18, tzinfo=UTC)
    assert inc.timeline.detected_at == datetime(2024, 1, 31, 16, 30, tzinfo=UTC)


def test_awareness_is_never_invented(bundle: dict[str, Any]) -> None:
    result = stix_to_incident(bundle)
    assert result.status is ImportStatus.PARTIAL
    assert result.unknown == ("$.timeline.controller_aware_at",)
    assert result.incident is not None
    assert result.incident.timeline.controller_aware_at is None
    notify = assess(result.incident)["gdpr.art33.notify_authority"]
    # Only a provisional deadline, from detection, and it says so (encoding note E4).
    assert notify.deadline is not None
    assert notify.deadline.anchor.value == "detection"
    assert "$.timeline.controller_aware_at" in [m.path for m in notify.open_questions]


@pytest.mark.parametrize("determination", ["false-positive", "blocked", "failed-attempt"])
def test_no_breach_is_refused(bundle: dict[str, Any], determination: str) -> None:
    _incident_ext(bundle)["determination"] = determination
    result = stix_to_incident(bundle)
    assert result.status is ImportStatus.FAILED
    (problem,) = result.problems
    assert problem.path == "$.extensions.determination"
    assert determination in problem.message


def test_version_1_inline_impacts(bundle: dict[str, Any]) -> None:
    ext = _incident_ext(bundle)
    del ext["impact_refs"]
    ext["confidentiality_impacts"] = [
        {"information_type": "phi", "loss_type": "suspected-loss", "record_count": 10},
        {"information_type": "phi", "loss_type": "suspected-loss", "record_count": 5},
    ]
    inc = stix_to_incident(bundle).incident
    assert inc is not None
    assert [(d.category, d.records and d.records.value) for d in inc.data] == [("health", 15)]
    assert inc.effects.confidentiality is not None
    assert inc.effects.confidentiality.exfiltration is Exfiltration.LIKELY


def test_unknown_vocabulary_is_reported_not_guessed(bundle: dict[str, Any]) -> None:
    ext = _incident_ext(bundle)
    del ext["impact_refs"]
    ext["confidentiality_impacts"] = [{"information_type": "dna", "loss_type": "confirmed-loss"}]
    result = stix_to_incident(bundle)
    assert result.incident is not None
    assert result.incident.data == ()
    (problem,) = result.problems
    assert problem.path == "$.extensions.confidentiality_impacts[0]"
    assert "'dna'" in problem.message


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (
            lambda b: b.update(objects=[o for o in b["objects"] if o["type"] != "incident"]),
            "$.objects",
        ),
        (
            lambda b: b["objects"].append(copy.deepcopy(b["objects"][5]) | {"id": "incident--2"}),
            "$.objects",
        ),
        (lambda b: b["objects"][5].pop("extensions"), "$.extensions"),
    ],
    ids=["no incident", "two incidents", "no extension"],
)
def test_unusable_bundles_fail_with_a_path(bundle: dict[str, Any], change: Any, path: str) -> None:
    change(bundle)
    result = stix_to_incident(bundle)
    assert result.status is ImportStatus.FAILED
    assert [p.path for p in result.problems] == [path]


def test_choose_among_several_incidents(bundle: dict[str, Any]) -> None:
    bundle["objects"].append(copy.deepcopy(bundle["objects"][5]) | {"id": "incident--2"})
    result = stix_to_incident(bundle, incident_id="incident--2")
    assert result.incident is not None
    assert result.incident.id == "incident--2"


_WRONG: list[Any] = [None, [], {}, 3, -1, True, "x", [None], {"a": None}]


def _locations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    children = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    out = []
    for key, child in children:
        out.append((*path, key))
        out.extend(_locations(child, (*path, key)))
    return out


def test_wrong_types_anywhere_never_raise(bundle: dict[str, Any]) -> None:
    """Each value of the bundle replaced by a value of a wrong type: a result, never a crash."""
    outcomes: Counter[ImportStatus] = Counter()
    for location in _locations(bundle):
        for wrong in _WRONG:
            changed = copy.deepcopy(bundle)
            parent = changed
            for key in location[:-1]:
                parent = parent[key]
            parent[location[-1]] = wrong
            result = stix_to_incident(changed)
            outcomes[result.status] += 1
            assert result.incident is not None or result.problems
    assert outcomes[ImportStatus.FAILED] > 0
    assert outcomes[ImportStatus.PARTIAL] > 0
