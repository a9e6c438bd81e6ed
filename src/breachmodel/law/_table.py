"""The instruments breachmodel cites, with their official identifiers and dated versions.

Sources for each identifier and date are listed on the law page of the docs
(``docs/law/instruments.md``); ``verified=False`` marks what could not be checked there.
"""

from __future__ import annotations

from datetime import date

import attrs

from breachmodel.law._asia import ASIA
from breachmodel.law._instruments import (
    CiteStyle,
    Instrument,
    InstrumentKind,
    Version,
)
from breachmodel.law._rows import instrument, since
from breachmodel.law._table_br_ca_au_sg import BR_CA_AU_SG
from breachmodel.law._us import US_FEDERAL

__all__ = [
    "DORA",
    "DORA_ITS_2025_302",
    "DORA_RTS_2024_1772",
    "DORA_RTS_2025_301",
    "DPA_2018",
    "EDPB_9_2022",
    "ENCODING_NOTES",
    "ENISA_2013",
    "EPRIVACY_DIRECTIVE",
    "GDPR",
    "ICO_BREACH_GUIDE",
    "INSTRUMENTS",
    "NIS2",
    "NIS2_IR_2024_2690",
    "PECR",
    "REG_611_2013",
    "REG_1182_71",
    "UK_GDPR",
]

_ELI = "https://eur-lex.europa.eu/eli/"
_LEG_UK = "https://www.legislation.gov.uk/"


def _eu(
    id_: str,
    number: str,
    short: str,
    title: str,
    *versions: Version,
    form: str = "reg",
    style: CiteStyle = CiteStyle.SOURCE_FIRST,
    verified: bool = True,
) -> Instrument:
    """An EU act from its number (``"2016/679"``): its CELEX number and its ELI URL.

    ``form`` is the act's form in its ELI: ``reg``, ``dir``, ``reg_del`` or ``reg_impl``.

    >>> act = _eu("x", "2002/58", "x", "x", form="dir")
    >>> act.identifier, act.url, act.kind.value
    ('32002L0058', 'https://eur-lex.europa.eu/eli/dir/2002/58/oj', 'eu_directive')
    """
    year, serial = number.split("/")
    directive = form == "dir"
    return Instrument(
        id=id_,
        short=short,
        title=title,
        kind=InstrumentKind.EU_DIRECTIVE if directive else InstrumentKind.EU_REGULATION,
        identifier=f"3{year}{'L' if directive else 'R'}{int(serial):04d}",
        url=f"{_ELI}{form}/{year}/{serial}/oj",
        style=style,
        versions=versions,
        verified=verified,
    )


_UK_FORMS = {
    "eur": (InstrumentKind.UK_RETAINED, "article", "Art."),
    "ukpga": (InstrumentKind.UK_ACT, "section", "s."),
    "uksi": (InstrumentKind.UK_SI, "regulation", "reg."),
}
"""legislation.gov.uk's forms: the kind of text, how its divisions are linked and cited."""


def _uk(
    id_: str,
    path: str,
    short: str,
    title: str,
    *versions: Version,
    style: CiteStyle = CiteStyle.SOURCE_FIRST,
) -> Instrument:
    """A UK text from its legislation.gov.uk id (``"ukpga/2018/12"``): its URLs and divisions.

    >>> act = _uk("x", "uksi/2003/2426", "x", "x")
    >>> act.article_url, act.article_label
    ('https://www.legislation.gov.uk/uksi/2003/2426/regulation/{article}', 'reg.')
    """
    kind, division, label = _UK_FORMS[path.split("/", maxsplit=1)[0]]
    return Instrument(
        id=id_,
        short=short,
        title=title,
        kind=kind,
        identifier=path,
        url=_LEG_UK + path,
        article_url=f"{_LEG_UK}{path}/{division}/{{article}}",
        article_label=label,
        style=style,
        versions=versions,
    )


def _amendment(
    version_id: str, applies_from: date, title: str, identifier: str, url: str
) -> Version:
    """A version made by an amending text, named by its identifier and URL.

    Such versions carry ``verified=False``: their dates were not checked against the
    official text (see the law page).
    """
    made = since(version_id, applies_from, title, verified=False)
    return attrs.evolve(made, identifier=identifier, url=url)


