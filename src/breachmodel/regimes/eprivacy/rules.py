"""Every ePrivacy determination for an incident, and the GDPR duty it displaces.

:func:`determine` runs the rules in a fixed order (the order the views show them in);
:func:`overlaps` records, as data, that the Regulation's notification takes the place of
Art. 33 GDPR for a breach in providing the service (Art. 95 and Recital 173 GDPR).
"""

from __future__ import annotations

from breachmodel.citations import encoding_note, gdpr, recital
from breachmodel.determination import Determination, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Overlap
from breachmodel.regimes.eprivacy._cite import reg
from breachmodel.regimes.eprivacy.content import notification_content, subscriber_content
from breachmodel.regimes.eprivacy.inventory import inventory_entry
from breachmodel.regimes.eprivacy.keys import NOTIFY_AUTHORITY_KEY
from breachmodel.regimes.eprivacy.notification import notify_authority, second_notification
from breachmodel.regimes.eprivacy.scope import in_service
from breachmodel.regimes.eprivacy.subscribers import inform_subscribers

__all__ = ["GDPR_NOTIFY_AUTHORITY_KEY", "determine", "overlaps"]

GDPR_NOTIFY_AUTHORITY_KEY = ObligationKey("gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")
"""The key of Art. 33(1) GDPR, the duty the Regulation's notification displaces."""


def determine(incident: Incident) -> tuple[Determination, ...]:
    """The ePrivacy determinations, each with its key and, where it has one, its clock."""
    inform = inform_subscribers(incident)
    return (
        notify_authority(incident),
        second_notification(incident),
        notification_content(incident),
        inform,
        subscriber_content(incident, inform=inform),
        inventory_entry(incident),
    )


def overlaps(incident: Incident) -> tuple[Overlap, ...]:
    """Art. 95 GDPR: for a breach in providing the service, Reg. 611/2013 replaces Art. 33."""
    if not in_service(incident):
        return ()
    reason = Reason(
        kind=ReasonKind.RULE,
        text=(
            "The GDPR imposes no additional obligations on a provider of publicly available "
            "electronic communications services where the ePrivacy rules set specific "
            "obligations with the same objective: for a breach in providing the service, the "
            "notification to the competent national authority takes the place of the "
            "notification to the supervisory authority."
        ),
        citations=(gdpr(95), recital(173), reg("Art. 2"), encoding_note("E16")),
    )
    return (
        Overlap(
            yielding=GDPR_NOTIFY_AUTHORITY_KEY,
            prevailing=NOTIFY_AUTHORITY_KEY,
            reason=reason,
            interpretation="E16: Reg. 611/2013 instead of Art. 33 for the service itself",
        ),
    )
