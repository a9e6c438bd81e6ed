"""Round trips through the converter and the incident file format, for generated objects."""

from __future__ import annotations

import json
import re
from datetime import datetime
from enum import Enum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import breachmodel.model
from breachmodel.citations import Citation
from breachmodel.errors import Problem
from breachmodel.model import Incident
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
