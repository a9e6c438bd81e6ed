"""Renderings of a processor assessment: text and JSON (written as they go), Markdown, HTML.

Each is derived from the assessment alone; the per-controller parts are rendered by
:mod:`breachmodel.views`, exactly as a single-controller assessment is.
"""

from __future__ import annotations

import html
import io
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import IO, TYPE_CHECKING, Any

from breachmodel._jsonstream import Fragments, Items, Later, Spool, write_json
from breachmodel.determination import Determination, ReasonKind
from breachmodel.obligations import ObligationKey
from breachmodel.overview import controller_overview, risk_label
from breachmodel.processor._summary import ControllerRow, ControllerSummary, _Tally
from breachmodel.sanitize import dumps_json, one_line
from breachmodel.views._render import (
    OUTPUT_FORMAT_VERSION,
    _assessment_data,
    _md,
    _Parts,
    assessment_to_dict,
    determination_to_dict,
    render_determination_html,
    render_determination_text,
    render_html,
    render_markdown,
    render_text,
)

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment
    from breachmodel.processor._result import ProcessorAssessment, _Result

__all__ = [
    "processor_assessment_json",
    "processor_assessment_to_dict",
    "render_processor_assessment",
]


def _iso(value: datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _yes(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _row_dict(r: ControllerRow) -> dict[str, Any]:
    return {
        "controller_id": r.controller_id,
        "controller": r.controller,
        "authorities": list(r.authorities),
        "people": r.people.describe(),
        "people_best": r.people.best,
        "risk": None if r.risk is None else r.risk.value,
        "told_at": r.told_at.isoformat() if r.told_at else None,
        "aware_at": r.aware_at.isoformat() if r.aware_at else None,
        "processor_notice_late": r.processor_notice_late,
        "notify": r.notify.value,
        "notification_due": r.notification_due.isoformat() if r.notification_due else None,
        "notified_at": r.notified_at.isoformat() if r.notified_at else None,
        "notified_by": r.notified_by,
        "notification_status": r.notification_status,
        "late": r.late,
        "inform_people": r.inform_people.value,
        "people_informed_at": r.people_informed_at.isoformat() if r.people_informed_at else None,
        "must_still_inform_people": r.must_still_inform_people,
        "ignored_notices": r.ignored_notices,
        "notify_obligation": r.notify_obligation,
        "inform_people_obligation": r.inform_people_obligation,
    }


def _summary_dict(s: ControllerSummary, rows: Any) -> dict[str, Any]:
    return {
        "controllers": s.controllers,
        "told": s.told,
        "processor_notices_late": s.processor_notices_late,
        "must_notify": s.must_notify,
        "notified": s.notified,
        "notified_by_processor": s.notified_by_processor,
        "late": s.late,
        "must_still_inform_people": s.must_still_inform_people,
        "total_people": s.total_people.describe(),
        "total_people_best": s.total_people.best,
        "rows": rows,
    }


def _document(pa: ProcessorAssessment, summary: Any, duties: Any, per: Any) -> dict[str, Any]:
    return {
        "format_version": OUTPUT_FORMAT_VERSION,
        "record_type": "processor_assessment",
        "incident_id": pa.incident_id,
        "incident_title": pa.incident_title,
        "processor": {"id": pa.processor_id, "name": pa.processor},
        "as_of": _iso(pa.as_of) or None,
        "summary": summary,
        "processor_duties": duties,
        "per_controller": per,
    }


def processor_assessment_to_dict(pa: ProcessorAssessment) -> dict[str, Any]:
    """JSON-ready data for a processor assessment."""
    s = pa.summary
    return _document(
        pa,
        _summary_dict(s, [_row_dict(r) for r in s.rows]),
        [determination_to_dict(d) for d in pa.processor_duties],
        [assessment_to_dict(a) for a in pa.per_controller],
    )


def _kept_parts(kept: Fragments) -> _Parts:
    """The recurring parts of the controllers' assessments, each rendered once (by identity).

    The controllers of one processor incident share many objects: the applicability of
    every regime that reaches none of them, the authorities' routing.
    """
    fresh = _Parts()
    return _Parts(
        considered=lambda c, title, assessed: kept.of(fresh.considered, c, title, assessed),
        analysis=lambda x: kept.of(fresh.analysis, x),
        analysis_data=lambda x: kept.of(fresh.analysis_data, x),
        many=Items,
    )


def _write_json(out: IO[str], pa: ProcessorAssessment, results: Iterable[_Result]) -> None:
    """Write the JSON of ``processor_assessment_to_dict``, one controller at a time.

    ``pa`` gives the head (its per-controller parts are not read); ``results`` the
    controllers. The duties and summary rows, which come after the assessments in key
    order, are kept in temporary files meanwhile; memory does not grow with the number
    of controllers.
    """
    tally = _Tally(pa.processor_id)
    duties, rows = Spool(), Spool()
    parts = _kept_parts(Fragments())

    def per_controller() -> Iterator[dict[str, Any]]:
        for a, duty, row in results:
            tally.add(row)
            duties.add(determination_to_dict(duty))
            rows.add(_row_dict(row))
            yield _assessment_data(a, parts)

    summary = Later(lambda: _summary_dict(tally.summary(()), rows))
    write_json(out, _document(pa, summary, duties, Items(per_controller())))
    out.write("\n")


_COLUMNS = (
    "Controller",
    "Authority",
    "People",
    "Risk to people",
    "Told by processor",
    "Processor notice late",
    "Notify the authority",
    "Notify by",
    "Notified",
    "Late",
    "Tell the people",
    "Must still tell people",
)


def _law(a: Assessment, key: str | None) -> str:
    """`` (the provisions)`` of the obligation with this key, for a cell; empty if none."""
    if key is None:
        return ""
    return " (" + "; ".join(str(c) for c in a[ObligationKey.parse(key)].legal_basis) + ")"


def _cited(duties: Iterable[Determination]) -> dict[str, None]:
    """The provisions the duties rest on, each once, in order."""
    return dict.fromkeys(str(c) for d in duties for c in d.legal_basis)


def _duties_heading(cited: Iterable[str]) -> str:
    """The heading of the processor's duties, citing the provisions they rest on."""
    found = "; ".join(cited)
    return "Processor's duties" + (f" ({found})" if found else "")


def _row_cells(r: ControllerRow, a: Assessment) -> tuple[str, ...]:
    overview = controller_overview(a)
    notified = _iso(r.notified_at)
    if notified and r.notified_by and r.notified_by != r.controller_id:
        notified += f" (by {r.notified_by})"
    return (
        r.controller,
        overview.authority,
        r.people.describe(),
        risk_label(r.risk),
        _iso(r.told_at) or "not yet",
        _yes(r.processor_notice_late),
        r.notify.value.replace("_", " ") + _law(a, r.notify_obligation),
        overview.notify_by,
        notified or "no",
        "yes" if r.late else "no",
        overview.form.value + _law(a, r.inform_people_obligation),
        "yes" if r.must_still_inform_people else "no",
    )


def _rows_cells(pa: ProcessorAssessment) -> list[tuple[str, ...]]:
    return [_row_cells(r, a) for r, a in zip(pa.summary.rows, pa.per_controller, strict=True)]


def _totals_lines(s: ControllerSummary) -> list[str]:
    return [
        f"Controllers: {s.controllers}",
        f"Told by the processor: {s.told} (late: {s.processor_notices_late})",
        f"Must notify their authority: {s.must_notify}",
        f"Have notified: {s.notified} (through the processor: {s.notified_by_processor})",
        f"Late or overdue: {s.late}",
        f"Must still inform their people: {s.must_still_inform_people}",
        f"People concerned in total: {s.total_people.describe()}",
    ]


def _text_spool() -> tempfile.SpooledTemporaryFile[str]:
    return tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")


def _write_text(out: IO[str], pa: ProcessorAssessment, results: Iterable[_Result]) -> None:
    """Write the plain text, one controller at a time (see :func:`_write_json`).

    The summary comes first but needs every controller: the controllers' parts are
    written to temporary files as they come, then copied after the summary.
    """
    tally = _Tally(pa.processor_id)
    cited: dict[str, None] = {}
    with _text_spool() as rows, _text_spool() as duties, _text_spool() as per:
        for a, duty, row in results:
            tally.add(row)
            cited.update(_cited((duty,)))
            cells = [one_line(c) for c in _row_cells(row, a)]
            rows.write(f"* {cells[0]}\n")
            rows.writelines(f"    {k}: {v}\n" for k, v in zip(_COLUMNS[1:], cells[1:], strict=True))
            duties.write("\n" + render_determination_text(duty) + "\n")
            per.write("\n\n" + render_text(a).rstrip("\n") + "\n")
        head = one_line(
            f"Processor incident {pa.incident_id}"
            + (f": {pa.incident_title}" if pa.incident_title else "")
        )
        lines = [head, "=" * len(head), one_line(f"Processor: {pa.processor}")]
        lines.append(f"As of: {pa.as_of.isoformat() if pa.as_of else 'not given'}")
        lines += ["", "Summary", "-------", *map(one_line, _totals_lines(tally.summary(()))), ""]
        out.write("\n".join(lines) + "\n")
        _copy(rows, out)
        heading = _duties_heading(cited)
        out.write(f"\n{heading}\n{'-' * len(heading)}\n")
        _copy(duties, out)
        _copy(per, out)


def _copy(spool: tempfile.SpooledTemporaryFile[str], out: IO[str]) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)


def _results(pa: ProcessorAssessment) -> Iterator[_Result]:
    return zip(pa.per_controller, pa.processor_duties, pa.summary.rows, strict=True)


def _render_to_string(
    write: Callable[[IO[str], ProcessorAssessment, Iterable[_Result]], None],
    pa: ProcessorAssessment,
) -> str:
    buffer = io.StringIO()
    write(buffer, pa, _results(pa))
    return buffer.getvalue()


_STREAMED: dict[str, Callable[[IO[str], ProcessorAssessment, Iterable[_Result]], None]] = {
    "text": _write_text,
    "json": _write_json,
}


def _markdown(pa: ProcessorAssessment) -> str:
    title = f"# Processor incident {_md(pa.incident_id)}" + (
        f": {_md(pa.incident_title)}" if pa.incident_title else ""
    )
    lines = [title, "", f"- **Processor:** {_md(pa.processor)}"]
    lines.append(f"- **As of:** {pa.as_of.isoformat() if pa.as_of else 'not given'}")
    lines += ["", "## Summary", ""]
    lines += [f"- {_md(x)}" for x in _totals_lines(pa.summary)]
    lines += ["", "| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
    for cells in _rows_cells(pa):
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    lines += ["", f"## {_md(_duties_heading(_cited(pa.processor_duties)))}", ""]
    for d in pa.processor_duties:
        st = d.status
        state = "" if st is None else st.status.value.replace("_", " ")
        late = " — late against the target" if st is not None and st.beyond_target_by else ""
        lines.append(f"- {_md(d.title)}: {state}{_md(late)}")
        lines.extend(f"  - {_md(r.text)}" for r in d.reasons if r.kind is ReasonKind.WARNING)
    for a in pa.per_controller:
        body = render_markdown(a)
        lines.append("")
        lines.extend(("#" + ln) if ln.startswith("#") else ln for ln in body.split("\n"))
    return "\n".join(lines).rstrip("\n") + "\n"


def _html(pa: ProcessorAssessment) -> str:
    def e(value: object) -> str:
        return html.escape(one_line(str(value)), quote=True)

    title = f"Processor incident {pa.incident_id}" + (
        f": {pa.incident_title}" if pa.incident_title else ""
    )
    head = "".join(f"<th>{e(c)}</th>" for c in _COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>" for cells in _rows_cells(pa)
    )
    totals = "".join(f"<li>{e(x)}</li>" for x in _totals_lines(pa.summary))
    duties = "".join(render_determination_html(d, standalone=False) for d in pa.processor_duties)
    controllers = "".join(
        f"<details><summary>{e(a.controller)}</summary>{render_html(a)}</details>"
        for a in pa.per_controller
    )
    style = (
        ".bmp{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4}"
        ".bmp table{border-collapse:collapse}.bmp td,.bmp th{border:1px solid #ccc;"
        "padding:2px 6px;text-align:left;vertical-align:top}"
    )
    return (
        f'<div class="bmp bm"><style>{style}</style><h3>{e(title)}</h3>'
        f"<div>Processor: {e(pa.processor)}</div>"
        f"<div>As of: {e(pa.as_of.isoformat() if pa.as_of else 'not given')}</div>"
        f"<h4>Summary</h4><ul>{totals}</ul><table><tr>{head}</tr>{body}</table>"
        f"<h4>{e(_duties_heading(_cited(pa.processor_duties)))}</h4>{duties}"
        f"<h4>Per controller</h4>{controllers}"
        "<p><small>An automated assessment under stated interpretations, not legal advice."
        "</small></p></div>"
    )


def render_processor_assessment(pa: ProcessorAssessment, fmt: str) -> str:
    """Render a processor assessment as ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``.

    The per-controller parts are rendered by :mod:`breachmodel.views`, exactly as a
    single-controller assessment is.

    Raises:
        ValueError: For an unknown format.
    """
    if fmt in _STREAMED:
        return _render_to_string(_STREAMED[fmt], pa)
    if fmt in ("markdown", "md"):
        return _markdown(pa)
    if fmt == "html":
        return _html(pa)
    msg = f"unknown format {fmt!r}; expected 'text', 'markdown', 'html' or 'json'"
    raise ValueError(msg)


def processor_assessment_json(pa: ProcessorAssessment, *, indent: int | None = 2) -> str:
    """Deterministic JSON for a processor assessment (written one controller at a time)."""
    if indent == 2:
        return _render_to_string(_write_json, pa)
    return dumps_json(processor_assessment_to_dict(pa), indent=indent, sort_keys=True) + "\n"
