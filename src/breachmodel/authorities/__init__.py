"""The registry of supervisory authorities and other recipients, and who must be notified.

Each record says which regimes' notifications it receives (:attr:`Authority.regimes`);
the GDPR's routing only ever considers GDPR supervisory authorities, and
:func:`recipients` lists any regime's.

Every GDPR supervisory authority of the 30 EEA countries is listed: one per country, plus,
for Germany, the federal BfDI and the Länder authorities (two in Bavaria), and for Spain the
regional authorities of Catalonia, the Basque Country and Andalusia for their public sector.
:func:`competent_authority` applies Arts. 55 and 56 GDPR and these national splits, and says
"undetermined" (naming the missing fact) rather than guessing.

>>> str(get_authority("fr-cnil"))
'CNIL (FR)'
>>> lookup = competent_authority("DE", subdivision="DE-BY")
>>> lookup.authority.acronym, lookup.authority.url
('BayLDA', 'https://www.lda.bayern.de')

Provenance:
    The records in ``data/authorities.json`` were compiled by the breachmodel developers
    from the authorities' own websites and the EDPB's list of members, as known to them,
    without an online re-check when written. Verified as of 2026-11-29
    (:data:`REGISTRY_REVIEWED_ON`), to the extent stated there. Names, URLs and languages can change (authorities are
    renamed and move sites); optional fields the developers were not sure of are ``None``
    (notably ``breach_form_url``, listed only for the CNIL, the Irish DPC, the Garante and
    IMY, each from a named source in the documentation). Check the authority's website
    before relying on a record, and report corrections.

Not covered: sectoral or special authorities that are not general GDPR supervisory
authorities for breach notification (e.g. German church and public-broadcasting data
protection officers, Belgium's Flemish supervisory commission and police body), and
telecom regulators that receive ePrivacy breach notices.
"""

from __future__ import annotations

import datetime as _dt

from breachmodel.authorities._countries import (
    COUNTRY_ALIASES,
    EEA_COUNTRIES,
    FORMER_GDPR_TERRITORY,
    IP_COMPLETION_DAY,
    WITHDRAWAL_AGREEMENT_TRANSITION,
    former_territory_at,
    is_eea,
    left_gdpr_at,
    normalize_country,
)
from breachmodel.authorities._model import Authority, AuthorityLookup, Sector
from breachmodel.authorities._registry import (
    all_authorities,
    authorities_in,
    get_authority,
    recipients,
)
from breachmodel.authorities._routing import competent_authority

__all__ = [
    "COUNTRY_ALIASES",
    "EEA_COUNTRIES",
    "FORMER_GDPR_TERRITORY",
    "IP_COMPLETION_DAY",
    "REGISTRY_REVIEWED_ON",
    "WITHDRAWAL_AGREEMENT_TRANSITION",
    "Authority",
    "AuthorityLookup",
    "Sector",
    "all_authorities",
    "authorities_in",
    "competent_authority",
    "former_territory_at",
    "get_authority",
    "is_eea",
    "left_gdpr_at",
    "normalize_country",
    "recipients",
]

REGISTRY_REVIEWED_ON: _dt.date = _dt.date(2026, 11, 29)
"""When the registry data were last reviewed (from knowledge, not re-checked online)."""
