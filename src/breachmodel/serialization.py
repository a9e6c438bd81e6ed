"""Incident files: JSON in and out through one explicit cattrs converter.

The wire format is plain JSON with a top-level ``schema_version``. Output is
deterministic: keys in field order, sets as sorted lists, instants as ISO 8601 with their
offset, fields left at their defaults omitted. Unknown keys are refused. Every problem in
an input is reported at once, as ``message @ $.path.to.field``.

>>> from breachmodel.model import Incident, Organisation
>>> inc = Incident(id="INC-1", controller=Organisation(id="acme", name="Acme SA"))
>>> text = dumps(inc)
>>> loads(text) == inc
True
>>> loads('{"schema_version": "1.0", "id": "X", "controler": {}}')
Traceback (most recent call last):
...
breachmodel.errors.InvalidIncidentError: 2 problems in the incident:
  unknown field 'controler'; remove it or check its spelling @ $.controler
  required field missing; add it @ $.controller
"""

from __future__ import annotations

import functools
import json
import math
import re
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum, IntEnum, StrEnum
from pathlib import Path
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from breachmodel import model
from breachmodel.errors import (
    InvalidIncidentError,
    NaiveDatetimeError,
    Problem,
    UnsupportedSchemaVersionError,
)
from breachmodel.model import Incident
from breachmodel.obligations import ObligationKey
from breachmodel.sanitize import dumps_json, shorten

__all__ = [
    "SCHEMA_VERSION",
    "check_version",
    "converter",
    "dumps",
    "load",
    "loads",
    "parse_json",
    "structure",
    "unstructure",
]

SCHEMA_VERSION = "1.0"
"""The version of the incident file format this release reads and writes."""

_SUPPORTED_MAJOR = "1"

T = TypeVar("T")


# --- primitive hooks: strict, so that "12" is not silently an int -----------------------


def _type_name(value: object) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {_type_name(value)}"
        raise TypeError(msg)
    if (bad := _SURROGATE.search(value)) is not None:
        # Only an escape such as "\ud800" in the JSON can produce one: no encoder can
        # write it back out.
        msg = f"unpaired surrogate \\u{ord(bad.group()):04x} at character {bad.start()}; fix the text's encoding"
        raise ValueError(msg)
    return value


