"""The mapping tables of the importers, as Markdown for ``docs/importers.md``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from breachmodel.importers import hhs, veris
from breachmodel.model import DataCategory, Vector

__all__ = ["BEGIN", "END", "mapping_markdown"]

BEGIN = "<!-- BEGIN GENERATED MAPPING TABLES (breachmodel.importers.mapping_markdown) -->"
END = "<!-- END GENERATED MAPPING TABLES -->"


def _table(head: tuple[str, str], rows: Iterable[tuple[str, str]]) -> list[str]:
    out = [f"| {head[0]} | {head[1]} |", "|---|---|"]
    out.extend(f"| {a} | {b} |" for a, b in rows)
    return [*out, ""]


def _code(value: object) -> str:
    if value is None:
        return "unknown"
    text = getattr(value, "value", value)
    return f"`{text}`"


def _categories(value: tuple[DataCategory, ...] | None) -> str:
    if value is None:
        return "unknown (personal data unknown unless another variety is personal)"
    if not value:
        return "not personal data"
    return ", ".join(_code(c) for c in value)


def _vector(value: Vector | veris.ByAsset | None) -> str:
    if value is None:
        return "none (vector unknown)"
    if isinstance(value, veris.ByAsset):
        return value.describe()
    return _code(value)


def _tristate(value: bool | None, yes: str, no: str) -> str:
    return "unknown" if value is None else (yes if value else no)


def _duration(value: timedelta | relativedelta | None) -> str:
    if value is None:
        return "no duration (detection unknown)"
    if isinstance(value, relativedelta):
        return "calendar " + ("months" if value.months else "years")
    return f"{value.total_seconds():g} s per unit"


def _rows(mapping: Mapping[str, object], fmt: object) -> list[tuple[str, str]]:
    return [(f"`{k}`", fmt(v)) for k, v in mapping.items()]  # type: ignore[operator]


def mapping_markdown() -> str:
    """The importers' mapping tables in Markdown (the docs embed this text verbatim)."""
    lines = [BEGIN, "", "### VERIS", ""]
    lines += ["#### Data varieties to data categories", ""]
    lines += _table(
        ("`attribute.confidentiality.data[].variety`", "data category"),
        _rows(veris.DATA_VARIETIES, _categories),
    )
    lines += ["#### Disclosure to exfiltration", ""]
    lines += _table(
        ("`data_disclosure`", "`effects.confidentiality.exfiltration`"),
        _rows(veris.DATA_DISCLOSURE, _code),
    )
    lines += ["#### Kinds of people", ""]
    lines += _table(("`data_victim[]`", "`subjects[0].kind`"), _rows(veris.DATA_VICTIMS, _code))
    lines += ["#### Integrity", ""]
    lines += _table(
        ("`attribute.integrity.variety[]`", "`effects.integrity`"),
        _rows(
            veris.INTEGRITY_VARIETIES,
            lambda v: (
                _tristate(v, "`altered: true`", "no personal-data integrity effect")
                if v is not None
                else "`altered` unknown"
            ),
        ),
    )
    lines += ["#### Availability", ""]
    lines += _table(
        ("`attribute.availability.variety[]`", "`effects.availability.permanent`"),
        _rows(veris.AVAILABILITY_VARIETIES, lambda v: _tristate(v, "true", "false (temporary)")),
    )
    lines += ["#### Actions to vectors", ""]
    rows = [
        (f"`{category}.{variety}`", _vector(vector))
        for category, table in veris.VECTORS.items()
        for variety, vector in table.items()
    ]
    lines += _table(("`action.<category>.variety[]`", "`cause.vectors`"), rows)
    lines += ["#### Actions to intent", ""]
    rows = []
    for category, rule in veris.ACTION_INTENTS.items():
        if isinstance(rule, Mapping):
            rows += [(f"`{category}.{k}`", _code(v)) for k, v in rule.items()]
        else:
            rows.append((f"`{category}`", _code(rule)))
    lines += _table(("`action.<category>`", "`cause.intent`"), rows)
    lines += ["#### Actors", ""]
    lines += _table(("`actor.<section>`", "`cause.actor`"), _rows(veris.ACTOR_ORIGINS, _code))
    lines += ["#### Industry (NAICS prefix) to sector", ""]
    lines += _table(
        ("`victim.industry` prefix", "`controller.sector`"), _rows(veris.NAICS_SECTORS, _code)
    )
    lines += ["#### Discovery units", ""]
    lines += _table(
        ("`timeline.discovery.unit`", "duration"), _rows(veris.DURATION_UNITS, _duration)
    )
    lines += ["### HHS breach portal", ""]
    lines += ["#### Covered entity type", ""]
    lines += _table(
        ("`Covered Entity Type`", "`controller.sector`, `subjects[0].kind`"),
        [
            (f"`{k.value}`", f"{_code(sector)}, {_code(kind)}")
            for k, (sector, kind) in hhs.ENTITY_TYPES.items()
        ],
    )
    lines += ["#### Type of breach", ""]
    rows = []
    for name, m in hhs.BREACH_TYPES.items():
        if not m.effects_known:
            rows.append((f"`{name}`", "`effects.unknown: true`; nothing else"))
            continue
        if isinstance(m.vector, tuple):
            vector = f"{_code(m.vector[0])} (paper) / {_code(m.vector[1])} (electronic)"
        else:
            vector = _code(m.vector) if m.vector is not None else "none"
        parts = [
            f"intent {_code(m.intent)}",
            f"exfiltration {_code(m.exfiltration)}",
            f"recipients {_code(m.recipient) if m.recipient else 'not said'}",
            f"vector {vector}",
        ]
        if m.availability:
            parts.append("availability (permanence unknown)")
        rows.append((f"`{name}`", "; ".join(parts)))
    lines += _table(("`Type of Breach`", "effects and cause"), rows)
    lines += ["#### Location of the information", ""]
    lines += _table(
        ("`Location of Breached Information`", "medium (chooses paper or device vectors)"),
        _rows(hhs.LOCATIONS, lambda v: _tristate(v, "electronic", "paper")),
    )
    lines.append(END)
    return "\n".join(lines) + "\n"
