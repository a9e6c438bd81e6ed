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

from typing import Final

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


def _more(n: int) -> Threshold:
    return Threshold(n=n)


def _least(n: int) -> Threshold:
    return Threshold(n=n, inclusive=True)


def _clock(days: int | None = None, after: str = "discovery", wording: str = EXPEDIENT) -> Clock:
    return Clock(days=days, after=after, wording=wording)


def _ag(
    code: str,
    threshold: Threshold | None,
    clock: Clock,
    pinpoint: str,
    *,
    to: str = "the Attorney General",
    agency: str = "ag",
) -> AgNotice:
    authority = f"{code.lower()}-{agency}"
    return AgNotice(authority=authority, to=to, threshold=threshold, clock=clock, pinpoint=pinpoint)


def _sub(cost: int, people: int) -> Substitute:
    return Substitute(cost=cost, people=people)


def _law(
    code: str,
    name: str,
    statute: str,
    section: str,
    zone: str,
    *,
    add: tuple[Element, ...] = (),
    residents: Clock | None = None,
    harm: bool = True,
    harm_conditions: str = "",
    url: str | None = None,
    ag: AgNotice | None = None,
    cra: Threshold | None = None,
    substitute: Substitute | None = None,
    provenance: Provenance = Provenance.NOT_VERIFIED,
    source: str = "",
    checked: tuple[str, ...] = (),
) -> StateLaw:
    return StateLaw(
        code=code,
        name=name,
        statute=statute,
        section=section,
        url=url,
        zone=zone,
        elements=BASIC | frozenset(add),
        harm_test=harm,
        harm_conditions=harm_conditions,
        residents=residents or _clock(),
        ag=ag,
        cra=cra,
        substitute=substitute,
        provenance=provenance,
        source=source,
        checked=checked,
    )


_HEALTH = (E.MEDICAL, E.HEALTH_INSURANCE)
_MODERN = (*_HEALTH, E.BIOMETRIC, E.CREDENTIALS)

