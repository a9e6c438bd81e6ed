"""Notebook views (HTML and SVG): the names of :mod:`breachmodel.views`, kept here.

The notebook views live in the :mod:`breachmodel.views` package, above the domain; this
module keeps the names it has always had so that existing imports keep working.
"""

from __future__ import annotations

from breachmodel.views._notebook import (
    deadline_html,
    incident_html,
    status_html,
    timeline_svg,
)

__all__ = ["deadline_html", "incident_html", "status_html", "timeline_svg"]
