"""The UK GDPR and the Data Protection Act 2018: breach notification to the ICO.

Built from the GDPR's rule functions with the UK's own instrument, authority and scope;
see :mod:`breachmodel.regimes.uk_gdpr.rules`.
"""

from breachmodel.regimes.uk_gdpr._regime import REGIME, UkGdprRegime

__all__ = ["REGIME", "UkGdprRegime"]
