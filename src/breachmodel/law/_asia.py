"""Breach-notification law of Japan, South Korea and India, as instruments with dated versions.

Where each identifier, URL and date was read is said beside it: *official* (read in the
official text or its official translation), *reproduced* (the official text as reproduced by
a named site), *secondary* (a named commentary), or *memory* (not verified; such
instruments carry ``verified=False``). The law pages (``docs/law/jp_appi.md`` and the
others) repeat these sources for every threshold and deadline.
"""

from __future__ import annotations

from datetime import date

from breachmodel.law._instruments import Instrument, InstrumentKind
from breachmodel.law._rows import instrument, since

__all__ = [
    "ASIA",
    "IN_CERTIN_2022",
    "IN_DPDP_ACT",
    "IN_DPDP_RULES",
    "JP_APPI",
    "JP_APPI_RULES",
    "JP_PPC_GUIDELINES",
    "KR_PIPA",
    "KR_PIPA_DECREE",
]

JP_APPI = instrument(
    InstrumentKind.STATUTE,
    "jp-appi",
    "APPI",
    "Act on the Protection of Personal Information (Act No. 57 of 2003), Japan",
    "Act No. 57 of 2003 (e-Gov law ID 415AC0000000057)",
    "https://laws.e-gov.go.jp/law/415AC0000000057",
    since(
        "appi-2022",
        date(2022, 4, 1),
        "As amended in 2020: Art. 26 makes breach reports and notices mandatory from 1 April 2022",
    ),
)
"""Japan's APPI. Art. 26 text: reproduced on iuris.jp and in the e-Gov copy
(law ID 415AC0000000057); in force 1 April 2022 (iuris.jp, Rule 8 page, 施行日)."""

JP_APPI_RULES = instrument(
    InstrumentKind.SUBORDINATE,
    "jp-appi-rules",
    "APPI Enforcement Rules",
    "Enforcement Rules for the Act on the Protection of Personal Information "
    "(Rules of the Personal Information Protection Commission No. 3 of 2016)",
    "PPC Rules No. 3 of 2016",
    "https://www.japaneselawtranslation.go.jp/en/laws/view/4241",
    since(
        "appi-rules-2022",
        date(2022, 4, 1),
        "Arts. 7-10 (breach reports and notices), from 1 April 2022",
    ),
    since(
        "appi-rules-2024",
        date(2024, 4, 1),
        "Art. 7(iii) extended to personal information the operator is acquiring "
        "(PPC Rules No. 5 of 2023), from 1 April 2024",
    ),
    verified=False,
)
"""The PPC's Enforcement Rules: Arts. 7 and 8 read as reproduced on iuris.jp (Art. 7 as in
force from 1 April 2024, Art. 8 from 1 April 2022); the English title from the official
translation site (japaneselawtranslation.go.jp). The view URL's number is from memory."""

JP_PPC_GUIDELINES = instrument(
    InstrumentKind.GUIDANCE,
    "jp-ppc-guidelines",
    "PPC Guidelines (General Rules)",
    "Guidelines for the Act on the Protection of Personal Information "
    "(Volume on General Rules), Personal Information Protection Commission",
    "PPC Guidelines (General Rules), section 3-5",
    "https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/",
    verified=False,
)
"""The PPC's guidelines, section 3-5 (breach reports), read through secondary sources only:
businesslawyers.jp (the preliminary report "roughly 3-5 days" after knowing) and a
transcription of sections 3-5-3-2 to 3-5-3-4 on qiita.com. URL from memory."""

KR_PIPA = instrument(
    InstrumentKind.STATUTE,
    "kr-pipa",
    "PIPA (Korea)",
    "Personal Information Protection Act (Act No. 10465 of 2011, as amended), Republic of Korea",
    "Act No. 10465 of 2011",
    "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EA%B0%9C%EC%9D%B8%EC%A0%95%EB%B3%B4%EB%B3%B4%ED%98%B8%EB%B2%95",
    since(
        "pipa-2023",
        date(2023, 9, 15),
        "As amended by Act No. 19234 (14 March 2023): one breach regime for all "
        "controllers (Art. 34), in force 15 September 2023",
        verified=False,
    ),
    verified=False,
)
"""Korea's PIPA. Art. 34 read in the official English translation as reproduced by prighter
(the KLRI text); the 2023 amendment and its date from secondary sources (DLA Piper, the
global-regimes reference, section 8); the law.go.kr URL pattern from memory."""

