"""Notebook views: self-contained HTML and SVG for incidents, deadlines and timelines.

Everything here is deterministic (same input, same bytes), needs no dependency, runs no
JavaScript and escapes every string that comes from the incident. The model classes call
these functions from their ``_repr_html_`` methods, so that Jupyter shows them richly:

* :func:`incident_html` for an :class:`~breachmodel.model.Incident` or a
  :class:`~breachmodel.processor.ProcessorIncident`;
* :func:`deadline_html` for a :class:`~breachmodel.clocks.Deadline`, and
  :func:`status_html` for a :class:`~breachmodel.clocks.DeadlineStatus`;
* :func:`timeline_svg`: events and running clocks on one time axis, one lane per
  controller for a processor incident.

>>> from breachmodel.processor import load_any
>>> svg = timeline_svg(load_any("examples/viamedis-almerys-processor.json"))
>>> svg.startswith("<svg") and "<script" not in svg
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from attrs import frozen

from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.processor import (
    ProcessorAssessment,
    ProcessorIncident,
    assess_processor_incident,
    controller_incident,
)
from breachmodel.sanitize import one_line
from breachmodel.views._outline import processor_notice, regime_titles

if TYPE_CHECKING:
    from breachmodel.clocks import Deadline, DeadlineStatus

__all__ = [
    "assessment_timeline_svg",
    "deadline_html",
    "incident_html",
    "status_html",
    "timeline_svg",
]

_CSS = (
    ".bmnb{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4;max-width:60em}"
    ".bmnb table{border-collapse:collapse}.bmnb td,.bmnb th{border:1px solid #ccc;"
    "padding:2px 6px;text-align:left;vertical-align:top}.bmnb small{color:#555}"
)


def _e(value: object) -> str:
    return html.escape(one_line(str(value)), quote=True)


def _iso(value: datetime | None) -> str:
    return "unknown" if value is None else value.isoformat()


def _table(rows: Iterable[tuple[str, object]]) -> str:
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f"<table>{body}</table>"


def _wrap(body: str) -> str:
    return f'<div class="bmnb"><style>{_CSS}</style>{body}</div>'


# --- incidents ----------------------------------------------------------------------------


def _facts_rows(
    data: Iterable[Any], effects: Any, cause: Any, consequences: Iterable[Any], measures: Any
) -> list[tuple[str, object]]:
    return [
        ("Data", ", ".join(d.category for d in data) or "none recorded"),
        ("Breach types", ", ".join(effects.types) or "unknown"),
        (
            "Cause",
            ", ".join(
                [cause.intent.value, cause.actor.value, *sorted(v.value for v in cause.vectors)]
            ),
        ),
        ("Consequences", ", ".join(sorted(c.value for c in consequences)) or "none recorded"),
        ("Measures", ", ".join(m.kind.value for m in measures.subsequent) or "none recorded"),
    ]


def _single_incident_html(incident: Incident) -> str:
    t = incident.timeline
    rows: list[tuple[str, object]] = [
        ("Id", incident.id),
        ("Title", incident.title or ""),
        ("Controller", incident.controller.name),
        ("Processors", ", ".join(p.organisation.name for p in incident.processors) or "none"),
    ]
    rows += _facts_rows(
        incident.data, incident.effects, incident.cause, incident.consequences, incident.measures
    )
    groups = "; ".join(
        f"{g.kind.value}: {g.count.describe()}"
        + (" (children among them)" if g.has_children else "")
        for g in incident.subjects
    )
    rows.append(("People", groups or "none recorded"))
    rows.append(("People in total", incident.total_subjects.describe()))
    for name in (
        "detected_at",
        "processor_aware_at",
        "processor_notified_controller_at",
        "controller_aware_at",
        "contained_at",
    ):
        value = getattr(t, name)
        if value is not None:
            rows.append((name.replace("_", " "), value.isoformat()))
    for n in t.authority_notices:
        rows.append((f"Notice ({n.kind.value})", f"{n.at.isoformat()} to {n.authority or '?'}"))
    desc = (
        f"<details><summary>Description</summary><p>{_e(incident.description)}</p></details>"
        if incident.description
        else ""
    )
    return f"<h4>Incident {_e(incident.id)}</h4>{_table(rows)}{desc}"


def _processor_incident_html(pi: ProcessorIncident) -> str:
    rows: list[tuple[str, object]] = [
        ("Id", pi.id),
        ("Title", pi.title or ""),
        ("Processor", pi.processor.name),
        ("Sub-processors", ", ".join(s.organisation.name for s in pi.sub_processors) or "none"),
        ("Processor aware", _iso(pi.processor_aware_at)),
        ("Controllers", len(pi.controllers)),
        ("People in total", pi.total_subjects.describe()),
    ]
    rows += _facts_rows(pi.data, pi.effects, pi.cause, pi.consequences, pi.measures)
    head = "".join(
        f"<th>{h}</th>"
        for h in ("Controller", "Countries", "People", "Told by processor", "Own awareness")
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{_e(v)}</td>"
            for v in (
                s.organisation.name,
                ", ".join(sorted(s.organisation.countries)),
                s.total_subjects.describe(),
                _iso(s.notified_by_processor_at),
                "" if s.aware_at is None else s.aware_at.isoformat(),
            )
        )
        + "</tr>"
        for s in pi.controllers
    )
    desc = (
        f"<details><summary>Description</summary><p>{_e(pi.description)}</p></details>"
        if pi.description
        else ""
    )
    return (
        f"<h4>Processor incident {_e(pi.id)}</h4>{_table(rows)}"
        f"<table><tr>{head}</tr>{body}</table>{desc}"
    )


def incident_html(record: Incident | ProcessorIncident) -> str:
    """Self-contained HTML for an incident or a processor incident (and its timeline)."""
    if isinstance(record, Incident):
        body = _single_incident_html(record)
    else:
        body = _processor_incident_html(record)
    return _wrap(body + timeline_svg(record))


# --- deadlines ----------------------------------------------------------------------------


def deadline_html(deadline: Deadline) -> str:
    """Self-contained HTML for a :class:`~breachmodel.clocks.Deadline`."""
    rows: list[tuple[str, object]] = [
        ("Rule", f"{deadline.label} ({deadline.rule_id})"),
        ("Runs from", f"{deadline.anchor.value}: {_iso(deadline.start)}"),
        ("Period", type(deadline.period).__name__),
        ("Convention", deadline.convention.value),
    ]
    if deadline.open_ended:
        rows.append(("Due", "no fixed instant (open-ended duty)"))
        if deadline.target is not None:
            rows.append(("Policy target (UTC)", deadline.target.isoformat()))
    else:
        rows.append(("Due (UTC)", deadline.due_iso or "undetermined"))
        rows.append((f"Due ({deadline.timezone})", deadline.due_local_iso or "undetermined"))
    if deadline.legal_latest is not None:
        rows.append(("Latest legal reading", deadline.legal_latest.isoformat()))
    if deadline.missing:
        rows.append(("Missing start events", ", ".join(deadline.missing)))
    explanation = "".join(f"<li>{_e(x)}</li>" for x in deadline.explanation)
    cites = "; ".join(str(c) for c in deadline.citations)
    return _wrap(
        f"<h4>{_e(deadline.label)}</h4>{_table(rows)}"
        f"<ol>{explanation}</ol><small>{_e(cites)}</small>"
    )


def status_html(status: DeadlineStatus) -> str:
    """Self-contained HTML for a :class:`~breachmodel.clocks.DeadlineStatus`."""
    rows: list[tuple[str, object]] = [("Status", status.status.value.replace("_", " "))]
    for name in ("due", "target", "met_at"):
        value = getattr(status, name)
        if value is not None:
            rows.append((name.replace("_", " "), value.isoformat()))
    for name in ("time_left", "overdue_by", "late_by", "beyond_target_by"):
        value = getattr(status, name)
        if value is not None:
            rows.append((name.replace("_", " "), f"{value.total_seconds() / 3600:.1f} h"))
    explanation = "".join(f"<li>{_e(x)}</li>" for x in status.explanation)
    return _wrap(f"{_table(rows)}<ol>{explanation}</ol>")


# --- timeline -----------------------------------------------------------------------------


@frozen
class _Mark:
    at: datetime
    label: str
    color: str


@frozen
class _Bar:
    start: datetime
    end: datetime | None
    label: str
    color: str
    dashed: bool = False


@frozen
class _Lane:
    label: str
    marks: tuple[_Mark, ...]
    bars: tuple[_Bar, ...]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EVENT = "#333"
_PROCESSOR = "#6a3d9a"
_NOTICE = "#1f78b4"
_PEOPLE = "#33a02c"
_CLOCK = "#e31a1c"


def _incident_marks(incident: Incident, *, shared: bool = True) -> list[_Mark]:
    t = incident.timeline
    marks: list[_Mark] = []
    if shared:
        for name, label, color in (
            ("detected_at", "detected", _EVENT),
            ("processor_aware_at", "processor aware", _PROCESSOR),
            ("contained_at", "contained", _EVENT),
        ):
            value = getattr(t, name)
            if value is not None:
                marks.append(_Mark(value, label, color))
    if t.processor_notified_controller_at is not None:
        marks.append(_Mark(t.processor_notified_controller_at, "told by processor", _PROCESSOR))
    if t.controller_aware_at is not None:
        marks.append(_Mark(t.controller_aware_at, "controller aware", _CLOCK))
    for n in t.authority_notices:
        who = f" by {n.by}" if n.by else ""
        marks.append(_Mark(n.at, f"{n.kind.value} notice{who}", _NOTICE))
    for c in t.subject_communications:
        marks.append(_Mark(c.at, "people informed", _PEOPLE))
    for p in t.public_communications:
        marks.append(_Mark(p.at, "public communication", _PEOPLE))
    return marks


def _clock_bars(determinations: Iterable[Determination], *, processor: bool = True) -> list[_Bar]:
    bars: list[_Bar] = []
    for d in determinations:
        dl = d.deadline
        if dl is None or dl.start is None:
            continue
        to_controller = processor_notice(d)
        if to_controller and not processor:
            continue
        if dl.open_ended:
            color = _PROCESSOR if to_controller else _PEOPLE
            bars.append(_Bar(dl.start, dl.target, f"{d.title} (without undue delay)", color, True))
        elif dl.due is not None:
            bars.append(_Bar(dl.start, dl.due, f"{d.title} (due {dl.due_iso})", _CLOCK))
    return bars


def _lanes_for(
    record: Incident | ProcessorIncident,
    assessment: Assessment | ProcessorAssessment | None,
    as_of: datetime | None,
) -> list[_Lane]:
    if isinstance(record, Incident):
        single = assessment if isinstance(assessment, Assessment) else assess(record, as_of=as_of)
        occ = record.timeline.occurred
        bars = _clock_bars(single.determinations)
        if occ.start is not None:
            bars.insert(0, _Bar(occ.start, occ.end, "breach occurred", "#999"))
        return [_Lane(record.controller.name, tuple(_incident_marks(record)), tuple(bars))]
    pa = (
        assessment
        if assessment is not None and not isinstance(assessment, Assessment)
        else assess_processor_incident(record, as_of=as_of)
    )
    per = pa.per_controller
    shared: list[_Mark] = []
    for value, label, color in (
        (record.detected_at, "detected", _EVENT),
        (record.processor_aware_at, "processor aware", _PROCESSOR),
        (record.contained_at, "contained", _EVENT),
    ):
        if value is not None:
            shared.append(_Mark(value, label, color))
    occ_bars: list[_Bar] = []
    if record.occurred.start is not None:
        occ_bars.append(_Bar(record.occurred.start, record.occurred.end, "breach occurred", "#999"))
    lanes = [_Lane(record.processor.name, tuple(shared), tuple(occ_bars))]
    for share, a in zip(record.controllers, per, strict=True):
        incident = controller_incident(record, share)
        lanes.append(
            _Lane(
                share.organisation.name,
                tuple(_incident_marks(incident, shared=False)),
                tuple(_clock_bars(a.determinations)),
            )
        )
    return lanes


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def timeline_svg(
    record: Incident | ProcessorIncident,
    *,
    assessment: Assessment | ProcessorAssessment | None = None,
    as_of: datetime | None = None,
    width: int = 860,
) -> str:
    """Events and running clocks on one time axis, as a self-contained SVG.

    One lane per controller (for a processor incident, the processor's lane first):
    circles for events (awareness, the processor's notice, notifications,
    communications), bars for clocks (solid to the due instant, dashed to the policy
    target of a "without undue delay" duty), and a vertical line at ``as_of``. Hover
    titles give the details; there is no script.

    Args:
        record: An incident or a processor incident.
        assessment: Its assessment, if already computed.
        as_of: The instant to mark (and to judge statuses at, if assessing here).
        width: The drawing's width in pixels.

    Returns:
        The ``<svg>`` element as text.
    """
    if as_of is None and assessment is not None:
        as_of = assessment.as_of
    return _draw(_lanes_for(record, assessment, as_of), as_of, width)


def assessment_timeline_svg(a: Assessment, *, width: int = 860) -> str:
    """Every clock of every regime of an assessment on one time axis, one lane per regime.

    The combined timeline of :func:`breachmodel.views.render_html`: bars as in
    :func:`timeline_svg` (solid to the due instant, dashed to a policy target), and a
    vertical line at the assessment's ``as_of``. No event of the incident is drawn: an
    assessment does not carry them (use :func:`timeline_svg` with the incident for those).
    """
    titles = regime_titles(a)
    lanes = [
        _Lane(titles.get(r.regime, r.regime), (), tuple(_clock_bars(dets)))
        for r in a.regimes
        if (dets := [d for d in a.determinations if d.key is not None and d.key.regime == r.regime])
    ]
    return _draw(lanes, a.as_of, width)


def _draw(lanes: list[_Lane], as_of: datetime | None, width: int) -> str:
    instants: list[datetime] = []
    for lane in lanes:
        instants += [m.at for m in lane.marks]
        for b in lane.bars:
            instants.append(b.start)
            if b.end is not None:
                instants.append(b.end)
    if as_of is not None:
        instants.append(as_of)
    label_w, pad, lane_h, top = 190, 10, 26, 24
    legend_h = 22
    height = top + lane_h * len(lanes) + 20 + legend_h
    plot_w = width - label_w - 2 * pad
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="system-ui,sans-serif" '
        'font-size="11"><title>Timeline: events and clocks</title>'
    ]
    if not instants:
        parts.append(f'<text x="{pad}" y="{top}">No dated events recorded.</text></svg>')
        return "".join(parts)
    t0 = min(instants).astimezone(UTC)
    t1 = max(instants).astimezone(UTC)
    span = max((t1 - t0).total_seconds(), 3600.0)
    t0 -= timedelta(seconds=span * 0.03)
    span *= 1.06

    def x(t: datetime) -> float:
        return label_w + pad + (t.astimezone(UTC) - t0).total_seconds() / span * plot_w

    # Day ticks (UTC midnights), at most about 12 of them.
    days = span / 86400
    step = max(1, int(days // 12) + (1 if days % 12 else 0)) if days > 12 else 1
    day = datetime(t0.year, t0.month, t0.day, tzinfo=UTC) + timedelta(days=1)
    end = t0 + timedelta(seconds=span)
    while day <= end:
        xd = _fmt(x(day))
        parts.append(
            f'<line x1="{xd}" y1="{top - 6}" x2="{xd}" y2="{height - 16}" stroke="#eee"/>'
            f'<text x="{xd}" y="{top - 10}" text-anchor="middle" fill="#666">'
            f"{day.day} {_MONTHS[day.month - 1]}</text>"
        )
        day += timedelta(days=step)
    for i, lane in enumerate(lanes):
        y = top + i * lane_h + lane_h / 2
        parts.append(
            f'<text x="{pad}" y="{_fmt(y + 4)}"><title>{_e(lane.label)}</title>'
            f"{_e(_short(lane.label))}</text>"
        )
        parts.append(
            f'<line x1="{label_w + pad}" y1="{_fmt(y)}" x2="{width - pad}" y2="{_fmt(y)}" '
            'stroke="#ddd"/>'
        )
        for b in lane.bars:
            xs = x(b.start)
            xe = x(b.end) if b.end is not None else x(end)
            dash = ' stroke-dasharray="4 3"' if b.dashed or b.end is None else ""
            fill = "none" if b.dashed else b.color
            opacity = "1" if b.dashed else "0.25"
            parts.append(
                f'<rect x="{_fmt(xs)}" y="{_fmt(y - 6)}" width="{_fmt(max(xe - xs, 1.0))}" '
                f'height="12" fill="{fill}" fill-opacity="{opacity}" stroke="{b.color}"{dash}>'
                f"<title>{_e(b.label)}: {_e(b.start.isoformat())} to "
                f"{_e(b.end.isoformat() if b.end else 'open')}</title></rect>"
            )
        for m in sorted(lane.marks, key=lambda m: (m.at, m.label)):
            parts.append(
                f'<circle cx="{_fmt(x(m.at))}" cy="{_fmt(y)}" r="4" fill="{m.color}">'
                f"<title>{_e(m.label)}: {_e(m.at.isoformat())}</title></circle>"
            )
    if as_of is not None:
        xa = _fmt(x(as_of))
        parts.append(
            f'<line x1="{xa}" y1="{top - 6}" x2="{xa}" y2="{height - 16 - legend_h}" '
            f'stroke="#000" stroke-dasharray="2 2"><title>as of {_e(as_of.isoformat())}</title>'
            f'</line><text x="{xa}" y="{height - 4 - legend_h}" text-anchor="middle">as of</text>'
        )
    parts.append(_legend(pad, height - 6))
    parts.append("</svg>")
    return "".join(parts)


_LEGEND = (
    ("bar", "#999", False, "breach occurred"),
    ("bar", _CLOCK, False, "deadline"),
    ("bar", _PEOPLE, True, "without undue delay"),
    ("dot", _CLOCK, False, "controller aware"),
    ("dot", _PROCESSOR, False, "processor event"),
    ("dot", _NOTICE, False, "notice to authority"),
    ("dot", _PEOPLE, False, "people told"),
)


def _legend(x0: float, y: float) -> str:
    """A one-line key to the colours and shapes (fixed text, nothing from the record)."""
    out: list[str] = []
    xpos = x0
    for shape, color, dashed, label in _LEGEND:
        if shape == "bar":
            fill = "none" if dashed else color
            dash = ' stroke-dasharray="4 3"' if dashed else ""
            opacity = "1" if dashed else "0.25"
            out.append(
                f'<rect x="{_fmt(xpos)}" y="{_fmt(y - 9)}" width="18" height="10" fill="{fill}" '
                f'fill-opacity="{opacity}" stroke="{color}"{dash}/>'
            )
        else:
            out.append(f'<circle cx="{_fmt(xpos + 9)}" cy="{_fmt(y - 4)}" r="4" fill="{color}"/>')
        out.append(f'<text x="{_fmt(xpos + 22)}" y="{_fmt(y)}" fill="#444">{label}</text>')
        xpos += 26 + 6.2 * len(label)
    return "".join(out)


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
