"""Before IP completion day: the ePrivacy regime's UK result and reg. 5A are one set of duties.

Until 31 December 2020, 23:00 UTC, the United Kingdom was within the Union's territory for
the ePrivacy rules, and the ePrivacy regime answers for a UK provider's breach with the ICO
as the competent national authority. That answer is not a second duty: reg. 5A of PECR
(inserted by SI 2011/1208, implementing Directive 2009/136/EC) was the UK's transposition
of Art. 4(3)-(4) of Directive 2002/58/EC, and Regulation 611/2013 applied beside it
directly, setting the 24 hours and the content. So the provider notifies the ICO once, under
reg. 5A with the Regulation; the ePrivacy regime's duties owed to the ICO, to the
subscribers and in the inventory give way to PECR's, recorded as :class:`Overlap` data.
"""

from __future__ import annotations

from breachmodel.citations import reg_611_2013
from breachmodel.determination import Reason
from breachmodel.model import Incident
from breachmodel.obligations import ObligationKey
from breachmodel.regimes._base import Overlap
from breachmodel.regimes.eprivacy import keys as eprivacy
from breachmodel.regimes.eprivacy._cite import directive
from breachmodel.regimes.pecr import rules
from breachmodel.regimes.pecr._law import ICO_PECR_BREACHES, SI_2011_1208, pecr

__all__ = ["SAME_DUTIES", "union_overlaps"]

SAME_DUTIES: dict[ObligationKey, ObligationKey] = {
    eprivacy.NOTIFY_AUTHORITY_KEY: rules.KEYS[rules.NOTIFY_ICO],
    eprivacy.SECOND_NOTIFICATION_KEY: rules.KEYS[rules.NOTICE_CONTENT],
    eprivacy.NOTIFICATION_CONTENT_KEY: rules.KEYS[rules.NOTICE_CONTENT],
    eprivacy.INFORM_SUBSCRIBERS_KEY: rules.KEYS[rules.INFORM_SUBSCRIBERS],
    eprivacy.SUBSCRIBER_CONTENT_KEY: rules.KEYS[rules.INFORM_SUBSCRIBERS],
    eprivacy.INVENTORY_KEY: rules.KEYS[rules.INVENTORY],
}
"""Each ePrivacy duty and the reg. 5A duty that is the same duty in the United Kingdom.

The second notification of Art. 2(3) of the Regulation is the second notice PECR's content
determination allows; the content of the notice to subscribers is part of telling them."""


def union_overlaps(incident: Incident) -> tuple[Overlap, ...]:
    """The ePrivacy duties that give way to reg. 5A's for a UK breach before 2021."""
    if not rules.same_duties(incident):
        return ()
    reason = Reason.rule(
        "Before IP completion day (31 December 2020, 23:00 UTC) regulation 5A of PECR was the "
        "United Kingdom's transposition of Art. 4(3) and (4) of Directive 2002/58/EC, and "
        "Regulation 611/2013 applied beside it directly: the provider owes the ICO one notice, "
        f"under reg. 5A with the Regulation's 24 hours and content (see {rules.NOTIFY_ICO}), "
        "and tells its subscribers and keeps its inventory under reg. 5A; the ePrivacy "
        "regime's duties for the United Kingdom are these, not further ones.",
        (
            pecr("reg. 5A(2)"),
            SI_2011_1208,
            directive("Art. 4(3)"),
            reg_611_2013("Art. 2"),
            ICO_PECR_BREACHES,
        ),
    )
    return tuple(
        Overlap(yielding=yielding, prevailing=prevailing, reason=reason)
        for yielding, prevailing in SAME_DUTIES.items()
    )