KR_PIPA_DECREE = instrument(
    InstrumentKind.SUBORDINATE,
    "kr-pipa-decree",
    "PIPA Enforcement Decree",
    "Enforcement Decree of the Personal Information Protection Act (Presidential "
    "Decree No. 23169 of 2011, as amended), Republic of Korea",
    "Presidential Decree No. 23169 of 2011",
    "https://elaw.klri.re.kr/kor_mobile/viewer.do?hseq=66066&type=sogan&key=15",
    since(
        "pipa-decree-2023",
        date(2023, 9, 15),
        "As amended by Presidential Decree No. 33723 (12 September 2023): Arts. 39-40, 72 hours",
        verified=False,
    ),
    verified=False,
)
"""The Decree in the KLRI official translation (amendment list read there, up to Presidential
Decree No. 34309 of 12 March 2024); the text of Arts. 39 and 40 was not reachable here: their
72 hours and thresholds come from secondary sources (DLA Piper; global-regimes section 8)."""

IN_DPDP_ACT = instrument(
    InstrumentKind.STATUTE,
    "in-dpdp-act",
    "DPDP Act",
    "Digital Personal Data Protection Act, 2023 (No. 22 of 2023), India",
    "Act No. 22 of 2023",
    "https://www.meity.gov.in/static/uploads/2024/06/2bf1f0e9f04e6fb4f8fef35e82c42aa5.pdf",
    article_label="s.",
    verified=False,
)
"""India's DPDP Act 2023; s. 8(6) (breach intimation). URL from memory."""

IN_DPDP_RULES = instrument(
    InstrumentKind.SUBORDINATE,
    "in-dpdp-rules",
    "DPDP Rules",
    "Digital Personal Data Protection Rules, 2025, India",
    "G.S.R. 846(E), 13 November 2025",
    "https://egazette.gov.in/",
    since(
        "dpdp-rules-2027",
        date(2027, 5, 13),
        "Rule 7 (intimation of a personal data breach) in force eighteen months after publication",
        verified=False,
    ),
    article_label="r.",
    verified=False,
)
"""The DPDP Rules 2025 (G.S.R. 846(E), 13 November 2025, per easydp.in); Rule 7's text as
reproduced on dpdpaedu.org and dpdpa.co.in (read). Rules 3, 5 to 16, 22 and 23 come into
force eighteen months after publication (laaticonsulting.com, courtroomexchange.com;
secondary): 13 May 2027, the earlier of the dates the sources give (getastra.com says
14 May 2027). NOT verified in the Gazette."""

IN_CERTIN_2022 = instrument(
    InstrumentKind.SUBORDINATE,
    "in-certin-2022",
    "CERT-In Directions 2022",
    "Directions under sub-section (6) of section 70B of the Information Technology "
    "Act, 2000 relating to information security practices, procedure, prevention, response "
    "and reporting of cyber incidents for Safe & Trusted Internet (No. 20(3)/2022-CERT-In, "
    "28 April 2022)",
    "No. 20(3)/2022-CERT-In",
    "https://www.cert-in.org.in/Directions70B.jsp",
    since(
        "certin-2022",
        date(2022, 6, 27),
        "In effect 60 days from issue (27 or 28 June 2022 by the sources; the "
        "earlier date is used)",
        verified=False,
    ),
    article_label="para.",
    verified=False,
)
"""CERT-In's directions of 28 April 2022 under s. 70B(6) of the IT Act 2000: the directions'
opening and number read in a reproduced copy (scribd); the 6 hours and Annexure I's twenty
incident types as reproduced by Mondaq (Vaish Associates) and 1-comply.com; the effective
date from Argus Partners (27 June 2022) and others (28 June 2022): secondary. URL from memory."""

ASIA: tuple[Instrument, ...] = (
    JP_APPI,
    JP_APPI_RULES,
    KR_PIPA,
    KR_PIPA_DECREE,
    IN_DPDP_ACT,
    IN_DPDP_RULES,
    IN_CERTIN_2022,
    JP_PPC_GUIDELINES,
)
"""The instruments of this module: laws first, then guidance."""
