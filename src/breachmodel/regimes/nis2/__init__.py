"""NIS2 incident reporting: Directive (EU) 2022/2555, Art. 23 (``art23``).

The regime object the registry lists is :data:`REGIME`.
"""

from breachmodel.regimes.nis2._regime import REGIME

__all__ = ["REGIME"]
