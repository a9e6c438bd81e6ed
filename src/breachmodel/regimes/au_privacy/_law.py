"""Citations of the Privacy Act 1988 (Cth), Part IIIC, and the OAIC's particulars.

Provenance (also on the law page, docs/law/au_privacy.md):

* ss. 26WG, 26WL and 26WQ: read in reproductions of the official text (AustLII; the ATO's
  legal database, which reproduces the Act); ss. 26WH, 26WJ, 26WK and 26WM: read in a
  reproduction (zoelaw.ai). The official text is on the Federal Register of Legislation
  (C2004A03712).
* s. 26WE (eligible data breach) and s. 26WF (remedial action): from named secondary
  sources (Dundas Lawyers, Moray & Agnew; the Tailor summary citing C2025C00378).
* s. 26WN (enforcement related activities) and s. 26WP (secrecy): from a secondary source
  (LexisNexis Practical Guidance summary), not verified.
* APP entities and the A$3 million small-business turnover (s. 6D): secondary sources
  (global-regimes section 5), not verified.
"""

from __future__ import annotations

import functools
from typing import Final

from breachmodel.citations import Citation
from breachmodel.regimes._national import cite_in

__all__ = ["OAIC_ID", "OAIC_ZONE", "REGIME_ID", "pa"]

REGIME_ID: Final = "au_privacy"
OAIC_ID: Final = "au-oaic"
"""The Office of the Australian Information Commissioner, in the authorities registry."""
OAIC_ZONE: Final = "Australia/Sydney"
"""The OAIC's seat (Sydney)."""


@functools.cache
def pa(section: str, sub: str = "") -> Citation:
    """Cite the Privacy Act 1988 (Cth), e.g. ``pa("26WK", "(3)")``."""
    return cite_in("au-privacy-act", f"s. {section}{sub}")
