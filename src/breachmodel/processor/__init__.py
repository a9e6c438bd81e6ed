"""Processor incidents with many controllers: one breach at a processor, one assessment each.

A breach at a processor (or sub-processor) often concerns many controllers at once: in the
Viamedis/Almerys case one *tiers payant* operator served dozens of insurers. Each
controller has its own people, establishment and supervisory authority, and its own
clocks, which start when it becomes aware: normally when the processor tells it (under
the GDPR, EDPB 9/2022, section II.A.4), earlier if it learned otherwise (encoding note E5).

A :class:`ProcessorIncident` records the shared facts once (data, effects, cause,
measures, when the processor became aware) and one :class:`ControllerShare` per
controller. :func:`controller_incident` derives each controller's own
:class:`~breachmodel.model.Incident`; :func:`assess_processor_incident` assesses every
one of them under every regime that reaches it, the processor's duty to tell each, and a
cross-controller :class:`ControllerSummary` whose rows show, per duty, the obligation due
first across regimes. The law the processor view cites itself comes from the regimes
(``Regime.processor_duty``). The cost grows linearly with the number of controllers.

Files: a processor incident file is JSON with ``"schema_version": "1.0"`` and
``"record_type": "processor_incident"``; :func:`load_any` reads either kind of file.

>>> pi = load_any("examples/viamedis-almerys-processor.json")
>>> isinstance(pi, ProcessorIncident), len(pi.controllers)
(True, 7)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from breachmodel.processor._assess import assess_processor_incident
from breachmodel.processor._derive import controller_incident
from breachmodel.processor._load import dumps_any, from_data_any, load_any, loads_any
from breachmodel.processor._model import (
    PROCESSOR_RECORD_TYPE,
    ControllerShare,
    ProcessorIncident,
)
from breachmodel.processor._result import ProcessorAssessment
from breachmodel.processor._summary import ControllerRow, ControllerSummary

if TYPE_CHECKING:
    from breachmodel.views import (
        processor_assessment_to_dict,
        render_processor_assessment,
        stream_processor_assessment,
    )

__all__ = [
    "PROCESSOR_RECORD_TYPE",
    "ControllerRow",
    "ControllerShare",
    "ControllerSummary",
    "ProcessorAssessment",
    "ProcessorIncident",
    "assess_processor_incident",
    "controller_incident",
    "dumps_any",
    "from_data_any",
    "load_any",
    "loads_any",
    "processor_assessment_to_dict",
    "render_processor_assessment",
    "stream_processor_assessment",
]

_VIEWS = frozenset(
    {"processor_assessment_to_dict", "render_processor_assessment", "stream_processor_assessment"}
)
"""Names kept here for existing code; they live with the views, loaded on first use."""


def __getattr__(name: str) -> Any:
    if name not in _VIEWS:
        msg = f"module 'breachmodel.processor' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module("breachmodel.views"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
