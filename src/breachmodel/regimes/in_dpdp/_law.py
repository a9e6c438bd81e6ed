"""India's DPDP breach rules as data: citations, the commencement date, options.

Provenance (repeated on the law page ``docs/law/in_dpdp.md``):

* Rule 7(1)-(3) of the DPDP Rules 2025 (intimation to each affected Data Principal and to
  the Board without delay; the detailed report within 72 hours of becoming aware, or a
  longer period the Board allows on a written request; the items of each): the Rules' text
  as reproduced on dpdpaedu.org and dpdpa.co.in, read with the search tool.
* Section 8(6) of the DPDP Act 2023 (the duty to intimate the Board and each affected Data
  Principal) and s. 2(u) (a personal data breach is any unauthorised processing, or
  accidental disclosure, acquisition, sharing, use, alteration, destruction or loss of
  access): memory of the Act, NOT verified; Rule 7 confirms the two recipients.
* Commencement of Rule 7: eighteen months after the Rules' publication on 13 November 2025,
  so 13 May 2027 (secondary: laaticonsulting.com, courtroomexchange.com, easydp.in; one
  source says 14 May 2027; the earlier date is used). NOT verified in the Gazette.
* The Act's reach (s. 3): digital personal data processed in India, and outside India in
  connection with offering goods or services to Data Principals in India: memory, NOT
  verified.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from attrs import frozen

from breachmodel.citations import Citation, cite

__all__ = ["COMMENCEMENT", "HOURS", "DpdpOptions", "act", "rule"]

COMMENCEMENT: Final = date(2027, 5, 13)
"""Rule 7 in force: eighteen months after 13 November 2025 (secondary sources)."""

HOURS: Final = 72
"""Rule 7(2)(b): the detailed report within 72 hours of becoming aware (reproduced text)."""


@frozen(kw_only=True)
class DpdpOptions:
    """Options for the India DPDP regime.

    Attributes:
        assume_in_force: Assess an incident known before Rule 7 commences (13 May 2027) as
            if it were in force, to prepare; off by default, when the regime says the
            duty is not yet in force for that date.

    >>> DpdpOptions().assume_in_force
    False
    """

    assume_in_force: bool = False


def act(section: int | str, subsection: int | None = None) -> Citation:
    """Cite the DPDP Act, e.g. ``act(8, 6)``."""
    return cite("in-dpdp-act", section, subsection)


def rule(number: int, subrule: int | None = None, clause: str | None = None) -> Citation:
    """Cite the DPDP Rules, e.g. ``rule(7, 2, "b")``."""
    return cite("in-dpdp-rules", number, subrule, clause)
