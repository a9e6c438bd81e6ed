"""Citations of PIPEDA ss. 10.1-10.3 and the Breach of Security Safeguards Regulations; the OPC.

Provenance (also on the law page, docs/law/pipeda.md):

* s. 10.1(1)-(6) and the start of (7) (report, content and timing "as soon as feasible after
  the organization determines that the breach has occurred", notification to individuals
  "unless otherwise prohibited by law", direct or indirect, significant harm): read in the
  official text on laws-lois.justice.gc.ca.
* s. 10.1(8) (real risk: sensitivity and probability of misuse): secondary (Office of the
  Privacy Commissioner's guidance as summarised by My Privacy Rights, Thinsky, Privatech).
* s. 10.2 (notify organisations or government institutions that may reduce the harm):
  secondary (Mondaq/Blakes); its timing "as soon as feasible" is from memory, not verified.
* s. 10.3 and reg. 6 (a record of every breach, kept 24 months after the day of the
  determination): secondary (Privatech; Thinsky).
* SOR/2018-64 reg. 2(1) (content of the report): secondary (Happier IT, Mondaq), headings
  read in the Canada Gazette, Part II (18 April 2018); reg. 4 (direct notification: in
  person, by telephone, mail, email or other reasonable means): read in the Gazette;
  reg. 5(1) (when indirect notification is allowed): from memory, not verified.
* Provinces with substantially similar laws (Québec, Alberta, British Columbia) and
  PIPEDA's reach to commercial activity and federal works: secondary (Bifrost Index guide).
"""

from __future__ import annotations

import functools
from typing import Final

from breachmodel.citations import Citation
from breachmodel.regimes._national import cite_in, pinpoint

__all__ = ["OPC_ID", "OPC_ZONE", "REGIME_ID", "pipeda", "regs"]

REGIME_ID: Final = "pipeda"
OPC_ID: Final = "ca-opc"
"""The Office of the Privacy Commissioner of Canada, in the authorities registry."""
OPC_ZONE: Final = "America/Toronto"
"""Eastern time, where the OPC sits (Gatineau, Québec)."""


@functools.cache
def pipeda(section: str, sub: str = "") -> Citation:
    """Cite PIPEDA, e.g. ``pipeda("10.1", "(1)")``."""
    return cite_in("pipeda", f"s. {section}{sub}", section)


regs: Final = pinpoint("pipeda-bss-regs")
"""Cite the Breach of Security Safeguards Regulations, e.g. ``regs("s. 2(1)")``."""
