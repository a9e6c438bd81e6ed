"""A typed decoder for the fields of a VERIS record that the importer reads.

With the optional ``msgspec`` package (the ``fast`` extra), a VERIS line is decoded
straight into plain dicts holding only the fields :mod:`breachmodel.importers.veris`
reads; everything else in the record (``plus``, ``impact``, references, notes...) is
checked as JSON and skipped, which costs a fraction of :func:`json.loads`. The dicts are
what ``json.loads`` would give for those fields, so the importer's mapping code runs
unchanged on them.

The schema is strict on purpose: whenever a record does not fit it (a field of another
type, ``null`` where an object is expected, text that is not UTF-8, any JSON the
decoder refuses), :func:`decode_veris_line` returns None and the caller reads the line
with :func:`json.loads` and the importer's lenient checks, so that every problem and
message stays as it is. Sections whose mere presence matters to the importer
(``attribute.confidentiality``, ``integrity``, ``availability``,
``timeline.discovery``) are decoded whole. Without ``msgspec``, every line takes the
standard-library path.
"""

from __future__ import annotations

from typing import Any, TypedDict

__all__ = ["TYPED_DECODER", "decode_veris_line"]


class _Skipped(TypedDict, total=False):
    """An object whose content the importer never reads (only that it is there)."""


class _Victim(TypedDict, total=False):
    victim_id: str
    country: list[str]
    state: str
    industry: str


class _When(TypedDict, total=False):
    year: int | float
    month: int | float
    day: int | float
    time: str


class _Timeline(TypedDict, total=False):
    incident: _When
    discovery: dict[str, Any]


class _Action(TypedDict, total=False):
    variety: list[str]


class _Asset(TypedDict, total=False):
    variety: str


class _Assets(TypedDict, total=False):
    assets: list[_Asset]


class _Attribute(TypedDict, total=False):
    confidentiality: dict[str, Any]
    integrity: dict[str, Any]
    availability: dict[str, Any]


class _Record(TypedDict, total=False):
    incident_id: str
    summary: str
    timeline: _Timeline
    victim: _Victim
    actor: dict[str, _Skipped]
    action: dict[str, _Action]
    asset: _Assets
    attribute: _Attribute


def _decoder() -> Any:
    try:
        import msgspec  # noqa: PLC0415 - optional extra ('fast'): the standard library otherwise
    except ImportError:
        return None
    return msgspec.json.Decoder(_Record)


TYPED_DECODER: Any = _decoder()
"""The ``msgspec`` decoder of the schema, or None when ``msgspec`` is not installed."""


def decode_veris_line(raw: bytes) -> dict[str, Any] | None:
    """The fields the importer reads from one line, or None to take the lenient path.

    >>> line = b'{"incident_id": "A", "plus": {"analyst": "x"}, "victim": {"country": ["FR"]}}'
    >>> decode_veris_line(line) in (None, {"incident_id": "A", "victim": {"country": ["FR"]}})
    True
    >>> decode_veris_line(b'{"incident_id": null}') is None
    True
    """
    decoder = TYPED_DECODER
    if decoder is None:
        return None
    if not raw.isascii():
        try:  # json.loads refuses text that is not UTF-8, even in a skipped field
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        result: dict[str, Any] = decoder.decode(raw)
    except Exception:  # any refusal: the standard library decides, with its own message
        return None
    return result
