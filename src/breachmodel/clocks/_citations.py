"""Citations the time engine needs beyond :mod:`breachmodel.citations`.

These name the sources of the counting conventions: Brazil's administrative-procedure
law, the SEC's EDGAR filing-date rule, and this project's own encoding notes (which are
design decisions, cited so that every computed deadline says which choice it rests on).
"""

from __future__ import annotations

from breachmodel.citations import ENCODING_NOTES, Citation, encoding_note

__all__ = ["ENCODING_NOTES", "LEI_9784", "REG_S_T", "encoding_note", "lei_9784", "reg_s_t"]

LEI_9784 = "Lei 9.784/1999"
"""Brazil, Lei n.º 9.784 de 29 de janeiro de 1999 (federal administrative procedure)."""

REG_S_T = "Regulation S-T"
"""US SEC Regulation S-T (17 CFR Part 232), rules for electronic filing on EDGAR."""


_LEI_9784_URL = "https://www.planalto.gov.br/ccivil_03/leis/l9784.htm"
_REG_S_T_URL = "https://www.ecfr.gov/current/title-17/chapter-II/part-232/section-232.13"


def lei_9784(pinpoint: str) -> Citation:
    """Cite Brazil's Lei 9.784/1999, e.g. ``lei_9784("Art. 66")``."""
    return Citation(LEI_9784, pinpoint, _LEI_9784_URL)


def reg_s_t(pinpoint: str) -> Citation:
    """Cite SEC Regulation S-T, e.g. ``reg_s_t("Rule 13(a)(2)")``."""
    return Citation(REG_S_T, pinpoint, _REG_S_T_URL)
