"""The competent national authority for ePrivacy breach notifications, per Member State.

Directive 2002/58/EC, Art. 4(3), leaves each Member State to name the authority that
receives a provider's breach notifications; it is not always the data protection
authority (Sweden's PTS, Greece's ADAE, Germany's Federal Network Agency beside the BfDI).
Each entry says where it comes from: ``"Official: ..."`` (the authority's or the
legislature's own text, read), ``"Secondary: ..."`` (a named secondary source, read), or
``"Memory, not verified: ..."``. Countries not listed get no recipient and a warning.
The United Kingdom is listed for breaches of the time it was within the Union's territory
(until 31 December 2020, 23:00 UTC); after it :func:`national_authority` names none, and
:func:`~breachmodel.regimes.eprivacy.scope.outside_union` sets the Regulation aside for a
provider whose service is wholly outside the Union. Before it, the PECR regime declares that
the ePrivacy duties owed in the United Kingdom are reg. 5A's and give way to its own.
"""

from __future__ import annotations

from attrs import frozen

from breachmodel.authorities import is_eea
from breachmodel.model import Incident

__all__ = ["NATIONAL_AUTHORITIES", "NationalAuthority", "national_authority"]


@frozen(kw_only=True)
class NationalAuthority:
    """The authority (or authorities) a Member State made competent for these notifications.

    Attributes:
        id: The first recipient's id: a supervisory-authority registry id where it is also
            the GDPR supervisory authority (``"fr-cnil"``), else a local id (``"gr-adae"``).
        name: Its name (both names where two authorities receive the notice).
        source: Where this comes from (official text, a named secondary source, or the
            project's memory), with what is not verified.
        verified: True only when an official or named secondary source was read.
        timezone: The authority's IANA time zone, for showing deadlines in local time.
        also: Further recipients of the same notice (Germany: BNetzA and the BfDI).
    """

    id: str
    name: str
    source: str
    verified: bool
    timezone: str = "UTC"
    also: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        """Every recipient's id, in order."""
        return (self.id, *self.also)


