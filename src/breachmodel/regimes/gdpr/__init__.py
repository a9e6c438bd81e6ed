"""The GDPR rules: scope, risk, Art. 33, Art. 34 and the competent authority.

The regime object the registry lists is :data:`REGIME`.
"""

from breachmodel.regimes.gdpr._regime import REGIME

__all__ = ["REGIME"]
