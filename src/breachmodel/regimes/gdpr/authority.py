"""Which supervisory authority receives the notification (Arts. 55, 56, 4(16), 4(23)).

Routing, in order (encoding note E11):

1. Processing by a public authority, or based on Art. 6(1)(c) or (e): the authority of
   that Member State; the one-stop shop does not apply (Art. 55(2)).
2. A controller established in the EEA: the authority of its single establishment
   (Art. 55(1)), or for cross-border processing the lead authority of its main
   establishment (Arts. 56(1), 4(16), 4(23)).
3. A controller whose EEA establishments take no decisions on the processing
   (``controller.decisions_in_eea = false``): no main establishment in the Union, so no
   one-stop shop (Art. 4(16); EDPB Opinion 04/2024): every authority of a Member State where
   people concerned live or where it is established.
4. A controller with no EEA establishment (the GDPR applying under Art. 3(2)), with or
   without an Art. 27 representative: every authority of a Member State where people
   concerned live (EDPB Guidelines 9/2022, para. 73).

Federal public bodies in Germany go to the BfDI (§ 9 BDSG), and so does processing to
provide telecommunications services (§ 29 TDDDG, ``ecomms_service``); bodies of the
Spanish State administration go to the AEPD even in a region with its own authority
(LOPDGDD art. 57; ``controller.government_level``).

Where a fact the routing needs is missing (the main establishment, a German Land, the
countries where people live), the routing is undetermined and names it.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from attrs import define, field, frozen

from breachmodel import law
from breachmodel.authorities import Authority, competent_authority, is_eea
from breachmodel.citations import Citation, edpb, edpb_opinion, gdpr
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.errors import UnknownAuthorityError
from breachmodel.model import Establishment, GovernmentLevel, Incident

__all__ = ["AuthorityRouting", "route_authorities"]


@frozen(kw_only=True)
class AuthorityRouting:
    """The supervisory authorities competent for the incident.

    Attributes:
        authorities: The authorities to notify (empty when undetermined).
        basis: ``"public_sector"``, ``"single_establishment"``, ``"lead_authority"``,
            ``"no_main_establishment"`` or ``"each_state_of_residence"``, or
            ``"undetermined"``.
        legal_basis: The provisions the routing rests on.
        reasons: Why.
        missing_facts: Facts needed to route (non-empty exactly when undetermined).
    """

    kind: ClassVar[str] = "routing"
    """What this analysis is, for the views (:class:`breachmodel.regimes._base.Analysis`)."""
    title: ClassVar[str] = "Competent supervisory authority"

    authorities: tuple[Authority, ...]
    basis: str
    legal_basis: tuple[Citation, ...]
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...] = ()

    @property
    def determined(self) -> bool:
        """Whether the authorities are known."""
        return not self.missing_facts

    @property
    def ids(self) -> tuple[str, ...]:
        """The authorities' registry ids."""
        return tuple(a.id for a in self.authorities)

    @property
    def timezone(self) -> str:
        """The time zone to show deadlines in: the single authority's, else UTC."""
        zones = {a.timezone for a in self.authorities}
        return zones.pop() if len(zones) == 1 else "UTC"

    @property
    def summary(self) -> tuple[str, ...]:
        """The headline line for the views: the authorities and the basis of the routing."""
        names = ", ".join(str(a) for a in self.authorities) or "undetermined"
        return (f"Supervisory authority: {names} ({self.basis.replace('_', ' ')})",)

    def to_dict(self) -> dict[str, object]:
        """Its data for the JSON output (the views make the values plain)."""
        return {
            "basis": self.basis,
            "authorities": [
                {
                    "id": x.id,
                    "name": x.name,
                    "name_en": x.name_en,
                    "country": x.country,
                    "timezone": x.timezone,
                    "url": x.url,
                }
                for x in self.authorities
            ],
            "legal_basis": self.legal_basis,
            "reasons": self.reasons,
            "missing_facts": self.missing_facts,
        }


def _lookup(
    est: Establishment,
    *,
    public: bool,
    national: bool,
    telecom: bool,
    path: str,
    on: datetime | None,
) -> tuple[Authority | None, Reason | None, MissingFact | None]:
    found = competent_authority(
        est.country,
        subdivision=est.subdivision,
        public_sector=public,
        national=national,
        telecom=telecom,
        on=on,
    )
    if found.authority is not None:
        reason = Reason(kind=ReasonKind.FACT, text=found.reason, citations=found.citations)
        return found.authority, reason, None
    question = f"{found.reason} Which region (ISO 3166-2 subdivision) is the establishment in?"
    return None, None, MissingFact(path=f"{path}.subdivision", question=question)


def _regional_authorities_differ(
    ests: list[Establishment], telecom: bool, on: datetime | None
) -> bool:
    """Whether establishments in one country fall under different authorities.

    Only where a Member State has regional authorities (Germany's Länder) does the choice
    of establishment matter; two French establishments both answer to the CNIL.
    """
    try:
        found = {
            competent_authority(
                e.country, subdivision=e.subdivision, telecom=telecom, on=on
            ).authority
            for e in ests
        }
    except UnknownAuthorityError:
        return True  # an unknown region: let the main establishment decide
    return len(found) > 1


