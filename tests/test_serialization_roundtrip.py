"""Round trips through the converter and the incident file format, for generated objects."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import breachmodel.model
from breachmodel.citations import Citation
from breachmodel.errors import AmbiguousLocalTimeError, Problem
from breachmodel.model import (
    AssessorJudgment,
    AuthorityNotice,
    ContactFacts,
    ContactPoint,
    DataConcerned,
    Incident,
    MeasureKind,
    Measures,
    NoticeKind,
    Occurrence,
    Organisation,
    Representative,
    RiskLevel,
    SubjectGroup,
    SubjectKind,
    SubsequentMeasure,
    Timeline,
)
from breachmodel.schema import incident_schema
from breachmodel.serialization import (
    SCHEMA_VERSION,
    dumps,
    from_data,
    loads,
    structure,
    to_data,
    unstructure,
)
from strategies import STRATEGIES, incidents

_ISO_WITH_OFFSET = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$"
)


def _public_model_classes() -> list[type]:
    names = breachmodel.model.__all__
    return [obj for name in names if isinstance(obj := getattr(breachmodel.model, name), type)]


def test_every_public_model_type_has_a_strategy() -> None:
    missing = [cls.__name__ for cls in _public_model_classes() if cls not in STRATEGIES]
    assert not missing, f"add strategies for: {missing}"
    assert Citation in STRATEGIES
    assert Problem in STRATEGIES


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
@given(data=st.data())
def test_structure_inverts_unstructure(cls: type, data: st.DataObject) -> None:
    obj = data.draw(STRATEGIES[cls], label=cls.__name__)
    assert isinstance(obj, cls)
    plain = unstructure(obj)
    assert structure(plain, type(obj)) == obj


@given(incidents())
def test_incident_file_round_trip_is_exact(incident: Incident) -> None:
    text = dumps(incident)
    again = loads(text)
    assert again == incident
    assert dumps(again) == text  # byte-identical


@given(incidents())
def test_data_round_trip_and_version_first(incident: Incident) -> None:
    data = to_data(incident)
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == SCHEMA_VERSION
    assert from_data(json.loads(json.dumps(data))) == incident


def _walk(value: Any, path: str = "$") -> list[tuple[str, Any]]:
    found = [(path, value)]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _walk(v, f"{path}[{i}]")
    return found


@given(incidents())
def test_output_sorts_sets_and_writes_instants_with_offsets(incident: Incident) -> None:
    data = json.loads(dumps(incident))
    # Every instant of the model appears as an ISO 8601 string with an offset.
    instants = [v for _, v in _walk(unstructure(incident)) if isinstance(v, datetime)]
    assert not instants, "unstructure must not leave datetime objects"
    for path, value in _walk(data):
        if path.endswith((".at", "_at", ".start", ".end")) and value is not None:
            assert isinstance(value, str), path
            assert _ISO_WITH_OFFSET.match(value), (path, value)
    # Sets of enum values come out as sorted lists without duplicates.
    set_fields = ("consequences", "recipients", "vectors", "channels")
    for path, value in _walk(data):
        if path.rsplit(".", 1)[-1] in set_fields and isinstance(value, list):
            assert value == sorted(set(value)), (path, value)


@given(incidents())
def test_defaults_are_omitted(incident: Incident) -> None:
    data = to_data(incident)
    if incident.cause == type(incident.cause)():
        assert "cause" not in data
    if not incident.joint_controllers:
        assert "joint_controllers" not in data


@given(incidents())
def test_generated_incident_files_satisfy_the_json_schema(incident: Incident) -> None:
    validator = Draft202012Validator(incident_schema())
    errors = sorted(validator.iter_errors(json.loads(dumps(incident))), key=str)
    assert not errors, "\n".join(f"{e.json_path}: {e.message}" for e in errors[:5])


@pytest.mark.parametrize(
    "cls",
    [c for c in _public_model_classes() if issubclass(c, Enum)],
    ids=lambda c: c.__name__,
)
def test_enums_unstructure_to_their_values(cls: type[Enum]) -> None:
    for member in cls:
        assert unstructure(member) == member.value
        assert structure(member.value, cls) is member


# --- nothing personal in reprs ----------------------------------------------------------

_SECRETS = {
    "description": "SECRET-description-Marie-Dupont",
    "email": "marie.dupont@secret.example",
    "phone": "+33600000001",
    "contact_name": "SECRET-DPO-Jean-Martin",
    "assessor": "SECRET-assessor-Ana-Lopez",
    "justification": "SECRET-justification",
    "subject_note": "SECRET-subject-group-note",
    "data_note": "SECRET-data-note",
    "measure_note": "SECRET-measure-note",
    "delay_reasons": "SECRET-reasons-for-delay",
    "rationale": "SECRET-awareness-rationale",
    "contact_reason": "SECRET-contact-reason",
    "representative": "SECRET-representative-Paul-Weber",
}


def _incident_full_of_personal_text() -> Incident:
    paris = ZoneInfo("Europe/Paris")
    at = datetime(2024, 3, 4, 9, 0, tzinfo=paris)
    s = _SECRETS
    return Incident(
        id="INC-1",
        description=s["description"],
        controller=Organisation(
            id="acme",
            name="Acme SA",
            contact=ContactPoint(name=s["contact_name"], email=s["email"], phone=s["phone"]),
            representative=Representative(name=s["representative"], country="IE"),
        ),
        data=(DataConcerned(category="health", note=s["data_note"]),),
        subjects=(SubjectGroup(kind=SubjectKind.PATIENTS, description=s["subject_note"]),),
        measures=Measures(
            subsequent=(SubsequentMeasure(kind=MeasureKind.OTHER, description=s["measure_note"]),)
        ),
        timeline=Timeline(
            awareness_rationale=s["rationale"],
            authority_notices=(
                AuthorityNotice(
                    kind=NoticeKind.INITIAL, at=at, reasons_for_delay=s["delay_reasons"]
                ),
            ),
        ),
        judgment=AssessorJudgment(
            level=RiskLevel.HIGH, justification=s["justification"], by=s["assessor"], at=at
        ),
        contact=ContactFacts(reason=s["contact_reason"]),
    )


def test_repr_never_shows_personal_text() -> None:
    incident = _incident_full_of_personal_text()
    shown = repr(incident) + str(incident)
    for secret in _SECRETS.values():
        assert secret not in shown
    # ...but the data itself is kept and written to files.
    text = dumps(incident)
    for secret in _SECRETS.values():
        assert secret in text


_SENSITIVE_FIELDS = {
    "AssessorJudgment": {"justification", "by"},
    "AuthorityNotice": {"reasons_for_delay"},
    "Classification": {"source"},
    "ContactFacts": {"reason"},
    "ContactPoint": {"name", "email", "phone"},
    "DataConcerned": {"minor_sensitivity", "note"},
    "Finding": {"by", "justification"},
    "Incident": {"description"},
    "Representative": {"name"},
    "SubjectGroup": {"description"},
    "SubsequentMeasure": {"description"},
    "Timeline": {"awareness_rationale"},
    "Translation": {"text"},
}


@pytest.mark.parametrize("cls", _public_model_classes(), ids=lambda c: c.__name__)
def test_free_text_and_personal_fields_are_hidden_from_repr(cls: type) -> None:
    if not attrs.has(cls):
        return
    hidden = {a.name for a in attrs.fields(cls) if a.repr is False}
    assert hidden == _SENSITIVE_FIELDS.get(cls.__name__, set())


@given(incidents(), st.sampled_from(["description", "email", "assessor"]))
def test_repr_of_generated_incidents_hides_personal_text(incident: Incident, where: str) -> None:
    marker = "PERSONAL-7f3a9c-MARKER"
    if where == "description":
        incident = attrs.evolve(incident, description=marker)
    elif where == "email":
        contact = ContactPoint(name="DPO", email=marker)
        incident = attrs.evolve(
            incident, controller=attrs.evolve(incident.controller, contact=contact)
        )
    else:
        judgment = AssessorJudgment(
            level=RiskLevel.RISK, justification="why", by=marker, at=datetime.now(UTC)
        )
        incident = attrs.evolve(incident, judgment=judgment)
    assert marker not in repr(incident)
    assert marker in dumps(incident)


# --- instants across a DST fold ---------------------------------------------------------


def test_timeline_order_is_by_instant_across_a_dst_fold() -> None:
    """On 27 Oct 2024 Paris went from 03:00 CEST back to 02:00 CET: 02:10 CET is 30
    minutes *after* 02:40 CEST although its wall time is earlier. Written with their
    offsets, the two instants are ordered as instants; written with the zone's name, the
    repeated wall time is refused rather than taken as its first occurrence."""
    paris = ZoneInfo("Europe/Paris")
    with pytest.raises(AmbiguousLocalTimeError):
        Timeline(controller_aware_at=datetime(2024, 10, 27, 2, 10, tzinfo=paris, fold=1))
    occurred = datetime(2024, 10, 27, 2, 40, tzinfo=timezone(timedelta(hours=2)))  # 00:40 UTC
    aware = datetime(2024, 10, 27, 2, 10, tzinfo=timezone(timedelta(hours=1)))  # 01:10 UTC
    timeline = Timeline(occurred=Occurrence.at(occurred), controller_aware_at=aware)
    again = structure(unstructure(timeline), Timeline)
    assert again == timeline
    assert again.controller_aware_at is not None
    assert again.controller_aware_at.isoformat() == "2024-10-27T02:10:00+01:00"
    with pytest.raises(ValueError, match="before the breach occurred"):
        Timeline(occurred=Occurrence.at(aware), controller_aware_at=occurred)
