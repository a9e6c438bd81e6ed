"""US state breach-notification laws: 54 jurisdictions as data (see ``docs/law/us_states.md``).

The package exports the records a law is made of (:mod:`._law`, its whole ``__all__``),
the table of the 54 laws and the regime.
"""

from __future__ import annotations

from breachmodel.regimes.us_states import _law
from breachmodel.regimes.us_states._law import *  # noqa: F403 - re-exported as its __all__
from breachmodel.regimes.us_states._regime import REGIME
from breachmodel.regimes.us_states.table import BY_CODE, STATES

__all__ = ["BY_CODE", "REGIME", "STATES"]
__all__ += _law.__all__
