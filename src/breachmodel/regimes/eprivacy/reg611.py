"""Commission Regulation (EU) No 611/2013, Art. 2: the names of the first ePrivacy release.

:func:`notify_authority` is :func:`breachmodel.regimes.eprivacy.notification.notify_authority`
(no ``as_of``: its clock is judged by the assessment). The rules live in
:mod:`~breachmodel.regimes.eprivacy.notification`,
:mod:`~breachmodel.regimes.eprivacy.subscribers`, :mod:`~breachmodel.regimes.eprivacy.content`
and :mod:`~breachmodel.regimes.eprivacy.inventory`; the authorities in
:mod:`~breachmodel.regimes.eprivacy.authorities`.
"""

from __future__ import annotations

from breachmodel.regimes.eprivacy.authorities import NATIONAL_AUTHORITIES, NationalAuthority
from breachmodel.regimes.eprivacy.keys import NOTIFY_AUTHORITY
from breachmodel.regimes.eprivacy.notification import notify_authority

__all__ = ["NATIONAL_AUTHORITIES", "NOTIFY_AUTHORITY", "NationalAuthority", "notify_authority"]
