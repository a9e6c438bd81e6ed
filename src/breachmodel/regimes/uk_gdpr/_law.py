"""The UK's breach law as data: instruments, the dates they apply from, the ICO, citations.

Every date, authority and URL here names its source (see the UK GDPR law page of the docs):
official text read on legislation.gov.uk or ico.org.uk, a named secondary source, or the
project's memory, marked as such.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from attrs import frozen

from breachmodel import law
from breachmodel.authorities import IP_COMPLETION_DAY, Authority, get_authority
from breachmodel.citations import Citation, cite

__all__ = [
    "DPA_2018",
    "EU_GDPR_IN_UK",
    "ICO_GUIDANCE",
    "ICO_ID",
    "IP_COMPLETION_DAY",
    "UKUT_2024_105",
    "UK_GDPR",
    "UK_GDPR_VERSIONS",
    "InstrumentVersion",
    "ico",
    "ico_guidance",
    "uk_gdpr",
    "ukut_persuasive",
]

UK_GDPR = law.UK_GDPR.short
"""Regulation (EU) 2016/679 as retained in UK law by the European Union (Withdrawal) Act
2018 and amended by the Data Protection, Privacy and Electronic Communications (Amendments
etc) (EU Exit) Regulations 2019 (SI 2019/419)."""

DPA_2018 = law.DPA_2018.short
"""The Data Protection Act 2018 (c. 12), which supplements the UK GDPR."""

ICO_GUIDANCE = "ICO guidance"
"""Guidance of the Information Commissioner's Office, cited page by page."""

UKUT_2024_105 = "[2024] UKUT 105 (AAC)"
"""Upper Tribunal (Administrative Appeals Chamber), 22 April 2024, paras. 91-92: the UK
GDPR removed the GDPR's references to the EDPB; EDPB decisions are persuasive, not binding."""


@frozen(kw_only=True)
class InstrumentVersion:
    """One version of the breach rules in force in the UK, with the dates it applies between.

    Attributes:
        label: What applied, e.g. ``"UK GDPR"``.
        applies_from: The first instant it applies (UTC).
        applies_until: The instant it stops applying (None: still in force).
        regime: The id of the regime that assesses incidents of this period.
        source: Where the dates come from.
    """

    label: str
    applies_from: datetime
    applies_until: datetime | None
    regime: str
    source: str

    def covers(self, instant: datetime) -> bool:
        """Whether ``instant`` falls within this version's period."""
        after = instant >= self.applies_from
        return after and (self.applies_until is None or instant < self.applies_until)


EU_GDPR_IN_UK = InstrumentVersion(
    label="GDPR (Regulation (EU) 2016/679), directly applicable in the UK, with the DPA 2018",
    applies_from=datetime(2018, 5, 25, tzinfo=UTC),
    applies_until=IP_COMPLETION_DAY,
    regime="gdpr",
    source="Art. 99(2) GDPR; European Union (Withdrawal Agreement) Act 2020, s. 39(1) "
    "(memory, not verified); the ICO's transition-period FAQ (read).",
)
UK_GDPR_VERSIONS: tuple[InstrumentVersion, ...] = (
    EU_GDPR_IN_UK,
    InstrumentVersion(
        label="UK GDPR with the DPA 2018",
        applies_from=IP_COMPLETION_DAY,
        applies_until=None,
        regime="uk_gdpr",
        source="European Union (Withdrawal) Act 2018, s. 3; SI 2019/419 (memory); the UK GDPR "
        "text on legislation.gov.uk (read). The Data (Use and Access) Act 2025 leaves "
        "Arts. 33 and 34 as they are (see the law page).",
    ),
)
"""The breach rules that applied in the UK, oldest first."""


def uk_gdpr(article: int, paragraph: int | None = None, point: str | None = None) -> Citation:
    """Cite an article of the UK GDPR on legislation.gov.uk (the law table's instrument).

    >>> str(uk_gdpr(33, 1))
    'Art. 33(1) UK GDPR'
    """
    return cite(law.UK_GDPR.id, article, paragraph, point)


@functools.cache
def ico_guidance(page: str, url: str) -> Citation:
    """Cite a page of the ICO's guidance by its title."""
    return Citation(ICO_GUIDANCE, page, url)


@functools.cache
def ukut_persuasive() -> Citation:
    """[2024] UKUT 105 (AAC), paras. 91-92: EDPB material is persuasive in the UK."""
    return Citation(UKUT_2024_105, "paras. 91-92")


ICO_72_HOURS = ico_guidance(
    "72 hours - how to respond to a personal data breach",
    "https://ico.org.uk/for-organisations/advice-for-small-organisations/"
    "72-hours-how-to-respond-to-a-personal-data-breach",
)
ICO_REPORTING = ico_guidance(
    "Personal data breach management toolkit: reporting processes",
    "https://ico.org.uk/for-organisations/advice-and-services/audits/"
    "data-protection-audit-framework/toolkits/personal-data-breach-management/reporting-processes",
)
ICO_REPORT_NOTICE = ico_guidance(
    "Report a breach: privacy notice (all controllers)",
    "https://ico.org.uk/global/privacy-notice/report-a-breach-all-controllers/",
)

ICO_ID = "gb-ico"
"""The Information Commissioner's id in the authorities registry."""


def ico() -> Authority:
    """The Information Commissioner: the UK's only authority for breach reports.

    Under the UK GDPR and PECR; the registry's record ``gb-ico`` (its ``regimes`` are
    ``uk_gdpr`` and ``pecr``). Source: the ICO's own pages (read): its report-a-breach privacy notice
    ("Organisations must report any personal data breach to us") and its audit toolkit ("for
    the UK, this is the ICO"). The online form's address is not recorded (not verified).
    """
    return get_authority(ICO_ID)
