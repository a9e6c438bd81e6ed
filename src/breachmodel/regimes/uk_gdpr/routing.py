"""The competent authority under the UK GDPR: the ICO, always (no one-stop shop).

The UK GDPR has one supervisory authority, the Information Commissioner; the GDPR's
co-operation and consistency chapter (lead authorities, the one-stop shop) was not retained.
So the routing is data, not reasoning: every notification goes to the ICO, whichever UK
nation the controller is in and however many EU countries the people live in (EU
authorities are the GDPR's business, assessed by the GDPR regime).
"""

from __future__ import annotations

from breachmodel.determination import Reason, ReasonKind
from breachmodel.regimes.gdpr.authority import AuthorityRouting
from breachmodel.regimes.uk_gdpr._law import ICO_REPORT_NOTICE, ICO_REPORTING, ico, uk_gdpr

__all__ = ["BASIS", "ico_routing"]

BASIS = "sole_authority"
"""The routing basis: the ICO is the only authority."""


def ico_routing() -> AuthorityRouting:
    """The ICO, with why (it does not depend on the incident)."""
    cites = (uk_gdpr(33, 1), uk_gdpr(51), ICO_REPORT_NOTICE, ICO_REPORTING)
    reason = Reason(
        kind=ReasonKind.RULE,
        text=(
            "The Information Commissioner is the UK's only supervisory authority: every "
            "notification under the UK GDPR goes to the ICO, wherever in the UK the controller "
            "is and wherever the people concerned live."
        ),
        citations=cites,
    )
    return AuthorityRouting(authorities=(ico(),), basis=BASIS, legal_basis=cites, reasons=(reason,))