def _undetermined(
    reasons: list[Reason], path: str, question: str, *cites: Citation
) -> AuthorityRouting:
    """A routing that needs one more fact, asked as a question (default basis Art. 55(1))."""
    why = cites or (gdpr(55, 1),)
    return AuthorityRouting(
        authorities=(),
        basis="undetermined",
        legal_basis=why,
        reasons=(*reasons, Reason(kind=ReasonKind.MISSING, text=question, citations=why)),
        missing_facts=(MissingFact(path=path, question=question),),
    )


@define
class _Router:
    """What every routing step reads, and the reasons gathered so far."""

    incident: Incident
    reasons: list[Reason] = field(factory=list)

    @property
    def telecom(self) -> bool:
        # Processing to provide a telecommunications service: in Germany the BfDI (§ 29
        # TDDDG). (For a public service's own breaches Reg. 611/2013 applies instead.)
        return self.incident.ecomms_service is True

    @property
    def public(self) -> bool:
        ctrl = self.incident.controller
        return bool(ctrl.public_authority or ctrl.public_task_or_legal_obligation)

    @property
    def on(self) -> datetime | None:
        """The instant the GDPR's territory is taken at (the UK was within it until 2021)."""
        return self.incident.timeline.latest_breach_date

    def in_eea(self, country: str) -> bool:
        """Whether a country was within the GDPR's territory at the time of the breach."""
        return is_eea(country, self.on)

    @property
    def eea(self) -> list[tuple[int, Establishment]]:
        ests = self.incident.controller.establishments
        return [(i, e) for i, e in enumerate(ests) if self.in_eea(e.country)]

    def rule(self, text: str, *cites: Citation) -> None:
        self.reasons.append(Reason(kind=ReasonKind.RULE, text=text, citations=cites))

    def single(
        self, idx: int, est: Establishment, basis: str, cites: tuple[Citation, ...]
    ) -> AuthorityRouting:
        """The authority of one establishment, with the national law that designates it."""
        national = self.incident.controller.government_level is GovernmentLevel.NATIONAL
        path = f"$.controller.establishments[{idx}]"
        auth, why, missing = _lookup(
            est,
            public=self.public,
            national=national,
            telecom=self.telecom,
            path=path,
            on=self.on,
        )
        if auth is None:
            assert missing is not None  # noqa: S101 - lookup returns one or the other
            return _undetermined(self.reasons, missing.path, missing.question, *cites)
        assert why is not None  # noqa: S101
        national_laws = tuple(c for c in why.citations if c.instrument != law.GDPR.id)
        return AuthorityRouting(
            authorities=(auth,),
            basis=basis,
            legal_basis=(*cites, *national_laws),
            reasons=(*self.reasons, why),
        )


def route_authorities(incident: Incident) -> AuthorityRouting:
    """Find the supervisory authorities competent for the incident's controller."""
    r = _Router(incident)
    ctrl = incident.controller
    if not ctrl.establishments:
        return _undetermined(
            r.reasons,
            "$.controller.establishments",
            "Where is the controller established (country of each establishment)?",
        )
    if r.public:
        return _public_sector(r)
    if r.eea and ctrl.decisions_in_eea is False:
        return _no_main_establishment(r)
    if r.eea:
        countries = {e.country for _, e in r.eea}
        main = ctrl.main_establishment
        if len(countries) == 1 and (len(r.eea) == 1 or main is None or main.country in countries):
            return _one_member_state(r, countries)
        return _cross_border(r, countries)
    return _outside_eea(r)


def _public_sector(r: _Router) -> AuthorityRouting:
    """Art. 55(2): the authority of the Member State concerned; no one-stop shop."""
    r.rule(
        "The processing is by a public authority or rests on Art. 6(1)(c) or (e): the "
        "authority of the Member State concerned is competent and the one-stop shop does not "
        "apply.",
        gdpr(55, 2),
    )
    ests, main = r.incident.controller.establishments, r.incident.controller.main_establishment
    if main is not None and r.in_eea(main.country):
        return r.single(ests.index(main), main, "public_sector", (gdpr(55, 2),))
    if len({e.country for _, e in r.eea}) == 1:
        return r.single(r.eea[0][0], r.eea[0][1], "public_sector", (gdpr(55, 2),))
    return _undetermined(
        r.reasons,
        "$.controller.establishments[].main",
        "Which establishment carries out the public-sector processing concerned?",
        gdpr(55, 2),
    )


