"""Canada: PIPEDA ss. 10.1-10.3 (see ``docs/law/pipeda.md``)."""

from __future__ import annotations

from breachmodel.regimes.pipeda._regime import REGIME

__all__ = ["REGIME"]
