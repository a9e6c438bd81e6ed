"""Brazil: LGPD Art. 48 and Resolution CD/ANPD 15/2024 (see ``docs/law/lgpd.md``)."""

from __future__ import annotations

from breachmodel.regimes.lgpd._regime import REGIME
from breachmodel.regimes.lgpd.options import BrazilCalendar, LgpdOptions

__all__ = ["REGIME", "BrazilCalendar", "LgpdOptions"]
