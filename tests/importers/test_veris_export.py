"""VERIS export: what a round trip through the exporter and the importer keeps."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings

import breachmodel
from breachmodel.exporters import incident_to_veris
from breachmodel.importers import ImportStatus, veris_to_incident
from breachmodel.model import Incident
from strategies import incidents

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "tests" / "data" / "vcdb_sample.jsonl"

FIELDS: dict[str, Callable[[Incident], Any]] = {
    "description": lambda i: i.description,
    "personal_data": lambda i: i.personal_data,
    "controller": lambda i: i.controller,
    "data": lambda i: i.data,
    "subjects": lambda i: i.subjects,
    "confidentiality": lambda i: i.effects.confidentiality,
    "integrity": lambda i: i.effects.integrity,
    "availability": lambda i: i.effects.availability,
    "cause": lambda i: i.cause,
    "encryption": lambda i: i.measures.encryption,
    "occurred": lambda i: i.timeline.occurred,
    "detected_at": lambda i: i.timeline.detected_at,
}

# Documented in docs/interchange.md ("VERIS export"); a change here changes the docs.
SURVIVED = {"records": 56, "identical": 55, "subjects": 55} | {
    f: 56 for f in FIELDS if f != "subjects"
}


def _roundtrip(incident: Incident) -> Incident:
    result = veris_to_incident(json.loads(json.dumps(incident_to_veris(incident))))
    assert result.status is not ImportStatus.FAILED, result.messages()
    assert result.incident is not None
    return result.incident


def test_vcdb_sample_round_trip_counts() -> None:
    survived: Counter[str] = Counter()
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        first = veris_to_incident(json.loads(line)).incident
        if first is None:
            continue
        again = _roundtrip(first)
        survived["records"] += 1
        survived["identical"] += first == again
        survived.update(f for f, get in FIELDS.items() if get(first) == get(again))
    assert dict(survived) == SURVIVED


def test_counts_are_documented() -> None:
    page = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    assert f"{SURVIVED['identical']} of the {SURVIVED['records']}" in page


def test_viamedis_example_keeps_what_veris_can_say() -> None:
    incident = breachmodel.load(ROOT / "examples" / "viamedis-almerys.json")
    again = _roundtrip(incident)
    assert again.controller.name == incident.controller.name
    assert again.cause.vectors == incident.cause.vectors
    assert again.effects.confidentiality is not None
    assert incident.effects.confidentiality is not None
    assert (
        again.effects.confidentiality.exfiltration == incident.effects.confidentiality.exfiltration
    )
    assert again.total_subjects.value == incident.total_subjects.value
    # VERIS "Personal" holds every identifying detail: they come back as identity.
    assert {d.category for d in again.data} == {"identity"}
    # VERIS has no controller awareness: the Art. 33 clock cannot survive.
    assert again.timeline.controller_aware_at is None


@settings(max_examples=50)
@given(incidents())
def test_any_incident_exports_to_a_record_the_importer_reads(incident: Incident) -> None:
    record = incident_to_veris(incident)
    result = veris_to_incident(json.loads(json.dumps(record)))
    if incident.timeline.occurred.start is None:
        # VERIS requires the year of the incident; the record says it is unknown.
        assert result.status is ImportStatus.FAILED
        return
    assert result.incident is not None
    assert result.incident.cause.actor == incident.cause.actor
    assert result.incident.controller.name == incident.controller.name.strip()
