"""The ePrivacy breach rules: Commission Regulation (EU) No 611/2013 and Directive 2002/58/EC.

A provider of publicly available electronic communications services notifies every
personal data breach in connection with its service to the competent national authority
within 24 hours of detection, with a second notification within 3 days where information
was missing (:mod:`.notification`); tells the subscribers or individuals concerned when
the breach is likely to adversely affect them, unless the data were rendered
unintelligible (:mod:`.subscribers`); gives the Annex I and Annex II information
(:mod:`.content`); and keeps an inventory of breaches (:mod:`.inventory`). Who is bound is
in :mod:`.scope`, the competent authority per Member State with its source in
:mod:`.authorities`, and every determination plus the Art. 95 GDPR overlap in :mod:`.rules`.

The regime object the registry lists is :data:`REGIME`.
"""

from breachmodel.regimes.eprivacy._regime import REGIME

__all__ = ["REGIME"]
