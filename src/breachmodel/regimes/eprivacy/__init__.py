"""The ePrivacy breach rules: Commission Regulation (EU) No 611/2013 (``reg611``).

The regime object the registry lists is :data:`REGIME`.
"""

from breachmodel.regimes.eprivacy._regime import REGIME

__all__ = ["REGIME"]
