"""Japan, APPI Art. 26 and Enforcement Rules Arts. 7-10: reports to the PPC and notices.

See :mod:`breachmodel.regimes.jp_appi.cases` (the reportable cases) and
:mod:`breachmodel.regimes.jp_appi.reports` (the reports and notices).
"""

from breachmodel.regimes.jp_appi._regime import REGIME
from breachmodel.regimes.jp_appi.options import DayCount, JpAppiOptions

__all__ = ["REGIME", "DayCount", "JpAppiOptions"]