def _json_number(value: object, expected: str) -> int | float:
    """``value`` if it is a JSON number (true and false are not), else a TypeError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        msg = f"expected {expected}, got {_type_name(value)}"
        raise TypeError(msg)
    return value


def _structure_int(value: object, _: type) -> int:
    value = _json_number(value, "an integer")
    if isinstance(value, float):
        if not value.is_integer():
            msg = f"expected a whole number, got {value}"
            raise ValueError(msg)
        return int(value)
    return value


def _structure_float(value: object, _: type) -> float:
    value = _json_number(value, "a number")
    if not math.isfinite(value):
        msg = f"expected a finite number, got {value}"
        raise ValueError(msg)
    return float(value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {_type_name(value)}"
        raise TypeError(msg)
    return value


_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def _structure_datetime(value: object, _: type) -> datetime:
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 instant string such as '2024-02-01T09:30:00+01:00', got {_type_name(value)}"
        raise TypeError(msg)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        msg = f"expected an ISO 8601 instant such as '2024-02-01T09:30:00+01:00', got {value!r}"
        raise ValueError(msg) from None
    if parsed.tzinfo is None or not _OFFSET.search(value):
        msg = (
            f"instant {value!r} has no UTC offset; add one, e.g. '{value}Z' for UTC "
            "or '+01:00' for Paris in winter"
        )
        raise NaiveDatetimeError(msg)
    return parsed


def _unstructure_datetime(value: datetime) -> str:
    return value.isoformat()


def _structure_key(value: object, _: type) -> ObligationKey:
    if not isinstance(value, str):
        msg = (
            "expected an obligation written 'regime/duty/recipient', such as "
            f"'gdpr/notify_authority/supervisory_authority', got {_type_name(value)}"
        )
        raise TypeError(msg)
    return ObligationKey.parse(value)


def _structure_enum(value: object, cls: type[Enum]) -> Enum:
    try:
        if isinstance(value, bool | list | dict) or value is None:
            raise ValueError
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        msg = f"{value!r} is not a valid {cls.__name__}; expected one of {allowed}"
        raise ValueError(msg) from None


def _is_frozenset_of_enum(t: Any) -> bool:
    if get_origin(t) is not frozenset:
        return False
    (arg,) = get_args(t)
    return isinstance(arg, type) and issubclass(arg, Enum)


def _unstructure_enum_set(value: frozenset[Enum]) -> list[Any]:
    return sorted(m.value for m in value)


def _structure_enum_set(value: object, t: Any) -> frozenset[Enum]:
    (cls,) = get_args(t)
    if not isinstance(value, list):
        msg = f"expected a list of {cls.__name__} values, got {_type_name(value)}"
        raise TypeError(msg)
    members = [_structure_enum(v, cls) for v in value]
    if len(set(members)) != len(members):
        msg = "a value is listed twice; list each once"
        raise ValueError(msg)
    return frozenset(members)


def _is_tuple(t: Any) -> bool:
    origin: Any = get_origin(t)
    return origin is tuple


def _guarded(
    inner: Callable[[Any, type], Any], accepted: type, expected: str
) -> Callable[[Any, type], Any]:
    """``inner`` behind a check that the JSON value is an ``accepted`` (else a TypeError)."""

    def hook(value: object, t: type) -> Any:
        if not isinstance(value, accepted):
            msg = f"expected {expected}, got {_type_name(value)}"
            raise TypeError(msg)
        return inner(value, t)

    return hook


def _list_only(t: Any, conv: cattrs.Converter) -> Callable[[Any, type], Any]:
    return _guarded(homogenous_tuple_structure_factory(t, conv), list, "a list")


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    # Class (singledispatch) hooks: cattrs consults singledispatch before predicate hooks
    # and ships its own lenient str/int/float hooks there (int("3"), str(None), bool("no")
    # would all pass), so ours must be registered the same way. StrEnum and IntEnum come
    # before str and int in an enum's MRO, so they reach the enum hook, not the str one.
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Enum, _structure_enum)
    conv.register_structure_hook(StrEnum, _structure_enum)
    conv.register_structure_hook(IntEnum, _structure_enum)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, _unstructure_datetime)
    conv.register_structure_hook(ObligationKey, _structure_key)
    conv.register_unstructure_hook(ObligationKey, str)
    # Exact-type hooks for the model's enums, so that errors list the allowed values.
    for name in model.__all__:
        obj = getattr(model, name)
        if isinstance(obj, type) and issubclass(obj, Enum):
            conv.register_structure_hook(obj, _structure_enum)
    conv.register_structure_hook_func(_is_frozenset_of_enum, _structure_enum_set)
    # A JSON string or object is iterable too: refuse anything but a list for a tuple
    # field instead of structuring its characters or keys.
    conv.register_structure_hook_factory(_is_tuple, lambda t: _list_only(t, conv))
    conv.register_unstructure_hook_func(_is_frozenset_of_enum, _unstructure_enum_set)

    def _attrs_structure(cls: type[Any]) -> Callable[[Any, type], Any]:
        fn = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        return _guarded(fn, Mapping, f"an object for {cls.__name__}")

    def _attrs_unstructure(cls: type[Any]) -> Callable[[Any], Any]:
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)

    conv.register_structure_hook_factory(attrs.has, _attrs_structure)
    conv.register_unstructure_hook_factory(attrs.has, _attrs_unstructure)
    return conv


@functools.cache
def converter() -> cattrs.Converter:
    """The library's one cattrs converter (built on first use, never cattrs' global one)."""
    return _make_converter()


# --- error translation --------------------------------------------------------------------


_FIELD_PATH = re.compile(r"[a-z_]+(?:\.[a-z_]+|\[\d+\])*")
"""A field named at the start of a validator's message, e.g. ``measures.subsequent[0].at``."""


