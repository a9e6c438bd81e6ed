"""US federal breach-notification law: the HIPAA Breach Notification Rule and Form 8-K.

Where each identifier, URL and date was read is said beside it: *reproduced* (the official
text as reproduced by a named site), *secondary* (a named commentary), or *memory* (not
verified; such versions carry ``verified=False``). The law pages (``docs/law/hipaa.md`` and
``docs/law/us_sec.md``) repeat these sources for every threshold and deadline.
"""

from __future__ import annotations

from datetime import date

from breachmodel.law._instruments import (
    Instrument,
    InstrumentKind,
)
from breachmodel.law._rows import instrument, since

__all__ = [
    "HHS_ENCRYPTION_GUIDANCE",
    "HIPAA_BNR",
    "SEC_FORM_8K",
    "SEC_RELEASE_33_11216",
    "US_FEDERAL",
]

HIPAA_BNR = instrument(
    InstrumentKind.NATIONAL_REGULATION,
    "hipaa-bnr",
    "45 CFR",
    "HIPAA Breach Notification Rule: Notification in the Case of Breach of Unsecured "
    "Protected Health Information (45 CFR Part 164, Subpart D, §§ 164.400-414)",
    "45 CFR 164.400-164.414",
    "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D",
    since(
        "hipaa-bnr-2009",
        date(2009, 9, 23),
        "Interim final rule (74 FR 42740, 24 August 2009): the 'significant risk of "
        "harm' standard; not encoded",
    ),
    since(
        "hipaa-bnr-2013",
        date(2013, 9, 23),
        "As amended by the Omnibus Rule (78 FR 5566, 25 January 2013): the "
        "presumption of breach and the four-factor assessment; compliance from "
        "23 September 2013",
        verified=False,
    ),
    article_label="§",
    article_url="https://www.ecfr.gov/current/title-45/section-{article}",
)
"""45 CFR 164.400-414. Text of §§ 164.402, 164.404(b)-(d), 164.406, 164.412 and 164.414
read as reproduced by Bricker Graydon ("HHS Regulations as Amended January 2013"); § 164.408
as reproduced by getpocketlaw.com; § 164.414 also by law.lawstack.com (checked against eCFR).
The interim rule's effective date (23 September 2009) read in the Federal Register notice
(E9-20169); the Omnibus compliance date (23 September 2013) from memory, NOT verified."""

HHS_ENCRYPTION_GUIDANCE = instrument(
    InstrumentKind.GUIDANCE,
    "hhs-unsecured-phi-guidance",
    "HHS Guidance on unsecured PHI",
    "Guidance Specifying the Technologies and Methodologies That Render Protected "
    "Health Information Unusable, Unreadable, or Indecipherable to Unauthorized Individuals "
    "(HHS, 74 FR 19006, 27 April 2009; updated 74 FR 42740)",
    "74 FR 19006 (E9-9512)",
    "https://www.hhs.gov/hipaa/for-professionals/breach-notification/guidance/index.html",
)
"""HHS guidance: electronic PHI encrypted (45 CFR 164.304) with a key not breached, or
media destroyed, is not "unsecured". Read in the Federal Register notice E9-9512 (reproduced
by federal.elaws.us) and the HHS summary reproduced by databreachreporting.com."""

SEC_FORM_8K = instrument(
    InstrumentKind.NATIONAL_REGULATION,
    "sec-form-8k",
    "Form 8-K",
    "SEC Form 8-K (Current Report), Item 1.05 Material Cybersecurity Incidents and "
    "General Instruction B.1",
    "17 CFR 249.308 (Form 8-K)",
    "https://www.sec.gov/files/form8-k.pdf",
    since(
        "form-8k-item105",
        date(2023, 12, 18),
        "Item 1.05 as adopted by Release 33-11216; compliance from 18 December 2023 "
        "(smaller reporting companies 15 June 2024)",
    ),
)
"""Form 8-K. Item 1.05(a) (trigger, content) quoted from the Form by mktbolt.com and the
adopting release by breachdocket.com; General Instruction B.1 (four business days; an event
on a Saturday, Sunday or holiday starts the period on the next business day) read in a
reproduction of the Form (formsbank.com); Item 1.05(c) (Attorney General delay) from
Hogan Lovells and KPMG (secondary); compliance dates from Paul Hastings and Paul Weiss
(secondary)."""

SEC_RELEASE_33_11216 = instrument(
    InstrumentKind.GUIDANCE,
    "sec-release-33-11216",
    "SEC Release 33-11216",
    "Cybersecurity Risk Management, Strategy, Governance, and Incident Disclosure "
    "(Release Nos. 33-11216; 34-97989), 26 July 2023",
    "Release No. 33-11216",
    "https://www.sec.gov/files/rules/final/2023/33-11216.pdf",
)
"""The adopting release (read only as quoted by breachdocket.com and KPMG: secondary)."""

US_FEDERAL: tuple[Instrument, ...] = (
    HIPAA_BNR,
    SEC_FORM_8K,
    HHS_ENCRYPTION_GUIDANCE,
    SEC_RELEASE_33_11216,
)
"""The US federal instruments, rules first, then guidance."""
