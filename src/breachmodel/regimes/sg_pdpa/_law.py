"""Citations of Singapore's PDPA 2012, Part 6A, and its breach regulations; the PDPC.

Provenance (also on the law page, docs/law/sg_pdpa.md):

* ss. 26A, 26B (notifiable data breach, significant harm, significant scale, breaches
  within an organisation), 26C(1) (breaches from 1 February 2021), 26D(1)-(5): read in the
  official text on Singapore Statutes Online (sso.agc.gov.sg, Part 6A) and its reproduction
  at laws.sg; s. 26D(6) (law enforcement instruction, the Commission's direction): read in
  a reproduction (lawplayer.com).
* The 30-day expectation for the assessment: the PDPC's guidance as summarised by a named
  secondary source (Sorena); s. 26C(2) itself says "reasonable and expeditious".
* Regulations 2021 (S 64/2021): reg. 3(1) (deemed significant harm: name, alias or
  identification number with data of Part 1 of the Schedule; account identifier with its
  password or access data) read in an archived copy of the SSO text (Legal Wires); Schedule
  items 7 to 11 (private keys, net worth, deposits, withdrawals, advances) read in a
  reproduction of the gazette; reg. 4 (500 affected individuals) from the Legal Wires
  summary and global-regimes section 6 (secondary); the content of regs. 5 and 6 from
  memory, not verified.
* s. 26D(7) (the Commission's waiver): global-regimes section 6, conditions not verified.
"""

from __future__ import annotations

import functools
from typing import Final

from breachmodel.citations import Citation
from breachmodel.regimes._national import cite_in, pinpoint

__all__ = ["PDPC_ID", "PDPC_ZONE", "REGIME_ID", "SCALE", "pdpa", "regs"]

REGIME_ID: Final = "sg_pdpa"
PDPC_ID: Final = "sg-pdpc"
"""The Personal Data Protection Commission, in the authorities registry."""
PDPC_ZONE: Final = "Asia/Singapore"
SCALE: Final = 500
"""Reg. 4: a breach affecting not fewer than 500 individuals is of a significant scale
(s. 26B(3)(a) "not fewer than the prescribed number"; the number from secondary sources)."""


@functools.cache
def pdpa(section: str, sub: str = "") -> Citation:
    """Cite the PDPA 2012, e.g. ``pdpa("26D", "(1)")``."""
    return cite_in("sg-pdpa", f"s. {section}{sub}")


regs: Final = pinpoint("sg-ndb-regs")
"""Cite the Notification of Data Breaches Regulations 2021, e.g. ``regs("reg. 4")``."""
