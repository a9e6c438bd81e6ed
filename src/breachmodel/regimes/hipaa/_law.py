"""Citations, thresholds and dates of the HIPAA Breach Notification Rule.

Provenance of each value (repeated on the law page ``docs/law/hipaa.md``):

* § 164.402 (breach, its three exclusions, the presumption and the four factors),
  § 164.404(b) (60 calendar days after discovery), (c) (content), (d) (methods, substitute
  notice for fewer than 10 and for 10 or more), § 164.406 (more than 500 residents of a State
  or jurisdiction; 60 days), § 164.412 (law enforcement delay; oral statement at most 30
  days) and § 164.414 (burden of proof): read as reproduced by Bricker Graydon from the text
  as amended in January 2013.
* § 164.408 (the Secretary: 500 or more contemporaneously with the individual notice; fewer
  than 500 in a log, within 60 days after the end of each calendar year): read as reproduced
  by getpocketlaw.com.
* § 164.404(a)(2) (discovery: first day known, or known with reasonable diligence, to any
  workforce member or agent other than the person committing the breach): quoted by two
  secondary sources (Atticus Rowan, AccountableHQ); § 164.410 (business associate, 60
  days, identification of each individual): secondary (ComplyDome; global-regimes 11a).
* The 90-day web posting and toll-free number of § 164.404(d)(2)(ii), and the six-year
  retention of § 164.530(j): memory, NOT verified.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Final

from breachmodel.citations import Citation
from breachmodel.regimes._national import cite_in

__all__ = [
    "CONTIGUOUS_ZONES",
    "DAYS",
    "ENCODED_FROM",
    "HHS_ID",
    "HHS_PORTAL",
    "MEDIA_MORE_THAN",
    "REGIME_ID",
    "SECRETARY_AT_LEAST",
    "SUBSTITUTE_AT_LEAST",
    "ZONE",
    "cfr",
    "guidance",
]

REGIME_ID: Final = "hipaa"
HHS_ID: Final = "us-hhs-ocr"
"""The HHS Office for Civil Rights, in the authorities registry."""
HHS_PORTAL: Final = "https://ocrportal.hhs.gov/ocr/breach/"
ZONE: Final = "America/New_York"
"""Days end at midnight in Washington, DC (HHS): the earliest end of day of the contiguous
States, so a deadline read here never ends later on its last day than the entity's own."""
CONTIGUOUS_ZONES: Final = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
)
"""The time zones of the contiguous States, east to west. The day of discovery is the
entity's own date: read in the zone whose UTC offset the discovery was recorded with, or,
for a time recorded in UTC or abroad, in the zone where that date is earliest."""
DAYS: Final = 60
"""§§ 164.404(b), 164.406(b), 164.408(b)-(c), 164.410(b): 60 calendar days."""
SECRETARY_AT_LEAST: Final = 500
"""§ 164.408(b): 500 or more individuals (contemporaneous notice); (c): less than 500."""
MEDIA_MORE_THAN: Final = 500
"""§ 164.406(a): more than 500 residents of a State or jurisdiction."""
SUBSTITUTE_AT_LEAST: Final = 10
"""§ 164.404(d)(2)(i)-(ii): fewer than 10, or 10 or more, out-of-date contacts."""
ENCODED_FROM: Final = date(2013, 9, 23)
"""The Omnibus Rule's compliance date (memory): the presumption and four factors apply."""


@functools.cache
def cfr(section: str, sub: str = "") -> Citation:
    """Cite 45 CFR, e.g. ``cfr("164.404", "(b)")``."""
    return cite_in("hipaa-bnr", f"§ {section}{sub}", section)


@functools.cache
def guidance() -> Citation:
    """The HHS guidance on unsecured PHI (encryption and destruction)."""
    return cite_in("hhs-unsecured-phi-guidance", "encryption and destruction")
