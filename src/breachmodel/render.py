"""Render assessments and determinations: the names of :mod:`breachmodel.views`, kept here.

The renderers live in the :mod:`breachmodel.views` package, above the domain; this
module keeps the names it has always had so that existing imports keep working.
"""

from __future__ import annotations

from breachmodel._wording import status_text
from breachmodel.sanitize import markdown_text
from breachmodel.views._render import (
    OUTPUT_FORMAT_VERSION,
    assessment_to_dict,
    determination_to_dict,
    format_duration,
    render_determination_html,
    render_determination_markdown,
    render_determination_text,
    render_html,
    render_json,
    render_markdown,
    render_text,
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
    "status_text",
]

_md = markdown_text
"""The Markdown escape of the renderers (:func:`breachmodel.sanitize.markdown_text`)."""
