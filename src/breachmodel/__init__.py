"""breachmodel: personal-data breach incidents and the legal obligations that follow.

Model what an assessor knows about a breach (:class:`Incident`), then :func:`assess` it:
whether the supervisory authority must be notified and by when (GDPR Art. 33), whether
the people concerned must be told and how (Art. 34), which authority is competent, what
each notice must contain, and why, every conclusion tied to the article that creates it.

>>> import breachmodel
>>> incident = breachmodel.load("examples/lost-laptop-encrypted.json")
>>> result = breachmodel.assess(incident)
>>> result["gdpr.art33.notify_authority"].outcome
<Outcome.NOT_REQUIRED: 'not_required'>

Everything but the exceptions loads on first use (the model, the rules, the renderers,
holiday calendars), so that ``import breachmodel`` stays cheap. The renderers sit above
the domain in :mod:`breachmodel.views`; the domain objects' ``to_text()``, ``to_html()``
and ``_repr_html_`` reach them through a small registry, loaded here on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from breachmodel import _display
from breachmodel._version import __version__
from breachmodel.errors import (
    BreachModelError,
    InvalidIncidentError,
    NaiveDatetimeError,
    Problem,
)

if TYPE_CHECKING:
    from breachmodel.assessment import Assessment, assess
    from breachmodel.citations import Citation
    from breachmodel.determination import Determination, MissingFact, Outcome, Reason
    from breachmodel.model import (
        Count,
        DataCategory,
        DataConcerned,
        Effects,
        Incident,
        Organisation,
        RiskLevel,
        SubjectGroup,
        Timeline,
    )
    from breachmodel.processor import (
        ProcessorIncident,
        assess_processor_incident,
        load_any,
    )
    from breachmodel.regimes.gdpr.options import GdprOptions
    from breachmodel.serialization import dumps, load, loads
    from breachmodel.whatif import WhatIf, what_if

__all__ = [
    "Assessment",
    "BreachModelError",
    "Citation",
    "Count",
    "DataCategory",
    "DataConcerned",
    "Determination",
    "Effects",
    "GdprOptions",
    "Incident",
    "InvalidIncidentError",
    "MissingFact",
    "NaiveDatetimeError",
    "Organisation",
    "Outcome",
    "Problem",
    "ProcessorIncident",
    "Reason",
    "RiskLevel",
    "SubjectGroup",
    "Timeline",
    "WhatIf",
    "__version__",
    "assess",
    "assess_processor_incident",
    "dumps",
    "load",
    "load_any",
    "loads",
    "what_if",
]

_LAZY = {
    "Count": "breachmodel.model",
    "DataCategory": "breachmodel.model",
    "DataConcerned": "breachmodel.model",
    "Effects": "breachmodel.model",
    "Incident": "breachmodel.model",
    "Organisation": "breachmodel.model",
    "RiskLevel": "breachmodel.model",
    "SubjectGroup": "breachmodel.model",
    "Timeline": "breachmodel.model",
    "Assessment": "breachmodel.assessment",
    "assess": "breachmodel.assessment",
    "Citation": "breachmodel.citations",
    "Determination": "breachmodel.determination",
    "MissingFact": "breachmodel.determination",
    "Outcome": "breachmodel.determination",
    "Reason": "breachmodel.determination",
    "GdprOptions": "breachmodel.regimes.gdpr.options",
    "ProcessorIncident": "breachmodel.processor",
    "assess_processor_incident": "breachmodel.processor",
    "load_any": "breachmodel.processor",
    "dumps": "breachmodel.serialization",
    "load": "breachmodel.serialization",
    "loads": "breachmodel.serialization",
    "WhatIf": "breachmodel.whatif",
    "what_if": "breachmodel.whatif",
}


def _load_views() -> object:
    """Load the views, which register the domain objects' renderings (:mod:`breachmodel._display`)."""
    return importlib.import_module("breachmodel.views")


_display.set_loader(_load_views)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'breachmodel' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
