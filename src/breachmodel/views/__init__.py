"""Views: text, Markdown, HTML (notebooks), JSON and its schema, above the domain.

Everything the library shows is derived here from an assessment, a determination or a
model object; nothing below this package imports it. The domain's convenience methods
(``Assessment.to_text()``, ``Determination.to_html()``, ``Incident._repr_html_``...)
reach these renderers through :mod:`breachmodel._display`, where this package registers
them when it is imported (the package root loads it on first use).

>>> import breachmodel
>>> result = breachmodel.assess(breachmodel.load("examples/lost-laptop-encrypted.json"))
>>> render_text(result) == result.to_text()
True
"""

from __future__ import annotations

from typing import Any

from breachmodel import _display
from breachmodel._wording import status_text
from breachmodel.assessment import Assessment
from breachmodel.clocks import Deadline, DeadlineStatus
from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.processor import ProcessorAssessment, ProcessorIncident
from breachmodel.sanitize import dumps_json
from breachmodel.views import _render
from breachmodel.views._notebook import (
    assessment_timeline_svg,
    deadline_html,
    incident_html,
    status_html,
    timeline_svg,
)
from breachmodel.views._processor import (
    processor_assessment_json,
    processor_assessment_to_dict,
    render_processor_assessment,
)
from breachmodel.views._processor_stream import stream_processor_assessment
from breachmodel.views._render import *  # noqa: F403 - re-exported as its __all__
from breachmodel.views._schema import assessment_schema, assessment_schema_json

__all__ = [
    "assessment_schema",
    "assessment_schema_json",
    "assessment_timeline_svg",
    "deadline_html",
    "incident_html",
    "processor_assessment_to_dict",
    "render_processor_assessment",
    "status_html",
    "status_text",
    "stream_processor_assessment",
    "timeline_svg",
]
__all__ += _render.__all__


def _determination_json(det: Determination, *, indent: int | None = 2) -> str:
    return dumps_json(_render.determination_to_dict(det), indent=indent, sort_keys=True) + "\n"


def _register() -> None:
    views: dict[type, dict[str, Any]] = {
        Assessment: {
            "text": _render.render_text,
            "markdown": _render.render_markdown,
            "html": _render.render_html,
            "dict": _render.assessment_to_dict,
            "json": _render.render_json,
        },
        Determination: {
            "text": _render.render_determination_text,
            "markdown": _render.render_determination_markdown,
            "html": _render.render_determination_html,
            "dict": _render.determination_to_dict,
            "json": _determination_json,
        },
        Deadline: {"html": deadline_html},
        DeadlineStatus: {"html": status_html},
        Incident: {"html": incident_html},
        ProcessorIncident: {"html": incident_html},
        ProcessorAssessment: {
            "text": lambda pa: render_processor_assessment(pa, "text"),
            "markdown": lambda pa: render_processor_assessment(pa, "markdown"),
            "html": lambda pa: render_processor_assessment(pa, "html"),
            "dict": processor_assessment_to_dict,
            "json": processor_assessment_json,
        },
    }
    for cls, by_name in views.items():
        for name, view in by_name.items():
            _display.register(cls, name, view)


_register()
