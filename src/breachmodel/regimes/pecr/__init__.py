"""PECR reg. 5A: personal data breaches of UK public electronic communications services.

See :mod:`breachmodel.regimes.pecr.rules`.
"""

from breachmodel.regimes.pecr._regime import REGIME, PecrRegime

__all__ = ["REGIME", "PecrRegime"]