GDPR = _eu(
    "gdpr",
    "2016/679",
    "GDPR",
    "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    since("gdpr-2016", date(2018, 5, 25), "Regulation (EU) 2016/679 as adopted"),
    Version(
        id="digital-omnibus-2025",
        title="The Digital Omnibus proposal (not law): Art. 33 for likely high risk only, 96 hours",
        applies_from=None,
        proposed=True,
        identifier="COM(2025) 837",
        url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0837",
    ),
    style=CiteStyle.PINPOINT_FIRST,
)
"""The GDPR; applies from 25 May 2018 (Art. 99(2))."""

EPRIVACY_DIRECTIVE = _eu(
    "eprivacy-directive",
    "2002/58",
    "Directive 2002/58/EC",
    "Directive 2002/58/EC (Directive on privacy and electronic communications)",
    since(
        "eprivacy-2002",
        date(2003, 10, 31),
        "Directive 2002/58/EC as adopted (transposition deadline)",
        verified=False,
    ),
    _amendment(
        "eprivacy-2009",
        date(2011, 5, 25),
        "As amended by Directive 2009/136/EC, which added the breach notification of "
        "Art. 4(3) (transposition deadline)",
        "32009L0136",
        _ELI + "dir/2009/136/oj",
    ),
    form="dir",
)
"""The ePrivacy Directive; Art. 4(3) (breach notification) came with Directive 2009/136/EC."""

REG_611_2013 = _eu(
    "reg-611-2013",
    "2013/611",
    "Regulation 611/2013",
    "Commission Regulation (EU) No 611/2013 on the notification of personal data "
    "breaches under Directive 2002/58/EC",
    since("reg-611-2013", date(2013, 8, 25), "As adopted"),
)
"""Reg. (EU) 611/2013: the ePrivacy breach notification, 24 hours from detection."""

REG_1182_71 = _eu(
    "reg-1182-71",
    "1971/1182",
    "Regulation 1182/71",
    "Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to "
    "periods, dates and time limits",
    since("reg-1182-71", date(1971, 7, 1), "As adopted", verified=False),
    verified=False,
)
"""How EU periods, dates and time limits are counted."""

UK_GDPR = _uk(
    "uk-gdpr",
    "eur/2016/679",
    "UK GDPR",
    "Regulation (EU) 2016/679 as retained in UK law (United Kingdom General Data "
    "Protection Regulation)",
    since(
        "uk-gdpr-2021",
        date(2021, 1, 1),
        "The UK GDPR from the end of the transition period (IP completion day, "
        "31 December 2020 at 23:00)",
    ),
    style=CiteStyle.PINPOINT_FIRST,
)
"""The UK GDPR; applies from 1 January 2021."""

DPA_2018 = _uk(
    "dpa-2018",
    "ukpga/2018/12",
    "DPA 2018",
    "Data Protection Act 2018 (c. 12)",
    since("dpa-2018", date(2018, 5, 25), "As enacted"),
)
"""The Data Protection Act 2018; most of it in force from 25 May 2018 (S.I. 2018/625)."""

PECR = _uk(
    "pecr",
    "uksi/2003/2426",
    "PECR",
    "The Privacy and Electronic Communications (EC Directive) Regulations 2003 (S.I. 2003/2426)",
    since("pecr-2003", date(2003, 12, 11), "As made"),
    _amendment(
        "pecr-2011",
        date(2011, 5, 26),
        "With reg. 5A (personal data breach) inserted by S.I. 2011/1208",
        "uksi/2011/1208",
        _LEG_UK + "uksi/2011/1208",
    ),
    _amendment(
        "pecr-2025",
        date(2025, 8, 20),
        "As amended by the Data (Use and Access) Act 2025 (breach report to the "
        "ICO within 72 hours)",
        "ukpga/2025/18",
        _LEG_UK + "ukpga/2025/18",
    ),
)
"""PECR; reg. 5A governs breaches by public electronic communications providers."""

NIS2 = _eu(
    "nis2",
    "2022/2555",
    "NIS2 Directive",
    "Directive (EU) 2022/2555 (NIS 2 Directive)",
    since(
        "nis2-2022",
        date(2024, 10, 18),
        "As adopted; Member States apply their measures from 18 October 2024 (Art. 41(1))",
    ),
    form="dir",
)
"""NIS2; Member States apply their transposing measures from 18 October 2024."""

DORA = _eu(
    "dora",
    "2022/2554",
    "DORA",
    "Regulation (EU) 2022/2554 (Digital Operational Resilience Act)",
    since("dora-2022", date(2025, 1, 17), "As adopted (Art. 64(2))"),
)
"""DORA; applies from 17 January 2025 (Art. 64(2))."""


