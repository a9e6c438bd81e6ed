"""South Korea, PIPA Art. 34 and Enforcement Decree Arts. 39-40: notice and report.

See :mod:`breachmodel.regimes.kr_pipa.rules`.
"""

from breachmodel.regimes.kr_pipa._regime import REGIME

__all__ = ["REGIME"]
