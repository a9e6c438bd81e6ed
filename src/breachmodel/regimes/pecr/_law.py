"""PECR reg. 5A as data: its citations, the ICO, and the notice period by date.

Reg. 5A was inserted by the Privacy and Electronic Communications (EC Directive)
(Amendment) Regulations 2011 (SI 2011/1208, reg. 5), implementing Directive 2009/136/EC
(explanatory note, official text, read on legislation.gov.uk). Until IP completion day
(31 December 2020, 23:00 UTC) Commission Regulation (EU) No 611/2013 applied in the United
Kingdom directly, beside reg. 5A; from then it applies as retained in UK law. Its citations
name the version in force at the instant they are read for (:func:`reg_611`).

The period to notify the ICO changed on 20 August 2025, when section 111 of the Data (Use
and Access) Act 2025 came into force (SI 2025/904, reg. 2(p)): from 24 hours after
detection (Art. 2(2) of Commission Regulation (EU) No 611/2013 as retained) to "without undue
delay and, where feasible, not later than 72 hours after having become aware of it", with
reasons for any later notice. Both are :class:`NoticePeriod` records; the rules pick the one
in force when the provider detected the breach, the way a dated parameter is picked.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from attrs import frozen

from breachmodel import law
from breachmodel.authorities import IP_COMPLETION_DAY
from breachmodel.citations import Citation, reg_611_2013
from breachmodel.clocks import Anchor
from breachmodel.regimes.uk_gdpr._law import ico_guidance

__all__ = [
    "DUAA_COMMENCEMENT",
    "ICO_PECR_BREACHES",
    "NOTICE_PERIODS",
    "PECR",
    "SI_2011_1208",
    "NoticePeriod",
    "duaa",
    "pecr",
    "period_at",
    "reg_611",
    "reg_611_uk",
    "si_2025_904",
]

PECR = "PECR"
"""The Privacy and Electronic Communications (EC Directive) Regulations 2003 (SI 2003/2426)."""

_PECR_URL = law.PECR.article_link("5A")
_REG_611_URL = "https://www.legislation.gov.uk/eur/2013/611/article/{n}"

ICO_PECR_BREACHES = ico_guidance(
    "Guide to PECR: security breaches",
    "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-"
    "communications/guide-to-pecr/communications-networks-and-services/security-breaches/",
)
"""The ICO's guide (read): notify the ICO, tell customers when their privacy is likely to
be adversely affected, keep a breach log; this "takes the place of UK GDPR breach reporting"."""

SI_2011_1208 = Citation(
    "SI 2011/1208",
    "reg. 5",
    "https://www.legislation.gov.uk/uksi/2011/1208/regulation/5/made",
)
"""The Privacy and Electronic Communications (EC Directive) (Amendment) Regulations 2011,
whose reg. 5 inserted reg. 5A into PECR, implementing Directive 2009/136/EC (explanatory
note, official text, read on legislation.gov.uk)."""

DUAA_COMMENCEMENT = datetime(2025, 8, 20, tzinfo=ZoneInfo("Europe/London"))
"""20 August 2025, from 00:00 UK time (BST: 23:00 UTC on the 19th). Source: SI 2025/904,
reg. 2(p) (official text, read on legislation.gov.uk)."""


@functools.cache
def pecr(pinpoint: str) -> Citation:
    """Cite PECR, e.g. ``pecr("reg. 5A(2)")``."""
    return Citation(PECR, pinpoint, _PECR_URL)


@functools.cache
def reg_611_uk(article: int, pinpoint: str = "") -> Citation:
    """Cite Commission Regulation (EU) No 611/2013 as retained in UK law."""
    return Citation(
        "Regulation 611/2013 (as retained in UK law)",
        f"Art. {article}{pinpoint}",
        _REG_611_URL.format(n=article),
    )


def reg_611(article: int, pinpoint: str = "", *, on: datetime | None) -> Citation:
    """Cite Regulation 611/2013 as it applied in the UK at ``on``.

    The Regulation itself before IP completion day, when it applied directly; as retained
    in UK law from then on, and when ``on`` is not known.
    """
    if on is not None and on < IP_COMPLETION_DAY:
        return reg_611_2013(f"Art. {article}{pinpoint}")
    return reg_611_uk(article, pinpoint)


@functools.cache
def duaa(section: int) -> Citation:
    """Cite the Data (Use and Access) Act 2025."""
    return Citation(
        "Data (Use and Access) Act 2025",
        f"s. {section}",
        f"https://www.legislation.gov.uk/ukpga/2025/18/section/{section}",
    )


@functools.cache
def si_2025_904() -> Citation:
    """The commencement of s. 111 of the 2025 Act on 20 August 2025."""
    return Citation(
        "SI 2025/904",
        "reg. 2(p)",
        "https://www.legislation.gov.uk/uksi/2025/904/regulation/2",
    )


@frozen(kw_only=True)
class NoticePeriod:
    """The period to notify the ICO under reg. 5A(2), as in force between two dates.

    Attributes:
        label: A short name for the version.
        applies_from: The first instant it applies to (a breach detected then or later).
        hours: The limit in hours, "where feasible".
        anchor: The event the hours run from.
        delay_reasons: Whether a later notice must give reasons for the delay.
        citations: The provisions, in force in that period.
    """

    label: str
    applies_from: datetime
    hours: int
    anchor: Anchor
    delay_reasons: bool
    citations: tuple[Citation, ...]


def _24_hours(applies_from: datetime, version: str, article_2_2: Citation) -> NoticePeriod:
    """The 24 hours after detection of Art. 2(2) of Regulation 611/2013, in one version."""
    return NoticePeriod(
        label=f"24 hours after detection (Reg. 611/2013, Art. 2(2), {version})",
        applies_from=applies_from,
        hours=24,
        anchor=Anchor.DETECTION,
        delay_reasons=False,
        citations=(pecr("reg. 5A(2)"), article_2_2),
    )


NOTICE_PERIODS: tuple[NoticePeriod, ...] = (
    _24_hours(datetime(2013, 8, 25, tzinfo=UTC), "applying directly", reg_611_2013("Art. 2(2)")),
    _24_hours(IP_COMPLETION_DAY, "as retained", reg_611_uk(2, "(2)")),
    NoticePeriod(
        label="72 hours after awareness (Data (Use and Access) Act 2025, s. 111)",
        applies_from=DUAA_COMMENCEMENT,
        hours=72,
        anchor=Anchor.AWARENESS,
        delay_reasons=True,
        citations=(pecr("reg. 5A(2)"), pecr("reg. 5A(3A)"), duaa(111), si_2025_904()),
    ),
)
"""The notice periods, oldest first. Before 25 August 2013 (when Regulation 611/2013
began to apply) reg. 5A(2) set no hours; no period is encoded for that time. The first two
differ only in the version of the Regulation they cite: the EU's own text until IP
completion day, the retained text after it."""


def period_at(instant: datetime) -> NoticePeriod | None:
    """The notice period in force at ``instant`` (None before 25 August 2013)."""
    found = [p for p in NOTICE_PERIODS if p.applies_from <= instant]
    return found[-1] if found else None
