"""Render assessments and determinations: the names of :mod:`breachmodel.views`, kept here.

The renderers live in the :mod:`breachmodel.views` package, above the domain; this
module keeps the names it has always had so that existing imports keep working.
"""

from __future__ import annotations

from breachmodel._wording import status_text
from breachmodel.sanitize import markdown_text
from breachmodel.views import _render
from breachmodel.views._render import *  # noqa: F403 - re-exported as its __all__

__all__ = ["status_text"]
__all__ += _render.__all__

_md = markdown_text
"""The Markdown escape of the renderers (:func:`breachmodel.sanitize.markdown_text`)."""
