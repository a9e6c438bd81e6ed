"""US state breach-notification laws: 54 jurisdictions as data (see ``docs/law/us_states.md``)."""

from __future__ import annotations

from breachmodel.regimes.us_states._law import (
    CRA,
    AgNotice,
    Clock,
    Element,
    Provenance,
    StateLaw,
    Substitute,
    Threshold,
)
from breachmodel.regimes.us_states._regime import REGIME
from breachmodel.regimes.us_states.table import BY_CODE, STATES

__all__ = [
    "BY_CODE",
    "CRA",
    "REGIME",
    "STATES",
    "AgNotice",
    "Clock",
    "Element",
    "Provenance",
    "StateLaw",
    "Substitute",
    "Threshold",
]
