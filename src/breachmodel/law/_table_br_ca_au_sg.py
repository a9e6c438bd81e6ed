"""Instruments of the breach laws of Brazil, Canada, Australia and Singapore.

Where each identifier, URL and date comes from is said on the instrument's docstring and on
the regime's law page; ``verified=False`` marks a date or URL not read in the official text.
"""

from __future__ import annotations

from datetime import date

from breachmodel.law._instruments import CiteStyle, Instrument, InstrumentKind, Version

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

LGPD = Instrument(
    id="lgpd",
    short="LGPD",
    title="Lei nº 13.709, de 14 de agosto de 2018 (Lei Geral de Proteção de Dados Pessoais)",
    kind=InstrumentKind.NATIONAL_ACT,
    identifier="Lei nº 13.709/2018",
    url="https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm",
    style=CiteStyle.PINPOINT_FIRST,
    versions=(
        Version(
            id="lgpd-2020",
            title="Lei nº 13.709/2018 in force (Art. 65, as amended by Lei nº 14.058/2020)",
            applies_from=date(2020, 9, 18),
            verified=False,
        ),
    ),
)
"""Brazil's LGPD. Art. 48 read in a reproduction of the official text
(compliance.mspa.com.br); the date it came into force is from memory (not verified)."""

ANPD_RES_15_2024 = Instrument(
    id="anpd-res-15-2024",
    short="Res. CD/ANPD 15/2024",
    title="Resolução CD/ANPD nº 15, de 24 de abril de 2024 (Regulamento de Comunicação de "
    "Incidente de Segurança)",
    kind=InstrumentKind.NATIONAL_REGULATION,
    identifier="Resolução CD/ANPD nº 15/2024",
    url="https://www.gov.br/anpd/pt-br",
    versions=(
        Version(
            id="anpd-res-15-2024",
            title="As published in the Diário Oficial da União on 26 April 2024",
            applies_from=date(2024, 4, 26),
            verified=False,
        ),
    ),
    verified=False,
)
"""The ANPD's incident-communication regulation. Its articles are known here only from
named secondary sources (see the LGPD law page); the URL is the ANPD's home page."""

PIPEDA = Instrument(
    id="pipeda",
    short="PIPEDA",
    title="Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)",
    kind=InstrumentKind.NATIONAL_ACT,
    identifier="S.C. 2000, c. 5",
    url="https://laws-lois.justice.gc.ca/eng/acts/P-8.6/",
    article_url="https://laws-lois.justice.gc.ca/eng/acts/P-8.6/section-{article}.html",
    article_label="s.",
    versions=(
        Version(
            id="pipeda-2018",
            title="Breach provisions (ss. 10.1-10.3) in force",
            applies_from=date(2018, 11, 1),
        ),
    ),
)
"""Canada's PIPEDA; s. 10.1 read on laws-lois.justice.gc.ca; the breach provisions'
commencement (1 November 2018) from named secondary sources (Mondaq/Blakes, Lexology)."""

PIPEDA_BSS_REGULATIONS = Instrument(
    id="pipeda-bss-regs",
    short="Breach of Security Safeguards Regulations",
    title="Breach of Security Safeguards Regulations (SOR/2018-64)",
    kind=InstrumentKind.NATIONAL_REGULATION,
    identifier="SOR/2018-64",
    url="https://laws-lois.justice.gc.ca/eng/regulations/SOR-2018-64/",
    article_label="s.",
    versions=(Version(id="sor-2018-64", title="As registered", applies_from=date(2018, 11, 1)),),
)
"""The regulations under PIPEDA s. 10.1, read in the Canada Gazette, Part II, 18 April 2018."""

AU_PRIVACY_ACT = Instrument(
    id="au-privacy-act",
    short="Privacy Act 1988 (Cth)",
    title="Privacy Act 1988 (Cth), Part IIIC (Notification of eligible data breaches)",
    kind=InstrumentKind.NATIONAL_ACT,
    identifier="C2004A03712",
    url="https://www.legislation.gov.au/C2004A03712/latest/text",
    article_label="s.",
    versions=(
        Version(
            id="ndb-2018",
            title="Part IIIC inserted by the Privacy Amendment (Notifiable Data Breaches) Act "
            "2017, in force",
            applies_from=date(2018, 2, 22),
            verified=False,
        ),
    ),
)
"""Australia's Privacy Act; Part IIIC read in reproductions of the official text (AustLII,
the ATO's legal database); the date Part IIIC came into force is from memory."""

SG_PDPA = Instrument(
    id="sg-pdpa",
    short="PDPA 2012",
    title="Personal Data Protection Act 2012 (Singapore), Part 6A (Notification of data breaches)",
    kind=InstrumentKind.NATIONAL_ACT,
    identifier="PDPA2012",
    url="https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-",
    article_label="s.",
    versions=(
        Version(
            id="pdpa-part-6a",
            title="Part 6A, for data breaches occurring on or after 1 February 2021 (s. 26C(1))",
            applies_from=date(2021, 2, 1),
        ),
    ),
)
"""Singapore's PDPA, Part 6A read on Singapore Statutes Online (sso.agc.gov.sg)."""

SG_NDB_REGULATIONS = Instrument(
    id="sg-ndb-regs",
    short="PDP (Notification of Data Breaches) Regulations 2021",
    title="Personal Data Protection (Notification of Data Breaches) Regulations 2021 (S 64/2021)",
    kind=InstrumentKind.NATIONAL_REGULATION,
    identifier="S 64/2021",
    url="https://sso.agc.gov.sg/SL/PDPA2012-S64-2021",
    article_label="reg.",
    versions=(Version(id="s64-2021", title="As made", applies_from=date(2021, 2, 1)),),
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
