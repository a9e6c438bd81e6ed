"""The JSON Schema of ``Assessment.to_json()`` output (format version 1.0).

>>> schema = assessment_schema()
>>> schema["properties"]["format_version"]["const"]
'1.0'
"""

from __future__ import annotations

import functools
import json
from typing import Any

from breachmodel._urls import SCHEMA_BASE_URL
from breachmodel.dpv import all_iris

__all__ = ["assessment_schema", "assessment_schema_json"]

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_INSTANT = {"type": ["string", "null"], "format": "date-time"}
_OUTCOMES = ["required", "not_required", "undetermined", "not_applicable"]
_LEVELS = ["unlikely", "risk", "high"]
_STATUSES = ["pending", "overdue", "met", "met_late", "open", "not_applicable", "undetermined"]
_REACH = ["applicable", "not_applicable", "undetermined"]
_KEY_PATTERN = r"^[a-z0-9_]+/[a-z_]+/[a-z0-9_]+$"


def _obj(props: dict[str, Any], *, required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": sorted(props) if required is None else required,
        "additionalProperties": False,
    }


@functools.cache
def assessment_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an assessment's JSON output."""
    citation = _obj(
        {"text": _STR, "source": _STR, "pinpoint": _STR, "url": _OPT_STR},
    )
    cites = {"type": "array", "items": {"$ref": "#/$defs/citation"}}
    reason = _obj(
        {
            "kind": {
                "enum": [
                    "rule",
                    "fact",
                    "presumption",
                    "exception_applied",
                    "exception_rejected",
                    "interpretation",
                    "warning",
                    "missing",
                ]
            },
            "text": _STR,
            "citations": {**cites, "minItems": 1},
        }
    )
    fact = _obj({"path": _STR, "question": _STR})
    facts = {"type": "array", "items": {"$ref": "#/$defs/fact"}}
    assumptions = {
        "type": "array",
        "items": _obj({"path": _STR, "assumed": _STR, "why": _STR}),
    }
    sensitivity = _obj(
        {
            "changes": {"type": "array", "items": _STR, "minItems": 1},
            "condition": _STR,
            "outcome": {"enum": _OUTCOMES},
        }
    )
    reasons = {"type": "array", "items": {"$ref": "#/$defs/reason"}}
    deadline = {
        "type": ["object", "null"],
        "properties": {
            "due": _INSTANT,
            "due_local": _OPT_STR,
            "timezone": _STR,
            "start": _INSTANT,
            "anchor": _STR,
            "period": {"type": "object", "required": ["type"]},
            "convention": _STR,
            "open_ended": {"type": "boolean"},
            "target": _INSTANT,
            "legal_latest": _INSTANT,
            "latest_with_rollforward": _INSTANT,
            "missing": {"type": "array", "items": _STR},
            "explanation": {"type": "array", "items": _STR},
            "citations": cites,
        },
        "required": ["due", "start", "anchor", "period", "convention", "missing"],
        "additionalProperties": False,
    }
    status = {
        "type": ["object", "null"],
        "properties": {
            "status": {"enum": _STATUSES},
            "rule_id": _OPT_STR,
        },
        "required": ["status"],
    }
    checklist_item = _obj(
        {
            "id": _STR,
            "label": _STR,
            "citation": {"$ref": "#/$defs/citation"},
            "provided": {"type": "boolean"},
            "may_follow_later": {"type": "boolean"},
            "value": _OPT_STR,
        }
    )
    key = {
        "description": "An obligation key: regime/duty/recipient.",
        "type": "string",
        "pattern": _KEY_PATTERN,
    }
    determination = _obj(
        {
            "id": {"type": "string", "pattern": r"^[a-z0-9_]+(\.[a-z0-9_]+)+$"},
            "key": {**key, "type": ["string", "null"]},
            "title": _STR,
            "outcome": {"enum": _OUTCOMES},
            "legal_basis": {**cites, "minItems": 1},
            "recipients": {"type": "array", "items": _STR},
            "deadline": deadline,
            "status": status,
            "reasons": reasons,
            "missing_facts": facts,
            "open_questions": facts,
            "checklist": {"type": "array", "items": checklist_item},
            "interpretations": {"type": "array", "items": _STR},
            "assumptions": assumptions,
            "sensitivities": {"type": "array", "items": sensitivity},
        }
    )
    authority = _obj(
        {
            "id": _STR,
            "name": _STR,
            "name_en": _STR,
            "country": _STR,
            "timezone": _STR,
            "url": _STR,
        }
    )
    risk = _obj(
        {
            "analysed": {"type": "boolean"},
            "level": {"enum": [*_LEVELS, None]},
            "suggested": {"enum": [*_LEVELS, None]},
            "suggested_range": {
                "type": "array",
                "items": {"enum": _LEVELS},
                "minItems": 2,
                "maxItems": 2,
            },
            "likelihood": {"enum": ["negligible", "limited", "significant", "maximum", None]},
            "severity": {"enum": ["negligible", "limited", "significant", "maximum", None]},
            "judgment": {
                "type": ["object", "null"],
                "properties": {"level": {"enum": _LEVELS}, "at": _STR},
                "required": ["level", "at"],
                "additionalProperties": False,
            },
            "enisa": {
                "type": ["object", "null"],
                "properties": {
                    "dpc": {"type": "integer", "minimum": 1, "maximum": 4},
                    "ei": {"type": "number", "minimum": 0.25, "maximum": 1},
                    "cb": {"type": "number", "minimum": 0, "maximum": 2},
                    "score": {"type": "number", "minimum": 0.25, "maximum": 6},
                    "band": {"enum": ["low", "medium", "high", "very_high"]},
                    "terms": {"type": "array"},
                },
                "required": ["dpc", "ei", "cb", "score", "band", "terms"],
                "additionalProperties": False,
            },
            "reasons": reasons,
            "missing_facts": facts,
            "open_questions": facts,
            "assumptions": assumptions,
        }
    )
    routing = _obj(
        {
            "basis": {
                "enum": [
                    "public_sector",
                    "single_establishment",
                    "lead_authority",
                    "no_main_establishment",
                    "each_state_of_residence",
                    "undetermined",
                ]
            },
            "authorities": {"type": "array", "items": authority},
            "legal_basis": cites,
            "reasons": reasons,
            "missing_facts": facts,
        }
    )
    applicability = {
        "reach": {"enum": _REACH},
        "reasons": reasons,
        "missing_facts": facts,
    }
    analysis = _obj(
        {
            "kind": _STR,
            "title": _STR,
            "summary": {"type": "array", "items": _STR},
            "data": {"type": "object"},
        }
    )
    regime = _obj(
        {
            "regime": _STR,
            "title": _STR,
            "applicability": _obj(applicability),
            "ruleset": _STR,
            "options": {"type": ["object", "null"]},
            "analyses": {"type": "array", "items": analysis},
            "determinations": {"type": "array", "items": _STR},
        }
    )
    considered = _obj(
        {"regime": _STR, "title": _STR, "assessed": {"type": "boolean"}, **applicability}
    )
    overlap = _obj({"yielding": key, "prevailing": key, "reason": {"$ref": "#/$defs/reason"}})
    clock = _obj(
        {
            "key": {**key, "type": ["string", "null"]},
            "id": _STR,
            "title": _STR,
            "regime": _STR,
            "at": {"type": "string", "format": "date-time"},
            "at_local": _STR,
            "timezone": _STR,
            "target": {"type": "boolean"},
            "outcome": {"enum": _OUTCOMES},
            "status": {"enum": [*_STATUSES, None]},
        }
    )
    data_category = _obj(
        {
            "id": _STR,
            "label": _STR,
            "dpv": {
                "description": "The W3C Data Privacy Vocabulary concept (DPV-PD) of the category.",
                "enum": all_iris(),
            },
        }
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_BASE_URL + "assessment-1.0.json",
        "title": "breachmodel assessment",
        "description": "The output of breachmodel's assess(), as written by Assessment.to_json().",
        **_obj(
            {
                "format_version": {"const": "1.0"},
                "incident_id": _STR,
                "incident_title": _OPT_STR,
                "controller": _STR,
                "as_of": _INSTANT,
                "ruleset": _STR,
                "options": {"type": ["object", "null"]},
                "risk": {"anyOf": [risk, {"type": "null"}]},
                "authorities": {"anyOf": [routing, {"type": "null"}]},
                "regimes": {"type": "array", "items": regime},
                "considered": {"type": "array", "items": considered},
                "overlaps": {"type": "array", "items": overlap},
                "timeline": {"type": "array", "items": clock},
                "determinations": {"type": "array", "items": determination},
                "data_categories": {"type": "array", "items": data_category},
            }
        ),
        "$defs": {"citation": citation, "reason": reason, "fact": fact},
    }


def assessment_schema_json() -> str:
    """The assessment output schema as deterministic JSON text."""
    return json.dumps(assessment_schema(), indent=2, sort_keys=True) + "\n"
