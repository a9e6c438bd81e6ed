"""India, DPDP Act 2023 s. 8(6) with the DPDP Rules 2025, Rule 7: breach intimations.

See :mod:`breachmodel.regimes.in_dpdp.rules`.
"""

from breachmodel.regimes.in_dpdp._law import DpdpOptions
from breachmodel.regimes.in_dpdp._regime import REGIME

__all__ = ["REGIME", "DpdpOptions"]
