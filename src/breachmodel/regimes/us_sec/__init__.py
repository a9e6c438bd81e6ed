"""United States: SEC Form 8-K Item 1.05 (see ``docs/law/us_sec.md``)."""

from __future__ import annotations

from breachmodel.regimes.us_sec._regime import REGIME, UsSecRegime

__all__ = ["REGIME", "UsSecRegime"]