def _problems(exc: BaseException, path: str) -> list[Problem]:
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            Problem(
                f"{path}.{shorten(key)}",
                f"unknown field {shorten(key)!r}; remove it or check its spelling",
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, ClassValidationError | IterableValidationError):
        found: list[Problem] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, IterableValidationNote):
                sub_path = f"{path}[{note.index}]"
            else:
                sub_path = f"{path}.{note.name}"
            if isinstance(sub, KeyError) and not isinstance(sub, ClassValidationError):
                found.append(Problem(sub_path, "required field missing; add it"))
            else:
                found.extend(_problems(sub, sub_path))
        for sub in without:
            found.extend(_problems(sub, path))
        return found
    if isinstance(exc, ExceptionGroup):
        return [p for sub in exc.exceptions for p in _problems(sub, path)]
    message = str(exc) or type(exc).__name__
    field_name, sep, rest = message.partition(": ")
    if sep and _FIELD_PATH.fullmatch(field_name) and not path.endswith("." + field_name):
        # attrs validators name the field: point the path at it.
        return [Problem(f"{path}.{field_name}", rest)]
    if sep and path.endswith("." + field_name):
        return [Problem(path, rest)]
    return [Problem(path, message)]


def structure(data: object, cls: type[T] = Incident, *, source: str | None = None) -> T:  # type: ignore[assignment]
    """Build a model object from plain JSON-like data, collecting every problem.

    Args:
        data: Parsed JSON (dicts, lists, strings, numbers, booleans, None).
        cls: The model class to build (default :class:`~breachmodel.model.Incident`).
        source: A file name used in the error message.

    Returns:
        The model object.

    Raises:
        InvalidIncidentError: Listing every problem as ``message @ $.path``.
    """
    try:
        return converter().structure(data, cls)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as exc:
        problems = _problems(exc, "$")
    except (TypeError, ValueError) as exc:
        problems = _problems(exc, "$")
    raise InvalidIncidentError(sorted(set(problems)), source=source)


def unstructure(obj: object) -> Any:
    """Turn a model object into JSON-ready data (defaults omitted, sets sorted)."""
    return converter().unstructure(obj)


# --- files --------------------------------------------------------------------------------


def _check_version(data: object, source: str | None) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InvalidIncidentError(
            [Problem("$", f"expected a JSON object, got {_type_name(data)}")], source=source
        )
    body = dict(data)
    version = body.pop("schema_version", None)
    if version is None:
        raise UnsupportedSchemaVersionError(
            [
                Problem(
                    "$.schema_version",
                    f'required field missing; add "schema_version": "{SCHEMA_VERSION}"',
                )
            ],
            source=source,
        )
    if not isinstance(version, str):
        raise UnsupportedSchemaVersionError(
            [
                Problem(
                    "$.schema_version",
                    f"schema_version must be a string such as {SCHEMA_VERSION!r} (in quotes), "
                    f'got {_type_name(version)}; write "schema_version": "{SCHEMA_VERSION}"',
                )
            ],
            source=source,
        )
    if version.split(".")[0] != _SUPPORTED_MAJOR:
        raise UnsupportedSchemaVersionError(
            [
                Problem(
                    "$.schema_version",
                    f"unsupported schema_version {shorten(version)!r}; this release reads "
                    f"{_SUPPORTED_MAJOR}.x (write {SCHEMA_VERSION!r})",
                )
            ],
            source=source,
        )
    return body


def from_data(data: object, *, source: str | None = None) -> Incident:
    """Build an :class:`~breachmodel.model.Incident` from a parsed incident file."""
    body = _check_version(data, source)
    record_type = body.pop("record_type", "incident")
    if record_type != "incident":
        problem = Problem(
            "$.record_type",
            f"record_type {record_type!r} is not an incident file; read it with "
            "breachmodel.processor.load_any, or use 'incident'",
        )
        raise InvalidIncidentError([problem], source=source)
    return structure(body, Incident, source=source)


