"""Render assessments and determinations as text, Markdown, HTML and JSON.

Every renderer is deterministic (same input, same bytes). HTML is self-contained: no
JavaScript, no external assets, and every string that comes from the incident is escaped.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from breachmodel._wording import status_text
from breachmodel.citations import Citation
from breachmodel.clocks._local import format_local
from breachmodel.clocks._periods import duration_parts
from breachmodel.determination import (
    Assumption,
    ChecklistItem,
    Determination,
    MissingFact,
    Reason,
    Sensitivity,
)
from breachmodel.dpv import category_to_dict
from breachmodel.regimes._base import (
    Analysis,
    Applicability,
    Reach,
    analysis_data,
    analysis_summary,
)
from breachmodel.sanitize import dumps_json, markdown_code, markdown_text, one_line, printable
from breachmodel.views._notebook import assessment_timeline_svg
from breachmodel.views._outline import (
    Section,
    TimelineEntry,
    considered,
    overlap_text,
    regime_titles,
    sections,
    timeline,
)

__all__ = [
    "OUTPUT_FORMAT_VERSION",
    "assessment_to_dict",
    "determination_to_dict",
    "format_duration",
    "render_determination_html",
    "render_determination_markdown",
    "render_determination_text",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
]

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment

OUTPUT_FORMAT_VERSION = "1.0"
"""Version of the JSON output format (see the docs page on JSON output)."""


def format_duration(delta: timedelta) -> str:
    """An ISO 8601 duration, e.g. ``PT72H`` or ``-P1DT2H30M``."""
    sign, days, hours, minutes, secs = duration_parts(delta)
    out = f"{sign}P"
    if days:
        out += f"{days}D"
    time_part = ""
    if hours:
        time_part += f"{hours}H"
    if minutes:
        time_part += f"{minutes}M"
    if secs or (not days and not time_part):
        time_part += f"{secs}S"
    if time_part:
        out += "T" + time_part
    return out


# --- plain data ---------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready data for a value of the model, by its type's converter (found once)."""
    kind = type(value)
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


_CONVERTERS: dict[type, Callable[[Any], Any]] = {}
"""Each type met, with its converter: the checks below are made once per type."""


def _converter(kind: type) -> Callable[[Any], Any]:
    """How :func:`_plain` converts every value of exactly this type (checks in this order)."""
    if issubclass(kind, Enum):
        return _enum_value
    if kind is type(None) or issubclass(kind, bool | int | float | str):
        return _itself
    if issubclass(kind, datetime):
        return _isoformat
    if issubclass(kind, timedelta):
        return format_duration
    if issubclass(kind, Citation):
        return _citation
    if issubclass(kind, dict):
        return _mapping
    if issubclass(kind, frozenset | set):
        return _sorted_items
    if issubclass(kind, tuple | list):
        return _items
    if attrs.has(kind):
        return _fields_of(kind)
    return _name


def _enum_value(value: Enum) -> Any:
    return value.value


def _itself(value: Any) -> Any:
    return value


def _isoformat(value: datetime) -> str:
    return value.isoformat()


def _citation(value: Citation) -> dict[str, Any]:
    text = _citation_text(value, value.instrument)
    return {"text": text, "source": value.source, "pinpoint": value.pinpoint, "url": value.url}


@functools.lru_cache(maxsize=1024)
def _citation_text(value: Citation, instrument: str | None) -> str:
    """A citation as it reads (kept: the same provisions recur in every result).

    ``instrument`` is part of the key: it sets how the citation reads, and citations
    that differ only in it are equal.
    """
    del instrument
    return str(value)


def _mapping(value: dict[Any, Any]) -> dict[str, Any]:
    return {str(k): _plain(v) for k, v in value.items()}


def _items(value: Iterable[Any]) -> list[Any]:
    return [_plain(v) for v in value]


def _sorted_items(value: Iterable[Any]) -> list[Any]:
    return sorted(_plain(v) for v in value)


def _fields_of(kind: type) -> Callable[[Any], dict[str, Any]]:
    """The converter of an attrs class: its fields in order (a period's type first)."""
    names = tuple(f.name for f in attrs.fields(kind))
    typed = kind.__module__.startswith("breachmodel.clocks._periods")

    def convert(value: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"type": kind.__name__} if typed else {}
        for name in names:
            out[name] = _plain(getattr(value, name))
        return out

    return convert


def _name(value: Any) -> str:
    name = getattr(value, "name", None)
    return str(name) if name is not None else type(value).__name__