def _no_main_establishment(r: _Router) -> AuthorityRouting:
    """Art. 4(16), EDPB Opinion 04/2024: no decisions in the EEA, so no one-stop shop."""
    r.rule(
        "The controller's establishments in the EEA take no decisions on the purposes and "
        "means of the processing: it has no main establishment in the Union and no one-stop "
        "shop, so every authority of a Member State where people concerned live, or where it "
        "is established, must be notified.",
        gdpr(4, 16),
        gdpr(55, 1),
        edpb_opinion("04/2024", "conclusions"),
        edpb("para. 73"),
    )
    states = {c for c in r.incident.subject_countries if r.in_eea(c)}
    states |= {e.country for _, e in r.eea}
    return _each_state(
        sorted(states),
        r.reasons,
        telecom=r.telecom,
        on=r.on,
        cites=(gdpr(55, 1), edpb_opinion("04/2024", "conclusions"), edpb("para. 73")),
        basis="no_main_establishment",
    )


def _one_member_state(r: _Router, countries: set[str]) -> AuthorityRouting:
    """Arts. 55(1), 56(1): established in one Member State, its authority is competent."""
    ests, main = r.incident.controller.establishments, r.incident.controller.main_establishment
    idx, est = r.eea[0]
    if main is not None and main.country in countries:
        idx, est = ests.index(main), main
    elif len(r.eea) > 1 and _regional_authorities_differ([e for _, e in r.eea], r.telecom, r.on):
        return _undetermined(
            r.reasons,
            "$.controller.establishments[].main",
            "Several establishments in one country: which is the main establishment?",
            gdpr(4, 16),
        )
    r.rule(
        f"The controller is established in one Member State ({est.country}): its authority "
        "is competent, as lead authority for any cross-border processing.",
        gdpr(55, 1),
        gdpr(56, 1),
    )
    return r.single(idx, est, "single_establishment", (gdpr(55, 1), gdpr(56, 1)))


def _cross_border(r: _Router, countries: set[str]) -> AuthorityRouting:
    """Arts. 4(23)(a), 56(1), 4(16): several Member States, the main establishment leads."""
    ests, main = r.incident.controller.establishments, r.incident.controller.main_establishment
    if r.incident.cross_border is False:
        return _undetermined(
            r.reasons,
            "$.cross_border",
            "The controller is established in several Member States but the processing is "
            "recorded as not cross-border: which establishment's processing is concerned?",
            gdpr(4, 23),
            gdpr(55, 1),
        )
    r.rule(
        "The controller has establishments in several Member States "
        f"({', '.join(sorted(countries))}): the processing is cross-border and the lead "
        "authority is that of the main establishment.",
        gdpr(4, 23, "a"),
        gdpr(56, 1),
        gdpr(4, 16),
    )
    if main is None or not r.in_eea(main.country):
        return _undetermined(
            r.reasons,
            "$.controller.establishments[].main",
            "Which establishment is the controller's main establishment in the Union (its "
            "place of central administration, or where decisions on the processing are "
            "taken)?",
            gdpr(4, 16),
            gdpr(56, 1),
        )
    return r.single(ests.index(main), main, "lead_authority", (gdpr(56, 1), gdpr(4, 16)))


def _outside_eea(r: _Router) -> AuthorityRouting:
    """Art. 3(2), EDPB para. 73: no EEA establishment, every authority where people live."""
    rep = r.incident.controller.representative
    r.rule(
        "The controller has no establishment in the EEA"
        + (f" (its Art. 27 representative is in {rep.country})" if rep else "")
        + ": a representative does not bring the one-stop shop, so every authority of a "
        "Member State where people concerned live must be notified.",
        gdpr(3, 2),
        gdpr(27),
        edpb("para. 73"),
    )
    residence = sorted(c for c in r.incident.subject_countries if r.in_eea(c))
    return _each_state(
        residence,
        r.reasons,
        telecom=r.telecom,
        on=r.on,
        cites=(gdpr(3, 2), edpb("para. 73")),
    )


def _each_state(
    countries: list[str],
    reasons: list[Reason],
    *,
    telecom: bool,
    on: datetime | None,
    cites: tuple[Citation, ...],
    basis: str = "each_state_of_residence",
) -> AuthorityRouting:
    """Every authority of the given Member States (no one-stop shop; EDPB para. 73)."""
    if not countries:
        return _undetermined(
            reasons,
            "$.subjects[].by_country",
            "In which EEA countries do the people concerned live?",
            edpb("para. 73"),
        )
    found: list[Authority] = []
    for country in countries:
        if country == "DE" and not telecom:
            return _undetermined(
                reasons,
                "$.controller.representative",
                "People concerned live in Germany, where the competent authority is a Land "
                "authority: which Land authority has jurisdiction (e.g. where the "
                "representative is established)?",
                edpb("para. 73"),
                gdpr(55, 1),
            )
        lookup = competent_authority(country, telecom=telecom, on=on)
        if lookup.authority is None:
            return _undetermined(
                reasons,
                "$.subjects[].by_country",
                f"{lookup.reason} Which region of {country} is concerned?",
                edpb("para. 73"),
            )
        found.append(lookup.authority)
    return AuthorityRouting(
        authorities=tuple(found),
        basis=basis,
        legal_basis=cites,
        reasons=tuple(reasons),
    )
