"""Instruments of the breach laws of Brazil, Canada, Australia and Singapore.

Where each identifier, URL and date comes from is said on the instrument's docstring and on
the regime's law page; ``verified=False`` marks a date or URL not read in the official text.
"""

from __future__ import annotations

from datetime import date

from breachmodel.law._instruments import (
    CiteStyle,
    Instrument,
    InstrumentKind,
)
from breachmodel.law._rows import instrument, since

__all__ = [
    "ANPD_RES_15_2024",
    "AU_PRIVACY_ACT",
    "BR_CA_AU_SG",
    "LGPD",
    "PIPEDA",
    "PIPEDA_BSS_REGULATIONS",
    "SG_NDB_REGULATIONS",
    "SG_PDPA",
]

LGPD = instrument(
    InstrumentKind.NATIONAL_ACT,
    "lgpd",
    "LGPD",
    "Lei nº 13.709, de 14 de agosto de 2018 (Lei Geral de Proteção de Dados Pessoais)",
    "Lei nº 13.709/2018",
    "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm",
    since(
        "lgpd-2020",
        date(2020, 9, 18),
        "Lei nº 13.709/2018 in force (Art. 65, as amended by Lei nº 14.058/2020)",
        verified=False,
    ),
    style=CiteStyle.PINPOINT_FIRST,
)
"""Brazil's LGPD. Art. 48 read in a reproduction of the official text
(compliance.mspa.com.br); the date it came into force is from memory (not verified)."""

ANPD_RES_15_2024 = instrument(
    InstrumentKind.NATIONAL_REGULATION,
    "anpd-res-15-2024",
    "Res. CD/ANPD 15/2024",
    "Resolução CD/ANPD nº 15, de 24 de abril de 2024 (Regulamento de Comunicação de "
    "Incidente de Segurança)",
    "Resolução CD/ANPD nº 15/2024",
    "https://www.gov.br/anpd/pt-br",
    since(
        "anpd-res-15-2024",
        date(2024, 4, 26),
        "As published in the Diário Oficial da União on 26 April 2024",
        verified=False,
    ),
    verified=False,
)
"""The ANPD's incident-communication regulation. Its articles are known here only from
named secondary sources (see the LGPD law page); the URL is the ANPD's home page."""

PIPEDA = instrument(
    InstrumentKind.NATIONAL_ACT,
    "pipeda",
    "PIPEDA",
    "Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)",
    "S.C. 2000, c. 5",
    "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/",
    since("pipeda-2018", date(2018, 11, 1), "Breach provisions (ss. 10.1-10.3) in force"),
    article_label="s.",
    article_url="https://laws-lois.justice.gc.ca/eng/acts/P-8.6/section-{article}.html",
)
"""Canada's PIPEDA; s. 10.1 read on laws-lois.justice.gc.ca; the breach provisions'
commencement (1 November 2018) from named secondary sources (Mondaq/Blakes, Lexology)."""

PIPEDA_BSS_REGULATIONS = instrument(
    InstrumentKind.NATIONAL_REGULATION,
    "pipeda-bss-regs",
    "Breach of Security Safeguards Regulations",
    "Breach of Security Safeguards Regulations (SOR/2018-64)",
    "SOR/2018-64",
    "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2018-64/",
    since("sor-2018-64", date(2018, 11, 1), "As registered"),
    article_label="s.",
)
"""The regulations under PIPEDA s. 10.1, read in the Canada Gazette, Part II, 18 April 2018."""

AU_PRIVACY_ACT = instrument(
    InstrumentKind.NATIONAL_ACT,
    "au-privacy-act",
    "Privacy Act 1988 (Cth)",
    "Privacy Act 1988 (Cth), Part IIIC (Notification of eligible data breaches)",
    "C2004A03712",
    "https://www.legislation.gov.au/C2004A03712/latest/text",
    since(
        "ndb-2018",
        date(2018, 2, 22),
        "Part IIIC inserted by the Privacy Amendment (Notifiable Data Breaches) Act 2017, in force",
        verified=False,
    ),
    article_label="s.",
)
"""Australia's Privacy Act; Part IIIC read in reproductions of the official text (AustLII,
the ATO's legal database); the date Part IIIC came into force is from memory."""

SG_PDPA = instrument(
    InstrumentKind.NATIONAL_ACT,
    "sg-pdpa",
    "PDPA 2012",
    "Personal Data Protection Act 2012 (Singapore), Part 6A (Notification of data breaches)",
    "PDPA2012",
    "https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-",
    since(
        "pdpa-part-6a",
        date(2021, 2, 1),
        "Part 6A, for data breaches occurring on or after 1 February 2021 (s. 26C(1))",
    ),
    article_label="s.",
)
"""Singapore's PDPA, Part 6A read on Singapore Statutes Online (sso.agc.gov.sg)."""

SG_NDB_REGULATIONS = instrument(
    InstrumentKind.NATIONAL_REGULATION,
    "sg-ndb-regs",
    "PDP (Notification of Data Breaches) Regulations 2021",
    "Personal Data Protection (Notification of Data Breaches) Regulations 2021 (S 64/2021)",
    "S 64/2021",
    "https://sso.agc.gov.sg/SL/PDPA2012-S64-2021",
    since("s64-2021", date(2021, 2, 1), "As made"),
    article_label="reg.",
    verified=False,
)
"""The regulations prescribing significant harm, significant scale and the notices'
content; read in a reproduction of the gazetted text (S 64/2021) and a named summary. The
URL follows Singapore Statutes Online's pattern for the Act code PDPA2012-S64-2021 (not
opened here)."""

BR_CA_AU_SG: tuple[Instrument, ...] = (
    LGPD,
    ANPD_RES_15_2024,
    PIPEDA,
    PIPEDA_BSS_REGULATIONS,
    AU_PRIVACY_ACT,
    SG_PDPA,
    SG_NDB_REGULATIONS,
)
"""These instruments, in the order the law table lists them."""