def determination_to_dict(det: Determination) -> dict[str, Any]:
    """JSON-ready data for one determination."""
    deadline = det.deadline
    status = det.status
    return {
        "id": det.id,
        "key": _key_text(det),
        "title": det.title,
        "outcome": det.outcome.value,
        "legal_basis": [_plain(c) for c in det.legal_basis],
        "recipients": list(det.recipients),
        "deadline": None
        if deadline is None
        else {
            "due": _plain(deadline.due),
            "due_local": deadline.due_local_iso,
            "timezone": deadline.timezone,
            "start": _plain(deadline.start),
            "anchor": deadline.anchor.value,
            "period": _plain(deadline.period),
            "convention": deadline.convention.value,
            "open_ended": deadline.open_ended,
            "target": _plain(deadline.target),
            "legal_latest": _plain(deadline.legal_latest),
            "latest_with_rollforward": _plain(deadline.latest_with_rollforward),
            "missing": list(deadline.missing),
            "explanation": list(deadline.explanation),
            "citations": [_plain(c) for c in deadline.citations],
        },
        "status": None if status is None else _plain(status),
        "reasons": [
            {"kind": r.kind.value, "text": r.text, "citations": [_plain(c) for c in r.citations]}
            for r in det.reasons
        ],
        "missing_facts": [{"path": m.path, "question": m.question} for m in det.missing_facts],
        "open_questions": [{"path": m.path, "question": m.question} for m in det.open_questions],
        "checklist": [_plain(i) for i in det.checklist],
        "interpretations": list(det.interpretations),
        "assumptions": _assumptions_data(det.assumptions),
        "sensitivities": [
            {"changes": list(x.changes), "condition": x.condition, "outcome": x.outcome.value}
            for x in det.sensitivities
        ],
    }


def _assumptions_data(items: Iterable[Assumption]) -> list[dict[str, str]]:
    return [{"path": a.path, "assumed": a.assumed, "why": a.why} for a in items]


def _analysis_dict(x: Analysis) -> dict[str, Any]:
    return {
        "kind": x.kind,
        "title": x.title,
        "summary": list(analysis_summary(x)),
        "data": _analysis_plain(x),
    }


def _analysis_plain(x: Analysis) -> Any:
    return _plain(analysis_data(x))


def _applicability_dict(app: Applicability) -> dict[str, Any]:
    return {
        "reach": app.reach.value,
        "reasons": _plain(app.reasons),
        "missing_facts": _plain(app.missing_facts),
    }


def _considered_entry(c: Applicability, title: str, assessed: bool) -> dict[str, Any]:
    return {"regime": c.regime, "title": title, "assessed": assessed, **_applicability_dict(c)}


def _key_text(d: Determination) -> str | None:
    return None if d.key is None else str(d.key)


@attrs.frozen
class _Parts:
    """How :func:`_assessment_data` converts the parts of an assessment that recur.

    By default each is converted afresh into plain data. A writer of many assessments
    may give functions that return the same part rendered ahead and kept (the
    applicability of the regimes that do not reach an incident, an authorities' routing,
    shared by many controllers' assessments), with ``many`` making the arrays that hold
    them. Each function's result depends only on its arguments.
    """

    considered: Callable[[Applicability, str, bool], Any] = _considered_entry
    analysis: Callable[[Analysis], Any] = _analysis_dict
    analysis_data: Callable[[Analysis], Any] = _analysis_plain
    many: Callable[[Iterable[Any]], Any] = list


_FRESH = _Parts()


def _regimes_data(a: Assessment, parts: _Parts) -> Any:
    return parts.many(
        {
            "regime": s.regime,
            "title": s.title,
            "applicability": _applicability_dict(r.applicability),
            "ruleset": r.ruleset,
            "options": _plain(r.options),
            "analyses": parts.many(parts.analysis(x) for x in s.analyses),
            "determinations": [d.id for d in s.determinations],
        }
        for s, r in zip(sections(a), a.regimes, strict=True)
    )


def _considered_data(a: Assessment, parts: _Parts) -> Any:
    assessed = {r.regime for r in a.regimes}
    titles = regime_titles(a)
    return parts.many(
        parts.considered(c, titles.get(c.regime, c.regime), c.regime in assessed)
        for c in a.considered
    )


