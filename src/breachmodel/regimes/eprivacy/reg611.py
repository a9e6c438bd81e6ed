"""Commission Regulation (EU) No 611/2013, Art. 2: the notification to the authority.

Kept for callers of the first ePrivacy release: :func:`notify_authority` is
:func:`breachmodel.regimes.eprivacy.notification.notify_authority` with its clock judged
at ``as_of``. The rules live in :mod:`~breachmodel.regimes.eprivacy.notification`,
:mod:`~breachmodel.regimes.eprivacy.subscribers`, :mod:`~breachmodel.regimes.eprivacy.content`
and :mod:`~breachmodel.regimes.eprivacy.inventory`; the authorities in
:mod:`~breachmodel.regimes.eprivacy.authorities`.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.regimes.eprivacy import notification
from breachmodel.regimes.eprivacy.authorities import NATIONAL_AUTHORITIES, NationalAuthority
from breachmodel.regimes.eprivacy.keys import NOTIFY_AUTHORITY

__all__ = ["NATIONAL_AUTHORITIES", "NOTIFY_AUTHORITY", "NationalAuthority", "notify_authority"]


def notify_authority(incident: Incident, *, as_of: datetime | None) -> Determination:
    """Reg. 611/2013 Art. 2: notify every breach within 24 hours of detection."""
    det = notification.notify_authority(incident)
    if det.clock is None:
        return det
    return attrs.evolve(det, status=det.clock.judge(as_of))
