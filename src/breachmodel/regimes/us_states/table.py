"""The 54 US breach-notification laws, one declaration per jurisdiction.

Data only: the logic that reads it is in :mod:`breachmodel.regimes.us_states.rules`. Each
entry says which of its fields were checked and against what (``provenance``, ``source``,
``checked``); every other field is from memory and flagged ``not_verified`` in the result
and on the law page (docs/law/us_states.md), which counts the entries per provenance.
Sources named below:

* *Reference chart*: the project's reference notes on global regimes, section 11d, a
  compilation of law-firm and state pages (Snell & Wilmer data breach map, Davis Wright
  Tremaine, Klinedinst, ComplianceIQ, Data Protection Report, Pillsbury, Covington) with
  the Texas enrolled bills read on LegiScan.
* *referencesource*: the "data breach notification clocks" data set
  (referencesource.org), which quotes the statute for each field it marks verified.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import attrs
from attrs import frozen

from breachmodel.regimes.us_states._law import (
    BASIC,
    AgNotice,
    Clock,
    Element,
    Provenance,
    StateLaw,
    Substitute,
    Threshold,
)

__all__ = ["BY_CODE", "STATES"]

E = Element
OFFICIAL, SECONDARY = Provenance.OFFICIAL, Provenance.SECONDARY
EXPEDIENT: Final = "in the most expedient time possible and without unreasonable delay"
UNREASONABLE: Final = "without unreasonable delay"
CHART: Final = "Reference chart (global regimes, section 11d)"

# Effective dates of amendments, for breaches discovered from that day (secondary sources):
SB_446: Final = date(2026, 1, 1)
"""California SB 446: 30 days for residents, 15 days for the Attorney General's copy
(Data Protection Report and Pillsbury, as the entry's source says)."""
NY_S2659B: Final = date(2024, 12, 21)
"""New York S2659B, effective on signature: 21 December 2024 per Jackson Lewis, SHRM and
McDonald Hopkins (Covington dates the signature 24 December); Morrison Foerster's "A MoFo
Privacy Minute" (14 March 2025) and Baker McKenzie's Connect on Tech also give 21 December
2024, effective immediately."""
NY_HEALTH_ELEMENTS: Final = date(2025, 3, 21)
"""New York's medical and health insurance information join "private information" under
§ 899-aa on 21 March 2025: the Data Protection Report (Norton Rose Fulbright, February
2025), Morrison Foerster's "A MoFo Privacy Minute" (14 March 2025), Moore & Van Allen (on
Mondaq, 19 March 2025) and Sheppard Mullin (quoted by databreaches.net, 4 January 2025) all
give that date. They name the amending bill differently (S2376B/A4737B of December 2024,
or the chapter amendment signed on 14 February 2025); the enacted text was not read.
Read here, as for the other amendments, as breaches discovered from that day."""
OK_SB_626: Final = date(2026, 1, 1)
"""Oklahoma S.B. 626, for breaches on or after 1 January 2026 (Covington, Troutman Pepper);
read here as breaches discovered from that day."""


def _more(n: int) -> Threshold:
    return Threshold(n=n)


def _least(n: int) -> Threshold:
    return Threshold(n=n, inclusive=True)


def _clock(days: int | None = None, after: str = "discovery", wording: str = EXPEDIENT) -> Clock:
    return Clock(days=days, after=after, wording=wording)


@frozen
class _Ag:
    """A row's regulator notice; its authority id is made from the row's code."""

    threshold: Threshold | None
    clock: Clock
    pinpoint: str
    to: str = "the Attorney General"
    agency: str = "ag"
    since: date | None = None

    def of(self, code: str) -> AgNotice:
        """The notice of the jurisdiction ``code``: its recipient is ``<code>-<agency>``."""
        fields = attrs.asdict(self, recurse=False)
        agency = fields.pop("agency")
        return AgNotice(authority=f"{code.lower()}-{agency}", **fields)


NO_EXCEPTION: Final = None
"""The harm column of a law with no risk-of-harm exception."""
EXCEPTION: Final = ""
"""The harm column of a law whose risk-of-harm exception states no conditions."""

_Row = tuple[
    str, str, str, str, str,
    tuple[Element, ...], str | None,
    Clock, _Ag | None, Threshold | None, tuple[int, int] | None,
    Provenance, str, str,
]  # fmt: skip
"""One jurisdiction, in the columns of :data:`_ROWS`."""

_URLS: Final = {
    "US-AZ": "https://www.azleg.gov/ars/18/00552.htm",
    "US-CA": "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82",
}
"""The official text, where its address is known."""


_ELEMENTS_SINCE: Final = {
    "US-NY": ((E.MEDICAL, NY_HEALTH_ELEMENTS), (E.HEALTH_INSURANCE, NY_HEALTH_ELEMENTS)),
}
"""Elements an amendment added, with the first discovery date each applies to."""


def _law(row: _Row) -> StateLaw:
    """One row of the table as a :class:`StateLaw`."""
    code, name, statute, section, zone, add, harm, residents, ag, cra, sub, prov, checked, src = row
    return StateLaw(
        code=code,
        name=name,
        statute=statute,
        section=section,
        url=_URLS.get(code),
        zone=zone,
        elements=BASIC | frozenset(add),
        harm_test=harm is not None,
        harm_conditions=harm or "",
        residents=residents,
        ag=None if ag is None else ag.of(code),
        cra=cra,
        substitute=None if sub is None else Substitute(cost=sub[0], people=sub[1]),
        provenance=prov,
        source=src,
        checked=tuple(checked.split()),
        elements_since=_ELEMENTS_SINCE.get(code, ()),
    )


_HEALTH = (E.MEDICAL, E.HEALTH_INSURANCE)
_MODERN = (*_HEALTH, E.BIOMETRIC, E.CREDENTIALS)

# One row a jurisdiction, in three lines:
# 1. code, name, statute, sections, time zone of the capital; the elements beyond the basic
#    four; the risk-of-harm exception: NO_EXCEPTION, EXCEPTION, or the conditions its
#    determination requires;
# 2. the residents' clock; the regulator's notice, _Ag(threshold, clock, pinpoint[, to=,
#    agency=, since=]) or None; the consumer reporting agencies' threshold or None; the
#    substitute notice's (cost in dollars, people) or None;
# 3. the provenance of the checked fields, the fields checked, the source read.
_ROWS: Final[tuple[_Row, ...]] = (
    ("US-AL", "Alabama", "Ala. Code", "§§ 8-38-1 to 8-38-12", "America/Chicago", _MODERN, EXCEPTION,
     _clock(45, "determination", UNREASONABLE), _Ag(_more(1000), _clock(45, "determination", UNREASONABLE), "§ 8-38-6"), _more(1000), (500_000, 100_000),
     SECONDARY, "residents ag cra substitute", 'ComplianceIQ (complianceiq.site, Alabama) and the Mintz Matrix; substitute notice also in TermsFeed'),
    ("US-AK", "Alaska", "Alaska Stat.", "§§ 45.48.010 to 45.48.090", "America/Anchorage", (), "the determination is documented in writing, kept for five years and notified to the Attorney General",
     _clock(wording="in the most expeditious time possible and without unreasonable delay"), None, _more(1000), (150_000, 300_000),
     OFFICIAL, "residents cra", "§ 45.48.010(a)-(c) as reproduced on Justia (2019 Alaska Statutes) and § 45.48.040(a) as reproduced on courtgpt.ai: the CRAs above 1,000"),
    ("US-AZ", "Arizona", "Ariz. Rev. Stat.", "§ 18-552", "America/Phoenix", _MODERN, EXCEPTION,
     _clock(45, "determination", "within forty-five days"), _Ag(_more(1000), _clock(45, "determination", "within forty-five days"), "§ 18-552(B)(2)", to="the Attorney General and the Department of Homeland Security"), _more(1000), (50_000, 100_000),
     OFFICIAL, "residents ag cra", "A.R.S. § 18-552(B), as quoted from azleg.gov by referencesource; thresholds also in the " + CHART),
    ("US-AR", "Arkansas", "Ark. Code", "§§ 4-110-101 to 4-110-108", "America/Chicago", (E.MEDICAL, E.BIOMETRIC), EXCEPTION,
     _clock(), _Ag(_more(1000), _clock(45, "determination", "at the same time as the residents"), "§ 4-110-105(d)"), None, (250_000, 500_000),
     OFFICIAL, "residents ag", '§ 4-110-105(a), (b)(2) as reproduced by getpocketlaw.com (the Attorney General above 1,000, with the residents or within 45 days of the determination, whichever first); Davis Wright Tremaine agrees'),
    ("US-CA", "California", "Cal. Civ. Code", "§ 1798.82", "America/Los_Angeles", (*_MODERN, E.GENETIC), NO_EXCEPTION,
     Clock(days=30, wording=EXPEDIENT, since=SB_446), _Ag(_more(500), Clock(days=15, after="resident_notice", wording="a sample copy of the notice", since=SB_446), "§ 1798.82(f)"), None, (250_000, 500_000),
     SECONDARY, "residents ag", CHART + ": Data Protection Report (Nov. 2025) and Pillsbury on SB 446 (30 days from 1 January 2026; the sample notice within 15 days of the residents' notice)"),
    ("US-CO", "Colorado", "Colo. Rev. Stat.", "§ 6-1-716", "America/Denver", _MODERN, EXCEPTION,
     _clock(30, "determination", EXPEDIENT), _Ag(_least(500), _clock(30, "determination", EXPEDIENT), "§ 6-1-716(2)(f)"), _least(1000), (250_000, 250_000),
     SECONDARY, "residents ag", CHART + ": ComplianceIQ, CSRPS and Davis Wright Tremaine; the 500-resident threshold on the Colorado Attorney General's data-breach page (the CRA comparator differs between sources)"),
    ("US-CT", "Connecticut", "Conn. Gen. Stat.", "§ 36a-701b", "America/New_York", _MODERN, "after an investigation and consultation with the relevant law enforcement agencies",
     _clock(60, "discovery", UNREASONABLE), _Ag(None, _clock(None, wording="not later than the notice to residents"), "§ 36a-701b(b)(2)"), None, (250_000, 500_000),
     SECONDARY, "residents ag", "the Connecticut Attorney General's page on reporting a breach (60 days from discovery since P.A. 21-59; the Attorney General no later than the residents)"),
    ("US-DE", "Delaware", "Del. Code tit. 6", "§§ 12B-101 to 12B-104", "America/New_York", _MODERN, EXCEPTION,
     _clock(60, "determination", UNREASONABLE), _Ag(_more(500), _clock(None, wording="not later than the notice to residents"), "§ 12B-102(d)"), None, (75_000, 100_000),
     SECONDARY, "residents ag", "§ 12B-102(a), (c) read in a reproduction of the Delaware Code (casetext); the Attorney General's notice from the Perkins Coie chart and Davis Wright Tremaine"),
    ("US-DC", "District of Columbia", "D.C. Code", "§§ 28-3851 to 28-3853", "America/New_York", (*_MODERN, E.GENETIC), "after consultation with the Attorney General and federal law enforcement",
     _clock(), _Ag(_least(50), _clock(None, wording="not later than the notice to residents"), "§ 28-3852(b-1)"), _more(1000), (50_000, 100_000),
     SECONDARY, "ag cra", "CSRPS and Words by Wit; the consultation before finding harm unlikely from the DC Attorney General's data-breach page"),
    ("US-FL", "Florida", "Fla. Stat.", "§ 501.171", "America/New_York", _MODERN, "the determination is made in writing, kept five years and sent to the Department of Legal Affairs within 30 days",
     _clock(30, "determination", "as expeditiously as practicable and without unreasonable delay"), _Ag(_least(500), _clock(30, "determination", "as expeditiously as practicable"), "§ 501.171(3)", to="the Department of Legal Affairs"), _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", CHART + ": Snell & Wilmer data breach map, Davis Wright Tremaine, ComplianceIQ"),
    ("US-GA", "Georgia", "Ga. Code", "§§ 10-1-910 to 10-1-912", "America/New_York", (E.CREDENTIALS,), NO_EXCEPTION,
     _clock(), None, _more(10_000), (50_000, 100_000),
     OFFICIAL, "residents cra", "§ 10-1-912(a), (d) as reproduced on Justia (2016 Georgia Code): no risk-of-harm exception, the CRAs above 10,000 at one time; the Georgia State University Law Review's note on the Act agrees"),
    ("US-HI", "Hawaii", "Haw. Rev. Stat.", "§§ 487N-1 to 487N-4", "Pacific/Honolulu", (), EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(_more(1000), _clock(wording=UNREASONABLE), "§ 487N-2(f)", to="the Office of Consumer Protection", agency="ocp"), _more(1000), (100_000, 200_000),
     SECONDARY, "residents ag cra", 'Perkins Coie security breach notification chart (Hawaii); § 487N-2(a) read in a reproduction (policyrisk.com)'),
    ("US-ID", "Idaho", "Idaho Code", "§§ 28-51-104 to 28-51-107", "America/Boise", (), EXCEPTION,
     _clock(), None, None, (25_000, 50_000),
     SECONDARY, "residents ag cra", "Words by Wit (quoting § 28-51-105), Davis Wright Tremaine and Constangy (Idaho): the Attorney General only for public agencies (within 24 hours, not modelled), no CRA notice"),
    ("US-IL", "Illinois", "815 ILCS", "530/1 to 530/50", "America/Chicago", _MODERN, NO_EXCEPTION,
     _clock(), _Ag(_more(500), _clock(None, wording="not later than the notice to residents"), "530/10(e)"), None, (250_000, 500_000),
     SECONDARY, "residents ag", "815 ILCS 530/10(a) on ilga.gov (residents); the Attorney General's notice (SB 1624, from 1 January 2020) from Patterson Belknap and Eye on Privacy"),
    ("US-IN", "Indiana", "Ind. Code", "§ 24-4.9", "America/Indiana/Indianapolis", (), EXCEPTION,
     _clock(45, "discovery", UNREASONABLE), _Ag(None, _clock(45, "discovery", UNREASONABLE), "§ 24-4.9-3-1(c)"), _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", "§ 24-4.9-3-1(b), (c) as reproduced on instalawyer.io (the CRAs above 1,000; the Attorney General on every disclosure); the 45 days from discovery (H.E.A. 1351 of 2022) from Klinedinst (updated 28 February 2024) and Davis Wright Tremaine"),
    ("US-IA", "Iowa", "Iowa Code", "§ 715C", "America/Chicago", (E.BIOMETRIC,), "the determination is documented in writing and kept for five years",
     _clock(), _Ag(_least(500), Clock(days=5, business_days=True, after="resident_notice", wording="within five business days of the notice to residents"), "§ 715C.2(8)", to="the Director of the Consumer Protection Division"), None, (250_000, 350_000),
     SECONDARY, "ag", "the Iowa Attorney General's security-breach page ('at least 500' residents, within five business days after notifying them); Words by Wit and ComplianceIQ say more than 500, and the reading that gives more notice is kept"),
    ("US-KS", "Kansas", "Kan. Stat.", "§§ 50-7a01 to 50-7a04", "America/Chicago", (), EXCEPTION,
     _clock(), None, _more(1000), (100_000, 5_000),
     SECONDARY, "residents ag cra", "§ 50-7a02(a) as reproduced on getpocketlaw.com (the investigation and the residents' notice); the CRAs above 1,000 and no state agency notice from Perkins Coie and Snell & Wilmer"),
    ("US-KY", "Kentucky", "Ky. Rev. Stat.", "§ 365.732", "America/New_York", (), EXCEPTION,
     _clock(), None, _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", "§ 365.732(1)-(2) as reproduced by proteuscyber.com (the risk of identity theft or fraud in the breach definition; the residents' notice); the CRAs above 1,000 and no regulator notice for private entities from Perkins Coie"),
    ("US-LA", "Louisiana", "La. Rev. Stat.", "§§ 51:3071 to 51:3077", "America/Chicago", (E.BIOMETRIC,), EXCEPTION,
     _clock(60, "discovery"), _Ag(None, _clock(10, "resident_notice", "within ten days of the notice to residents"), "La. Admin. Code tit. 16, pt. III, § 701"), None, (100_000, 100_000),
     SECONDARY, "residents ag", "La. Admin. Code tit. 16, pt. III, § 701 as quoted on the Louisiana Attorney General's data-breach page (every notice to residents, timely if received within 10 days of it); the 60 days from discovery from Klinedinst (updated 28 February 2024) and Lewis Brisbois; ComplianceIQ's CRA notice above 1,000 is in no other source read and is not modelled"),
    ("US-ME", "Maine", "Me. Rev. Stat. tit. 10", "§§ 1346 to 1350-B", "America/New_York", (E.CREDENTIALS,), EXCEPTION,
     _clock(30, "discovery", "as expediently as possible and without unreasonable delay"), _Ag(None, _clock(None, wording="when residents are notified"), "§ 1348(5)"), _more(1000), (5_000, 1_000),
     SECONDARY, "residents ag cra", CHART + ": the Maine Attorney General's data-breach page and ComplianceIQ"),
    ("US-MD", "Maryland", "Md. Code, Com. Law", "§§ 14-3501 to 14-3508", "America/New_York", _MODERN, EXCEPTION,
     _clock(45, "determination", "as soon as reasonably practicable"), _Ag(None, _clock(None, wording="before the notice to residents"), "§ 14-3504(h)"), _least(1000), (100_000, 175_000),
     SECONDARY, "residents ag", 'Klinedinst, Maryland data breach notification statute summary (updated 28 February 2024): 45 days after the investigation concludes; the Attorney General before the residents'),
    ("US-MA", "Massachusetts", "Mass. Gen. Laws ch. 93H", "§§ 1 to 6", "America/New_York", (), EXCEPTION,
     _clock(wording="as soon as practicable and without unreasonable delay"), _Ag(None, _clock(wording="as soon as practicable and without unreasonable delay"), "§ 3(b)", to="the Attorney General and the Director of Consumer Affairs and Business Regulation"), None, (250_000, 500_000),
     SECONDARY, "residents ag", "mass.gov, 'Notifications in the event of a data breach' (the Attorney General's Office and OCABR on every breach); ComplianceIQ (as soon as practicable and without unreasonable delay); the substantial risk of identity theft or fraud in the breach definition, ch. 93H § 1(a), as reproduced by proteuscyber.com; ComplianceIQ's CRA notice above 500 is in no other source read and is not modelled"),
    ("US-MI", "Michigan", "Mich. Comp. Laws", "§ 445.72", "America/Detroit", (), EXCEPTION,
     _clock(wording=UNREASONABLE), None, _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", "Words by Wit (§ 445.72(8): the CRAs above 1,000) and Klinedinst (updated 28 February 2024: without unreasonable delay, no Attorney General notice)"),
    ("US-MN", "Minnesota", "Minn. Stat.", "§ 325E.61", "America/Chicago", (), NO_EXCEPTION,
     _clock(), None, _more(500), (250_000, 500_000),
     SECONDARY, "cra", 'CSRPS (Minnesota): the CRAs above 500, within 48 hours (the 48 hours are not modelled: the CRA notice is shown without a fixed period)'),
    ("US-MS", "Mississippi", "Miss. Code", "§ 75-24-29", "America/Chicago", (), EXCEPTION,
     _clock(wording=UNREASONABLE), None, None, (5_000, 5_000),
     SECONDARY, "residents ag cra", "Words by Wit (quoting § 75-24-29(3): without unreasonable delay, no CRA notice), Perkins Coie and Davis Wright Tremaine (no government notice)"),
    ("US-MO", "Missouri", "Mo. Rev. Stat.", "§ 407.1500", "America/Chicago", _HEALTH, EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(_more(1000), _clock(wording=UNREASONABLE), "§ 407.1500(2)(8)"), _more(1000), (100_000, 150_000),
     SECONDARY, "residents ag cra", 'Words by Wit, Proskauer and the ITechLaw survey (Missouri): the Attorney General and the CRAs above 1,000'),
    ("US-MT", "Montana", "Mont. Code", "§ 30-14-1704", "America/Denver", (E.MEDICAL,), EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(None, _clock(None, wording="at the same time as the notice to residents"), "§ 30-14-1704(8)", to="the Office of Consumer Protection"), None, (250_000, 500_000),
     SECONDARY, "residents ag", "the Montana Department of Justice's page on reporting data breaches (an electronic copy of the notice to the Office of Consumer Protection simultaneously; a breach must cause or be reasonably believed to cause loss or injury); Davis Wright Tremaine and Words by Wit agree on the harm element; ComplianceIQ's CRA notice above 1,000 is in no other source read and is not modelled"),
    ("US-NE", "Nebraska", "Neb. Rev. Stat.", "§§ 87-801 to 87-808", "America/Chicago", (E.BIOMETRIC, E.CREDENTIALS), EXCEPTION,
     _clock(wording="as soon as possible and without unreasonable delay"), _Ag(None, _clock(None, wording="not later than the notice to residents"), "§ 87-803(2)"), None, (75_000, 100_000),
     OFFICIAL, "residents ag", "§ 87-803(1)-(2) as reproduced by self-law.org (the investigation, the residents' notice, the Attorney General not later than the residents); ComplianceIQ's CRA notice above 1,000 is in no other source read and is not modelled"),
    ("US-NV", "Nevada", "Nev. Rev. Stat.", "§§ 603A.010 to 603A.290", "America/Los_Angeles", (*_HEALTH, E.CREDENTIALS), NO_EXCEPTION,
     _clock(), None, _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", "§ 603A.220(1) as reproduced on casetext (current through 2023; no risk-of-harm exception); the CRAs above 1,000 from Perkins Coie and Words by Wit; no regulator notice from ComplianceIQ"),
    ("US-NH", "New Hampshire", "N.H. Rev. Stat.", "§§ 359-C:19 to 359-C:21", "America/New_York", (), EXCEPTION,
     _clock(wording="as soon as possible"), _Ag(None, _clock(None, wording="when residents are notified"), "§ 359-C:20(I)(b)"), _more(1000), (5_000, 1_000),
     SECONDARY, "ag cra", "the New Hampshire Department of Justice's security-breach notifications page (the Attorney General, or the primary regulator, on every notice; the CRAs when over 1,000 people are affected)"),
    ("US-NJ", "New Jersey", "N.J. Stat.", "§§ 56:8-161 to 56:8-166", "America/New_York", (E.CREDENTIALS,), "the determination is documented in writing and kept for five years",
     _clock(), _Ag(None, _clock(None, wording="before the notice to residents"), "§ 56:8-163(c)(1)", to="the Division of State Police", agency="njsp"), _more(1000), (250_000, 500_000),
     SECONDARY, "ag cra", "Perkins Coie security breach notification chart (New Jersey, S.B. 52 of 2019); the State Police notice before the customers' quoted from § 56:8-163(c)(1) on the New Jersey Cybersecurity and Communications Integration Cell's page"),
    ("US-NM", "New Mexico", "N.M. Stat.", "§§ 57-12C-1 to 57-12C-12", "America/Denver", (E.BIOMETRIC,), EXCEPTION,
     _clock(45, "discovery"), _Ag(_more(1000), _clock(45, "discovery"), "§ 57-12C-10"), _more(1000), (100_000, 50_000),
     OFFICIAL, "ag cra", '§ 57-12C-10 as reproduced on FindLaw (current as of May 2021)'),
    ("US-NY", "New York", "N.Y. Gen. Bus. Law", "§ 899-aa", "America/New_York", _MODERN, "only an inadvertent disclosure by persons authorised to access the data, documented in writing and kept five years",
     Clock(days=30, wording=EXPEDIENT, since=NY_S2659B), _Ag(None, _clock(None, wording="when residents are notified"), "§ 899-aa(8)(a)", to="the Attorney General, the Department of State, the Division of State Police (and the Department of Financial Services for its licensees)"), _more(5000), (250_000, 500_000),
     SECONDARY, "residents ag", CHART + ": SHRM and Covington on the December 2024 amendment (30 days; the CRA threshold only in an older source)"),
    ("US-NC", "North Carolina", "N.C. Gen. Stat.", "§§ 75-61, 75-65", "America/New_York", (E.BIOMETRIC, E.CREDENTIALS), EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(None, _clock(wording=UNREASONABLE), "§ 75-65(e1)", to="the Consumer Protection Division of the Attorney General's Office"), _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", 'CSRPS, Davis Wright Tremaine and ComplianceIQ (North Carolina): the Consumer Protection Division on every notice, the CRAs above 1,000'),
    ("US-ND", "North Dakota", "N.D. Cent. Code", "§§ 51-30-01 to 51-30-07", "America/Chicago", (*_HEALTH, E.DATE_OF_BIRTH), NO_EXCEPTION,
     _clock(), _Ag(_more(250), _clock(wording=EXPEDIENT), "§ 51-30-02"), None, (250_000, 500_000),
     OFFICIAL, "residents ag", '§ 51-30-02 as reproduced by Lexace; the Perkins Coie chart agrees'),
    ("US-OH", "Ohio", "Ohio Rev. Code", "§ 1349.19", "America/New_York", (), EXCEPTION,
     _clock(45, "discovery", "in the most expedient time possible"), None, _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra substitute elements", "Snell & Wilmer data breach map and Words by Wit (quoting § 1349.19: the most expedient time possible but not later than 45 days; substitute notice above $250,000 or 500,000 residents), Davis Wright Tremaine (no government notice; the elements, none alone and no credentials), CSRPS (the CRAs above 1,000)"),
    ("US-OK", "Oklahoma", "Okla. Stat. tit. 24", "§§ 161 to 166", "America/Chicago", (E.BIOMETRIC,), EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(_least(500), Clock(days=60, after="resident_notice", wording=UNREASONABLE), "§ 163", since=OK_SB_626), None, (50_000, 100_000),
     SECONDARY, "residents ag elements", "S.B. 626 (2025, for breaches on or after 1 January 2026) as summarised by Covington (Inside Privacy), Troutman Pepper and the RMA: the Attorney General from 500 residents (1,000 for credit bureaus, not modelled), no more than 60 days after the residents' notice; biometric data added"),
    ("US-OR", "Oregon", "Or. Rev. Stat.", "§§ 646A.600 to 646A.628", "America/Los_Angeles", _MODERN, "the determination is documented in writing and kept for five years",
     _clock(45, "discovery"), _Ag(_more(250), _clock(45, "discovery"), "§ 646A.604(1)(b)"), _more(1000), (250_000, 350_000),
     OFFICIAL, "residents ag", 'ORS 646A.604(1), (3)(a) as reproduced on oregonlaws.org and instalawyer.io'),
    ("US-PA", "Pennsylvania", "73 Pa. Stat.", "§§ 2301 to 2330", "America/New_York", _MODERN, EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(_more(500), _clock(None, wording="at the same time as the notice to residents"), "§ 2303(a.2)"), _least(500), (100_000, 175_000),
     SECONDARY, "ag cra", 'Act 33 of 2024 (in force 26 September 2024): subsection (c.1) as quoted by DataBreaches.net; the CRA threshold lowered to 500 from Constangy (JD Supra) and WBK'),
    ("US-RI", "Rhode Island", "R.I. Gen. Laws", "§§ 11-49.3-1 to 11-49.3-6", "America/New_York", _MODERN, EXCEPTION,
     _clock(45, "determination", "in the most expedient time possible"), _Ag(_more(500), _clock(None, wording="when residents are notified"), "§ 11-49.3-4(a)(2)"), _more(500), (25_000, 50_000),
     SECONDARY, "residents ag cra", '§ 11-49.3-4(a) as reproduced on lawserver.com (45 days after confirmation of the breach); the thresholds from Words by Wit and CSRPS'),
    ("US-SC", "South Carolina", "S.C. Code", "§ 39-1-90", "America/New_York", (), EXCEPTION,
     _clock(), _Ag(_least(1000), _clock(wording=UNREASONABLE), "§ 39-1-90(K)", to="the Consumer Protection Division of the Department of Consumer Affairs", agency="dca"), _least(1000), (250_000, 500_000),
     SECONDARY, "ag cra", "Perkins Coie chart ('more than 1,000') and the Department of Consumer Affairs' security-breach page ('1,000 or more'): the reading that gives more notice is kept"),
    ("US-SD", "South Dakota", "S.D. Codified Laws", "§§ 22-40-19 to 22-40-26", "America/Chicago", _MODERN, "the determination is documented in writing, kept three years and notified to the Attorney General",
     _clock(60, "discovery", "no later than sixty days"), _Ag(_more(250), _clock(None, wording="when residents are notified"), "§ 22-40-20"), _least(1), (250_000, 500_000),
     OFFICIAL, "residents ag substitute", "§§ 22-40-20 and 22-40-22 as reproduced by self-law.org (the CRA duty's threshold differs between secondary sources: none, or more than 1,000)"),
    ("US-TN", "Tennessee", "Tenn. Code", "§ 47-18-2107", "America/Chicago", (), NO_EXCEPTION,
     _clock(45, "discovery", "immediately"), None, _more(1000), (250_000, 500_000),
     SECONDARY, "residents ag cra", "Perkins Coie (Tennessee: no harm element in the breach definition, the CRAs above 1,000), ComplianceIQ and tncyberlaw.com (immediately, no later than 45 days from discovery; no Attorney General notice)"),
    ("US-TX", "Texas", "Tex. Bus. & Com. Code", "§ 521.053", "America/Chicago", _HEALTH, NO_EXCEPTION,
     _clock(60, "determination", UNREASONABLE), _Ag(_least(250), _clock(30, "determination", "as soon as practicable"), "§ 521.053(i)"), _more(10_000), (250_000, 500_000),
     SECONDARY, "residents ag cra", CHART + ": the enrolled texts of HB 4761 and SB 768 (2023) on LegiScan, as summarised there; the CRA threshold from ComplianceIQ"),
    ("US-UT", "Utah", "Utah Code", "§§ 13-44-101 to 13-44-301", "America/Denver", (), EXCEPTION,
     _clock(), _Ag(_least(500), _clock(wording=UNREASONABLE), "§ 13-44-202(1)(b)", to="the Attorney General and the Utah Cyber Center"), _least(1000), None,
     SECONDARY, "residents ag cra", 'Perkins Coie security breach notification chart (S.B. 127, 2023; S.B. 98, 2024)'),
    ("US-VT", "Vermont", "Vt. Stat. tit. 9", "§ 2435", "America/New_York", (*_MODERN, E.GENETIC), "the determination and its explanation are notified to the Attorney General",
     _clock(45, "discovery"), _Ag(None, Clock(days=14, business_days=True, after="discovery", wording="a preliminary notice"), "§ 2435(b)(3)"), _more(1000), (10_000, 5_000),
     SECONDARY, "residents ag cra", CHART + ": Klinedinst and Words by Wit"),
    ("US-VA", "Virginia", "Va. Code", "§ 18.2-186.6", "America/New_York", (), EXCEPTION,
     _clock(wording=UNREASONABLE), _Ag(None, _clock(wording=UNREASONABLE), "§ 18.2-186.6(B)"), _more(1000), (50_000, 100_000),
     SECONDARY, "residents ag", 'Klinedinst, Virginia data breach notification statute summary (updated 28 February 2024); § 18.2-186.6(A) read in a reproduction (instalawyer.io)'),
    ("US-WA", "Washington", "Rev. Code Wash.", "§ 19.255.010", "America/Los_Angeles", (*_MODERN, E.DATE_OF_BIRTH), EXCEPTION,
     _clock(30, "discovery"), _Ag(_more(500), _clock(30, "discovery"), "§ 19.255.010(7)"), None, (250_000, 500_000),
     SECONDARY, "residents ag", CHART + ": terms.law and LegalClarity (the CRA duty unknown there)"),
    ("US-WV", "West Virginia", "W. Va. Code", "§§ 46A-2A-101 to 46A-2A-105", "America/New_York", (), EXCEPTION,
     _clock(wording=UNREASONABLE), None, _more(1000), (50_000, 100_000),
     SECONDARY, "residents ag cra", "§ 46A-2A-102(a) as reproduced by Lexace (without unreasonable delay); the CRAs above 1,000 from Words by Wit; no government notice from Davis Wright Tremaine"),
    ("US-WI", "Wisconsin", "Wis. Stat.", "§ 134.98", "America/Chicago", (E.BIOMETRIC, E.GENETIC), EXCEPTION,
     _clock(45, "discovery", "within a reasonable time"), None, _least(1000), None,
     SECONDARY, "residents ag cra", "Davis Wright Tremaine and Lewis Brisbois (within a reasonable time, not to exceed 45 days; no government notice); the CRA threshold differs between sources ('more than 1,000': CSRPS, ComplianceIQ; '1,000 or more ... as the result of a single incident': a state-law data set citing Foley & Lardner, September 2025, and coulee.tech): the reading that gives more notice is kept"),
    ("US-WY", "Wyoming", "Wyo. Stat.", "§§ 40-12-501 to 40-12-502", "America/Denver", _MODERN, EXCEPTION,
     _clock(), None, None, (10_000, 10_000),
     OFFICIAL, "residents", "§ 40-12-502(a) as reproduced by law.counselstack.com (the investigation and the residents' notice)"),
    ("US-PR", "Puerto Rico", "P.R. Laws tit. 10", "§§ 4051 to 4055", "America/Puerto_Rico", (E.MEDICAL,), NO_EXCEPTION,
     _clock(wording="as expeditiously as possible"), _Ag(None, _clock(10, "discovery", "within ten days of detecting the breach"), "§ 4052", to="the Department of Consumer Affairs (DACO)", agency="daco"), None, (100_000, 100_000),
     OFFICIAL, "residents ag substitute", "§ 4052 as reproduced on casetext (as expeditiously as possible; the Department within a non-extendable ten days of detection) and § 4053 as reproduced on courtgpt.ai (substitute notice above $100,000 or 100,000 persons)"),
    ("US-GU", "Guam", "9 Guam Code Ann.", "§§ 48.10 to 48.80", "Pacific/Guam", (), EXCEPTION,
     _clock(wording=UNREASONABLE), None, None, (10_000, 5_000),
     SECONDARY, "residents ag", "Constangy and Lewis Brisbois (Guam): without unreasonable delay, no regulator notice"),
    ("US-VI", "US Virgin Islands", "V.I. Code tit. 14", "§§ 2208 to 2209", "America/St_Thomas", (), NO_EXCEPTION,
     _clock(), None, None, (100_000, 50_000),
     SECONDARY, "residents ag", "Constangy (US Virgin Islands: the most expedient time possible and without unreasonable delay, no regulator notice, no risk-of-harm exception) and the AICPA's summary of § 2208"),
)  # fmt: skip

STATES: Final[tuple[StateLaw, ...]] = tuple(_law(row) for row in _ROWS)
"""Every jurisdiction: the states and the District of Columbia in alphabetical order of
name, then Puerto Rico, Guam and the US Virgin Islands."""

BY_CODE: Final = {s.code: s for s in STATES}
"""The laws by ISO 3166-2 code."""