def _timeline_data(a: Assessment) -> list[dict[str, Any]]:
    return [
        {
            "key": _key_text(e.determination),
            "id": e.determination.id,
            "title": e.determination.title,
            "regime": e.regime,
            "at": _plain(e.at),
            "at_local": e.at_local,
            "timezone": e.timezone,
            "target": e.target,
            "outcome": e.determination.outcome.value,
            "status": None
            if e.determination.status is None
            else e.determination.status.status.value,
        }
        for e in timeline(a)
    ]


def _overlaps_data(a: Assessment) -> list[dict[str, Any]]:
    return [
        {"yielding": str(o.yielding), "prevailing": str(o.prevailing), "reason": _plain(o.reason)}
        for o in a.overlaps
    ]


def _analysis_of(a: Assessment, kind: str, parts: _Parts) -> Any:
    found = a.analysis(kind)
    return None if found is None else parts.analysis_data(found)


def _assessment_data(a: Assessment, parts: _Parts) -> dict[str, Any]:
    """:func:`assessment_to_dict`, with the recurring parts converted by ``parts``."""
    return {
        "format_version": OUTPUT_FORMAT_VERSION,
        "incident_id": a.incident_id,
        "incident_title": a.incident_title,
        "controller": a.controller,
        "as_of": _plain(a.as_of),
        "ruleset": a.ruleset,
        "options": _plain(a.options),
        "risk": _analysis_of(a, "risk", parts),
        "authorities": _analysis_of(a, "routing", parts),
        "regimes": _regimes_data(a, parts),
        "considered": _considered_data(a, parts),
        "overlaps": _overlaps_data(a),
        "timeline": _timeline_data(a),
        "determinations": [determination_to_dict(d) for d in a.determinations],
        "data_categories": [category_to_dict(c) for c in a.data_categories],
    }


def assessment_to_dict(a: Assessment) -> dict[str, Any]:
    """JSON-ready data for an assessment.

    ``risk``, ``authorities`` and ``options`` are the first assessed regime's (the
    baseline law's), kept for existing readers; ``regimes`` holds every regime's.
    """
    return _assessment_data(a, _FRESH)


def render_json(a: Assessment, *, indent: int | None = 2) -> str:
    """Deterministic JSON for an assessment."""
    return dumps_json(assessment_to_dict(a), indent=indent, sort_keys=True) + "\n"


# --- text -----------------------------------------------------------------------------------


def _kind(reason: Reason) -> str:
    """A reason's kind in plain words (``exception rejected``, not ``exception_rejected``)."""
    return reason.kind.value.replace("_", " ")


def _cites(citations: Iterable[Citation]) -> str:
    return "; ".join(str(c) for c in citations)


def _due_local(det: Determination) -> str:
    """The due instant in the deadline's zone, as the overview writes it ("" if none)."""
    dl = det.deadline
    return "" if dl is None or dl.due is None else format_local(dl.due, dl.timezone)


def _deadline_line(det: Determination) -> str | None:
    dl = det.deadline
    if dl is None:
        return None
    return str(dl.describe())


def _checklist_lines(items: Iterable[ChecklistItem], mark: tuple[str, str]) -> list[str]:
    return [
        f"{mark[0] if i.provided else mark[1]} {i.label} ({i.citation})"
        + ("" if i.provided or not i.may_follow_later else " - may follow later")
        for i in items
    ]


def _facts_lines(facts: Iterable[MissingFact]) -> list[str]:
    return [f"{m.question} [{m.path}]" for m in facts]


def _join(lines: Iterable[str]) -> str:
    """Join single lines; any control character inside one is escaped (:mod:`~breachmodel.sanitize`)."""
    return "\n".join(one_line(line) for line in lines)


def _sensitivity_lines(items: Iterable[Sensitivity]) -> list[str]:
    return [f"{x} (what-if: {' '.join(x.changes)})" for x in items]


def _extra_sections(det: Determination) -> list[tuple[str, list[str]]]:
    """Titled lists shown under a determination in every format, in order."""
    sections = [
        ("Missing facts", _facts_lines(det.missing_facts)),
        ("Open questions", _facts_lines(det.open_questions)),
        ("Assumptions", [str(a) for a in det.assumptions]),
        ("What would change the outcome", _sensitivity_lines(det.sensitivities)),
    ]
    return [(title, lines) for title, lines in sections if lines]


def render_determination_text(det: Determination) -> str:
    """Plain text for one determination."""
    return _join(_determination_lines(det))


