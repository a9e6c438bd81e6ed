"""India, CERT-In Directions of 28 April 2022: listed cyber incidents to CERT-In in 6 hours.

See :mod:`breachmodel.regimes.in_certin.rules`.
"""

from breachmodel.regimes.in_certin._regime import REGIME

__all__ = ["REGIME"]