def _level2(id_: str, number: str, kind: str, subject: str, applies_from: date) -> Instrument:
    """A Commission delegated or implementing regulation (``kind``: ``del`` or ``impl``)."""
    label = "Delegated" if kind == "del" else "Implementing"
    return _eu(
        id_,
        number,
        f"{label} Regulation (EU) {number}",
        f"Commission {label} Regulation (EU) {number} ({subject})",
        since(id_, applies_from, "As adopted", verified=False),
        form=f"reg_{kind}",
    )


NIS2_IR_2024_2690 = _level2(
    "nis2-ir-2024-2690",
    "2024/2690",
    "impl",
    "NIS2 technical and methodological requirements; significant incidents of digital entities",
    date(2024, 10, 18),
)
"""When an incident at a DNS, cloud, data centre, managed service... provider is significant."""

DORA_RTS_2024_1772 = _level2(
    "dora-rts-2024-1772",
    "2024/1772",
    "del",
    "classification of ICT-related incidents and cyber threats, materiality thresholds",
    date(2025, 1, 17),
)
"""DORA's criteria and materiality thresholds for a major ICT-related incident."""

DORA_RTS_2025_301 = _level2(
    "dora-rts-2025-301",
    "2025/301",
    "del",
    "content and time limits of major ICT-related incident reports",
    date(2025, 1, 17),
)
"""DORA's time limits for the initial notification and the intermediate and final reports."""

DORA_ITS_2025_302 = _level2(
    "dora-its-2025-302",
    "2025/302",
    "impl",
    "templates for major ICT-related incident reports",
    date(2025, 1, 17),
)
"""DORA's report templates."""

EDPB_9_2022 = instrument(
    InstrumentKind.GUIDANCE,
    "edpb-9-2022",
    "EDPB Guidelines 9/2022",
    "EDPB Guidelines 9/2022 on personal data breach notification under GDPR",
    "Guidelines 9/2022, version 2.0",
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
    "guidelines-92022-personal-data-breach-notification-under_en",
    since("edpb-9-2022-v2", date(2023, 3, 28), "Version 2.0", verified=False),
)
"""EDPB Guidelines 9/2022, version 2.0 (28 March 2023)."""

ENISA_2013 = instrument(
    InstrumentKind.GUIDANCE,
    "enisa-2013",
    "ENISA severity methodology (2013)",
    "ENISA, Recommendations for a methodology of the assessment of severity of "
    "personal data breaches",
    "ENISA, December 2013",
    "https://www.enisa.europa.eu/publications/dbn-severity",
    since("enisa-2013", date(2013, 12, 1), "Version 1.0", verified=False),
    verified=False,
)
"""The ENISA severity methodology (no legal force)."""

ICO_BREACH_GUIDE = instrument(
    InstrumentKind.GUIDANCE,
    "ico-breach-guide",
    "ICO guidance on personal data breaches",
    "Information Commissioner's Office, Personal data breaches: a guide",
    "ICO, Personal data breaches: a guide",
    "https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/"
    "personal-data-breaches-a-guide/",
    verified=False,
)
"""The ICO's guide to personal data breaches under the UK GDPR."""

ENCODING_NOTES = instrument(
    InstrumentKind.PROJECT,
    "encoding-notes",
    "breachmodel encoding notes",
    "This project's recorded interpretations (E1-E20), where the law is ambiguous",
    "E1-E20",
    "https://breachmodel.readthedocs.io/en/latest/interpretations.html",
)
"""This project's encoding notes, cited so every result says which reading it rests on."""

INSTRUMENTS: tuple[Instrument, ...] = (
    GDPR,
    EPRIVACY_DIRECTIVE,
    REG_611_2013,
    REG_1182_71,
    UK_GDPR,
    DPA_2018,
    PECR,
    NIS2,
    DORA,
    NIS2_IR_2024_2690,
    DORA_RTS_2024_1772,
    DORA_RTS_2025_301,
    DORA_ITS_2025_302,
    *BR_CA_AU_SG,
    *ASIA,
    *US_FEDERAL,
    EDPB_9_2022,
    ENISA_2013,
    ICO_BREACH_GUIDE,
    ENCODING_NOTES,
)
"""Every instrument, laws first, then guidance, then this project's notes."""
