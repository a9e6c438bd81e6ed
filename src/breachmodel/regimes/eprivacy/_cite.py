"""Citations of the ePrivacy instruments: Regulation 611/2013 and Directive 2002/58/EC."""

from __future__ import annotations

import functools

from breachmodel import law as _law
from breachmodel.citations import Citation, reg_611_2013

__all__ = ["DIRECTIVE_2002_58", "directive", "reg"]

DIRECTIVE_2002_58 = _law.EPRIVACY_DIRECTIVE.short
"""Directive 2002/58/EC on privacy and electronic communications (the ePrivacy Directive),
as amended by Directive 2009/136/EC."""

reg = reg_611_2013
"""Cite Commission Regulation (EU) No 611/2013, e.g. ``reg("Art. 2(2)")``."""


@functools.cache
def directive(pinpoint: str) -> Citation:
    """Cite Directive 2002/58/EC, e.g. ``directive("Art. 4(3)")``."""
    return Citation(DIRECTIVE_2002_58, pinpoint, _law.EPRIVACY_DIRECTIVE.url)
