"""United States: the HIPAA Breach Notification Rule (see ``docs/law/hipaa.md``)."""

from __future__ import annotations

from breachmodel.regimes.hipaa._regime import REGIME, HipaaRegime

__all__ = ["REGIME", "HipaaRegime"]