def _determination_lines(det: Determination) -> list[str]:
    lines = [f"{det.title} ({det.id}): {det.outcome.value.upper().replace('_', ' ')}"]
    lines.append(f"  Legal basis: {_cites(det.legal_basis)}")
    if det.recipients:
        lines.append(f"  Recipients: {', '.join(det.recipients)}")
    if (d := _deadline_line(det)) is not None:
        lines.append(f"  Deadline: {d}")
    if (s := status_text(det)) is not None:
        lines.append(f"  Status: {s}")
    lines.append("  Reasons:")
    for n, r in enumerate(det.reasons, 1):
        lines.append(f"    {n}. [{_kind(r)}] {r.text} ({_cites(r.citations)})")
    for title, items in _extra_sections(det):
        lines.append(f"  {title}:")
        lines.extend(f"    - {x}" for x in items)
    if det.checklist:
        lines.append("  Content:")
        lines.extend(f"    {x}" for x in _checklist_lines(det.checklist, ("[x]", "[ ]")))
    if det.interpretations:
        lines.append(f"  Interpretations: {'; '.join(det.interpretations)}")
    return lines


def _reach_words(reach: Reach) -> str:
    return reach.value.replace("_", " ")


def _reason_line(r: Reason) -> str:
    return f"[{_kind(r)}] {r.text} ({_cites(r.citations)})"


def _timeline_cells(e: TimelineEntry) -> list[str]:
    d = e.determination
    when = e.local + (" (target)" if e.target else "")
    return [when, d.title, e.key, d.outcome.value.replace("_", " "), status_text(d) or ""]


_TIMELINE_HEAD = ["Due (local time)", "Obligation", "Key", "Outcome", "Status"]


