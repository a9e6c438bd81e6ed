"""Which supervisory authority is competent: Arts. 55 and 56 GDPR, with national splits."""

from __future__ import annotations

from datetime import datetime

from breachmodel.authorities._countries import (
    WITHDRAWAL_AGREEMENT_TRANSITION,
    left_gdpr_at,
    normalize_country,
)
from breachmodel.authorities._model import Authority, AuthorityLookup, Sector
from breachmodel.authorities._registry import authorities_in
from breachmodel.citations import Citation, gdpr, national_law
from breachmodel.errors import UnknownAuthorityError

__all__ = ["competent_authority"]

_GERMAN_LAENDER = frozenset(
    {
        "DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV",
        "DE-NI", "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH",
    }
)  # fmt: skip
"""ISO 3166-2 codes of the 16 German Länder."""

_SPANISH_COMMUNITIES = frozenset(
    {
        "ES-AN", "ES-AR", "ES-AS", "ES-CB", "ES-CE", "ES-CL", "ES-CM", "ES-CN", "ES-CT",
        "ES-EX", "ES-GA", "ES-IB", "ES-MC", "ES-MD", "ES-ML", "ES-NC", "ES-PV", "ES-RI",
        "ES-VC",
    }
)  # fmt: skip
"""ISO 3166-2 codes of Spain's 17 autonomous communities and 2 autonomous cities."""

_ONE_STOP_SHOP_NOTE = (
    " For cross-border processing (Art. 4(23)), pass the country of the main establishment "
    "(Art. 4(16)): its authority is then the lead supervisory authority (Art. 56(1))."
)


def _validate_subdivision(country: str, subdivision: str | None) -> None:
    if subdivision is None:
        return
    if not subdivision.startswith(f"{country}-"):
        msg = (
            f"subdivision: expected an ISO 3166-2 code of {country} such as '{country}-XX', "
            f"got {subdivision!r}"
        )
        raise UnknownAuthorityError(msg)
    known = {"DE": _GERMAN_LAENDER, "ES": _SPANISH_COMMUNITIES}.get(country)
    if known is not None and subdivision not in known:
        kind = "a Land" if country == "DE" else "an autonomous community or city"
        msg = (
            f"subdivision: {subdivision!r} is not {kind} of {country}; "
            f"expected one of {', '.join(sorted(known))}"
        )
        raise UnknownAuthorityError(msg)


def _pick(
    country: str, sector: Sector, subdivision: str | None, on: datetime | None = None
) -> Authority:
    for authority in authorities_in(country, on):
        if authority.subdivision == subdivision and authority.supervises(sector):
            return authority
    msg = f"the registry has no {sector.value}-sector authority for {subdivision or country}"
    raise UnknownAuthorityError(msg)


