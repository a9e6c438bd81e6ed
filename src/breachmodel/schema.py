"""The JSON Schema (draft 2020-12) of an incident file, generated from the model.

The schema is derived by walking the attrs classes of :mod:`breachmodel.model` and their
type hints, so it cannot drift from what :func:`breachmodel.serialization.loads` reads.
Descriptions come from each class's docstring (summary line and Google-style
``Attributes:`` section). Constraints that the model enforces with simple field
validators (country codes, non-negative numbers, non-empty strings) are expressed too;
cross-field rules (timeline order, unique ids, known categories) are not, so a file that
passes the schema may still be refused by the loader, with a message saying why.

>>> schema = incident_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> "schema_version" in schema["required"]
True
>>> schema["$defs"]["Establishment"]["properties"]["country"]["pattern"]
'^[A-Z]{2}$'
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from breachmodel._urls import SCHEMA_BASE_URL
from breachmodel.dpv import DPV_PD
from breachmodel.model import _validate
from breachmodel.model.incident import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.processor import ProcessorIncident
from breachmodel.views._schema import assessment_schema_json

__all__ = [
    "DATETIME_PATTERN",
    "incident_schema",
    "processor_incident_schema",
    "processor_schema_json",
    "published_schemas",
    "schema_json",
]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})$"
"""An ISO 8601 instant that carries its UTC offset (``Z`` or ``+01:00``); naive times fail."""

_SCHEMA_VERSION_PATTERN = r"^1(\.|$)"

# Constraints that a field validator stands for, keyed by the validator's identity.
# Validators built per field (such as ``unique_by``) cannot be expressed and are skipped.
_VALIDATOR_CONSTRAINTS: dict[Any, dict[str, Any]] = {
    _validate.country_code: {"pattern": r"^[A-Z]{2}$"},
    _validate.optional_country_code: {"pattern": r"^[A-Z]{2}$"},
    _validate.subdivision_code: {"pattern": r"^[A-Z]{2}-[A-Z0-9]{1,3}$"},
    _validate.non_negative: {"minimum": 0},
    _validate.optional_non_negative: {"minimum": 0},
    _validate.non_empty: {"minLength": 1, "pattern": r"\S"},
    _validate.language_code: {"pattern": r"^[a-z]{2}$"},
}

_PRIMITIVES: dict[type, dict[str, Any]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
}


# --- docstrings -----------------------------------------------------------------------


def _summary(cls: type) -> str | None:
    doc = inspect.getdoc(cls)
    if not doc:
        return None
    first = doc.strip().split("\n\n", 1)[0]
    return " ".join(first.split())


_ENTRY = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(\([^)]*\))?:\s*(?P<text>.*)$")


def _attribute_docs(cls: type) -> dict[str, str]:
    """Parse the Google-style ``Attributes:`` section of a class docstring."""
    doc = inspect.getdoc(cls) or ""
    found: dict[str, str] = {}
    lines = doc.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Attributes:")
    except StopIteration:
        return found
    section_indent = len(lines[start]) - len(lines[start].lstrip())
    entry_indent: int | None = None
    current: str | None = None
    for line in lines[start + 1 :]:
        if not line.strip():
            current = None
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= section_indent:
            break  # the next section (or the end of the docstring)
        if entry_indent is None:
            entry_indent = indent
        match = _ENTRY.match(line.strip())
        if indent == entry_indent and match:
            current = match["name"]
            found[current] = match["text"].strip()
        elif current is not None and indent > entry_indent:
            found[current] = f"{found[current]} {line.strip()}".strip()
    return {name: _plain_rst(text) for name, text in found.items()}


_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]*\.)?([^`]+)`")


_PY_CONSTANTS = re.compile(r"\b(None|True|False)\b")


def _plain_rst(text: str) -> str:
    """Say it for JSON readers: ``C`` for ``:class:`~a.b.C```, ``null`` for ``None``."""
    text = _ROLE.sub(r"\1", text).replace("``", "")
    return _PY_CONSTANTS.sub(lambda m: {"None": "null"}.get(m[1], m[1].lower()), text)


# --- types ----------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder, so recursion terminates
            self.defs[name] = self._enum(cls) if issubclass(cls, Enum) else self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def _enum(self, cls: type[Enum]) -> dict[str, Any]:
        values = [m.value for m in cls]
        out: dict[str, Any] = {"enum": values}
        if all(isinstance(v, str) for v in values):
            out["type"] = "string"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            out["type"] = "integer"
        summary = _summary(cls)
        if summary:
            out["description"] = summary
        return out

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for a in attrs.fields(cls):
            prop = self.type_schema(hints[a.name])
            prop = _with_constraints(prop, _validators(a.validator))
            if a.name in docs:
                prop = {"description": docs[a.name], **prop}
            if a.default is attrs.NOTHING:
                required.append(a.name)
            else:
                default = _simple_default(a.default)
                if default is not _NO_DEFAULT:
                    prop["default"] = default
            properties[a.name] = prop
        out: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            out["required"] = required
        summary = _summary(cls)
        if summary:
            out["description"] = summary
        return out

    def type_schema(self, tp: Any) -> dict[str, Any]:
        origin = get_origin(tp)
        if origin is types.UnionType or origin is typing.Union:
            args = get_args(tp)
            branches = [self.type_schema(a) for a in args if a is not type(None)]
            if type(None) in args:
                branches.append({"type": "null"})
            return branches[0] if len(branches) == 1 else {"anyOf": branches}
        if origin is tuple:
            args = get_args(tp)
            if len(args) != 2 or args[1] is not Ellipsis:
                msg = f"only homogeneous tuples (tuple[X, ...]) are supported, got {tp!r}"
                raise TypeError(msg)
            return {"type": "array", "items": self.type_schema(args[0])}
        if origin is frozenset:
            (arg,) = get_args(tp)
            return {"type": "array", "items": self.type_schema(arg), "uniqueItems": True}
        if tp is datetime:
            return {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN}
        if isinstance(tp, type) and issubclass(tp, Enum):
            return self.ref(tp)
        if tp is ObligationKey:
            duties = "|".join(d.value for d in Duty)
            return {"type": "string", "pattern": f"^[a-z0-9_]+/({duties})/[a-z0-9_]+$"}
        if isinstance(tp, type) and attrs.has(tp):
            return self.ref(tp)
        if tp in _PRIMITIVES:
            return dict(_PRIMITIVES[tp])
        msg = f"no JSON Schema mapping for type {tp!r}"
        raise TypeError(msg)


def _validators(validator: Any) -> list[Any]:
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)  # attrs' and_() of a list
    if inner is not None:
        return [v for sub in inner for v in _validators(sub)]
    return [validator]


def _with_constraints(prop: dict[str, Any], validators: list[Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    for v in validators:
        try:
            extra.update(_VALIDATOR_CONSTRAINTS.get(v, {}))
        except TypeError:  # an unhashable validator: nothing to express
            continue
    if not extra:
        return prop
    if "anyOf" in prop:
        branches = [b if b.get("type") == "null" else {**b, **extra} for b in prop["anyOf"]]
        return {**prop, "anyOf": branches}
    return {**prop, **extra}


_NO_DEFAULT = object()


def _simple_default(default: Any) -> Any:
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return _NO_DEFAULT
    if isinstance(default, Enum):
        return default.value
    if default is None or isinstance(default, bool | int | float | str):
        return default
    if isinstance(default, tuple | frozenset) and not default:
        return []
    return _NO_DEFAULT


def _tag_categories(defs: dict[str, Any]) -> None:
    """Annotate the data category with each built-in id's W3C DPV concept (``x-dpv``).

    ``x-dpv`` is an annotation, not a constraint: validators ignore it, and custom
    category ids stay valid.
    """
    concerned = defs.get("DataConcerned")
    if concerned is not None:
        concerned["properties"]["category"]["x-dpv"] = {c.value: iri for c, iri in DPV_PD.items()}


# --- public API -----------------------------------------------------------------------


def _record_schema(
    cls: type, *, title: str, record_type: str, required: bool, file_name: str
) -> dict[str, Any]:
    builder = _Builder()
    body = builder.object(cls)
    properties = {
        "schema_version": {
            "description": (
                "The version of the file format; this release reads 1.x and writes '1.0'."
            ),
            "type": "string",
            "pattern": _SCHEMA_VERSION_PATTERN,
        },
        "record_type": {
            "description": (
                f"What the file holds: '{record_type}'"
                + ("." if required else " (the default when absent).")
            ),
            "const": record_type,
        },
        **body["properties"],
    }
    needed = ["schema_version", *(["record_type"] if required else []), *body.get("required", [])]
    _tag_categories(builder.defs)
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_BASE_URL + file_name,
        "title": title,
        "description": body.get("description", ""),
        "type": "object",
        "properties": properties,
        "required": needed,
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


@functools.cache
def _schema() -> dict[str, Any]:
    return _record_schema(
        Incident,
        title="breachmodel incident file",
        record_type="incident",
        required=False,
        file_name="incident-1.0.json",
    )


@functools.cache
def processor_schema_json() -> str:
    """Return the JSON Schema of a processor incident file as deterministic JSON text."""
    schema = _record_schema(
        ProcessorIncident,
        title="breachmodel processor incident file",
        record_type="processor_incident",
        required=True,
        file_name="processor-incident-1.0.json",
    )
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def processor_incident_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a processor incident file.

    A processor incident is one breach at a processor that concerns many controllers
    (see :mod:`breachmodel.processor`); its file says ``"record_type": "processor_incident"``.
    """
    return json.loads(processor_schema_json())  # type: ignore[no-any-return]


def incident_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of an incident file.

    The schema is built from the model on first use and cached; each call returns a
    fresh copy, so callers may change it freely.

    Returns:
        The schema as a JSON-ready dict.
    """
    return json.loads(schema_json())  # type: ignore[no-any-return]


@functools.cache
def schema_json() -> str:
    """Return the incident file's JSON Schema as deterministic JSON text (sorted keys).

    Returns:
        The schema, indented by two spaces and ending with a newline.
    """
    return json.dumps(_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def published_schemas() -> dict[str, str]:
    """Return every JSON Schema the project publishes, by file name, as JSON text.

    These are the files under ``docs/_extra/schemas/`` in the source tree, served with the
    documentation at their ``$id``; ``scripts/update-schemas`` rewrites them.

    >>> sorted(published_schemas())
    ['assessment-1.0.json', 'incident-1.0.json', 'processor-incident-1.0.json']
    """
    return {
        "assessment-1.0.json": assessment_schema_json(),
        "incident-1.0.json": schema_json(),
        "processor-incident-1.0.json": processor_schema_json(),
    }
