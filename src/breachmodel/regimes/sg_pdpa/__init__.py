"""Singapore: PDPA 2012, Part 6A (see ``docs/law/sg_pdpa.md``)."""

from __future__ import annotations

from breachmodel.regimes.sg_pdpa._regime import REGIME

__all__ = ["REGIME"]