def _text_table(head: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(one_line(c)) for c in col) for col in zip(head, *rows, strict=True)]
    return [
        "  " + "  ".join(one_line(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
        for cells in (head, *rows)
    ]


def _text_overview(a: Assessment) -> list[str]:
    """The timeline, the regimes set aside and the overlaps, in plain text."""
    lines: list[str] = []
    entries = timeline(a)
    if entries:
        lines += ["", "Timeline (every clock of every regime, soonest first):"]
        lines += _text_table(_TIMELINE_HEAD, [_timeline_cells(e) for e in entries])
    others = considered(a)
    if others:
        lines += ["", "Regimes considered and not assessed:"]
        lines += [f"  - {c.title}: {_reach_words(c.reach)}: {c.reason}" for c in others]
    if a.overlaps:
        lines += ["", "Overlaps:"]
        lines += [f"  - {overlap_text(o)} ({_cites(o.reason.citations)})" for o in a.overlaps]
    return lines


def _text_section(s: Section) -> list[str]:
    head = f"{s.title}: {_reach_words(s.reach)}"
    lines = ["", head, "-" * len(head)]
    lines += [f"  - {_reason_line(r)}" for r in s.reasons]
    lines += [f"  - missing: {m.question} [{m.path}]" for m in s.missing_facts]
    for analysis in s.analyses:
        lines += list(analysis_summary(analysis))
    for analysis in s.analyses:
        lines += [f"  - {_reason_line(r)}" for r in analysis.reasons]
    for det in s.determinations:
        lines.append("")
        lines.extend(_determination_lines(det))
    return lines


def _head_lines(a: Assessment) -> list[str]:
    return [
        f"Controller: {a.controller}",
        f"As of: {a.as_of.isoformat() if a.as_of else 'not given'}",
        f"Ruleset: {a.ruleset}",
    ]


def render_text(a: Assessment) -> str:
    """Plain text for an assessment: the timeline, then each regime's part."""
    head = f"Assessment of incident {a.incident_id}"
    if a.incident_title:
        head += f": {a.incident_title}"
    lines = [head, "=" * len(head), *_head_lines(a), *_text_overview(a)]
    for section in sections(a):
        lines += _text_section(section)
    lines.append("")
    lines.append("This is an automated assessment under stated interpretations, not legal advice.")
    return _join(lines) + "\n"


# --- Markdown -------------------------------------------------------------------------------


_md = markdown_text
"""Escape Markdown control characters in untrusted text, on one line."""


def _md_reasons(reasons: Iterable[Reason]) -> list[str]:
    return [
        f"{n}. *{_kind(r)}*: {_md(r.text)} ({_md(_cites(r.citations))})"
        for n, r in enumerate(reasons, 1)
    ]


def render_determination_markdown(d: Determination, *, level: int = 2) -> str:
    """Markdown for one determination, under a heading of the given level."""
    lines = [f"{'#' * level} {_md(d.title)}", ""]
    lines.append(f"- **Id:** {markdown_code(d.id)}")
    lines.append(f"- **Outcome:** {d.outcome.value.replace('_', ' ')}")
    lines.append(f"- **Legal basis:** {_md(_cites(d.legal_basis))}")
    if (dl := _deadline_line(d)) is not None:
        lines.append(f"- **Deadline:** {_md(dl)}")
    if (st := status_text(d)) is not None:
        lines.append(f"- **Status:** {_md(st)}")
    lines += ["", "Reasons:", ""]
    lines += _md_reasons(d.reasons)
    for title, items in _extra_sections(d):
        lines += ["", f"{title}:", ""]
        lines += [f"- {_md(x)}" for x in items]
    if d.checklist:
        lines += ["", "Content:", ""]
        lines += [f"- {_md(x)}" for x in _checklist_lines(d.checklist, ("[x]", "[ ]"))]
    return "\n".join(lines)


def _md_overview(a: Assessment) -> list[str]:
    lines: list[str] = []
    entries = timeline(a)
    if entries:
        lines += ["", "## Timeline", "", "Every clock of every regime, soonest first.", ""]
        lines += ["| " + " | ".join(_TIMELINE_HEAD) + " |", "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(_md(c) for c in _timeline_cells(e)) + " |" for e in entries]
    others = considered(a)
    if others:
        lines += ["", "## Regimes considered and not assessed", ""]
        lines += [f"- **{_md(c.title)}:** {_reach_words(c.reach)}: {_md(c.reason)}" for c in others]
    if a.overlaps:
        lines += ["", "## Overlaps", ""]
        lines += [
            f"- {markdown_code(str(o.yielding))} yields to {markdown_code(str(o.prevailing))}: {_md(o.reason.text)} "
            f"({_md(_cites(o.reason.citations))})"
            for o in a.overlaps
        ]
    return lines


def _md_section(s: Section) -> list[str]:
    lines = ["", f"## {_md(s.title)}", "", f"- **Applicability:** {_reach_words(s.reach)}"]
    for analysis in s.analyses:
        for line in analysis_summary(analysis):
            k, _, v = line.partition(": ")
            lines.append(f"- **{_md(k)}:** {_md(v)}")
    if s.reasons or s.missing_facts:
        lines += ["", "Applicability:", ""]
        lines += _md_reasons(s.reasons)
        lines += [f"- {_md(m.question)} [{_md(m.path)}]" for m in s.missing_facts]
    for analysis in s.analyses:
        lines += ["", f"### {_md(analysis.title)}", ""]
        lines += _md_reasons(analysis.reasons)
    for d in s.determinations:
        lines += ["", render_determination_markdown(d, level=3)]
    return lines


def render_markdown(a: Assessment) -> str:
    """Markdown for an assessment: a summary table, the timeline, then each regime's part."""
    title = f"# Assessment of incident {_md(a.incident_id)}"
    if a.incident_title:
        title += f": {_md(a.incident_title)}"
    lines = [title, ""]
    for line in _head_lines(a):
        k, _, v = line.partition(": ")
        lines.append(f"- **{k}:** {_md(v)}")
    lines += ["", "## Summary", "", "| Obligation | Outcome | Due |", "|---|---|---|"]
    for d in a.determinations:
        due = _md(_due_local(d))
        lines.append(
            f"| {_md(d.title)} ({markdown_code(d.id, in_table=True)}) | {d.outcome.value.replace('_', ' ')} | {due} |"
        )
    lines += _md_overview(a)
    for section in sections(a):
        lines += _md_section(section)
    lines += ["", "*An automated assessment under stated interpretations, not legal advice.*", ""]
    return printable("\n".join(lines))


# --- HTML -----------------------------------------------------------------------------------

_CSS = (
    ".bm{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4;max-width:60em}"
    ".bm table{border-collapse:collapse}.bm td,.bm th{border:1px solid #ccc;padding:2px 6px;"
    "text-align:left;vertical-align:top}.bm .required{color:#a00;font-weight:bold}"
    ".bm .not_required{color:#070}.bm .undetermined{color:#a60;font-weight:bold}"
    ".bm .not_applicable{color:#666}.bm details{margin:4px 0}.bm small{color:#555}"
)


def _e(text: object) -> str:
    return html.escape(one_line(str(text)), quote=True)


def _html_reasons(reasons: Iterable[Reason]) -> str:
    items = "".join(
        f"<li><b>{_e(_kind(r))}</b>: {_e(r.text)} <small>({_e(_cites(r.citations))})</small></li>"
        for r in reasons
    )
    return f"<ol>{items}</ol>"


def render_determination_html(det: Determination, *, standalone: bool = True) -> str:
    """HTML for one determination."""
    parts = [
        f"<details open><summary><b>{_e(det.title)}</b> "
        f'<span class="{_e(det.outcome.value)}">{_e(det.outcome.value.replace("_", " "))}</span> '
        f"<small><code>{_e(det.id)}</code></small></summary>",
        f"<div>Legal basis: {_e(_cites(det.legal_basis))}</div>",
    ]
    if (dl := _deadline_line(det)) is not None:
        parts.append(f"<div>Deadline: {_e(dl)}</div>")
    if (st := status_text(det)) is not None:
        parts.append(f"<div>Status: {_e(st)}</div>")
    parts.append(_html_reasons(det.reasons))
    for title, items in _extra_sections(det):
        parts.append(
            f"<div>{_e(title)}:<ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul></div>"
        )
    if det.checklist:
        parts.append(
            "<div>Content:<ul>"
            + "".join(
                f"<li>{_e(x)}</li>" for x in _checklist_lines(det.checklist, ("\u2611", "\u2610"))
            )
            + "</ul></div>"
        )
    parts.append("</details>")
    body = "".join(parts)
    if standalone:
        return f'<div class="bm"><style>{_CSS}</style>{body}</div>'
    return body


def _html_list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def _html_overview(a: Assessment) -> str:
    parts: list[str] = []
    entries = timeline(a)
    if entries:
        head = "".join(f"<th>{_e(h)}</th>" for h in _TIMELINE_HEAD)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in _timeline_cells(e)) + "</tr>"
            for e in entries
        )
        parts.append(
            f"<h4>Timeline</h4>{assessment_timeline_svg(a)}<table><tr>{head}</tr>{rows}</table>"
        )
    others = considered(a)
    if others:
        parts.append("<h4>Regimes considered and not assessed</h4>")
        parts.append(
            _html_list(
                f"<b>{_e(c.title)}</b>: {_e(_reach_words(c.reach))}: {_e(c.reason)}" for c in others
            )
        )
    if a.overlaps:
        parts.append("<h4>Overlaps</h4>")
        parts.append(
            _html_list(
                f"<code>{_e(o.yielding)}</code> yields to <code>{_e(o.prevailing)}</code>: "
                f"{_e(o.reason.text)} <small>({_e(_cites(o.reason.citations))})</small>"
                for o in a.overlaps
            )
        )
    return "".join(parts)


def _html_section(s: Section) -> str:
    summary = "".join(f"<div>{_e(line)}</div>" for x in s.analyses for line in analysis_summary(x))
    applicability = _html_reasons(s.reasons) + (
        _html_list(f"{_e(m.question)} <small>[{_e(m.path)}]</small>" for m in s.missing_facts)
        if s.missing_facts
        else ""
    )
    analyses = "".join(
        f"<details><summary>{_e(x.title)}</summary>{_html_reasons(x.reasons)}</details>"
        for x in s.analyses
    )
    return (
        f"<h4>{_e(s.title)}: {_e(_reach_words(s.reach))}</h4>"
        f"<details><summary>Applicability</summary>{applicability}</details>"
        f"{summary}{analyses}"
        + "".join(render_determination_html(d, standalone=False) for d in s.determinations)
    )


def render_html(a: Assessment) -> str:
    """Self-contained HTML for an assessment (for notebooks and reports)."""
    title = f"Assessment of incident {a.incident_id}" + (
        f": {a.incident_title}" if a.incident_title else ""
    )
    rows = "".join(
        f'<tr><td>{_e(d.title)}</td><td class="{_e(d.outcome.value)}">'
        f"{_e(d.outcome.value.replace('_', ' '))}</td><td>"
        f"{_e(_due_local(d))}"
        f"</td><td>{_e(status_text(d) or '')}</td></tr>"
        for d in a.determinations
    )
    head = "".join(f"<div>{_e(x)}</div>" for x in _head_lines(a))
    return (
        f'<div class="bm"><style>{_CSS}</style><h3>{_e(title)}</h3>{head}'
        "<table><tr><th>Obligation</th><th>Outcome</th><th>Due (local time)</th><th>Status</th></tr>"
        f"{rows}</table>{_html_overview(a)}"
        + "".join(_html_section(x) for x in sections(a))
        + "<p><small>An automated assessment under stated interpretations, not legal advice.</small></p></div>"
    )
