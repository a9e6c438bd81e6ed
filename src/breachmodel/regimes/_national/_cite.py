"""Citing a national law's instruments at a pinpoint.

Each regime cites its instruments by short functions (``lgpd("Art. 48, § 1")``); those
that only pass the pinpoint to the law table are made by :func:`pinpoint`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from breachmodel.citations import Citation
from breachmodel.regimes._national._reach import cite_in

__all__ = ["pinpoint"]


def pinpoint(instrument: str) -> Callable[[str], Citation]:
    """A cached function citing ``instrument`` of the law table at the pinpoint it is given.

    >>> lgpd = pinpoint("lgpd")
    >>> lgpd("Art. 48, § 1").pinpoint
    'Art. 48, § 1'
    """
    return functools.cache(functools.partial(cite_in, instrument))
