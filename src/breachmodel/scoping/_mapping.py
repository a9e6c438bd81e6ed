"""The column mapping: which column of a member table holds which fact about a person.

A mapping is written in TOML (see :func:`load_mapping`) or built in Python. Only
``person_id`` is required; every other fact is optional and, when it is not mapped, is
reported as not recorded rather than guessed.

>>> m = ColumnMapping(person_id="member_id", controller_id="insurer", country="country")
>>> m.columns()
('member_id', 'insurer', 'country')
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from breachmodel.errors import BreachModelError
from breachmodel.model import SubjectKind
from breachmodel.sanitize import shorten

__all__ = ["ColumnMapping", "ElementList", "MappingError", "load_mapping"]

_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_ .-]{0,127}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_.:+/-]{1,64}$")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class MappingError(BreachModelError, ValueError):
    """A column mapping that cannot be used; the message names the key and how to fix it."""


def _not_text(where: str, value: Any) -> MappingError:
    """A value that should have been a string in quotes, named with what it is."""
    shown = shorten(repr(value))
    return MappingError(f"{where}: expected a name in quotes, got {type(value).__name__} {shown}")


def _column(_inst: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise _not_text(attribute.name, value)
    if value is not None and not _COLUMN.match(value):
        msg = (
            f"{attribute.name}: {value!r} is not a usable column name (letters, digits, "
            "'_', ' ', '.', '-'; starting with a letter or '_')"
        )
        raise MappingError(msg)


def _names(what: str, pattern: re.Pattern[str]) -> Any:
    def check(_inst: Any, attribute: Any, value: Mapping[str, str]) -> None:
        for key, column in value.items():
            if not _NAME.match(key):
                msg = f"{attribute.name}: {key!r} is not a valid {what} name (lower case, digits, '_')"
                raise MappingError(msg)
            if not isinstance(column, str):
                raise _not_text(f"{attribute.name}.{key}", column)
            if not pattern.match(column):
                msg = f"{attribute.name}.{key}: {column!r} is not a usable value"
                raise MappingError(msg)

    return check


def _kind(_inst: Any, _attribute: Any, value: str) -> None:
    if value not in {k.value for k in SubjectKind}:
        known = ", ".join(k.value for k in SubjectKind)
        msg = f"default_kind: {value!r} is not a kind of people; use one of {known}"
        raise MappingError(msg)


def _language(_inst: Any, attribute: Any, value: Any) -> None:
    values = value.values() if isinstance(value, Mapping) else [value]
    for v in values:
        if v is not None and not _LANGUAGE.match(v):
            msg = f"{attribute.name}: {v!r} is not an ISO 639 language code such as 'fr'"
            raise MappingError(msg)


@frozen(kw_only=True)
class ElementList:
    """The exposed data elements held in one column, as a list or a delimited string.

    Attributes:
        column: The column (a list of strings, or a string such as ``"nir;birth_date"``).
        separator: The delimiter of a string column; None for a list column.
        values: Data category id -> the token the table uses for it.
    """

    column: str = field(validator=_column)
    separator: str | None = None
    values: Mapping[str, str] = field(validator=_names("data category", _TOKEN))

    def __attrs_post_init__(self) -> None:
        if not self.values:
            msg = "elements.values: list the data categories and the token the table uses for each"
            raise MappingError(msg)
        sep = self.separator
        if sep is not None and (len(sep) != 1 or sep in "'\\ " or _TOKEN.match(sep)):
            msg = f"elements.separator: {sep!r} is not a usable delimiter (one character such as ';' or '|')"
            raise MappingError(msg)


@frozen(kw_only=True)
class ColumnMapping:
    """Which column holds which fact; None (or empty) for a fact the table does not have.

    Attributes:
        person_id: The person's identifier within its controller (required).
        controller_id: The controller's organisation id; None when every row belongs to
            ``default_controller``.
        country: ISO 3166-1 alpha-2 country of residence ("EL" and "UK" are accepted).
        subdivision: ISO 3166-2 subdivision ("US-CA"), or its part after the hyphen.
        birth_date: The birth date (minors are counted from it).
        minor: A yes/no flag, when the table has no birth date.
        language: The language of the person's letters (ISO 639 code).
        kind: The kind of people (a :class:`~breachmodel.model.SubjectKind` value).
        channels: Channel name -> column, in order of preference; a value that is
            present and not false/0/no/empty makes the channel usable.
        elements: Data category id -> yes/no column, or an :class:`ElementList`.
        default_controller: The controller of rows without a controller column.
        default_kind: The kind of people where ``kind`` is not mapped or not valid.
        default_language: The language where neither the row nor its country gives one.
        languages: Country -> the language of its letters, where a row has none.
        unique_ids: Whether the table guarantees one row per person and controller
            (skips the duplicate check; only for a table with such a key).
    """

    person_id: str = field(validator=_column)
    controller_id: str | None = field(default=None, validator=_column)
    country: str | None = field(default=None, validator=_column)
    subdivision: str | None = field(default=None, validator=_column)
    birth_date: str | None = field(default=None, validator=_column)
    minor: str | None = field(default=None, validator=_column)
    language: str | None = field(default=None, validator=_column)
    kind: str | None = field(default=None, validator=_column)
    channels: Mapping[str, str] = field(factory=dict, validator=_names("channel", _COLUMN))
    elements: Mapping[str, str] | ElementList = field(factory=dict)
    default_controller: str | None = None
    default_kind: str = field(default="members", validator=_kind)
    default_language: str | None = field(default=None, validator=_language)
    languages: Mapping[str, str] = field(factory=dict, validator=_language)
    unique_ids: bool = False

    def __attrs_post_init__(self) -> None:
        if self.birth_date is not None and self.minor is not None:
            msg = "map either birth_date or minor, not both (minors are counted from one of them)"
            raise MappingError(msg)
        if self.controller_id is None and self.default_controller is None:
            msg = (
                "controller_id: map the controller column, or give default_controller when "
                "every row belongs to one controller"
            )
            raise MappingError(msg)
        if isinstance(self.elements, Mapping):
            _names("data category", _COLUMN)(self, _Attr("elements"), self.elements)

    def columns(self) -> tuple[str, ...]:
        """Every column the mapping reads, in a stable order, without repeats."""
        named = [
            self.person_id,
            self.controller_id,
            self.country,
            self.subdivision,
            self.birth_date,
            self.minor,
            self.language,
            self.kind,
            *self.channels.values(),
        ]
        if isinstance(self.elements, ElementList):
            named.append(self.elements.column)
        else:
            named.extend(self.elements.values())
        return tuple(dict.fromkeys(c for c in named if c is not None))

    @property
    def element_names(self) -> tuple[str, ...]:
        """The data categories the table records, sorted."""
        e = self.elements
        return tuple(sorted(e.values if isinstance(e, ElementList) else e))


@frozen
class _Attr:
    name: str


_SECTIONS = frozenset({"columns", "channels", "elements", "defaults", "languages"})


def load_mapping(path: str | Path) -> ColumnMapping:
    """Read a column mapping from a TOML file.

    The file has a ``[columns]`` table (``person_id``, ``controller_id``, ``country``,
    ``subdivision``, ``birth_date`` or ``minor``, ``language``, ``kind``), ``[channels]``
    (channel -> column, in order of preference), ``[elements]`` (data category ->
    yes/no column; or ``column``, ``separator`` and ``[elements.values]`` for one list
    column), ``[defaults]`` (``controller``, ``kind``, ``language``, ``unique_ids``) and
    ``[languages]`` (country -> language).

    Raises:
        MappingError: If the file cannot be read or does not describe a usable mapping.
    """
    try:  # a byte-order mark, as some Windows editors write, is read past
        data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except IsADirectoryError:
        msg = f"the mapping {str(path)!r} is a folder; give the TOML file"
        raise MappingError(msg) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        msg = f"cannot read the mapping {str(path)!r}: {exc}"
        raise MappingError(msg) from None
    except ValueError:  # an integer too long for the interpreter to convert
        msg = f"cannot read the mapping {str(path)!r}: a number is too long to be one"
        raise MappingError(msg) from None
    return mapping_from_dict(data)


def mapping_from_dict(data: Mapping[str, Any]) -> ColumnMapping:
    """Build a mapping from the parsed TOML tables (see :func:`load_mapping`)."""
    unknown = sorted(set(data) - _SECTIONS)
    if unknown:
        msg = f"unknown section [{unknown[0]}]; known: {', '.join(sorted(_SECTIONS))}"
        raise MappingError(msg)
    for section in sorted(set(data) & _SECTIONS):
        if not isinstance(data[section], Mapping):
            msg = (
                f"[{section}] must be a table: a line [{section}] followed by "
                f"key = value lines, not {type(data[section]).__name__}"
            )
            raise MappingError(msg)
    columns, defaults = dict(data.get("columns", {})), dict(data.get("defaults", {}))
    if "person_id" not in columns:
        msg = "[columns] person_id: name the column that identifies each person"
        raise MappingError(msg)
    try:
        return ColumnMapping(
            **columns,
            channels=dict(data.get("channels", {})),
            elements=_elements(data.get("elements", {})),
            default_controller=defaults.pop("controller", None),
            default_kind=defaults.pop("kind", "members"),
            default_language=defaults.pop("language", None),
            unique_ids=bool(defaults.pop("unique_ids", False)),
            languages=dict(data.get("languages", {})),
            **_no_more(defaults),
        )
    except TypeError as exc:
        msg = f"the mapping has a key it does not know: {exc}"
        raise MappingError(msg) from None


def _no_more(defaults: Mapping[str, Any]) -> dict[str, Any]:
    if defaults:
        msg = f"[defaults] {sorted(defaults)[0]!r} is not known; known: controller, kind, language, unique_ids"
        raise MappingError(msg)
    return {}


def _elements(table: Mapping[str, Any]) -> Mapping[str, str] | ElementList:
    if "column" not in table:
        return dict(table)
    return ElementList(
        column=table["column"],
        separator=table.get("separator"),
        values=dict(table.get("values", {})),
    )
