"""DORA incident reporting: Regulation (EU) 2022/2554, Arts. 17-19 (``art19``).

With Delegated Regulations (EU) 2024/1772 (``classification``) and 2025/301.

The regime object the registry lists is :data:`REGIME`.
"""

from breachmodel.regimes.dora._regime import REGIME

__all__ = ["REGIME"]