def to_data(incident: Incident) -> dict[str, Any]:
    """The JSON-ready form of an incident file, ``schema_version`` first."""
    return {"schema_version": SCHEMA_VERSION, **unstructure(incident)}


def check_version(data: object, *, source: str | None = None) -> dict[str, Any]:
    """Check a parsed file's ``schema_version``; return the other top-level keys.

    Raises:
        InvalidIncidentError: If ``data`` is not an object or its version is unsupported.
    """
    return _check_version(data, source)


def loads(text: str | bytes, *, source: str | None = None) -> Incident:
    """Parse an incident file's text.

    Raises:
        InvalidIncidentError: For invalid JSON or any invalid field.
    """
    return from_data(parse_json(text, source=source), source=source)


def parse_json(text: str | bytes, *, source: str | None = None) -> object:
    """Parse a file's JSON text strictly (no NaN or Infinity), with clear problems.

    Raises:
        InvalidIncidentError: For empty input, invalid JSON, text that is not UTF-8, a key
            given twice in one object, or nesting deeper than any incident file needs.
    """
    if not text.strip():
        empty = Problem("$", "empty input; an incident file is a JSON object")
        raise InvalidIncidentError([empty], source=source)
    data, problem = decode_json(text)
    if problem is not None:
        raise InvalidIncidentError([problem], source=source)
    return data


_NESTING_LIMIT_HINT: Final = "an incident file nests about 8 levels"


class _Pairs(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once."""

    repeated: tuple[str, ...] = ()


def _json_depth(text: str | bytes) -> int:
    """The deepest bracket nesting, counting brackets outside strings only."""
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    depth = deepest = 0
    for token in _BRACKETS.finditer(raw):
        ch = token.group()
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _repeated_key(data: object) -> Problem:
    """The first key given twice in one object (one is known to be), located."""
    stack: list[tuple[str, object]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Pairs):
            if value.repeated:
                key = shorten(value.repeated[0])
                return Problem(
                    f"{path}.{key}",
                    f"key {key!r} is given twice in this object (JSON readers disagree on "
                    "which value wins); keep one",
                )
            stack.extend((f"{path}.{shorten(k)}", v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in reversed(list(enumerate(value))))
    return Problem("$", "a key is given twice in one object; keep one")  # pragma: no cover


def decode_json(text: str | bytes) -> tuple[Any, Problem | None]:
    """Decode JSON strictly: ``(data, None)``, or ``(None, problem)`` saying what is wrong.

    Refuses NaN and Infinity, text that is not UTF-8, a key given twice in one object and
    nesting too deep for the parser; never raises for bad input.
    """
    repeated: list[_Pairs] = []

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = _Pairs(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice = []
            for key, _value in pairs:
                if key in seen:
                    twice.append(key)
                seen.add(key)
            obj.repeated = tuple(twice)
            repeated.append(obj)
        return obj

    try:
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return None, Problem("$", f"not valid JSON: {exc.msg} ({where})")
    except UnicodeDecodeError as exc:
        return None, Problem("$", f"not UTF-8 text: {exc.reason}")
    except RecursionError:
        depth = _json_depth(text)
        message = f"arrays and objects nested {depth:,} levels deep, too deep to read; "
        return None, Problem("$", message + _NESTING_LIMIT_HINT)
    except ValueError as exc:  # NaN/Infinity, integers too long to convert
        if "integer string conversion" in str(exc):  # the interpreter's limit, not ours
            limit = sys.get_int_max_str_digits()
            message = f"a number has more than {limit:,} digits; no count is that large"
            return None, Problem("$", f"not valid JSON: {message}")
        return None, Problem("$", f"not valid JSON: {exc}")
    return data, (_repeated_key(data) if repeated else None)


def _refuse_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise ValueError(msg)


def dumps(incident: Incident, *, indent: int | None = 2) -> str:
    """Write an incident file's text (deterministic)."""
    return dumps_json(to_data(incident), indent=indent) + "\n"


def load(path: str | Path) -> Incident:
    """Read an incident file."""
    p = Path(path)
    return loads(p.read_bytes(), source=str(p))