STATES: Final[tuple[StateLaw, ...]] = (
    _law("US-AL", "Alabama", "Ala. Code", "§§ 8-38-1 to 8-38-12", "America/Chicago",
         add=_MODERN, residents=_clock(45, "determination", UNREASONABLE),
         ag=_ag("US-AL", _more(1000), _clock(45, "determination", UNREASONABLE), "§ 8-38-6"),
         cra=_more(1000), substitute=_sub(500_000, 100_000)),
    _law("US-AK", "Alaska", "Alaska Stat.", "§§ 45.48.010 to 45.48.090", "America/Anchorage",
         harm_conditions="the determination is documented in writing and notified to the Attorney General",
         cra=_more(1000), substitute=_sub(150_000, 300_000)),
    _law("US-AZ", "Arizona", "Ariz. Rev. Stat.", "§ 18-552", "America/Phoenix",
         url="https://www.azleg.gov/ars/18/00552.htm",
         add=(*_MODERN,), residents=_clock(45, "determination", "within forty-five days"),
         ag=_ag("US-AZ", _more(1000), _clock(45, "determination", "within forty-five days"),
                "§ 18-552(B)(2)", to="the Attorney General and the Department of Homeland Security"),
         cra=_more(1000), substitute=_sub(50_000, 100_000),
         provenance=OFFICIAL,
         source="A.R.S. § 18-552(B), as quoted from azleg.gov by referencesource; thresholds also in the "
         + CHART,
         checked=("residents", "ag", "cra")),
    _law("US-AR", "Arkansas", "Ark. Code", "§§ 4-110-101 to 4-110-108", "America/Chicago",
         add=(E.MEDICAL, E.BIOMETRIC),
         ag=_ag("US-AR", _more(1000), _clock(45, "determination", "at the same time as the residents"),
                "§ 4-110-105(d)"),
         substitute=_sub(250_000, 500_000)),
    _law("US-CA", "California", "Cal. Civ. Code", "§ 1798.82", "America/Los_Angeles",
         url="https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.82",
         add=(*_MODERN, E.GENETIC), harm=False,
         residents=_clock(30, "discovery", EXPEDIENT),
         ag=_ag("US-CA", _more(500), _clock(15, "resident_notice", "a sample copy of the notice"),
                "§ 1798.82(f)"),
         substitute=_sub(250_000, 500_000),
         provenance=SECONDARY,
         source=CHART + ": Data Protection Report (Nov. 2025) and Pillsbury on SB 446 (30 days "
         "from 1 January 2026; the sample notice within 15 days of the residents' notice)",
         checked=("residents", "ag")),
    _law("US-CO", "Colorado", "Colo. Rev. Stat.", "§ 6-1-716", "America/Denver",
         add=(*_MODERN,), residents=_clock(30, "determination", EXPEDIENT),
         ag=_ag("US-CO", _least(500), _clock(30, "determination", EXPEDIENT), "§ 6-1-716(2)(f)"),
         cra=_more(1000), substitute=_sub(250_000, 250_000),
         provenance=SECONDARY,
         source=CHART + ": ComplianceIQ and CSRPS (the CRA comparator differs between sources)",
         checked=("residents", "ag")),
    _law("US-CT", "Connecticut", "Conn. Gen. Stat.", "§ 36a-701b", "America/New_York",
         add=(*_MODERN,), residents=_clock(60, "discovery", UNREASONABLE),
         harm_conditions="after an investigation and consultation with the relevant law enforcement agencies",
         ag=_ag("US-CT", None, _clock(None, wording="not later than the notice to residents"),
                "§ 36a-701b(b)(2)"),
         substitute=_sub(250_000, 500_000)),
    _law("US-DE", "Delaware", "Del. Code tit. 6", "§§ 12B-101 to 12B-104", "America/New_York",
         add=(*_MODERN,), residents=_clock(60, "determination", UNREASONABLE),
         ag=_ag("US-DE", _more(500), _clock(None, wording="not later than the notice to residents"),
                "§ 12B-102(d)"),
         substitute=_sub(75_000, 100_000)),
    _law("US-DC", "District of Columbia", "D.C. Code", "§§ 28-3851 to 28-3853", "America/New_York",
         add=(*_MODERN, E.GENETIC),
         harm_conditions="after consultation with the Attorney General and federal law enforcement",
         ag=_ag("US-DC", _least(50), _clock(None, wording="not later than the notice to residents"),
                "§ 28-3852(b-1)"),
         cra=_more(1000), substitute=_sub(50_000, 100_000)),
    _law("US-FL", "Florida", "Fla. Stat.", "§ 501.171", "America/New_York",
         add=(*_MODERN,), residents=_clock(30, "determination", "as expeditiously as practicable and without unreasonable delay"),
         harm_conditions="the determination is made in writing, kept five years and sent to the Department of Legal Affairs within 30 days",
         ag=_ag("US-FL", _least(500), _clock(30, "determination", "as expeditiously as practicable"),
                "§ 501.171(3)", to="the Department of Legal Affairs"),
         cra=_more(1000), substitute=_sub(250_000, 500_000),
         provenance=SECONDARY,
         source=CHART + ": Snell & Wilmer data breach map, Davis Wright Tremaine, ComplianceIQ",
         checked=("residents", "ag", "cra")),
    _law("US-GA", "Georgia", "Ga. Code", "§§ 10-1-910 to 10-1-912", "America/New_York",
         add=(E.CREDENTIALS,), harm=False, cra=_more(10_000), substitute=_sub(50_000, 100_000)),
    _law("US-HI", "Hawaii", "Haw. Rev. Stat.", "§§ 487N-1 to 487N-4", "Pacific/Honolulu",
         residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-HI", _more(1000), _clock(wording=UNREASONABLE), "§ 487N-2(f)",
                to="the Office of Consumer Protection", agency="ocp"),
         cra=_more(1000), substitute=_sub(100_000, 200_000)),
    _law("US-ID", "Idaho", "Idaho Code", "§§ 28-51-104 to 28-51-107", "America/Boise",
         substitute=_sub(25_000, 50_000)),
    _law("US-IL", "Illinois", "815 ILCS", "530/1 to 530/50", "America/Chicago",
         add=(*_MODERN,), harm=False,
         ag=_ag("US-IL", _more(500), _clock(None, wording="not later than the notice to residents"),
                "530/10(e)"),
         substitute=_sub(250_000, 500_000)),
    _law("US-IN", "Indiana", "Ind. Code", "§ 24-4.9", "America/Indiana/Indianapolis",
         residents=_clock(45, "discovery", UNREASONABLE),
         ag=_ag("US-IN", None, _clock(45, "discovery", UNREASONABLE), "§ 24-4.9-3-1(c)"),
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-IA", "Iowa", "Iowa Code", "§ 715C", "America/Chicago",
         add=(E.BIOMETRIC,),
         harm_conditions="the determination is documented in writing and kept for five years",
         ag=_ag("US-IA", _more(500), Clock(days=5, business_days=True, after="resident_notice",
                wording="within five business days of the notice to residents"),
                "§ 715C.2(8)", to="the Director of the Consumer Protection Division"),
         substitute=_sub(250_000, 350_000)),
    _law("US-KS", "Kansas", "Kan. Stat.", "§§ 50-7a01 to 50-7a04", "America/Chicago",
         cra=_more(1000), substitute=_sub(100_000, 5_000)),
    _law("US-KY", "Kentucky", "Ky. Rev. Stat.", "§ 365.732", "America/New_York",
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-LA", "Louisiana", "La. Rev. Stat.", "§§ 51:3071 to 51:3077", "America/Chicago",
         add=(E.BIOMETRIC,), residents=_clock(60, "discovery"),
         ag=_ag("US-LA", None, _clock(10, "resident_notice", "within ten days of the notice to residents"),
                "La. Admin. Code tit. 16, pt. III, § 701"),
         substitute=_sub(100_000, 100_000)),
    _law("US-ME", "Maine", "Me. Rev. Stat. tit. 10", "§§ 1346 to 1350-B", "America/New_York",
         add=(E.CREDENTIALS,), residents=_clock(30, "discovery", "as expediently as possible and without unreasonable delay"),
         ag=_ag("US-ME", None, _clock(None, wording="when residents are notified"), "§ 1348(5)"),
         cra=_more(1000), substitute=_sub(5_000, 1_000),
         provenance=SECONDARY,
         source=CHART + ": the Maine Attorney General's data-breach page and ComplianceIQ",
         checked=("residents", "ag", "cra")),
    _law("US-MD", "Maryland", "Md. Code, Com. Law", "§§ 14-3501 to 14-3508", "America/New_York",
         add=(*_MODERN,), residents=_clock(45, "discovery", "as soon as reasonably practicable"),
         ag=_ag("US-MD", None, _clock(None, wording="before the notice to residents"), "§ 14-3504(h)"),
         cra=_least(1000), substitute=_sub(100_000, 175_000)),
    _law("US-MA", "Massachusetts", "Mass. Gen. Laws ch. 93H", "§§ 1 to 6", "America/New_York",
         residents=_clock(wording="as soon as practicable and without unreasonable delay"),
         ag=_ag("US-MA", None, _clock(wording="as soon as practicable and without unreasonable delay"),
                "§ 3(b)", to="the Attorney General and the Director of Consumer Affairs and Business Regulation"),
         substitute=_sub(250_000, 500_000)),
    _law("US-MI", "Michigan", "Mich. Comp. Laws", "§ 445.72", "America/Detroit",
         residents=_clock(wording=UNREASONABLE), cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-MN", "Minnesota", "Minn. Stat.", "§ 325E.61", "America/Chicago",
         harm=False, cra=_more(500), substitute=_sub(250_000, 500_000)),
    _law("US-MS", "Mississippi", "Miss. Code", "§ 75-24-29", "America/Chicago",
         residents=_clock(wording=UNREASONABLE), substitute=_sub(5_000, 5_000)),
    _law("US-MO", "Missouri", "Mo. Rev. Stat.", "§ 407.1500", "America/Chicago",
         add=_HEALTH, residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-MO", _more(1000), _clock(wording=UNREASONABLE), "§ 407.1500(2)(8)"),
         cra=_more(1000), substitute=_sub(100_000, 150_000)),
    _law("US-MT", "Montana", "Mont. Code", "§ 30-14-1704", "America/Denver",
         add=(E.MEDICAL,), harm=False, residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-MT", None, _clock(None, wording="at the same time as the notice to residents"),
                "§ 30-14-1704(8)", to="the Office of Consumer Protection"),
         substitute=_sub(250_000, 500_000)),
    _law("US-NE", "Nebraska", "Neb. Rev. Stat.", "§§ 87-801 to 87-808", "America/Chicago",
         add=(E.BIOMETRIC, E.CREDENTIALS), residents=_clock(wording="as soon as possible and without unreasonable delay"),
         ag=_ag("US-NE", None, _clock(None, wording="not later than the notice to residents"), "§ 87-803(2)"),
         substitute=_sub(75_000, 100_000)),
    _law("US-NV", "Nevada", "Nev. Rev. Stat.", "§§ 603A.010 to 603A.290", "America/Los_Angeles",
         add=(*_HEALTH, E.CREDENTIALS), harm=False, cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-NH", "New Hampshire", "N.H. Rev. Stat.", "§§ 359-C:19 to 359-C:21", "America/New_York",
         residents=_clock(wording="as soon as possible"),
         ag=_ag("US-NH", None, _clock(None, wording="when residents are notified"), "§ 359-C:20(I)(b)"),
         cra=_more(1000), substitute=_sub(5_000, 1_000)),
    _law("US-NJ", "New Jersey", "N.J. Stat.", "§§ 56:8-161 to 56:8-166", "America/New_York",
         add=(E.CREDENTIALS,),
         harm_conditions="the determination is documented in writing and kept for five years",
         ag=_ag("US-NJ", None, _clock(None, wording="before the notice to residents"), "§ 56:8-163(c)(1)",
                to="the Division of State Police", agency="njsp"),
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-NM", "New Mexico", "N.M. Stat.", "§§ 57-12C-1 to 57-12C-12", "America/Denver",
         add=(E.BIOMETRIC,), residents=_clock(45, "discovery"),
         ag=_ag("US-NM", _more(1000), _clock(45, "discovery"), "§ 57-12C-10"),
         cra=_more(1000), substitute=_sub(100_000, 50_000)),
    _law("US-NY", "New York", "N.Y. Gen. Bus. Law", "§ 899-aa", "America/New_York",
         add=(*_MODERN,), residents=_clock(30, "discovery"),
         harm_conditions="only an inadvertent disclosure by persons authorised to access the data, "
         "documented in writing and kept five years",
         ag=_ag("US-NY", None, _clock(None, wording="when residents are notified"), "§ 899-aa(8)(a)",
                to="the Attorney General, the Department of State, the Division of State Police "
                "(and the Department of Financial Services for its licensees)"),
         cra=_more(5000), substitute=_sub(250_000, 500_000),
         provenance=SECONDARY,
         source=CHART + ": SHRM and Covington on the December 2024 amendment (30 days; the CRA "
         "threshold only in an older source)",
         checked=("residents", "ag")),
    _law("US-NC", "North Carolina", "N.C. Gen. Stat.", "§§ 75-61, 75-65", "America/New_York",
         add=(E.BIOMETRIC, E.CREDENTIALS), residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-NC", None, _clock(wording=UNREASONABLE), "§ 75-65(e1)",
                to="the Consumer Protection Division of the Attorney General's Office"),
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-ND", "North Dakota", "N.D. Cent. Code", "§§ 51-30-01 to 51-30-07", "America/Chicago",
         add=(*_HEALTH, E.DATE_OF_BIRTH), harm=False,
         ag=_ag("US-ND", _more(250), _clock(wording=EXPEDIENT), "§ 51-30-02"),
         substitute=_sub(250_000, 500_000)),
    _law("US-OH", "Ohio", "Ohio Rev. Code", "§ 1349.19", "America/New_York",
         residents=_clock(45, "discovery"), cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-OK", "Oklahoma", "Okla. Stat. tit. 24", "§§ 161 to 166", "America/Chicago",
         residents=_clock(wording=UNREASONABLE), substitute=_sub(50_000, 100_000)),
    _law("US-OR", "Oregon", "Or. Rev. Stat.", "§§ 646A.600 to 646A.628", "America/Los_Angeles",
         add=(*_MODERN,), residents=_clock(45, "discovery"),
         harm_conditions="the determination is documented in writing and kept for five years",
         ag=_ag("US-OR", _more(250), _clock(45, "discovery"), "§ 646A.604(1)(b)"),
         cra=_more(1000), substitute=_sub(250_000, 350_000)),
    _law("US-PA", "Pennsylvania", "73 Pa. Stat.", "§§ 2301 to 2330", "America/New_York",
         add=(*_MODERN,), residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-PA", _more(500), _clock(None, wording="at the same time as the notice to residents"),
                "§ 2303(a.2)"),
         cra=_more(1000), substitute=_sub(100_000, 175_000)),
    _law("US-RI", "Rhode Island", "R.I. Gen. Laws", "§§ 11-49.3-1 to 11-49.3-6", "America/New_York",
         add=(*_MODERN,), residents=_clock(45, "discovery", "in the most expedient time possible"),
         ag=_ag("US-RI", _more(500), _clock(None, wording="when residents are notified"), "§ 11-49.3-4(a)(2)"),
         cra=_more(500), substitute=_sub(25_000, 50_000)),
    _law("US-SC", "South Carolina", "S.C. Code", "§ 39-1-90", "America/New_York",
         ag=_ag("US-SC", _more(1000), _clock(wording=UNREASONABLE), "§ 39-1-90(K)",
                to="the Consumer Protection Division of the Department of Consumer Affairs", agency="dca"),
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-SD", "South Dakota", "S.D. Codified Laws", "§§ 22-40-19 to 22-40-26", "America/Chicago",
         add=(*_MODERN,), residents=_clock(60, "discovery", "no later than sixty days"),
         harm_conditions="the determination is documented in writing, kept three years and notified to the Attorney General",
         ag=_ag("US-SD", _more(250), _clock(None, wording="when residents are notified"), "§ 22-40-20"),
         cra=_least(1), substitute=_sub(250_000, 500_000)),
    _law("US-TN", "Tennessee", "Tenn. Code", "§ 47-18-2107", "America/Chicago",
         harm=False, residents=_clock(45, "discovery", "immediately"),
         cra=_more(1000), substitute=_sub(250_000, 500_000)),
    _law("US-TX", "Texas", "Tex. Bus. & Com. Code", "§ 521.053", "America/Chicago",
         add=_HEALTH, harm=False,
         residents=_clock(60, "determination", UNREASONABLE),
         ag=_ag("US-TX", _least(250), _clock(30, "determination", "as soon as practicable"),
                "§ 521.053(i)"),
         cra=_more(10_000), substitute=_sub(250_000, 500_000),
         provenance=SECONDARY,
         source=CHART + ": the enrolled texts of HB 4761 and SB 768 (2023) on LegiScan, as "
         "summarised there; the CRA threshold from ComplianceIQ",
         checked=("residents", "ag", "cra")),
    _law("US-UT", "Utah", "Utah Code", "§§ 13-44-101 to 13-44-301", "America/Denver",
         ag=_ag("US-UT", _least(500), _clock(wording=UNREASONABLE), "§ 13-44-202(1)(b)",
                to="the Attorney General and the Utah Cyber Center"),
         cra=_least(1000)),
    _law("US-VT", "Vermont", "Vt. Stat. tit. 9", "§ 2435", "America/New_York",
         add=(*_MODERN, E.GENETIC), residents=_clock(45, "discovery"),
         harm_conditions="the determination and its explanation are notified to the Attorney General",
         ag=_ag("US-VT", None, Clock(days=14, business_days=True, after="discovery",
                wording="a preliminary notice"), "§ 2435(b)(3)"),
         cra=_more(1000), substitute=_sub(10_000, 5_000),
         provenance=SECONDARY,
         source=CHART + ": Klinedinst and Words by Wit",
         checked=("residents", "ag", "cra")),
    _law("US-VA", "Virginia", "Va. Code", "§ 18.2-186.6", "America/New_York",
         residents=_clock(wording=UNREASONABLE),
         ag=_ag("US-VA", None, _clock(wording=UNREASONABLE), "§ 18.2-186.6(B)"),
         cra=_more(1000), substitute=_sub(50_000, 100_000)),
    _law("US-WA", "Washington", "Rev. Code Wash.", "§ 19.255.010", "America/Los_Angeles",
         add=(*_MODERN, E.DATE_OF_BIRTH), residents=_clock(30, "discovery"),
         ag=_ag("US-WA", _more(500), _clock(30, "discovery"), "§ 19.255.010(7)"),
         substitute=_sub(250_000, 500_000),
         provenance=SECONDARY,
         source=CHART + ": terms.law and LegalClarity (the CRA duty unknown there)",
         checked=("residents", "ag")),
    _law("US-WV", "West Virginia", "W. Va. Code", "§§ 46A-2A-101 to 46A-2A-105", "America/New_York",
         residents=_clock(wording=UNREASONABLE), cra=_more(1000), substitute=_sub(50_000, 100_000)),
    _law("US-WI", "Wisconsin", "Wis. Stat.", "§ 134.98", "America/Chicago",
         add=(E.BIOMETRIC, E.GENETIC), residents=_clock(45, "discovery", "within a reasonable time"),
         cra=_more(1000)),
    _law("US-WY", "Wyoming", "Wyo. Stat.", "§§ 40-12-501 to 40-12-502", "America/Denver",
         add=(*_MODERN,), substitute=_sub(10_000, 10_000)),
    _law("US-PR", "Puerto Rico", "P.R. Laws tit. 10", "§§ 4051 to 4055", "America/Puerto_Rico",
         add=(E.MEDICAL,), harm=False, residents=_clock(wording="as expeditiously as possible"),
         ag=_ag("US-PR", None, _clock(10, "discovery", "within ten days of detecting the breach"),
                "§ 4052", to="the Department of Consumer Affairs (DACO)", agency="daco"),
         substitute=_sub(100_000, 100_000)),
    _law("US-GU", "Guam", "9 Guam Code Ann.", "§§ 48.10 to 48.80", "Pacific/Guam",
         residents=_clock(wording=UNREASONABLE), substitute=_sub(10_000, 5_000)),
    _law("US-VI", "US Virgin Islands", "V.I. Code tit. 14", "§§ 2208 to 2209", "America/St_Thomas",
         harm=False, substitute=_sub(100_000, 50_000)),
)  # fmt: skip
"""Every jurisdiction: the states and the District of Columbia in alphabetical order of
name, then Puerto Rico, Guam and the US Virgin Islands."""

BY_CODE: Final = {s.code: s for s in STATES}
"""The laws by ISO 3166-2 code."""