def competent_authority(
    country: str,
    *,
    subdivision: str | None = None,
    public_sector: bool = False,
    national: bool = False,
    telecom: bool = False,
    postal: bool = False,
    on: datetime | None = None,
) -> AuthorityLookup:
    """Name the supervisory authority competent for a controller's processing in a country.

    The GDPR makes each authority competent on its own Member State's territory
    (Art. 55(1)); processing by public authorities, or under Art. 6(1)(c) or (e), goes to the
    authority of that Member State and never through the one-stop shop (Art. 55(2)). Member
    States may set up several authorities (Art. 51(1)); the registry models two such splits:

    * **Germany.** The federal BfDI supervises federal public bodies and, under federal
      sectoral law, telecommunications and postal providers. Otherwise the authority of the
      *Land* where the controller is established is competent, for the private sector
      (§ 40 BDSG) and for that Land's public bodies. Bavaria has two: BayLDA (private) and
      BayLfD (public). Without the Land, the answer is undetermined.
    * **Spain.** The AEPD is competent for the private sector and the State administration.
      The regional public sector of Catalonia (APDCAT), the Basque Country (AVPD) and
      Andalusia (CTPDA) goes to the regional authority; other communities to the AEPD.

    This function answers for one country. Which country to ask about is the caller's
    routing decision (reference §4.4, encoding note E11): the main establishment's country
    for cross-border processing (Arts. 4(16), 56(1)); the public body's country under
    Art. 55(2); and, for a controller without an EEA establishment, each Member State where
    affected data subjects reside, one call each (EDPB Guidelines 9/2022, para. 73).

    Args:
        country: ISO 3166-1 alpha-2 code of an EEA country (``"EL"`` is accepted for Greece).
        subdivision: ISO 3166-2 code of the region of the establishment (``"DE-BY"``); needed
            for Germany, and for Spanish regional public bodies.
        public_sector: The processing is by a public authority or body, or is based on
            Art. 6(1)(c) or (e) (Art. 55(2)).
        national: With ``public_sector``, the body belongs to the national (federal or
            central) state rather than to a region or municipality.
        telecom: The controller is a telecommunications provider (Germany: BfDI).
        postal: The controller is a postal service provider (Germany: BfDI).
        on: The instant of the incident, for a country that has left the GDPR's territory:
            ``"GB"`` is accepted before the end of 2020 (the ICO); None: today's EEA.

    Returns:
        A determined lookup naming one authority, or an undetermined one whose
        :attr:`~AuthorityLookup.missing` names the facts to supply.

    Raises:
        UnknownAuthorityError: If the country is malformed or outside the EEA, or the
            subdivision does not belong to it.

    >>> str(competent_authority("FR").authority)
    'CNIL (FR)'
    >>> competent_authority("DE").missing
    ('subdivision',)
    """
    iso = normalize_country(country, on)
    _validate_subdivision(iso, subdivision)
    sector = Sector.PUBLIC if public_sector else Sector.PRIVATE
    citations: list[Citation] = [gdpr(55, 1)]
    if public_sector:
        citations.append(gdpr(55, 2))
        scope = "Processing by a public body or under Art. 6(1)(c)/(e) stays with the " + (
            "authority of its Member State; the one-stop shop does not apply (Art. 55(2))."
        )
    else:
        citations += [gdpr(4, 16), gdpr(4, 23), gdpr(56, 1)]
        scope = _ONE_STOP_SHOP_NOTE.strip()

    if iso == "DE":
        citations.insert(0, gdpr(51, 1))
        if telecom or postal:
            kind = "telecommunications" if telecom else "postal"
            law = "§ 29 TDDDG" if telecom else "federal postal law"
            if telecom:
                citations.append(national_law("TDDDG", "§ 29"))
            return AuthorityLookup(
                authority=_pick("DE", Sector.TELECOM if telecom else Sector.POSTAL, None),
                reason=(
                    f"German federal law ({law}) assigns the supervision of processing to "
                    f"provide {kind} services to the federal BfDI, whatever the Land. {scope}"
                ),
                citations=citations,
            )
        if public_sector and national:
            citations.append(national_law("BDSG", "§ 9"))
            return AuthorityLookup(
                authority=_pick("DE", Sector.PUBLIC, None),
                reason=f"Federal public bodies are supervised by the BfDI (§ 9 BDSG). {scope}",
                citations=citations,
            )
        if subdivision is None:
            whose = "public body" if public_sector else "establishment"
            return AuthorityLookup(
                authority=None,
                missing=("subdivision",),
                reason=(
                    f"Undetermined: the Land of the {whose} is missing. Germany has one "
                    f"supervisory authority per Land (two in Bavaria); pass subdivision='DE-..'."
                ),
                citations=citations,
            )
        authority = _pick("DE", sector, subdivision)
        return AuthorityLookup(
            authority=authority,
            reason=(
                f"In Germany the authority of the Land ({subdivision}) supervises "
                f"{'its public bodies' if public_sector else 'the private sector (§ 40 BDSG)'}."
                f" {scope}"
            ),
            citations=citations,
        )

    if iso == "ES" and public_sector and not national:
        citations.insert(0, gdpr(51, 1))
        if subdivision is None:
            return AuthorityLookup(
                authority=None,
                missing=("subdivision",),
                reason=(
                    "Undetermined: the autonomous community of the public body is missing. "
                    "Catalonia, the Basque Country and Andalusia have their own authority "
                    "for their regional public sector; elsewhere the AEPD is competent."
                ),
                citations=citations,
            )
        regional = [a for a in authorities_in("ES") if a.subdivision == subdivision]
        citations.append(national_law("LOPDGDD", "art. 57"))
        if regional:
            return AuthorityLookup(
                authority=regional[0],
                reason=(
                    f"The regional public sector of {subdivision} is supervised by its own "
                    f"authority. {scope}"
                ),
                citations=citations,
            )
        return AuthorityLookup(
            authority=_pick("ES", sector, None),
            reason=(
                f"{subdivision} has no regional supervisory authority, so the AEPD is "
                f"competent. {scope}"
            ),
            citations=citations,
        )

    authority = _pick(iso, sector, None, on)
    until = left_gdpr_at(iso)
    if until is not None:
        citations.append(WITHDRAWAL_AGREEMENT_TRANSITION)
        return AuthorityLookup(
            authority=authority,
            reason=(
                f"{authority} was the supervisory authority of {iso} while the GDPR applied "
                f"there: {iso} was within the GDPR's territory until {until:%d %B %Y, %H:%M} "
                f"UTC (a Member State, then the transition period of the Withdrawal "
                f"Agreement, Arts. 126-127). {scope}"
            ),
            citations=citations,
        )
    if iso == "ES" and public_sector:
        citations.insert(0, gdpr(51, 1))
        citations.append(national_law("LOPDGDD", "art. 57"))
        return AuthorityLookup(
            authority=authority,
            reason=(
                "Bodies of the State administration are supervised by the AEPD wherever they "
                "sit: the regional authorities' competence covers only the public sector of "
                f"their own autonomous community and its local entities (LOPDGDD art. 57). {scope}"
            ),
            citations=citations,
        )
    return AuthorityLookup(
        authority=authority,
        reason=f"{authority} is the supervisory authority of {iso}. {scope}",
        citations=citations,
    )