NATIONAL_AUTHORITIES: dict[str, NationalAuthority] = {
    "AT": NationalAuthority(
        id="at-dsb",
        name="Datenschutzbehörde (DSB)",
        source="Official: the DSB's page on breach notification in electronic communications "
        "(archived) and the RTR's page on onlinesicherheit.gv.at (April 2020): the DSB is "
        "the competent national authority under § 95a TKG 2003; the provision of the TKG "
        "2021 that replaced it on 1 November 2021 is not verified.",
        verified=True,
        timezone="Europe/Vienna",
    ),
    "BE": NationalAuthority(
        id="be-apd-gba",
        name="Autorité de protection des données / Gegevensbeschermingsautoriteit",
        source="Official: the Authority's page on data breach notification in the "
        "electronic communications sector (Law of 13 June 2005 on electronic "
        "communications); its 2014 announcement also named the BIPT as a recipient, which "
        "is not verified today.",
        verified=True,
        timezone="Europe/Brussels",
    ),
    "DE": NationalAuthority(
        id="de-bnetza",
        name="Bundesnetzagentur (BNetzA) and the BfDI",
        source="Official: the Federal Network Agency's and the BfDI's pages on § 169 TKG "
        "(providers of publicly available telecommunications services notify both; a breach "
        "that also infringes the GDPR is notified under § 169 TKG only).",
        verified=True,
        timezone="Europe/Berlin",
        also=("de-bfdi",),
    ),
    "ES": NationalAuthority(
        id="es-aepd",
        name="AEPD (Agencia Española de Protección de Datos)",
        source="Secondary: Público (2014) on the AEPD's notification procedure for "
        "electronic communications operators, and Art. 34(4) of the former General "
        "Telecommunications Law as amended in 2012 (quoted by lopddirecta.es); the article "
        "of the General Telecommunications Law 11/2022 now in force is not verified.",
        verified=True,
        timezone="Europe/Madrid",
    ),
    "FR": NationalAuthority(
        id="fr-cnil",
        name="CNIL",
        source="Official: the CNIL's page 'Notification « Paquet télécom »' (Art. 85 of the "
        "Loi Informatique et Libertés; providers of electronic communications services to "
        "the public within Art. L. 33-1 of the Code des postes et des communications "
        "électroniques; within 24 hours of the breach being established).",
        verified=True,
        timezone="Europe/Paris",
    ),
    "GB": NationalAuthority(
        id="gb-ico",
        name="Information Commissioner's Office (ICO)",
        source="Official: PECR reg. 5A(2) (SI 2003/2426, text on legislation.gov.uk, as the "
        "PECR regime cites it) and the ICO's Guide to PECR, 'Security breaches' (read): a "
        "provider notifies the Information Commissioner. Relevant only to breaches before "
        "31 December 2020, 23:00 UTC, while Regulation 611/2013 applied in the United "
        "Kingdom; which amendment of PECR inserted reg. 5A is not verified.",
        verified=True,
        timezone="Europe/London",
    ),
    "GR": NationalAuthority(
        id="gr-adae",
        name="ADAE (Hellenic Authority for Communication Security and Privacy)",
        source="Official: ADAE's online form for notifications under Regulation 611/2013.",
        verified=True,
        timezone="Europe/Athens",
    ),
    "IE": NationalAuthority(
        id="ie-dpc",
        name="Data Protection Commission",
        source="Official: the Data Protection Commissioner's page on Regulation 611/2013 "
        "under S.I. 336 of 2011 (as archived in December 2017) and its guidance on the "
        "notification form.",
        verified=True,
        timezone="Europe/Dublin",
    ),
    "IT": NationalAuthority(
        id="it-garante",
        name="Garante per la protezione dei dati personali",
        source="Official: the Garante's general decision of 4 April 2013 (Gazzetta Ufficiale "
        "no. 97, 26 April 2013) under Art. 32-bis of the Personal Data Protection Code; "
        "whether that article survives the Code's 2018 amendment is not verified.",
        verified=True,
        timezone="Europe/Rome",
    ),
    "LU": NationalAuthority(
        id="lu-cnpd",
        name="CNPD (Commission nationale pour la protection des données)",
        source="Secondary: the World Law Group's Luxembourg data breach guide (providers of "
        "publicly available electronic communications services notify the CNPD under the "
        "Law of 30 May 2005); the article number is not verified.",
        verified=True,
        timezone="Europe/Luxembourg",
    ),
    "NL": NationalAuthority(
        id="nl-ap",
        name="Autoriteit Persoonsgegevens",
        source="Official: the AP's page 'Zo meldt u een datalek' (providers of public "
        "electronic communications services notify the AP, with the same form).",
        verified=True,
        timezone="Europe/Amsterdam",
    ),
    "SE": NationalAuthority(
        id="se-pts",
        name="PTS (Post- och telestyrelsen, the Swedish Post and Telecom Authority)",
        source="Official: PTS's page 'Rapportera integritetsincident' (the Electronic "
        "Communications Act (2022:482) with Regulation 611/2013: report to PTS within 24 "
        "hours of detection; breaches under the GDPR go to IMY instead).",
        verified=True,
        timezone="Europe/Stockholm",
    ),
}
"""Competent national authorities this release names, by ISO country code."""


def national_authority(incident: Incident) -> tuple[str | None, NationalAuthority | None]:
    """The Member State of the provider's (main) establishment, and its authority if known.

    An establishment in a country that was no longer within the Union's territory at the
    breach's date (the United Kingdom from IP completion day) names no Member State: the
    ICO is the competent national authority only for breaches before it.
    """
    main = incident.controller.main_establishment
    if main is None or not is_eea(main.country, incident.timeline.latest_breach_date):
        return None, None
    country = "GR" if main.country == "EL" else main.country
    return country, NATIONAL_AUTHORITIES.get(country)
