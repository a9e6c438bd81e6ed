"""The ePrivacy regime's id, its obligation keys and its determination ids."""

from __future__ import annotations

from breachmodel.obligations import Duty, ObligationKey

__all__ = [
    "INFORM_SUBSCRIBERS",
    "INFORM_SUBSCRIBERS_KEY",
    "INVENTORY",
    "INVENTORY_KEY",
    "NOTIFICATION_CONTENT",
    "NOTIFICATION_CONTENT_KEY",
    "NOTIFY_AUTHORITY",
    "NOTIFY_AUTHORITY_KEY",
    "REGIME_ID",
    "SECOND_NOTIFICATION",
    "SECOND_NOTIFICATION_KEY",
    "SUBSCRIBER_CONTENT",
    "SUBSCRIBER_CONTENT_KEY",
]

REGIME_ID = "eprivacy"

NOTIFY_AUTHORITY = "eprivacy.reg611.notify_authority"
SECOND_NOTIFICATION = "eprivacy.reg611.second_notification"
NOTIFICATION_CONTENT = "eprivacy.reg611.notification_content"
INFORM_SUBSCRIBERS = "eprivacy.reg611.inform_subscribers"
SUBSCRIBER_CONTENT = "eprivacy.reg611.subscriber_content"
INVENTORY = "eprivacy.directive.inventory"

_AUTHORITY = "competent_authority"
_SUBSCRIBERS = "subscribers"

NOTIFY_AUTHORITY_KEY = ObligationKey(REGIME_ID, Duty.NOTIFY_AUTHORITY, _AUTHORITY)
"""Art. 2(1)-(2) of Regulation 611/2013: notify the competent national authority."""
SECOND_NOTIFICATION_KEY = ObligationKey(REGIME_ID, Duty.INTERMEDIATE_REPORT, _AUTHORITY)
"""Art. 2(3): the second notification, within 3 days of the initial one."""
NOTIFICATION_CONTENT_KEY = ObligationKey(REGIME_ID, Duty.CONTENT, _AUTHORITY)
"""Art. 2(2) and Annex I: what the notification to the authority contains."""
INFORM_SUBSCRIBERS_KEY = ObligationKey(REGIME_ID, Duty.INFORM_INDIVIDUALS, _SUBSCRIBERS)
"""Art. 3: tell the subscribers or individuals adversely affected."""
SUBSCRIBER_CONTENT_KEY = ObligationKey(REGIME_ID, Duty.CONTENT, _SUBSCRIBERS)
"""Art. 3(4) and Annex II: what the notice to subscribers or individuals contains."""
INVENTORY_KEY = ObligationKey(REGIME_ID, Duty.RECORD, "register")
"""Art. 4(4) of Directive 2002/58/EC: the inventory of personal data breaches."""
