"""Australia: Privacy Act 1988 (Cth), Part IIIC (see ``docs/law/au_privacy.md``)."""

from __future__ import annotations

from breachmodel.regimes.au_privacy._regime import REGIME

__all__ = ["REGIME"]
